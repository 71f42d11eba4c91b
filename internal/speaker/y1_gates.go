package speaker

import "strings"

// titleCaseIn is titleCase(text, tokens(lo, hi)) read from the index's
// tokens in place, without making the toks: ok is false where the
// stretch cuts a token (the pieces are other words), is empty, or the
// gates are open, and the caller then reads the toks. headlineVoiced
// asks it of the sentence around every title and scare quotation, and
// most are not in title case: their toks, some 2% of those the stage
// made, are not made.
func (x *tokIndex) titleCaseIn(lo, hi int) (tc, ok bool) {
	i, j, ok := x.wholeTokens(lo, hi)
	if !ok {
		return false, false
	}
	return x.titleCaseOf(i, j), true
}

// wholeTokens gives the index's tokens all[i:j] of text[lo:hi], ok
// false where the stretch cuts a token, is empty, or the gates are
// open: the question titleCaseIn and headlineIn ask first.
func (x *tokIndex) wholeTokens(lo, hi int) (i, j int, ok bool) {
	lo, hi = max(lo, 0), min(hi, len(x.text))
	if gatesOff || lo >= hi {
		return 0, 0, false
	}
	return x.uncut(lo, hi)
}

// headlineIn is titleCaseIn for headlineVoiced, which reads a headline
// in title case whose second token is a capitalised word (the first of
// the words it reads before the verb): tc is false too where that token
// is not one, told before the stretch's words are counted. Most
// sentences around a title or scare quotation are in lower case, and
// titleCaseIn settled them only after a dozen words or more (some
// 1,200 instructions a sentence).
func (x *tokIndex) headlineIn(lo, hi int) (tc, ok bool) {
	i, j, ok := x.wholeTokens(lo, hi)
	if !ok {
		return false, false
	}
	if c := &x.all[min(i+1, len(x.all)-1)]; j-i < 2 || !c.word || !capital(x.text[c.s:c.e]) {
		return false, true
	}
	return x.titleCaseOf(i, j), true
}

// titleCaseOf is titleCase of the index's tokens all[i:j].
func (x *tokIndex) titleCaseOf(i, j int) bool {
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
			} else if caps+(j-k-1) < 3*(n-caps) {
				// caps*4 >= n*3 is caps >= 3 times the words in
				// lower case, and the tokens left can add at most
				// j-k-1 capitals: the answer is false already. Most
				// sentences, in lower case, are settled within
				// their first few words.
				return false
			}
		}
	}
	return n >= 4 && caps*4 >= n*3
}

// mayGive reports whether low, a stretch of the text's ASCII lower case
// (tokIndex.lower), may hold a word of givers: false only when it holds
// none of their stems. namesTitle asks it of the clause before every
// title quotation before it makes the clause's toks and reads its
// subject (subjectNaming), which it keeps only with a giver for its
// verb. The stems have no "i" or "k": Go lower-cases "İ" to "i" and the
// Kelvin sign to "k", which ASCII lower-casing leaves as they are, and
// a verb spelt with either would be missed.
func mayGive(low string) bool {
	for _, stem := range [...]string{"call", "dub", "name", "label", "brand", "term"} {
		if strings.Contains(low, stem) {
			return true
		}
	}
	return false
}
