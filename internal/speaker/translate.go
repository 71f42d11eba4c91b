package speaker

import (
	"strings"
	"unicode/utf8"
)

// translationIn looks in text[lo:hi] for a statement that words are
// translated: "translation is mine", "translations are mine", "my
// translation(s)", "translated by X", "translation by X". ok reports a
// statement; by is X when the text names the translator.
//
// A stretch without "translat" in its lower case holds none of the three
// words, and is not made into tokens: a text that speaks of translation
// anywhere has each of its quotations read here, and nearly none say it.
// (The lower case is the text's ASCII lower case: no character beyond
// ASCII lower-cases to a letter of "translat", so each of the words, in
// any case, holds it there as it is.)
func translationIn(ix *tokIndex, lo, hi int) (ok bool, by string) {
	text := ix.text
	if l, h := max(lo, 0), min(hi, len(ix.lower)); l >= h || !strings.Contains(ix.lower[l:h], "translat") {
		return false, ""
	}
	toks := ix.tokens(lo, hi)
	for k := range toks {
		t := &toks[k]
		if !t.word {
			continue
		}
		w := t.lower(text)
		switch w {
		case "translation", "translations":
			if k+2 < len(toks) && (toks[k+1].lower(text) == "is" || toks[k+1].lower(text) == "are") && toks[k+2].lower(text) == "mine" {
				return true, ""
			}
			if k > 0 && toks[k-1].lower(text) == "my" {
				return true, ""
			}
			fallthrough
		case "translated":
			if k+2 < len(toks) && toks[k+1].lower(text) == "by" {
				if n, ok := nameAt(text, toks, k+2); ok && n.from == k+2 {
					return true, n.text
				}
			}
		}
	}
	return false, ""
}

// translator returns the hop for a translation of quotation qi stated in
// the stretches lo[k]:hi[k], in the first sentence after it, in its own words when it encloses no other
// quotation, or in the enclosing quotation's words since the end of its
// previous sibling: "<Name> (translation)", where Name is the named
// translator, else the voice that states it (the enclosing quotation's
// speaker, or the article's author); "translation" when no name is
// known. "" when no translation is stated.
func (a *attributor) translator(qi int, lo, hi []int) string {
	d, text := a.d, a.text
	q := &d.Quotes[qi]
	lo, hi = append([]int(nil), lo...), append([]int(nil), hi...)
	if qi+1 >= len(d.Quotes) || d.Quotes[qi+1].Parent != qi {
		for _, c := range q.Content {
			lo, hi = append(lo, c.Start), append(hi, c.End)
		}
	}
	// The sentence right after it: "“…” The translation is mine."
	if e := a.afterEnd(q.End); e > q.End {
		toks := a.ix.tokens(q.End, e)
		k := 0
		for k < len(toks) && !toks[k].word {
			k++
		}
		s := k
		for k < len(toks) && !(!toks[k].word && boundary(text, toks, k)) {
			k++
		}
		if s < len(toks) && k < len(toks) {
			lo, hi = append(lo, toks[s].s), append(hi, toks[k].e)
		}
	}
	if q.Parent >= 0 {
		p := &d.Quotes[q.Parent]
		s := max(q.Start-parentReach, p.Content[0].Start)
		for j := qi - 1; j > q.Parent; j-- {
			if d.Quotes[j].Parent == q.Parent {
				s = max(s, d.Quotes[j].End)
				break
			}
		}
		for s < q.Start && !utf8.RuneStart(text[s]) {
			s++
		}
		lo, hi = append(lo, s), append(hi, q.Start)
	}
	for k := range lo {
		if hi[k] <= lo[k] {
			continue
		}
		ok, by := translationIn(a.ix, lo[k], hi[k])
		if !ok {
			continue
		}
		if by == "" {
			if q.Parent >= 0 {
				by = d.Quotes[q.Parent].Speaker.Name
			} else {
				by = d.Meta.Author
			}
		}
		if by == "" {
			return "translation"
		}
		return by + " (translation)"
	}
	return ""
}
