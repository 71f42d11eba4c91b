package html_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/source/html"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

func load(t testing.TB, src string) *doc.Document {
	t.Helper()
	d := &doc.Document{Raw: []byte(src)}
	if err := html.Load(d, d.Raw); err != nil {
		t.Fatalf("Load: %v", err)
	}
	testutil.CheckSpans(t, d)
	return d
}

// paraString renders a paragraph as `kind[start,end] "text"`.
func paraString(d *doc.Document, p doc.Paragraph) string {
	s := fmt.Sprintf("%s[%d,%d] %q", p.Kind, p.Start, p.End, d.Slice(p.Span))
	if p.Quote > 0 {
		s += fmt.Sprintf(" quote=%d", p.Quote)
	}
	return s
}

// elemString renders an element as `kind[start,end] "text" key=val…`.
func elemString(d *doc.Document, e doc.Element) string {
	s := fmt.Sprintf("%s[%d,%d] %q", e.Kind, e.Start, e.End, d.Slice(e.Span))
	if e.Level > 0 {
		s += fmt.Sprintf(" level=%d", e.Level)
	}
	for _, a := range e.Attrs {
		s += fmt.Sprintf(" %s=%s", a.Key, a.Val)
	}
	return s
}

func TestLoadFragments(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		paras []string
		elems []string // all elements, in order
	}{{
		name:  "q",
		src:   "<p>Hi <q>there</q></p>",
		paras: []string{`paragraph[0,8] "Hi there"`},
		elems: []string{`paragraph[0,8] "Hi there"`, `q[3,8] "there"`},
	}, {
		name:  "entities",
		src:   "<p>Fish &amp; chips, &#8220;hot&#8221; &lt;now&gt;&nbsp;&eacute;</p>",
		paras: []string{`paragraph[0,33] "Fish & chips, “hot” <now>\u00a0é"`},
		elems: []string{`paragraph[0,33] "Fish & chips, “hot” <now>\u00a0é"`},
	}, {
		name:  "white space collapses",
		src:   "<p>\n  one \t two\n\nthree <em> four </em> five<b></b> six  </p>",
		paras: []string{`paragraph[0,27] "one two three four five six"`},
		elems: []string{`paragraph[0,27] "one two three four five six"`, `emphasis[14,18] "four"`, `strong[23,23] ""`},
	}, {
		// The parser sorts the attributes of formatting elements such as <a>.
		name: "inline structure",
		src: `<p>As <cite>The Times</cite> put it, <q cite="https://example.com/t">cheap <i>and</i> cheerful</q>` +
			`<sup>1</sup>, see <a href="https://example.com/a" class="x" data-n="7">this</a> and H<sub>2</sub>O, ` +
			`<abbr title="for example">e.g.</abbr> <time datetime="2020-01-02">today</time>, <code>x := 1</code>.</p>`,
		paras: []string{`paragraph[0,79] "As The Times put it, cheap and cheerful1, see this and H2O, e.g. today, x := 1."`},
		elems: []string{
			`paragraph[0,79] "As The Times put it, cheap and cheerful1, see this and H2O, e.g. today, x := 1."`,
			`cite[3,12] "The Times"`,
			`q[21,39] "cheap and cheerful" cite=https://example.com/t`,
			`emphasis[27,30] "and"`,
			`sup[39,40] "1"`,
			`link[46,50] "this" class=x href=https://example.com/a`,
			`sub[56,57] "2"`,
			`abbr[60,64] "e.g." title=for example`,
			`time[65,70] "today" datetime=2020-01-02`,
			`code[72,78] "x := 1"`,
		},
	}, {
		name: "block quotations",
		src: `<p>Before.</p><blockquote cite="https://example.com/q"><p>First.</p>Loose text<blockquote><p>Nested.</p></blockquote>` +
			`<footer>— <cite>Someone</cite></footer></blockquote><p>After.</p>`,
		paras: []string{
			`paragraph[0,7] "Before."`,
			`blockquote[9,15] "First." quote=1`,
			`blockquote[17,27] "Loose text" quote=1`,
			`blockquote[29,36] "Nested." quote=2`,
			`blockquote[38,49] "— Someone" quote=1`,
			`paragraph[51,57] "After."`,
		},
		elems: []string{
			`paragraph[0,7] "Before."`,
			`blockquote[9,49] "First.\n\nLoose text\n\nNested.\n\n— Someone" cite=https://example.com/q`,
			`paragraph[9,15] "First."`,
			`blockquote[29,36] "Nested."`,
			`paragraph[29,36] "Nested."`,
			`footer[38,49] "— Someone"`,
			`cite[42,49] "Someone"`,
			`paragraph[51,57] "After."`,
		},
	}, {
		name:  "line breaks",
		src:   "<p>one <br> two<br>\n three<br><br>four</p>",
		paras: []string{`paragraph[0,13] "one\ntwo\nthree"`, `paragraph[15,19] "four"`},
		elems: []string{`paragraph[0,19] "one\ntwo\nthree\n\nfour"`},
	}, {
		name:  "pre keeps white space",
		src:   "<p>Code:</p><pre>  if x {\n\treturn  &lt;y&gt;\n  }<br><br>z</pre>",
		paras: []string{`paragraph[0,5] "Code:"`, `code[7,33] "if x {\n\treturn  <y>\n  }\n\nz"`},
		elems: []string{`paragraph[0,5] "Code:"`, `code-block[7,33] "if x {\n\treturn  <y>\n  }\n\nz"`},
	}, {
		name: "dropped content",
		src: "<p>a<script>b()</script><style>c{}</style><noscript>d</noscript><template>e</template>" +
			"<svg><text>f</text></svg><iframe>g</iframe><span hidden>h</span><span style=\"display: none\">i</span>" +
			"<select><option>j</option></select><button>k</button>l</p>",
		paras: []string{`paragraph[0,2] "al"`},
		elems: []string{`paragraph[0,2] "al"`},
	}, {
		name: "headings and lists",
		src:  "<h1>Top</h1><h3 id=\"s\">Sub</h3><ul><li>one</li><li>two<ol><li>deep</li></ol></li></ul><dl><dt>term</dt><dd>def</dd></dl>",
		paras: []string{
			`heading[0,3] "Top"`, `heading[5,8] "Sub"`, `list-item[10,13] "one"`, `list-item[15,18] "two"`,
			`list-item[20,24] "deep"`, `list-item[26,30] "term"`, `list-item[32,35] "def"`,
		},
		elems: []string{
			`heading[0,3] "Top" level=1`, `heading[5,8] "Sub" level=3 id=s`,
			`list[10,24] "one\n\ntwo\n\ndeep" level=1`, `list-item[10,13] "one"`, `list-item[15,24] "two\n\ndeep"`,
			`list[20,24] "deep" level=2`, `list-item[20,24] "deep"`,
			`list[26,35] "term\n\ndef" level=1`, `list-item[26,30] "term"`, `list-item[32,35] "def"`,
		},
	}, {
		name:  "tables and figures",
		src:   "<table><caption>Cap</caption><tr><th>h</th><td>d</td></tr></table><figure><img src=x><figcaption>Fig</figcaption></figure>",
		paras: []string{`caption[0,3] "Cap"`, `table-cell[5,6] "h"`, `table-cell[8,9] "d"`, `caption[11,14] "Fig"`},
		elems: []string{
			`table[0,9] "Cap\n\nh\n\nd"`, `caption[0,3] "Cap"`,
			`figure[11,14] "Fig"`, `caption[11,14] "Fig"`,
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := load(t, tt.src)
			checkVerbatim(t, d)
			var paras, elems []string
			for _, p := range d.Paragraphs {
				paras = append(paras, paraString(d, p))
			}
			for _, e := range d.Elements {
				elems = append(elems, elemString(d, e))
			}
			if got, want := strings.Join(paras, "\n"), strings.Join(tt.paras, "\n"); got != want {
				t.Errorf("paragraphs:\n%s\nwant:\n%s", got, want)
			}
			if got, want := strings.Join(elems, "\n"), strings.Join(tt.elems, "\n"); got != want {
				t.Errorf("elements:\n%s\nwant:\n%s", got, want)
			}
			if len(d.Diagnostics) > 0 {
				t.Errorf("diagnostics: %v", d.Diagnostics)
			}
		})
	}
}

