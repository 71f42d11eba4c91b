// Package render writes an analysed Document for people and programs: the
// versioned JSON schema and the terminal report. Renderers only read the
// Document.
package render

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"strconv"
	"unicode/utf8"

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
	Vague   bool     `json:"vague,omitempty"`
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
		j.Speaker = &jsonSpeaker{Name: q.Speaker.Name, Mention: q.Speaker.Mention, Vague: q.Speaker.Vague}
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
//
// The layers a long text has many of (paragraphs, sentences, quotations,
// claims…) are appended to the output by hand, field by field in the
// order of the json* structs above: encoding/json, which reflects on each
// value, wrote 6–10 MB/s. The output is byte for byte what encoding/json
// writes for those structs (with SetEscapeHTML(false)); TestJSONAppend
// checks it. Rare and irregular values (the head, references, the summary,
// elements' attributes, fidelity) still go through encoding/json.
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
	jw.raw(`,"text":`)
	jw.longString(d.Text)
	jw.items("paragraphs", len(d.Paragraphs), func(i int) { jw.paragraph(d, i) })
	jw.items("sentences", len(d.Sentences), func(i int) { jw.sentence(d, i) })
	jw.items("elements", len(d.Elements), func(i int) { jw.element(d, i) })
	jw.items("quotes", len(d.Quotes), func(i int) { jw.quote(d, i) })
	jw.items("citations", len(d.Citations), func(i int) { jw.citation(d, i) })
	jw.array("references", len(d.References), func(i int) any { return newJSONReference(d, i) })
	jw.items("sources", len(d.Sources), func(i int) { jw.source(d, i) })
	jw.items("claims", len(d.Claims), func(i int) { jw.claim(d, i) })
	jw.field("summary", newJSONSummary(d))
	jw.items("findings", len(d.Findings), func(i int) { jw.finding(d, i) })
	jw.items("diagnostics", len(d.Diagnostics), func(i int) { jw.diagnostic(d, i) })
	return jw.close()
}

// A jsonWriter writes one JSON object a key at a time, appending to b and
// handing b to w whenever it holds flushAt bytes. Its first error sticks
// and is returned by close.
type jsonWriter struct {
	w   io.Writer
	b   []byte
	buf bytes.Buffer
	enc *json.Encoder
	err error
}

const flushAt = 64 << 10

func newJSONWriter(w io.Writer) *jsonWriter {
	jw := &jsonWriter{w: w, b: make([]byte, 0, 2*flushAt)}
	jw.enc = json.NewEncoder(&jw.buf)
	jw.enc.SetEscapeHTML(false)
	return jw
}

// flush hands the bytes appended so far to w once there are enough of
// them, or all of them when all is true.
func (jw *jsonWriter) flush(all bool) {
	if len(jw.b) == 0 || !all && len(jw.b) < flushAt {
		return
	}
	if jw.err == nil {
		_, jw.err = jw.w.Write(jw.b)
	}
	jw.b = jw.b[:0]
}

// value writes v as JSON with encoding/json, without the newline the
// encoder adds.
func (jw *jsonWriter) value(v any) {
	if jw.err != nil {
		return
	}
	jw.buf.Reset()
	if jw.err = jw.enc.Encode(v); jw.err != nil {
		return
	}
	jw.b = append(jw.b, bytes.TrimSuffix(jw.buf.Bytes(), []byte("\n"))...)
}

func (jw *jsonWriter) raw(s string) {
	jw.b = append(jw.b, s...)
	jw.flush(false)
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
	jw.b = append(jw.b, bytes.TrimSuffix(jw.buf.Bytes(), []byte("}\n"))...)
}

func (jw *jsonWriter) field(key string, v any) {
	jw.raw(`,"` + key + `":`)
	jw.value(v)
}

// array writes key with an array of n values, item(i) giving the i-th,
// each written by encoding/json.
func (jw *jsonWriter) array(key string, n int, item func(i int) any) {
	jw.items(key, n, func(i int) { jw.value(item(i)) })
}

// items writes key with an array of n values, item(i) appending the i-th.
func (jw *jsonWriter) items(key string, n int, item func(i int)) {
	jw.raw(`,"` + key + `":[`)
	for i := 0; i < n && jw.err == nil; i++ {
		if i > 0 {
			jw.b = append(jw.b, ',')
		}
		item(i)
		jw.flush(false)
	}
	jw.b = append(jw.b, ']')
}

