package speaker

import (
	"slices"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// A participle of saying after a preposition of time or concession
// that opens the sentence: "After saying the pier was safe, the mayor
// closed it", "Before announcing that he would resign, the minister
// met his staff", "Despite insisting that the vote was fair, the board
// ordered a recount", "While claiming the plan was sound, Ed Moss
// voted no". News prose sets what someone said against what they then
// did; the participle has the main clause's subject as its own, as a
// fronted participle with no preposition has (frontedParticiple,
// a2_fronted.go, "Claiming that the fares were too high, Ed Moss voted
// no"), which reads the participle only as the sentence's first word.
//
// The reading is frontedParticiple's, one word later: the preposition
// (g2FrontPrep), then a participle in -ing of speech (classes s, k,
// o, and c beside one of them: "saying", "announcing", "insisting",
// "claiming", "arguing", "telling reporters"; not thought alone,
// evaluation or sight, "After learning that …", "After criticizing
// him", "While watching the debate"), whose content
// (cueContent) comes at once ("that", a bare clause, a wh-clause)
// and runs to the first comma within 30 tokens; after that comma a
// subject (subjectAt) that a word follows. A comma inside closing
// marks ends the content after the marks: "After saying her foot was
// “so swollen I could barely walk,” she left".

// g2FrontPrep reports whether w opens a fronted participle of
// g2Fronted: a switch, not a map, as it is asked of many clauses.
func g2FrontPrep(w string) bool {
	switch w {
	case "after", "before", "while", "despite", "since", "upon", "when":
		return true
	}
	return false
}

// g2Fronted reads the clause toks as above and adds what it finds with
// add, unless blocked holds its content's start (a direct quotation's
// words). has is the clause's word classes: a clause with no verb of
// reporting is not read. attributionsInto asks it of every clause, so
// its gate is the clause's bits and the second word's last bytes,
// before any word is looked up.
func (a *attributor) g2Fronted(toks []tok, limit int, has wordClass, blocked func(int) bool, add func(found, []doc.Span)) {
	if has&isReporting != 0 && len(toks) > 6 && g2Ing(toks[1].low) {
		a.g2FrontedAdd(toks, limit, blocked, add)
	}
}

// g2Ing reports whether w ends in "ng", as a participle in -ing does,
// by its last bytes.
func g2Ing(w string) bool {
	n := len(w)
	return n > 4 && w[n-1] == 'g' && w[n-2] == 'n'
}

// g2FrontedAdd is g2Fronted past its gate.
func (a *attributor) g2FrontedAdd(toks []tok, limit int, blocked func(int) bool, add func(found, []doc.Span)) {
	if f, content, ok := g2FrontedRead(a.text, toks, limit); ok && !blocked(content.Start) {
		add(f, []doc.Span{content})
	}
}

// g2FrontedRead is g2Fronted past its gate: the source, whose cue is
// the participle, and the content.
func g2FrontedRead(text string, toks []tok, limit int) (found, doc.Span, bool) {
	if !toks[0].word || !toks[1].word || !g2FrontPrep(toks[0].low) || !capital(toks[0].str(text)) {
		return found{}, doc.Span{}, false
	}
	senses := toks[1].senses()
	if !onlyClasses(senses, "skoc") || !slices.ContainsFunc(senses, func(s verbSense) bool { return s.class == 's' || s.class == 'k' || s.class == 'o' }) {
		return found{}, doc.Span{}, false // a verb of thought alone: "After learning that …", "While knowing …"
	}
	j, from, cueEnd := frontedContent(text, toks, 1, senses, limit)
	if j < 0 {
		return found{}, doc.Span{}, false
	}
	comma := frontedComma(text, toks, j, limit)
	if comma < 0 {
		return found{}, doc.Span{}, false
	}
	end, next := toks[comma-1].e, comma+1
	if m := &toks[comma+1]; !m.word && m.s == toks[comma].e && strings.ContainsAny(m.str(text), "”’\"") {
		end, next = m.e, comma+2 // the comma inside the marks: the content keeps them
	}
	f, e := subjectAt(text, toks, next, len(toks))
	if !f.ok || e >= len(toks) || !toks[e].word || f.subj.End > limit {
		return found{}, doc.Span{}, false
	}
	if f.pronoun == "" && e-1 > next && !capital(toks[e-1].str(text)) && (pastForm(toks[e-1]) || toks[e-1].is2(isPastVerb)) {
		// The main verb read into a description: "the council closed
		// it" is "the council".
		e--
		f.subj.End = toks[e-1].e
		f.name = text[f.subj.Start:f.subj.End]
	}
	if f.pronoun == "" {
		f.whole = true // the phrase before the comma is the content, not the mention's
	}
	f.cue = doc.Span{Start: toks[1].s, End: cueEnd}
	return f, doc.Span{Start: from, End: end}, true
}
