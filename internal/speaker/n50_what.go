package speaker

import (
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n50WhatNames reads a relative "what" clause of naming that ends right
// before a phrase in marks: "The plan is what the mayor calls “a fresh
// start”", "Critics attacked what the council has described as
// “routine maintenance”", "a pause in what she would call a “rest
// year”". The clause's subject gives the phrase its name: the words in
// marks are the subject's, whatever verb governs the "what" clause
// itself (the one who attacked it, or the writer's "is"). So the
// subject of the "what" clause is the phrase's speaker, and its verb is
// the cue.
//
// The shape, read back from the opening mark (toks end right before
// it): an optional "a" or "an" (the marked words are the head of the
// named phrase: "what she called a “rant”"); "as", which "describe"
// needs (n50Cues); the verb of naming; auxiliaries and adverbs ("has
// described", "would call", "is now calling"); the subject, a name, a
// pronoun or a short description as subjectAt reads one, which runs
// from right after "what" to the auxiliaries or the verb.
//
// What it must not read: a passive ("what it is called", "what the pier
// has been called": the clause names the thing, not who named it; a form
// of "be" before a participle that is no -ing form); a negative ("what
// the mayor would never call “a crisis”": the subject disowns the
// words); "it" that names no body or carrier of words before it (the
// marks vouch for words, as for itSaid: bodyBefore not strict, which
// also finds a carrier of words, "a new report"); a subject farther
// from "what" or from the verb.
//
// It is asked by namedBySubject, which makes a scare quote so read
// mixed ("what several captains called “negligence”"), and by
// attribute before the other readers of the clause before a mixed
// quotation. On the PolNeAR dev texts it changes only phrases nested in
// another attribution, which the score does not count (four, each to
// the "what" clause's subject); on the 224 reference inputs seven
// readings, all to that subject. It reads at most the last n50Reach
// tokens before the marks, and bodyBefore a bounded window: constant
// work a quotation.
func (a *attributor) n50WhatNames(toks []tok) found {
	text := a.text
	v := n50CueBefore(toks, len(toks))
	if v < 0 {
		return found{}
	}
	w := -1
	for j := v - 2; j >= 0 && j >= v-n50Reach; j-- {
		if toks[j].low == "what" {
			w = j
			break
		}
	}
	if w < 0 {
		return found{}
	}
	s := w + 1
	var f found
	e := s + 1
	if toks[s].low == "it" {
		// A carrier of words or a body named before ("A new report
		// … faults what it calls “…”", "The Harbour Trust … what it
		// calls “…”"); the mention is "it" as written.
		nm := a.bodyBefore(toks[s].s, false)
		if nm == "" {
			return found{}
		}
		f = found{subj: doc.Span{Start: toks[s].s, End: toks[s].e}, name: nm, ok: true, whole: true}
	} else if f, e = subjectAt(text, toks, s, v); !f.ok {
		return found{}
	}
	// Between the subject and the verb: auxiliaries and adverbs only,
	// no negative, and no form of "be" before a participle (a passive).
	be := false
	for j := e; j < v; j++ {
		t := &toks[j]
		if n50Negative(t.low) {
			return found{}
		}
		if t.is(isAuxiliary) {
			be = be || t.is(isBeForm)
			continue
		}
		if !t.adverbish() {
			return found{}
		}
	}
	if be && !strings.HasSuffix(toks[v].low, "ing") {
		return found{} // "what it is called": a passive
	}
	f.cue = doc.Span{Start: toks[v].s, End: toks[v].e}
	return f
}

// n50Reach bounds the tokens read back from the verb of naming to
// "what".
const n50Reach = 8

// n50Cues are the verbs of naming of a "what" clause, each true where
// the name must follow "as": "described “…”" names nothing without it
// ("what the mayor described “in a memo”"); the others take it or not
// ("labelled “…”", "labelled as “…”"). Each is a word of naming.txt.
var n50Cues = map[string]bool{
	"call": false, "calls": false, "called": false, "calling": false,
	"describe": true, "describes": true, "described": true, "describing": true,
	"term": false, "terms": false, "termed": false,
	"dub": false, "dubs": false, "dubbed": false,
	"label": false, "labels": false, "labeled": false, "labelled": false,
}

// n50CueBefore returns the index of the verb of naming (n50Cues) that
// toks[:end] end with, past an article and "as" where the verb takes
// it; -1 if they end with none.
func n50CueBefore(toks []tok, end int) int {
	v := end - 1
	if v >= 0 && (toks[v].low == "a" || toks[v].low == "an") {
		v--
	}
	as := false
	if v >= 0 && toks[v].low == "as" {
		as = true
		v--
	}
	// Each verb of n50Cues is a word of naming.txt: its bit turns
	// away most words before the map is asked.
	if v < 0 || !toks[v].word || !toks[v].is(isNaming) {
		return -1
	}
	if needAs, ok := n50Cues[toks[v].low]; !ok || needAs && !as {
		return -1
	}
	return v
}

// n50Negative reports whether w denies the verb after it.
func n50Negative(w string) bool {
	return w == "not" || w == "never" || strings.HasSuffix(w, "n’t") || strings.HasSuffix(w, "n't")
}

// n50NamesMarks reports whether the verb at toks[c] is a verb of naming
// whose name is a phrase in marks right after it (past "as" where the
// verb takes it; an article after the verb is a word, which
// objectRelative reads as an object of its own): "what the mayor calls
// “a fresh start”". objectRelative then reads no report whose content
// is the "what": the verb's content is the marked name, whose speaker
// n50WhatNames reads.
func (a *attributor) n50NamesMarks(toks []tok, c int) bool {
	if c+1 >= len(toks) {
		return false
	}
	needAs, ok := n50Cues[toks[c].low]
	if !ok {
		return false
	}
	m := c + 1
	if toks[m].low == "as" {
		m++
	} else if needAs {
		return false
	}
	if m >= len(toks) {
		return false
	}
	qs := a.d.Quotes
	at := toks[m].s
	k := sort.Search(len(qs), func(k int) bool { return qs[k].Start >= at })
	return k < len(qs) && qs[k].Start == at && len(qs[k].Marks) > 0
}
