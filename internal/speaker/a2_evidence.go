package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// evidenceSubject reads the subject of a verb of evidence ("shows",
// "found", "suggests": class v of reporting.txt) that ends at toks[k]
// when it is a long noun phrase headed by a thing that carries or
// yields content: a poll, a study, an analysis, documents, a report
// (carriers.txt and the inquiry list of nonreport.txt). News prose
// names such a source with much around its head, which the phrase
// rules read only in part:
//
//	A Harbour Gazette analysis of newly filed records shows …
//	The latest Reuters/Ipsos poll released Friday shows …
//	Leaked documents from the 2015 audit show …
//	The tracking poll, which follows riders daily, showed …
//
// The phrase opens its clause (clauseStart) and its head comes within
// its first ten tokens ("The Harbour Gazette/Ashton Times tracking
// poll"), after words that describe it (an article,
// adjectives, names, a number, a possessive; no verb, no function word
// but an article). After the head come its modifiers: phrases with a
// preposition, participles and their dates ("released Friday"), and a
// relative clause, which may hold a verb and, between commas, is the
// only stretch with a comma. At most 30 tokens. The mention is the
// whole phrase, as PolNeAR marks such a source; its name is the phrase
// up to the head, whose number the verb agrees with.
func evidenceSubject(text string, toks []tok, k int) (found, bool) {
	return evidenceSubjectIn(text, toks, k, &subjectStarts{k: k})
}

// evidenceSubjectIn is evidenceSubject with the clause's start asked of
// st, whose k is k: cueSubject's readers share one.
func evidenceSubjectIn(text string, toks []tok, k int, st *subjectStarts) (found, bool) {
	if k < 0 || !toks[k].word && (k == 0 || toks[k].str(text) != ",") {
		return found{}, false // a word, or the comma that closes a relative clause
	}
	cs := st.clause(text, toks)
	if cs > k || k-cs > 30 || !toks[cs].word {
		return found{}, false
	}
	h, demo := -1, false
	for j := cs; j <= k && j < cs+10; j++ {
		t := &toks[j]
		if !t.word {
			if s := t.str(text); s == "/" || s == "-" || s == "’" || s == "'" || s == "." && j > cs && t.s == toks[j-1].e {
				continue // "Reuters/Ipsos", "U.S."
			}
			return found{}, false
		}
		head := t.is2(isEvidenceHead) // asked once for both tests
		if head && capital(t.str(text)) && j < k && (toks[j+1].word || toks[j+1].str(text) == "/") {
			continue // a name's word, the head after it: "the Washington Post/ABC News poll"
		}
		if head && (j == k || !toks[j+1].word || !toks[j+1].is2(isEvidenceHead) && !nounLike(text, &toks[j+1])) {
			h = j
			break
		}
		if t.is2(isDemonstrative) && j == cs {
			demo = true
			continue // "This poll", "these studies"
		}
		if t.is(isAuxiliary|isFinite|isPronoun|isSubordinator) || t.is(isFunction) && !t.is(isDet) || t.is(isCue) && !capital(t.str(text)) && !(t.low == "state" && c5State(text, toks, j)) {
			return found{}, false // not "state" before its head: "…, state records show"
		}
	}
	if h < 0 || demo && !inquiryHeads[toks[h].low] {
		return found{}, false // "these pages must show": a demonstrative before a poll or a study only
	}
	// The modifiers after the head.
	rel := false // in a relative clause
	commas := 0  // commas seen: a relative clause's pair at most
	for j := h + 1; j <= k; j++ {
		t := &toks[j]
		if !t.word {
			switch s := t.str(text); {
			case s == ",":
				commas++
				if commas == 1 && (j+1 > k || !toks[j+1].word || toks[j+1].low != "which" && toks[j+1].low != "that") {
					return found{}, false
				}
				if commas == 2 && j != k {
					return found{}, false // the clause closes before the verb
				}
				if commas > 2 {
					return found{}, false
				}
			case s == "/" || s == "-" || s == "’" || s == "'" || s == "$" || s == "." && t.s == toks[j-1].e:
			default:
				return found{}, false
			}
			continue
		}
		if relativeWord(t.low) && t.low != "what" {
			rel = true
			continue
		}
		if !rel && (t.is(isAuxiliary|isFinite|isSubordinator|isSubjectPronoun) || t.low == "and" || t.low == "but") {
			return found{}, false
		}
	}
	if commas == 1 {
		return found{}, false
	}
	e := k
	if !toks[e].word {
		e-- // the clause's closing comma
	}
	sp := doc.Span{Start: toks[cs].s, End: toks[e].e}
	return found{subj: sp, name: text[toks[cs].s:toks[h].e], ok: true, whole: true}, true
}

