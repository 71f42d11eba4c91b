package corpusview

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/corpus"
	"github.com/hearsay-project/hearsay/internal/testutil"
	"github.com/hearsay-project/hearsay/internal/view"
)

// articles are the test corpus: two reports giving the same words to
// different people (Ada Lovelace, Byron Hale), one of them also quoting
// a line with markup in it, a third in HTML, and an empty file that is
// stored as failed.
var articles = map[string]string{
	"pier.txt": "Pier vote\n\nThe council met on Monday.\n\n" +
		"\u201cWe will rebuild the pier before the summer season starts,\u201d said Ada Lovelace, the mayor.\n\n" +
		"\u201cThe budget is <script>alert(1)</script> not a wish list,\u201d said Carl Jensen.\n",
	"hall.txt": "Pier plans\n\nResidents gathered outside the hall.\n\n" +
		"\"We will rebuild the pier before the summer season starts,\" said Byron Hale, a councillor.\n",
	"notes.html": "<html><head><title>Notes from the hall</title></head><body><article><h1>Notes from the hall</h1>" +
		"<p>\u201cThe ferry timetable will change in June,\u201d said Mina Osei, the harbour master.</p>" +
		"<p>Nothing else was decided.</p></article></body></html>",
	"empty.txt": "",
}

// newStore ingests files into a fresh SQLite corpus.
func newStore(t testing.TB, files map[string]string) *corpus.Store {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err := corpus.Open(context.Background(), filepath.Join(t.TempDir(), "corpus.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Ingest(context.Background(), []string{dir}, corpus.Options{Workers: 1}); err != nil {
		t.Fatal(err)
	}
	return s
}

type response struct {
	status int
	header http.Header
	body   string
}

func get(t *testing.T, h http.Handler, target string, accept string) response {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	b, _ := io.ReadAll(rec.Result().Body)
	return response{rec.Code, rec.Result().Header, string(b)}
}

// docID returns the id of the stored document named name.
func docID(t *testing.T, s *corpus.Store, speaker string) int64 {
	t.Helper()
	hits, err := s.QuotesBySpeaker(context.Background(), speaker, 1)
	if err != nil || len(hits) == 0 {
		t.Fatalf("no quotation of %s: %v", speaker, err)
	}
	return hits[0].Doc.ID
}

var styleRe = regexp.MustCompile(`(?s)<style>(.*?)</style>`)

func TestPages(t *testing.T) {
	s := newStore(t, articles)
	h := New(s, Config{})
	pier := docID(t, s, "Jensen")
	tests := []struct {
		target string
		want   []string
	}{
		{"/corpus/", []string{"<td class=\"n\">4</td>", "action=\"/corpus/search\"", "action=\"/corpus/quotes\"", "href=\"/corpus/speakers\"", "href=\"/corpus/conflicts\""}},
		{"/corpus/speakers", []string{"Ada Lovelace", "Byron Hale", "Carl Jensen", "Mina Osei", `href="/corpus/speaker?name=Ada%20Lovelace"`}},
		{"/corpus/speaker?name=Lovelace", []string{"<h1>Lovelace</h1>", "We will rebuild the pier before the summer season starts", "Pier vote", "pier.txt)</span>"}},
		{"/corpus/speaker?name=Carl+Jensen", []string{"The budget is &lt;script&gt;alert(1)&lt;/script&gt; not a wish list"}},
		{"/corpus/conflicts", []string{"We will rebuild the pier", "Ada Lovelace", "Byron Hale", "Pier vote", "Pier plans", "in 2 documents"}},
		{"/corpus/search?q=ferry+timetable", []string{"Notes from the hall", "<mark>", "1 document found"}},
		{"/corpus/search?q=", []string{`id="q"`}},
		{"/corpus/quotes?text=rebuild+the+pier+before+the+summer", []string{"2 quotations found", "Ada Lovelace", "Byron Hale"}},
		{"/corpus/quotes?text=%3Cscript%3E+budget+wish+list", []string{`value="&lt;script&gt; budget wish list"`}},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			r := get(t, h, tt.target, "")
			if r.status != http.StatusOK {
				t.Fatalf("status %d: %s", r.status, r.body)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.body, w) {
					t.Errorf("page lacks %q:\n%s", w, r.body)
				}
			}
			if strings.Contains(r.body, "<script") {
				t.Errorf("page holds a script tag:\n%s", r.body)
			}
			if got := r.header.Get("Content-Security-Policy"); got != CSP {
				t.Errorf("CSP = %q, want %q", got, CSP)
			}
			// The inline style is the one the policy allows.
			m := styleRe.FindStringSubmatch(r.body)
			sum := sha256.Sum256([]byte(m[1]))
			if !strings.Contains(CSP, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'") {
				t.Errorf("the page's style is not the one the CSP allows")
			}
		})
	}
	// The document page: the stored text analysed again, in the reading view.
	r := get(t, h, "/corpus/doc?id="+itoa(pier), "")
	if r.status != http.StatusOK || r.header.Get("Content-Security-Policy") != view.CSP {
		t.Fatalf("doc page: status %d, CSP %q", r.status, r.header.Get("Content-Security-Policy"))
	}
	for _, w := range []string{"Carl Jensen", "Ada Lovelace", "&lt;script&gt;alert(1)&lt;/script&gt;", `href="/corpus/"`} {
		if !strings.Contains(r.body, w) {
			t.Errorf("doc page lacks %q", w)
		}
	}
	if strings.Contains(r.body, "<script>alert") {
		t.Errorf("doc page runs the article's script")
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestJSON(t *testing.T) {
	s := newStore(t, articles)
	h := New(s, Config{})
	var counts corpus.Counts
	decode(t, get(t, h, "/corpus/?format=json", ""), &counts)
	if counts.Documents != 4 || counts.Failed != 1 || counts.Quotes < 4 {
		t.Errorf("counts %+v", counts)
	}
	var speakers []corpus.SpeakerCount
	decode(t, get(t, h, "/corpus/speakers", "application/json"), &speakers)
	if len(speakers) != 4 {
		t.Errorf("speakers %+v", speakers)
	}
	var page corpus.SpeakerPage
	decode(t, get(t, h, "/corpus/speaker?name=Hale&format=json", ""), &page)
	if len(page.Quotes) != 1 || len(page.Quotes[0].Sources) != 1 || !strings.HasSuffix(page.Quotes[0].Sources[0].Name, "/hall.txt") {
		t.Errorf("speaker page %+v", page)
	}
	var conflicts []corpus.Conflict
	decode(t, get(t, h, "/corpus/conflicts", "application/json, text/html;q=0.5"), &conflicts)
	if len(conflicts) != 1 || len(conflicts[0].Attributions) != 2 {
		t.Errorf("conflicts %+v", conflicts)
	}
	var found []corpus.SearchHit
	decode(t, get(t, h, "/corpus/search?format=json&q=harbour", ""), &found)
	if len(found) != 1 || found[0].Doc.Title != "Notes from the hall" {
		t.Errorf("search %+v", found)
	}
	var quotes []corpus.QuoteHit
	decode(t, get(t, h, "/corpus/quotes?format=json&text="+url.QueryEscape("the ferry timetable will change in June"), ""), &quotes)
	if len(quotes) != 1 || quotes[0].Speaker != "Mina Osei" || quotes[0].Score != 1 {
		t.Errorf("quotes %+v", quotes)
	}

	// A reopened document's analysis finds the quotations the store
	// holds, at the same spans of the same text.
	stored, err := s.QuotesBySpeaker(context.Background(), "Lovelace", 0)
	if err != nil || len(stored) != 1 {
		t.Fatal(stored, err)
	}
	var d struct {
		Text   string `json:"text"`
		Quotes []struct {
			Span    struct{ Start, End int } `json:"span"`
			Speaker *struct{ Name string }   `json:"speaker"`
		} `json:"quotes"`
	}
	decode(t, get(t, h, "/corpus/doc?format=json&id="+itoa(stored[0].Doc.ID), ""), &d)
	found1 := false
	for _, q := range d.Quotes {
		if q.Span.Start == stored[0].Start && q.Span.End == stored[0].End && q.Speaker != nil && q.Speaker.Name == "Ada Lovelace" {
			found1 = true
		}
	}
	if !found1 {
		t.Errorf("the reanalysed document lacks the stored quotation %+v: %+v", stored[0], d.Quotes)
	}
}

func decode(t *testing.T, r response, v any) {
	t.Helper()
	if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
		t.Fatalf("status %d, %s: %s", r.status, r.header.Get("Content-Type"), r.body)
	}
	if err := json.Unmarshal([]byte(r.body), v); err != nil {
		t.Fatalf("%v: %s", err, r.body)
	}
}

