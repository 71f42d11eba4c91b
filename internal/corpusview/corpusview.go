// Package corpusview is the corpus browser of `hearsay serve --corpus`:
// server-rendered pages over a corpus store (package corpus) that show
// its size, its speakers and every quotation of each with the documents
// giving it, the quotations given to different people, full-text and
// quotation search, and any stored document in the reading view.
//
// The pages are html/template output, so every piece of stored text is
// escaped where it is written. They carry no script at all and one
// inline style, allowed by its hash in the Content-Security-Policy; they
// load nothing from anywhere. Every page answers JSON instead of HTML
// for ?format=json or an Accept header preferring application/json: the
// JSON that the matching `hearsay corpus … --format json` command writes
// (docs/json.md), and for a document that of `hearsay analyze`.
package corpusview

import (
	"bytes"
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"log"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/hearsay-project/hearsay"
	"github.com/hearsay-project/hearsay/internal/corpus"
	"github.com/hearsay-project/hearsay/internal/render"
	"github.com/hearsay-project/hearsay/internal/view"
)

//go:embed corpus.css
var css string

//go:embed corpusview.html
var pageText string

// CSP is the Content-Security-Policy of the corpus pages: no script, no
// load from anywhere, only this package's own style, forms posted back
// here only.
var CSP = "default-src 'none'; style-src '" + styleHash() + "'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

func styleHash() string {
	h := sha256.Sum256([]byte(css))
	return "sha256-" + base64.StdEncoding.EncodeToString(h[:])
}

var pages = template.Must(template.New("").Funcs(template.FuncMap{
	"percent": func(f float64) string { return fmt.Sprintf("%.0f%%", f*100) },
}).Parse(pageText))

// Prefix is where the pages live; mount the Handler there.
const Prefix = "/corpus/"

// nav is the bar above a document's reading view, back to the corpus.
const nav = `<nav class="top" aria-label="Site"><a href="/">Hearsay</a> · <a href="/corpus/">corpus</a> · <a href="/corpus/speakers">speakers</a> · <a href="/corpus/conflicts">conflicts</a></nav>` + "\n"

// Config sets up a Handler.
type Config struct {
	// Quotes is the reference base a reopened document's attributions
	// are checked against, as in hearsay analyze; nil for no check.
	Quotes *hearsay.QuoteBase
	// AnalyzeTimeout bounds the analysis of one reopened document; 0
	// means 30 s.
	AnalyzeTimeout time.Duration
	// MaxConcurrent is how many documents are reanalysed at once; 0
	// means 4.
	MaxConcurrent int
	// Log receives a line for each failed request; nil for none.
	Log *log.Logger
}

// Handler serves the corpus pages under Prefix.
type Handler struct {
	store *corpus.Store
	cfg   Config
	mux   *http.ServeMux
	slots chan struct{}
}

// New returns the handler of the corpus pages over store, which the
// caller keeps open while it serves.
func New(store *corpus.Store, cfg Config) *Handler {
	if cfg.AnalyzeTimeout <= 0 {
		cfg.AnalyzeTimeout = 30 * time.Second
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = 4
	}
	h := &Handler{store: store, cfg: cfg, mux: http.NewServeMux(), slots: make(chan struct{}, cfg.MaxConcurrent)}
	h.mux.HandleFunc("GET /corpus/{$}", h.overview)
	h.mux.HandleFunc("GET /corpus/speakers", h.speakers)
	h.mux.HandleFunc("GET /corpus/speaker", h.speaker)
	h.mux.HandleFunc("GET /corpus/conflicts", h.conflicts)
	h.mux.HandleFunc("GET /corpus/search", h.search)
	h.mux.HandleFunc("GET /corpus/quotes", h.quotes)
	h.mux.HandleFunc("GET /corpus/doc", h.document)
	h.mux.HandleFunc("/corpus/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			h.fail(w, r, http.StatusMethodNotAllowed, "method-not-allowed", "the corpus pages answer GET only")
			return
		}
		h.fail(w, r, http.StatusNotFound, "not-found", "no such corpus page")
	})
	return h
}

