package web

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

// post sends body to path with the content type and returns the answer.
func post(t *testing.T, h http.Handler, path, ctype string, body io.Reader) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, body)
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

type apiAnswer struct {
	Schema int `json:"schema"`
	Quotes []struct {
		ID      string `json:"id"`
		Text    string `json:"text"`
		Speaker *struct {
			Name string `json:"name"`
		} `json:"speaker"`
	} `json:"quotes"`
	Citations []struct {
		Status string `json:"status"`
	} `json:"citations"`
	Error *struct {
		Status  int    `json:"status"`
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func decode(t *testing.T, rec *httptest.ResponseRecorder) apiAnswer {
	t.Helper()
	if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
		t.Fatalf("Content-Type %q, want application/json; body %q", ct, rec.Body.String())
	}
	var a apiAnswer
	if err := json.Unmarshal(rec.Body.Bytes(), &a); err != nil {
		t.Fatalf("answer is not JSON: %v\n%s", err, rec.Body.String())
	}
	return a
}

func TestAnalyzeEssay(t *testing.T) {
	raw, err := os.ReadFile(testutil.SharedData(t, "seed", "khrushchev-essay.txt"))
	if err != nil {
		t.Fatal(err)
	}
	rec := post(t, New(Config{}), "/api/analyze", "text/plain; charset=utf-8", bytes.NewReader(raw))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
	}
	a := decode(t, rec)
	if a.Schema != 1 {
		t.Errorf("schema %d, want 1", a.Schema)
	}
	speakers := map[string]bool{}
	for _, q := range a.Quotes {
		if q.Speaker != nil {
			speakers[q.Speaker.Name] = true
		}
	}
	for _, want := range []string{"William Taubman", "Alexander Bunn", "L.M. Kaganovich", "Stalin", "H. G. Wells"} {
		if !speakers[want] {
			t.Errorf("no quotation by %s in %v", want, speakers)
		}
	}
	if len(a.Quotes) < 15 || len(a.Citations) != 7 {
		t.Errorf("%d quotes and %d citations; want the essay's 20 or so and 7", len(a.Quotes), len(a.Citations))
	}
}

// TestAnalyzeSameAsCLI: the API answers exactly what render.JSON writes
// for the same input read as the same format.
func TestAnalyzeFormats(t *testing.T) {
	const md = "# Vote\n\n\"We will win,\" said Ann Lee.[^1]\n\n[^1]: The Harbour Gazette, 2024.\n"
	for _, tc := range []struct {
		ctype, format string
	}{
		{"text/markdown", "markdown"},
		{"text/x-markdown; charset=utf-8", "markdown"},
		{"text/plain", "text"},
		{"text/html", "html"},
		{"TEXT/HTML; charset=UTF-8", "html"},
	} {
		rec := post(t, New(Config{}), "/api/analyze", tc.ctype, strings.NewReader(md))
		if rec.Code != http.StatusOK {
			t.Errorf("%s: status %d: %s", tc.ctype, rec.Code, rec.Body.String())
			continue
		}
		var a struct {
			Format string `json:"format"`
		}
		json.Unmarshal(rec.Body.Bytes(), &a)
		if a.Format != tc.format {
			t.Errorf("%s: read as %q, want %q", tc.ctype, a.Format, tc.format)
		}
	}
}

func TestAnalyzeErrors(t *testing.T) {
	s := New(Config{MaxBody: 1000})
	binary := make([]byte, 600)
	for i := range binary {
		binary[i] = byte(i * 7)
	}
	for _, tc := range []struct {
		name   string
		method string
		ctype  string
		body   []byte
		status int
		code   string
	}{
		{"bad content type", "POST", "application/pdf", []byte("hello"), 415, "unsupported-media-type"},
		{"no content type", "POST", "", []byte("hello"), 415, "unsupported-media-type"},
		{"unreadable content type", "POST", "text/plain; ===", []byte("hello"), 415, "unsupported-media-type"},
		{"too large", "POST", "text/plain", bytes.Repeat([]byte("word "), 300), 413, "too-large"},
		{"empty", "POST", "text/plain", nil, 400, "empty"},
		{"binary", "POST", "text/plain", binary, 400, "binary"},
		{"GET", "GET", "", nil, 405, "method-not-allowed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(tc.method, "/api/analyze", bytes.NewReader(tc.body))
			if tc.ctype != "" {
				req.Header.Set("Content-Type", tc.ctype)
			}
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, req)
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.status, rec.Body.String())
			}
			a := decode(t, rec)
			if a.Error == nil || a.Error.Code != tc.code || a.Error.Status != tc.status || a.Error.Message == "" {
				t.Errorf("error %+v, want code %q", a.Error, tc.code)
			}
		})
	}
}

