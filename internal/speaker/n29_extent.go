package speaker

import "strings"

// Where a reported content ends when the words after it are no part of
// what the source said, and contentEnd (parc.go) read on through them:
//
//   - a second predicate of the reporting clause's own subject, joined
//     by "and", "but" or ", yet" with no subject of its own: "He praised
//     the crews and thanked their families", "She backed the plan but
//     has said she will vote against it", "He demands candour, yet
//     refuses to explain …", "They believe the tax is unfair, and
//     became angry". The second verb tells what the subject did, not
//     what it said; where it is a verb of reporting, its own content
//     is read apart (n29Yet and n29Have let readCue give it the
//     subject);
//   - a verb of reporting after a closing quotation mark and "but":
//     "said the rules were “unfair and costly” but insisted …";
//   - the writer's own comment after the content: ", which suggests
//     that …", "—although it is not clear …" (a clause: not "—though
//     costly", the source's own concession), ", even as the agency
//     estimated …", ", even as crowds gathered outside" (an event beside
//     the report, or another source's clause, read apart, as PolNeAR
//     marks it: 2 of 2 dev contents end there; not ", even as her
//     sister did", a comparison inside the content, nor ", even though"
//     without a source of its own, a concession the source may make).
//
// Not read so: a content whose own subject the second verb may share,
// which is most of them (the verb then continues the reported clause:
// "said the firm cut jobs and raised prices"): a second predicate in -ed
// ends only a content with no verb of its own (an object: "praised the
// plan and thanked …"); a verb after ", and" only a content without a
// list (a comma before it: "to find it, fix it, and test it"), and a
// base form only where no "to" or modal of future or obligation could
// govern it ("said he would sell the house, and buy a farm"); "have"
// with a participle not inside a relative clause ("the firm, which has
// sold X and has published Y"). An -ed word after "and" that is an
// adjective ("tea and buttered toast", "tired and excited", "and
// ill-used") is no predicate: it has no object after it, or a hyphen.

// n29Back bounds the look-back over a content's words (tokens): a
// longer content is left as contentEnd gives it.
const n29Back = 40

// n29End reports whether the content that opens at toks[first] ends
// before toks[i], a mark, an auxiliary or a conjunction inside it
// (contentEnd asks it of each such token; words are not asked).
func n29End(text string, toks []tok, first, i int) bool {
	if i <= first || i+2 >= len(toks) {
		return false
	}
	t := &toks[i]
	if !t.word {
		n := &toks[i+1]
		switch t.str(text) {
		case ",":
			switch n.low {
			case "yet": // ", yet refuses to release …"
				return n29Predicate(toks, i+2, true)
			case "which": // ", which suggests that …"
				return n29Comment[toks[i+2].low] && i+3 < len(toks) && toks[i+3].low == "that"
			case "even": // ", even as the agency estimated …", ", even as crowds gathered"
				return toks[i+2].low == "as" && !n29AsDid(toks, i+3) || toks[i+2].low == "though" && i+3 < len(toks) && ownAttribution(text, toks, i+3)
			}
		case "—", "–", "--":
			// "—although it is not clear …", "—which means …"; not
			// "—though costly", the source's own concession
			return (n.low == "although" || n.low == "though") && toks[i+2].word && (toks[i+2].is(isSubjectPronoun|isPronoun|isDet) || toks[i+2].low == "there") || n.low == "which" && n29Comment[toks[i+2].low]
		}
		return false
	}
	if t.low != "and" && t.low != "but" {
		return false
	}
	p := &toks[i-1]
	comma := false
	if !p.word {
		switch s := p.str(text); {
		case s == ",":
			comma = true
		case strings.ContainsAny(s, "”’\"") && i >= 2 && p.s == toks[i-2].e:
			if t.low == "but" && coordinated(toks, i+1) {
				return true // "…“deserve attention” but insisted …"
			}
		default:
			return false
		}
	}
	if n29Perfect(toks, i+1) && !n29Relative(toks, first, i) && !n29OwnHave(toks, first, i) {
		return true // "… but has said she will …", "…, and had to reconcile …"
	}
	if t.low == "and" && !strings.HasSuffix(p.low, "ed") && n29Predicate(toks, i+1, false) && !n29Clause(toks, first, i) {
		return true // "championed the bill and extended it to …"
	}
	return comma && n29Bare(toks, first, i, i+1) && !n29List(text, toks, first, i)
}

// n29Comment holds the verbs of evidence by which a writer comments on
// what precedes: ", which suggests that …", "—which means …".
var n29Comment = map[string]bool{"suggests": true, "suggested": true, "means": true, "meant": true, "indicates": true, "implies": true}

