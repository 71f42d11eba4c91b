package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// appositiveHolder reads the subject of "be" + a stance holder ("has
// been a vocal critic of …") whose verb follows an appositive between
// commas, the closing comma at toks[k]: "Ed Moss, a pilot with the
// port, has long been a critic of the fares". News names a stance's
// holder this way as often as it names a speaker so; the mention is
// the name with its appositive, as PolNeAR marks it. The appositive
// opens with an article or a possessive within 14 tokens of the comma
// and holds no verb; the name before it opens its clause and ends at
// the opening comma.
func appositiveHolder(a *attributor, toks []tok, k int) (found, bool) {
	text := a.text
	o := -1
	for i := k - 1; i > 0 && i >= k-14; i-- {
		if !toks[i].word {
			if toks[i].str(text) == "," {
				o = i
			}
			break
		}
		if toks[i].is(isFinite) || toks[i].is(isAuxiliary) {
			return found{}, false
		}
	}
	if o < 1 || o+2 > k || !(toks[o+1].is(isDet) || toks[o+1].is2(isPossessive) || toks[o+1].low == "his" || toks[o+1].low == "her" || toks[o+1].low == "their") {
		return found{}, false
	}
	s := clauseStart(text, toks, o)
	f, e := subjectAt(text, toks, s, o)
	if !f.ok || f.pronoun != "" || e != o || f.name == "" || !capital(f.name) {
		return found{}, false
	}
	f.subj = doc.Span{Start: f.subj.Start, End: toks[k-1].e}
	f.whole = true
	return f, true
}
