// Package view renders Hearsay's reading view: the article as it reads,
// with its quotations highlighted by speaker, its citation markers, claims
// and findings marked in the text, and a side panel that lists them and a
// drawing of the chains of hands.
//
// The view is one self-contained HTML page: its style and script are
// inline, allowed by a Content-Security-Policy that names their hashes and
// forbids everything else (remote loads, other scripts, plugins), so the
// page makes no network request and works offline. The same view is
// `hearsay analyze --format html` and the result page of `hearsay serve`.
//
// Every piece of text that comes from the article (its words, names,
// attributes, addresses) is HTML-escaped where it is written; links keep
// only http and https addresses. A hostile article renders inert.
package view

import (
	"bufio"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html"
	"io"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

//go:embed view.css
var css string

//go:embed view.js
var script string

// CSP is the Content-Security-Policy of every page this package writes:
// nothing may load from anywhere, and only this package's own style and
// script run. Servers should send it as a header too.
var CSP = "default-src 'none'; style-src '" + hash(css) + "'; script-src '" + hash(script) +
	"'; img-src data:; form-action 'self'; base-uri 'none'"

func hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(h[:])
}

// Options change what a page shows around the reading view.
type Options struct {
	// Nav is trusted HTML put at the top of the page (the server's link
	// back to its form); "" for none. It is never taken from an article.
	Nav string
}

// HTML writes the reading view of d as a complete HTML page.
func HTML(w io.Writer, d *doc.Document, opts Options) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	r := newRenderer(d)
	title := d.Meta.Title
	if title == "" {
		title = d.Name
	}
	if title == "" {
		title = "Article"
	}
	Head(bw, title+" — Hearsay")
	bw.WriteString(`<body>` + "\n")
	bw.WriteString(opts.Nav)
	bw.WriteString(`<div class="layout">` + "\n" + `<main id="article" aria-label="Article">` + "\n")
	r.header(bw)
	r.article(bw)
	bw.WriteString("</main>\n" + `<aside id="panel" aria-label="Evidence">` + "\n")
	bw.WriteString(`<p id="status" class="visually-hidden" role="status" aria-live="polite"></p>` + "\n")
	r.panel(bw)
	bw.WriteString("</aside>\n</div>\n")
	Foot(bw)
	return bw.Flush()
}

// Head writes the start of a page up to its body: the policy, the style
// and the title (escaped here).
func Head(w io.StringWriter, title string) {
	w.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	w.WriteString(`<meta http-equiv="Content-Security-Policy" content="` + CSP + `">` + "\n")
	w.WriteString(`<meta name="viewport" content="width=device-width, initial-scale=1">` + "\n")
	w.WriteString(`<meta name="referrer" content="no-referrer">` + "\n")
	w.WriteString("<title>" + esc(title) + "</title>\n<style>" + css + "</style>\n</head>\n")
}

// Foot ends a page begun with Head, with the view's script.
func Foot(w io.StringWriter) {
	w.WriteString("<script>" + script + "</script>\n</body>\n</html>\n")
}

func esc(s string) string { return html.EscapeString(s) }

// SafeURL returns href if it is an absolute http or https address, else
// "": javascript:, data:, relative and protocol-relative addresses are
// dropped.
func SafeURL(href string) string {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil || u.Host == "" {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.String()
	}
	return ""
}

// A mark is an annotation drawn inline: open and close are the HTML that
// surround the text it covers. Marks may cross each other; the renderer
// closes and reopens them so that the HTML nests.
type mark struct {
	doc.Span
	open   string // the HTML opening the first piece; holds the id
	reopen string // the HTML opening a later piece: open without the id
	close  string
	rank   int // among marks with the same span, lower opens first (outside)
}

// renderer holds what the text and the panel share: the speakers and
// their colour classes.
type renderer struct {
	d        *doc.Document
	speakers []speakerInfo
	spOf     map[string]int // speaker name → index in speakers
	claimTag map[int]bool
}

type speakerInfo struct {
	name   string
	quotes []int
}

// palette is the number of speaker colour classes in view.css.
const palette = 10

func newRenderer(d *doc.Document) *renderer {
	r := &renderer{d: d, spOf: map[string]int{}}
	for i := range d.Quotes {
		n := d.Quotes[i].Speaker.Name
		if n == "" {
			continue
		}
		k, ok := r.spOf[n]
		if !ok {
			k = len(r.speakers)
			r.spOf[n] = k
			r.speakers = append(r.speakers, speakerInfo{name: n})
		}
		r.speakers[k].quotes = append(r.speakers[k].quotes, i)
	}
	return r
}