// n29Perfect reports whether "has" or "had" starts at toks[k], past
// adverbs, with a finite verb of reporting or "to" after it (past
// adverbs): "has since said", "had to give".
func n29Perfect(toks []tok, k int) bool {
	k = n29Adverbs(toks, k)
	if k+1 >= len(toks) || toks[k].low != "has" && toks[k].low != "had" {
		return false
	}
	k = n29Adverbs(toks, k+1)
	if k >= len(toks) || !toks[k].word {
		return false
	}
	return toks[k].low == "to" || coordinated(toks, k)
}

// n29Adverbs returns k past at most two adverbs.
func n29Adverbs(toks []tok, k int) int {
	for n := 0; n < 2 && k < len(toks) && toks[k].word && toks[k].adverbish(); n++ {
		k++
	}
	return k
}

// n29Predicate reports whether a predicate starts at toks[k], past
// adverbs: a verb of reporting that is no participle in -ing or base
// form (speech, only after "yet"), or a word in -ed with an object or
// adverb after it, not "by", "of" or "to" (a passive or an adjective:
// "backed by", "tired of").
func n29Predicate(toks []tok, k int, speech bool) bool {
	k = n29Adverbs(toks, k)
	if k+1 >= len(toks) || !toks[k].word {
		return false
	}
	w := toks[k].low
	if speech && len(reportingSenses(w)) > 0 {
		return true
	}
	if len(w) <= 4 || !strings.HasSuffix(w, "ed") || toks[k].is(isFunction) || strings.IndexByte(w, '-') >= 0 {
		return false
	}
	if n := toks[k+1].low; n == "by" || n == "of" || n == "to" {
		return false
	}
	return n29Object(&toks[k+1])
}

// n29Object reports whether t opens a verb's object or an adverbial:
// a determiner, pronoun, preposition or adverb (not a bare plural: in
// "demanded better pay and reduced hours" the -ed word is an adjective).
func n29Object(t *tok) bool {
	return t.word && (t.is(isDet|isObjectPronoun|isPrep|isQuantifier) || possessives[t.low] || t.low == "his" || t.low == "her" || t.low == "their" || t.adverbish())
}

// n29Relative reports whether a relative pronoun stands in the content
// before toks[i] (bounded), whose clause a second verb may continue.
func n29Relative(toks []tok, first, i int) bool {
	for j := i - 1; j >= first && j >= i-n29Back; j-- {
		switch toks[j].low {
		case "who", "which", "whom", "whose":
			return true
		}
	}
	return i-first > n29Back
}

// n29Clause reports whether the content before toks[i] holds a verb
// (an auxiliary, a word in -ed or an irregular past, "to", "that" or a
// subordinator), whose
// subject a second verb may share.
func n29Clause(toks []tok, first, i int) bool {
	if i-first > n29Back {
		return true
	}
	for j := first; j < i; j++ {
		t := &toks[j]
		if t.word && (t.is(isAuxiliary|isSubordinator|isWhWord) || t.low == "to" || t.low == "that" || n29Irregular[t.low]) {
			return true
		}
		// A present tense in -s after a determiner's noun: "says the
		// city spends too much" (not "a string of untested diets").
		if l := t.low; t.word && j >= first+2 && len(l) > 3 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && toks[j-1].word && !toks[j-1].is(isFunction) && toks[j-2].word && toks[j-2].is(isDet) {
			return true
		}
		// A word in -ed is a verb unless it is an adjective of a noun
		// phrase: "a string of untested diets", "the limited funds".
		if t.word && len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && !strings.HasPrefix(t.low, "un") && (j == first || !toks[j-1].is(isDet) && !possessives[toks[j-1].low]) {
			return true
		}
	}
	return false
}

// n29Irregular holds common irregular past forms, a verb of the
// content's own: "said the firm cut jobs and closed …".
var n29Irregular = map[string]bool{"wrote": true, "knew": true, "broke": true, "caught": true, "fought": true, "drove": true, "chose": true, "spoke": true, "stole": true, "struck": true, "threw": true, "wore": true, "forgot": true, "hid": true, "meant": true, "sought": true, "thought": true, "taught": true, "felt": true, "fled": true, "stood": true, "shot": true, "swore": true, "drew": true, "flew": true, "cut": true, "put": true, "set": true, "hit": true, "sold": true, "lost": true, "took": true, "made": true, "gave": true, "went": true, "began": true, "kept": true, "found": true, "held": true, "left": true, "won": true, "spent": true, "built": true, "paid": true, "sent": true, "told": true, "fell": true, "rose": true, "grew": true, "ran": true, "got": true, "came": true, "saw": true, "bought": true, "brought": true, "became": true, "did": true, "led": true, "met": true, "shut": true}

