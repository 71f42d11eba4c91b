package speaker

import "strings"

// n2InPhrase reports whether the cue word at toks[c] is a noun inside a
// prepositional phrase: a preposition, a determiner, one more word,
// then the word in a form a noun shares ("explained in a short note to
// members:", "said in a brief comment:"). A verb of speech there is
// never the clause's verb; the clause's own cue comes before the
// phrase. Read as a verb, "a short" became the speaker of the colon's
// words. A past is no noun: "Protesters marching through the streets
// chanted" keeps its cue. The test is bits of three tokens and the
// word's ending.
func n2InPhrase(toks []tok, c int) bool {
	if c < 3 || !toks[c-3].word || !toks[c-3].is(isPrep) || !toks[c-2].word || !toks[c-2].is(isDet|isNounMarker) || !toks[c-1].word || toks[c-1].is(isPronoun) {
		return false
	}
	w := toks[c].low
	return !strings.HasSuffix(w, "ed") && !n2Pasts[w]
}

// n2Pasts are the irregular pasts and participles of cues.txt, which no
// noun shares.
var n2Pasts = map[string]bool{"said": true, "told": true, "wrote": true, "written": true, "sang": true, "began": true, "went": true}
