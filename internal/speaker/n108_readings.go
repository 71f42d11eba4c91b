package speaker

// amountAfterModifier reports whether the comma at toks[j] stands
// between two modifiers of one noun, the second an amount: "who signed
// a one-year, $1.3 million deal". The part before it is an article and
// one to three words (hyphens between them), the part after a currency
// sign and a number; the comma then ends no appositive or clause.
func amountAfterModifier(text string, toks []tok, j int) bool {
	if j < 2 || j+2 >= len(toks) || toks[j+1].word || !currencyAmount(text, toks, j+1) || !toks[j-1].word {
		return false
	}
	for i, words := j-1, 0; i >= 0 && i >= j-6; i-- {
		t := &toks[i]
		if !t.word {
			if s := t.str(text); s != "-" && s != "–" {
				return false
			}
			continue
		}
		if t.low == "a" || t.low == "an" {
			return words > 0
		}
		if words++; words > 3 || t.is(isFunction|isCue|isAuxiliary) {
			return false
		}
	}
	return false
}
