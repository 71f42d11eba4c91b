package speaker

import (
	_ "embed"
	"strings"

	"github.com/hearsay-project/hearsay/internal/quote"
)

//go:embed voicing.txt
var voicingData []byte

// voicing maps a verb form of voicing.txt to the particle that must
// follow it ("" when none does): verbs of a verbal act that reports no
// clause, whose subject's words the marks in its clause carry.
var voicing = func() map[string][]string {
	m := map[string][]string{}
	for w := range wordSet(voicingData, true) {
		verb, particle, _ := strings.Cut(w, " ")
		m[verb] = append(m[verb], particle)
	}
	return m
}()

// aspectVerbs begin, go on with or keep up the act of the -ing verb
// after them: "the crowd began chanting “…”", "Ed kept calling him
// “…”".
var aspectVerbs = map[string]bool{"begin": true, "begins": true, "began": true, "begun": true, "beginning": true, "start": true, "starts": true, "started": true, "starting": true,
	"keep": true, "keeps": true, "kept": true, "keeping": true, "continue": true, "continues": true, "continued": true, "continuing": true, "resume": true, "resumes": true, "resumed": true}

// voiceBreaks start a clause with a subject of its own, or an adverbial
// one, inside the stretch from a verb to the marks: past one, the
// subject of the main verb is no longer the one who voices the words
// ("Ed said that …", "Ann left after the crowd began chanting").
var voiceBreaks = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true, "what": true, "because": true, "when": true, "while": true, "if": true, "but": true, "although": true, "though": true, "where": true, "since": true, "until": true, "unless": true, "before": true, "after": true, "whether": true, "so": true, "or": true}

// voicedAt reports whether toks[v] is a naming verb (naming.txt) or a
// voicing verb (voicing.txt) with the particle it needs.
func voicedAt(toks []tok, v int) bool {
	if v >= len(toks) || !toks[v].word {
		return false
	}
	if toks[v].is(isNaming) {
		return true
	}
	for _, p := range voicing[toks[v].low] {
		if p == "" || v+1 < len(toks) && toks[v+1].word && toks[v+1].low == p {
			return true
		}
	}
	return false
}

// voicedVerb reads the clause from toks[e], the first word after a
// subject and its auxiliaries and adverbs, up to the quotation that ends
// toks, for the verb by which the subject voices the words in marks. It
// returns that verb's index, or -1. The verb is
//   - toks[e] itself, a naming or voicing verb ("Ed Moss hammered the
//     mayor as a “…”", "Ann has gone after him as a “…”");
//   - one that toks[e] leads to by "to" or "and", or an -ing verb after
//     a verb of beginning or going on, with no clause of another
//     subject between (no auxiliary, no opening word of a clause, and
//     toks[e] no cue that reports one, "she thought the man was rude
//     to call …"; "went" and "began" report none, notIndirect): "Ann took to the radio to accuse the board of
//     being “…”", "Ed called the plan “…” and referred to its “…”", "the
//     crowd began chanting “…”";
//   - toks[e], any verb, when an object of a few words and "as" (with
//     a determiner) come between it and the marks: "Ann has cast the
//     plan as a “…”". The subject characterises the object in words of
//     its own.
//
// A form of "be" before toks[e] (a passive, "Ed was described as a
// “…”", or a copula) voices nothing of the subject's; a progressive
// ("has been hammering") does.
func voicedVerb(text string, toks []tok, e int) int {
	if e >= len(toks) || !toks[e].word {
		return -1
	}
	if toks[e].low == "been" || toks[e].low == "being" {
		m := e + 1
		for m < len(toks) && m < e+3 && toks[m].word && (toks[m].is(isAdverb) || strings.HasSuffix(toks[m].low, "ly")) {
			m++
		}
		if m < len(toks) && toks[m].word && strings.HasSuffix(toks[m].low, "ing") {
			e = m // a progressive: "has been (steadily) hammering"
		}
	}
	if toks[e].is(isFunction|isDet) || capital(toks[e].str(text)) {
		return -1
	}
	if e > 0 && toks[e-1].word && beForms[toks[e-1].low] && !strings.HasSuffix(toks[e].low, "ing") {
		return -1
	}
	if voicedAt(toks, e) {
		return e
	}
	if toks[e].is(isAuxiliary) || beForms[toks[e].low] {
		return -1
	}
	if aspectVerbs[toks[e].low] && e+1 < len(toks) && strings.HasSuffix(toks[e+1].low, "ing") && voicedAt(toks, e+1) {
		return e + 1
	}
	for j := e + 1; j < len(toks) && j <= e+10 && !(toks[e].is(isCue) && !notIndirect[toks[e].low]); j++ {
		t := &toks[j]
		if !t.word || voiceBreaks[t.low] || auxiliaries[t.low] {
			break // a clause of its own: "thought the man was rude to call …"
		}
		if t.low != "to" && t.low != "and" {
			continue
		}
		m := j + 1
		for m < len(toks) && toks[m].word && toks[m].is(isAdverb) && !auxiliaries[toks[m].low] {
			m++
		}
		if voicedAt(toks, m) {
			return m
		}
	}
	// The "as" frame.
	a := len(toks) - 1
	if a > e && toks[a].word && (toks[a].low == "a" || toks[a].low == "an" || toks[a].low == "the") {
		a--
	}
	if a-e < 2 || a-e > 7 || toks[a].low != "as" || toks[e+1].is(isPostPreposition) {
		return -1
	}
	for j := e + 1; j < a; j++ {
		if !toks[j].word || voiceBreaks[toks[j].low] || toks[j].low == "as" {
			return -1
		}
	}
	return e
}

