package claim

// Phrases by their second word.
//
// A word that starts phrases mostly stands before a word that is second
// in none of them ("it was", "in the"), and longestOf, given all of the
// word's phrases, asked of each whether the next word fills its second
// slot, a search of the slot's words, before it turned it away. The
// phrases a word starts are kept here again, for each word that can
// stand second in one of them, as the list of those that can match
// before it, so that a word's phrases are tried only when they may
// match, and only those: one lookup where there was a test for each
// phrase.

// A nextPhrases is the phrases of one lexicon that one word starts, by
// the word after it.
type nextPhrases struct {
	// free are the phrases that match before any word: those with no
	// second slot, or an optional one.
	free []*phrase
	// next are the entries (indexes in lexEntries) of the words that
	// fill the second slot of some of the phrases, and byNext, for each,
	// those phrases and the free ones, in the order of the word's list
	// (lexWord.starts): longestOf keeps the first of the longest
	// matches, so the order is kept. A word starts a few phrases, with
	// a few second words between them: a search of next, small integers
	// side by side, costs less than a map's hash.
	next   []uint16
	byNext [][]*phrase
}

// of returns the phrases that can match before the word next (nil at the
// sentence's end): those whose second slot next fills or may be empty, in
// order. For a word of the lexicons, whose slots' entries are filled in,
// longestOf would turn every other phrase away at its second word.
func (np *nextPhrases) of(next *word) []*phrase {
	// A word second in a phrase is inPhrase; one in no lexicon has no
	// flag, and its entry index (zero) names no word.
	if next == nil || next.flags&inPhrase == 0 {
		return np.free
	}
	for k, x := range np.next {
		if x == next.lex {
			return np.byNext[k]
		}
	}
	return np.free
}

// phrasesNext gives, for each entry of lexEntries, its phrases of each
// phrase lexicon by the next word.
var phrasesNext = func() [][numPhraseLexicons]nextPhrases {
	out := make([][numPhraseLexicons]nextPhrases, len(lexEntries))
	for idx, e := range lexEntries {
		for k, ps := range e.starts {
			np := &out[idx][k]
			free := func(p *phrase) bool { return len(p.slots) < 2 || p.slots[1].optional }
			for _, p := range ps {
				if free(p) {
					np.free = append(np.free, p)
					continue
				}
				for _, x := range p.slots[1].lex {
					if !hasLex(np.next, x) {
						np.next = append(np.next, x)
					}
				}
			}
			for _, x := range np.next {
				var l []*phrase
				for _, p := range ps {
					if free(p) || hasLex(p.slots[1].lex, x) {
						l = append(l, p)
					}
				}
				np.byNext = append(np.byNext, l)
			}
		}
	}
	return out
}()

func hasLex(xs []uint16, x uint16) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
