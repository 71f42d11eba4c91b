// Package render writes an analysed Document for people and programs: the
// versioned JSON schema and the terminal report. Renderers only read the
// Document.
package render

import (
	"encoding/json"
	"io"
	"strconv"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// SchemaVersion is the version of the JSON output. It changes only when a
// key is removed or changes meaning; new keys may appear at any time.
const SchemaVersion = 1

// jsonDoc is the JSON shape of a Document, as documented in
// docs/json-schema.md and schema/hearsay.schema.json.
type jsonDoc struct {
	Schema      int              `json:"schema"`
	Name        string           `json:"name,omitempty"`
	Format      doc.Format       `json:"format"`
	Title       string           `json:"title"`
	Subtitle    string           `json:"subtitle,omitempty"`
	Author      string           `json:"author"`
	Date        string           `json:"date,omitempty"`
	SiteName    string           `json:"site_name,omitempty"`
	Language    string           `json:"language,omitempty"`
	URL         string           `json:"url,omitempty"`
	Text        string           `json:"text"`
	Paragraphs  []jsonParagraph  `json:"paragraphs"`
	Sentences   []jsonSentence   `json:"sentences"`
	Elements    []jsonElement    `json:"elements"`
	Quotes      []jsonQuote      `json:"quotes"`
	Citations   []struct{}       `json:"citations"`
	Sources     []struct{}       `json:"sources"`
	Claims      []struct{}       `json:"claims"`
	Findings    []struct{}       `json:"findings"`
	Diagnostics []doc.Diagnostic `json:"diagnostics"`
}

type jsonParagraph struct {
	Span  doc.Span      `json:"span"`
	Raw   doc.Span      `json:"raw"` // the bytes of the input it came from
	Kind  doc.BlockKind `json:"kind"`
	Quote int           `json:"quote_depth,omitempty"`
}

type jsonSentence struct {
	Span      doc.Span `json:"span"`
	Paragraph int      `json:"paragraph"`
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
		Citations: []string{},
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
	return j
}

type jsonElement struct {
	Span   doc.Span          `json:"span"`
	Raw    doc.Span          `json:"raw"`
	Kind   doc.ElementKind   `json:"kind"`
	Parent int               `json:"parent"`
	Level  int               `json:"level,omitempty"`
	Attrs  map[string]string `json:"attrs,omitempty"`
}

// JSON writes d as one line of JSON (schema SchemaVersion) followed by a newline.
func JSON(w io.Writer, d *doc.Document) error {
	j := jsonDoc{
		Schema:      SchemaVersion,
		Name:        d.Name,
		Format:      d.Format,
		Title:       d.Meta.Title,
		Subtitle:    d.Meta.Subtitle,
		Author:      d.Meta.Author,
		Date:        d.Meta.Date,
		SiteName:    d.Meta.SiteName,
		Language:    d.Meta.Language,
		URL:         d.Meta.URL,
		Text:        d.Text,
		Paragraphs:  make([]jsonParagraph, len(d.Paragraphs)),
		Sentences:   make([]jsonSentence, len(d.Sentences)),
		Elements:    make([]jsonElement, len(d.Elements)),
		Quotes:      make([]jsonQuote, len(d.Quotes)),
		Citations:   []struct{}{},
		Sources:     []struct{}{},
		Claims:      []struct{}{},
		Findings:    []struct{}{},
		Diagnostics: d.Diagnostics,
	}
	if j.Diagnostics == nil {
		j.Diagnostics = []doc.Diagnostic{}
	}
	for i, p := range d.Paragraphs {
		j.Paragraphs[i] = jsonParagraph{Span: p.Span, Raw: d.RawSpan(p.Span), Kind: p.Kind, Quote: p.Quote}
	}
	for i, s := range d.Sentences {
		j.Sentences[i] = jsonSentence{Span: s.Span, Paragraph: s.Paragraph}
	}
	for i := range d.Quotes {
		j.Quotes[i] = newJSONQuote(d, i)
	}
	for i, e := range d.Elements {
		je := jsonElement{Span: e.Span, Raw: d.RawSpan(e.Span), Kind: e.Kind, Parent: e.Parent, Level: e.Level}
		if len(e.Attrs) > 0 {
			je.Attrs = make(map[string]string, len(e.Attrs))
			for _, a := range e.Attrs {
				je.Attrs[a.Key] = a.Val
			}
		}
		j.Elements[i] = je
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(j)
}
