package claim

import (
	"slices"
	"testing"
)

// TestNextPhrases holds nextPhrases.of, which cues, formulas and vague
// attributions now try in place of a word's every phrase, to the
// phrases longestOf would not turn away at their second word: for every
// word of the lexicons that starts phrases, before the sentence's end,
// a word of no lexicon and every word of the lexicons, its list is
// those of the word's phrases whose second slot is missing or optional
// or holds the next word, in their order; and it is empty exactly where
// mayStart, the gate it stands for, turns the next word away.
func TestNextPhrases(t *testing.T) {
	nexts := []*word{nil, {}} // the sentence's end; a word of no lexicon
	for _, e := range lexEntries {
		r, _ := lexOf(lexNameOf(e))
		nexts = append(nexts, &word{flags: r.flags, lex: r.idx})
	}
	checked := 0
	for idx, e := range lexEntries {
		for k, ps := range e.starts {
			if ps == nil {
				continue
			}
			np := &phrasesNext[idx][k]
			for _, next := range nexts {
				var want []*phrase
				for _, p := range ps {
					if len(p.slots) < 2 || p.slots[1].optional ||
						next != nil && next.flags != 0 && slices.Contains(p.slots[1].lex, next.lex) {
						want = append(want, p)
					}
				}
				got := np.of(next)
				if !slices.Equal(got, want) {
					t.Fatalf("%q, lexicon %d, before %v: of gives %d phrases, want %d", lexNameOf(e), k, next, len(got), len(want))
				}
				if (len(got) > 0) != e.mayStart(k, next) {
					t.Fatalf("%q, lexicon %d, before %v: of gives %d phrases, mayStart %v", lexNameOf(e), k, next, len(got), e.mayStart(k, next))
				}
				checked++
			}
		}
	}
	if checked < 10000 {
		t.Fatalf("only %d words and next words checked", checked)
	}
}

// lexNameOf returns the word whose entry e is.
func lexNameOf(e *lexWord) string {
	for w, x := range lexWords {
		if x == e {
			return w
		}
	}
	return ""
}
