// Package web is the server behind `hearsay serve`: the reading view of an
// article pasted or uploaded in a form, and the JSON API (POST
// /api/analyze) that answers what `hearsay analyze --format json` writes.
//
// It uses only the standard library's net/http. The pages are those of
// package view, whose style and script are compiled into the binary, so
// the server works offline and its pages make no request elsewhere.
// Articles come in the request; fetching one from a URL is off unless
// Config.Fetch is set, and then reaches only public addresses (fetch.go).
package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"log"
	"mime"
	"net/http"
	"net/netip"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/hearsay-project/hearsay"
	"github.com/hearsay-project/hearsay/internal/render"
	"github.com/hearsay-project/hearsay/internal/view"
)

// DefaultMaxBody is the largest article the server accepts unless told
// otherwise: far above any news article or essay, far below what would
// let a few requests exhaust memory.
const DefaultMaxBody = 4 << 20

// Config sets up a Server.
type Config struct {
	// MaxBody is the largest request body accepted, in bytes; 0 means
	// DefaultMaxBody.
	MaxBody int64
	// AnalyzeTimeout bounds the analysis of one article; 0 means 30 s.
	AnalyzeTimeout time.Duration
	// MaxConcurrent is how many articles are analysed at once; more wait
	// their turn (within AnalyzeTimeout), so that a burst of large
	// articles cannot hold more memory than this many; 0 means four per
	// CPU the process may use.
	MaxConcurrent int
	// Quotes is the reference base each attributed quotation is checked
	// against, as in hearsay analyze; nil for no check.
	Quotes *hearsay.QuoteBase
	// Fetch lets the form take a URL and fetch the article from it
	// (public addresses only; see fetch.go). Off by default.
	Fetch bool
	// allowAddr replaces publicHTTP in tests, which can serve only on
	// loopback.
	allowAddr func(netip.AddrPort) bool
	// Log receives a line for each failed request and for each panic
	// recovered; nil for none.
	Log *log.Logger
}

// Server serves the reading view and the API. It is an http.Handler.
type Server struct {
	cfg   Config
	mux   *http.ServeMux
	slots chan struct{} // one per analysis running
	fetch *fetcher      // nil unless Config.Fetch
	// corpus is set when the corpus browser is mounted; the form then
	// links to it.
	corpus bool
}

// New returns a Server with the routes of `hearsay serve`.
func New(cfg Config) *Server {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.AnalyzeTimeout <= 0 {
		cfg.AnalyzeTimeout = 30 * time.Second
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = 4 * runtime.GOMAXPROCS(0)
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux(), slots: make(chan struct{}, cfg.MaxConcurrent)}
	if cfg.Fetch {
		allow := cfg.allowAddr
		if allow == nil {
			allow = publicHTTP
		}
		s.fetch = newFetcher(cfg.MaxBody, allow)
	}
	s.mux.HandleFunc("GET /{$}", s.form)
	s.mux.HandleFunc("POST /view", s.view)
	s.mux.HandleFunc("POST /api/analyze", s.analyzeAPI)
	s.mux.HandleFunc("/api/analyze", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", "POST")
		jsonError(w, http.StatusMethodNotAllowed, "method-not-allowed", "use POST with the article as the body")
	})
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		jsonError(w, http.StatusNotFound, "not-found", "no such endpoint; the API is POST /api/analyze")
	})
	// The corpus view (DESIGN.md, item 10; package corpusview) mounts
	// here with Mount("/corpus/", …) under hearsay serve --corpus; the
	// form page then offers to open an article from it.
	return s
}

// Mount adds a handler for pattern (as http.ServeMux reads it), for the
// views other packages add: the corpus browser mounts under /corpus/.
func (s *Server) Mount(pattern string, h http.Handler) {
	s.mux.Handle(pattern, h)
	if strings.HasPrefix(pattern, "/corpus/") || strings.HasPrefix(pattern, "GET /corpus/") {
		s.corpus = true
	}
}

// ServeHTTP serves a request. A panic below it is answered with a 500
// error in JSON (an HTML page for the pages), logged, and does not take
// down the server.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.logf("panic serving %s %s: %v\n%s", r.Method, r.URL.Path, v, debug.Stack())
			jsonError(w, http.StatusInternalServerError, "internal", "internal error; please report it")
		}
	}()
	h := w.Header()
	h.Set("Content-Security-Policy", view.CSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	s.mux.ServeHTTP(w, r)
}

func (s *Server) logf(format string, args ...any) {
	if s.cfg.Log != nil {
		s.cfg.Log.Printf(format, args...)
	}
}

