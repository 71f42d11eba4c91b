package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// asParticiple reads a comment clause of "as" with the participle of a
// verb of reporting and its source after "by" or "in", before or after
// the clause it vouches for:
//
//	As reported by the Gazette, fares rose sharply.
//	As stated in the board's filing, the pier is unsafe.
//	Fares rose sharply, as first reported by the Gazette.
//
// News gives the source of a fact this way as it does with "according
// to"; the source is the phrase after "by" or "in" (a name, a
// description or a document), the content the clause. The participle
// is a verb of speech or evidence (classes s, k, o, v: "as expected by
// his aides" tells a belief) in -ed or -en (or "said", "written",
// "shown") after at most one adverb ("first", "previously"); the source
// runs to the comma, or to the sentence's end, at most 15 tokens with
// no verb (a past form, or "and" before one: "…, as reported by the
// Gazette and later denied by the board" names two); the clause has three words at least. It returns the source,
// whose cue is the participle, and the content.
func asParticiple(text string, toks []tok, limit int) (found, doc.Span, bool) {
	// Before the clause: "As reported by the Gazette, …".
	if len(toks) > 6 && toks[0].low == "as" {
		if f, e, ok := asSource(text, toks, 1, limit); ok && e < len(toks) && toks[e].str(text) == "," && e+1 < len(toks) && wordsAtLeast(toks[e+1:], 3) && toks[e+1].s < limit {
			return f, doc.Span{Start: toks[e+1].s, End: limit}, true
		}
		return found{}, doc.Span{}, false
	}
	// After it: "…, as first reported by the Gazette."
	for k := 2; k+3 < len(toks) && toks[k].s < limit; k++ {
		if toks[k].low != "as" || toks[k-1].str(text) != "," {
			continue
		}
		f, e, ok := asSource(text, toks, k+1, toks[len(toks)-1].e)
		if !ok || !wordsAtLeast(toks[:k-1], 3) {
			return found{}, doc.Span{}, false
		}
		for e < len(toks) && !toks[e].word && (toks[e].str(text) == "." || closeMark(toks[e].str(text))) {
			e++
		}
		if e < len(toks) {
			return found{}, doc.Span{}, false // more after the source: not the sentence's end
		}
		return f, doc.Span{Start: toks[0].s, End: toks[k-1].s}, true
	}
	return found{}, doc.Span{}, false
}

// asSource reads the participle at toks[j] (past one adverb), "by" or
// "in", and the source after it, up to a mark; it returns the source
// and the index of the mark that ends it.
func asSource(text string, toks []tok, j, limit int) (found, int, bool) {
	if j < len(toks) && toks[j].word && toks[j].adverbish() {
		j++
	}
	if j+2 >= len(toks) || !toks[j].word || !onlyClasses(toks[j].senses(), "skov") {
		return found{}, 0, false
	}
	p := toks[j].low
	if !strings.HasSuffix(p, "ed") && !strings.HasSuffix(p, "en") && p != "said" && p != "shown" && p != "written" {
		return found{}, 0, false
	}
	if toks[j+1].low != "by" && toks[j+1].low != "in" {
		return found{}, 0, false
	}
	from := j + 2
	e := from
	for e < len(toks) && e < from+15 && toks[e].s < limit {
		t := &toks[e]
		if !t.word {
			if s := t.str(text); s == "’" || s == "'" || s == "-" || s == "." && t.s == toks[e-1].e && e+1 < len(toks) && toks[e+1].word {
				e++
				continue // "Davis’ commentary", "U.S."
			}
			break
		}
		if t.is(isAuxiliary|isFinite|isSubjectPronoun) || t.low == "and" && e+1 < len(toks) && toks[e+1].word && (toks[e+1].adverbish() || pastForm(toks[e+1])) || e > from && pastForm(*t) && !capital(t.str(text)) {
			return found{}, 0, false
		}
		e++
	}
	if e == from || e >= from+15 || !toks[from].word || selfReference(toks[from:e]) {
		return found{}, 0, false
	}
	sp := doc.Span{Start: toks[from].s, End: toks[e-1].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true, cue: doc.Span{Start: toks[j].s, End: toks[j].e}}, e, true
}

// selfReference reports whether a source phrase is the text pointing at
// a part of itself ("As discussed in the previous paragraph", "as
// described in section four", "as shown in Table 3"): the author's own
// words, not a source's. The part is among its first three words, so
// that "the Gazette's front page" stays a source.
func selfReference(src []tok) bool {
	for i := 0; i < len(src) && i < 3; i++ {
		if textPart[src[i].low] {
			return true
		}
	}
	return false
}

// textPart holds the nouns by which a text names its own parts.
var textPart = map[string]bool{"paragraph": true, "paragraphs": true, "section": true, "sections": true, "chapter": true, "chapters": true, "page": true, "pages": true, "figure": true, "table": true, "appendix": true, "footnote": true, "note": true, "above": true, "below": true}
