package speaker

import "strings"

// n14Content is cueContent's last try, for a verb whose senses with a
// particle found no content where cueContent looked. It reads two
// shapes of news prose that cueContent's readers leave:
//
//   - a time word between the words of a particle of two words:
//     "weighed in Friday about whether …", "weighed in on Tuesday with
//     a plan" (cueContent passes a time word only before the first
//     word: "called Friday for …");
//   - an object that opens with a quantifier after the particle:
//     "talked about so many of the issues", "asked about all four
//     candidates", "weighed in with any explanation". The object
//     reader takes a determiner, not a quantifier, which is a function
//     word; after a particle of topic the quantifier starts the topic.
//
// It tries only senses with a particle, of the classes whose object
// may be the content (not k, a, x, t), and returns cueContent's
// triple. It must not read "talked about a lot" (how much: the
// quantifier must have a word after it that is not a function word
// nor "more"), nor a quantifier that ends the sentence ("asked about
// all."). Its look-ahead is bounded: up to three time words inside the
// particle (timeBeforeParticle), then three tokens.
//
// Measured and left: a content before the verb, the head of a relative
// clause whose object is the gap ("the best plan I know of", "some
// remedies he has promoted"). On the dev texts about 25 such clauses
// end in a verb of reporting.txt, and PolNeAR marks 4 of them ("the
// many programs she has proposed", "what she says" are unmarked).
// Passives with "by" ("was backed by the mayor") are read already;
// those missed miss their subject, not their content.
func n14Content(text string, toks []tok, c int, senses []verbSense, limit int) (from, cueEnd int, ok bool) {
	for _, s := range senses {
		if s.particle == "" || strings.IndexByte("kaxt", s.class) >= 0 {
			continue
		}
		j := c + 1
		if j < len(toks) && toks[j].low != s.first && toks[j].is(isTimeWord|isFunction) {
			if k := timeBeforeParticle(toks, j, s.first); k > 0 {
				j = k
			}
		}
		if j >= len(toks) || toks[j].low != s.first {
			continue
		}
		j, timed, matched := particleRest(toks, j+1, s.particle[len(s.first):], true) // timed: a time word inside the particle
		if !matched {
			continue
		}
		end := toks[j-1].e
		if timed {
			if at, ok := contentStart(text, toks, j, s.class, limit); ok {
				return at, end, true
			}
		}
		if at, ok := n14Quantified(text, toks, j, limit); ok {
			return at, end, true
		}
	}
	return 0, 0, false
}

// n14Quantifiers open an object that names how many of a thing: "all
// four candidates", "any explanation", "so many of the issues".
var n14Quantifiers = map[string]bool{"all": true, "any": true, "many": true, "some": true, "most": true, "both": true, "several": true, "so": true}

// n14Quantified reports whether toks[j] opens such an object: a
// quantifier ("so" only before "many"), then a word that is no
// function word ("four", "candidates"), "of" and a word ("many of
// the …"), or after "all" and "both" a determiner or a possessive and
// a word ("all the riders"), and returns where it starts.
func n14Quantified(text string, toks []tok, j, limit int) (int, bool) {
	if j+1 >= len(toks) || !toks[j].word || toks[j].s >= limit || !n14Quantifiers[toks[j].low] {
		return 0, false
	}
	k := j + 1
	if toks[j].low == "so" {
		if toks[k].low != "many" {
			return 0, false
		}
		k++
	}
	if k >= len(toks) || !toks[k].word || toks[k].s >= limit {
		return 0, false
	}
	n := &toks[k]
	if n.low == "of" {
		if k+1 < len(toks) && toks[k+1].word && toks[k+1].s < limit {
			return toks[j].s, true
		}
		return 0, false
	}
	if (toks[j].low == "all" || toks[j].low == "both") && (n.is(isDet) || possessivePronouns[n.low]) && k+1 < len(toks) && toks[k+1].word && toks[k+1].s < limit {
		return toks[j].s, true // "all the riders", "both their plans"
	}
	if n.is(isFunction|isAuxiliary) || n.is(isNoContent) || n.low == "more" {
		return 0, false
	}
	return toks[j].s, true
}
