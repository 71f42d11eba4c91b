package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// causedSpeaker reads the speaker of a verb of reporting in the
// infinitive after a verb that makes its object act ("forced",
// "prompted", "led", "pressed"): the object is the one who reports.
//
//	The senator forced Moss to admit that no one had been fired.
//	The threats prompted the board to order a review.
//	Reporters pressed Ortiz, who chairs the board, to explain why …
//
// toks[k] is the "to" before the verb. The object is a name, a
// description or an object pronoun between the verb and "to", with at
// most a relative clause between commas after it ("Moss, who was under
// questioning, to admit"). The verbs are those of causing and pressing
// that the reporting lexicon does not hold (a verb of request, "urged
// residents to report …", reports the whole as its own content). Not
// "allowed", "helped": what one lets or helps another say is seldom
// reported so.
func causedSpeaker(text string, toks []tok, k int) (found, bool) {
	if k < 2 || toks[k].low != "to" {
		return found{}, false
	}
	e := k // the object ends before toks[e]
	if toks[k-1].str(text) == "," {
		// A relative clause between commas: back to ", who".
		for i := k - 2; i > 0 && i >= k-24; i-- {
			if !toks[i].word {
				if toks[i].str(text) != "," || i+1 >= k || toks[i+1].low != "who" {
					return found{}, false
				}
				e = i
				break
			}
		}
		if e == k {
			return found{}, false
		}
	}
	for v := e - 1; v >= 0 && v >= e-7; v-- {
		if !toks[v].word {
			return found{}, false
		}
		if !causeVerbs[toks[v].low] {
			continue
		}
		if v+1 >= e {
			return found{}, false
		}
		if p, ok := objectPronounSubject[toks[v+1].low]; ok && v+2 == e {
			return found{subj: doc.Span{Start: toks[v+1].s, End: toks[v+1].e}, pronoun: p, ok: true}, true
		}
		f, end := subjectAt(text, toks, v+1, e)
		if !f.ok || end != e || f.pronoun != "" {
			return found{}, false
		}
		f.whole = true // the object alone: widen would run back over the verb
		return f, true
	}
	return found{}, false
}

// objectPronounSubject maps an object pronoun to the subject form that
// makeQuote resolves.
var objectPronounSubject = map[string]string{"him": "he", "her": "she", "them": "they"}

// causeVerbs are the forms of the verbs of causing and pressing whose
// object does what the infinitive says (causedSpeaker).
var causeVerbs = map[string]bool{
	"force": true, "forces": true, "forced": true, "forcing": true,
	"prompt": true, "prompts": true, "prompted": true, "prompting": true,
	"lead": true, "leads": true, "led": true, "leading": true,
	"press": true, "presses": true, "pressed": true, "pressing": true,
	"compel": true, "compels": true, "compelled": true, "compelling": true,
	"spur": true, "spurs": true, "spurred": true, "spurring": true,
	"drive": true, "drives": true, "drove": true, "driven": true,
	"prod": true, "prods": true, "prodded": true, "prodding": true,
	"goad": true, "goads": true, "goaded": true, "goading": true,
	"provoke": true, "provokes": true, "provoked": true, "provoking": true,
	"inspire": true, "inspires": true, "inspired": true, "inspiring": true,
}

// causedContent reports whether the verb at toks[c], made to report by
// another's pressing, reports something to check: a clause ("to admit
// that …", "to explain why …"), a phrasal verb's object ("to call for
// his resignation") or the object of a verb of request, evaluation,
// intention or decision ("to order a review"). A verb of saying with a
// bare object is mostly its other sense: "forcing the recipients to
// answer other investigative entities" answers to them.
func causedContent(toks []tok, c int, senses []verbSense, from, cueEnd int) bool {
	if cueEnd > toks[c].e {
		return true
	}
	j := tokAt(toks, from)
	if j >= 0 && (toks[j].low == "that" || toks[j].is(isWhWord)) {
		return true
	}
	for _, s := range senses {
		if s.particle == "" && (s.class == 'r' || s.class == 'e' || s.class == 'i' || s.class == 'x') {
			return true
		}
	}
	return false
}
