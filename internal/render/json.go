// Package render writes an analysed Document for people and programs: the
// versioned JSON schema and the terminal report. Renderers only read the
// Document.
package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strconv"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// SchemaVersion is the version of the JSON output. It changes only when a
// key is removed or changes meaning; new keys may appear at any time.
const SchemaVersion = 1

// jsonHead is the JSON shape of a Document's metadata, the keys that come
// before "text"; the rest is written key by key (see JSON). The whole
// shape is documented in docs/json.md and schema/hearsay.schema.json.
type jsonHead struct {
	Schema   int        `json:"schema"`
	Name     string     `json:"name,omitempty"`
	Format   doc.Format `json:"format"`
	Title    string     `json:"title"`
	Subtitle string     `json:"subtitle,omitempty"`
	Author   string     `json:"author"`
	Date     string     `json:"date,omitempty"`
	SiteName string     `json:"site_name,omitempty"`
	Language string     `json:"language,omitempty"`
	URL      string     `json:"url,omitempty"`
}

type jsonParagraph struct {
	Span  doc.Span      `json:"span"`
	Raw   doc.Span      `json:"raw"` // the bytes of the input it came from
	Kind  doc.BlockKind `json:"kind"`
	Quote int           `json:"quote_depth,omitempty"`
}

type jsonSentence struct {
	Span      doc.Span `json:"span"`
	Raw       doc.Span `json:"raw"`
	Paragraph int      `json:"paragraph"`
	Citations []string `json:"citations,omitempty"`
}

type jsonQuote struct {
	ID        string        `json:"id"`
	Span      doc.Span      `json:"span"`
	Raw       doc.Span      `json:"raw"`
	Content   []doc.Span    `json:"content"`
	Marks     []doc.Span    `json:"marks"`
	Text      string        `json:"text"`
	Kind      doc.QuoteKind `json:"kind"`
	Speaker   *jsonSpeaker  `json:"speaker"`
	Cue       *doc.Span     `json:"cue"`
	Parent    *string       `json:"parent"`
	Element   *int          `json:"element,omitempty"`
	Chain     []string      `json:"chain"`
	Citations []string      `json:"citations"`
	Fidelity  *jsonFidelity `json:"fidelity,omitempty"`
}

// jsonFidelity is how a quotation compares with the source texts given
// with --sources; absent when none were, or the quotation was not checked.
type jsonFidelity struct {
	Verdict   doc.Verdict  `json:"verdict"`
	Source    string       `json:"source,omitempty"`
	Passage   *doc.Span    `json:"passage,omitempty"`
	Text      string       `json:"text,omitempty"`
	Diff      []jsonDiffOp `json:"diff,omitempty"`
	EditRatio float64      `json:"edit_ratio"`
}

type jsonDiffOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

func newJSONFidelity(f *doc.Fidelity) *jsonFidelity {
	j := &jsonFidelity{Verdict: f.Verdict, Source: f.Source, Text: f.Text, EditRatio: f.EditRatio}
	if f.Source != "" {
		j.Passage = &f.Passage
	}
	for _, o := range f.Diff {
		j.Diff = append(j.Diff, jsonDiffOp{Op: o.Op, Text: o.Text})
	}
	return j
}

type jsonSpeaker struct {
	Name    string   `json:"name"`
	Mention doc.Span `json:"mention"`
}

// quoteID is the id of quotation i in the JSON output.
func quoteID(i int) string { return "q" + strconv.Itoa(i+1) }

func newJSONQuote(d *doc.Document, i int) jsonQuote {
	q := &d.Quotes[i]
	j := jsonQuote{
		ID:        quoteID(i),
		Span:      q.Span,
		Raw:       d.RawSpan(q.Span),
		Content:   q.Content,
		Marks:     q.Marks,
		Text:      q.Words(d.Text),
		Kind:      q.Kind,
		Chain:     q.Chain,
		Citations: make([]string, len(q.Citations)),
	}
	for k, c := range q.Citations {
		j.Citations[k] = citationID(c)
	}
	if j.Marks == nil {
		j.Marks = []doc.Span{}
	}
	if j.Chain == nil {
		j.Chain = []string{}
	}
	if q.Speaker.Name != "" {
		j.Speaker = &jsonSpeaker{Name: q.Speaker.Name, Mention: q.Speaker.Mention}
	}
	if q.Cue.Len() > 0 {
		j.Cue = &q.Cue
	}
	if q.Parent >= 0 {
		id := quoteID(q.Parent)
		j.Parent = &id
	}
	if q.Element >= 0 {
		j.Element = &q.Element
	}
	if q.Fidelity != nil {
		j.Fidelity = newJSONFidelity(q.Fidelity)
	}
	return j
}

