package speaker

import "strings"

// reflexiveAs reports whether toks[j] opens a self-portrait as a
// verb's content: a reflexive with "as" and a word after it ("has
// portrayed himself as a reformer", "describes herself as a
// moderate"). News reports how a person presents themselves through a
// verb of depiction or stance and a reflexive object; the reflexive
// alone reports nothing ("said it himself", "found himself alone"),
// which is why noContent holds the reflexives. Not after a verb of
// cognition (class c): "regarded herself as bound", "considered
// myself as a guest" tell a belief about oneself, which fiction is
// full of and news seldom reports as an attribution.
func reflexiveAs(toks []tok, j int) bool {
	return j+2 < len(toks) && (reflexives[toks[j].low] || toks[j].low == "myself" || toks[j].low == "ourselves") && toks[j+1].low == "as" && toks[j+2].word
}

// anyObject reports whether toks[j] opens the object of a verb of
// denial with "any" before its noun: "denied any role in the fire",
// "rejected any suggestion of wrongdoing", "dismissed any talk of a
// deal". A denial in news mostly takes this form; "any" is no
// determiner of the lexicon, so the object was not read. Only after a
// verb of denial (denialStems): after others "any" is mostly a
// question of having or feeling ("felt any emotion", "had any
// childhood"), which no one reports. "any more", "any longer" say how much, not
// what (anyDegree).
func anyObject(toks []tok, j int) bool {
	if j+1 >= len(toks) || toks[j].low != "any" || !toks[j+1].word {
		return false
	}
	n := &toks[j+1]
	if n.is(isFunction|isAuxiliary|isFinite|isQuantity) || anyDegree[n.low] {
		return false
	}
	return verbStemBefore(toks, j, denialStems)
}

// anyDegree are the words after "any" that make it an adverb of degree:
// "did not say any more", "would not wait any longer".
var anyDegree = map[string]bool{"more": true, "less": true, "longer": true, "further": true, "farther": true}

// denialStems begin the forms of the verbs of denial of reporting.txt:
// "deny", "denies", "denied"; "reject"; "dismiss"; "refute"; "rebut";
// "dispute".
var denialStems = []string{"deny", "deni", "reject", "dismiss", "refut", "rebut", "disput"}

// depictionStems begin the forms of the verbs by which one presents
// oneself "as" something: "portrayed himself as", "describes herself
// as", "pitched himself as", "casts himself as". After other verbs a
// reflexive with "as" tells how one looks or acts ("observed herself
// as a fair product of Nature"), no stance.
var depictionStems = []string{"portray", "describ", "characteri", "depict", "paint", "pitch", "cast", "present", "position", "style", "styling", "bill", "brand", "tout", "promot", "market", "fashion", "label", "dub"}

// warnStems begin the forms of "warn": "warned of higher fares" has
// its content after "of", as "warned against …" has. Other verbs of
// speech to someone with "of" tell a tale ("began to tell of divers
// portents"), which fiction is full of.
var warnStems = []string{"warn"}

// verbStemBefore reports whether the word right before toks[j], or the
// one before it past an adverb, begins with one of stems: the verb
// whose content toks[j] opens.
func verbStemBefore(toks []tok, j int, stems []string) bool {
	for i := j - 1; i >= 0 && i >= j-2 && toks[i].word; i-- {
		for _, p := range stems {
			if strings.HasPrefix(toks[i].low, p) {
				return true
			}
		}
		if !toks[i].adverbish() {
			return false
		}
	}
	return false
}
