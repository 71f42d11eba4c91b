package speaker

import "strings"

// n1OfNoun reports whether the reporting word at toks[c] is a noun
// because "of" stands right before it: "The panel of judges ruled that
// …", "a group of advisers warned". A finite verb never follows "of"
// at once, so the word is the head of the preposition's object.
// phraseAt, reading the subject "The panel of judges" before "ruled",
// took "judges" (a verb of the lexicon, as "advocates", "critics",
// "reports" are) for a verb and read no subject, so the clause had no
// speaker at all; verbs whose subject other readers find ("said",
// "concluded") were named from "The panel" alone.
// An -ing form after "of" is a gerund that may report ("accused him of
// saying that …") and stays a verb.
func n1OfNoun(toks []tok, c int) bool {
	return c > 0 && toks[c-1].word && toks[c-1].low == "of" && !strings.HasSuffix(toks[c].low, "ing")
}
