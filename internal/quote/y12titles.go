package quote

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// sameTitles types as a title a quotation whose words are those of a
// title elsewhere in the document, less the comma or stop that the
// sentence put inside the marks: the headline's ‘Northbound Static’
// and the lead's "“Northbound Static,” the science-fiction drama about
// …", which opens its paragraph as a speech would. A name is written
// the same each time; words of speech that happen to equal a title's
// are rare, and only a short quotation with no quotation inside it,
// in capitals, is retyped. Linear: the titles' words in a map, one
// pass over the quotations.
func sameTitles(text string, qs []doc.Quote) {
	var titles map[string]bool
	for i := range qs {
		if qs[i].Kind == doc.QuoteTitle && len(qs[i].Content) == 1 {
			if titles == nil {
				titles = map[string]bool{}
			}
			c := qs[i].Content[0]
			titles[titleKey(text[c.Start:c.End])] = true
		}
	}
	if titles == nil {
		return
	}
	hasKid := make([]bool, len(qs))
	for i := range qs {
		if p := qs[i].Parent; p >= 0 {
			hasKid[p] = true
		}
	}
	for i := range qs {
		q := &qs[i]
		if q.Kind == doc.QuoteTitle || q.Kind == doc.QuoteIndirect || hasKid[i] || len(q.Content) != 1 {
			continue
		}
		c := q.Content[0]
		if c.End-c.Start > 80 || c.End <= c.Start || !capitalStart(text[c.Start:c.End]) {
			continue
		}
		w := text[c.Start:c.End]
		if strings.Count(w, " ") <= 5 && titles[titleKey(w)] {
			q.Kind = doc.QuoteTitle
		}
	}
}

// titleKey is a title's words without the marks of the sentence they
// stand in: "Northbound Static," and "Northbound Static" are one.
func titleKey(w string) string {
	return strings.TrimRight(strings.TrimSpace(w), ",.;:!?")
}

// capitalStart reports whether w opens with an ASCII capital.
func capitalStart(w string) bool {
	return w[0] >= 'A' && w[0] <= 'Z'
}

// y12NounOfPhrase reports whether the words that end at j, before an
// apposition's comma, are a noun for a work or a named thing and a
// short phrase of "for", "of" or "on" after it: "The council’s slogan
// for the scheme, ‘Safer streets, happier starts’, was printed …"
// (a2Appositive reads the noun right before the comma).
func (c *classifier) y12NounOfPhrase(lo, j int) bool {
	text := c.d.Text
	for n := 0; n < 4 && j > lo; n++ {
		s := wordStart(text, lo, j)
		if s >= j {
			return false
		}
		switch text[s:j] {
		case "for", "of", "on":
			k, _ := spaceBefore(text, lo, s)
			noun := text[wordStart(text, lo, k):k]
			return n > 0 && (inSet(works, noun) || inSet(a2Names, noun))
		}
		j, _ = spaceBefore(text, lo, s)
	}
	return false
}

// y12Conjunctions join the author's predicates: a cue after one of them
// right after a quotation is the sentence's next verb, not the
// quotation's cue (cueAfter).
var y12Conjunctions = newLexicon(map[string]bool{"and": true, "but": true, "or": true})

// performedBefore reports whether the word right before offset i is a
// verb of performing ("sang", "played", "performed"): Title Case words
// in marks after it, with no comma or stop of a sentence inside, are a
// song's or a piece's title, where after "said" or "sang," they would be
// words sung or said.
func performedBefore(text string, i int) bool {
	i, _ = spaceBefore(text, 0, i)
	start := wordStart(text, 0, i)
	switch strings.ToLower(text[start:i]) {
	case "sang", "sing", "sings", "singing", "sung", "played", "plays", "playing", "performed", "performs", "performing":
		return true
	}
	return false
}