func TestErrors(t *testing.T) {
	s := newStore(t, articles)
	h := New(s, Config{})
	failed := int64(0)
	for id := int64(1); id <= 4; id++ {
		if d, err := s.Document(context.Background(), id); err == nil && d.Error != "" {
			failed = id
		}
	}
	if failed == 0 {
		t.Fatal("the empty file was not stored as failed")
	}
	tests := []struct {
		target, accept string
		status         int
		code           string
	}{
		{"/corpus/doc?id=999", "application/json", 404, "not-found"},
		{"/corpus/doc?id=abc", "application/json", 404, "not-found"},
		{"/corpus/doc", "application/json", 404, "not-found"},
		{"/corpus/doc?id=999", "", 404, ""},
		{"/corpus/doc?id=" + itoa(failed), "application/json", 422, "failed-document"},
		{"/corpus/doc?id=" + itoa(failed), "", 422, ""},
		{"/corpus/speaker?name=Nobody+Here", "application/json", 404, "not-found"},
		{"/corpus/speaker?name=%3Cb%3EBold", "", 404, ""},
		{"/corpus/speaker", "application/json", 400, "bad-request"},
		{"/corpus/speakers?limit=0", "application/json", 400, "bad-request"},
		{"/corpus/conflicts?limit=x", "", 400, ""},
		{"/corpus/nowhere", "application/json", 404, "not-found"},
	}
	for _, tt := range tests {
		t.Run(tt.target+" "+tt.accept, func(t *testing.T) {
			r := get(t, h, tt.target, tt.accept)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			if tt.code == "" {
				if !strings.HasPrefix(r.header.Get("Content-Type"), "text/html") || !strings.Contains(r.body, `class="error"`) {
					t.Errorf("want an HTML error page, got %s: %s", r.header.Get("Content-Type"), r.body)
				}
				if strings.Contains(r.body, "<b>") {
					t.Errorf("error page not escaped: %s", r.body)
				}
				return
			}
			var e apiError
			if err := json.Unmarshal([]byte(r.body), &e); err != nil || e.Error.Status != tt.status || e.Error.Code != tt.code || e.Error.Message == "" {
				t.Errorf("error body %s (%v)", r.body, err)
			}
		})
	}
	req := httptest.NewRequest(http.MethodPost, "/corpus/speakers", strings.NewReader("x"))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d", rec.Code)
	}
}

