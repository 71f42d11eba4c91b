package render_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/render"
)

// hostileDoc is a Document whose names, chain, messages and addresses
// carry what breaks careless output: quotes, backslashes, markup, line
// breaks, bidirectional controls, a javascript: address.
func hostileDoc() *doc.Document {
	name := "O\"Brien\\ <script>alert(1)</script>"
	text := "“Hi \u202Ethere\u202C,” said " + name + ".\nThen [1] \"Back\\slash\" spoke."
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	q := at("“Hi \u202Ethere\u202C,”")
	return &doc.Document{
		Name: "evil\n\"name\".txt", Format: doc.FormatText, Raw: []byte(text), Text: text,
		Meta: doc.Metadata{Title: "Title \"with\" \\ and\nnewline <b>", Author: "Ann \u202Eevil", URL: "javascript:alert(1)"},
		Quotes: []doc.Quote{{
			Span: q, Content: []doc.Span{{Start: q.Start + 3, End: q.End - 4}}, Kind: doc.QuoteDirect, Parent: -1, Element: -1,
			Speaker:   doc.Speaker{Name: name, Mention: at(name)},
			Chain:     []string{"line\nbreak", "bidi\u202Egnp.exe", "back\\", name},
			Citations: []int{0},
			Fidelity:  &doc.Fidelity{Verdict: doc.VerdictAltered, Source: "src/<x>.txt", EditRatio: 0.25},
		}},
		Citations: []doc.Citation{{Span: at("[1]"), Marker: "1", Kind: doc.CiteNote, Status: doc.CiteResolved,
			Target: -1, URL: "javascript:alert(1)", Repeat: -1}},
		Sources: []doc.Source{{Name: name, Type: doc.SourcePerson, Mentions: []doc.Span{at(name)}},
			{Name: "\"Back\\slash\"", Type: doc.SourceWork, Mentions: []doc.Span{at("\"Back\\slash\"")}}},
		Claims: []doc.Claim{{Span: at("Then [1] \"Back\\slash\" spoke."), Type: doc.ClaimFactual, CheckWorthy: 0.5,
			Reasons: []string{"<b>bold</b>"}, Hedges: []doc.Cue{{Span: at("Then"), Strength: doc.StrengthWeak}}, Citations: []int{0}}},
		Findings: []doc.Finding{{Code: doc.FindQuoteAltered, Span: q, Message: "<img src=x onerror=alert(1)>",
			Evidence: []string{"javascript:alert(1)", "https://example.org/\"q\"", "plain\nwords"}}},
		Resources: []doc.Resource{{Name: "quote/cues.txt", Digest: "sha256:00"}, {Name: "sources:<dir>", Digest: "md5:\"x\""}},
	}
}

func TestFormatsHostile(t *testing.T) {
	d := hostileDoc()
	info := render.RunInfo{Version: "v\"1\\", Stages: []string{"segment", "quote", "fidelity\n"}}

	var ld bytes.Buffer
	if err := render.JSONLD(&ld, d, info); err != nil {
		t.Fatal(err)
	}
	validate(t, compileSchema(t, "testdata/webannotation.schema.json"), ld.Bytes())
	c := checkAnchors(t, d.Text, ld.Bytes())
	if bytes.Contains(ld.Bytes(), []byte(`"source":"javascript:`)) {
		t.Errorf("a javascript: address became a link:\n%s", ld.String())
	}
	if src := c.First.Items[0].Target.Source; !strings.HasPrefix(src, "urn:sha256:") {
		t.Errorf("target source %q; a javascript: canonical URL must not be used", src)
	}

	var prov bytes.Buffer
	if err := render.PROV(&prov, d, info); err != nil {
		t.Fatal(err)
	}
	validate(t, compileSchema(t, "testdata/prov.schema.json"), prov.Bytes())
	provConvert(t, prov.Bytes())
	p := decodePROV(t, prov.Bytes())
	if _, ok := p["entity"]["run:q1-verdict"]; !ok {
		t.Errorf("no verdict entity for the quotation with a fidelity")
	}

	var dot bytes.Buffer
	if err := render.DOT(&dot, d); err != nil {
		t.Fatal(err)
	}
	out := dot.String()
	for _, bad := range []string{"\u202E", "\u202C", "\nbreak"} {
		if strings.Contains(out, bad) {
			t.Errorf("DOT output contains %q:\n%s", bad, out)
		}
	}
	if !strings.Contains(out, `"O\"Brien\\ <script>alert(1)</script>"`) || !strings.Contains(out, `"back\\"`) {
		t.Errorf("names not escaped as expected:\n%s", out)
	}
	if svg := runDot(t, out); svg != nil && bytes.Contains(svg, []byte("<script")) {
		t.Errorf("SVG from the graph contains a live <script>:\n%s", svg)
	}
}

// FuzzFormats runs the pipeline and the three formats over any input:
// the JSON outputs parse and every annotation anchors where it says; the
// graph is well formed.
func FuzzFormats(f *testing.F) {
	files, _ := filepath.Glob("../../examples/*")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("“A ‘b’ c,” he said \u202E[1].\n\n“D"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := loadForFuzz(raw)
		if err != nil {
			return
		}
		var ld, prov, dot bytes.Buffer
		if err := render.JSONLD(&ld, d, testInfo); err != nil {
			t.Fatal(err)
		}
		checkAnchors(t, d.Text, ld.Bytes())
		if err := render.PROV(&prov, d, testInfo); err != nil {
			t.Fatal(err)
		}
		decodePROV(t, prov.Bytes())
		if err := render.DOT(&dot, d); err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(dot.String(), "}\n") || strings.ContainsAny(dot.String(), "\u202E\x00") {
			t.Errorf("bad graph:\n%s", dot.String())
		}
	})
}