// citationID and referenceID are the ids of citation and reference i.
func citationID(i int) string  { return "c" + strconv.Itoa(i+1) }
func referenceID(i int) string { return "r" + strconv.Itoa(i+1) }

type jsonCitation struct {
	ID     string             `json:"id"`
	Marker string             `json:"marker"` // as written: "[A]", "¹", "(Taubman 2003)"
	Label  string             `json:"label"`  // without brackets: "A", "1", "Taubman 2003"
	Span   doc.Span           `json:"span"`
	Raw    doc.Span           `json:"raw"`
	Kind   doc.CitationKind   `json:"kind"`
	Status doc.CitationStatus `json:"status"`
	Target *jsonTarget        `json:"target"`
	Repeat *string            `json:"repeat,omitempty"`
}

type jsonTarget struct {
	Reference string `json:"reference,omitempty"` // id in "references"
	URL       string `json:"url,omitempty"`
}

func newJSONCitation(d *doc.Document, i int) jsonCitation {
	c := &d.Citations[i]
	j := jsonCitation{ID: citationID(i), Marker: d.Slice(c.Span), Label: c.Marker, Span: c.Span,
		Raw: d.RawSpan(c.Span), Kind: c.Kind, Status: c.Status}
	if c.Target >= 0 || c.URL != "" {
		j.Target = &jsonTarget{URL: c.URL}
		if c.Target >= 0 {
			j.Target.Reference = referenceID(c.Target)
		}
	}
	if c.Repeat >= 0 {
		id := citationID(c.Repeat)
		j.Repeat = &id
	}
	return j
}

// jsonReference is a note or reference entry; "csl" holds the fields read
// from it as CSL-JSON, the format reference managers exchange.
type jsonReference struct {
	ID    string   `json:"id"`
	Label string   `json:"label,omitempty"`
	Span  doc.Span `json:"span"`
	Raw   doc.Span `json:"raw"`
	Text  string   `json:"text"`
	CSL   jsonCSL  `json:"csl"`
}

type jsonCSL struct {
	Type      string      `json:"type"`
	Author    []jsonName  `json:"author,omitempty"`
	Title     string      `json:"title,omitempty"`
	Container string      `json:"container-title,omitempty"`
	Issued    *jsonIssued `json:"issued,omitempty"`
	Publisher string      `json:"publisher,omitempty"`
	Page      string      `json:"page,omitempty"`
	URL       string      `json:"URL,omitempty"`
	DOI       string      `json:"DOI,omitempty"`
	ISBN      string      `json:"ISBN,omitempty"`
}

type jsonName struct {
	Literal string `json:"literal"`
}

type jsonIssued struct {
	DateParts [][]int `json:"date-parts"`
}

func newJSONReference(d *doc.Document, i int) jsonReference {
	r := &d.References[i]
	csl := jsonCSL{Type: "document", Title: r.Title, Container: r.Container, Publisher: r.Publisher,
		Page: r.Pages, URL: r.URL, DOI: r.DOI, ISBN: r.ISBN}
	switch {
	case r.Container != "":
		csl.Type = "article"
	case r.Publisher != "" || r.ISBN != "":
		csl.Type = "book"
	case r.URL != "":
		csl.Type = "webpage"
	}
	for _, a := range r.Authors {
		csl.Author = append(csl.Author, jsonName{Literal: a})
	}
	if y, err := strconv.Atoi(r.Year); err == nil {
		csl.Issued = &jsonIssued{DateParts: [][]int{{y}}}
	}
	return jsonReference{ID: referenceID(i), Label: r.Label, Span: r.Span, Raw: d.RawSpan(r.Span),
		Text: d.Slice(r.Span), CSL: csl}
}

// sourceID is the id of source i in the JSON output.
func sourceID(i int) string { return "s" + strconv.Itoa(i+1) }

type jsonSource struct {
	ID       string          `json:"id"`
	Name     string          `json:"name"`
	Type     doc.SourceType  `json:"type,omitempty"`
	Class    doc.SourceClass `json:"class,omitempty"`
	Vague    bool            `json:"vague,omitempty"`
	Mentions []doc.Span      `json:"mentions"`
}

// claimID is the id of claim i in the JSON output.
func claimID(i int) string { return "k" + strconv.Itoa(i+1) }

