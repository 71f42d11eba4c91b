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

// n108SourceAside returns the index of the comma that closes an aside
// on the source of an opening "According to …", the comma at toks[k]
// opening it, or -1: a relative clause ("According to the museum's
// report, which was posted on Tuesday, the figure …") or a participle's
// phrase ("According to the selection policy, adopted in 2022, any
// player …"). The aside describes the source, and the mention keeps
// it, as it keeps an appositive (appositiveEnd); the clause after it
// is the content. The aside holds words only, at most n42AsideMax
// tokens, and two words at least follow it.
func n108SourceAside(text string, toks []tok, k int) int {
	if k+2 >= len(toks) || toks[k].str(text) != "," || !toks[k+1].word {
		return -1
	}
	w := toks[k+1].low
	if w != "which" && w != "who" && w != "whose" && !(pastInEd(w) || n2IrregularPasts[w]) || toks[k+1].is(isCue) && !pastInEd(w) {
		return -1
	}
	for j := k + 2; j < len(toks) && j <= k+1+n42AsideMax; j++ {
		if toks[j].word {
			continue
		}
		switch toks[j].str(text) {
		case ",":
			if wordsAtLeast(toks[j+1:], 2) {
				return j
			}
			return -1
		case "’s", "'s", "-", "–":
		case ".", ":":
			if toks[j].s != toks[j-1].e || j+1 >= len(toks) || !toks[j+1].word && toks[j+1].str(text) != "," {
				return -1 // only inside a time or after an abbreviation: "posted at 9:14 p.m.,"
			}
		default:
			return -1
		}
	}
	return -1
}

// n108OfficeName reads an office with its "of" phrase and the name
// after it, where a subject read after an inverted cue stopped at
// toks[e]: "“…,” said Herons president of basketball operations Gerrit
// Brinkhorst". One to three lower-case words, the last a noun of a
// person ("president", "director"), then "of", one to three lower-case
// words of the office, and a name that ends the clause. It returns the
// name and the index after it, or -1.
func n108OfficeName(text string, toks []tok, e int) (name, int) {
	plain := func(t *tok) bool {
		return t.word && !capital(t.str(text)) && !t.is(isFunction|isCue|isAuxiliary)
	}
	j := e
	for j < len(toks) && j < e+3 && plain(&toks[j]) {
		j++
	}
	if j == e || j+2 >= len(toks) || toks[j].low != "of" {
		return name{}, -1
	}
	if _, ok := persons[toks[j-1].low]; !ok {
		return name{}, -1
	}
	j++
	if toks[j].low == "the" {
		j++
	}
	o := j
	for j < len(toks) && j < o+3 && plain(&toks[j]) {
		j++
	}
	if j == o {
		return name{}, -1
	}
	n, ok := nameAt(text, toks, j)
	if !ok || n.from != j || n.to < len(toks) && toks[n.to].str(text) != "," {
		return name{}, -1
	}
	return n, n.to
}

// n108PhraseBack returns, where toks[k] ends "in a statement" or "in
// an interview" right before a cue ("The chief, Ann Lee, in a statement
// said that …"), the index of the token before "in": the subject ends
// there. It returns k otherwise. The noun is one that carries a
// statement (n108Channels), so "in the town said" is no such phrase,
// nor one after a participle: "Economists not involved in the study
// said".
func n108PhraseBack(toks []tok, k int) int {
	if k < 3 || !toks[k].word || !n108Channels[toks[k].low] || !toks[k-1].is(isDet) || toks[k-2].low != "in" || pastInEd(toks[k-3].low) {
		return k
	}
	return k - 3
}

// n108Channels carry what a speaker says "in" them.
var n108Channels = map[string]bool{"statement": true, "interview": true, "letter": true, "email": true, "post": true, "speech": true, "message": true, "tweet": true, "video": true, "release": true, "filing": true, "affidavit": true, "submission": true}