func (r *renderer) speakerClass(name string) string {
	k, ok := r.spOf[name]
	if !ok {
		return "sp-none"
	}
	return "sp" + strconv.Itoa(k%palette)
}

func (r *renderer) speakerKey(name string) string {
	k, ok := r.spOf[name]
	if !ok {
		return ""
	}
	return "sp" + strconv.Itoa(k+1)
}

func (r *renderer) header(w *bufio.Writer) {
	m := r.d.Meta
	// The title is drawn from the text when the text holds it; otherwise
	// (an HTML title the article body does not repeat) it is drawn here.
	if m.Title != "" && m.TitleSpan.Len() == 0 {
		w.WriteString(`<h1 class="doc-title">` + esc(m.Title) + "</h1>\n")
	}
	var bits []string
	if m.SiteName != "" {
		bits = append(bits, esc(m.SiteName))
	}
	if m.Date != "" {
		bits = append(bits, esc(m.Date))
	}
	if u := SafeURL(m.URL); u != "" {
		bits = append(bits, `<a href="`+esc(u)+`" rel="noopener noreferrer nofollow">`+esc(m.URL)+`</a>`)
	}
	if len(bits) > 0 {
		w.WriteString(`<p class="doc-meta">` + strings.Join(bits, " · ") + "</p>\n")
	}
}

// marks returns every inline annotation of the document, sorted by start,
// longer first.
func (r *renderer) marks() []mark {
	d := r.d
	var ms []mark
	add := func(s doc.Span, open, reopen, close string, rank int) {
		if s.Len() <= 0 || !doc.ValidSpan(d.Text, s) {
			return
		}
		ms = append(ms, mark{Span: s, open: open, reopen: reopen, close: close, rank: rank})
	}
	for i := range d.Elements {
		e := &d.Elements[i]
		if e.Kind != doc.ElemLink {
			continue
		}
		href, _ := e.Attr("href")
		if u := SafeURL(href); u != "" {
			a := `<a href="` + esc(u) + `" rel="noopener noreferrer nofollow" class="ext">`
			add(e.Span, a, a, "</a>", 0)
		}
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		depth := 0
		for p := q.Parent; p >= 0 && depth < 8; p = d.Quotes[p].Parent {
			depth++
		}
		id := "q" + strconv.Itoa(i+1)
		cls := "q " + r.speakerClass(q.Speaker.Name) + " k-" + string(q.Kind) + " d" + strconv.Itoa(depth)
		title := string(q.Kind) + " quotation"
		if q.Speaker.Name != "" {
			title += " — " + q.Speaker.Name
		}
		if len(q.Chain) > 1 {
			title += " (via " + strings.Join(q.Chain, " → ") + ")"
		}
		attrs := ` class="` + cls + `" data-key="` + id + `"`
		if k := r.speakerKey(q.Speaker.Name); k != "" {
			attrs += ` data-speaker="` + k + `"`
		}
		attrs += ` title="` + esc(title) + `"`
		add(q.Span, `<span id="`+id+`"`+attrs+`>`, `<span`+attrs+`>`, "</span>", 1)
		if q.Speaker.Mention.Len() > 0 {
			m := `<span class="mention" data-key="` + id + `" title="` + esc("speaker of "+id) + `">`
			add(q.Speaker.Mention, m, m, "</span>", 5)
		}
	}
	for i := range d.Claims {
		c := &d.Claims[i]
		id := "cl" + strconv.Itoa(i+1)
		title := string(c.Type) + " claim"
		if !c.Supported() {
			title += ", nothing in the article backs it"
		}
		attrs := ` class="claim t-` + string(c.Type) + `" data-key="` + id + `" title="` + esc(title) + `"`
		add(c.Span, `<span id="`+id+`"`+attrs+`>`, `<span`+attrs+`>`, "</span>", 2)
		for _, h := range c.Hedges {
			o := `<span class="hedge s-` + string(h.Strength) + `" title="` + esc(string(h.Strength)+" hedge") + `">`
			add(h.Span, o, o, "</span>", 6)
		}
		for _, b := range c.Boosters {
			o := `<span class="booster s-` + string(b.Strength) + `" title="` + esc(string(b.Strength)+" booster") + `">`
			add(b.Span, o, o, "</span>", 6)
		}
	}
	for i := range d.Sources {
		id := "s" + strconv.Itoa(i+1)
		for k, m := range d.Sources[i].Mentions {
			o := `<span class="src" data-key="` + id + `">`
			first := o
			if k == 0 {
				first = `<span id="` + id + `" class="src" data-key="` + id + `">`
			}
			add(m, first, o, "</span>", 4)
		}
	}
	for i := range d.Citations {
		c := &d.Citations[i]
		id := "c" + strconv.Itoa(i+1)
		status := string(c.Status)
		title := "citation " + status
		if c.URL != "" {
			title += ": " + c.URL
		} else if c.Target >= 0 && c.Target < len(d.References) {
			title += ": " + d.Slice(d.References[c.Target].Span)
		}
		cls := "cite " + status
		if c.Kind == doc.CiteLink {
			cls += " link" // linked words: marked, not drawn as a marker
		}
		attrs := ` class="` + cls + `" data-key="` + id + `" title="` + esc(title) + `"`
		add(c.Span, `<span id="`+id+`"`+attrs+`>`, `<span`+attrs+`>`, "</span>", 3)
	}
	for i := range d.Findings {
		f := &d.Findings[i]
		id := "f" + strconv.Itoa(i+1)
		attrs := ` class="finding" data-key="` + id + `" title="` + esc(string(f.Code)+": "+f.Message) + `"`
		add(f.Span, `<span id="`+id+`"`+attrs+`>`, `<span`+attrs+`>`, "</span>", 7)
	}
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End > b.End
		}
		return a.rank < b.rank
	})
	return ms
}