type jsonClaim struct {
	ID          string        `json:"id"`
	Span        doc.Span      `json:"span"`
	Raw         doc.Span      `json:"raw"`
	Sentence    int           `json:"sentence"`
	Type        doc.ClaimType `json:"type"`
	Quoted      *string       `json:"quoted"` // the quotation whose words these are; null for the author's own
	CheckWorthy float64       `json:"check_worthy"`
	Reasons     []string      `json:"reasons"`
	Hedges      []jsonCue     `json:"hedges"`
	Boosters    []jsonCue     `json:"boosters"`
	Support     []string      `json:"support"` // ids of citations, quotations and sources
	Supported   bool          `json:"supported"`
	Vague       []doc.Span    `json:"vague"`
}

type jsonCue struct {
	Cue      doc.Span     `json:"cue"`
	Text     string       `json:"text"`
	Scope    doc.Span     `json:"scope"`
	Strength doc.Strength `json:"strength"`
}

func newJSONClaim(d *doc.Document, i int) jsonClaim {
	c := &d.Claims[i]
	j := jsonClaim{ID: claimID(i), Span: c.Span, Raw: d.RawSpan(c.Span), Sentence: c.Sentence, Type: c.Type,
		CheckWorthy: c.CheckWorthy, Reasons: c.Reasons, Hedges: jsonCues(d, c.Hedges), Boosters: jsonCues(d, c.Boosters),
		Support: []string{}, Supported: c.Supported(), Vague: c.Vague}
	if c.Quoted >= 0 {
		id := quoteID(c.Quoted)
		j.Quoted = &id
	}
	for _, k := range c.Citations {
		j.Support = append(j.Support, citationID(k))
	}
	for _, k := range c.Quotes {
		j.Support = append(j.Support, quoteID(k))
	}
	for _, k := range c.Sources {
		j.Support = append(j.Support, sourceID(k))
	}
	if j.Reasons == nil {
		j.Reasons = []string{}
	}
	if j.Vague == nil {
		j.Vague = []doc.Span{}
	}
	return j
}

func jsonCues(d *doc.Document, cs []doc.Cue) []jsonCue {
	out := make([]jsonCue, len(cs))
	for i, c := range cs {
		out[i] = jsonCue{Cue: c.Span, Text: d.Slice(c.Span), Scope: c.Scope, Strength: c.Strength}
	}
	return out
}

// jsonSummary is the article's claims in figures (see doc.ClaimSummary).
type jsonSummary struct {
	Claims           int                   `json:"claims"`
	AuthorClaims     int                   `json:"author_claims"`
	ByType           map[doc.ClaimType]int `json:"by_type"`
	CheckWorthy      int                   `json:"check_worthy"`
	Unsupported      int                   `json:"unsupported"`
	UnsupportedShare float64               `json:"unsupported_share"`
	Hedges           int                   `json:"hedges"`
	Boosters         int                   `json:"boosters"`
	HedgesPer100     float64               `json:"hedges_per_100_claims"`
	BoostersPer100   float64               `json:"boosters_per_100_claims"`
	HedgedShare      float64               `json:"hedged_share"`
	BoostedShare     float64               `json:"boosted_share"`
	Vague            int                   `json:"vague_attributions"`
}

func newJSONSummary(d *doc.Document) jsonSummary {
	s := doc.SummarizeClaims(d)
	return jsonSummary{Claims: s.Claims, AuthorClaims: s.Author, ByType: s.ByType, CheckWorthy: s.CheckWorthy,
		Unsupported: s.Unsupported, UnsupportedShare: s.UnsupportedShare, Hedges: s.Hedges, Boosters: s.Boosters,
		HedgesPer100: s.HedgeRate, BoostersPer100: s.BoosterRate, HedgedShare: s.HedgedShare,
		BoostedShare: s.BoostedShare, Vague: s.Vague}
}

type jsonFinding struct {
	Code     doc.FindingCode `json:"code"`
	Span     doc.Span        `json:"span"`
	Message  string          `json:"message"`
	Evidence []string        `json:"evidence"`
}

type jsonElement struct {
	Span   doc.Span          `json:"span"`
	Raw    doc.Span          `json:"raw"`
	Kind   doc.ElementKind   `json:"kind"`
	Parent int               `json:"parent"`
	Level  int               `json:"level,omitempty"`
	Attrs  map[string]string `json:"attrs,omitempty"`
}

