package speaker

import (
	_ "embed"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

//go:embed n48_sources.txt
var n48SourceData []byte

// n48Sources are the words of n48_sources.txt, as written.
var n48Sources = wordSet(n48SourceData, false)

// n48Modifier reads the source of the noun of stance at toks[c] from a
// closed-class word directly before it: a nationality ("Russian
// assurances that the port was open"), a party ("Republican warnings
// that the bill would fail") or "media" ("media pronouncements that the
// mayor won"). Such an adjective names the ones whose stance the noun
// reports, as a possessive does ("Russia's assurances"), and PolNeAR
// marks it as the source. It is asked only where no possessive and no
// "from" phrase names one.
//
// The noun must take its clause at once: "that", or "to" and a word in
// lower case that is no article, object pronoun or quantifier, a verb
// ("Chinese pledges to cut …", not "British threats to the harbour" or
// "Chinese warnings to Taiwan", whose object is no clause). The list is
// read as written, so a demonym or a party needs its capital
// ("conservative warnings" is an outlook, not a party); "media" may be
// either case. The word before the adjective may
// be a function word, a determiner, a preposition or an adjective in
// lower case ("despite repeated Russian assurances", "the European
// reluctance to …"), never a capitalised word that goes on a name
// ("North Korean claims", "Liberal Democrat warnings"). Before "media"
// a demonym joins the mention ("Iranian media claims"), and another
// word in lower case ("state media", "social media") keeps the rule
// off: the source is a phrase this rule does not read.
//
// A noun that is also a verb of the present ("claims", "vows") may be
// the verb of a subject that ends in the adjective ("The Russian claims
// that …"): the reading of that verb, made before, holds the adjective
// and wins (the loop turns away a source inside a reading already
// made). It returns the source, the index of "that" or "to", and
// whether it read one. A few byte and map looks at two or three tokens.
func n48Modifier(text string, toks []tok, c int) (found, int, bool) {
	if c < 1 || c+2 >= len(toks) || !toks[c-1].word || !toks[c+1].word || !toks[c+2].word {
		return found{}, c, false
	}
	switch toks[c+1].low {
	case "that":
	case "to":
		n := &toks[c+2]
		if capital(n.str(text)) || n.is(isDet|isObjectPronoun|isQuantifier) {
			return found{}, c, false
		}
	default:
		return found{}, c, false
	}
	m := &toks[c-1]
	w := m.str(text)
	media := m.low == "media"
	if !media && !n48Sources[w] {
		return found{}, c, false
	}
	start := m.s
	if p := c - 2; p >= 0 && toks[p].word {
		b := &toks[p]
		bw := b.str(text)
		switch {
		case media && n48Sources[bw] && capital(bw) && b.low != "media":
			start = b.s // "Iranian media claims"
		case b.is(isFunction|isDet|isPrep) || verblessPreps[b.low]:
		case capital(bw) || media:
			return found{}, c, false
		}
	}
	return found{subj: doc.Span{Start: start, End: m.e}, name: text[start:m.e], ok: true, whole: true}, c + 1, true
}

// n48VerbReading returns the index in out of a reading whose cue is the
// word t (a noun of stance n48Modifier read a source for, read before
// as a verb: "Russian claims that …"), or -1.
func n48VerbReading(out []doc.Quote, t tok) int {
	for k := range out {
		if out[k].Cue.Start == t.s && out[k].Cue.End == t.e {
			return k
		}
	}
	return -1
}

// n48NounWins reports whether the word toks[c], read as a verb after
// the adjective that n48Modifier took for its source f, is a noun: the
// adjective follows a preposition ("despite Russian claims that …",
// where no subject can stand), or the clause at toks[j], which contentEnd
// ends at to, is followed by the sentence's verb ("Russian claims that
// the port was closed proved false": n48SubjectEnd). Otherwise the
// subject may end in the adjective ("The Russian claims that the port
// was closed"), and the verb's reading stands.
func n48NounWins(text string, toks []tok, f found, c, j, to int) bool {
	if p := c - 2; p >= 0 && toks[p].e <= f.subj.Start && (toks[p].is(isPrep) || verblessPreps[toks[p].low]) {
		return true
	}
	return n48SubjectEnd(text, toks, f, c, j, to) < to
}

// n48SubjectEnd is v1StanceSubjectEnd for a source n48Modifier read,
// whose phrase may open with an article before the adjective: "The
// Republican warnings that the bill would fail went unheeded" has its
// subject at "The", and the clause ends before "went".
func n48SubjectEnd(text string, toks []tok, f found, c, j, to int) int {
	if p := c - 2; p >= 0 && toks[p].is(isDet) && toks[p].e <= f.subj.Start {
		f.subj.Start = toks[p].s
	}
	return v1StanceSubjectEnd(text, toks, f, c, j, to)
}

// n48Held reports whether the mention m with its cue c is a source
// n48Modifier reads: a word of n48Sources (a demonym before "media"
// included) with a noun of stance one space after it. n30Prep, which
// drops the object of a preposition as a verb's subject, leaves it
// alone: in "because of the French reluctance to …" the preposition
// governs the noun's whole phrase, and the adjective still names whose
// reluctance it is.
func n48Held(text string, m, c doc.Span) bool {
	if c.Start != m.End+1 || m.End <= m.Start || c.End > len(text) || text[m.End] != ' ' {
		return false
	}
	w := text[m.Start:m.End]
	if k := strings.LastIndexByte(w, ' '); k >= 0 {
		w = w[k+1:] // "Iranian media"
	}
	if !n48Sources[w] {
		return false
	}
	return stanceNoun(strings.ToLower(text[c.Start:c.End]))
}
