package speaker

import "strings"

// n22Content is cueContent's last try: n14Content (n14_particle.go),
// then the shapes below, for a verb of reporting.txt whose words after
// it no reader took because of the shape of what stands between the
// verb and its content. It reads shapes of news prose in which the
// content is still the verb's:
//
//   - an amount before the topic: "isn't saying much about the
//     preparations", "I know all about living on the road", "said very
//     little about the budget". The object reader refuses "much",
//     "little" and "all" as no content ("said nothing", "said a lot"),
//     rightly where they end the object; with "about" after them the
//     topic is the content, as PolNeAR marks it ("debate
//     preparation"). Only a verb with a sense of speech or cognition
//     (class s or c) reads it; "more" ("wants to learn more about …",
//     "should know more about …": a wish, not a report) and "nothing"
//     ("says nothing about …", often the writer's own comment) are
//     not read, nor a topic that is a pronoun ("know all about it")
//     or a function word;
//   - an occasion between the verb and its particle: "spoke during
//     her speech of a flood", "talked in an interview about the
//     levy". The phrase is "during", "in" or "at", a determiner or a
//     possessive, and at most three words that end in a noun of an
//     occasion of speech (n22Occasions), so that "spoke at a
//     gathering of farmers" (the "of" is the phrase's) is not read;
//   - "made no secret of" and "made little secret of": the idiom
//     says the subject said or showed what follows "of" ("made
//     little secret of their doubts");
//   - a denial of proof with its clause: "offered no proof that the
//     mayor knew", "cited little evidence that …"; the content is the
//     phrase with its clause, as PolNeAR marks it ("no proof that …").
//     Without the clause ("offered no proof.") nothing is read.
//
// Its look-ahead is bounded: at most eight tokens after the verb.
//
// Measured and left: an indefinite pronoun as the object ("was
// proposing something else", "has proposed little in the way of …"):
// on the dev texts PolNeAR marks one of three.
func n22Content(text string, toks []tok, c int, senses []verbSense, limit int) (from, cueEnd int, ok bool) {
	if from, cueEnd, ok = n14Content(text, toks, c, senses, limit); ok {
		return from, cueEnd, true
	}
	j := c + 1
	if j+2 >= len(toks) || !toks[j].word || toks[j].s >= limit {
		return 0, 0, false
	}
	if at, end, ok := n22Amount(text, toks, c, senses, limit); ok {
		return at, end, true
	}
	if at, end, ok := n22Occasion(text, toks, c, senses, limit); ok {
		return at, end, true
	}
	if at, end, ok := n22Secret(toks, c, limit); ok {
		return at, end, true
	}
	return n22NoProof(toks, c, senses, limit)
}

// n22AmountWord reports whether w is a word of an amount that may
// stand between a verb and "about": "said much about", "knows all
// about". (Three words compared, where a map hashed each word asked
// of.)
func n22AmountWord(w string) bool { return w == "much" || w == "little" || w == "all" }

// n22Amount reads "much", "little" or "all" (after "very", "so" or
// "too" for the first two) and "about" after a verb of speech or
// cognition; the topic after "about" is the content, and the cue ends
// with "about".
func n22Amount(text string, toks []tok, c int, senses []verbSense, limit int) (int, int, bool) {
	if !hasClass(senses, "sc") {
		return 0, 0, false
	}
	k := c + 1
	if w := toks[k].low; (w == "very" || w == "so" || w == "too") && toks[k+1].low != "all" {
		k++
	}
	if k+2 >= len(toks) || !n22AmountWord(toks[k].low) || toks[k+1].low != "about" {
		return 0, 0, false
	}
	t := &toks[k+2]
	if !t.word || t.s >= limit || !n22Topic(text, toks, k+2) {
		return 0, 0, false
	}
	return t.s, toks[k+1].e, true
}

// n22Topic reports whether toks[i] may open a topic after "about": a
// word that is no pronoun ("her" only as a determiner before a word),
// auxiliary nor function word, but a determiner, a possessive or a
// question word ("about how he would …").
func n22Topic(text string, toks []tok, i int) bool {
	t := &toks[i]
	if t.low == "her" {
		return i+1 < len(toks) && toks[i+1].word && !toks[i+1].is(isFunction|isAuxiliary)
	}
	if t.is(isObjectPronoun | isSubjectPronoun | isAuxiliary) {
		return false
	}
	if t.is(isDet) || possessivePronouns[t.low] || t.is(isWhWord) {
		return true
	}
	return !t.is(isFunction) && !t.is(isNoContent)
}