// longString appends s as a JSON string a piece at a time, flushing
// between pieces, so that the text of a long document is not copied
// whole into the buffer. No character is split between two pieces, so
// each piece escapes as it does in s.
func (jw *jsonWriter) longString(s string) {
	jw.b = append(jw.b, '"')
	for len(s) > flushAt {
		// Before the last character start among the three bytes before
		// flushAt and flushAt itself; where there is none, no valid
		// character reaches flushAt (none has more than three bytes
		// after its first), and the cut is between stray bytes.
		cut := flushAt
		for cut > flushAt-(utf8.UTFMax-1) && !utf8.RuneStart(s[cut]) {
			cut--
		}
		if !utf8.RuneStart(s[cut]) {
			cut = flushAt
		}
		jw.b = appendJSONChars(jw.b, s[:cut])
		s = s[cut:]
		jw.flush(false)
	}
	jw.b = append(appendJSONChars(jw.b, s), '"')
}

func (jw *jsonWriter) close() error {
	jw.raw("}\n")
	jw.flush(true)
	return jw.err
}

// The appenders below write one value each, as encoding/json writes the
// matching json* struct.

func (jw *jsonWriter) paragraph(d *doc.Document, i int) {
	p := &d.Paragraphs[i]
	b := appendSpanField(jw.b, `{"span":`, p.Span)
	b = appendSpanField(b, `,"raw":`, d.RawSpan(p.Span))
	b = appendStringField(b, `,"kind":`, string(p.Kind))
	if p.Quote != 0 {
		b = appendIntField(b, `,"quote_depth":`, p.Quote)
	}
	jw.b = append(b, '}')
}

func (jw *jsonWriter) sentence(d *doc.Document, i int) {
	s := &d.Sentences[i]
	b := appendSpanField(jw.b, `{"span":`, s.Span)
	b = appendSpanField(b, `,"raw":`, d.RawSpan(s.Span))
	b = appendIntField(b, `,"paragraph":`, s.Paragraph)
	if len(s.Citations) > 0 {
		b = appendIDs(append(b, `,"citations":`...), 'c', s.Citations)
	}
	jw.b = append(b, '}')
}

func (jw *jsonWriter) element(d *doc.Document, i int) {
	e := &d.Elements[i]
	b := appendSpanField(jw.b, `{"span":`, e.Span)
	b = appendSpanField(b, `,"raw":`, d.RawSpan(e.Span))
	b = appendStringField(b, `,"kind":`, string(e.Kind))
	b = appendIntField(b, `,"parent":`, e.Parent)
	if e.Level != 0 {
		b = appendIntField(b, `,"level":`, e.Level)
	}
	jw.b = b
	if len(e.Attrs) > 0 {
		// A map (sorted keys, the last of equal keys): encoding/json.
		attrs := make(map[string]string, len(e.Attrs))
		for _, a := range e.Attrs {
			attrs[a.Key] = a.Val
		}
		jw.field("attrs", attrs)
	}
	jw.b = append(jw.b, '}')
}

func (jw *jsonWriter) quote(d *doc.Document, i int) {
	q := &d.Quotes[i]
	b := append(jw.b, `{"id":"q`...)
	b = strconv.AppendInt(b, int64(i+1), 10)
	b = appendSpanField(append(b, '"'), `,"span":`, q.Span)
	b = appendSpanField(b, `,"raw":`, d.RawSpan(q.Span))
	b = appendSpans(append(b, `,"content":`...), q.Content, "null")
	b = appendSpans(append(b, `,"marks":`...), q.Marks, "[]")
	b = appendStringField(b, `,"text":`, q.Words(d.Text))
	b = appendStringField(b, `,"kind":`, string(q.Kind))
	if q.Speaker.Name != "" {
		b = appendStringField(b, `,"speaker":{"name":`, q.Speaker.Name)
		b = appendSpanField(b, `,"mention":`, q.Speaker.Mention)
		if q.Speaker.Vague {
			b = append(b, `,"vague":true`...)
		}
		b = append(b, '}')
	} else {
		b = append(b, `,"speaker":null`...)
	}
	if q.Cue.Len() > 0 {
		b = appendSpanField(b, `,"cue":`, q.Cue)
	} else {
		b = append(b, `,"cue":null`...)
	}
	if q.Parent >= 0 {
		b = append(b, `,"parent":"q`...)
		b = append(strconv.AppendInt(b, int64(q.Parent+1), 10), '"')
	} else {
		b = append(b, `,"parent":null`...)
	}
	if q.Element >= 0 {
		b = appendIntField(b, `,"element":`, q.Element)
	}
	b = append(b, `,"chain":[`...)
	for k, c := range q.Chain {
		if k > 0 {
			b = append(b, ',')
		}
		b = appendJSONQuoted(b, c)
	}
	b = appendIDs(append(b, `],"citations":`...), 'c', q.Citations)
	jw.b = b
	if q.Fidelity != nil {
		jw.field("fidelity", newJSONFidelity(q.Fidelity))
	}
	jw.b = append(jw.b, '}')
}