// TestRawOffsets checks that spans of the text map back to the bytes of
// the input they came from.
func TestRawOffsets(t *testing.T) {
	tests := []struct {
		src  string
		text string // a piece of d.Text, found with strings.Index
		raw  string // the raw bytes it must map to
	}{
		{"<p>Fish &amp; chips</p>", "Fish", "Fish"},
		{"<p>Fish &amp; chips</p>", "&", "&amp;"},
		{"<p>Fish &amp; chips</p>", "Fish & chips", "Fish &amp; chips"},
		{"<p>said &#8220;no&#8221; twice</p>", "“no”", "&#8220;no&#8221;"},
		{"<p>said &#8220;no&#8221; twice</p>", "o", "o"},
		{"<p>legacy &ampx and &notit;</p>", "&x", "&ampx"},
		{"<p>legacy &ampx and &notit;</p>", "¬it;", "&notit;"},
		{"<p>one\r\n  two</p>", "one two", "one\r\n  two"},
		{"<p>a <em>b</em>  <!-- c -->  d</p>", "b d", "b</em>  <!-- c -->  d"},
		{"<p>one</p>\n<p>two</p>", "two", "two"},
		{"<div><span>x</span> <span>y</span></div>", "x y", "x</span> <span>y"},
		{"<p>in <q>quotes</q></p>", "quotes", "quotes"},
		{"<p>caf\u00e9 \u2014 na\u00efve</p>", "na\u00efve", "na\u00efve"},
	}
	for _, tt := range tests {
		d := load(t, tt.src)
		checkVerbatim(t, d)
		i := strings.Index(d.Text, tt.text)
		if i < 0 {
			t.Errorf("%q: text %q lacks %q", tt.src, d.Text, tt.text)
			continue
		}
		r := d.RawSpan(doc.Span{Start: i, End: i + len(tt.text)})
		if got := tt.src[r.Start:r.End]; got != tt.raw {
			t.Errorf("%q: %q maps to %v %q, want %q", tt.src, tt.text, r, got, tt.raw)
		}
	}
}