// evidenceHead reports whether w, a lower-case word, is a thing that
// carries content or an inquiry, singular or plural: "poll",
// "analysis", "documents", "researchers". A token's test is its bit,
// t.is2(isEvidenceHead), which this reads from the lexicon.
func evidenceHead(w string) bool {
	return wordIs2(w, isEvidenceHead)
}

// evidenceHeads are the things that carry content or an inquiry,
// singular or plural ("poll", "analysis", "documents", "researchers"),
// as one set: each word of carriers.txt, each with an "s" after it, and
// the inquiry list of nonreport.txt. evidenceSubject asks it of up to
// ten words a verb of evidence, by its bit (isEvidenceHead): the three
// lookups it stands for (the inquiry list's a lookup of its name first)
// were a tenth of the indirect reader's map lookups, and the one set's
// lookup still hashed each word.
var evidenceHeads = func() map[string]bool {
	set := map[string]bool{}
	for w := range carriers {
		set[w], set[w+"s"] = true, true
	}
	for w := range nonreportLists["inquiry"] {
		set[w] = true
	}
	// Plurals of numbers that show a thing, which carriers.txt leaves
	// out as singulars ("a public figure said"): "…, the figures show".
	for _, w := range []string{"figures", "statistics", "disclosures", "filings", "numbers", "data"} {
		set[w] = true
	}
	return set
}()

// nounLike reports whether t may continue a noun phrase as its head:
// a word that is no function word, auxiliary or preposition, and no
// past form ("The poll released Friday" ends its head at "poll").
func nounLike(text string, t *tok) bool {
	return t.word && !t.is(isFunction|isAuxiliary|isFinite|isPrep) && !pastForm(*t) && !t.is2(isRelParticiple) && !capital(text[t.s:t.e]) && !t.is(isReporting)
}

// evidenceSense reports whether one of senses is of class v, evidence.
func evidenceSense(senses []verbSense) bool {
	for _, s := range senses {
		if s.class == 'v' {
			return true
		}
	}
	return false
}

// evidenceLast is trailingEvidence's first test: the clause's last word,
// after five tokens at least, is a verb of evidence. attributions asks
// it before the reader, whose locals are then not set up for the many
// clauses that end otherwise.
func evidenceLast(toks []tok) bool {
	n := len(toks)
	for n > 0 && !toks[n-1].word {
		n--
	}
	return n >= 5 && evidenceSense(toks[n-1].senses())
}

// trailingEvidence reads a source of evidence after the clause it
// vouches for, at the sentence's end: "Fares rose 40 percent, a
// Gazette analysis of county records shows.", "…, court records
// obtained by the Gazette show.", "…, data from the board show." The
// verb is the last word, of class v and not in -ing, after at most two
// auxiliaries or adverbs ("…, investigators have found."); its subject
// runs back to the comma before it, at most 25 tokens, and must read
// as evidenceSubject reads a phrase that opens a clause. The clause
// before the comma has at least two words. It returns the source and
// the offset of the comma, where the content ends. The trailing cues
// of indirect.go read most such sources ("…, a study found."), but
// not one with a phrase or a participle after its head.
func trailingEvidence(text string, toks []tok) (found, int, bool) {
	if !evidenceLast(toks) {
		return found{}, 0, false
	}
	n := len(toks)
	for n > 0 && !toks[n-1].word {
		n--
	}
	v := n - 1
	senses := toks[v].senses()
	if strings.HasSuffix(toks[v].low, "ing") || capital(toks[v].str(text)) {
		return found{}, 0, false
	}
	k := v - 1
	for j := 0; j < 2 && k > 0 && toks[k].word && (toks[k].is(isAuxiliary) || toks[k].adverbish()); j++ {
		k--
	}
	comma := -1
	for j := k; j >= 2 && j > k-25; j-- {
		if !toks[j].word && toks[j].str(text) == "," {
			comma = j
			break
		}
	}
	if comma < 0 || comma+1 > k || !wordsAtLeast(toks[:comma], 2) {
		return found{}, 0, false
	}
	sub := toks[comma+1:]
	f, ok := evidenceSubject(text, sub, k-(comma+1))
	if !ok || f.subj.Start != sub[0].s {
		return found{}, 0, false
	}
	if k == v-1 && !agrees(text, f, senses) {
		return found{}, 0, false // a base form after a singular head: "…, the report show."
	}
	f.cue = doc.Span{Start: toks[v].s, End: toks[v].e}
	return f, toks[comma].s, true
}

// demonstratives open a noun phrase as an article does: "this poll",
// "these studies".
var demonstratives = map[string]bool{"this": true, "that": true, "these": true, "those": true}
