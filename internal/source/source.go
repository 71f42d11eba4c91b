// Package source loads an article into a Document: it reads the input
// within a size limit, refuses binary data, decodes it to UTF-8, picks the
// format (from the file extension, the content, or the caller), and hands
// it to the loader for that format, which extracts the text and keeps the
// structure.
package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/source/html"
	"github.com/hearsay-project/hearsay/internal/source/markdown"
	"github.com/hearsay-project/hearsay/internal/source/text"
	"golang.org/x/text/encoding"
)

// DefaultMaxSize is the largest input Load reads unless told otherwise:
// 32 MiB is far beyond any article (a long feature is under 1 MiB) yet
// small enough that a mistaken argument (a disk image, a log file) is
// refused at once instead of being analysed for minutes.
const DefaultMaxSize = 32 << 20

// Errors returned by Load. Callers branch on them with errors.Is.
var (
	ErrEmpty    = errors.New("input is empty")
	ErrBinary   = errors.New("input is binary, not text")
	ErrTooLarge = errors.New("input is larger than the size limit")
	ErrFormat   = errors.New("unknown input format")
)

// Options control Load.
type Options struct {
	Format  doc.Format // "" to choose from the name and content
	MaxSize int64      // largest input accepted, in bytes; 0 means DefaultMaxSize
}

// ParseFormat parses a format name given by a user: text (or txt, plain),
// markdown (or md), html (or htm).
func ParseFormat(s string) (doc.Format, error) {
	switch strings.ToLower(s) {
	case "", "auto":
		return "", nil
	case "text", "txt", "plain":
		return doc.FormatText, nil
	case "markdown", "md":
		return doc.FormatMarkdown, nil
	case "html", "htm":
		return doc.FormatHTML, nil
	}
	return "", fmt.Errorf("%w %q (want text, markdown or html)", ErrFormat, s)
}

// Read reads all of r, or fails with ErrTooLarge if r holds more than max
// bytes (DefaultMaxSize if max is 0).
func Read(r io.Reader, max int64) ([]byte, error) {
	if max <= 0 {
		max = DefaultMaxSize
	}
	max = min(max, MaxSize)
	raw, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(raw)) > max {
		return nil, tooLarge(max)
	}
	return raw, nil
}

// MaxSize is the largest input Hearsay can analyse whatever the limit
// asked for: decoding can triple the size of a text (Windows-1252 to
// UTF-8), and every offset of the result must fit doc.MaxTextSize.
const MaxSize = doc.MaxTextSize / 3

func tooLarge(max int64) error {
	if max >= MaxSize {
		return fmt.Errorf("%w of %d bytes, the most Hearsay can analyse", ErrTooLarge, int64(MaxSize))
	}
	return fmt.Errorf("%w of %d bytes (raise it with --max-size)", ErrTooLarge, max)
}

// Load reads an article from r and returns it as a Document with its text,
// structure and metadata. name is the file name ("-" for standard input);
// its extension helps choose the format. Problems in the content are
// reported as the Document's Diagnostics; Load fails only for input that
// cannot be an article (empty, binary, too large) or a read error.
func Load(ctx context.Context, name string, r io.Reader, opts Options) (*doc.Document, error) {
	raw, err := Read(r, opts.MaxSize)
	if err != nil {
		return nil, err
	}
	return LoadBytes(ctx, name, raw, opts)
}

// LoadBytes is Load for input already in memory. raw is kept as the
// Document's Raw and must not be changed afterwards.
func LoadBytes(ctx context.Context, name string, raw []byte, opts Options) (*doc.Document, error) {
	max := opts.MaxSize
	if max <= 0 {
		max = DefaultMaxSize
	}
	max = min(max, MaxSize)
	if int64(len(raw)) > max {
		return nil, tooLarge(max)
	}
	if len(bytes.TrimLeft(raw, "\xef\xbb\xbf")) == 0 {
		return nil, ErrEmpty
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	format := opts.Format
	if format == "" {
		format = Sniff(name, raw)
	}
	var declared encoding.Encoding
	if format == doc.FormatHTML {
		declared = metaCharset(raw)
	}
	dec, err := decode(raw, declared)
	if err != nil {
		return nil, err
	}
	d := &doc.Document{Name: name, Format: format, Raw: raw}
	switch format {
	case doc.FormatText:
		d.Text = dec.asString()
		d.Offsets = dec.offs
		text.Load(d)
	case doc.FormatMarkdown, doc.FormatHTML:
		d.Offsets.Base = &dec.offs
		load := markdown.Load
		if format == doc.FormatHTML {
			load = html.Load
		}
		// The markup loaders read their input and never change it (the
		// Markdown loader blanks front matter in a copy of its own), so
		// that raw itself, kept as d.Raw, can be it.
		if err := load(d, dec.asBytes()); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("%w %q", ErrFormat, format)
	}
	if format != doc.FormatText {
		// The decoder's spans point into the decoded input, not into the
		// extracted text; their messages name the byte offsets.
		for i := range dec.diags {
			dec.diags[i].Span = doc.Span{}
		}
	}
	d.Diagnostics = append(dec.diags, d.Diagnostics...)
	return d, nil
}

// Sniff chooses the format of an input from its file name, or failing
// that from its first bytes: a doctype or an html, head or body tag mean
// HTML; front matter, ATX headings, fenced code or footnote definitions
// mean Markdown; anything else is plain text.
func Sniff(name string, raw []byte) doc.Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn":
		return doc.FormatMarkdown
	case ".html", ".htm", ".xhtml", ".html5", ".shtml":
		return doc.FormatHTML
	case ".txt", ".text":
		return doc.FormatText
	}
	head := raw[:min(len(raw), 4096)]
	lower := bytes.ToLower(bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml", "<!--"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return doc.FormatHTML
		}
	}
	if bytes.Count(lower, []byte("<p>"))+bytes.Count(lower, []byte("<div"))+bytes.Count(lower, []byte("</p>")) >= 2 {
		return doc.FormatHTML
	}
	if bytes.HasPrefix(lower, []byte("---\n")) || bytes.HasPrefix(lower, []byte("+++\n")) {
		return doc.FormatMarkdown
	}
	md := 0
	for _, line := range bytes.Split(head, []byte("\n")) {
		switch {
		case bytes.HasPrefix(line, []byte("# ")), bytes.HasPrefix(line, []byte("## ")),
			bytes.HasPrefix(line, []byte("```")), bytes.HasPrefix(line, []byte("[^")):
			md += 2
		case bytes.Contains(line, []byte("](")):
			md++
		}
	}
	if md >= 2 {
		return doc.FormatMarkdown
	}
	return doc.FormatText
}
