package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// frontedParticiple reads a participle of reporting that opens the
// sentence, its content up to the comma that ends the phrase, and the
// main clause's subject after that comma as its source:
//
//	Citing a drop in traffic, the board closed the pier.
//	Claiming that the fares were too high, Ed Moss voted no.
//	Lamenting their luck, riders often say …
//
// News prose fronts such a phrase to give the ground or the stance of
// the one who acts in the main clause; the participle has that
// clause's subject as its own. The participle is a word of the
// lexicon in -ing, not an adjective of stance, with its particle where
// its sense needs one (cueContent), of speech or evaluation (classes
// s, k, e, o, r: "Knowing she would …", "Judging from …" tell a
// thought); its content is a "that" clause, or an object after a verb
// of frontObjects ("Citing …", "Blaming …"), not the object of a verb
// of sight or of an act ("Observing his daughter at work, …",
// "Campaigning against Ed Moss, …"); and it may not open with
// a preposition ("Writing for the Gazette, …", "Speaking at a rally,
// …" tell where, not what). The phrase ends at the first comma within
// 30 tokens, with two words at least; the subject after it is a name,
// a pronoun or a description (subjectAt) that a word follows. A
// headline in title case is left to the headline rules. It returns
// the source, whose cue is set, and the content.
func frontedParticiple(text string, toks []tok, limit int) (found, doc.Span, bool) {
	if len(toks) < 6 || !toks[0].word || !strings.HasSuffix(toks[0].low, "ing") || !capital(toks[0].str(text)) {
		return found{}, doc.Span{}, false
	}
	senses := toks[0].senses()
	if !onlyClasses(senses, "skeor") {
		return found{}, doc.Span{}, false // not thought or sight: "Knowing she would …", "Judging from …"
	}
	j, from, cueEnd := frontedContent(text, toks, 0, senses, limit)
	if j < 0 {
		return found{}, doc.Span{}, false
	}
	if toks[j].low != "that" && !frontObjects[strings.TrimSuffix(toks[0].low, "ing")] {
		return found{}, doc.Span{}, false // "Observing his daughter at work, he …": an object of sight, not of stance
	}
	if titleCase(text, toks) {
		return found{}, doc.Span{}, false
	}
	comma := frontedComma(text, toks, j, limit)
	if comma < 0 {
		return found{}, doc.Span{}, false
	}
	f, e := subjectAt(text, toks, comma+1, len(toks))
	if !f.ok || e >= len(toks) || !toks[e].word || f.subj.End > limit {
		return found{}, doc.Span{}, false
	}
	if f.pronoun == "" {
		f.whole = true // the phrase before the comma is the content, not the mention's: widen would read back over it
	}
	f.cue = doc.Span{Start: toks[0].s, End: cueEnd}
	return f, doc.Span{Start: from, End: toks[comma-1].e}, true
}

// frontObjects are the stems (the participle less "ing") of the verbs
// whose object, in a fronted participle, is what the subject cites,
// claims or judges: "Citing a drop in traffic, …", "Blaming the
// board, …", "Lamenting their luck, …".
var frontObjects = map[string]bool{"cit": true, "claim": true, "blam": true, "accus": true, "criticiz": true, "criticis": true, "prais": true, "lament": true, "bemoan": true, "decry": true, "denounc": true, "condemn": true, "derid": true, "dismiss": true, "reject": true, "deny": true, "question": true, "tout": true, "call": true, "describ": true, "quot": true, "echo": true, "invok": true}

// frontedContent returns the index of the first token of the content
// that the fronted participle toks[c] takes ("Insisting that …"), with
// where the content starts and the cue ends (cueContent's), or j = -1
// when it has none, more than one token (an addressee) comes between
// the cue and it, or a phrase comes first: "Writing for a panel that …",
// "After speaking at a rally, …".
func frontedContent(text string, toks []tok, c int, senses []verbSense, limit int) (j, from, cueEnd int) {
	from, cueEnd, ok := cueContent(text, toks, c, senses, limit)
	if !ok {
		return -1, 0, 0
	}
	j, skipped := c+1, 0 // tokens between the cue and the content
	for j < len(toks) && toks[j].s < from {
		if toks[j].s >= cueEnd {
			skipped++
		}
		j++
	}
	if j >= len(toks) || toks[j].s != from || skipped > 1 || toks[j].is(isPrep) && !toks[j].is(isAboutWord) {
		return -1, 0, 0
	}
	return j, from, cueEnd
}

// frontedComma returns the index of the comma that ends a fronted
// phrase's content starting at toks[j] ("Insisting that the pier is
// safe, the council …"), or -1 when none comes within 30 tokens and
// limit, a semicolon, colon or full stop ends the sentence first, the
// comma leaves no room for a subject after it, or the content has fewer
// than two words.
func frontedComma(text string, toks []tok, j, limit int) int {
	for k := j + 1; k < len(toks) && k < j+30 && toks[k].s < limit; k++ {
		p := toks[k].str(text)
		if p == "," {
			if k+2 >= len(toks) || !wordsAtLeast(toks[j:k], 2) {
				return -1
			}
			return k
		}
		if p == ";" || p == ":" || p == "." && toks[k].s != toks[k-1].e {
			return -1
		}
	}
	return -1
}
