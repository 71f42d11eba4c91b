package corpusview

// A browser test: the corpus pages in a real headless Chromium, driven
// with chromedp, reached by mouse and by keyboard. It skips when no
// Chromium is installed, as internal/web's browser tests do.

import (
	"context"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/hearsay-project/hearsay/internal/testutil/headless"
	"github.com/hearsay-project/hearsay/internal/web"
)

func evalIn[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		loc, _ := chromedp.Run(ctx, chromedp.Location())
		t.Fatalf("%s: %v (page %s)", expr, err, loc)
	}
	return v
}

// TestBrowserSpeakers goes from the speakers list to a speaker's page by
// a click, and from there to a document's reading view by the keyboard,
// through the server as hearsay serve --corpus mounts it.
func TestBrowserSpeakers(t *testing.T) {
	hostile := map[string]string{}
	for k, v := range articles {
		hostile[k] = v
	}
	hostile["payload.txt"] = "Payloads\n\n\u201cThe tide tables <script>window.pwned=1</script> are wrong <img src=x onerror=window.pwned=2> again,\u201d said Tam Reyes.\n"
	s := newStore(t, hostile)
	srv := web.New(web.Config{})
	srv.Mount(Prefix, New(s, Config{}))
	ts := httptest.NewServer(srv)
	defer ts.Close()
	ctx := headless.Browser(t, 1200, 900)

	// From the form to the corpus, then to the speakers by the top bar.
	if err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.Click(chromedp.CSS(`form a[href="/corpus/"]`)),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/corpus/search"]`)),
		chromedp.Click(chromedp.CSS(`nav a[href="/corpus/speakers"]`)),
		chromedp.WaitVisible(chromedp.CSS("table")),
	); err != nil {
		t.Fatal(err)
	}
	// The inline style is allowed by the policy's hash.
	if w := evalIn[string](t, ctx, `getComputedStyle(document.querySelector("main")).maxWidth`); w != "832px" {
		t.Errorf("main max-width %q: the style did not apply", w)
	}
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`a[href="/corpus/speaker?name=Ada%20Lovelace"]`)),
		chromedp.WaitVisible(chromedp.CSS("section blockquote")),
	); err != nil {
		t.Fatal(err)
	}
	if h := evalIn[string](t, ctx, `document.querySelector("h1").textContent`); h != "Ada Lovelace" {
		t.Errorf("after the click the page is %q", h)
	}
	if q := evalIn[string](t, ctx, `document.querySelector("section blockquote").textContent`); q != "We will rebuild the pier before the summer season starts," {
		t.Errorf("quotation %q", q)
	}

	// Keyboard: focus the source document's link and press Enter.
	if err := chromedp.Do(ctx,
		chromedp.Focus(chromedp.CSS(`ul.sources a`)),
		chromedp.KeyEvent("\r"),
		chromedp.WaitVisible(chromedp.ID("panel")),
	); err != nil {
		t.Fatal(err)
	}
	speakers := evalIn[[]string](t, ctx, `Array.from(document.querySelectorAll("#speakers button")).map(b => b.textContent)`)
	if len(speakers) != 2 {
		t.Errorf("the reading view lists the speakers %q, want Ada Lovelace and Carl Jensen", speakers)
	}

	// A quotation carrying markup stays text on every page it is on.
	for _, path := range []string{"/corpus/speaker?name=Reyes", "/corpus/quotes?text=" + url.QueryEscape("the tide tables <script>window.pwned=1</script> are wrong")} {
		ctx, cancel := context.WithTimeout(ctx, 20*time.Second) // a missing quotation fails fast
		defer cancel()
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+path), chromedp.WaitVisible(chromedp.CSS("blockquote"))); err != nil {
			t.Fatal(err)
		}
		scripts := evalIn[int](t, ctx, `document.querySelectorAll("script, img").length`)
		pwned := evalIn[bool](t, ctx, `window.pwned !== undefined`)
		text := evalIn[string](t, ctx, `document.querySelector("blockquote").textContent`)
		if scripts != 0 || pwned || text == "" {
			t.Errorf("%s: %d script or img elements, payload ran: %v, quotation %q", path, scripts, pwned, text)
		}
	}
	// Screenshots for a reviewer.
	for name, path := range map[string]string{"corpus-overview": "/corpus/", "corpus-conflicts": "/corpus/conflicts", "corpus-search": "/corpus/search?q=pier"} {
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+path)); err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		headless.Screenshot(t, ctx, name)
	}
}
