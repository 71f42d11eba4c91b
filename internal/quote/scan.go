package quote

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Limits on a quotation. They bound the work done on hostile input (a page
// of nothing but quote marks) and keep a mark that is never closed from
// swallowing the rest of an article.
const (
	// MaxDepth is how deeply quotations may nest. Prose rarely goes past
	// four levels; an opening mark deeper than this is ignored. It also
	// bounds the search for the level a closing mark closes, which keeps
	// the scan linear in the text.
	MaxDepth = 32
	// MaxLen is the furthest, in bytes, that a quotation whose closing mark
	// is missing may run: about 5,000 words, more than any passage prose
	// quotes, less than the transcripts whose every paragraph opens with a
	// mark. Past it, the quotation ends with the sentence where it crosses
	// the limit, or with a paragraph it would otherwise continue past.
	MaxLen = 32 << 10
	// MaxQuotes is the most quotations one document may have: a long
	// novel has some tens of thousands, a page of nothing but marks
	// millions, which would take gigabytes to hold. Past it the rest of
	// the document is not read for quotations.
	MaxQuotes = 100_000
	// maxDiagnostics is how many problems with marks one document reports
	// one by one; the rest are counted in one last diagnostic.
	maxDiagnostics = 100
)

// A level is a quotation opened by a mark and not yet closed.
type level struct {
	q    int   // index of its Quote in scanner.quotes
	g    glyph // the mark that opened it
	from int   // where its current content span starts
}

// A scanner pairs the quotation marks of a Document, paragraph by
// paragraph, with a stack of open quotations.
type scanner struct {
	d      *doc.Document
	text   string
	para   doc.Paragraph // the paragraph being scanned
	pi     int           // its index in d.Paragraphs
	marks  []mark        // the marks of the paragraph being scanned (or, at its end, of the next)
	stack  []level
	open   [numFamilies]int // how many levels of each family are on the stack
	quotes quoteList
	spans  spanSlab     // where the quotations' spans are made
	tok    cursor       // where inWord last looked in the tokens
	code   []doc.Span   // the inline code not yet passed, in order
	find   doc.ByteScan // where collect looks for the next mark byte
	listed markList     // or the segmenter's list of them, when it made one

	// For each family, the start of the last mark in the paragraph that
	// could close it, counting apostrophe guesses (lastCloser) or not
	// (lastStrong); -1 if none.
	lastCloser, lastStrong [numFamilies]int

	// inWords counts the apostrophes between ASCII letters that collect
	// found in the same paragraph and left out of marks: they decide
	// nothing, but a paragraph that holds one holds more marks than its
	// re-opening ones (endParagraph's stage note).
	inWords int

	diags   []doc.Diagnostic
	dropped int // diagnostics over maxDiagnostics, not listed
}

// scan pairs the marks of every paragraph and returns the quotations they make.
func (s *scanner) scan() {
	for _, e := range s.d.Elements {
		if e.Kind == doc.ElemInlineCode || e.Kind == doc.ElemCode {
			s.code = append(s.code, e.Span)
		}
	}
	paras := s.d.Paragraphs
	skip, collected := 0, false
	for pi, p := range paras {
		s.para, s.pi = p, pi
		switch {
		case p.Kind == doc.BlockCode:
			s.marks = s.marks[:0] // quote marks in code are program text
		case !collected:
			s.collect(p)
		}
		for k := skip; k < len(s.marks) && !s.full(); k++ {
			s.step(&s.marks[k])
		}
		skip, collected = s.endParagraph(pi)
		if s.full() {
			s.diags = append(s.diags, doc.Diagnostic{Span: doc.Span{Start: p.End, End: p.End}, Code: doc.CodeQuoteLimit,
				Message: fmt.Sprintf("more than %d quotations; the rest of the text is not read for them", MaxQuotes)})
			return
		}
	}
}

// full reports whether the document has MaxQuotes quotations.
func (s *scanner) full() bool { return s.quotes.n >= MaxQuotes }

func (s *scanner) top() *level {
	if len(s.stack) == 0 {
		return nil
	}
	return &s.stack[len(s.stack)-1]
}

// topIs reports whether the innermost open quotation is of family f.
func (s *scanner) topIs(f family) bool {
	t := s.top()
	return t != nil && t.g.family() == f
}

// reversed reports whether a quotation opened with g closes with the mark
// that opens one in English: „…“, ‚…‘, »…«, ›…‹.
func reversed(g glyph) bool {
	return g == gDoubleLow || g == gSingleLow || g == gGuilClose || g == gGuilSingleClose
}

// openingShape reports whether g is shaped to open a quotation in English
// and French, whatever it does in the text at hand.
func openingShape(g glyph) bool {
	return g == gDoubleOpen || g == gSingleOpen || g == gGuilOpen || g == gGuilSingleOpen
}

// step decides what the mark m does: open a quotation, close one or more,
// or nothing (an apostrophe, an inch sign, a stray).
func (s *scanner) step(m *mark) {
	f := m.g.family()
	switch m.g {
	case gDoubleOpen, gSingleOpen, gGuilOpen, gGuilSingleOpen:
		if t := s.top(); t != nil && t.g.family() == f {
			if reversed(t.g) && !m.open {
				s.closeAt(len(s.stack)-1, m)
				return
			}
			if m.close && !m.open {
				s.closeAt(len(s.stack)-1, m) // ‘…‘: the wrong mark, diagnosed in closeAt
				return
			}
		}
		if m.close && !m.open {
			if f != famSingle { // a stray ‘ is an apostrophe typed with the wrong mark
				s.diagnose(m.Span, "%s after a word, with no quotation open to close", s.show(m.Span))
			}
			return
		}
		if m.g == gSingleOpen && yearElision(s.text, m.End, s.para.End) {
			return // ‘90s
		}
		s.push(m)
	case gDoubleLow, gDoubleReversed, gSingleReversed, gBackticks, gCornerOpen, gWhiteCornerOpen:
		s.push(m)
	case gSingleLow:
		if m.open { // else a comma typed with the wrong character
			s.push(m)
		}
	case gDoubleClose, gGuilClose, gGuilSingleClose:
		if m.open && !m.close && !s.topIs(f) {
			// Swedish ”…” and »…», German and Danish »…«.
			if s.lastCloser[f] > m.Start {
				s.push(m)
			} else if m.g != gGuilSingleClose { // › also separates breadcrumbs
				s.diagnose(m.Span, "%s before a word, and no mark after it to close it", s.show(m.Span))
			}
			return
		}
		if !s.closeWith(m, f, true) && m.g != gGuilSingleClose {
			s.diagnose(m.Span, "closing %s with no quotation open", s.show(m.Span))
		}
	case gCornerClose, gWhiteCornerClose:
		if !s.closeWith(m, f, true) {
			s.diagnose(m.Span, "closing %s with no quotation open", s.show(m.Span))
		}
	case gStraightDouble, gApostrophes:
		if m.prev == nDigit && s.open[f] == 0 {
			return // 12" : inches
		}
		switch {
		case m.open && !m.close:
			s.push(m)
		case m.close && !m.open:
			if !s.closeWith(m, f, true) {
				s.diagnose(m.Span, "closing %s with no quotation open", s.show(m.Span))
			}
		case s.open[f] > 0:
			s.closeWith(m, f, true)
		default:
			s.push(m)
		}
	case gSingleClose, gStraightSingle:
		s.single(m)
	}
}

// single decides for ’ and ', which are apostrophes far more often than
// quotation marks. A mark the tokenizer put inside a word (Khrushchev’s,
// ’90s) is an apostrophe. One it put at the end of a word as a plural
// possessive (workers’) closes the innermost quotation only if that is a
// single-quoted one with no other closing mark after it in the paragraph.
// A ’ or ' after a letter closes only the innermost quotation; after
// punctuation it may close levels inside it too (’” missing its ’).
func (s *scanner) single(m *mark) {
	switch m.word {
	case inWordBody:
		return
	case inWordEnd:
		if s.topIs(famSingle) && s.lastStrong[famSingle] < m.Start && !s.possessiveGoesOn(m) {
			s.closeAt(len(s.stack)-1, m)
		}
		return
	}
	if m.prev == nDigit && s.open[famSingle] == 0 {
		return // 5' : feet; 1990's
	}
	if m.prev == nWord && s.topIs(famSingle) && s.lastStrong[famSingle] > m.Start && droppedLetter(s.text, m.Start, m.End) {
		return // ‘I weren’t goin’ without my cat, … an’ all,’: a letter dropped, the quotation goes on
	}
	deep := m.prev != nWord && m.prev != nDigit
	switch {
	case m.open && !m.close:
		// An opening ’ (Swedish, or the wrong mark) or '; but an unknown
		// elision ('cept, ’kay) too, unless a closing mark follows.
		if s.open[famSingle] == 0 && (s.lastCloser[famSingle] > m.Start || m.atPara || s.reopenedNext(m)) {
			s.push(m)
		}
	case m.close && !m.open:
		s.closeWith(m, famSingle, deep)
	case s.topIs(famSingle):
		s.closeWith(m, famSingle, false)
	case s.open[famSingle] > 0 && deep:
		s.closeWith(m, famSingle, true)
	case m.g == gStraightSingle && s.lastCloser[famSingle] > m.Start:
		s.push(m) // ' with space on both sides, as in tokenized text
	}
}

// reopenedNext reports whether a straight ' that opens a word, with no
// mark after it in its paragraph to close it, opens a quotation that
// goes on over paragraphs: its paragraph ends a sentence and the next
// one, which continues it, opens with the same mark before a word
// ("She said: 'Every time … mother.¶'I was …'"). An elision ('cept)
// is not followed so.
func (s *scanner) reopenedNext(m *mark) bool {
	paras := s.d.Paragraphs
	if m.g != gStraightSingle || s.pi+1 >= len(paras) || !continues(s.para, paras[s.pi+1]) {
		return false
	}
	next := paras[s.pi+1]
	if next.End-next.Start < 2 || s.text[next.Start] != '\'' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.text[next.Start+1 : next.End])
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s.text[m.End:s.para.End], unicode.IsSpace))
	return unicode.IsUpper(r) && (last == '.' || last == '?' || last == '!')
}

