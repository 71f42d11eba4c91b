package speaker

// n1DrawVerbs are irregular pasts that make the subject of a colon
// introduction the cause or the receiver of the words after it, not
// their speaker: "The vote drew this reply:", "The ruling got the
// following response:", "The plan brought this warning from the
// board:". speechObject turns away a past in "-ed" that is no verb of
// putting words out ("The vote prompted this statement:"); these have
// no "-ed" to tell them by.
var n1DrawVerbs = map[string]bool{"drew": true, "got": true, "brought": true, "won": true, "took": true}

// n1NamesWords reports whether a colon introduction read as a label
// ("Alexander Bunn:", "It began:"), whose subject ends at toks[e],
// ends in a noun for an utterance in the words after the subject:
// "The vote prompted this statement:". The noun names the words, not
// who says them, so the clause names no speaker by itself; the label
// reader took "The vote prompted" (a description read on over its verb)
// for the speaker. toks[:n] is the clause without its colon; the test
// is one bit of the last word's entry.
func n1NamesWords(toks []tok, e, n int) bool {
	return n > e && n >= 2 && toks[n-1].word && toks[n-1].is(isSpeechNoun)
}