func TestBaseKept(t *testing.T) {
	base := &doc.OffsetMap{}
	base.Add(0, 1, 0, 2)
	d := &doc.Document{Offsets: doc.OffsetMap{Base: base}}
	if err := html.Load(d, []byte("<p>x</p>")); err != nil {
		t.Fatal(err)
	}
	if d.Offsets.Base != base {
		t.Error("Load dropped Offsets.Base")
	}
}

// TestFootnoteMarkup checks each footnote convention on a small example.
func TestFootnoteMarkup(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		refs  []string // each ElemFootnoteRef
		notes []string // each ElemFootnote
		lists int
	}{{
		name: "wikipedia",
		src: `<p>Harbours silt up.<sup id="cite_ref-a_1-0" class="reference"><a href="#cite_note-a-1">[1]</a></sup>` +
			`<sup class="noprint Inline-Template"><a href="/wiki/Help:Citation_needed">citation needed</a></sup></p>` +
			`<div class="reflist"><ol class="references"><li id="cite_note-a-1"><span class="mw-cite-backlink">` +
			`<a href="#cite_ref-a_1-0">^</a></span> <span class="reference-text">Port survey, 1921.</span></li></ol></div>`,
		refs:  []string{`footnote-ref[17,20] "[1]" href=#cite_note-a-1 label=1`},
		notes: []string{`footnote[37,55] "Port survey, 1921." id=cite_note-a-1`},
		lists: 1,
	}, {
		name: "wikipedia absolute",
		src: `<p>Loops repeat.<sup class="reference"><a href="https://en.wikipedia.org/wiki/X#cite_note-2">[2]</a></sup></p>` +
			`<ol class="references"><li id="cite_note-2">A film guide.</li></ol>`,
		refs:  []string{`footnote-ref[13,16] "[2]" href=https://en.wikipedia.org/wiki/X#cite_note-2 label=2`},
		notes: []string{`footnote[18,31] "A film guide." id=cite_note-2`},
		lists: 1,
	}, {
		name: "pandoc",
		src: `<p>Tides turn.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p>` +
			`<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr /><ol>` +
			`<li id="fn1"><p>Twice a day.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>`,
		refs:  []string{`footnote-ref[11,12] "1" class=footnote-ref href=#fn1 id=fnref1 role=doc-noteref label=1`},
		notes: []string{`footnote[14,26] "Twice a day." id=fn1`},
		lists: 1,
	}, {
		name: "goldmark",
		src: `<p>Gulls nest.<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup></p>` +
			`<div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1"><p>On ledges.&#160;` +
			`<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li></ol></div>`,
		refs:  []string{`footnote-ref[11,12] "1" class=footnote-ref href=#fn:1 role=doc-noteref label=1`},
		notes: []string{`footnote[14,26] "On ledges.\u00a0" id=fn:1`},
		lists: 1,
	}, {
		name: "cmark-gfm",
		src: `<p>Fog lifts.<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup></p>` +
			`<section class="footnotes" data-footnotes><ol><li id="fn-1"><p>By noon. <a href="#fnref-1" class="footnote-backref" data-footnote-backref>↩</a></p></li></ol></section>`,
		refs:  []string{`footnote-ref[10,11] "1" href=#fn-1 id=fnref-1 label=1`},
		notes: []string{`footnote[13,21] "By noon." id=fn-1`},
		lists: 1,
	}, {
		name: "dpub-aria",
		src: `<p>Ships pass.<a role="doc-noteref" href="#n1">*</a></p>` +
			`<aside role="doc-footnote" id="n1">Mostly trawlers.</aside>` +
			`<section role="doc-endnotes"><p role="doc-endnote" id="e1">An endnote.</p></section>`,
		refs:  []string{`footnote-ref[11,12] "*" href=#n1 role=doc-noteref label=*`},
		notes: []string{`footnote[14,30] "Mostly trawlers." role=doc-footnote id=n1`, `footnote[32,43] "An endnote." role=doc-endnote id=e1`},
		lists: 1,
	}, {
		name: "htmlbook",
		src: `<p>Lamps burn.<sup><a data-type="noteref" id="m1" href="#f1">1</a></sup></p>` +
			`<div class="footnotes" data-type="footnotes"><p data-type="footnote" id="f1"><sup><a href="#m1">1</a></sup>Paraffin.</p></div>`,
		refs:  []string{`footnote-ref[11,12] "1" data-type=noteref href=#f1 id=m1 label=1`},
		notes: []string{`footnote[14,24] "1Paraffin." data-type=footnote id=f1`},
		lists: 1,
	}, {
		name: "substack",
		src: `<p>Bells ring.<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a></p>` +
			`<div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a>` +
			`<div class="footnote-content"><p>In the chapel.</p></div></div>`,
		refs:  []string{`footnote-ref[11,12] "1" class=footnote-anchor href=#footnote-1 id=footnote-anchor-1 label=1`},
		notes: []string{`footnote[14,31] "1\n\nIn the chapel." class=footnote`},
		lists: 0,
	}, {
		name: "wordpress",
		src: `<p>Nets dry.<sup data-fn="a1" class="fn"><a href="#a1" id="a1-link">1</a></sup></p>` +
			`<ol class="wp-block-footnotes"><li id="a1">On the wall. <a href="#a1-link">↩︎</a></li></ol>`,
		refs:  []string{`footnote-ref[9,10] "1" href=#a1 id=a1-link label=1`},
		notes: []string{`footnote[12,24] "On the wall." id=a1`},
		lists: 1,
	}, {
		name:  "epub",
		src:   `<p>Oars creak.<a epub:type="noteref" href="#x">a</a></p><aside epub:type="footnote" id="x">Old ones.</aside>`,
		refs:  []string{`footnote-ref[11,12] "a" epub:type=noteref href=#x label=a`},
		notes: []string{`footnote[14,23] "Old ones." epub:type=footnote id=x`},
		lists: 0,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := load(t, tt.src)
			var refs, notes []string
			lists := 0
			for _, e := range d.Elements {
				switch e.Kind {
				case doc.ElemFootnoteRef:
					refs = append(refs, elemString(d, e))
				case doc.ElemFootnote:
					notes = append(notes, elemString(d, e))
				case doc.ElemFootnotes:
					lists++
				}
			}
			if got, want := strings.Join(refs, "\n"), strings.Join(tt.refs, "\n"); got != want {
				t.Errorf("refs:\n%s\nwant:\n%s", got, want)
			}
			if got, want := strings.Join(notes, "\n"), strings.Join(tt.notes, "\n"); got != want {
				t.Errorf("notes:\n%s\nwant:\n%s", got, want)
			}
			if lists != tt.lists {
				t.Errorf("%d lists of notes, want %d", lists, tt.lists)
			}
			for _, p := range d.Paragraphs[1:] {
				if p.Kind != doc.BlockFootnote {
					t.Errorf("paragraph %s is not a footnote", paraString(d, p))
				}
			}
		})
	}
}