// possessiveGoesOn reports whether a plural possessive (neighbours’)
// with no other mark after it in its paragraph is no closing mark but
// a word inside a quotation that goes on over paragraphs: a word in
// lower case follows it, the quotation opened its paragraph, a sentence
// or a colon's words, the paragraph ends a sentence, and the next one,
// which continues it, re-opens the quotation's mark before a capital
// ("She added: ‘He still puts the neighbours’ bins out.¶‘He keeps …’").
func (s *scanner) possessiveGoesOn(m *mark) bool {
	paras := s.d.Paragraphs
	t := s.top()
	if s.pi+1 >= len(paras) || !continues(s.para, paras[s.pi+1]) {
		return false
	}
	if open := s.quotes.at(t.q).Start; open > s.para.Start { // one opened in a paragraph before goes on already
		before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s.text[s.para.Start:open], " "))
		if before != ':' && !s.sentenceBefore(open) {
			return false
		}
	}
	after, _ := utf8.DecodeRuneInString(strings.TrimLeft(s.text[m.End:s.para.End], " "))
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s.text[m.End:s.para.End], unicode.IsSpace))
	if !unicode.IsLower(after) || last != '.' && last != '?' && last != '!' {
		return false
	}
	next := paras[s.pi+1]
	if next.Start >= next.End {
		return false
	}
	g, n := glyphAt(s.text, next.Start, next.End)
	r, _ := utf8.DecodeRuneInString(s.text[min(next.Start+n, next.End):next.End])
	return n > 0 && g == t.g && unicode.IsUpper(r)
}

