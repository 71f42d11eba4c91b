package speaker

// News and narrative prose open a sentence with an adverb of time or
// frequency before its subject, without a comma: "Once she crept into
// the hall and found it empty", "Often they met at the pier and said
// …", "Finally he rose and said …", or with a preposition's phrase
// and its comma: "Once in my early 20s, when my mother asked, I
// laughed and said …". Such a word, capitalised as the sentence's
// first, is no name: openerEnd passes over it (and over its phrase) so
// that the subject after it speaks, not "Once".

// c2SentenceAdverb reports whether toks[k], capitalised, is an adverb
// that may open a sentence before its subject: a word of the adverb
// classes (adverbish: "once", "often", "later", "sometimes") or one in
// -ly ("Finally") that is not a given name ("Kelly", "Sally").
func c2SentenceAdverb(text string, toks []tok, k int) bool {
	t := &toks[k]
	if b := text[t.s]; b-'A' >= 26 {
		return false // not a capital: the gate before the word classes
	}
	if t.is(isVerbAdverb|isTimeWord) || placeOpeners[t.low] {
		return true
	}
	return lyAdverb(t.low) && !t.is(isGiven)
}