func (jw *jsonWriter) citation(d *doc.Document, i int) {
	c := &d.Citations[i]
	b := append(jw.b, `{"id":"c`...)
	b = strconv.AppendInt(b, int64(i+1), 10)
	b = appendStringField(append(b, '"'), `,"marker":`, d.Slice(c.Span))
	b = appendStringField(b, `,"label":`, c.Marker)
	b = appendSpanField(b, `,"span":`, c.Span)
	b = appendSpanField(b, `,"raw":`, d.RawSpan(c.Span))
	b = appendStringField(b, `,"kind":`, string(c.Kind))
	b = appendStringField(b, `,"status":`, string(c.Status))
	if c.Target >= 0 || c.URL != "" {
		b = append(b, `,"target":{`...)
		sep := ""
		if c.Target >= 0 {
			b = append(b, `"reference":"r`...)
			b = append(strconv.AppendInt(b, int64(c.Target+1), 10), '"')
			sep = ","
		}
		if c.URL != "" {
			b = appendStringField(b, sep+`"url":`, c.URL)
		}
		b = append(b, '}')
	} else {
		b = append(b, `,"target":null`...)
	}
	if c.Repeat >= 0 {
		b = append(b, `,"repeat":"c`...)
		b = append(strconv.AppendInt(b, int64(c.Repeat+1), 10), '"')
	}
	jw.b = append(b, '}')
}

func (jw *jsonWriter) source(d *doc.Document, i int) {
	s := &d.Sources[i]
	b := append(jw.b, `{"id":"s`...)
	b = strconv.AppendInt(b, int64(i+1), 10)
	b = appendStringField(append(b, '"'), `,"name":`, s.Name)
	if s.Type != "" {
		b = appendStringField(b, `,"type":`, string(s.Type))
	}
	if s.Class != "" {
		b = appendStringField(b, `,"class":`, string(s.Class))
	}
	if s.Vague {
		b = append(b, `,"vague":true`...)
	}
	b = appendSpans(append(b, `,"mentions":`...), s.Mentions, "null")
	jw.b = append(b, '}')
}

func (jw *jsonWriter) claim(d *doc.Document, i int) {
	c := &d.Claims[i]
	b := append(jw.b, `{"id":"k`...)
	b = strconv.AppendInt(b, int64(i+1), 10)
	b = appendSpanField(append(b, '"'), `,"span":`, c.Span)
	b = appendSpanField(b, `,"raw":`, d.RawSpan(c.Span))
	b = appendIntField(b, `,"sentence":`, c.Sentence)
	b = appendStringField(b, `,"type":`, string(c.Type))
	if c.Quoted >= 0 {
		b = append(b, `,"quoted":"q`...)
		b = append(strconv.AppendInt(b, int64(c.Quoted+1), 10), '"')
	} else {
		b = append(b, `,"quoted":null`...)
	}
	jw.b = append(b, `,"check_worthy":`...)
	jw.float(c.CheckWorthy)
	b = append(jw.b, `,"reasons":[`...)
	for k, r := range c.Reasons {
		if k > 0 {
			b = append(b, ',')
		}
		b = appendJSONQuoted(b, r)
	}
	b = appendCues(append(b, `],"hedges":`...), d, c.Hedges)
	b = appendCues(append(b, `,"boosters":`...), d, c.Boosters)
	b = append(b, `,"support":[`...)
	n := 0
	for _, l := range []struct {
		prefix byte
		ids    []int
	}{{'c', c.Citations}, {'q', c.Quotes}, {'s', c.Sources}} {
		for _, k := range l.ids {
			if n > 0 {
				b = append(b, ',')
			}
			n++
			b = append(b, '"', l.prefix)
			b = append(strconv.AppendInt(b, int64(k+1), 10), '"')
		}
	}
	b = append(b, `],"supported":`...)
	b = strconv.AppendBool(b, c.Supported())
	b = appendSpans(append(b, `,"vague":`...), c.Vague, "[]")
	jw.b = append(b, '}')
}

