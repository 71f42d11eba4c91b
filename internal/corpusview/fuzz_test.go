package corpusview

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// FuzzSegments checks that splitting a snippet loses nothing: the
// segments, matched ones put back in brackets, are the snippet.
func FuzzSegments(f *testing.F) {
	for _, s := range []string{"", "plain", "[a] b [c]", "[unclosed", "]x[", "[[a]]", "a [] b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		for _, seg := range segments(s) {
			if seg.Hit {
				b.WriteString("[" + seg.Text + "]")
			} else {
				b.WriteString(seg.Text)
			}
		}
		if b.String() != s {
			t.Fatalf("segments(%q) rebuild %q", s, b.String())
		}
	})
}

// FuzzPages sends any query to every page of a small corpus: the answer
// is never a server error, and a page never carries markup from the
// query unescaped: a tag appended to each query never shows up as a tag.
func FuzzPages(f *testing.F) {
	h := New(newStore(f, articles), Config{})
	for _, s := range []string{"Lovelace", "pier", "<script>alert(1)</script>", "\"' onmouseover=x", "1", "-1", "99999999999999999999", "AND OR NOT \"", "*", "\x00", "NEAR(a b)", "ü"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		for _, page := range []string{"speaker?name=", "search?q=", "quotes?text=", "doc?id=", "speakers?limit=", "conflicts?limit="} {
			req := httptest.NewRequest(http.MethodGet, "/corpus/"+page+url.QueryEscape(v+"<hearsay-tag>"), nil)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code >= 500 {
				t.Fatalf("%s%q: status %d", page, v, rec.Code)
			}
			if strings.Contains(rec.Body.String(), "<hearsay-tag>") {
				t.Fatalf("%s%q: the page holds the query unescaped", page, v)
			}
		}
	})
}
