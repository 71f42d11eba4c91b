package speaker

// f3AppositiveReach bounds how many tokens before a relative "who"
// f3AppositiveWho looks for the comma that opens its appositive.
const f3AppositiveReach = 8

// f3AppositiveWho reports whether the relative "who" at toks[w] ends an
// appositive set off by a comma, "Name, a/an/the noun … who …": news
// prose introduces a person so ("Senator Ann Reed, a harbour-town
// Republican who warned of the deficit, nevertheless voted for it"),
// and the relative clause then closes at the comma before the main
// verb, as one right after a comma does (relativeEnd). Only words that
// are no verb may stand between the determiner and "who".
func f3AppositiveWho(text string, toks []tok, w int) bool {
	for k := w - 1; k >= 1 && k >= w-f3AppositiveReach; k-- {
		t := &toks[k]
		if !t.word {
			return t.str(text) == "," && k+1 < w && toks[k+1].is(isDet) && !toks[k-1].is(isFunction)
		}
		if t.is(isAuxiliary|isReporting|isFinite) || t.is2(isPastVerb) {
			return false
		}
	}
	return false
}

// f3Linking is the "linking" list of nonreport.txt.
var f3Linking = nonreportLists["linking"]

// f3SkipAdverbs returns the index of the first token from toks[at] that
// is no adverb, passing at most two ("…, nevertheless played down",
// "…, later told"): a main verb after a relative clause's closing comma
// may have its adverbs before it.
func f3SkipAdverbs(toks []tok, at int) int {
	for n := 0; n < 2 && at+1 < len(toks) && toks[at].word && (toks[at].adverbish() || f3Linking[toks[at].low]) && toks[at+1].word; n++ {
		at++
	}
	return at
}
