package speaker

import (
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n40Reach bounds, in bytes, the stretch n40DashEnd reads before a cue:
// a phrase set off between dashes is a clause's aside, a line or two.
const n40Reach = 400

// n40Words bounds the words between the two dashes of a set-off phrase.
const n40Words = 40

// n40DashMentions closes a mention whose subject a phrase between
// dashes parts from its cue over that phrase:
// "Ed Moss -- co-editor of a book about piers -- said …", "The report
// of the board–published by the Harbor Times–shows that …", "Ann
// Ortiz, head of Pier Media -- the firm that runs the ferries, which
// also runs buses -- told me …". Set off before the verb, the phrase
// can only describe the subject, and the mention is the subject with
// its description, as news corpora mark it (they end it after the
// closing dash, as they do an appositive's closing comma; this pass
// stops before it, and n70CloseAppositives, last, takes it in).
// widen (mention.go) reads such a phrase when a space parts it from
// the subject, not when it follows the subject with none ("the
// board–published by …–shows"); this pass, run last, reads that one.
//
// It must not read a clause of its own between the dashes: its first
// word is no conjunction, pronoun, auxiliary or cue ("Ed Moss -- and he
// meant it -- said": dashSetOff), and the phrase holds no sentence's
// end, no quotation mark and no line break. The mention must reach the
// opening dash (a subject that ends further back is another reading's)
// and start before it. The speaker's name stays as it was read.
func n40DashMentions(d *doc.Document) {
	text := d.Text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m, c := q.Speaker.Mention, q.Cue
		if m.End <= m.Start || c.End <= c.Start || m.End > c.Start || c.Start-m.End > n40Reach {
			continue
		}
		if e := n40DashEnd(text, m, c.Start); e > m.End {
			q.Speaker.Mention.End = e
		} else if e := n40ParenEnd(text, m.End, c.Start); e > m.End {
			q.Speaker.Mention.End = e
		}
	}
}

// n40DashEnd returns where the last word before the closing dash
// right before the cue at byte cue ends, when a phrase between dashes
// that the mention m reaches stands there; else -1 (n40DashMentions).
func n40DashEnd(text string, m doc.Span, cue int) int {
	// The last byte before the cue, spaces aside, is a dash's.
	p := cue
	for p > m.End && text[p-1] == ' ' {
		p--
	}
	if p <= m.Start || !n40DashByte(text[p-1]) {
		return -1
	}
	lo := max(m.Start, cue-n40Reach)
	sub := text[lo:p]
	toks := tokenize(sub, 0, len(sub))
	n := len(toks)
	if n < 4 {
		return -1
	}
	cl := dashStart(sub, toks, n-1)
	if cl < 2 {
		return -1
	}
	words := 0
	for j := cl - 1; j >= 1 && words <= n40Words; j-- {
		t := &toks[j]
		if hasNewline(sub[t.e:toks[j+1].s]) {
			return -1
		}
		if t.word {
			words++
			continue
		}
		if boundary(sub, toks, j) || marksIn(t.str(sub))&mQuoting != 0 {
			return -1
		}
		op := dashStart(sub, toks, j)
		if op < 0 {
			continue
		}
		// The opening dash: a phrase between it and the closing one,
		// whose first word may open a description, after a subject
		// the mention holds and reaches the dash with.
		first := dashAfter(sub, toks, op)
		if first >= cl || op < 1 || lo+toks[op].s <= m.Start || hasNewline(sub[toks[op-1].e:toks[first].s]) {
			return -1
		}
		if m.End == lo+toks[op-1].e && dashSetOff(sub, toks, first) {
			return lo + toks[cl-1].e // the subject alone: "The report–published by …–"
		}
		return -1
	}
	return -1
}

// n40DashByte reports whether b ends a dash: the last byte of "—", "–"
// or "―" (0x94, 0x93, 0x95 after 0xE2 0x80), or a hyphen.
func n40DashByte(b byte) bool {
	return b == '-' || b == 0x93 || b == 0x94 || b == 0x95
}

// n40DashAppositive reads the subject of a cue that a phrase between
// dashes follows, where an appositive between a comma and the opening
// dash stands between the subject and the phrase: "Ann Ortiz, head of
// Pier Media -- the firm that runs the ferries, which also runs buses
// -- told me …", "Ed Moss, a lawyer -- and a good one -- said". toks
// ends at the cue and toks[k] is the closing dash's last token (k
// after the adverbs beforeCue steps over). dashAppositive reads the
// subject right before the opening dash, which here is the
// appositive's last noun ("Pier Media", the object of "of", so nothing
// was read) or the appositive ("a lawyer").
//
// The appositive opens with a word in lower case (an article, a noun,
// "head of …") or a number ("Ann Ortiz, 45, …"), not a capital: "On
// Monday, Ed Moss -- the board's chairman -- said" has a name after
// its comma, the subject itself, and dashAppositive reads it. The
// subject before the comma is a subject (subjectEnding) and no
// preposition's object ("In Oslo, the head of …"). widen then takes
// the mention over the appositive to the opening dash, and
// n40DashMentions to the closing one. Bounded: the phrase between
// dashes at most n40Words words, the appositive at most 30 tokens.
func n40DashAppositive(text string, toks []tok, k int) found {
	cl := dashStart(text, toks, k)
	if cl < 4 {
		return found{}
	}
	op := -1
	for j, w := cl-1, 0; j >= 1 && w <= n40Words; j-- {
		if toks[j].word {
			w++
			continue
		}
		if boundary(text, toks, j) || marksIn(toks[j].str(text))&mQuoting != 0 || hasNewline(text[toks[j].s:toks[j+1].s]) {
			return found{}
		}
		if op = dashStart(text, toks, j); op >= 0 {
			break
		}
	}
	if op < 3 || !toks[op-1].word || n40Clause(toks, dashAfter(text, toks, op), cl) {
		return found{}
	}
	var best found
	for j := op - 1; j >= 1 && j >= op-30; j-- {
		t := &toks[j]
		if t.word {
			continue
		}
		if boundary(text, toks, j) || marksIn(t.str(text))&mQuoting != 0 || dashStart(text, toks, j) >= 0 {
			break
		}
		if t.str(text) != "," || j+1 >= op {
			continue
		}
		if !n40Appositive(text, &toks[j+1]) {
			continue
		}
		e := beforeLabel(text, toks, j-1)
		if openerBefore(text, toks, j+1) {
			break // "Yesterday, a spokesman for the board -- … --": the subject follows the comma
		}
		if f := subjectEnding(text, toks, e); f.ok && f.pronoun == "" && f.subj.End == toks[e].e && n40Opens(text, toks, f.subj.Start) && !n40Lead(text[f.subj.Start:f.subj.End]) {
			best = f
		}
	}
	if !best.ok {
		return found{}
	}
	// The mention runs to the phrase's last word, whole: widen would
	// stop at a relative clause inside the phrase (", which also runs
	// buses"), and dashAside would then cut the mention at the opening
	// dash.
	best.subj.End, best.whole = toks[cl-1].e, true
	return best
}