func (jw *jsonWriter) finding(d *doc.Document, i int) {
	f := &d.Findings[i]
	b := appendStringField(jw.b, `{"code":`, string(f.Code))
	b = appendSpanField(b, `,"span":`, f.Span)
	b = appendStringField(b, `,"message":`, f.Message)
	b = append(b, `,"evidence":[`...)
	for k, e := range f.Evidence {
		if k > 0 {
			b = append(b, ',')
		}
		b = appendJSONQuoted(b, e)
	}
	jw.b = append(b, "]}"...)
}

func (jw *jsonWriter) diagnostic(d *doc.Document, i int) {
	g := &d.Diagnostics[i]
	b := appendSpanField(jw.b, `{"span":`, g.Span)
	b = appendStringField(b, `,"code":`, string(g.Code))
	b = appendStringField(b, `,"message":`, g.Message)
	jw.b = append(b, '}')
}

// float appends f as encoding/json does: strconv's shortest form in
// decimal notation, except for very large or small numbers, which (and
// NaN and infinities, an error) are left to encoding/json.
func (jw *jsonWriter) float(f float64) {
	if a := math.Abs(f); math.IsNaN(f) || math.IsInf(f, 0) || a != 0 && (a < 1e-6 || a >= 1e21) {
		jw.value(f)
		return
	}
	jw.b = strconv.AppendFloat(jw.b, f, 'f', -1, 64)
}

func appendCues(b []byte, d *doc.Document, cs []doc.Cue) []byte {
	b = append(b, '[')
	for k := range cs {
		c := &cs[k]
		if k > 0 {
			b = append(b, ',')
		}
		b = appendSpanField(b, `{"cue":`, c.Span)
		b = appendStringField(b, `,"text":`, d.Slice(c.Span))
		b = appendSpanField(b, `,"scope":`, c.Scope)
		b = append(appendStringField(b, `,"strength":`, string(c.Strength)), '}')
	}
	return append(b, ']')
}

// appendIDs appends the ids ("c1", "q2") of the indexes ks, always an
// array ([] when there are none).
func appendIDs(b []byte, prefix byte, ks []int) []byte {
	b = append(b, '[')
	for k, x := range ks {
		if k > 0 {
			b = append(b, ',')
		}
		b = append(b, '"', prefix)
		b = append(strconv.AppendInt(b, int64(x+1), 10), '"')
	}
	return append(b, ']')
}

// appendSpans appends ss as an array, or none (null or [], as the struct
// field it stands for is written) when ss is nil.
func appendSpans(b []byte, ss []doc.Span, none string) []byte {
	if ss == nil {
		return append(b, none...)
	}
	b = append(b, '[')
	for k, s := range ss {
		if k > 0 {
			b = append(b, ',')
		}
		b = appendSpan(b, s)
	}
	return append(b, ']')
}

func appendSpan(b []byte, s doc.Span) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	return append(b, '}')
}

func appendSpanField(b []byte, key string, s doc.Span) []byte {
	return appendSpan(append(b, key...), s)
}

func appendIntField(b []byte, key string, n int) []byte {
	return strconv.AppendInt(append(b, key...), int64(n), 10)
}

func appendStringField(b []byte, key, s string) []byte {
	return appendJSONQuoted(append(b, key...), s)
}

// appendJSONQuoted appends s as a JSON string exactly as encoding/json
// writes it with SetEscapeHTML(false): ", \ and control characters
// escaped (\b \f \n \r \t by name, the others as \u00XX), each invalid
// UTF-8 byte as \ufffd, U+2028 and U+2029 as \u2028 and \u2029, every
// other character as it is (<, > and & included).
func appendJSONQuoted(b []byte, s string) []byte {
	return append(appendJSONChars(append(b, '"'), s), '"')
}

// plain8 reports whether none of the eight bytes of x needs more than
// copying: none outside ASCII, below a space, '"' or '\\'. The byte loop
// of appendJSONChars passes over exactly such bytes one at a time.
func plain8(x uint64) bool {
	return x&doc.HighBits == 0 && !doc.HasLess(x, 0x20) && !doc.HasByte(x, '"') && !doc.HasByte(x, '\\')
}

// appendJSONChars appends s escaped as appendJSONQuoted does, without
// the quote marks around it.
//
// Eight bytes at a time are passed over while none of them needs a
// look (see plain8): most of what is written is words and spaces.
func appendJSONChars(b []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); {
		for i+8 <= len(s) && plain8(doc.Word8(s, i)) {
			i += 8
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigit[c>>4], hexDigit[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigit[r&0xF])
		default:
			i += n
			continue
		}
		i += n
		start = i
	}
	return append(b, s[start:]...)
}

const hexDigit = "0123456789abcdef"
