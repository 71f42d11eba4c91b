package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n81TrailingReach bounds, in bytes, the words after a trailing
// "according to X" that n81TrailingSource reads as X's post-modifier.
const n81TrailingReach = 160

// n81TrailingSource returns where the source of a trailing "…, according
// to X" ends when words after the noun phrase read (which ends at e)
// run on to the clause's end (end) as its post-modifier: "…, according
// to a contingency plan released last week by the Office of Budget and
// Management.", "…, according to reports filed with the election board
// this month.", "…, according to union organizers and three employees
// who attended them." The reader took only the first noun phrase, and
// with words left after it read no attribution at all. After a trailing
// "according to", the content is the clause before the comma, so what
// follows the source to the end is the source's. The words hold no
// comma, colon, semicolon, dash, parenthesis or quotation mark, open
// in lower case, and run at most n81TrailingReach bytes; else e is
// returned.
func n81TrailingSource(text string, e, end int) int {
	if e >= end || end > len(text) || end-e > n81TrailingReach || text[e] != ' ' {
		return e
	}
	w := strings.TrimRight(text[e:end], " \t\n.!?…")
	if len(w) < 2 || w[1] < 'a' || w[1] > 'z' || strings.ContainsAny(w, ",;:—–()“”‘\"") || closingQuoteIn(w) {
		return e
	}
	return e + len(w)
}

// closingQuoteIn reports whether w holds "’" before a space that may
// close a quotation: not after an "s", where it is a plural's
// apostrophe ("does not discuss players’ medical information"); w holds
// no opening mark, which n81TrailingSource turns away first.
func closingQuoteIn(w string) bool {
	for i := 0; ; {
		k := strings.Index(w[i:], "’ ")
		if k < 0 {
			return false
		}
		if i+k == 0 || w[i+k-1] != 's' {
			return true
		}
		i += k + len("’ ")
	}
}

// n81BareNoun reports whether t may open a source after a sentence's
// "According to" with no determiner: a bare noun in lower case
// ("According to figures published by the trust in November, …",
// "According to court records, …"), no function word, pronoun,
// auxiliary or participle in -ing.
func n81BareNoun(t *tok) bool {
	return t.word && !t.is(isFunction|isPronoun|isAuxiliary|isAdverb) && !strings.HasSuffix(t.low, "ing") && t.low[0] >= 'a' && t.low[0] <= 'z'
}

// n81WholeSource reads the source of "according to" at toks[k] that
// accordingTo could not read as a phrase (too long, or a bare noun
// that is also a verb: "reports filed with the board this month") as
// the whole rest of its clause, to end, when that is the source's
// post-modifier (n81TrailingSource): the source opens with a
// determiner, a capital or a bare noun.
func n81WholeSource(text string, toks []tok, k, end int) found {
	at := k + 2
	if at >= len(toks) || toks[k].low != "according" || toks[k+1].low != "to" || !toks[at].word || !(toks[at].is(isDet) && !toks[at].is(isPronoun) || capital(toks[at].str(text)) || n81BareNoun(&toks[at])) {
		return found{}
	}
	s, e := toks[at].s, n81TrailingSource(text, toks[at].e, end)
	if e == toks[at].e && strings.TrimRight(text[e:end], " .!?…") != "" {
		return found{} // words after the first that are no post-modifier
	}
	return found{subj: doc.Span{Start: s, End: e}, name: text[s:e], ok: true, whole: true, cue: doc.Span{Start: toks[k].s, End: toks[k+1].e}}
}