// article writes the paragraphs with their marks. Consecutive paragraphs
// inside block quotations are grouped into nested blockquote elements,
// list items into lists.
func (r *renderer) article(w *bufio.Writer) {
	d := r.d
	ms := r.marks()
	levels := r.headingLevels()
	next := 0          // next mark not yet active
	var active []*mark // marks that started before the paragraph and may reach into it
	depth, inList := 0, false
	for pi, p := range d.Paragraphs {
		if !doc.ValidSpan(d.Text, p.Span) {
			continue
		}
		if inList && p.Kind != doc.BlockListItem {
			w.WriteString("</ul>\n")
			inList = false
		}
		for depth < p.Quote {
			w.WriteString("<blockquote>\n")
			depth++
		}
		for depth > p.Quote {
			w.WriteString("</blockquote>\n")
			depth--
		}
		// Marks that reach into this paragraph.
		keep := active[:0]
		for _, m := range active {
			if m.End > p.Start {
				keep = append(keep, m)
			}
		}
		active = keep
		for next < len(ms) && ms[next].Start < p.End {
			if ms[next].End > p.Start {
				active = append(active, &ms[next])
			}
			next++
		}
		var open, close string
		pid := ` id="p` + strconv.Itoa(pi+1) + `"`
		switch p.Kind {
		case doc.BlockTitle:
			open, close = "<h1"+pid+">", "</h1>"
		case doc.BlockHeading:
			l := strconv.Itoa(levels[pi])
			open, close = "<h"+l+pid+">", "</h"+l+">"
		case doc.BlockListItem:
			if !inList {
				w.WriteString("<ul>\n")
				inList = true
			}
			open, close = "<li"+pid+">", "</li>"
		case doc.BlockCode:
			open, close = "<pre"+pid+">", "</pre>"
		default:
			open, close = `<p`+pid+` class="b-`+string(p.Kind)+`">`, "</p>"
		}
		w.WriteString(open)
		inline(w, d.Text, p.Span, active)
		w.WriteString(close + "\n")
	}
	if inList {
		w.WriteString("</ul>\n")
	}
	for ; depth > 0; depth-- {
		w.WriteString("</blockquote>\n")
	}
}

// headingLevels gives each heading paragraph an HTML level from its
// heading element, 2 when the markup says none (the title is level 1).
func (r *renderer) headingLevels() map[int]int {
	d := r.d
	lv := map[int]int{}
	e := 0
	for pi, p := range d.Paragraphs {
		if p.Kind != doc.BlockHeading {
			continue
		}
		lv[pi] = 2
		for e < len(d.Elements) && d.Elements[e].Start < p.Start {
			e++
		}
		for k := e; k < len(d.Elements) && d.Elements[k].Start <= p.Start; k++ {
			if d.Elements[k].Kind == doc.ElemHeading && d.Elements[k].Level >= 1 && d.Elements[k].Level <= 6 {
				lv[pi] = max(d.Elements[k].Level, 2)
			}
		}
	}
	return lv
}