// JSON writes d as one line of JSON (schema SchemaVersion) followed by a
// newline. It is written a value at a time, so that memory does not grow
// with the size of the output beyond the Document itself.
func JSON(w io.Writer, d *doc.Document) error {
	jw := newJSONWriter(w)
	jw.head(jsonHead{
		Schema:   SchemaVersion,
		Name:     d.Name,
		Format:   d.Format,
		Title:    d.Meta.Title,
		Subtitle: d.Meta.Subtitle,
		Author:   d.Meta.Author,
		Date:     d.Meta.Date,
		SiteName: d.Meta.SiteName,
		Language: d.Meta.Language,
		URL:      d.Meta.URL,
	})
	jw.field("text", d.Text)
	jw.array("paragraphs", len(d.Paragraphs), func(i int) any {
		p := d.Paragraphs[i]
		return jsonParagraph{Span: p.Span, Raw: d.RawSpan(p.Span), Kind: p.Kind, Quote: p.Quote}
	})
	jw.array("sentences", len(d.Sentences), func(i int) any {
		s := d.Sentences[i]
		js := jsonSentence{Span: s.Span, Raw: d.RawSpan(s.Span), Paragraph: s.Paragraph}
		for _, c := range s.Citations {
			js.Citations = append(js.Citations, citationID(c))
		}
		return js
	})
	jw.array("elements", len(d.Elements), func(i int) any {
		e := d.Elements[i]
		je := jsonElement{Span: e.Span, Raw: d.RawSpan(e.Span), Kind: e.Kind, Parent: e.Parent, Level: e.Level}
		if len(e.Attrs) > 0 {
			je.Attrs = make(map[string]string, len(e.Attrs))
			for _, a := range e.Attrs {
				je.Attrs[a.Key] = a.Val
			}
		}
		return je
	})
	jw.array("quotes", len(d.Quotes), func(i int) any { return newJSONQuote(d, i) })
	jw.array("citations", len(d.Citations), func(i int) any { return newJSONCitation(d, i) })
	jw.array("references", len(d.References), func(i int) any { return newJSONReference(d, i) })
	jw.array("sources", len(d.Sources), func(i int) any {
		src := d.Sources[i]
		return jsonSource{ID: sourceID(i), Name: src.Name, Type: src.Type, Class: src.Class, Vague: src.Vague, Mentions: src.Mentions}
	})
	jw.array("claims", len(d.Claims), func(i int) any { return newJSONClaim(d, i) })
	jw.field("summary", newJSONSummary(d))
	jw.array("findings", len(d.Findings), func(i int) any {
		f := d.Findings[i]
		ev := f.Evidence
		if ev == nil {
			ev = []string{}
		}
		return jsonFinding{Code: f.Code, Span: f.Span, Message: f.Message, Evidence: ev}
	})
	jw.array("diagnostics", len(d.Diagnostics), func(i int) any { return d.Diagnostics[i] })
	return jw.close()
}

// A jsonWriter writes one JSON object a key at a time. Its first error
// sticks and is returned by close.
type jsonWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
	err error
}

func newJSONWriter(w io.Writer) *jsonWriter {
	jw := &jsonWriter{w: bufio.NewWriterSize(w, 64<<10)}
	jw.enc = json.NewEncoder(&jw.buf)
	jw.enc.SetEscapeHTML(false)
	return jw
}

// value writes v as JSON, without the newline the encoder adds.
func (jw *jsonWriter) value(v any) {
	if jw.err != nil {
		return
	}
	jw.buf.Reset()
	if jw.err = jw.enc.Encode(v); jw.err != nil {
		return
	}
	_, jw.err = jw.w.Write(bytes.TrimSuffix(jw.buf.Bytes(), []byte("\n")))
}

func (jw *jsonWriter) raw(s string) {
	if jw.err == nil {
		_, jw.err = jw.w.WriteString(s)
	}
}

// head opens the object with the fields of the struct v.
func (jw *jsonWriter) head(v any) {
	if jw.err != nil {
		return
	}
	jw.buf.Reset()
	if jw.err = jw.enc.Encode(v); jw.err != nil {
		return
	}
	b := bytes.TrimSuffix(jw.buf.Bytes(), []byte("}\n"))
	_, jw.err = jw.w.Write(b)
}

func (jw *jsonWriter) field(key string, v any) {
	jw.raw(`,"` + key + `":`)
	jw.value(v)
}

// array writes key with an array of n values, item(i) giving the i-th.
func (jw *jsonWriter) array(key string, n int, item func(i int) any) {
	jw.raw(`,"` + key + `":[`)
	for i := 0; i < n; i++ {
		if i > 0 {
			jw.raw(",")
		}
		jw.value(item(i))
	}
	jw.raw("]")
}

func (jw *jsonWriter) close() error {
	jw.raw("}\n")
	if jw.err != nil {
		return jw.err
	}
	return jw.w.Flush()
}