// ServeHTTP serves a corpus page.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

// wantsJSON reports whether the request asks for JSON: ?format=json, or
// an Accept header naming application/json before text/html.
func wantsJSON(r *http.Request) bool {
	switch r.URL.Query().Get("format") {
	case "json":
		return true
	case "html":
		return false
	}
	for _, part := range strings.Split(r.Header.Get("Accept"), ",") {
		mt, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mt {
		case "application/json":
			return true
		case "text/html", "application/xhtml+xml":
			return false
		}
	}
	return false
}

// page is what the layout template is given.
type page struct {
	Page  string
	Title string
	CSS   template.CSS
	Data  any
}

// reply answers v as JSON when asked for, else as the HTML page name.
func (h *Handler) reply(w http.ResponseWriter, r *http.Request, status int, name, title string, v, data any) {
	if wantsJSON(r) {
		writeJSON(w, status, v)
		return
	}
	var buf bytes.Buffer
	if err := pages.ExecuteTemplate(&buf, "page", page{Page: name, Title: title, CSS: template.CSS(css), Data: data}); err != nil {
		h.logf("%s %s: rendering: %v", r.Method, r.URL.Path, err)
		writeJSON(w, http.StatusInternalServerError, errorBody(http.StatusInternalServerError, "internal", "internal error; please report it"))
		return
	}
	hd := w.Header()
	hd.Set("Content-Security-Policy", CSP)
	hd.Set("Content-Type", "text/html; charset=utf-8")
	hd.Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error":{"status":500,"code":"internal","message":"internal error"}}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)+1))
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// apiError is the body of every error, as the rest of the server's API
// writes them.
type apiError struct {
	Error struct {
		Status  int    `json:"status"`
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func errorBody(status int, code, msg string) apiError {
	var e apiError
	e.Error.Status, e.Error.Code, e.Error.Message = status, code, msg
	return e
}

// errorPage is what the error template shows.
type errorPage struct{ Heading, Message string }

// fail answers an error, as JSON or as a page.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	heading := http.StatusText(status)
	h.reply(w, r, status, "error", heading, errorBody(status, code, msg), errorPage{heading, msg})
}

// storeFailed answers a database error.
func (h *Handler) storeFailed(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, context.Canceled) {
		return
	}
	h.logf("%s %s: %v", r.Method, r.URL.Path, err)
	h.fail(w, r, http.StatusInternalServerError, "store", "the corpus could not be read; see the server log")
}

func (h *Handler) logf(format string, args ...any) {
	if h.cfg.Log != nil {
		h.cfg.Log.Printf(format, args...)
	}
}

// limit reads ?limit=, between 1 and max; def when absent.
func limit(r *http.Request, def, max int) (int, error) {
	s := r.URL.Query().Get("limit")
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > max {
		return 0, fmt.Errorf("limit must be a whole number from 1 to %d", max)
	}
	return n, nil
}

type overviewData struct {
	Location string
	Counts   corpus.Counts
}

// overview is GET /corpus/: the size of the corpus and the ways in.
func (h *Handler) overview(w http.ResponseWriter, r *http.Request) {
	c, err := h.store.Counts(r.Context())
	if err != nil {
		h.storeFailed(w, r, err)
		return
	}
	h.reply(w, r, http.StatusOK, "overview", "Overview", c, overviewData{Location: h.store.Location, Counts: c})
}

type speakersData struct {
	Speakers []corpus.SpeakerCount
	More     int // the limit that shows more, 0 when all are shown
}

// speakers is GET /corpus/speakers[?limit=N]: the most quoted first.
func (h *Handler) speakers(w http.ResponseWriter, r *http.Request) {
	n, err := limit(r, 200, 100000)
	if err != nil {
		h.fail(w, r, http.StatusBadRequest, "bad-request", err.Error())
		return
	}
	sp, err := h.store.Speakers(r.Context(), n)
	if err != nil {
		h.storeFailed(w, r, err)
		return
	}
	if sp == nil {
		sp = []corpus.SpeakerCount{}
	}
	d := speakersData{Speakers: sp}
	if len(sp) == n && n < 100000 {
		d.More = min(2*n, 100000)
	}
	h.reply(w, r, http.StatusOK, "speakers", "Speakers", sp, d)
}

// speaker is GET /corpus/speaker?name=NAME: every quotation of one
// speaker, with the documents giving it.
func (h *Handler) speaker(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.URL.Query().Get("name"))
	if name == "" {
		h.fail(w, r, http.StatusBadRequest, "bad-request", "name a speaker: /corpus/speaker?name=…")
		return
	}
	p, err := h.store.SpeakerPage(r.Context(), name)
	if err != nil {
		h.storeFailed(w, r, err)
		return
	}
	if p == nil {
		h.fail(w, r, http.StatusNotFound, "not-found", fmt.Sprintf("the corpus quotes no one named %q", name))
		return
	}
	h.reply(w, r, http.StatusOK, "speaker", p.Name, p, p)
}

