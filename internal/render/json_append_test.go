package render

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/pipeline"
	"github.com/hearsay-project/hearsay/internal/source"
)

// refJSON writes d as JSON did before its values were appended by hand:
// every value through encoding/json, from the json* structs. JSON must
// write the same bytes.
func refJSON(t testing.TB, d *doc.Document) []byte {
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	val := func(v any) {
		n := out.Len()
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		out.Truncate(n + len(bytes.TrimSuffix(out.Bytes()[n:], []byte("\n"))))
	}
	arr := func(key string, n int, item func(i int) any) {
		out.WriteString(`,"` + key + `":[`)
		for i := range n {
			if i > 0 {
				out.WriteByte(',')
			}
			val(item(i))
		}
		out.WriteByte(']')
	}
	val(jsonHead{Schema: SchemaVersion, Name: d.Name, Format: d.Format, Title: d.Meta.Title, Subtitle: d.Meta.Subtitle,
		Author: d.Meta.Author, Date: d.Meta.Date, SiteName: d.Meta.SiteName, Language: d.Meta.Language, URL: d.Meta.URL})
	out.Truncate(out.Len() - 1) // the head's closing brace
	out.WriteString(`,"text":`)
	val(d.Text)
	arr("paragraphs", len(d.Paragraphs), func(i int) any {
		p := d.Paragraphs[i]
		return jsonParagraph{Span: p.Span, Raw: d.RawSpan(p.Span), Kind: p.Kind, Quote: p.Quote}
	})
	arr("sentences", len(d.Sentences), func(i int) any {
		s := d.Sentences[i]
		js := jsonSentence{Span: s.Span, Raw: d.RawSpan(s.Span), Paragraph: s.Paragraph}
		for _, c := range s.Citations {
			js.Citations = append(js.Citations, citationID(c))
		}
		return js
	})
	arr("elements", len(d.Elements), func(i int) any {
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
	arr("quotes", len(d.Quotes), func(i int) any { return newJSONQuote(d, i) })
	arr("citations", len(d.Citations), func(i int) any { return newJSONCitation(d, i) })
	arr("references", len(d.References), func(i int) any { return newJSONReference(d, i) })
	arr("sources", len(d.Sources), func(i int) any {
		src := d.Sources[i]
		return jsonSource{ID: sourceID(i), Name: src.Name, Type: src.Type, Class: src.Class, Vague: src.Vague, Mentions: src.Mentions}
	})
	arr("claims", len(d.Claims), func(i int) any { return newJSONClaim(d, i) })
	out.WriteString(`,"summary":`)
	val(newJSONSummary(d))
	arr("findings", len(d.Findings), func(i int) any {
		f := d.Findings[i]
		ev := f.Evidence
		if ev == nil {
			ev = []string{}
		}
		return jsonFinding{Code: f.Code, Span: f.Span, Message: f.Message, Evidence: ev}
	})
	arr("diagnostics", len(d.Diagnostics), func(i int) any { return d.Diagnostics[i] })
	out.WriteString("}\n")
	return out.Bytes()
}

func checkJSONAppend(t *testing.T, name string, d *doc.Document) {
	t.Helper()
	var got bytes.Buffer
	if err := JSON(&got, d); err != nil {
		t.Fatal(err)
	}
	if want := refJSON(t, d); !bytes.Equal(got.Bytes(), want) {
		i := 0
		for i < len(want) && i < got.Len() && want[i] == got.Bytes()[i] {
			i++
		}
		lo := max(0, i-80)
		t.Errorf("%s: JSON differs from encoding/json's at byte %d:\n got %q\nwant %q", name, i,
			got.Bytes()[lo:min(got.Len(), i+80)], want[lo:min(len(want), i+80)])
	}
}

// TestJSONAppend checks that JSON, which appends most values by hand,
// writes what encoding/json writes: on the analysed examples and on a
// document whose strings and numbers hold every case of the escaping
// and number formatting.
func TestJSONAppend(t *testing.T) {
	files, _ := filepath.Glob("../../examples/*")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := source.LoadBytes(context.Background(), f, raw, source.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := pipeline.Run(context.Background(), d, pipeline.Default()); err != nil {
			t.Fatal(err)
		}
		checkJSONAppend(t, f, d)
	}
	odd := "a\"b\\c\b\f\n\r\t\x00\x01\x1f\x7f <&> é “q” \u2028\u2029 \xff\xc3 𝄞 \xe2\x80"
	text := odd + " " + odd
	sp := doc.Span{Start: 2, End: 9}
	d := &doc.Document{
		Name: odd, Format: doc.FormatHTML, Raw: []byte(text), Text: text,
		Meta:       doc.Metadata{Title: odd, Subtitle: odd, Author: odd, Date: odd, SiteName: odd, Language: odd, URL: odd},
		Paragraphs: []doc.Paragraph{{Span: sp, Kind: doc.BlockParagraph, Quote: 2}, {Span: sp}},
		Sentences:  []doc.Sentence{{Span: sp, Paragraph: 1, Citations: []int{0, 11}}, {Span: sp, Citations: []int{}}},
		Elements: []doc.Element{{Span: sp, Kind: doc.ElementKind(odd), Parent: -1, Level: 3,
			Attrs: []doc.Attr{{Key: odd, Val: odd}, {Key: "b", Val: "1"}, {Key: "a", Val: "2"}, {Key: "b", Val: "3"}}},
			{Span: sp, Parent: 0}},
		Quotes: []doc.Quote{
			{Span: sp, Content: []doc.Span{sp, {Start: 12, End: 20}}, Kind: doc.QuoteDirect, Parent: -1, Element: 0, Marks: []doc.Span{sp},
				Speaker: doc.Speaker{Name: odd, Mention: sp}, Cue: sp, Chain: []string{odd, ""}, Citations: []int{0, 1},
				Fidelity: &doc.Fidelity{Verdict: doc.VerdictAltered, Source: odd, Text: odd, EditRatio: 1e-7,
					Diff: []doc.DiffOp{{Op: "=", Text: odd}}}},
			{Span: sp, Parent: 0, Element: -1, Chain: []string{}, Fidelity: &doc.Fidelity{}},
			{Span: sp, Content: []doc.Span{}, Parent: -1, Element: -1},
		},
		Citations: []doc.Citation{
			{Span: sp, Marker: odd, Kind: doc.CiteNote, Status: doc.CiteResolved, Target: 0, URL: odd, Repeat: 3},
			{Span: sp, Target: -1, URL: odd, Repeat: -1},
			{Span: sp, Target: 4, Repeat: -1},
			{Span: sp, Target: -1, Repeat: -1},
		},
		References: []doc.Reference{{Span: sp, Label: odd, Authors: []string{odd, "B"}, Title: odd, Year: "1999", URL: odd}},
		Sources: []doc.Source{{Name: odd, Type: doc.SourcePerson, Class: doc.SourceClass(odd), Vague: true, Mentions: []doc.Span{sp}},
			{Name: ""}, {Name: "x", Mentions: []doc.Span{}}},
		Findings:    []doc.Finding{{Code: doc.FindingCode(odd), Span: sp, Message: odd, Evidence: []string{odd, ""}}, {}},
		Diagnostics: []doc.Diagnostic{{Span: sp, Code: doc.Code(odd), Message: odd}, {}},
	}
	for i, f := range []float64{0, math.Copysign(0, -1), 0.1, 1.0 / 3, 0.5, 1, 2.5e-6, 1e-6, 9.99e-7, 1e-7, 1e20, 1e21, 123456789.125, -0.75, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		d.Claims = append(d.Claims, doc.Claim{Span: sp, Sentence: i, Type: doc.ClaimType(odd), Quoted: i%3 - 1, CheckWorthy: f,
			Reasons: []string{odd}, Hedges: []doc.Cue{{Span: sp, Scope: sp, Strength: doc.Strength(odd)}},
			Citations: []int{i}, Quotes: []int{i, 0}, Sources: []int{2}, Vague: []doc.Span{sp}})
	}
	d.Claims = append(d.Claims, doc.Claim{Quoted: -1})
	checkJSONAppend(t, "odd document", d)
	// A text longer than the buffer, written in pieces: the first cut
	// falls on each byte of odd in turn, inside characters and escapes.
	for _, piece := range []string{odd, "𝄞\x80\x80\x80\x80é\x80\x80"} {
		for shift := range len(piece) {
			long := strings.Repeat("x", flushAt-shift) + strings.Repeat(piece, 3*flushAt/len(piece))
			checkJSONAppend(t, "long text", &doc.Document{Text: long, Raw: []byte(long)})
		}
	}
}

// FuzzJSONString checks appendJSONQuoted against encoding/json on any
// string, and the float appender on any number.
func FuzzJSONString(f *testing.F) {
	f.Add("plain", 0.5)
	f.Add("a\"b\\c\b\f\n\x00\x7f<&>\u2028\xff𝄞", 1e-7)
	f.Fuzz(func(t *testing.T, s string, x float64) {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		want := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
		if got := appendJSONQuoted(nil, s); !bytes.Equal(got, want) {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return
		}
		wantF, _ := json.Marshal(x)
		jw := newJSONWriter(&buf)
		jw.float(x)
		if !bytes.Equal(jw.b, wantF) {
			t.Errorf("%s: got %s, want %s", strconv.FormatFloat(x, 'g', -1, 64), jw.b, wantF)
		}
	})
}
