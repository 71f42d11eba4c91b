package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// clauseAsSubject reports whether the subject read after an inverted
// trailing cue ("…, said the mayor") is a clause: a determiner, its
// noun, then a verb in the past and more words ("Critics, including
// several groups, said the bill spent too much." read "said" as
// inverted, its subject "the bill spent too much", and the critics as
// what was said). The verb is a past in -ed or an irregular past of
// pastVerbs or bareVerbForms; a noun that such a past also spells
// ("cut", "set", "hit") stands in a subject only before another noun,
// so the word after the verb must be no noun a determiner could open: a
// word of the lexicon's adverbs or quantities, a word in -ly, or a
// determiner (the clause's object). Not a preposition or "not", which
// follow a participle that modifies the subject ("two officials
// briefed on the plan"), nor after a relative word ("a senior official
// who asked not to be named").
func clauseAsSubject(ix *tokIndex, s doc.Span) bool {
	if s.End-s.Start < 10 {
		return false
	}
	toks := ix.tokens(s.Start, s.End)
	if len(toks) < 4 || !toks[0].word || !toks[0].is(isDet) {
		return false
	}
	for j := 2; j+1 < len(toks) && j < 8; j++ {
		t := &toks[j]
		if !t.word || capital(t.str(ix.text)) || relativeWords[t.low] {
			return false // a name, or a relative clause: "a senior official who asked not to be named"
		}
		if !pastForm(*t) && !pastVerbs[t.low] && !bareVerbForms[t.low] {
			continue
		}
		n := &toks[j+1]
		return n.word && !n.is(isPrep) && !morePreps[n.low] && n.low != "not" && (n.is(isAdverb|isQuantity|isDet) || len(n.low) > 3 && n.low[len(n.low)-2:] == "ly" || n.low == "too" || n.low == "much" || n.low == "more")
	}
	return false
}