// yearElision reports whether the text at i is two digits not followed by
// a third: ‘90s written with the opening mark.
func yearElision(text string, i, end int) bool {
	return i+2 <= end && isDigit(text[i]) && isDigit(text[i+1]) && (i+2 == end || !isDigit(text[i+2]))
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// push opens a quotation at m.
func (s *scanner) push(m *mark) {
	if len(s.stack) >= MaxDepth {
		s.diagnose(m.Span, "quotations nested more than %d deep; this mark is ignored", MaxDepth)
		return
	}
	if t := s.top(); t != nil && t.g.family() == m.g.family() && s.sentenceBefore(m.Start) {
		// Nested quotations alternate their marks; the same mark again
		// after a full stop means the quotation before was never closed.
		open := s.quotes.at(t.q).Marks[0]
		end := trimRight(s.text, t.from, m.Start)
		s.finish(len(s.stack)-1, end, end, nil)
		s.diagnose(open, "%s never closed; another quotation opens with the same mark after the sentence ends", s.show(open))
	}
	spans := s.spans.take(3) // most quotations have two marks and one content span
	spans[0] = m.Span
	q := s.quotes.add(found{Span: m.Span, Element: -1, Marks: spans[:1:2], Content: spans[2:2:3]})
	from := m.End
	if m.atPara {
		// A transcript's turn: the label names the speaker and is not
		// part of the words ("“WALLACE: Will you …" says "Will you …").
		if e := labelEnd(s.text, m.End, s.para.End); e > 0 && opensSentence(s.text, trimLeft(s.text, e, s.para.End), s.para.End) && !interjections[s.text[trimLeft(s.text, m.End, e):e-1]] {
			from = e
		}
	}
	s.stack = append(s.stack, level{q: q, g: m.g, from: from})
	s.open[m.g.family()]++
}

// sentenceBefore reports whether the text before i in the paragraph ends
// a sentence, or a line.
func (s *scanner) sentenceBefore(i int) bool {
	for i > s.para.Start {
		r, n := utf8.DecodeLastRuneInString(s.text[s.para.Start:i])
		switch {
		case r == '\n':
			return true
		case unicode.IsSpace(r):
			i -= n
			continue
		}
		return r == '.' || r == '!' || r == '?' || r == '…'
	}
	return false
}

// closeWith closes, at m, the innermost open quotation of family f. If deep
// is false, only the innermost quotation of all may be closed. It reports
// whether m closed anything.
func (s *scanner) closeWith(m *mark, f family, deep bool) bool {
	for i := len(s.stack) - 1; i >= 0; i-- {
		if s.stack[i].g.family() == f {
			s.closeAt(i, m)
			return true
		}
		if !deep {
			return false
		}
	}
	return false
}

// closeAt closes the quotation at stack index i, and every one inside it,
// with the mark m.
func (s *scanner) closeAt(i int, m *mark) {
	for len(s.stack) > i+1 {
		t := s.top()
		open := s.quotes.at(t.q).Marks[0]
		s.finish(len(s.stack)-1, m.Start, m.End, &m.Span)
		s.diagnose(open, "%s never closed; the %s that closes the quotation around it closes it too", s.show(open), s.show(m.Span))
	}
	opener := s.stack[i].g
	s.finish(i, m.Start, m.End, &m.Span)
	switch {
	case !m.g.curly() && opener.curly():
		s.diagnose(m.Span, "straight %s closes a quotation opened with %s", s.show(m.Span), opener)
	case openingShape(m.g) && !reversed(opener):
		s.diagnose(m.Span, "quotation closed with the opening mark %s", s.show(m.Span))
	}
}

// finish ends the quotation at stack index i (which must be the top): its
// content runs to contentEnd, its span to end, and closing is its closing
// mark, or nil when a mark is missing.
func (s *scanner) finish(i, contentEnd, end int, closing *doc.Span) {
	lv := s.stack[i]
	q := s.quotes.at(lv.q)
	s.addContent(q, lv.from, contentEnd)
	q.End = end
	if closing != nil {
		q.Marks = s.spans.append(q.Marks, *closing)
	}
	s.stack = s.stack[:i]
	s.open[lv.g.family()]--
}

// addContent adds text[from:to], less white space at either end, to q's content.
func (s *scanner) addContent(q *found, from, to int) {
	from, to = trimLeft(s.text, from, to), trimRight(s.text, from, to)
	if from < to {
		q.Content = s.spans.append(q.Content, doc.Span{Start: from, End: to})
	}
}

// endParagraph closes the quotations still open at the end of paragraph
// pi, except those the next paragraph continues by re-opening their marks
// (outermost first: “‘ continues a single-quoted quotation inside a
// double-quoted one). It returns how many of the next paragraph's marks
// were re-openings, and whether the next paragraph's marks are collected.
func (s *scanner) endParagraph(pi int) (skip int, collected bool) {
	if len(s.stack) == 0 {
		return 0, false
	}
	paras := s.d.Paragraphs
	p := paras[pi]
	keep, turn, credit := 0, -1, false
	why := "never closed; it ends with its paragraph"
	if pi+1 < len(paras) && !s.full() && continues(p, paras[pi+1]) {
		if brokenOff(s.text, p) {
			why = "never closed; its paragraph breaks off with a dash"
		} else {
			next := paras[pi+1]
			s.collect(next)
			collected = true
			at := next.Start
			for keep < len(s.stack) && keep < len(s.marks) {
				m, lv := &s.marks[keep], s.stack[keep]
				if m.Start != at || m.word != inNoWord || !m.g.canReopen() || m.g.family() != lv.g.family() {
					break
				}
				if m.g.curly() != lv.g.curly() {
					// A straight mark left open, then a curly one (or
					// the other way): the text mixes two hands, an
					// excerpt pasted with its own marks and the
					// writer's, and the new paragraph's mark opens a
					// quotation of its own rather than going on.
					break
				}
				if turnLabel(s.text, m.End, next.End) {
					turn = keep
					break
				}
				if keep == 0 && followCredit(s.text, m.End, next.End) {
					credit = true
					break
				}
				if next.End-s.quotes.at(lv.q).Start > MaxLen {
					why = fmt.Sprintf("never closed; it is cut where it passes %d KiB", MaxLen>>10)
					break
				}
				at = trimLeft(s.text, m.End, next.End)
				keep++
			}
		}
	}
	for len(s.stack) > keep {
		t := s.top()
		open := s.quotes.at(t.q).Marks[0]
		end := s.capped(open.Start, p.End)
		s.finish(len(s.stack)-1, end, end, nil)
		if len(s.stack) != turn && !credit {
			// A turn that the next one ends was not left open by mistake:
			// its marks follow the convention for quoted paragraphs.
			s.diagnose(open, "%s %s", s.show(open), why)
		}
	}
	note := keep > 0 && len(s.marks)+s.inWords == keep && stageNote(s.text, s.marks[keep-1].End, paras[pi+1].End)
	for i := range keep {
		lv := &s.stack[i]
		q := s.quotes.at(lv.q)
		s.addContent(q, lv.from, p.End)
		q.Marks = s.spans.append(q.Marks, s.marks[i].Span)
		lv.from = s.marks[i].End
		if note {
			lv.from = paras[pi+1].End // the transcriber's words, not the speaker's
		}
	}
	if credit {
		return len(s.marks), collected // the credit's marks open nothing
	}
	return keep, collected
}

// followCredit reports whether text[i:end], the rest of a paragraph that
// re-opens a quotation's mark, is a writer's credit line asking readers
// to follow them ("Follow Ann Ortiz on Twitter @aortiz."): a transcript
// copied paragraph by paragraph in marks often carries its byline's
// credit with the same mark. The credit is no one's words, and the
// quotation before it ends with its paragraph. It starts with "Follow"
// and names a handle ("@…") or a network ("on Twitter"), in one short
// sentence.
func followCredit(text string, i, end int) bool {
	i, end = trimLeft(text, i, end), trimRight(text, i, end)
	if end-i > 120 || end-i < 10 || text[i:i+7] != "Follow " {
		return false
	}
	body := text[i+7 : end]
	for k := 0; k < len(body)-1; k++ {
		if (body[k] == '.' || body[k] == '!' || body[k] == '?') && body[k+1] == ' ' {
			return false // more than one sentence
		}
	}
	if at := strings.IndexByte(body, '@'); at >= 0 && at+1 < len(body) && body[at+1] != ' ' {
		return true
	}
	on := strings.LastIndex(body, " on ")
	return on > 0 && on+4 < len(body) && body[on+4] >= 'A' && body[on+4] <= 'Z'
}

// turnLabel reports whether the text from i, right after a mark that
// re-opens a quotation at the start of a paragraph, opens with a speaker's
// label: one to three words in capitals, then a colon and a space or the
// paragraph's end ("WALLACE: …", "SEN. ORTIZ: …", "Q: …"). A transcript
// quoted paragraph by paragraph re-opens its mark at every turn, often
// closing none; the label says the paragraph is the next speaker's, not
// more of the last one's words, so it starts a quotation of its own.
// Only the first few dozen bytes are read.
func turnLabel(text string, i, paraEnd int) bool {
	return labelEnd(text, i, paraEnd) > 0
}

// interjections in capitals before a colon are words, not a turn's
// label: "“OK: fine then,” he said."
var interjections = map[string]bool{"OK": true, "NO": true, "YES": true, "OH": true, "AH": true, "WOW": true}

// opensSentence reports whether text[i:end] starts as a sentence does,
// with a capital or a digit: a turn's words after its label.
func opensSentence(text string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// labelEnd returns where the words after a turn's label start (past the
// colon; turnLabel says what a label is), or -1 when text[i:] opens with
// none.
func labelEnd(text string, i, paraEnd int) int {
	end := min(paraEnd, i+64)
	i = trimLeft(text, i, end)
	words, letters := 0, 0
	inWord := false
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsUpper(r):
			if !inWord {
				words++
				inWord = true
			}
			letters++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return -1 // a word not all in capitals: "Note:", "Item 3:"
		case inWord && (r == '.' || r == '-' || r == '\'' || r == '’'):
			// "SEN.", "O’NEILL", "JEAN-PAUL"
		case r == ' ' && words > 0:
			inWord = false
		case r == ':' && words > 0:
			i += n
			after, _ := utf8.DecodeRuneInString(text[i:paraEnd])
			if i == paraEnd || unicode.IsSpace(after) {
				return i
			}
			return -1
		default:
			return -1
		}
		if words > 3 {
			return -1
		}
		i += n
	}
	return -1
}

