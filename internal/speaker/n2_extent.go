package speaker

import (
	"sort"
	"strings"
)

// n2RelativeReach bounds the words of a relative clause that
// n2RelativeEnd reads for its closing comma.
const n2RelativeReach = 24

// n2RelativeEnd returns the index of the comma that closes a relative
// clause on "who" (toks[at]) inside a reported clause, when the reported
// clause resumes after it with its own verb: "acknowledged that they did
// not see the threat when radical clerics, who had been jailed for
// years, won the right to preach", "said the mayor, who resigned in
// May, was ill". A content cut at ", who" lost the verb and all after
// it; the clause's subject is the noun before "who", and the relative
// clause between commas is part of what is reported. The word after the
// comma is a lower-case verb (and the relative clause opens with a
// word: "who, tired, was …" has its verb after the comma): an auxiliary, a finite form or a past in
// -ed, not a verb of reporting (", who resigned, said …" is a second
// attribution), "and", a participle or a subordinator. 0 otherwise, and
// the content ends before ", who" as before. It reads at most
// n2RelativeReach tokens.
func n2RelativeEnd(text string, toks []tok, at, to int) int {
	if at+1 >= len(toks) || !toks[at+1].word {
		return 0 // "…, who, coatless, was pouring …": the verb comes after an aside of its own
	}
	for j := at + 2; j+1 < len(toks) && j <= at+n2RelativeReach && toks[j].s < to; j++ {
		if toks[j].word {
			continue
		}
		if toks[j].e-toks[j].s != 1 || text[toks[j].s] != ',' {
			if strings.ContainsAny(toks[j].str(text), ";:()\"“”—–") {
				return 0
			}
			continue
		}
		v := &toks[j+1]
		if !v.word || v.s >= to || capital(v.str(text)) || v.is(isSubordinator|isReporting|isDet|isPronoun|isPrep) || strings.HasSuffix(v.low, "ing") || v.low == "and" || v.low == "but" || v.low == "or" {
			return 0
		}
		if v.is(isAuxiliary|isFinite) || pastForm(*v) || n2IrregularPasts[v.low] {
			return j
		}
		return 0
	}
	return 0
}

// n2IrregularPasts are common irregular pasts that resume a clause after
// a relative one ("who had been jailed, won the right", "who resigned,
// left the city"); pastForm reads the pasts in -ed and a few of meeting
// and speaking.
var n2IrregularPasts = map[string]bool{"won": true, "made": true, "took": true, "got": true, "left": true, "came": true, "went": true, "gave": true, "kept": true, "lost": true, "held": true, "ran": true, "began": true, "became": true, "fell": true, "rose": true, "grew": true, "paid": true, "sold": true, "sent": true, "built": true, "brought": true, "bought": true, "felt": true, "stood": true, "led": true, "spent": true, "sought": true, "fought": true, "broke": true, "chose": true, "drove": true, "flew": true, "wore": true, "set": true, "put": true, "cut": true, "hit": true, "let": true, "shut": true, "quit": true}

// n2WhoTail returns the index of the comma before a relative "who" and
// its verb of reporting right after the subject of a trailing cue, g:
// "…, said the officials, who added that they were replacing the
// pipes". The relative clause is an attribution of its own, by the
// same source; attributions reads it as a clause of its own from the
// comma, as it reads "…, she said, as she left". -1 otherwise.
func n2WhoTail(text string, toks []tok, g found) int {
	if !g.ok || g.subj.End <= g.cue.End {
		return -1 // only after an inverted cue's subject: "…, said X, who …"
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= g.subj.End })
	if i+3 >= len(toks) || toks[i].word || toks[i].e-toks[i].s != 1 || text[toks[i].s] != ',' || toks[i+1].low != "who" || !toks[i+2].word || !toks[i+2].is(isReporting) {
		return -1
	}
	return i
}