// n40Clause reports whether the phrase toks[first:cl] between dashes
// is a clause of its own, not a description of the subject: its first
// word, or the word after a first "and", "but" or "or", is a pronoun,
// an auxiliary or a cue ("Ed Moss, a lawyer -- and he meant it --
// said"; "-- and a good one --" describes).
func n40Clause(toks []tok, first, cl int) bool {
	if first < cl && toks[first].word && (toks[first].low == "and" || toks[first].low == "but" || toks[first].low == "or") {
		first++
	}
	return first >= cl || !toks[first].word || toks[first].is(isPronoun|isAuxiliary|isCue)
}

// n40Opens reports whether the subject that starts at byte at opens
// its clause: the sentence's first word, or after a quotation mark or
// an opening "But", "And", "Yet" or "So". Before the comma that
// n40DashAppositive reads back from, a subject further in is a
// phrase's object ("Despite the rain, fans -- soaked through --
// said", "Across the state, farmers -- … -- said"), and the word lists
// name too few prepositions to tell them all.
func n40Opens(text string, toks []tok, at int) bool {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= at })
	if i >= len(toks) || sentenceFirst(text, toks, i) {
		return i < len(toks)
	}
	if i == 0 { // the stretch starts at the subject: after a quotation's mark?
		b := strings.TrimRight(text[max(0, at-8):at], " \t")
		return strings.HasSuffix(b, "”") || strings.HasSuffix(b, "\"") || strings.HasSuffix(b, "’") || strings.HasSuffix(b, "'")
	}
	p := &toks[i-1]
	if !p.word {
		return marksIn(p.str(text))&mQuoting != 0
	}
	switch p.low {
	case "but", "and", "yet", "so":
		return sentenceFirst(text, toks, i-1)
	}
	return false
}

// n40Appositive reports whether a, the first word after a comma, may
// open an appositive: an article or a number ("the head of …", "45"),
// or a word in lower case that is no function word, pronoun, auxiliary,
// cue, adverb, preposition or participle ("head of …", "co-founder of
// …"). A capital opens the subject itself ("On Monday, Ed Moss -- …"),
// a relative pronoun or a participle a clause ("persons, who had seen
// him on a morning -- sunny and mild -- might …"), a conjunction a
// list ("at Geneva, Wisconsin, or in Rome at the Convent -- … --").
func n40Appositive(text string, a *tok) bool {
	if !a.word || capital(a.str(text)) {
		return false
	}
	if a.is(isDet|isNumberWord) || a.low[0] >= '0' && a.low[0] <= '9' {
		return true
	}
	return !a.is(isFunction|isPronoun|isAuxiliary|isCue|isAdverb|isPrep) && !strings.HasSuffix(a.low, "ing") && !strings.HasSuffix(a.low, "ed")
}

// n40Lead reports whether a subject read before a comma is a sentence
// adverb instead, the clause's opening word ("Meanwhile, a spokesman
// for the board -- … -- said", "Separately, …"): a word of leadWords
// or phraseStops, or one word in -ly.
func n40Lead(subj string) bool {
	w, rest, _ := strings.Cut(subj, " ")
	w = strings.ToLower(w)
	return leadWords[w] || phraseStops[w] || rest == "" && strings.HasSuffix(w, "ly")
}

// n40ParenEnd returns where a parenthesis that stands between a
// mention ending at byte at and its cue at byte cue closes, or -1: "Many
// towns (coastal ones, in particular) say …", "The board (or what is
// left of it) said …". Between the subject and its verb, the
// parenthesis can only be the subject's, and the mention takes it, as
// it takes a party label ("Ed Moss (D-Ore.) said"). Nothing but spaces
// stands between the mention and "(", and between ")" and the cue; the
// parenthesis holds at most n40Words words, no other parenthesis, no
// quotation mark and no line break.
func n40ParenEnd(text string, at, cue int) int {
	p := at
	for p < cue && text[p] == ' ' {
		p++
	}
	if p >= cue || text[p] != '(' {
		return -1
	}
	e := cue
	for e > p && text[e-1] == ' ' {
		e--
	}
	if e <= p+1 || text[e-1] != ')' || e-p > n40Reach {
		return -1
	}
	in := text[p+1 : e-1]
	if strings.ContainsAny(in, "()\n\"“”‘«»") || len(strings.Fields(in)) > n40Words || strings.TrimSpace(in) == "" {
		return -1
	}
	return e
}