// n22Occasions are nouns of an occasion of speech or of a text, which
// may stand in a phrase between a verb and its particle ("spoke during
// his speech of …").
var n22Occasions = map[string]bool{"speech": true, "interview": true, "address": true, "remarks": true, "statement": true, "appearance": true, "rally": true, "briefing": true, "conference": true, "hearing": true, "testimony": true, "debate": true, "sermon": true, "lecture": true, "memoir": true, "book": true, "column": true, "letter": true, "post": true, "essay": true, "op-ed": true, "podcast": true, "broadcast": true, "tweet": true, "video": true}

// n22Occasion reads a phrase of an occasion between the verb and the
// first word of a particle of one of its senses, and asks contentStart
// for the content after the particle.
func n22Occasion(text string, toks []tok, c int, senses []verbSense, limit int) (int, int, bool) {
	k := c + 1
	if w := toks[k].low; w != "during" && w != "in" && w != "at" {
		return 0, 0, false
	}
	k++
	if !toks[k].is(isDet) && !possessivePronouns[toks[k].low] {
		return 0, 0, false
	}
	k++
	noun := -1
	for i := k; i < len(toks) && i < k+3 && toks[i].word && !toks[i].is(isFunction|isAuxiliary); i++ {
		if n22Occasions[toks[i].low] {
			noun = i
			break
		}
	}
	if noun < 0 || noun+1 >= len(toks) {
		return 0, 0, false
	}
	p := noun + 1
	for _, s := range senses {
		if s.particle == "" || toks[p].low != s.first || strings.IndexByte("kaxt", s.class) >= 0 {
			continue
		}
		j, _, matched := particleRest(toks, p+1, s.particle[len(s.first):], false)
		if !matched || j >= len(toks) {
			continue
		}
		if at, ok := contentStart(text, toks, j, s.class, limit); ok {
			return at, toks[j-1].e, true
		}
	}
	return 0, 0, false
}

// n22Secret reads "made no secret of" and "made little secret of":
// the content is what follows "of", and the cue ends with it.
func n22Secret(toks []tok, c int, limit int) (int, int, bool) {
	switch toks[c].low {
	case "make", "makes", "made", "making":
	default:
		return 0, 0, false
	}
	k := c + 1
	if k+3 >= len(toks) || toks[k].low != "no" && toks[k].low != "little" || toks[k+1].low != "secret" || toks[k+2].low != "of" {
		return 0, 0, false
	}
	if t := &toks[k+3]; !t.word || t.s >= limit || t.is(isAuxiliary) {
		return 0, 0, false
	}
	return toks[k+3].s, toks[k+2].e, true
}

// n22NoProof reads "no", "little" or "scant", then "proof" or
// "evidence" and a "that" clause after a verb of speech, intention or
// evidence ("offered no proof that …", "cited little evidence that
// …"): the phrase and its clause are the content.
func n22NoProof(toks []tok, c int, senses []verbSense, limit int) (int, int, bool) {
	if !hasClass(senses, "siv") {
		return 0, 0, false
	}
	k := c + 1
	if k+3 >= len(toks) {
		return 0, 0, false
	}
	if w := toks[k].low; w != "no" && w != "little" && w != "scant" {
		return 0, 0, false
	}
	if w := toks[k+1].low; w != "proof" && w != "evidence" {
		return 0, 0, false
	}
	if toks[k+2].low != "that" || !toks[k+3].word || toks[k+3].s >= limit {
		return 0, 0, false
	}
	return toks[k].s, toks[c].e, true
}

// hasClass reports whether a sense of senses has one of the classes
// in classes.
func hasClass(senses []verbSense, classes string) bool {
	for i := range senses {
		// A loop, not strings.IndexByte: classes is two or three
		// bytes, and the call cost more than the search (p35).
		for k := 0; k < len(classes); k++ {
			if classes[k] == senses[i].class {
				return true
			}
		}
	}
	return false
}