// stageNote reports whether text[i:end], the rest of a paragraph that
// re-opens a quotation and holds no other mark, is only a short note in
// parentheses or brackets: "(CROSSTALK.)", "[Applause]", "(BEGIN VIDEO
// CLIP)". A quoted transcript or speech marks what happened in the room
// that way; the note is the transcriber's, so the quotation goes on over
// it without taking it into its words.
func stageNote(text string, i, end int) bool {
	i, end = trimLeft(text, i, end), trimRight(text, i, end)
	if end-i < 3 || end-i > 64 {
		return false
	}
	if text[end-1] == '.' {
		end--
	}
	var close byte
	switch text[i] {
	case '(':
		close = ')'
	case '[':
		close = ']'
	default:
		return false
	}
	if end-i < 3 || text[end-1] != close {
		return false
	}
	// Words in parentheses may be the speaker's own aside ("(I was
	// wrong.)"); a note is in capitals or one or two words.
	words, lower := 0, false
	prev := ' '
	for _, r := range text[i+1 : end-1] {
		switch {
		case r == '(' || r == ')' || r == '[' || r == ']':
			return false
		case unicode.IsLetter(r) && !unicode.IsLetter(prev):
			words++
		}
		lower = lower || unicode.IsLower(r)
		prev = r
	}
	return words > 0 && (!lower || words <= 2)
}