func TestCleanByline(t *testing.T) {
	for in, want := range map[string]string{
		"By Jane Doe":            "Jane Doe",
		"  by:  Jane   Doe | ":   "Jane Doe",
		"BY JOHN SMITH —":        "JOHN SMITH",
		"Byron Smith":            "Byron Smith",
		"— By Ann Lee, Reporter": "Ann Lee, Reporter",
		"":                       "",
		// Bylines that run on past the name.
		"By Kelli  Miller\n   WebMD Health News":  "Kelli Miller",
		"Written by Ann Lee\n  Edited by Bo Park": "Ann Lee",
		"By\n  Ann Lee":                                    "Ann Lee",
		"Ann Lee (https://example.org/ann/)":               "Ann Lee",
		"Ann Lee (Reuters)":                                "Ann Lee (Reuters)",
		"By Ann Lee\n  March 25, 2015":                     "Ann Lee",
		"Ann Lee March 25, 2015":                           "Ann Lee",
		"by Ann Lee22 Dec 2016651":                         "Ann Lee",
		"April 28, 2019 at 6:01 am Updated April 29, 2019": "",
		"Ann Lee and Bo Park":                              "Ann Lee and Bo Park",
		"May Lee":                                          "May Lee",
	} {
		if got := html.CleanByline(in); got != want {
			t.Errorf("CleanByline(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNoArticle(t *testing.T) {
	d := load(t, `<!DOCTYPE html><html><head><title>Pictures</title></head><body><img src="a.png"><img src="b.png"></body></html>`)
	if !hasDiag(d, doc.CodeNoArticle) {
		t.Errorf("no %s diagnostic: %v", doc.CodeNoArticle, d.Diagnostics)
	}
	if d.Meta.Title != "Pictures" {
		t.Errorf("title %q", d.Meta.Title)
	}
}

// TestTagMetadata checks the metadata read from tags when readability
// does not run: here, a page nested too deep to parse.
func TestTagMetadata(t *testing.T) {
	src := `<!DOCTYPE html><html lang="fr"><head><title>Site | Page</title>` +
		`<meta name="author" content="By Jo Bloggs |">` +
		`<meta property="og:title" content="The &amp; Title">` +
		`<meta name="description" content="What it is.">` +
		`<link rel="canonical" href="https://example.com/p">` +
		`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",` +
		`"datePublished":"2021-05-06","publisher":{"@type":"Organization","name":"Example News"}}</script>` +
		`</head><body>` + strings.Repeat("<div>", 600) + "<p>Deep text.</p>"
	d := load(t, src)
	if !hasDiag(d, doc.CodeTooDeep) {
		t.Fatalf("no %s diagnostic: %v", doc.CodeTooDeep, d.Diagnostics)
	}
	want := doc.Metadata{
		Title: "The & Title", Author: "Jo Bloggs", Date: "2021-05-06", SiteName: "Example News",
		Language: "fr", URL: "https://example.com/p", Description: "What it is.",
	}
	if d.Meta != want {
		t.Errorf("meta %+v\nwant %+v", d.Meta, want)
	}
	if d.Text != "Deep text." {
		t.Errorf("text %q", d.Text)
	}
}

// TestArticleGolden loads the team's example page and compares a dump
// of the result with testdata/html-loader/article.golden.
func TestArticleGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "testdata", "html-loader")
	src, err := os.ReadFile(filepath.Join(dir, "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{Raw: src}
	if err := html.Load(d, src); err != nil {
		t.Fatal(err)
	}
	testutil.CheckSpans(t, d)
	checkVerbatim(t, d)
	if ok, all := checkRawStarts(t, "article", d); ok != all {
		t.Errorf("%d of %d paragraphs map to their first word", ok, all)
	}
	testutil.Golden(t, filepath.Join(dir, "article.golden"), []byte(dump(d)))
}

func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"<p>Hi <q>there</q></p>",
		"<p>Fish &amp; chips &#8220;x&#8221; &ampx &notit; &#x110000;</p>",
		"<blockquote><p>a</p><footer><cite>b</cite></footer></blockquote>",
		"<p>a<sup><a href=\"#fn:1\">1</a></sup></p><div class=\"footnotes\"><ol><li id=\"fn:1\">n</li></ol></div>",
		"<pre> x\r\n\ty </pre><br><br>z",
		"<table>t<tr><td>c<p>p</table>",
		"<script>a</p>b</script><style>x</style>text",
		"<svg><style>x</style><text>y</text></svg>&lt;",
		"<b><i>bi</b>i</i>",
		"<!DOCTYPE html><html><head><title>T</title></head><body><p>x</p></body></html>",
		"<p>nul\x00 and \xff</p>",
		strings.Repeat("<div>", 600) + "x",
	} {
		f.Add([]byte(s))
	}
	if page, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "html-loader", "article.html")); err == nil {
		f.Add(page)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d := &doc.Document{Raw: src}
		if err := html.Load(d, src); err != nil {
			t.Fatalf("Load: %v", err)
		}
		testutil.CheckSpans(t, d)
		checkVerbatim(t, d)
		for i, p := range d.Paragraphs {
			if r := d.RawSpan(p.Span); r.Start < 0 || r.Start > r.End || r.End > len(src) {
				t.Errorf("paragraph %d: raw span %v outside %d bytes", i, r, len(src))
			}
		}
	})
}
