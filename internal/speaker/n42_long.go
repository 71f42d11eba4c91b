package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n42LongMax is the most tokens n42LongDescription reads as one
// subject: a description longer than the subject readers reach
// (subjectEnding looks four tokens back), never a clause.
const n42LongMax = 10

// n42LongDescription reads toks[k:c], the words between a quotation
// or a reported clause's comma and the cue at toks[c], as one long
// description of the speaker with a possessor: "“…,” the city’s former
// deputy harbor master said", "…, the Democratic presidential
// candidate’s former doctor maintains", "Ann Lee’s longtime chief of
// staff said". The readers of a subject before a cue look a few tokens
// back and find none there. It is asked only where they found none,
// and reads only a phrase that opens with an article, a possessive
// pronoun or a capital (not a day's name nor another word of
// timeWords: "…, Tuesday Lee’s office said" is a time and a subject; a
// month is left, as it is a first name too: "April Ryan’s producer"),
// holds one possessive "’s" (its own token or a
// word's ending) and otherwise words: no cue, auxiliary, pronoun,
// adverb in -ly, relative word or function word but one "of" between
// two lower-case nouns ("chief of staff"), which keeps out a clause
// ("the pier the crew built in 1910") and a phrase of place or time.
// It is at most n42LongMax tokens, and ends in a word that is no
// function word.
func n42LongDescription(text string, toks []tok, k, c int) found {
	if k < 0 || c-k < 3 || c-k > n42LongMax || c > len(toks) || !toks[k].word {
		return found{}
	}
	first := &toks[k]
	if !first.is(isDet) && !possessivePronouns[first.low] && !capital(first.str(text)) || timeWords[first.low] {
		return found{} // "…, Tuesday Lee’s office said": a day opens no description
	}
	poss, of := 0, 0
	for j := k; j < c; j++ {
		t := &toks[j]
		if !t.word {
			if w := t.str(text); (w == "’s" || w == "'s") && j > k && toks[j-1].word {
				poss++
				continue
			}
			return found{}
		}
		w := t.low
		if strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") {
			poss++
		}
		if j == k {
			continue
		}
		if w == "of" && j+1 < c && j > k+1 && toks[j+1].word && !capital(toks[j-1].str(text)) && !toks[j+1].is(isFunction|isDet) && !capital(toks[j+1].str(text)) {
			of++
			continue
		}
		if t.is(isCue|isAuxiliary|isPronoun|isFunction|isDet) || relativeWord(w) || w == "who" || strings.HasSuffix(w, "ly") {
			return found{}
		}
	}
	if poss != 1 || of > 1 || !toks[c-1].word || toks[c-1].is(isFunction) {
		return found{}
	}
	sp := doc.Span{Start: toks[k].s, End: toks[c-1].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true}
}

// n42LongBeforeCue is n42LongDescription with the cue at toks[c] set:
// afterClause's reading after a quotation.
func n42LongBeforeCue(text string, toks []tok, k, c int) found {
	f := n42LongDescription(text, toks, k, c)
	if f.ok {
		f.cue = doc.Span{Start: toks[c].s, End: toks[c].e}
	}
	return f
}
