package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n12Openers open a noun phrase that the subject readers before
// n12Subject do not take as a subject by themselves (dets, speaker.go,
// holds none of them): a demonstrative ("These voters point to …"), a
// possessive ("when my mother mentioned …") and a quantifier that
// counts a plural ("although few experts believe …", "both
// presidential candidates have opposed …").
//
// "those" is not one: "those people", "those voters" mostly open a
// general description ("even if those people don't agree to …", "those
// who …"), not a source the text has named.
var n12Openers = map[string]byte{
	"this": 'd', "that": 'd', "these": 'd',
	"my": 'p', "our": 'p', "your": 'p', "its": 'p',
	"both": 'q', "few": 'q', "most": 'q', "all": 'q',
}

// n12BodyWords are the function words a noun phrase read by n12Subject
// may hold after its first word, never as its last: a phrase of
// affiliation ("contenders of both parties") with its determiner.
var n12BodyWords = map[string]bool{"of": true, "the": true, "a": true, "an": true, "both": true, "all": true, "his": true, "her": true, "their": true, "its": true, "and": true}

// n12Subject reads the subject of a verb of reporting that the readers
// of cueSubject left unread: a noun phrase that ends at toks[k] (the
// verb's auxiliaries and adverbs are behind it) and opens its clause,
// after the sentence's start, a comma, a dash or a conjunction. It
// opens with a word of n12Openers, or is a bare plural ("presidential
// contenders of both parties"), or opens the sentence with a capital
// word in -ing before a plural ("Voting rights advocates"). The phrase
// holds words and possessive marks only, at most eight tokens, no
// verb, no auxiliary, no pronoun; it must not end with a function word.
// The phrase's head (the word before "of", or its last) names one who
// can speak or hold a view (n12Speaks): "your heating plan calls for
// …" and "these figures will prove …" have no source. It reads no
// pronoun, no name (beforeCue's), and no phrase whose lead stands
// inside its clause ("must then hire residents opposed to …").
//
// PolNeAR marks these subjects as sources; before this, the verb's
// attribution was dropped whole for want of one. Hook: parc.go's
// cueSubject asks it where its own readers found no subject.
func n12Subject(text string, toks []tok, k int) found {
	if f := n37Subject(text, toks, k); f.ok { // n37_aside.go: "But officials there said …", "And police, meanwhile, said …"
		return f
	}
	if k < 0 || k >= len(toks) || !toks[k].word {
		return found{}
	}
	// The clause's opening: back over words to a mark, a subordinator
	// or a clause's lead, at most eight tokens. "and" between two
	// modifiers is the phrase's own ("state and local leaders").
	st := k
	for st > 0 && k-st < 8 {
		p := &toks[st-1]
		if p.word && (p.low == "and" || p.low == "or") && st < k && st >= 2 && !toks[st].pluralNoun() && n12Modifier(text, &toks[st-2]) {
			st -= 2
			continue
		}
		if !p.word || p.is(isSubordinator|isClauseLead) {
			break
		}
		st--
	}
	if st > 0 && n12Openers[toks[st-1].low] == 'd' && (st == 1 || !toks[st-2].word || toks[st-2].is(isSubordinator|isClauseLead) && toks[st-2].low != "that") {
		st-- // "But that early plan also showed …": "that" is the determiner
	}
	if k-st >= 8 {
		return found{}
	}
	if st > 0 {
		p := &toks[st-1]
		if !p.word {
			if s := p.str(text); s != "," && s != "—" && s != "–" && s != "-" && s != ";" && s != ":" {
				return found{}
			}
		} else if !p.is(isSubordinator) && st >= 2 && toks[st-2].word && !toks[st-2].is(isSubordinator|isClauseLead) {
			return found{} // a lead inside the clause: "her legs were still sore from …"
		}
	}
	first := &toks[st]
	w := first.low
	class, ok := n12Openers[w]
	switch {
	case ok && st < k:
	case st == 0 && capital(first.str(text)) && strings.HasSuffix(w, "ing") && k >= st+2 && !first.is(isFunction):
		class = 'g'
	case !ok && !capital(first.str(text)) && !first.is(isFunction|isPronoun|isAuxiliary|isAdverb|isQuantifier|isDet|isReporting):
		class = 'b'
	default:
		return found{}
	}
	head := k // the phrase's head: before "of", or its last word
	for j := st + 1; j <= k; j++ {
		t := &toks[j]
		if !t.word {
			if s := t.str(text); s != "-" && s != "’" && s != "'" {
				return found{}
			}
			continue
		}
		if t.is(isAuxiliary|isFinite|isSubjectPronoun|isSubordinator|isWhWord) || capital(t.str(text)) && class == 'g' {
			return found{}
		}
		if t.is(isReporting|isCue) && j != k && j != head && !(j+1 <= k && toks[j+1].low == "of") {
			return found{} // a verb: "officials said voters …"
		}
		if t.is(isFunction) && !n12BodyWords[t.low] {
			return found{}
		}
		if n12BodyWords[t.low] && j == k {
			return found{}
		}
		if t.low == "of" && head == k {
			head = j - 1
		}
		if strings.HasSuffix(t.low, "ly") || len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && !capital(t.str(text)) {
			return found{} // an adverb or a verb in the past: "the voters quietly backed"
		}
	}
	if (class == 'b' || class == 'g' || class == 'q') && !toks[head].pluralNoun() && !(head == k && n36GroupHead(text, toks, k)) { // n36_group.go: "But police also said …"
		return found{}
	}
	if !n12Speaks(toks[head].low) {
		return found{} // a thing: "your monitoring goal calls for …", "these forecasts will prove …"
	}
	sp := doc.Span{Start: first.s, End: toks[k].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
}

// n12Modifier reports whether t may be the first of two modifiers joined
// by "and" before a plural ("state and local leaders"): a lower-case
// word that is no function word, verb or adverb.
func n12Modifier(text string, t *tok) bool {
	return t.word && !capital(t.str(text)) && !t.is(isFunction|isAuxiliary|isReporting|isAdverb|isPronoun) && !t.pluralNoun() && !strings.HasSuffix(t.low, "ly") && !strings.HasSuffix(t.low, "ed")
}

// n12Speaks reports whether the noun w names one who can speak or hold a
// view: a person by role or kin (persons.txt), a body ("the board"),
// or the plural of either, or a collective ("people", "police").
func n12Speaks(w string) bool {
	if _, ok := persons[w]; ok {
		return true
	}
	return bodies[w] || rolePlural(w) || n38Collective(w) // n38_cue.go: "teams", "juries"
}
