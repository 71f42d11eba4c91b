package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// n42AsideMax is the most tokens an aside between two commas may hold
// (n42Aside): a relative clause or an appositive of a dozen words,
// never the rest of a long sentence.
const n42AsideMax = 16

// n42AsideOpeners open a phrase between commas that describes the noun
// before it, not a clause of its own: a relative clause ("who ran the
// fund"), a list of examples ("including Ed Moss"), an appositive noun
// phrase ("the port chief", "its chairman").
var n42AsideOpeners = map[string]bool{"who": true, "whose": true, "which": true, "including": true, "among": true,
	"a": true, "an": true, "the": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true}

// n42Aside reads an aside between commas that starts at the comma
// toks[i]: "…, who ran the fund, …", "…, including Ed Moss, …", "…, the
// port chief, …". It returns the index of the closing comma, or -1.
// The aside opens with a word of n42AsideOpeners or a capital (a name:
// "…, Ann Lee, …"), holds words, possessive and abbreviation marks and
// hyphens only (no cue word after its first, so "…, officials said, …"
// is no aside; no "but", and no "and" or "or" but in a relative clause,
// "who was born and raised in Cuba": elsewhere they join clauses), and
// is at most n42AsideMax tokens long: the look-ahead is bounded.
func n42Aside(text string, toks []tok, i int) int {
	if i+2 >= len(toks) || toks[i].str(text) != "," || !toks[i+1].word {
		return -1
	}
	if w := toks[i+1].low; !n42AsideOpeners[w] && !capital(toks[i+1].str(text)) {
		return -1
	}
	relative := toks[i+1].low == "who" || toks[i+1].low == "whose" || toks[i+1].low == "which"
	for j := i + 2; j < len(toks) && j <= i+1+n42AsideMax; j++ {
		t := &toks[j]
		if t.word {
			if w := t.low; (w == "and" || w == "or") && !relative || w == "but" || t.is(isCue) {
				return -1
			}
			continue
		}
		switch w := t.str(text); w {
		case ",":
			if j == i+1 {
				return -1
			}
			return j
		case "’s", "'s", "-", "–":
		case ".":
			if t.s != toks[j-1].e { // an abbreviation's stop ("Mr.", "Jr."), not a sentence's
				return -1
			}
		default:
			return -1
		}
	}
	return -1
}

// n42AddresseeAside passes over an aside between commas after the
// addressee of a verb of speech to someone (class 'o' of reporting.txt),
// whose content follows the closing comma: "accused Ed Moss, who ran
// the fund, of hiding the losses", "told Ann Lee, the port chief, that
// the pier was old". e is the token after the addressee; the answer is
// the token after the aside, or e. Only "that", "to", "of", "about",
// "against" or a wh-word of a reported question may follow the aside
// ("told Ann Lee, the port chief, a story" is left as it was), and a
// word after that.
func n42AddresseeAside(text string, toks []tok, j, e int) int {
	if e <= j || e >= len(toks) || !toks[e-1].word {
		return e
	}
	q := n42Aside(text, toks, e)
	if q < 0 || q+2 >= len(toks) || !toks[q+2].word {
		return e
	}
	switch n := &toks[q+1]; n.low {
	case "that", "to", "of", "about", "against", "how", "why", "whether", "what":
		return q + 1
	}
	return e
}

// n42AsCue is asCue (indirect.go) for a comment clause whose subject
// holds an aside between commas: "As many economists, including Ann
// Lee, have pointed out, the city is free to borrow", "As the mayor,
// who runs the port, has said, …". asCue stops at the subject's first
// comma; here the aside is cut from a copy of the tokens and asCue
// reads the clause without it, so the clause's verb must still be one
// of speech or evidence followed at once by a comma. The subject is
// the words before the aside, a noun phrase of at most eight tokens
// (not "As prices rose, officials said, …": "prices rose" is no noun
// phrase). The copy is made only for an "as" followed within nine
// tokens by a comma and an aside; the search reads at most the first
// 40 tokens, as asCue does.
func n42AsCue(text string, toks []tok, s doc.Span, end int) (found, []doc.Span, doc.Span, bool) {
	if g, content, clause, ok := asCue(text, toks, s, end); ok {
		return g, content, clause, ok
	}
	for k := range min(len(toks)-5, 40) {
		if toks[k].low != "as" || k > 0 && toks[k-1].str(text) != "," || asNot[toks[k+1].low] {
			continue
		}
		p := k + 2
		for p < len(toks) && p < k+10 && toks[p].str(text) != "," {
			p++
		}
		if p >= len(toks) || p >= k+10 || !nounPhrase(text, toks[k+1:p]) {
			continue
		}
		q := n42Aside(text, toks, p)
		if q < 0 {
			continue
		}
		cut := make([]tok, 0, len(toks)-(q-p+1))
		cut = append(append(cut, toks[:p]...), toks[q+1:]...)
		if g, content, clause, ok := asCue(text, cut, s, end); ok && g.subj.End == toks[p-1].e {
			return g, content, clause, true
		}
		return found{}, nil, doc.Span{}, false
	}
	return found{}, nil, doc.Span{}, false
}
