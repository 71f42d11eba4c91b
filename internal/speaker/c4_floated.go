package speaker

// c4Floated re-reads a mention that is a quantifier floated after an
// auxiliary, before the cue: "The ministers have all said that …",
// "the people who have all invited me", "the senators will each
// argue …". In English prose "all", "both" or "each" after "have",
// "are", "will" and the like counts the clause's subject, which stands
// before the auxiliary; it is never the subject itself (that would
// precede the auxiliary: "All have said"). floatingQuantifier
// (a1_mention.go) reads the quantifier right after its subject ("they
// all said"); this reads it after an auxiliary. The subject is read
// before the auxiliary as a cue's subject is (beforeCue: a name, a
// description, an appositive, or a pronoun such as "who" to resolve),
// and keeps f's cue; it is written over f. It returns false, and f
// stands, when the mention is no
// such quantifier, when the auxiliary is a form of "be" (a passive:
// "the storms are all thought to contribute" names no thinker) or when
// no subject is there.
//
// Its hook is at the start of widenMention (mention.go). Cheap first:
// the mention is three or four bytes, a name, and its first byte is
// 'a', 'b' or 'e'.
func c4Floated(ix *tokIndex, f *found) bool {
	s := f.subj
	if n := s.End - s.Start; n < 3 || n > 4 || f.pronoun != "" || f.cue.Start < s.End {
		return false
	}
	text := ix.text
	switch text[s.Start] | 0x20 {
	case 'a', 'b', 'e':
	default:
		return false
	}
	if w := text[s.Start:s.End]; w != "all" && w != "both" && w != "each" {
		return false // lower case: "All" opens a sentence as its subject
	}
	lo, _ := runeWindow(text, s.Start, s.End, 160, 0)
	toks := ix.scratch(0, lo, s.End)
	k := len(toks) - 1
	if k < 2 || toks[k].s != s.Start || !toks[k-1].word || !toks[k-1].is(isAuxiliary) || toks[k-1].low == "not" || toks[k-1].low == "never" {
		return false
	}
	switch toks[k-1].low {
	case "is", "are", "was", "were", "be", "been", "being", "am":
		return false // a passive: "the storms are all thought to …" did no thinking
	}
	g := beforeCue(text, toks, k-1)
	if !g.ok || g.subj.End > toks[k-1].s || g.subj.End <= g.subj.Start {
		return false
	}
	g.cue = f.cue
	*f = g
	return true
}
