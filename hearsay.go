// Package hearsay reads an article and maps its evidence: where each
// quotation, citation and claim in it comes from.
//
// Analyze loads an article (plain text, Markdown or HTML) into a
// Document and runs the analysis stages over it. Every annotation in the
// Document is a half-open span [Start, End) of UTF-8 byte offsets into
// Document.Text; Document.RawSpan maps a span back to the bytes of the
// input it came from, so a finding can be shown in the original page.
//
// This package is the whole public API; everything else lives under
// internal/ and may change.
package hearsay

import (
	"context"
	"io"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/fidelity"
	"github.com/hearsay-project/hearsay/internal/pipeline"
	"github.com/hearsay-project/hearsay/internal/quotebase"
	"github.com/hearsay-project/hearsay/internal/source"
)

// The Document and its annotation types.
type (
	Document   = doc.Document
	Span       = doc.Span
	Format     = doc.Format
	Metadata   = doc.Metadata
	Paragraph  = doc.Paragraph
	Sentence   = doc.Sentence
	Token      = doc.Token
	TokenKind  = doc.TokenKind
	Element    = doc.Element
	Quote      = doc.Quote
	QuoteKind  = doc.QuoteKind
	Speaker    = doc.Speaker
	Citation   = doc.Citation
	Reference  = doc.Reference
	Finding    = doc.Finding
	Diagnostic = doc.Diagnostic
	Source     = doc.Source
	Claim      = doc.Claim
	ClaimType  = doc.ClaimType
	Cue        = doc.Cue
	Fidelity   = doc.Fidelity
	Verdict    = doc.Verdict
	Resource   = doc.Resource
	DiffOp     = doc.DiffOp
	// Sources are indexed source texts that quotations are checked
	// against; see LoadSources.
	Sources = fidelity.Corpus
	// QuoteBase is a reference base of attributed quotations; see
	// CuratedQuotes and LoadQuoteBase.
	QuoteBase = quotebase.Base
)

// LoadSources reads and indexes every file under dir (plain text,
// Markdown or HTML), for Options.Sources.
func LoadSources(ctx context.Context, dir string) (*Sources, error) {
	return fidelity.LoadDir(ctx, dir)
}

// CuratedQuotes returns the curated table of quotations and known
// misattributions shipped with Hearsay.
func CuratedQuotes() *QuoteBase { return quotebase.Curated() }

// LoadQuoteBase returns the curated table plus the quotations imported
// into the SQLite database at dbPath ("" or a missing file: the curated
// table alone).
func LoadQuoteBase(ctx context.Context, dbPath string) (*QuoteBase, error) {
	return quotebase.Load(ctx, dbPath)
}

// Input formats.
const (
	FormatText     = doc.FormatText
	FormatMarkdown = doc.FormatMarkdown
	FormatHTML     = doc.FormatHTML
)

// DefaultMaxSize is the largest input Analyze accepts unless
// Options.MaxSize says otherwise.
const DefaultMaxSize = source.DefaultMaxSize

// Errors for input that cannot be analysed. Test for them with errors.Is.
var (
	ErrEmpty    = source.ErrEmpty
	ErrBinary   = source.ErrBinary
	ErrTooLarge = source.ErrTooLarge
	ErrFormat   = source.ErrFormat
)

// Options control Analyze.
type Options struct {
	// Name is the input's file name, used to guess its format from the
	// extension and in messages; "" or "-" for none.
	Name string
	// Format is the input format; "" to choose it from Name and the content.
	Format Format
	// MaxSize is the largest input accepted, in bytes; 0 means DefaultMaxSize.
	MaxSize int64
	// Sources, when set, are the source texts each quotation is aligned
	// with (Quote.Fidelity); SourcesName is how findings name them.
	Sources     *Sources
	SourcesName string
	// Quotes, when set, is the reference base each attributed quotation
	// is checked against (misattributed-quote, attribution-conflict and
	// disputed-quote findings); nil for no check.
	Quotes *QuoteBase
}

// Analyze reads an article from r and returns its Document, fully
// annotated. It fails for input that cannot be an article (empty, binary,
// too large), on a read error or when ctx is cancelled; anything odd in
// the article itself is reported in Document.Diagnostics.
func Analyze(ctx context.Context, r io.Reader, opts Options) (*Document, error) {
	raw, err := source.Read(r, opts.MaxSize)
	if err != nil {
		return nil, err
	}
	return AnalyzeBytes(ctx, raw, opts)
}

// AnalyzeBytes is Analyze for input already in memory. The Document keeps
// raw as its Raw field; do not change raw afterwards.
func AnalyzeBytes(ctx context.Context, raw []byte, opts Options) (*Document, error) {
	d, err := source.LoadBytes(ctx, opts.Name, raw, source.Options{Format: opts.Format, MaxSize: opts.MaxSize})
	if err != nil {
		return nil, err
	}
	if err := pipeline.Run(ctx, d, stages(opts)); err != nil {
		return nil, err
	}
	return d, nil
}

// Stages names the analysis stages Analyze runs with opts, in order; for
// provenance records.
func Stages(opts Options) []string {
	var names []string
	for _, s := range stages(opts) {
		names = append(names, s.Name())
	}
	return names
}

// stages returns the default stages, then the checks opts asks for.
func stages(opts Options) []pipeline.Stage {
	st := pipeline.Default()
	if opts.Sources != nil || opts.Quotes != nil {
		name := opts.SourcesName
		if name == "" {
			name = "the sources"
		}
		st = append(st, pipeline.Checks(opts.Quotes, opts.Sources, name)...)
	}
	return st
}

// ClaimSummary is the article's claims in figures; see SummarizeClaims.
type ClaimSummary = doc.ClaimSummary

// SummarizeClaims counts an analysed Document's claims: by type, how many
// check-worthy factual claims nothing backs, and the hedging and boosting
// rates.
func SummarizeClaims(d *Document) ClaimSummary { return doc.SummarizeClaims(d) }