// givers are the naming verbs that give a name: what follows them in
// marks in capitals is that name, the subject's, not a work's title:
// "Ed Moss called the winner “Miss Perfect”".
var givers = map[string]bool{"call": true, "calls": true, "called": true, "calling": true, "dub": true, "dubs": true, "dubbed": true, "dubbing": true,
	"nickname": true, "nicknames": true, "nicknamed": true, "label": true, "labels": true, "labeled": true, "labelled": true, "brand": true, "brands": true, "branded": true, "term": true, "terms": true, "termed": true}

// namesTitle reports whether title quotation qi is a name the clause's
// subject gives with a verb of naming ("Ed Moss called the winner “Miss
// Perfect”", "she dubbed him “The Closer”"), not the title of a work: no
// determiner and no noun for a work right before the marks ("called
// the “War on Drugs” a failure", "called the film “Ten Days” a triumph").
func (a *attributor) namesTitle(qi int) bool {
	q := &a.d.Quotes[qi]
	toks := a.ix.scratch(3, a.windowStart(qi), q.Start)
	n := len(toks)
	if n == 0 || !toks[n-1].word || toks[n-1].is(isDet) || quote.IsWork(toks[n-1].low) || strings.HasSuffix(toks[n-1].low, "’s") || strings.HasSuffix(toks[n-1].low, "'s") {
		return false
	}
	f := subjectNaming(a.text, toks)
	return f.ok && givers[strings.ToLower(a.text[f.cue.Start:f.cue.End])]
}

// pastAside returns where the clause goes on after a subject that ends
// at toks[e], past what the writer puts aside between the subject and
// its verb: a parenthesis (a party label, "(D-Utah)") and a short phrase
// in lower case between commas ("Sen. Ed Moss (D-Utah), in particular,
// has been hammering …"). A capitalised word in the commas may be an
// appositive's name, which the caller reads itself.
func pastAside(text string, toks []tok, e int) int {
	if e < len(toks) && toks[e].str(text) == "(" {
		for x := e + 1; x < len(toks) && x < e+8; x++ {
			if toks[x].str(text) == ")" {
				e = x + 1
				break
			}
		}
	}
	if e < len(toks) && toks[e].str(text) == "," {
		x := e + 1
		for x < len(toks) && x < e+5 && toks[x].word && !capital(toks[x].str(text)) && !voiceBreaks[toks[x].low] {
			x++
		}
		if x > e+1 && x < len(toks) && toks[x].str(text) == "," {
			e = x + 1
		}
	}
	return e
}