// conflicts is GET /corpus/conflicts[?limit=N]: quotations given to
// different people.
func (h *Handler) conflicts(w http.ResponseWriter, r *http.Request) {
	n, err := limit(r, 200, 100000)
	if err != nil {
		h.fail(w, r, http.StatusBadRequest, "bad-request", err.Error())
		return
	}
	cs, err := h.store.Conflicts(r.Context(), n)
	if err != nil {
		h.storeFailed(w, r, err)
		return
	}
	if cs == nil {
		cs = []corpus.Conflict{}
	}
	h.reply(w, r, http.StatusOK, "conflicts", "Conflicts", cs, cs)
}

// segment is a piece of a search snippet, Hit when the search matched it.
type segment struct {
	Text string
	Hit  bool
}

// segments splits a snippet whose matched words are in [brackets].
func segments(snippet string) []segment {
	var out []segment
	for snippet != "" {
		i := strings.IndexByte(snippet, '[')
		j := -1
		if i >= 0 {
			j = strings.IndexByte(snippet[i:], ']')
		}
		if i < 0 || j < 0 {
			return append(out, segment{Text: snippet})
		}
		if i > 0 {
			out = append(out, segment{Text: snippet[:i]})
		}
		out = append(out, segment{Text: snippet[i+1 : i+j], Hit: true})
		snippet = snippet[i+j+1:]
	}
	return out
}

type searchHit struct {
	Doc     corpus.DocRef
	Snippet []segment
}

type searchData struct {
	Query string
	Hits  []searchHit
}

// search is GET /corpus/search?q=WORDS: documents containing every word.
func (h *Handler) search(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	n, err := limit(r, 50, 1000)
	if err != nil {
		h.fail(w, r, http.StatusBadRequest, "bad-request", err.Error())
		return
	}
	var hits []corpus.SearchHit
	if q != "" {
		if hits, err = h.store.Search(r.Context(), q, n); err != nil {
			h.storeFailed(w, r, err)
			return
		}
	}
	if hits == nil {
		hits = []corpus.SearchHit{}
	}
	d := searchData{Query: q}
	for _, hit := range hits {
		d.Hits = append(d.Hits, searchHit{Doc: hit.Doc, Snippet: segments(hit.Snippet)})
	}
	h.reply(w, r, http.StatusOK, "search", "Search", hits, d)
}

type quotesData struct {
	Query string
	Hits  []corpus.QuoteHit
}

// quotes is GET /corpus/quotes?text=WORDS: the quotations giving these
// words, best first.
func (h *Handler) quotes(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("text"))
	n, err := limit(r, 50, 1000)
	if err != nil {
		h.fail(w, r, http.StatusBadRequest, "bad-request", err.Error())
		return
	}
	var hits []corpus.QuoteHit
	if q != "" {
		if hits, err = h.store.Quoting(r.Context(), q, n); err != nil {
			h.storeFailed(w, r, err)
			return
		}
	}
	if hits == nil {
		hits = []corpus.QuoteHit{}
	}
	d := quotesData{Query: q, Hits: hits}
	h.reply(w, r, http.StatusOK, "quotes", "Quotations", hits, d)
}

