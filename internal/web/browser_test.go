package web

// Browser tests: the reading view in a real headless Chromium, driven
// with chromedp. They skip when no Chromium is installed (.ci/run
// installs Debian's chromium). Screenshots go to $HEARSAY_ARTIFACTS when
// it is set, else to the test's temporary folder, and are logged.

import (
	"bytes"
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/hearsay-project/hearsay"
	"github.com/hearsay-project/hearsay/internal/testutil"
	"github.com/hearsay-project/hearsay/internal/testutil/headless"
	"github.com/hearsay-project/hearsay/internal/view"
)

// browser starts a fresh headless Chromium and returns its context and
// a counter of the JavaScript dialogs (alert, confirm, prompt) any page
// opened; each is dismissed.
func browser(t *testing.T) (context.Context, *atomic.Int32) {
	t.Helper()
	ctx := headless.Browser(t, 1300, 1000)
	var dialogs atomic.Int32
	events := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range events {
			if err != nil {
				return
			}
			dialogs.Add(1)
			t.Logf("dialog opened: %s %q", ev.Type, ev.Message)
			chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return ctx, &dialogs
}

// submit opens the form page, fills it in and shows the reading view.
func submit(ctx context.Context, base, text, format string) error {
	return chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.ID("text")),
		chromedp.SetValue(chromedp.ID("text"), text),
		chromedp.SetValue(chromedp.ID("format"), format),
		chromedp.Click(chromedp.CSS(`button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.ID("panel")),
	)
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		loc, _ := chromedp.Run(ctx, chromedp.Location())
		html, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.outerHTML.slice(0, 3000)`))
		t.Fatalf("%s: %v (page %s: %s)", expr, err, loc, html)
	}
	return v
}

func TestBrowserEssay(t *testing.T) {
	raw, err := os.ReadFile(testutil.SharedData(t, "seed", "khrushchev-essay.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, dialogs := browser(t)
	srv := httptest.NewServer(New(Config{}))
	defer srv.Close()
	if err := submit(ctx, srv.URL, string(raw), "auto"); err != nil {
		t.Fatal(err)
	}

	// The essay's quotations and findings are drawn.
	quotes := eval[int](t, ctx, `document.querySelectorAll("#article .q[id]").length`)
	findings := eval[int](t, ctx, `document.querySelectorAll("#findings li").length`)
	marked := eval[int](t, ctx, `document.querySelectorAll("#article .finding").length`)
	unresolved := eval[int](t, ctx, `document.querySelectorAll("#article .cite.unresolved[id]").length`)
	speakers := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("#speakers button")).map(b => b.textContent)`)
	// The inline style and script are allowed by the policy's hashes: a
	// direct quotation is underlined solid (an indirect one dashed), and
	// (below) the buttons work.
	if style := eval[string](t, ctx, `getComputedStyle(document.querySelector("#article .q.k-direct")).borderBottomStyle`); style != "solid" {
		t.Errorf("quotations are not styled (border-bottom-style %q): the style's hash does not match the policy", style)
	}
	if quotes < 15 || findings < 7 || marked < 7 || unresolved != 7 {
		t.Errorf("%d quotations, %d findings listed, %d marked, %d unresolved markers; want ≥15, ≥7, ≥7, 7", quotes, findings, marked, unresolved)
	}
	var kaganovich string
	for i, s := range speakers {
		if strings.HasPrefix(s, "L.M. Kaganovich") {
			kaganovich = fmt.Sprintf("sp%d", i+1)
		}
	}
	if kaganovich == "" {
		t.Fatalf("no L.M. Kaganovich among the speakers %q", speakers)
	}

	// Clicking a speaker highlights that speaker's quotations, and only those.
	sel := `#speakers button[data-speaker="` + kaganovich + `"]`
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel))); err != nil {
		t.Fatal(err)
	}
	want := eval[int](t, ctx, `document.querySelectorAll('#article .q[data-speaker="`+kaganovich+`"]').length`)
	hl := eval[int](t, ctx, `document.querySelectorAll('#article .hl').length`)
	other := eval[int](t, ctx, `document.querySelectorAll('#article .hl:not([data-speaker="`+kaganovich+`"])').length`)
	pressed := eval[string](t, ctx, `document.querySelector('`+sel+`').getAttribute("aria-pressed")`)
	if want < 2 || hl != want || other != 0 || pressed != "true" {
		t.Errorf("after clicking Kaganovich: %d highlighted of his %d quotation pieces, %d others, aria-pressed=%q", hl, want, other, pressed)
	}
	headless.Screenshot(t, ctx, "essay-speaker")

	// The keyboard does the same: focus a finding's button and press Enter.
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(`#findings button`)), chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	focused := eval[string](t, ctx, `document.activeElement.getAttribute("data-key")`)
	findingHL := eval[int](t, ctx, `document.querySelectorAll('#article .hl.finding').length`)
	if focused != "f1" || findingHL != 1 {
		t.Errorf("Enter on the first finding: focus on %q, %d findings highlighted", focused, findingHL)
	}
	if n := dialogs.Load(); n != 0 {
		t.Errorf("%d dialogs opened", n)
	}
}