// capped returns where a quotation opened at start and never closed ends:
// at end, unless that is more than MaxLen away; then at the end of the
// sentence where it crosses MaxLen.
func (s *scanner) capped(start, end int) int {
	limit := start + MaxLen
	if end <= limit {
		return end
	}
	sents := s.d.Sentences
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End >= limit })
	if i < len(sents) && sents[i].Start <= limit && sents[i].End <= end {
		return sents[i].End
	}
	for limit > start && !utf8.RuneStart(s.text[limit]) {
		limit--
	}
	return trimRight(s.text, start, limit)
}

// continues reports whether a quotation open at the end of p may go on in
// next: both are running text at the same block-quotation depth.
func continues(p, next doc.Paragraph) bool {
	prose := func(k doc.BlockKind) bool { return k == doc.BlockParagraph || k == doc.BlockQuote }
	return prose(p.Kind) && prose(next.Kind) && p.Quote == next.Quote
}

// brokenOff reports whether paragraph p ends with a dash: speech broken
// off, which a new paragraph does not continue.
func brokenOff(text string, p doc.Paragraph) bool {
	r, _ := utf8.DecodeLastRuneInString(text[p.Start:p.End])
	return r == '—' || r == '–' || r == '-'
}

// diagnose records a problem with the marks, up to maxDiagnostics.
func (s *scanner) diagnose(sp doc.Span, format string, args ...any) {
	if len(s.diags) >= maxDiagnostics {
		s.dropped++
		return
	}
	s.diags = append(s.diags, doc.Diagnostic{Span: sp, Code: doc.CodeUnbalanced, Message: fmt.Sprintf(format, args...)})
}

