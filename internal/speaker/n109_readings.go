package speaker

import "strings"

// n109DatedThing reports whether the subject toks[lo:k+1], before "in"
// and a month or a year, names a thing the date belongs to, so that
// the mention keeps the date as PolNeAR marks it: a participle after a
// noun with its agent or place after it ("A review commissioned by the
// health department in 2022 found"), or a thing that carries words with
// an "of" phrase after it ("An agency inspection of the plant in
// Corbin Mills in April found"). timeKept reads only the word right
// before "in"; here it is the head of a longer phrase. The words between
// are a noun phrase's only: no mark, relative or auxiliary.
func n109DatedThing(text string, toks []tok, lo, k int) bool {
	for i := lo + 1; i < k; i++ {
		t, prev := &toks[i], &toks[i-1]
		if !t.word || t.is(isAuxiliary|isPronoun) || t.low == "who" || t.low == "which" || t.low == "that" {
			return false
		}
		if toks[i+1].low == "of" && carriers[strings.TrimSuffix(t.low, "s")] {
			return true
		}
		if !capital(t.str(text)) && pastForm(*t) && prev.word && !prev.is(isFunction|isAuxiliary|isPronoun) && (toks[i+1].low == "by" || toks[i+1].low == "at" || toks[i+1].low == "for") {
			return true
		}
	}
	return false
}

// n109ModifiedHead reports whether toks[h], a noun, has a determiner
// and one modifier in lower case before it: "a large study", "the new
// report". A participle after such a noun describes it as it does
// after a determiner alone (n103ReducedParticiple).
func n109ModifiedHead(text string, toks []tok, h int) bool {
	if h < 2 || !toks[h-1].word || !toks[h-2].word || !toks[h-2].is(isDet) || toks[h-2].is(isPronoun) {
		return false
	}
	m := &toks[h-1]
	return !capital(m.str(text)) && !m.is(isFunction|isAuxiliary|isAdverb|isCue) && !pastInEd(m.low)
}

// n109TrailingParticiple returns the index of the verb of reporting
// that ends a source set after its content, when rest[c] is a past
// participle that describes the noun before it, no verb of its own:
// "…, a large study published Wednesday in the Annals of Medicine
// suggests." The noun has a determiner, with at most one modifier, and
// the words up to the verb, within twelve, are words only, the verb in
// lower case after a capital (the end of the participle's phrase, a
// name) and the sentence's last word (trailingCue's rest ends there).
// It returns -1 otherwise.
func n109TrailingParticiple(text string, rest []tok, c int) int {
	if c < 2 || !pastInEd(rest[c].low) || capital(rest[c].str(text)) {
		return -1
	}
	if h := &rest[c-1]; !h.word || capital(h.str(text)) || h.is(isFunction|isAuxiliary|isPronoun|isAdverb) || !rest[c-2].is(isDet) && !n109ModifiedHead(text, rest, c-1) {
		return -1
	}
	for j := c + 1; j < len(rest) && j <= c+12; j++ {
		t := &rest[j]
		if !t.word {
			if s := t.str(text); s != "-" && s != "’" && s != "'" {
				return -1
			}
			continue
		}
		if t.is(isCue|isReporting) && !capital(t.str(text)) && rest[j-1].word && capital(rest[j-1].str(text)) && j == len(rest)-1 {
			return j
		}
	}
	return -1
}

// n109OwnerName reports whether toks[c0:p] open with a name of several
// capitalised words in the possessive, a body's ("Tumbarra Shire
// Council's director of infrastructure, Graham Pollitt, told"), as
// ownerOpens reads a one-word owner ("Acme's chief executive, …").
func n109OwnerName(text string, toks []tok, c0, p int) bool {
	for j := c0; j < p && j < c0+5; j++ {
		t := &toks[j]
		if !t.word || !capital(t.str(text)) {
			return false
		}
		if possessive(t.low) {
			return j > c0
		}
	}
	return false
}