// hostile payloads: each would set window.pwned or open a dialog if it ran.
const hostileText = `Payloads <script>window.pwned=1;alert("t1")</script> in Text

The mayor said "<img src=x onerror=window.pwned=2;alert('t2')>" on Monday.[1] Click <a href="javascript:alert('t3')">here</a>
or [this](javascript:window.pwned=4) and <svg onload=window.pwned=5></svg>. She added: "</span></p><script>window.pwned=6</script>"
`

const hostileHTML = `<!DOCTYPE html><html><head><title>Payloads</title><script>window.pwned=1</script></head><body><article>
<h1 onclick="window.pwned=2">Payloads <script>window.pwned=3</script>in Markup</h1>
<p>The mayor said &ldquo;<img src=x onerror="window.pwned=4;alert('h4')">it is fine&rdquo; on Monday, after the council met for the
third time this month to argue about the harbour wall and what it would cost to mend it.<sup><a href="javascript:alert('h5')">1</a></sup>
See <a id="js" href="javascript:window.pwned=6">this report</a>, <a href=" javascript:alert('h7')">that letter</a>
and <a href="https://ok.example/story">a real page</a> for the figures the council gave, which the harbour users disputed.</p>
<blockquote><p>&ldquo;We <svg onload="window.pwned=9"></svg>never said that the wall was safe, and we never will,&rdquo; said Ann Lee,
who speaks for the association and has fished from the harbour for thirty years.</p></blockquote>
<p>The vote is expected next week. <iframe src="https://evil.example/"></iframe><object data="x.swf"></object>
Councillors on both sides said they would not be hurried, and that the town deserved a proper answer.</p>
</article></body></html>`

// checkInert fails the test if anything from the article could run in
// the page now shown: a script other than the view's own, an event
// attribute, a javascript: link, an element that embeds; or if a payload
// did run. Then it clicks every link and every button, and checks again.
func checkInert(t *testing.T, ctx context.Context, dialogs *atomic.Int32, where string) {
	t.Helper()
	var text string
	check := func() {
		scripts := eval[int](t, ctx, `document.querySelectorAll("script").length`)
		events := eval[int](t, ctx, `Array.from(document.querySelectorAll("*")).filter(e => Array.from(e.attributes).some(a => a.name.startsWith("on"))).length`)
		embeds := eval[int](t, ctx, `document.querySelectorAll("#article img, #article iframe, #article object, #article embed, #article svg, #article script").length`)
		jsLinks := eval[int](t, ctx, `Array.from(document.querySelectorAll("a[href]")).filter(a => !/^https?:/.test(a.href)).length`)
		pwned := eval[bool](t, ctx, `window.pwned !== undefined`)
		text = eval[string](t, ctx, `document.getElementById("article").textContent`)
		if scripts != 1 || events != 0 || embeds != 0 || jsLinks != 0 || pwned {
			t.Errorf("%s: %d scripts (want 1), %d elements with event attributes, %d embedded elements, %d non-http links, payload ran: %v",
				where, scripts, events, embeds, jsLinks, pwned)
		}
	}
	check()
	if len(strings.TrimSpace(text)) < 40 {
		t.Errorf("%s: the article is not shown: %q", where, text)
	}
	// Click whatever could be clicked in the article and the panel.
	eval[bool](t, ctx, `(() => {
		for (const e of document.querySelectorAll("#article *, #panel button")) {
			if (!e.closest("a")) e.click(); // following a real link would leave the page
			e.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
		}
		return true;
	})()`)
	time.Sleep(200 * time.Millisecond)
	check()
	if n := dialogs.Load(); n != 0 {
		t.Errorf("%s: %d dialogs opened", where, n)
	}
}

func TestBrowserHostile(t *testing.T) {
	ctx, dialogs := browser(t)
	srv := httptest.NewServer(New(Config{}))
	defer srv.Close()

	// Through hearsay serve's form.
	for _, tc := range []struct{ name, text, format string }{
		{"serve-html", hostileHTML, "html"},
		{"serve-markdown", hostileText, "markdown"},
		{"serve-text", hostileText, "text"},
	} {
		if err := submit(ctx, srv.URL, tc.text, tc.format); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		checkInert(t, ctx, dialogs, tc.name)
		if tc.name == "serve-text" {
			text := eval[string](t, ctx, `document.getElementById("article").textContent`)
			if !strings.Contains(text, `<script>window.pwned=1;alert("t1")</script>`) {
				t.Errorf("the article's <script> is not shown as text: %q", text)
			}
			headless.Screenshot(t, ctx, "hostile-serve")
		}
	}

	// As the file --format html writes, opened from disk.
	for _, tc := range []struct {
		name, text string
		format     hearsay.Format
	}{
		{"file-text", hostileText, hearsay.FormatText},
		{"file-html", hostileHTML, hearsay.FormatHTML},
	} {
		d, err := hearsay.AnalyzeBytes(context.Background(), []byte(tc.text), hearsay.Options{Format: tc.format})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := view.HTML(&b, d, view.Options{}); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(t.TempDir(), tc.name+".html")
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.Navigate("file://"+p), chromedp.WaitVisible(chromedp.ID("panel"))); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		checkInert(t, ctx, dialogs, tc.name)
	}
}
