package speaker

// r2TopicParticle returns the index of the particle "about" that
// follows a verb of speech across an adverbial or an addressee, or -1:
// "Ann Reed spoke at length about the levy", "talked with harbour
// workers about the fares", "came to talk to me last week about
// trade", "speaks more often in public about crime". News prose puts
// who was spoken to, and how and when, between such a verb and its
// topic; the verb's topic is its content as when "about" follows the
// verb at once ("talked about the fares", reporting.txt). j is the
// token after the verb (its adverbs with "-ly" and its phrase of time
// are read before, in cueContent); first is the particle's first word.
// Between them may stand, in at most eight words and no mark: adverbs
// and words of time, "in public", "in private", "in person", "at
// length", "in detail", and one addressee: "to" or "with" and an
// object pronoun, or a noun phrase of at most four words with no verb
// or function word in it but its determiner ("with police leaders",
// "to the Gazette's editors"). Any other word ends the search: "talked
// to the man who wrote about …" has a clause, and "spoke to voters in
// Ohio about …" a place, which is left unread.
//
// cueContent asks it of every sense with a particle: the test of the
// particle is kept apart from the scan, so that the call inlines.
func r2TopicParticle(text string, toks []tok, j int, first string) int {
	if first != "about" {
		return -1
	}
	return r2TopicScan(text, toks, j, first)
}

// r2TopicScan is r2TopicParticle's scan from toks[j].
func r2TopicScan(text string, toks []tok, j int, first string) int {
	if j >= len(toks) || toks[j].low == first {
		return -1
	}
	addressee := false
	for k := j; k < len(toks) && k < j+8 && toks[k].word; {
		t := &toks[k]
		switch w := t.low; {
		case w == first:
			if k > j && k+1 < len(toks) && toks[k+1].word {
				return k
			}
			return -1
		case (w == "in" || w == "at") && k+1 < len(toks) && r2MannerNoun[toks[k+1].low]:
			k += 2
		case (w == "to" || w == "with") && !addressee && k+1 < len(toks) && toks[k+1].word:
			addressee = true
			e := r2Addressee(text, toks, k+1)
			if e < 0 {
				return -1
			}
			k = e
		case timeWords[w] || (w == "this" || w == "last" || w == "next") && k+1 < len(toks) && (toks[k+1].low == "week" || toks[k+1].low == "month" || toks[k+1].low == "year"):
			k++
			if w != "last" && timeWords[w] {
				break
			}
			k++
		case t.adverbish() && !t.is(isFunction):
			k++
		default:
			return -1
		}
	}
	return -1
}

// r2MannerNoun are the nouns that make an adverb of manner with "in"
// or "at" and no determiner: "in public", "at length".
var r2MannerNoun = map[string]bool{"public": true, "private": true, "person": true, "length": true, "detail": true}

// r2Addressee returns the index after the addressee that starts at
// toks[i] (after "to" or "with"), or -1: an object pronoun, or an
// optional determiner or possessive and then one to three words that
// are neither function words, verbs of reporting nor auxiliaries.
func r2Addressee(text string, toks []tok, i int) int {
	if toks[i].is(isObjectPronoun) {
		// "her" is a determiner too ("to her staff"): a pronoun where
		// no noun follows it.
		if toks[i].low != "her" || i+1 < len(toks) && (toks[i+1].low == "about" || toks[i+1].is(isTimeWord|isFunction) || toks[i+1].adverbish()) {
			return i + 1
		}
	}
	k := i
	if toks[k].is(isDet) || possessivePronouns[toks[k].low] {
		k++
	}
	n := 0
	for ; k < len(toks) && n < 3 && toks[k].word && toks[k].low != "about" && !toks[k].is(isFunction|isAuxiliary|isTimeWord) && !toks[k].is(isReporting) && !toks[k].adverbish(); k++ {
		n++
	}
	if n == 0 {
		return -1
	}
	return k
}