// document is GET /corpus/doc?id=N: the stored document in the reading
// view. The store keeps the text extracted from the original, not the
// original, so the text is analysed again as plain text: the evidence
// map is the one stored, less the markup (headings, links) of an HTML or
// Markdown original. As JSON it is the document's analysis, as hearsay
// analyze --format json writes it.
func (h *Handler) document(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.URL.Query().Get("id"), 10, 64)
	if err != nil || id < 1 {
		h.fail(w, r, http.StatusNotFound, "not-found", "no such document: the id must be a positive whole number")
		return
	}
	sd, err := h.store.Document(r.Context(), id)
	if errors.Is(err, corpus.ErrNoDocument) {
		h.fail(w, r, http.StatusNotFound, "not-found", fmt.Sprintf("the corpus holds no document %d", id))
		return
	}
	if err != nil {
		h.storeFailed(w, r, err)
		return
	}
	if sd.Error != "" || sd.Text == "" {
		title := sd.Title
		if title == "" {
			title = sd.Name
		}
		if sd.Error == "" {
			sd.Error = "it has no text"
		}
		e := errorBody(http.StatusUnprocessableEntity, "failed-document", "document "+strconv.FormatInt(id, 10)+" could not be analysed when it was ingested: "+sd.Error)
		h.reply(w, r, http.StatusUnprocessableEntity, "failed", title, e, sd)
		return
	}
	d, err := h.analyze(r.Context(), sd)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			h.fail(w, r, http.StatusServiceUnavailable, "timeout", "the analysis took too long")
			return
		}
		h.logf("%s %s: %v", r.Method, r.URL.Path, err)
		h.fail(w, r, http.StatusInternalServerError, "internal", "the document could not be analysed again; see the server log")
		return
	}
	var buf bytes.Buffer
	if wantsJSON(r) {
		err = render.JSON(&buf, d)
		w.Header().Set("Content-Type", "application/json")
	} else {
		err = view.HTML(&buf, d, view.Options{Nav: nav})
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", view.CSP)
	}
	if err != nil {
		h.logf("%s %s: rendering: %v", r.Method, r.URL.Path, err)
		w.Header().Del("Content-Security-Policy")
		h.fail(w, r, http.StatusInternalServerError, "internal", "internal error; please report it")
		return
	}
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	w.Write(buf.Bytes())
}

// analyze analyses a stored document's text again, at most
// Config.MaxConcurrent at once, and gives it the metadata stored with it.
func (h *Handler) analyze(ctx context.Context, sd *corpus.StoredDocument) (*hearsay.Document, error) {
	ctx, cancel := context.WithTimeout(ctx, h.cfg.AnalyzeTimeout)
	defer cancel()
	select {
	case h.slots <- struct{}{}:
		defer func() { <-h.slots }()
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	d, err := hearsay.AnalyzeBytes(ctx, []byte(sd.Text), hearsay.Options{
		Name: sd.Name, Format: hearsay.FormatText, MaxSize: int64(len(sd.Text)) + 1, Quotes: h.cfg.Quotes})
	if err != nil {
		return nil, err
	}
	m := &d.Meta
	// The plain text keeps the title only if the original's body repeats
	// it; otherwise the stored title is drawn above the text.
	if m.Title == "" && sd.Title != "" && !strings.Contains(sd.Text[:min(len(sd.Text), 1000)], sd.Title) {
		m.Title = sd.Title
	}
	if m.Author == "" {
		m.Author = sd.Author
	}
	if m.Date == "" {
		m.Date = sd.Date
	}
	if m.URL == "" {
		m.URL = view.SafeURL(sd.URI)
	}
	return d, nil
}