// n29Past holds common irregular past forms of verbs that are no verbs
// of reporting: ", and became …".
var n29Past = map[string]bool{"became": true, "took": true, "made": true, "gave": true, "went": true, "began": true, "kept": true, "had": true, "has": true}

// n29Bare reports whether a verb starts at toks[k] after ", and" (past
// adverbs), the second predicate of the reporting clause's subject: an
// irregular past (n29Past) or a verb of reporting that is no participle
// in -ing; a base form only where nothing in the content before
// toks[i] could govern it (n29Shared) and the cue is a base form too
// (n29BaseCue).
func n29Bare(toks []tok, first, i, k int) bool {
	k = n29Adverbs(toks, k)
	if k+1 >= len(toks) || !toks[k].word {
		return false
	}
	if n29Past[toks[k].low] {
		return true
	}
	ss := toks[k].senses()
	if len(ss) == 0 {
		return false
	}
	base := false
	for _, s := range ss {
		if s.ing {
			return false
		}
		base = base || s.base
	}
	return !base || !n29Shared(toks, first, i) && n29BaseCue(toks, first)
}

// n29BaseCue reports whether the cue right before the content at
// toks[first] is itself a base form ("They believe …, and want …"): a
// base form after ", and" agrees with a plural or first-person
// subject in the present, and after a past cue ("The mayor said the
// riders want lower fares, and say so") it is the content's own.
func n29BaseCue(toks []tok, first int) bool {
	if first < 1 || !toks[first-1].word {
		return false
	}
	for _, s := range toks[first-1].senses() {
		if s.base {
			return true
		}
	}
	return false
}

// n29Shared reports whether the content opens with "to" or holds a
// modal of future or obligation before toks[i], which a base form
// after ", and" may share ("to rest, and recover", "would sell it, and
// buy …").
func n29Shared(toks []tok, first, i int) bool {
	if toks[first].low == "to" || i-first > n29Back {
		return true
	}
	for j := first; j < i; j++ {
		switch toks[j].low {
		case "would", "will", "shall", "should", "must", "'ll", "’ll":
			return true
		}
	}
	return false
}

// n29List reports whether a comma stands in the content before the one
// at toks[i-1]: ", and" then ends a list ("to find it, fix it, and test
// it"), not the content.
func n29List(text string, toks []tok, first, i int) bool {
	if i-first > n29Back {
		return true
	}
	for j := first; j < i-1; j++ {
		if !toks[j].word && toks[j].str(text) == "," {
			return true
		}
	}
	return false
}

// n29Yet reports whether toks[k] is "yet" after a comma, which joins a
// second verb to the clause's subject as "but" does: "He demands
// candour, yet refuses to explain …" (readCue's shared subject).
func n29Yet(text string, toks []tok, k int) bool {
	return k >= 1 && toks[k].low == "yet" && toks[k-1].str(text) == ","
}

// n29Have reports whether the tokens between the conjunction at toks[k]
// and the verb at toks[c] are "has", "have" or "had" and adverbs, not
// in a relative clause: "…, and has called for …", "but has said …",
// which share the first verb's subject as a bare past does. (readCue
// turns away other auxiliaries after "and": "and will say" may be a
// plural's.)
func n29Have(toks []tok, k, c int) bool {
	if c-k > 4 {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if w := toks[j].low; w == "which" || w == "who" {
			return false
		}
	}
	have := false
	for j := k + 1; j < c; j++ {
		switch {
		case toks[j].low == "has" || toks[j].low == "have" || toks[j].low == "had":
			have = true
		case toks[j].word && toks[j].adverbish():
		default:
			return false
		}
	}
	return have
}

// n29OwnHave reports whether the content from toks[first] to toks[i]
// holds "has", "had" or "have" itself: then a second "has" or "had"
// after "and" continues the reported clause ("said the company had
// missed payments and had to sell its fleet").
func n29OwnHave(toks []tok, first, i int) bool {
	for j := first; j < i && j < first+n29Back; j++ {
		if w := toks[j].low; w == "has" || w == "had" || w == "have" {
			return true
		}
	}
	return false
}

// n29AsDid reports whether the clause after "even as" at toks[k] ends
// (within six words) with "did", "does" or "do": a comparison ("talk
// back to him, even as her sister did"), part of the content, not an
// event beside it.
func n29AsDid(toks []tok, k int) bool {
	for j := k; j < len(toks) && j < k+6; j++ {
		if !toks[j].word {
			return false
		}
		if w := toks[j].low; (w == "did" || w == "does" || w == "do") && (j+1 == len(toks) || !toks[j+1].word) {
			return true
		}
	}
	return false
}
