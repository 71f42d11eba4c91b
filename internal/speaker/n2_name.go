package speaker

// n2ProperHead returns the noun phrase that ends just before a relative
// "who" or "that" at offset at when it is a common noun after proper
// modifiers, with no determiner: "New York magazine that claimed …",
// "New Zealand’s indigenous people, who regard …", "Con Edison officials,
// who said …". The writer names a group or a title by its proper
// modifier and a common head; the head alone ("magazine") or the nearest
// name ("New Zealand") is only part of it. The phrase opens with a
// capitalised word after a preposition or a function word, holds at
// most six words (at most two lower-case ones, after the capitalised
// ones), and ends in a lower-case word; "" otherwise (antecedent reads a phrase with its determiner).
// It reads at most 80 bytes before at.
func (a *attributor) n2ProperHead(at int) string {
	text := a.text
	toks := a.ix.scratch(slotAntecedent, max(0, at-80), at)
	e := len(toks) - 1
	if e >= 0 && !toks[e].word && toks[e].str(text) == "," {
		e--
	}
	if e < 1 || !toks[e].word || capital(toks[e].str(text)) || toks[e].is(isFunction|isDet|isPronoun) {
		return ""
	}
	s, low := -1, 0 // the phrase's first token; its lower-case words
	for j := e - 1; j >= 0 && j >= e-6; j-- {
		t := &toks[j]
		if !t.word || t.is(isFunction|isDet|isPrep|isObjectPrep|isPronoun) || t.low == "among" {
			break
		}
		if capital(t.str(text)) {
			s = j
		} else if s >= 0 || low == 2 {
			break // a lower-case word before the proper modifier, or three after it
		} else {
			low++
		}
	}
	// After a preposition or a function word ("by New York magazine",
	// "among New Zealand’s people"): a capital that opens the sentence
	// may be any word, and a phrase after a determiner is antecedent's
	// and the resolver's ("an Israeli prime minister who", "now the
	// Senate majority leader, who" for the name before it).
	if s < 1 || !toks[s-1].word || toks[s-1].is(isDet|isNounMarker) || !toks[s-1].is(isFunction|isPrep|isObjectPrep) && toks[s-1].low != "among" {
		return ""
	}
	return text[toks[s].s:toks[e].e]
}
