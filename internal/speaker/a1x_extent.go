package speaker

import (
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// This file holds readers of a subject's extent that widen and
// groupBefore (mention.go) call: what stands between a subject and the
// cue after it and belongs to the subject's noun phrase.

// appositiveBefore returns where a name and its appositive start when
// they end before toks[c], a comma: "Ed Moss, head of the Pier
// Institute, and other engineers say" opens with the name, its
// appositive between commas, then "and other" and the group it belongs
// to (groupBefore). The appositive is at most ten words with no mark
// but a possessive or an abbreviation's full stop, the name a
// capitalised subject ending before its comma. It returns -1 when
// there is none.
func appositiveBefore(text string, toks []tok, c int) int {
	if c < 3 || toks[c].str(text) != "," {
		return -1
	}
	for j := c - 1; j >= 1 && j >= c-11; j-- {
		w := toks[j].str(text)
		if toks[j].word {
			if toks[j].is(isCue|isAuxiliary|isPronoun) || toks[j].is2(isRelativeWord) {
				return -1
			}
			continue
		}
		if w == "’s" || w == "'s" || w == "." && j > 0 && initialTok(text, &toks[j-1]) {
			continue
		}
		if w != "," || j == c-1 || hasNewline(text[toks[j].e:toks[j+1].s]) {
			return -1
		}
		g := subjectEnding(text, toks, j-1)
		if !g.ok || g.pronoun != "" || !capital(g.name) || g.subj.End != toks[j-1].e {
			return -1
		}
		return sort.Search(len(toks), func(i int) bool { return toks[i].s >= g.subj.Start })
	}
	return -1
}

// groupAfterAppositive returns the end of a group that a name with its
// appositive, the mention s, belongs to: ", and other engineers",
// ", and two aides" after "Ed Moss, head of the Pier Institute" (as
// andAfter reads "Ed Moss and other engineers"). The name and the group
// speak together, so the mention holds both. Only a group of people
// ("other", "several", "many" or a number, then a plural of a person
// or a capitalised plural) ending at the cue or at punctuation is read:
// a second name after an appositive is andNameAppositive's. It returns
// s.End when there is none.
func groupAfterAppositive(text string, toks []tok, s doc.Span) int {
	c := sort.Search(len(toks), func(i int) bool { return toks[i].s >= s.End })
	if c+3 >= len(toks) || toks[c].str(text) != "," || c < 1 || toks[c-1].e != s.End || !strings.Contains(text[s.Start:s.End], ",") {
		return s.End
	}
	if w := toks[c+2].low; w != "other" && w != "several" && w != "many" && !toks[c+2].is(isNumberWord) {
		return s.End
	}
	if e := andAfter(text, toks, c+1); e > c+1 {
		return toks[e-1].e
	}
	return s.End
}

// andPronoun widens the mention of "I" or "we" before its cue to the
// subject it is coordinated with: "My brother and I believed …", "Ann
// Reed and I agreed that …", "Likely, my siblings and I understood …".
// The two say or believe it together, and a reader underlines both, as
// with "Ed Moss and Ann Ortiz said". The first conjunct is a subject
// (a name, a description, "he", "she", "they", "you") that opens its
// sentence or follows a comma (an opener's), so that the object of a
// verb ("He met Ann and I said …") is not read. The pronoun stays
// what is resolved: the author, or the speaker of the quotation that
// holds the words. It returns f as it is otherwise.
func andPronoun(ix *tokIndex, f found) found {
	if f.pronoun != "i" && f.pronoun != "we" || f.cue.End <= f.cue.Start || f.cue.Start < f.subj.End {
		return f
	}
	text := ix.text
	lo, _ := runeWindow(text, f.subj.Start, f.subj.End, 80, 0)
	toks := ix.scratch(0, lo, f.subj.End)
	k := len(toks) - 1
	if k < 2 || toks[k].s != f.subj.Start || toks[k-1].low != "and" || !toks[k-2].word {
		return f
	}
	g := subjectEnding(text, toks, k-2)
	if !g.ok || g.subj.End != toks[k-2].e {
		// A possessive and one to three lower-case words: "my
		// brother", "our two sons".
		j := k - 2
		for j >= 0 && j >= k-4 && toks[j].word && !possessivePronouns[toks[j].low] && !capital(toks[j].str(text)) && (!toks[j].is(isFunction|isCue|isAuxiliary|isAdverb) || toks[j].is(isNumberWord)) {
			j--
		}
		if j < 0 || j == k-2 || !toks[j].word || !possessivePronouns[toks[j].low] {
			return f
		}
		g = found{subj: doc.Span{Start: toks[j].s, End: toks[k-2].e}, ok: true}
	}
	if g.pronoun != "" && g.pronoun != "he" && g.pronoun != "she" && g.pronoun != "they" && g.pronoun != "you" {
		return f
	}
	m := sort.Search(len(toks), func(i int) bool { return toks[i].s >= g.subj.Start })
	if m >= k-1 || !sentenceFirst(text, toks, m) && !(m > 0 && toks[m-1].str(text) == ",") {
		return f
	}
	f.subj.Start = g.subj.Start
	return f
}

// thisTime reports whether all[k] opens a phrase of time with "this",
// "last" or "next" and a noun of time ("this week", "last year"): such
// a phrase is no object of a preposition before it, which is then
// stranded at the end of a relative clause ("the experts I spoke to
// this week"), as contactClause reads it.
func thisTime(all []tok, k int) bool {
	if k+1 >= len(all) || !all[k].word || !all[k+1].word {
		return false
	}
	switch all[k].low {
	case "this", "last", "next":
		return timeNouns[all[k+1].low] || all[k+1].is2(isWeekday)
	}
	return false
}

// dashSubject returns the subject that stands before an appositive
// between dashes when the subject read is the appositive itself, the
// cue right after the closing dash: in "Ed Moss — the head of Acme —
// said the pier was unsafe" the words next to the cue, "the head of
// Acme", were read as the subject, and the speaker is Ed Moss, the
// appositive his description (dashAppositive reads it so before a
// quotation's cue). toks[i0:i1] are the words read, toks ends at the
// cue. It returns the subject before the opening dash, or found{}.
func dashSubject(text string, toks []tok, i0, i1 int) found {
	if i0 < 2 || i1 >= len(toks) || dashStart(text, toks, i0-1) < 0 || dashAfter(text, toks, i1) != len(toks) {
		return found{}
	}
	f := dashAppositive(text, toks, len(toks)-1)
	if !f.ok || f.pronoun != "" || f.subj.End > toks[i0-1].s {
		return found{}
	}
	return f
}

// dashSetOff reports whether toks[d], the first word after a dash that
// follows a subject, may open a phrase set off between the subject and
// the cue right after its closing dash, whatever its first word: an
// appositive without an article ("Moss -- co-founder of Pier Watch --
// said") or a participle phrase ("The report – published by the
// council – shows"). Set off before the verb, such a phrase can only
// describe the subject. A conjunction, a pronoun, an auxiliary or a
// cue opens a clause of its own instead ("— and he meant it —"). widen
// makes sure the closing dash stands right before the cue.
func dashSetOff(text string, toks []tok, d int) bool {
	t := &toks[d]
	if !t.word || t.is(isPronoun|isAuxiliary|isCue) {
		return false
	}
	return !t.is(isFunction) || t.is(isDet)
}

// appositiveDashes reports whether the dashes in a mention before its
// cue set off the subject's appositive or participle phrase: the
// mention ends right before a closing dash that the cue follows ("Ed
// Moss — the head of Acme — said", "The report – published by the
// council – shows"). dashAside (parc.go) cuts a mention at its last
// dash, for an aside that holds an attribution of its own ("The pier
// -- critics say it is a folly -- has cost"), where the words before
// the dash are another clause's; a mention with its appositive between
// dashes is whole.
//
// dashAside asks it before cutting, so widen's dashSubject names "Ed
// Moss — the head of Acme" in an indirect attribution too, where "the
// head of Acme" was named.
func appositiveDashes(text string, subj, cue doc.Span) bool {
	if subj.End > cue.Start || cue.End <= cue.Start {
		return false
	}
	switch strings.TrimSpace(text[subj.End:cue.Start]) {
	case "—", "–", "―", "--", "-":
		return true
	}
	return false
}