// inline writes text[p.Start:p.End] escaped, with the marks that overlap
// it, clipped to it. Crossing marks are closed and reopened so that the
// HTML nests; the id of a mark goes on the piece where it starts.
func inline(w *bufio.Writer, text string, p doc.Span, active []*mark) {
	type piece struct {
		m     *mark
		start int // clipped
		end   int
	}
	ps := make([]piece, 0, len(active))
	for _, m := range active {
		s, e := max(m.Start, p.Start), min(m.End, p.End)
		if s < e {
			ps = append(ps, piece{m, s, e})
		}
	}
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if a.end != b.end {
			return a.end > b.end
		}
		return a.m.rank < b.m.rank
	})
	var stack []piece
	opened := func(pc piece) string {
		if pc.start == pc.m.Start {
			return pc.m.open
		}
		return pc.m.reopen
	}
	closeAt := func(pos int) {
		low := -1
		for i, pc := range stack {
			if pc.end <= pos {
				low = i
				break
			}
		}
		if low < 0 {
			return
		}
		var reopen []piece
		for i := len(stack) - 1; i >= low; i-- {
			w.WriteString(stack[i].m.close)
			if stack[i].end > pos {
				reopen = append(reopen, stack[i])
			}
		}
		stack = stack[:low]
		for i := len(reopen) - 1; i >= 0; i-- {
			w.WriteString(reopen[i].m.reopen)
			stack = append(stack, reopen[i])
		}
	}
	pos, i := p.Start, 0
	for pos < p.End {
		closeAt(pos)
		for i < len(ps) && ps[i].start == pos {
			w.WriteString(opened(ps[i]))
			stack = append(stack, ps[i])
			i++
		}
		next := p.End
		if i < len(ps) && ps[i].start < next {
			next = ps[i].start
		}
		for _, pc := range stack {
			if pc.end < next {
				next = pc.end
			}
		}
		w.WriteString(esc(text[pos:next]))
		pos = next
	}
	closeAt(p.End)
}

