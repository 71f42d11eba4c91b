package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n42WorkNouns name a work whose title in marks may follow them as the
// subject of a verb of evidence or speech: "Her film “Harbor” documents
// how …", "the report “Left Behind” finds that …".
var n42WorkNouns = map[string]bool{"film": true, "documentary": true, "movie": true, "book": true, "report": true, "study": true, "series": true, "play": true, "essay": true, "memoir": true, "novel": true, "paper": true, "survey": true, "video": true, "ad": true, "column": true}

// n42ClauseOpeners may stand right before n42TitleSubject's mention: a
// conjunction or a subordinator that opens a clause. Any other word
// there (a verb, "told the paper “Harbor” shows how …", or a
// preposition, "wrote in her column “Harbor” shows how …") makes the
// work noun an object of the clause before, not a subject.
var n42ClauseOpeners = map[string]bool{"and": true, "but": true, "so": true, "that": true, "because": true, "while": true, "although": true, "though": true, "since": true, "when": true, "if": true, "whereas": true}

// n42TitleSubject reads a subject that ends with a title in double
// marks right before the cue at toks[k+1]: "DuVernay’s “13th” documents
// how black life …", "Her film “Harbor” documents how …". toks[k] is
// the closing mark; the opening one is at most six tokens before it,
// with words only between, the first a capital or a number (a title,
// not a phrase in marks: "the advertisement “unmistakably and
// wrongfully” suggests" is left alone). Before the opening mark stands
// a possessor (a name in -’s, whose capitalised words before it join
// it, or a possessive pronoun) or a noun of n42WorkNouns after a
// determiner or a possessive pronoun. Only a verb of evidence or speech
// (classes v, s, k) is read. The mention runs from the possessor or the
// determiner to the closing mark, and it must open a clause: nothing
// but a mark or one of n42ClauseOpeners stands before it. The look-back
// is at most thirteen tokens.
func n42TitleSubject(text string, toks []tok, c, k int, senses []verbSense) found {
	if k != c-1 || k < 2 || toks[k].word || !closeMark(toks[k].str(text)) || !n42EvidenceClass(senses) {
		return found{}
	}
	o := k - 1
	for o > 0 && o >= k-6 && toks[o].word {
		o--
	}
	if o < 1 || o == k-1 || !openMark(toks[o].str(text)) || !toks[o+1].word {
		return found{}
	}
	if w := toks[o+1].str(text); !capital(w) && (w[0] < '0' || w[0] > '9') {
		return found{}
	}
	p := o - 1
	if !toks[p].word {
		return found{}
	}
	start := p
	switch w := toks[p].low; {
	case strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s"):
		if !capital(toks[p].str(text)) {
			return found{}
		}
		for start > 0 && start > p-3 && toks[start-1].word && capital(toks[start-1].str(text)) && !toks[start-1].is(isFunction) {
			start--
		}
	case possessivePronouns[w] && w != "your" && w != "my" && w != "our":
	case n42WorkNouns[w]:
		if p < 1 || !toks[p-1].word || !toks[p-1].is(isDet) && !possessivePronouns[toks[p-1].low] {
			return found{}
		}
		start = p - 1
	default:
		return found{}
	}
	if start > 0 && toks[start-1].word && !n42ClauseOpeners[toks[start-1].low] {
		return found{} // "told the paper “Harbor” shows", "wrote in her column “Harbor” shows": an object of the clause before
	}
	sp := doc.Span{Start: toks[start].s, End: toks[k].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
}

// n42EvidenceClass reports whether a sense of the verb is one of
// evidence or speech (classes v, s, k), without a particle.
func n42EvidenceClass(senses []verbSense) bool {
	for _, s := range senses {
		if s.particle == "" && (s.class == 'v' || s.class == 's' || s.class == 'k') {
			return true
		}
	}
	return false
}
