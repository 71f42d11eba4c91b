package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// normWords returns the words of text[lo:hi], lower-cased, with curly
// apostrophes and hyphens made straight, so that quotations compare
// across mark conventions and spacing.
//
// Reading an uncut stretch from the index's tokens with indexNgrams'
// cursor (nextE2), not searching each word for 0xE2, was measured in the
// seventeenth session and not kept: QuotesSpeakers 2,660.5 M → 2,660.3 M
// instructions, inside run-to-run noise (about ±2.5 M), for thirty lines
// more. normWords reads only the words of scare and mixed quotations,
// few; indexNgrams reads those of every attributed direct quotation.
func normWords(ix *tokIndex, lo, hi int, out []string) []string {
	n := len(out)
	out = ix.wordLows(lo, hi, out)
	for k := n; k < len(out); k++ {
		if strings.IndexByte(out[k], 0xE2) >= 0 { // the first byte of each mark straighten replaces
			out[k] = straightenWord(out[k])
		}
	}
	return out
}

// straighten makes curly apostrophes and hyphens straight. It is built
// once: a Replacer is costly to make and cheap to use.
var straighten = strings.NewReplacer("’", "'", "‘", "'", "‐", "-")

// straightenWord is straighten.Replace(w), for the words normWords and
// indexNgrams read. The three marks are the bytes E2 80 and a third of
// their own, so that a scan from left to right that replaces each where
// it starts gives what the Replacer gives (TestStraightenWord). The
// Replacer, with keys of three bytes, takes its generic road, a look-up
// at every byte of the word: some 1,300 instructions a word ("harbour
// board’s"), where this reads a byte 0xE2 at a time.
func straightenWord(w string) string {
	i := strings.IndexByte(w, 0xE2)
	if i < 0 {
		return w
	}
	var b []byte
	last := 0 // w[last:i] is yet to be copied
	for i >= 0 && i+2 < len(w) {
		var r byte
		if w[i+1] == 0x80 {
			switch w[i+2] {
			case 0x99, 0x98: // ’ ‘
				r = '\''
			case 0x90: // ‐
				r = '-'
			}
		}
		next := i + 1
		if r != 0 {
			if b == nil {
				b = make([]byte, 0, len(w))
			}
			b = append(b, w[last:i]...)
			b = append(b, r)
			last, next = i+3, i+3
		}
		k := strings.IndexByte(w[next:], 0xE2)
		if k < 0 {
			break
		}
		i = next + k
	}
	if b == nil {
		return w
	}
	return string(append(b, w[last:]...))
}

// echoes gives every scare or mixed quotation without a speaker whose
// words repeat an earlier attributed direct quotation the speaker and
// chain of that quotation, and makes it mixed. A quotation of three or
// more words echoes when three of its words in a row occur in a row in
// the earlier quotation's content; one of two words when both occur
// there together. One-word quotations never echo. The earlier
// quotations' words are indexed by word trigrams (and bigrams) in one
// map as they are met, so the pass is linear in the quoted words. Only
// the n-grams that a quotation which may echo holds are indexed (wanted,
// read first): most direct quotations share none with any, and a
// lookup in that small set costs less than an insertion in the index.
func (a *attributor) echoes() {
	d := a.d
	wanted := map[ngram]bool{}
	// firsts holds the first words of the wanted n-grams: the words of
	// the direct quotations, nearly none of which open one, are turned
	// away by it without hashing two or three words for the map. later
	// holds their second and third words, for the n-grams that open
	// with a word firsts may hold (indexNgrams).
	var firsts doc.WordFilter
	var later ngramLater
	var ws []string
	// last is the last quotation that may echo: the direct quotations
	// after it are not indexed, since no quotation looks them up.
	last := -1
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if (q.Kind == doc.QuoteScare || q.Kind == doc.QuoteMixed) && q.Speaker.Name == "" {
			last = i
			ws = ws[:0]
			for _, c := range q.Content {
				ws = normWords(a.ix, c.Start, c.End, ws)
			}
			switch {
			case len(ws) == 2:
				wanted[ngram{ws[0], ws[1], ""}] = true
				firsts.Add(ws[0])
				later.second.Add(ws[1])
			case len(ws) >= 3:
				for k := 0; k+2 < len(ws); k++ {
					wanted[ngram{ws[k], ws[k+1], ws[k+2]}] = true
					firsts.Add(ws[k])
					later.second.Add(ws[k+1])
					later.third.Add(ws[k+2])
				}
			}
		}
	}
	if len(wanted) == 0 {
		return // no quotation could echo
	}
	index := map[ngram]int{} // n-gram → latest direct quotation holding it
	for i := range d.Quotes[:last+1] {
		q := &d.Quotes[i]
		switch {
		case q.Kind == doc.QuoteDirect && q.Speaker.Name != "":
			for _, c := range q.Content {
				ws = a.indexNgrams(c.Start, c.End, i, &firsts, &later, wanted, index, ws)
			}
		case (q.Kind == doc.QuoteScare || q.Kind == doc.QuoteMixed) && q.Speaker.Name == "":
			ws = ws[:0]
			for _, c := range q.Content {
				ws = normWords(a.ix, c.Start, c.End, ws)
			}
			src := -1
			switch {
			case len(ws) == 2:
				if j, ok := index[ngram{ws[0], ws[1], ""}]; ok && !a.ancestor(j, i) {
					src = j
				}
			case len(ws) >= 3:
				for k := 0; k+2 < len(ws) && src < 0; k++ {
					if j, ok := index[ngram{ws[k], ws[k+1], ws[k+2]}]; ok && !a.ancestor(j, i) {
						src = j
					}
				}
			}
			if src >= 0 {
				s := &d.Quotes[src]
				q.Kind = doc.QuoteMixed
				q.Speaker = s.Speaker
				q.Chain = append([]string(nil), s.Chain...)
			}
		}
	}
}

// An ngram is two or three words in a row, the third "" for two (no
// word is empty): a map key made without joining the words into a new
// string.
type ngram struct{ a, b, c string }

// ancestor reports whether quotation j encloses quotation i.
func (a *attributor) ancestor(j, i int) bool {
	for p := a.d.Quotes[i].Parent; p >= 0; p = a.d.Quotes[p].Parent {
		if p == j {
			return true
		}
	}
	return false
}
