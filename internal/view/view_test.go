package view

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/hearsay-project/hearsay"
	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

func TestInline(t *testing.T) {
	mk := func(s, e int, name string) *mark {
		return &mark{Span: doc.Span{Start: s, End: e}, open: "<" + name + " id>", reopen: "<" + name + ">", close: "</" + name + ">"}
	}
	tests := []struct {
		name  string
		text  string
		para  doc.Span
		marks []*mark
		want  string
	}{
		{"none", "a<b>&c", doc.Span{Start: 0, End: 6}, nil, "a&lt;b&gt;&amp;c"},
		{"nested", "abcdef", doc.Span{Start: 0, End: 6}, []*mark{mk(0, 6, "x"), mk(2, 4, "y")}, "<x id>ab<y id>cd</y>ef</x>"},
		{"same span, outer first", "abc", doc.Span{Start: 0, End: 3}, []*mark{mk(0, 3, "x"), mk(0, 3, "y")}, "<x id><y id>abc</y></x>"},
		{"crossing", "abcdef", doc.Span{Start: 0, End: 6}, []*mark{mk(0, 4, "x"), mk(2, 6, "y")}, "<x id>ab<y id>cd</y></x><y>ef</y>"},
		{"clipped at paragraph start", "abcdef", doc.Span{Start: 3, End: 6}, []*mark{mk(0, 5, "x")}, "<x>de</x>f"},
		{"clipped at paragraph end", "abcdef", doc.Span{Start: 0, End: 3}, []*mark{mk(1, 5, "x")}, "a<x id>bc</x>"},
		{"outside", "abcdef", doc.Span{Start: 0, End: 3}, []*mark{mk(4, 5, "x")}, "abc"},
		{"adjacent", "abcd", doc.Span{Start: 0, End: 4}, []*mark{mk(0, 2, "x"), mk(2, 4, "y")}, "<x id>ab</x><y id>cd</y>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			w := bufio.NewWriter(&b)
			inline(w, tc.text, tc.para, tc.marks)
			w.Flush()
			if got := b.String(); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestSafeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.org/a?b=1", "https://example.org/a?b=1"},
		{"HTTP://example.org/", "http://example.org/"},
		{"javascript:alert(1)", ""},
		{" JaVaScRiPt:alert(1)", ""},
		{"java\tscript:alert(1)", ""},
		{"data:text/html,<script>alert(1)</script>", ""},
		{"vbscript:msgbox", ""},
		{"//evil.example/x", ""},
		{"/relative/path", ""},
		{"#note-1", ""},
		{"mailto:a@example.org", ""},
		{"https://", ""},
	}
	for _, tc := range tests {
		if got := SafeURL(tc.in); got != tc.want {
			t.Errorf("SafeURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// hostileText holds the payloads an article might carry, as text.
const hostileText = `A Page About <script>alert("t1")</script> Attacks

The mayor said "<img src=x onerror=alert('t2')>" on Monday.[1] Click <a href="javascript:alert('t3')">here</a>
or [this](javascript:alert('t4')) and <svg onload=alert('t5')></svg>. She added: "</span></p><script>alert('t6')</script>"

"It is <iframe src=https://evil.example/></iframe> fine," said <b onmouseover=alert('t7')>Bob</b>.
`

// hostileHTML carries them as markup.
const hostileHTML = `<!DOCTYPE html><html><head><title>x</title><script>alert('h1')</script></head><body><article>
<h1 onclick="alert('h2')">A <script>alert('h3')</script>Page About the Harbour Vote</h1>
<p>The mayor said &ldquo;<img src=x onerror="alert('h4')">it is fine&rdquo; on Monday, after the council met for the
third time this month to argue about the harbour wall and what it would cost to mend it.<sup><a href="javascript:alert('h5')">1</a></sup>
See <a href="javascript:alert('h6')">this report</a>, <a href=" javascript:alert('h7')">that letter</a>,
<a href="data:text/html,&lt;script&gt;alert('h8')&lt;/script&gt;">the data</a> and <a href="https://ok.example/story">a real page</a>
for the figures the council gave, which were disputed by the harbour users' association.</p>
<blockquote><p>&ldquo;We <svg onload="alert('h9')"></svg>never said that the wall was safe, and we never will,&rdquo; said Ann Lee,
who speaks for the association and has fished from the harbour for thirty years.</p></blockquote>
<p>The vote is expected next week. <iframe src="https://evil.example/"></iframe><object data="x.swf"></object><style>body{display:none}</style>
Councillors on both sides said they would not be hurried, and that the town deserved a proper answer.</p>
</article></body></html>`

// checkInert parses page and fails the test if anything in it could run
// or load: a script other than the view's own, an event attribute, a link
// other than http(s), an element that embeds or loads.
func checkInert(t *testing.T, page []byte) {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	scripts := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script":
				scripts++
				if n.FirstChild == nil || n.FirstChild.Data != script {
					t.Errorf("a script that is not the view's own: %q", textOf(n))
				}
			case "iframe", "object", "embed", "img", "frame", "link", "base", "form", "input", "svg", "math", "audio", "video", "source":
				if n.Data != "svg" || !hasClassAncestor(n, "graph") {
					t.Errorf("element <%s> in the page", n.Data)
				}
			}
			for _, a := range n.Attr {
				k := strings.ToLower(a.Key)
				if strings.HasPrefix(k, "on") || k == "style" || k == "srcdoc" || k == "formaction" {
					t.Errorf("<%s %s=%q>", n.Data, a.Key, a.Val)
				}
				if (k == "href" || k == "src" || k == "action" || k == "xlink:href") && SafeURL(a.Val) == "" {
					t.Errorf("<%s %s=%q>: not an http(s) address", n.Data, a.Key, a.Val)
				}
				if k == "href" && n.Data == "a" {
					if rel, _ := attr(n, "rel"); rel != "noopener noreferrer nofollow" {
						t.Errorf("link %q has rel=%q", a.Val, rel)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if scripts != 1 {
		t.Errorf("%d script elements, want the view's one", scripts)
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClassAncestor(n *html.Node, class string) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if c, _ := attr(p, "class"); c == class {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(c.Data)
	}
	return b.String()
}

func render(t testing.TB, raw string, format doc.Format) (*doc.Document, []byte) {
	t.Helper()
	d, err := hearsay.AnalyzeBytes(context.Background(), []byte(raw), hearsay.Options{Format: format})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := HTML(&b, d, Options{}); err != nil {
		t.Fatal(err)
	}
	return d, b.Bytes()
}

func TestHostileArticle(t *testing.T) {
	for _, tc := range []struct {
		name   string
		raw    string
		format doc.Format
	}{
		{"text", hostileText, doc.FormatText},
		{"markdown", hostileText, doc.FormatMarkdown},
		{"html", hostileHTML, doc.FormatHTML},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, page := render(t, tc.raw, tc.format)
			checkInert(t, page)
			if tc.format == doc.FormatText && !bytes.Contains(page, []byte("&lt;script&gt;alert(&#34;t1&#34;)&lt;/script&gt;")) {
				t.Errorf("the article's <script> text is not shown escaped")
			}
			if tc.format == doc.FormatHTML && !bytes.Contains(page, []byte(`<a href="https://ok.example/story" rel="noopener noreferrer nofollow"`)) {
				t.Errorf("the article's https link is lost")
			}
			if len(d.Quotes) == 0 {
				t.Errorf("no quotations found; the test does not exercise quotation marks")
			}
		})
	}
}

// TestEssay renders the development essay: every quotation, citation and
// finding is in the text with its id, every speaker in the panel, and the
// chains are drawn.
func TestEssay(t *testing.T) {
	raw, err := os.ReadFile(testutil.SharedData(t, "seed", "khrushchev-essay.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d, page := render(t, string(raw), "")
	checkInert(t, page)
	s := string(page)
	for i := range d.Quotes {
		if !strings.Contains(s, ` id="`+quoteKey(i)+`"`) {
			t.Errorf("quotation %s is not in the page", quoteKey(i))
		}
	}
	for _, name := range []string{"William Taubman", "L.M. Kaganovich", "Stalin", "H. G. Wells"} {
		if !strings.Contains(s, `aria-hidden="true"></span>`+name+` <span class="count">`) {
			t.Errorf("speaker %s is not in the panel", name)
		}
	}
	for _, want := range []string{`id="c1" class="cite unresolved"`, `<text x="80" y="19" text-anchor="middle">Quora</text>`, `unresolved-citation`} {
		if !strings.Contains(s, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if len(d.Findings) == 0 {
		t.Fatal("the essay has no findings")
	}
}

func quoteKey(i int) string { return "q" + strconv.Itoa(i+1) }

// TestClaims draws claims, hedges and boosters, which the claims stage
// sets: a hand-built Document stands in for it here.
func TestClaims(t *testing.T) {
	text := "Perhaps the bridge opened in 1932. It was clearly a grand success."
	d := &doc.Document{Text: text, Format: doc.FormatText,
		Paragraphs: []doc.Paragraph{{Span: doc.Span{Start: 0, End: len(text)}, Kind: doc.BlockParagraph}},
		Claims: []doc.Claim{
			{Span: doc.Span{Start: 0, End: 34}, Type: doc.ClaimFactual,
				Hedges: []doc.Cue{{Span: doc.Span{Start: 0, End: 7}, Scope: doc.Span{Start: 8, End: 34}, Strength: doc.StrengthWeak}}},
			{Span: doc.Span{Start: 35, End: len(text)}, Type: doc.ClaimEvaluative, Citations: []int{0},
				Boosters: []doc.Cue{{Span: doc.Span{Start: 42, End: 49}, Strength: doc.StrengthModerate}}},
		},
	}
	var b bytes.Buffer
	if err := HTML(&b, d, Options{}); err != nil {
		t.Fatal(err)
	}
	want := `<p id="p1" class="b-paragraph"><span id="cl1" class="claim t-factual" data-key="cl1" title="factual claim, nothing in the article backs it">` +
		`<span class="hedge s-weak" title="weak hedge">Perhaps</span> the bridge opened in 1932.</span> ` +
		`<span id="cl2" class="claim t-evaluative" data-key="cl2" title="evaluative claim">It was <span class="booster s-moderate" title="moderate booster">clearly</span> a grand success.</span></p>`
	if !bytes.Contains(b.Bytes(), []byte(want)) {
		t.Errorf("claims not drawn as expected; want\n%s\nin\n%s", want, b.String())
	}
	if !bytes.Contains(b.Bytes(), []byte(`<button type="button" data-key="cl1"><span class="claim t-factual">factual</span> Perhaps the bridge opened in 1932. <span class="meta">hedged</span> <span class="meta">unsupported</span></button>`)) {
		t.Errorf("claims panel not as expected:\n%s", b.String())
	}
}

func TestChainGraph(t *testing.T) {
	text := `"One," said Ann. "Two," said Bob.`
	d := &doc.Document{Text: text, Quotes: []doc.Quote{
		{Span: doc.Span{Start: 0, End: 6}, Parent: -1, Chain: []string{"Wire", "Ann"}},
		{Span: doc.Span{Start: 17, End: 23}, Parent: -1, Chain: []string{"Wire", "Paper <b>", "Bob"}},
	}}
	svg := chainSVG(d, []int{0, 1})
	if n := strings.Count(svg, "<rect "); n != 4 {
		t.Errorf("%d boxes, want 4 (Wire shared)", n)
	}
	if n := strings.Count(svg, `<line class="edge"`); n != 3 {
		t.Errorf("%d arrows, want 3", n)
	}
	if !strings.Contains(svg, ">Paper &lt;b&gt;</text>") {
		t.Errorf("names are not escaped:\n%s", svg)
	}
}

// FuzzHTML renders whatever the analysis makes of arbitrary input and
// checks that the page is inert and well formed.
func FuzzHTML(f *testing.F) {
	f.Add(hostileText, "text")
	f.Add(hostileHTML, "html")
	f.Add("# T\n\n> \"a ‘b’ c\" [^1]\n\n[^1]: <script>x</script>", "markdown")
	f.Fuzz(func(t *testing.T, raw, format string) {
		switch format {
		case "text", "markdown", "html":
		default:
			format = ""
		}
		d, err := hearsay.AnalyzeBytes(context.Background(), []byte(raw), hearsay.Options{Format: doc.Format(format)})
		if err != nil {
			return
		}
		var b bytes.Buffer
		if err := HTML(&b, d, Options{}); err != nil {
			t.Fatal(err)
		}
		checkInert(t, b.Bytes())
	})
}
