package speaker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// A tok is a word (letters and digits, with inner apostrophes, hyphens
// and full stops: Khrushchev’s, Forty-six, L.M) or one other character.
// Its lower-case form is made once, when it is read: the rules look
// most tokens up in the word lists several times.
type tok struct {
	s, e int
	word bool
	low  string // strings.ToLower of its text
}

// A tokIndex holds the tokens of a whole text, found once, so that the
// stage reads any stretch of it without tokenising that stretch again:
// the same clauses, sentences and paragraphs are read by several rules.
// It belongs to one analysis (one attributor); nothing is shared between
// documents.
type tokIndex struct {
	text string
	all  []tok
}

func newTokIndex(text string) *tokIndex {
	return &tokIndex{text: text, all: tokenize(text, 0, len(text))}
}

// tokens returns the tokens of text[lo:hi], exactly as tokenize(text, lo,
// hi) would: a word cut by lo or hi is cut there too ("ov" and "er" of
// "over"), as is a character cut by them. The slice is shared with the
// index when nothing is cut (its capacity ends at its length, so an
// append copies); callers must not write to its elements.
func (x *tokIndex) tokens(lo, hi int) []tok {
	text, all := x.text, x.all
	lo, hi = max(lo, 0), min(hi, len(text))
	if lo >= hi {
		return nil
	}
	if !utf8.RuneStart(text[lo]) || hi < len(text) && !utf8.RuneStart(text[hi]) {
		// A cut character reads as one invalid byte a token, even
		// where the whole one is a space: read the stretch itself.
		return tokenize(text, lo, hi)
	}
	i := endAfter(all, 0, lo)
	j := endAfter(all, i, hi)
	// all[i] is the first token to end after lo, all[j] the first to end
	// after hi; all[i:j] end inside the stretch.
	var head, tail []tok
	if i < len(all) && all[i].s < lo {
		// lo falls inside all[i]: tokenising from lo passes through the
		// token's end (the rules of WordEnd look at one character and
		// the next), where it meets the index again.
		if all[i].e >= hi {
			return tokenize(text, lo, hi)
		}
		head = tokenize(text, lo, all[i].e)
		i++
	}
	if j < len(all) && all[j].s < hi {
		// hi falls inside all[j]: the token is cut at hi.
		tail = tokenize(text, all[j].s, hi)
	}
	if head == nil && tail == nil {
		return all[i:j:j]
	}
	out := make([]tok, 0, len(head)+j-i+len(tail))
	out = append(out, head...)
	out = append(out, all[i:j]...)
	return append(out, tail...)
}

