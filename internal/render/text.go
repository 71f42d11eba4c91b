package render

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// flushSize is how much of the report is built before it is written, so
// that a document with a million sentences streams out in pieces.
const flushSize = 64 << 10

// maxShown is how many characters of a sentence the text report shows;
// longer ones keep their start and end, the parts that show a boundary.
const maxShown = 110

// Text writes the terminal report of d: its metadata, diagnostics, its
// quotations as a tree, and each paragraph with its sentences, located by
// line and column in the input file (for HTML and Markdown, where the
// words are in the page's source). Text from the article is written with
// control characters taken out, so that a hostile article cannot send
// escape sequences to the terminal.
func Text(w io.Writer, d *doc.Document) error {
	lines := newLineIndex(d)
	b := &strings.Builder{}
	name := d.Name
	if name == "" || name == "-" {
		name = "(stdin)"
	}
	fmt.Fprintf(b, "%s — %s, %d bytes\n", name, d.Format, len(d.Raw))
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(b, "  %-9s %s\n", k, shorten(v))
		}
	}
	field("Title", d.Meta.Title)
	field("Subtitle", d.Meta.Subtitle)
	field("Author", d.Meta.Author)
	field("Date", d.Meta.Date)
	field("Site", d.Meta.SiteName)
	field("URL", d.Meta.URL)
	fmt.Fprintf(b, "  %d paragraphs · %d sentences · %d tokens · %d elements\n",
		len(d.Paragraphs), len(d.Sentences), len(d.Tokens), len(d.Elements))
	if len(d.Diagnostics) > 0 {
		fmt.Fprintf(b, "\nDiagnostics\n")
		for _, g := range d.Diagnostics {
			fmt.Fprintf(b, "  %-7s %-16s %s\n", lines.pos(g.Span.Start), g.Code, g.Message)
		}
	}
	writeQuotes(b, d, lines)
	writeFidelity(b, d, lines)
	writeChains(b, d)
	writeCitations(b, d, lines)
	writeSources(b, d)
	writeClaims(b, d, lines)
	if len(d.Findings) > 0 {
		fmt.Fprintf(b, "\nFindings\n")
		for _, f := range d.Findings {
			fmt.Fprintf(b, "  %-7s %-20s %s\n", lines.pos(f.Span.Start), f.Code, shorten(f.Message))
			writeCheckEvidence(b, f)
		}
	}
	fmt.Fprintf(b, "\nParagraphs and sentences\n")
	si := 0
	for pi, p := range d.Paragraphs {
		kind := string(p.Kind)
		if p.Quote > 0 {
			kind += fmt.Sprintf(" (quote depth %d)", p.Quote)
		}
		fmt.Fprintf(b, "  ¶%d %s at %s\n", pi+1, kind, lines.pos(p.Start))
		for ; si < len(d.Sentences) && d.Sentences[si].Paragraph == pi; si++ {
			fmt.Fprintf(b, "    %3d  %s\n", si+1, shorten(d.Slice(d.Sentences[si].Span)))
			if b.Len() > flushSize {
				if _, err := io.WriteString(w, b.String()); err != nil {
					return err
				}
				b.Reset()
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// maxQuoteShown is how many characters of a quotation the text report
// shows, before its indentation is taken off.
const maxQuoteShown = 80

// writeQuotes writes the quotations as a tree: each one under the
// quotation it is quoted in, with its kind, where it starts, and its words.
func writeQuotes(b *strings.Builder, d *doc.Document, lines *lineIndex) {
	if len(d.Quotes) == 0 {
		return
	}
	counts := map[doc.QuoteKind]int{}
	for _, q := range d.Quotes {
		counts[q.Kind]++
	}
	var parts []string
	for _, k := range []doc.QuoteKind{doc.QuoteDirect, doc.QuoteMixed, doc.QuoteIndirect, doc.QuoteScare, doc.QuoteTitle} {
		if counts[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[k], k))
		}
	}
	fmt.Fprintf(b, "\nQuotations: %s\n", strings.Join(parts, ", "))
	// last[i]: no later quotation has the same parent as quotation i.
	last := make([]bool, len(d.Quotes))
	seen := map[int]bool{}
	for i := len(d.Quotes) - 1; i >= 0; i-- {
		p := d.Quotes[i].Parent
		last[i] = !seen[p]
		seen[p] = true
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		var notes []string
		if q.Element >= 0 {
			notes = append(notes, string(d.Elements[q.Element].Kind))
		}
		if paras := quoteParagraphs(d, q); paras > 1 {
			notes = append(notes, fmt.Sprintf("%d paragraphs", paras))
		} else if len(q.Content) > 1 {
			notes = append(notes, fmt.Sprintf("split in %d", len(q.Content)))
		}
		for _, c := range q.Citations {
			notes = append(notes, "cited "+shortenTo(d.Slice(d.Citations[c].Span), 20))
		}
		if q.Speaker.Name != "" {
			who := "— " + shortenTo(q.Speaker.Name, 40)
			if q.Speaker.Vague {
				who += ", names no one" // "Some say …": a vague source, not a person
			}
			notes = append(notes, who)
		}
		if q.Fidelity != nil {
			notes = append(notes, string(q.Fidelity.Verdict))
		}
		note := ""
		if len(notes) > 0 {
			note = " (" + strings.Join(notes, ", ") + ")"
		}
		branch := treeBranch(d.Quotes, last, i)
		width := max(20, maxQuoteShown-utf8.RuneCountInString(branch))
		open, close := "“", "”"
		words := q.Words(d.Text)
		if q.Kind == doc.QuoteIndirect {
			open, close = "", "" // reported speech has no marks
		} else if w, ok := clauseWords(d, q); ok {
			open, close, words = "", "", w // the marks where they stand: The storms … “took two piers”
		}
		fmt.Fprintf(b, "  %-4s %-8s %-7s %s%s%s%s%s\n", quoteLabel(i), q.Kind, lines.pos(q.Start),
			branch, open, strings.ReplaceAll(shortenTo(words, width), "  ", " "), close, note)
	}
}

// clauseWords returns the words of a mixed quotation read as the
// clause it stands in, with the marks around the marked words only:
// "The storms … “took two piers”" for "The storms, Ann Lee told the
// council, “took two piers”". Marks around the whole would show the
// writer's words as quoted. ok is false for a quotation whose words all
// lie inside its marks.
func clauseWords(d *doc.Document, q *doc.Quote) (string, bool) {
	if q.Kind != doc.QuoteMixed || len(q.Marks) < 2 || len(q.Content) == 0 {
		return "", false
	}
	lo, hi := q.Marks[0].End, q.Marks[len(q.Marks)-1].Start
	if q.Content[0].Start >= lo && q.Content[len(q.Content)-1].End <= hi {
		return "", false
	}
	var before, after []doc.Span
	for _, c := range q.Content {
		switch {
		case c.End <= lo:
			before = append(before, c)
		case c.Start >= hi:
			after = append(after, c)
		}
	}
	inner := doc.Quote{Content: before}
	w := inner.Words(d.Text)
	if w != "" {
		w += " … "
	}
	w += "“" + d.Text[lo:hi] + "”"
	if len(after) > 0 {
		inner.Content = after
		w += " … " + inner.Words(d.Text)
	}
	return w, true
}

// writeChains draws, for each quotation with a speaker, the chain of
// hands it passed through from the author down to the speaker, once per
// distinct chain.
func writeChains(b *strings.Builder, d *doc.Document) {
	seen := map[string]bool{}
	var lines []string
	author := d.Meta.Author
	if author == "" {
		author = "the author"
	}
	for i, q := range d.Quotes {
		hands := q.Chain
		if len(hands) > 0 && hands[0] == d.Meta.Author {
			hands = hands[1:] // the author's own words: "I was keen to know more"
		}
		if len(hands) == 0 {
			continue
		}
		chain := author + " → " + strings.Join(hands, " → ")
		if seen[chain] {
			continue
		}
		seen[chain] = true
		lines = append(lines, fmt.Sprintf("  %-4s %s\n", quoteLabel(i), shortenTo(chain, 160)))
	}
	if len(lines) > 0 {
		b.WriteString("\nChains of hands\n")
		for _, l := range lines {
			b.WriteString(l)
		}
	}
}

// writeSources lists the named sources with their type, class and how
// often they are mentioned.
func writeSources(b *strings.Builder, d *doc.Document) {
	if len(d.Sources) == 0 {
		return
	}
	fmt.Fprintf(b, "\nSources\n")
	for _, src := range d.Sources {
		kind := string(src.Type)
		if src.Class != "" {
			kind += ", " + string(src.Class)
		}
		if src.Vague {
			kind = strings.TrimPrefix(kind+", vague", ", ")
		}
		fmt.Fprintf(b, "  %-40s %-28s %d×\n", shortenTo(src.Name, 40), kind, len(src.Mentions))
	}
}

// writeClaims writes the claim summary, then the author's claims one a
// line: id, type, check-worthiness, position, what backs it (or
// "unsupported" for a check-worthy factual claim that nothing backs),
// the sentence and its cues. Quoted claims are counted, not listed: the
// quotation tree shows them.
func writeClaims(b *strings.Builder, d *doc.Document, lines *lineIndex) {
	if len(d.Claims) == 0 {
		return
	}
	s := doc.SummarizeClaims(d)
	var kinds []string
	for _, t := range []doc.ClaimType{doc.ClaimFactual, doc.ClaimEvaluative, doc.ClaimNormative, doc.ClaimCounterfactual,
		doc.ClaimPrediction, doc.ClaimQuestion} {
		if s.ByType[t] > 0 {
			kinds = append(kinds, fmt.Sprintf("%d %s", s.ByType[t], t))
		}
	}
	fmt.Fprintf(b, "\nClaims: %d by the author (%s), %d quoted\n", s.Author, strings.Join(kinds, ", "), s.Claims-s.Author)
	fmt.Fprintf(b, "  check-worthy factual %d, unsupported %d (%.0f%%)\n", s.CheckWorthy, s.Unsupported, 100*s.UnsupportedShare)
	fmt.Fprintf(b, "  hedges %d (%.1f per 100 claims, %.0f%% of claims hedged), boosters %d (%.1f per 100, %.0f%%), vague attributions %d\n",
		s.Hedges, s.HedgeRate, 100*s.HedgedShare, s.Boosters, s.BoosterRate, 100*s.BoostedShare, s.Vague)
	for i := range d.Claims {
		c := &d.Claims[i]
		if c.Quoted >= 0 {
			continue
		}
		var backs []string
		for _, k := range c.Citations {
			backs = append(backs, fmt.Sprintf("c%d", k+1))
		}
		for _, k := range c.Quotes {
			backs = append(backs, quoteLabel(k))
		}
		for _, k := range c.Sources {
			backs = append(backs, fmt.Sprintf("s%d", k+1))
		}
		sup := strings.Join(backs, ",")
		if sup == "" && c.Type == doc.ClaimFactual && c.CheckWorthy >= doc.CheckWorthyThreshold {
			sup = "unsupported"
		}
		var cues []string
		for _, h := range c.Hedges {
			cues = append(cues, "−"+shortenTo(d.Slice(h.Span), 30))
		}
		for _, h := range c.Boosters {
			cues = append(cues, "+"+shortenTo(d.Slice(h.Span), 30))
		}
		for _, v := range c.Vague {
			cues = append(cues, "?"+shortenTo(d.Slice(v), 30))
		}
		note := ""
		if len(cues) > 0 {
			note = " [" + strings.Join(cues, "; ") + "]"
		}
		fmt.Fprintf(b, "  k%-4d %-14s %.2f %-7s %-11s %s%s\n", i+1, c.Type, c.CheckWorthy, lines.pos(c.Start),
			shortenTo(sup, 11), shortenTo(d.Slice(c.Span), 70), note)
	}
}

// writeCitations lists the citations: markers with where they lead, and
// links counted but not listed, since a page may have hundreds.
func writeCitations(b *strings.Builder, d *doc.Document, lines *lineIndex) {
	if len(d.Citations) == 0 {
		return
	}
	counts := map[doc.CitationStatus]int{}
	links := 0
	for _, c := range d.Citations {
		if c.Kind == doc.CiteLink {
			links++
		} else {
			counts[c.Status]++
		}
	}
	fmt.Fprintf(b, "\nCitations: %d resolved, %d unresolved, %d orphan notes, %d links\n",
		counts[doc.CiteResolved], counts[doc.CiteUnresolved], counts[doc.CiteOrphan], links)
	for i, c := range d.Citations {
		if c.Kind == doc.CiteLink {
			continue
		}
		to := ""
		switch {
		case c.Target >= 0:
			r := d.References[c.Target]
			to = "→ " + shortenTo(d.Slice(r.Span), 70)
		case c.URL != "":
			to = "→ " + shortenTo(c.URL, 70)
		}
		line := fmt.Sprintf("  c%-3d %-10s %-7s %-10s %s", i+1, shortenTo(d.Slice(c.Span), 10), lines.pos(c.Start), c.Status, to)
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
}

// treeBranch draws the lines that lead from the quotations enclosing
// quotation i to it: "│  " for an enclosing one with more to come, then
// "├─ " or "└─ ".
func treeBranch(qs []doc.Quote, last []bool, i int) string {
	p := qs[i].Parent
	if p < 0 {
		return ""
	}
	s := "└─ "
	if !last[i] {
		s = "├─ "
	}
	for ; qs[p].Parent >= 0; p = qs[p].Parent {
		if last[p] {
			s = "   " + s
		} else {
			s = "│  " + s
		}
	}
	return s
}

func quoteLabel(i int) string { return fmt.Sprintf("q%d", i+1) }

// quoteParagraphs counts the paragraph breaks q's content runs over, plus one.
func quoteParagraphs(d *doc.Document, q *doc.Quote) int {
	n := 1
	for i := 1; i < len(q.Content); i++ {
		if strings.Contains(d.Text[q.Content[i-1].End:q.Content[i].Start], "\n\n") {
			n++
		}
	}
	return n
}

// shorten puts s on one line and elides its middle if it is long.
func shorten(s string) string { return shortenTo(s, maxShown) }

// shortenTo puts s on one line, without control characters, and elides
// its middle if it has more than max characters. Only the ends of a long
// s are looked at, so a sentence of megabytes costs no more than a short one.
func shortenTo(s string, max int) string {
	if window := 8 * max; len(s) > 2*window {
		head, tail := window, len(s)-window
		for head > 0 && !utf8.RuneStart(s[head]) {
			head--
		}
		for tail < len(s) && !utf8.RuneStart(s[tail]) {
			tail++
		}
		s = s[:head] + " … " + s[tail:]
	}
	s = strings.Join(strings.Fields(strings.Map(printable, s)), " ")
	if n := utf8.RuneCountInString(s); n > max {
		r := []rune(s)
		keep := (max - 3) / 2
		s = string(r[:keep]) + " … " + string(r[n-keep:])
	}
	return s
}

// printable maps control characters (C0, DEL, C1, and the bidirectional
// overrides that can make text read backwards) to spaces.
func printable(r rune) rune {
	if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
		return ' '
	}
	return r
}

// lineIndex turns offsets in the extracted text into line:column
// positions in the input for people. Columns count characters, not bytes,
// from 1.
type lineIndex struct {
	d      *doc.Document
	src    string // the input (or the text, when the document has no input)
	starts []int  // byte offset of each line start in src
	// The last position asked for, so that asking for later positions on
	// the same line counts on from there: the report asks in order, and a
	// long one-line paragraph with thousands of quotations would otherwise
	// cost time quadratic in its length.
	lastLine, lastOff, lastCol int
}

func newLineIndex(d *doc.Document) *lineIndex {
	src := string(d.Raw)
	if d.Raw == nil {
		src = d.Text
	}
	starts := []int{0}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{d: d, src: src, starts: starts, lastLine: -1}
}

// pos returns the position of the input that text offset off came from.
func (x *lineIndex) pos(off int) string {
	if x.d.Raw != nil {
		off = x.d.RawSpan(doc.Span{Start: off, End: off}).Start
	}
	off = min(max(off, 0), len(x.src))
	line := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
	if line < 0 {
		line = 0
	}
	from, col := x.starts[line], 1
	if line == x.lastLine && off >= x.lastOff {
		from, col = x.lastOff, x.lastCol
	}
	col += utf8.RuneCountInString(x.src[from:off])
	x.lastLine, x.lastOff, x.lastCol = line, off, col
	return fmt.Sprintf("%d:%d", line+1, col)
}