func TestSegments(t *testing.T) {
	got := segments("the [ferry] and [timetable] too [unclosed")
	want := []segment{{"the ", false}, {"ferry", true}, {" and ", false}, {"timetable", true}, {" too [unclosed", false}}
	if len(got) != len(want) {
		t.Fatalf("%+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("segment %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestSharedData serves a corpus of the real development articles: every
// page answers, and each speaker listed has a page.
func TestSharedData(t *testing.T) {
	dirs := []string{testutil.SharedData(t, "markdown"), testutil.SharedData(t, "html")}
	s, err := corpus.Open(context.Background(), filepath.Join(t.TempDir(), "corpus.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Ingest(context.Background(), dirs, corpus.Options{}); err != nil {
		t.Fatal(err)
	}
	h := New(s, Config{})
	var speakers []corpus.SpeakerCount
	decode(t, get(t, h, "/corpus/speakers?format=json&limit=20", ""), &speakers)
	if len(speakers) < 10 {
		t.Fatalf("%d speakers", len(speakers))
	}
	for _, sp := range speakers {
		r := get(t, h, "/corpus/speaker?name="+url.QueryEscape(sp.Name), "")
		if r.status != http.StatusOK || !strings.Contains(r.body, `href="/corpus/doc?id=`) {
			t.Errorf("speaker %q: status %d", sp.Name, r.status)
		}
	}
	var page corpus.SpeakerPage
	decode(t, get(t, h, "/corpus/speaker?format=json&name="+url.QueryEscape(speakers[0].Name), ""), &page)
	r := get(t, h, "/corpus/doc?id="+itoa(page.Quotes[0].Sources[0].ID), "")
	if r.status != http.StatusOK || !strings.Contains(r.body, `id="panel"`) {
		t.Errorf("doc %d: status %d", page.Quotes[0].Sources[0].ID, r.status)
	}
	for _, target := range []string{"/corpus/", "/corpus/conflicts", "/corpus/search?q=rust+compiler", "/corpus/speakers"} {
		if r := get(t, h, target, ""); r.status != http.StatusOK {
			t.Errorf("%s: status %d", target, r.status)
		}
	}
}