// TestTooLargeChunked: a body with no Content-Length is cut off at the
// limit while it is read.
func TestTooLargeChunked(t *testing.T) {
	srv := httptest.NewServer(New(Config{MaxBody: 1000}))
	defer srv.Close()
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 100; i++ {
			if _, err := pw.Write(bytes.Repeat([]byte("word "), 100)); err != nil {
				break
			}
		}
		pw.Close()
	}()
	resp, err := http.Post(srv.URL+"/api/analyze", "text/plain", pr)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 413 {
		t.Fatalf("status %d, want 413", resp.StatusCode)
	}
}

func TestPanicRecovered(t *testing.T) {
	s := New(Config{})
	s.Mount("/boom", http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") }))
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/boom", nil))
	if rec.Code != 500 {
		t.Fatalf("status %d, want 500", rec.Code)
	}
	if a := decode(t, rec); a.Error == nil || a.Error.Code != "internal" {
		t.Errorf("error %+v", a.Error)
	}
}

func TestFormPage(t *testing.T) {
	rec := httptest.NewRecorder()
	New(Config{}).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != 200 {
		t.Fatalf("status %d", rec.Code)
	}
	body := rec.Body.String()
	for _, want := range []string{`<form class="analyze" method="post" action="/view" enctype="multipart/form-data">`, `<textarea id="text" name="text"`, `<input id="file" name="file" type="file"`} {
		if !strings.Contains(body, want) {
			t.Errorf("form page lacks %s", want)
		}
	}
	if csp := rec.Header().Get("Content-Security-Policy"); !strings.HasPrefix(csp, "default-src 'none';") {
		t.Errorf("CSP header %q", csp)
	}
	rec = httptest.NewRecorder()
	New(Config{}).ServeHTTP(rec, httptest.NewRequest("GET", "/nothing", nil))
	if rec.Code != 404 {
		t.Errorf("GET /nothing: status %d, want 404", rec.Code)
	}
}

// multipartBody builds the form a browser sends.
func multipartBody(t *testing.T, fields map[string]string, fileName, file string) (string, *bytes.Buffer) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	if fileName != "" {
		fw, err := mw.CreateFormFile("file", fileName)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(fw, file)
	}
	mw.Close()
	return mw.FormDataContentType(), &b
}

func TestViewForm(t *testing.T) {
	s := New(Config{MaxBody: 4000})
	const article = "The Harbour Vote\n\n\"We will not be hurried,\" said Ann Lee, who chairs the harbour board.[1]\n"
	t.Run("pasted", func(t *testing.T) {
		ct, body := multipartBody(t, map[string]string{"text": article, "format": "auto"}, "", "")
		rec := post(t, s, "/view", ct, body)
		if rec.Code != 200 {
			t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
		if !strings.Contains(rec.Body.String(), `data-speaker="sp1" title="direct quotation — Ann Lee"`) {
			t.Errorf("the reading view does not show Ann Lee's quotation:\n%s", rec.Body.String())
		}
	})
	t.Run("uploaded markdown", func(t *testing.T) {
		ct, body := multipartBody(t, map[string]string{"text": ""}, "vote.md", "# Vote\n\n"+article)
		rec := post(t, s, "/view", ct, body)
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), `<h1 id="p1">Vote</h1>`) {
			t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
	})
	t.Run("url-encoded", func(t *testing.T) {
		rec := post(t, s, "/view", "application/x-www-form-urlencoded", strings.NewReader("text=%22Yes%2C%22+said+Bob+Hale.&format=text"))
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), "Bob Hale") {
			t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
	})
	for _, tc := range []struct {
		name   string
		fields map[string]string
		file   string
		status int
	}{
		{"nothing", map[string]string{"text": "  "}, "", 400},
		{"bad format", map[string]string{"text": article, "format": "pdf"}, "", 400},
		{"too large", map[string]string{"text": strings.Repeat("word ", 1000)}, "", 413},
		{"too large file", nil, strings.Repeat("word ", 1000), 413},
	} {
		t.Run(tc.name, func(t *testing.T) {
			name := ""
			if tc.file != "" {
				name = "big.txt"
			}
			ct, body := multipartBody(t, tc.fields, name, tc.file)
			rec := post(t, s, "/view", ct, body)
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.status, rec.Body.String())
			}
			if !strings.Contains(rec.Body.String(), `<p class="error">`) {
				t.Errorf("no error message: %s", rec.Body.String())
			}
		})
	}
}

// TestBusy: when every analysis slot is taken for longer than the time
// limit, a request is answered 503, not queued for ever.
func TestBusy(t *testing.T) {
	s := New(Config{MaxConcurrent: 1, AnalyzeTimeout: 50 * time.Millisecond})
	s.slots <- struct{}{} // a long analysis holds the only slot
	rec := post(t, s, "/api/analyze", "text/plain", strings.NewReader(`"Yes," said Ann.`))
	if rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("status %d, want 503: %s", rec.Code, rec.Body.String())
	}
	<-s.slots
	rec = post(t, s, "/api/analyze", "text/plain", strings.NewReader(`"Yes," said Ann.`))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d once the slot is free: %s", rec.Code, rec.Body.String())
	}
}
