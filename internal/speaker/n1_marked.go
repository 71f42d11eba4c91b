package speaker

import "strings"

// n1MarkedClause reads a reported clause that opens with a short phrase
// in marks right after a verb of saying or thinking, without "that":
// `Ed Moss said "budget reforms" would help the state`, `she said
// “a bomb” had gone off`. News prose quotes a few of the speaker's
// words as the clause's subject, and the content of "said" is the whole
// clause, the phrase in marks a mixed quotation inside it (as with
// "that" before the marks, which contentStart reads already); without
// this the phrase in marks was read as all that was said. The phrase
// holds words only, at most eight, and closes with its mark glued to
// its last word; a finite verb follows it ("would", "had", "is"), or
// "and" or "or", a second subject and a finite verb within eight words
// (`"budget reforms" and the collection of taxes would help`). A phrase with a mark of
// its own inside (`said "No, we won't."`) is a quotation of its own,
// and one followed by anything else (`said "the plan will fail" in a
// speech`) is the verb's object. toks[j] is the token after the cue
// (and its adverbs); the content starts at the opening mark.
//
// The first test, a byte of the mark, is inlined where
// contentStart asks it of every mark after a cue (commas mostly).
func n1MarkedClause(text string, toks []tok, j int, cl byte, limit int) (int, bool) {
	if b := text[toks[j].s]; b != '"' && b != 0xE2 {
		return 0, false
	}
	return n1MarkedRead(text, toks, j, cl, limit)
}

// n1MarkedRead is n1MarkedClause past its first test.
func n1MarkedRead(text string, toks []tok, j int, cl byte, limit int) (int, bool) {
	if cl != 's' && cl != 'k' && cl != 'c' && cl != 'v' || j+3 >= len(toks) {
		return 0, false
	}
	m := toks[j].str(text)
	if m != "“" && m != "\"" || !toks[j+1].word || toks[j+1].s != toks[j].e {
		return 0, false
	}
	c := -1
	for i := j + 1; i < len(toks) && i <= j+9; i++ {
		if toks[i].word {
			continue
		}
		if w := toks[i].str(text); (w == "”" || w == "\"") && toks[i].s == toks[i-1].e && i > j+1 {
			c = i
		}
		break
	}
	if c < 0 || c+1 >= len(toks) || !toks[c+1].word || toks[c+1].s >= limit {
		return 0, false
	}
	v := &toks[c+1]
	if v.is(isFinite) || v.is2(isFinitePast) {
		return toks[j].s, true
	}
	if v.low != "and" && v.low != "or" || c+2 >= len(toks) {
		return 0, false
	}
	// The second of two subjects opens after "and" ("and the
	// collection of taxes", "and new taxes"), not a verb or an adverb
	// ("said “no” and left", "and walked out", "and then left").
	if s := &toks[c+2]; !s.word || s.is(isFinite|isCue|isAdverb|isAuxiliary) || s.is2(isFinitePast) || s.is(isFunction) && !s.is(isDet) || strings.HasSuffix(s.low, "ed") || strings.HasSuffix(s.low, "ly") {
		return 0, false
	}
	for i := c + 2; i < len(toks) && i <= c+9 && toks[i].s < limit; i++ {
		t := &toks[i]
		if !t.word {
			return 0, false
		}
		if t.is(isFinite) || t.is2(isFinitePast) {
			return toks[j].s, true
		}
		if t.is(isCue) {
			return 0, false // "said “no” and left": another verb of the subject's
		}
	}
	return 0, false
}