// apiError is the body of every error the API answers.
type apiError struct {
	Error struct {
		Status  int    `json:"status"`
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func jsonError(w http.ResponseWriter, status int, code, msg string) {
	var e apiError
	e.Error.Status, e.Error.Code, e.Error.Message = status, code, msg
	b, _ := json.Marshal(e)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", fmt.Sprint(len(b)+1))
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// formatOf returns the input format a Content-Type names.
func formatOf(contentType string) (hearsay.Format, error) {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return "", fmt.Errorf("unreadable Content-Type %q", contentType)
	}
	switch mt {
	case "text/plain":
		return hearsay.FormatText, nil
	case "text/markdown", "text/x-markdown":
		return hearsay.FormatMarkdown, nil
	case "text/html", "application/xhtml+xml":
		return hearsay.FormatHTML, nil
	}
	return "", fmt.Errorf("unsupported Content-Type %q; send text/plain, text/markdown or text/html", mt)
}

// analysisError maps an error from reading or analysing a body to a
// status, a code and a message.
func analysisError(err error, limit int64) (int, string, string) {
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe), errors.Is(err, hearsay.ErrTooLarge):
		return http.StatusRequestEntityTooLarge, "too-large", fmt.Sprintf("the article is larger than the limit of %d bytes", limit)
	case errors.Is(err, hearsay.ErrEmpty):
		return http.StatusBadRequest, "empty", "the article is empty"
	case errors.Is(err, hearsay.ErrBinary):
		return http.StatusBadRequest, "binary", "the body looks like binary data, not an article"
	case errors.Is(err, hearsay.ErrFormat):
		return http.StatusBadRequest, "format", err.Error()
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "timeout", "the analysis took too long"
	case errors.Is(err, context.Canceled):
		return 499, "canceled", "the request was cancelled"
	}
	return http.StatusInternalServerError, "internal", "internal error: " + err.Error()
}

// analyze runs the analysis over raw with the server's time limit.
func (s *Server) analyze(ctx context.Context, raw []byte, opts hearsay.Options) (*hearsay.Document, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.AnalyzeTimeout)
	defer cancel()
	select {
	case s.slots <- struct{}{}:
		defer func() { <-s.slots }()
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	opts.MaxSize = s.cfg.MaxBody
	opts.Quotes = s.cfg.Quotes
	return hearsay.AnalyzeBytes(ctx, raw, opts)
}

// analyzeAPI is POST /api/analyze: the body is the article, the answer
// the JSON of `hearsay analyze --format json`.
func (s *Server) analyzeAPI(w http.ResponseWriter, r *http.Request) {
	format, err := formatOf(r.Header.Get("Content-Type"))
	if err != nil {
		jsonError(w, http.StatusUnsupportedMediaType, "unsupported-media-type", err.Error())
		return
	}
	if r.ContentLength > s.cfg.MaxBody {
		jsonError(w, http.StatusRequestEntityTooLarge, "too-large", fmt.Sprintf("the article is larger than the limit of %d bytes", s.cfg.MaxBody))
		return
	}
	raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	if err == nil {
		var d *hearsay.Document
		if d, err = s.analyze(r.Context(), raw, hearsay.Options{Name: "-", Format: format}); err == nil {
			var buf bytes.Buffer
			if err = render.JSON(&buf, d); err == nil {
				w.Header().Set("Content-Type", "application/json")
				w.Header().Set("Content-Length", fmt.Sprint(buf.Len()))
				w.Write(buf.Bytes())
				return
			}
		}
	}
	status, code, msg := analysisError(err, s.cfg.MaxBody)
	if status >= 500 {
		s.logf("POST /api/analyze: %v", err)
	}
	jsonError(w, status, code, msg)
}

// nav is the bar at the top of the server's pages.
const nav = `<nav class="top" aria-label="Site"><a href="/">Hearsay</a> · <a href="/">analyse another article</a></nav>` + "\n"

// form is GET /: paste or upload an article.
func (s *Server) form(w http.ResponseWriter, r *http.Request) {
	var b strings.Builder
	view.Head(&b, "Hearsay — map the evidence in an article")
	b.WriteString("<body>\n" + nav)
	fetchField := ""
	if s.fetch != nil {
		fetchField = urlField
	}
	page := fmt.Sprintf(formPage, s.cfg.MaxBody>>10, fetchField)
	if s.corpus {
		page = strings.Replace(page, "</form>", corpusLink+"</form>", 1)
	}
	b.WriteString(page)
	view.Foot(&b)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	io.WriteString(w, b.String())
}

