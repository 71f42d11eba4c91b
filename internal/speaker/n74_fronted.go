package speaker

import "strings"

// n74AppositiveVerb reports whether an appositive between commas opens
// at toks[c], the comma after a main clause's subject, and a verb
// follows it: "Before officials weighed in with a statement, the
// governor, Ann Pell, said that …". frontedEnd asks mainClauseAt
// whether a main clause follows a fronted clause's comma, and a subject
// with an appositive before its verb read as none, so the object of
// "weighed in with" ran on over the governor to the sentence's end.
// The appositive is a name or a short description of at most six
// words, none of them a verb.
func n74AppositiveVerb(text string, toks []tok, c int) bool {
	if c >= len(toks) || toks[c].str(text) != "," {
		return false
	}
	for j := c + 1; j < len(toks) && j <= c+7; j++ {
		t := &toks[j]
		if !t.word {
			if t.str(text) != "," || j == c+1 {
				return false
			}
			v := j + 1
			if v >= len(toks) || !toks[v].word || capital(toks[v].str(text)) {
				return false
			}
			w := &toks[v]
			return w.is(isFinite) || w.is(isAuxiliary) || w.is2(isPastVerb) || w.is(isReporting) && !strings.HasSuffix(w.low, "ing")
		}
		if t.is(isFinite) || t.is(isAuxiliary) || t.is(isReporting) || t.low == "who" || t.low == "which" || t.low == "and" {
			return false
		}
	}
	return false
}

// n74LeadPhrase returns where a fronted clause opens after a phrase that
// leads the sentence and "but" or "and": "Following the first reports
// of the blast, but before officials had weighed in with an account,
// the governor said that …". frontedEnd reads a fronted clause only at
// the sentence's first word; here its opener is k's answer, and the
// content of a verb in it ends where the fronted clause does. The lead
// is a phrase, not a clause: it opens with a preposition or a
// participle and holds no verb of its own, within twelve tokens of k
// and before the content (from). Otherwise k is returned as it is.
func n74LeadPhrase(text string, toks []tok, k, from int) int {
	if k >= len(toks) || !toks[k].word || !(toks[k].is(isPrep) || strings.HasSuffix(toks[k].low, "ing")) || frontOpeners[toks[k].low] {
		return k
	}
	for j := k + 1; j+2 < len(toks) && j <= k+12 && toks[j].s < from; j++ {
		t := &toks[j]
		if t.word && (t.is(isFinite) || t.is(isAuxiliary) || t.is(isSubjectPronoun)) {
			return k
		}
		if t.str(text) != "," || toks[j+1].low != "but" && toks[j+1].low != "and" {
			continue
		}
		o := j + 2
		if o+1 < len(toks) && openerAdverbs[toks[o].low] && frontOpeners[toks[o+1].low] {
			return o // "…, but even before …": frontedEnd steps past the adverb
		}
		if frontOpeners[toks[o].low] && toks[o].s < from {
			return o
		}
		return k
	}
	return k
}

// n74RelativeAppositive reads, from at, the appositive after a relative
// clause's subject and its comma ("which the bank's chief executive,
// Tom Reyes, called …"): one to four capitalised words, the last ending
// in a comma. It returns the offset of the space after that comma.
// n43RelativeClause read a subject of plain words only, and a source
// with an appositive gave no reading, leaving the relative clause to
// the outer one's source.
func n74RelativeAppositive(text string, at int) (int, bool) {
	i := at
	for n := 0; n < 4 && i < len(text); n++ {
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\n' {
			j++
		}
		w := text[i:j]
		if w == "" || !capital(w) {
			return 0, false
		}
		if strings.HasSuffix(w, ",") {
			return j, j < len(text) && text[j] == ' ' && strings.IndexAny(w[:len(w)-1], ",;:!?()\"") < 0
		}
		if strings.IndexAny(w, ",;:!?()\"") >= 0 {
			return 0, false
		}
		i = j + 1
	}
	return 0, false
}