// endAfter returns the index of the first of all[from:] that ends after
// offset x, or len(all): a binary search, written out because it runs
// twice for every stretch the stage reads.
func endAfter(all []tok, from, x int) int {
	lo, hi := from, len(all)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if all[m].e > x {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// tokenize splits text[lo:hi] into toks.
func tokenize(text string, lo, hi int) []tok {
	out := make([]tok, 0, (hi-lo)/4+1) // about one token in four bytes of prose: no regrowing
	i := lo
	for i < hi {
		r, n := utf8.DecodeRuneInString(text[i:hi])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !doc.IsWordRune(r) {
			out = append(out, tok{i, i + n, false, strings.ToLower(text[i : i+n])})
			i += n
			continue
		}
		s := i
		i = doc.WordEnd(text, i+n, hi)
		out = append(out, tok{s, i, true, strings.ToLower(text[s:i])})
	}
	return out
}

// wordsAtLeast reports whether toks hold at least n words.
func wordsAtLeast(toks []tok, n int) bool {
	for _, t := range toks {
		if t.word {
			if n--; n <= 0 {
				return true
			}
		}
	}
	return n <= 0
}

func (t tok) str(text string) string { return text[t.s:t.e] }

// lower returns the token's text in lower case. text is the text it
// was read from, as for str; the form was made when it was read.
func (t tok) lower(text string) string { return t.low }

// firstRune returns the first character of w, RuneError for an invalid
// byte (as []rune(w)[0] would, without making the slice).
func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

func capital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// initial reports whether a word is an initial ("H", "L.M") or a title
// that takes a full stop ("Mr", "Dr").
func initial(w string) bool {
	if _, ok := titles[strings.ToLower(w)]; ok {
		return true
	}
	for { // part by part, without splitting: called for most capitalised words
		p, rest, more := strings.Cut(w, ".")
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
		if !more {
			return true
		}
		w = rest
	}
}

// boundary reports whether toks[k] ends a sentence: . ! or ? not after an
// initial or title.
func boundary(text string, toks []tok, k int) bool {
	switch toks[k].str(text) {
	case "!", "?":
		return true
	case ".", "…":
		if k+1 < len(toks) && toks[k+1].s == toks[k].e && toks[k+1].str(text) == ")" {
			return false // an abbreviation closing a parenthesis: "(D-Ore.)"
		}
		if k > 0 && toks[k-1].word && toks[k-1].e == toks[k].s && partyLabel(toks[k-1].str(text)) && k+1 < len(toks) && toks[k+1].str(text) == "," {
			return false // "Mitch McConnell, R-Ky., said"
		}
		return k == 0 || !toks[k-1].word || !initial(toks[k-1].str(text)) || toks[k-1].e != toks[k].s
	}
	return false
}

// A name is a run of capitalised words found at toks[from:to].
type name struct {
	from, to int // token indexes
	start    int // byte span, after dropped function words
	end      int
	text     string
	gender   byte // 'm', 'f' or 0, from a title
}

// nameAt reads a name starting at toks[k]; ok is false if none starts
// there. Function words at its start are dropped; a possessive ’s at its
// end is cut from its text.
func nameAt(text string, toks []tok, k int) (n name, ok bool) {
	j := k
	for j < len(toks) {
		t := toks[j]
		w := t.str(text)
		if !t.word {
			break
		}
		if !capital(w) {
			if particles[w] && j+1 < len(toks) && toks[j+1].word && capital(toks[j+1].str(text)) && j > k {
				j++
				continue
			}
			break
		}
		if j > k && strings.HasSuffix(w, "s") && cues[strings.ToLower(w)] {
			break // a headline's verb: "Obama Says Museum Will Tell …"
		}
		j++
		// A full stop right after an initial or title belongs to it.
		if j < len(toks) && toks[j].s == t.e && toks[j].str(text) == "." && initial(w) {
			j++
		}
		// Possessive: the name ends here.
		if strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") {
			break
		}
		if j < len(toks) && toks[j].word && toks[j].s > toks[j-1].e+1 {
			break // more than one space: not one name
		}
	}
	// Drop function words from the start.
	i := k
	for i < j && toks[i].word && function[toks[i].lower(text)] {
		i++
		if i < j && toks[i].str(text) == "." {
			i++
		}
	}
	if i >= j {
		return name{}, false
	}
	n = name{from: k, to: j, start: toks[i].s, end: toks[j-1].e}
	n.text = strings.TrimSuffix(strings.TrimSuffix(text[n.start:n.end], "’s"), "'s")
	if g, ok := titles[strings.TrimSuffix(toks[i].lower(text), ".")]; ok {
		n.gender = g
	} else if g, ok := given[toks[i].lower(text)]; ok {
		n.gender = g // "Emma", "Henry Crawford"
	}
	return n, true
}

// sites found in a stretch of text, with "<Language> version of <Site>"
// read as "<Language> <Site>".
func hopsIn(ix *tokIndex, lo, hi int) []string {
	text := ix.text
	var out []string
	toks := ix.tokens(lo, hi)
	for k, t := range toks {
		w := t.str(text)
		if !t.word || !sites[w] {
			continue
		}
		h := w
		if k >= 3 && toks[k-1].lower(text) == "of" && (toks[k-2].lower(text) == "version" || toks[k-2].lower(text) == "edition") && capital(toks[k-3].str(text)) {
			h = toks[k-3].str(text) + " " + w
		} else if k >= 4 && toks[k-1].lower(text) == "the" && toks[k-2].lower(text) == "of" && (toks[k-3].lower(text) == "version" || toks[k-3].lower(text) == "edition") && capital(toks[k-4].str(text)) {
			h = toks[k-4].str(text) + " " + w
		}
		out = append(out, h)
	}
	return out
}

// workIn returns the first word of works.txt in text[lo:hi], or "".
func workIn(ix *tokIndex, lo, hi int) string {
	text := ix.text
	for _, t := range ix.tokens(lo, hi) {
		if t.word && works[t.lower(text)] {
			return t.str(text)
		}
	}
	return ""
}

// partyLabel reports whether w is a party and state label: "R-Ky",
// "D-Mo", "I-Vt".
func partyLabel(w string) bool {
	p, st, ok := strings.Cut(w, "-")
	return ok && len(p) == 1 && strings.Contains("RDI", p) && len(st) >= 2 && len(st) <= 5 && capital(st)
}