const formPage = `<form class="analyze" method="post" action="/view" enctype="multipart/form-data">
<h1>Map the evidence in an article</h1>
<p>Paste an article, or choose a file (plain text, Markdown or HTML). Hearsay shows it with its
quotations by speaker, the chains of hands they came through, its citations, sources and findings.
Nothing leaves this machine.</p>
<fieldset><legend>The article</legend>
<p><label for="text">Paste the text</label><br>
<textarea id="text" name="text" spellcheck="false"></textarea></p>
<p><label for="file">or upload a file</label> (up to %d KiB)<br>
<input id="file" name="file" type="file" accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"></p>
%s<p><label for="format">Format</label>
<select id="format" name="format">
<option value="auto" selected>guess from the file name or the content</option>
<option value="text">plain text</option>
<option value="markdown">Markdown</option>
<option value="html">HTML</option>
</select></p>
</fieldset>
<p><button type="submit">Analyse</button></p>
</form>
`

// corpusLink follows the form when the corpus browser is mounted.
const corpusLink = `<p>Or <a href="/corpus/">open an article from the corpus</a>: its speakers, conflicts and documents.</p>
`

// urlField is the form's address field, shown only when fetching is on.
const urlField = `<p><label for="url">or give the address of a page</label> (public addresses only)<br>
<input id="url" name="url" type="url" placeholder="https://" size="60"></p>
`

// view is POST /view: the form's article, shown in the reading view.
func (s *Server) view(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody+64<<10) // room for the form's own fields
	raw, name, format, err := s.formArticle(r)
	var d *hearsay.Document
	if err == nil {
		d, err = s.analyze(r.Context(), raw, hearsay.Options{Name: name, Format: format})
	}
	if err != nil {
		status, _, msg := analysisError(err, s.cfg.MaxBody)
		if status >= 500 {
			s.logf("POST /view: %v", err)
		}
		var ue userError
		if errors.As(err, &ue) {
			status, msg = http.StatusBadRequest, ue.msg
		}
		htmlError(w, status, msg)
		return
	}
	var buf bytes.Buffer
	if err := view.HTML(&buf, d, view.Options{Nav: nav}); err != nil {
		s.logf("POST /view: rendering: %v", err)
		htmlError(w, http.StatusInternalServerError, "internal error; please report it")
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(buf.Bytes())
}

// userError is a mistake in how the form was filled in.
type userError struct{ msg string }

func (e userError) Error() string { return e.msg }

// formArticle reads the article from the form: the uploaded file if one
// was chosen, else the pasted text.
func (s *Server) formArticle(r *http.Request) (raw []byte, name string, format hearsay.Format, err error) {
	if err := r.ParseMultipartForm(8 << 20); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, "", "", err
		}
		if err := r.ParseForm(); err != nil {
			return nil, "", "", userError{"unreadable form: " + err.Error()}
		}
	}
	switch f := r.FormValue("format"); f {
	case "", "auto":
	case "text", "markdown", "html":
		format = hearsay.Format(f)
	default:
		return nil, "", "", userError{fmt.Sprintf("unknown format %q", f)}
	}
	if u := strings.TrimSpace(r.FormValue("url")); u != "" {
		if s.fetch == nil {
			return nil, "", "", userError{"fetching a page from its address is off on this server (start it with hearsay serve --fetch)"}
		}
		raw, name, fetched, err := s.fetch.fetch(r.Context(), u)
		if format == "" {
			format = fetched
		}
		return raw, name, format, err
	}
	if r.MultipartForm != nil {
		if fhs := r.MultipartForm.File["file"]; len(fhs) > 0 && fhs[0].Size > 0 {
			if fhs[0].Size > s.cfg.MaxBody {
				return nil, "", "", hearsay.ErrTooLarge
			}
			f, err := fhs[0].Open()
			if err != nil {
				return nil, "", "", err
			}
			defer f.Close()
			raw, err = io.ReadAll(f)
			return raw, fhs[0].Filename, format, err
		}
	}
	text := r.FormValue("text")
	if strings.TrimSpace(text) == "" {
		return nil, "", "", userError{"paste an article or choose a file"}
	}
	if int64(len(text)) > s.cfg.MaxBody {
		return nil, "", "", hearsay.ErrTooLarge
	}
	// Pasted text has no file name; with "auto" its format is sniffed.
	return []byte(strings.ReplaceAll(text, "\r\n", "\n")), "", format, nil
}

// htmlError answers a form submission that failed with a page saying why.
func htmlError(w http.ResponseWriter, status int, msg string) {
	var b strings.Builder
	view.Head(&b, "Hearsay — error")
	b.WriteString("<body>\n" + nav)
	b.WriteString(`<main class="analyze"><h1>Could not analyse the article</h1><p class="error">` + html.EscapeString(msg) + "</p></main>\n")
	view.Foot(&b)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	io.WriteString(w, b.String())
}