// show returns the text of a mark for a message.
func (s *scanner) show(sp doc.Span) string { return s.text[sp.Start:sp.End] }

func (g glyph) String() string {
	return [...]string{"", "“", "”", "„", "‟", "‘", "’", "‚", "‛", `"`, "'", "``", "''", "«", "»", "‹", "›", "「", "」", "『", "』"}[g]
}

func trimLeft(text string, from, to int) int {
	for from < to {
		c := text[from]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			from++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeRuneInString(text[from:to])
		if !unicode.IsSpace(r) {
			break
		}
		from += n
	}
	return from
}

func trimRight(text string, from, to int) int {
	for to > from {
		c := text[to-1]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			to--
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeLastRuneInString(text[from:to])
		if !unicode.IsSpace(r) {
			break
		}
		to -= n
	}
	return to
}

// droppedLetter reports whether the ’ or ' at text[i:j], after a word and
// before a space and a word in lower case, stands for a letter the
// speaker dropped, as reporters spell dialect: "goin’", "nothin’" (the g
// of -ing), "an’" (and), "o’" (of), "th’", "ol’". A word in -in is read
// so when the letter before "in" is no a or e ("again", "protein") and
// it is none of the common words in -in (dropped.txt's own list): a
// phrase in marks that ends "a gold coin’ and …" stays closed.
func droppedLetter(text string, i, j int) bool {
	if j+1 >= len(text) || text[j] != ' ' || text[j+1] < 'a' || text[j+1] > 'z' {
		return false
	}
	b := i
	for b > 0 && asciiLetter(text[b-1]) {
		b--
	}
	w := text[b:i]
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	switch w {
	case "an", "o", "th", "ol", "nothin", "somethin", "anythin", "everythin":
		return true
	}
	n := len(w)
	return n >= 4 && w[n-2:] == "in" && w[n-3] != 'a' && w[n-3] != 'e' && !realIn[w]
}

// realIn are common words in -in that end a phrase in marks as they are
// ("a gold coin’ and", "on the skin’ of").
var realIn = wordSet(droppedData)
