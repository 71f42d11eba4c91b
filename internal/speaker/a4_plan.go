package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// A plan put forward by someone is news prose's commonest way to
// report what that person proposes without a verb of saying: the
// possessor of the plan is the source, the plan its cue, and what the
// plan would do, or what happens under it, the content:
//
//	Ortiz's plan would also cap deductions at 28 percent.
//	Under the mayor's proposal, the city would hire 200 officers.
//
// PolNeAR marks these so (the possessive with its "’s" as the source).
// Only a possessive (a name, a description with its article, or
// "his"/"her"/"their") makes a source: "Under the plan, fares rise"
// and "The plan would cap deductions" name no one.

// planHeads are the nouns of a proposal whose possessor proposes it. Not
// "budget", "policy" or "law": "the city's budget would shrink" and
// "the state's law would apply" tell what a thing does, not what a
// person proposes. ("bill" would be one, but a sentence without a word
// of the cue lexicons is not read at all, and "bill" is none.)
var planHeads = map[string]bool{"plan": true, "plans": true, "proposal": true, "proposals": true}

// planModals may follow a plan as its subject: what it "would" or
// "will" do is what its author proposes; "could" and "might" are a
// writer's guess about its effects and are left out.
var planModals = map[string]bool{"would": true, "will": true}

// possessedPlan reads a possessive and a plan head within toks[from:]:
// "Ortiz's plan", "the mayor's tax proposal", "her own plan". The
// possessive is at toks[from] or one of the next five tokens; between
// it and the head stand at most two lower-case modifiers ("tax",
// "new", "health care"). It returns the source (the possessor's
// mention, its cue the head) and the index of the head.
func (a *attributor) possessedPlan(toks []tok, from int) (found, int, bool) {
	text := a.text
	for p := from; p < len(toks) && p < from+6; p++ {
		t := &toks[p]
		if !t.word {
			if p > from && t.str(text) == "." && toks[p-1].is(isTitle) {
				continue // "Mrs. Ortiz's plan"
			}
			return found{}, 0, false
		}
		// t.low, not the text's bytes: asked of every clause's first
		// words, this test is the rule's whole cost on most text.
		w := t.low
		if l := len(w); l < 3 || w[l-1] != 's' && w[l-1] != 'r' {
			continue // every possessive below ends in "s" or "r": most words stop at their last byte
		}
		poss := w == "his" || w == "her" || w == "their" || len(w) > 2 && strings.HasSuffix(w, "'s") || len(w) > 4 && strings.HasSuffix(w, "’s")
		if !poss {
			continue
		}
		for h := p + 1; h < len(toks) && h <= p+3; h++ {
			if !toks[h].word || capital(toks[h].str(text)) {
				break
			}
			if planHeads[toks[h].low] {
				// Read within toks[from:]: a capital before the
				// phrase ("Under") is no part of the name.
				f, ok := a.possessor(toks[from:], p+1-from)
				if !ok || f.subj.End != t.e {
					return found{}, 0, false
				}
				f.cue = doc.Span{Start: toks[h].s, End: toks[h].e}
				return f, h, true
			}
			if toks[h].is(isFunction | isAuxiliary | isFinite) {
				break
			}
		}
		return found{}, 0, false
	}
	return found{}, 0, false
}

// underPlan reads "Under X's plan, CLAUSE" at the sentence's start: the
// possessor is the source, the clause after the comma the content. The
// comma follows the head or a short phrase after it ("Under Ortiz's
// plan for the pier, …"), within ten tokens; the clause has three
// words at least.
func (a *attributor) underPlan(toks []tok, limit int) (found, doc.Span, bool) {
	text := a.text
	if len(toks) < 7 || toks[0].low != "under" {
		return found{}, doc.Span{}, false
	}
	f, h, ok := a.possessedPlan(toks, 1)
	if !ok {
		return found{}, doc.Span{}, false
	}
	for k := h + 1; k < len(toks) && k <= h+10 && toks[k].s < limit; k++ {
		if toks[k].word {
			continue
		}
		if toks[k].str(text) != "," || !wordsAtLeast(toks[k+1:], 3) {
			break
		}
		return f, doc.Span{Start: toks[k+1].s, End: limit}, true
	}
	return found{}, doc.Span{}, false
}

// planWould reads "X's plan would VERB …" as the sentence's subject and
// its verb: the possessor is the source, the verb phrase after the
// modal (past an adverb: "would also cap") the content, as PolNeAR
// marks it. The subject opens the sentence, past a conjunction ("But
// Ortiz's plan would …"). It returns the index of the verb too.
func (a *attributor) planWould(toks []tok, limit int) (found, doc.Span, int, bool) {
	from := 0
	if len(toks) > 0 && (toks[0].low == "but" || toks[0].low == "and") {
		from = 1
	}
	f, h, ok := a.possessedPlan(toks, from)
	if !ok || h+3 >= len(toks) || !planModals[toks[h+1].low] {
		return found{}, doc.Span{}, 0, false
	}
	v := h + 2 // past an adverb, but not past "not": the negation is the content's
	if v+1 < len(toks) && toks[v].word && toks[v].adverbish() && toks[v].low != "not" {
		v++
	}
	verb := v
	if toks[v].low == "not" {
		verb++
	}
	if !toks[v].word || !toks[verb].word || toks[verb].is(isFunction) || toks[v].s >= limit || !wordsAtLeast(toks[v:], 2) {
		return found{}, doc.Span{}, 0, false
	}
	return f, doc.Span{Start: toks[v].s, End: limit}, verb, true
}
