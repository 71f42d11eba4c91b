package speaker

// titleCaseIn is titleCase(text, tokens(lo, hi)) read from the index's
// tokens in place, without making the toks: ok is false where the
// stretch cuts a token (the pieces are other words), is empty, or the
// gates are open, and the caller then reads the toks. headlineVoiced
// asks it of the sentence around every title and scare quotation, and
// most are not in title case: their toks, some 2% of those the stage
// made, are not made.
func (x *tokIndex) titleCaseIn(lo, hi int) (tc, ok bool) {
	lo, hi = max(lo, 0), min(hi, len(x.text))
	if gatesOff || lo >= hi {
		return false, false
	}
	i, j, uncut := x.uncut(lo, hi)
	if !uncut {
		return false, false
	}
	n, caps := 0, 0
	for k := i; k < j; k++ {
		c := &x.all[k]
		// len(t.low) > 3: the form's length, which is the token's own
		// but for a lowOther form (a capital beyond ASCII may lower to
		// more or fewer bytes).
		if c.word && (c.form != lowOther && c.e-c.s > 3 || c.form == lowOther && len(x.others[c.s]) > 3) {
			n++
			if capital(x.text[c.s:c.e]) {
				caps++
			}
		}
	}
	return n >= 4 && caps*4 >= n*3, true
}