// panel writes the side panel: speakers, chains of hands and their
// drawing, sources, citations, claims and findings. Each item is a button
// that shows its annotation in the text.
func (r *renderer) panel(w *bufio.Writer) {
	d := r.d
	section := func(id, title string, n int) {
		fmt.Fprintf(w, `<section id="%s"><h2>%s <span class="count">%d</span></h2>`+"\n", id, esc(title), n)
	}
	item := func(key, speaker, label string) {
		w.WriteString(`<li><button type="button" data-key="` + key + `"`)
		if speaker != "" {
			w.WriteString(` data-speaker="` + speaker + `" aria-pressed="false"`)
		}
		w.WriteString(`>` + label + "</button></li>\n")
	}
	emptyNote := func(n int, what string) {
		if n == 0 {
			w.WriteString(`<p class="none">No ` + what + ` found.</p>` + "\n")
		}
	}

	nq := 0
	for i := range d.Quotes {
		if d.Quotes[i].Kind == doc.QuoteDirect || d.Quotes[i].Kind == doc.QuoteMixed || d.Quotes[i].Kind == doc.QuoteIndirect {
			nq++
		}
	}
	section("speakers", "Speakers", len(r.speakers))
	w.WriteString(`<p class="summary">` + strconv.Itoa(len(d.Quotes)) + ` quotations, ` + strconv.Itoa(nq) + ` of them someone's words.</p>` + "\n")
	emptyNote(len(r.speakers), "speakers")
	w.WriteString(`<ul class="speakers">` + "\n")
	for _, s := range r.speakers {
		key := r.speakerKey(s.name)
		label := `<span class="swatch ` + r.speakerClass(s.name) + `" aria-hidden="true"></span>` + esc(s.name) +
			` <span class="count">` + strconv.Itoa(len(s.quotes)) + `</span>`
		item("q"+strconv.Itoa(s.quotes[0]+1), key, label)
	}
	w.WriteString("</ul></section>\n")

	var chains []int
	for i := range d.Quotes {
		if len(d.Quotes[i].Chain) > 0 {
			chains = append(chains, i)
		}
	}
	section("chains", "Chains of hands", len(chains))
	emptyNote(len(chains), "chains")
	if len(chains) > 0 {
		w.WriteString(chainSVG(d, chains))
	}
	w.WriteString(`<ol class="chains">` + "\n")
	for _, i := range chains {
		q := &d.Quotes[i]
		var parts []string
		for _, h := range q.Chain {
			parts = append(parts, esc(h))
		}
		item("q"+strconv.Itoa(i+1), "", `<span class="qid">q`+strconv.Itoa(i+1)+`</span> `+strings.Join(parts, ` <span aria-label="to">→</span> `))
	}
	w.WriteString("</ol></section>\n")

	section("sources", "Sources", len(d.Sources))
	emptyNote(len(d.Sources), "sources")
	w.WriteString(`<ul class="sources">` + "\n")
	for i, s := range d.Sources {
		var kind []string
		if s.Vague {
			kind = append(kind, "vague")
		}
		if s.Type != "" {
			kind = append(kind, string(s.Type))
		}
		if s.Class != "" {
			kind = append(kind, string(s.Class))
		}
		item("s"+strconv.Itoa(i+1), "", esc(s.Name)+` <span class="meta">`+esc(strings.Join(kind, ", "))+`</span> <span class="count">`+strconv.Itoa(len(s.Mentions))+`×</span>`)
	}
	w.WriteString("</ul></section>\n")

	resolved := 0
	for _, c := range d.Citations {
		if c.Status == doc.CiteResolved {
			resolved++
		}
	}
	section("citations", "Citations", len(d.Citations))
	if len(d.Citations) > 0 {
		fmt.Fprintf(w, `<p class="summary">%d resolved, %d leading nowhere.</p>`+"\n", resolved, len(d.Citations)-resolved)
	}
	emptyNote(len(d.Citations), "citations")
	w.WriteString(`<ul class="citations">` + "\n")
	for i, c := range d.Citations {
		label := `<span class="cite ` + esc(string(c.Status)) + `">` + esc(clip(d.Slice(c.Span), 60)) + `</span> <span class="meta">` + esc(string(c.Kind)+", "+string(c.Status)) + `</span>`
		if c.URL != "" {
			label += ` <span class="url">` + esc(c.URL) + `</span>`
		} else if c.Target >= 0 && c.Target < len(d.References) {
			label += ` <span class="ref">` + esc(clip(d.Slice(d.References[c.Target].Span), 90)) + `</span>`
		}
		item("c"+strconv.Itoa(i+1), "", label)
	}
	w.WriteString("</ul></section>\n")

	if len(d.Claims) > 0 {
		section("claims", "Claims", len(d.Claims))
		w.WriteString(`<ul class="claims">` + "\n")
		for i, c := range d.Claims {
			label := `<span class="claim t-` + esc(string(c.Type)) + `">` + esc(string(c.Type)) + `</span> ` + esc(clip(d.Slice(c.Span), 80))
			if len(c.Hedges) > 0 {
				label += ` <span class="meta">hedged</span>`
			}
			if !c.Supported() {
				label += ` <span class="meta">unsupported</span>`
			}
			item("cl"+strconv.Itoa(i+1), "", label)
		}
		w.WriteString("</ul></section>\n")
	}

	section("findings", "Findings", len(d.Findings))
	emptyNote(len(d.Findings), "findings")
	w.WriteString(`<ul class="findings">` + "\n")
	for i, f := range d.Findings {
		label := `<span class="code">` + esc(string(f.Code)) + `</span> ` + esc(f.Message)
		if f.Span.Len() > 0 {
			item("f"+strconv.Itoa(i+1), "", label)
		} else {
			w.WriteString("<li>" + label + "</li>\n")
		}
	}
	w.WriteString("</ul></section>\n")
	w.WriteString(legend)
}

// legend says what the marks in the text mean, in words as well as colours.
const legend = `<section id="legend"><h2>Key</h2><ul class="legend">
<li><span class="q sp0">“tinted, underlined”</span> a quotation, in its speaker's colour; <span class="q sp0"><span class="q sp1">boxed</span></span> one quoted inside another</li>
<li><span class="q sp-none k-scare">“dotted”</span> scare quotes or a title</li>
<li><span class="cite resolved">[1]</span> a citation that leads somewhere; <span class="cite unresolved">[2]</span> one that leads nowhere</li>
<li><span class="src">dotted</span> a named source; <span class="mention">bold</span> who is quoted</li>
<li><span class="finding">orange line</span> a finding</li>
<li><span class="claim t-factual">blue</span>, <span class="claim t-evaluative">wavy</span>, <span class="claim t-normative">double</span>, <span class="claim t-counterfactual">dashed</span> claims by type; <span class="hedge">hedge</span>, <span class="booster">booster</span></li>
</ul><p class="none">Press a button above to show its passages; Escape clears.</p></section>
`

// clip shortens s to about n bytes on a rune boundary, adding "…".
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	for n > 0 && (s[n]&0xC0) == 0x80 {
		n--
	}
	return s[:n] + "…"
}
