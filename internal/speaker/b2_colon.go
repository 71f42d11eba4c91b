package speaker

import (
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// b2ColonEnd is b2ColonParagraph's first test: a clause of three to
// twelve tokens that ends with a colon. attributions asks it first, as
// most clauses fail it, and the reader returns a whole quotation.
func b2ColonEnd(text string, toks []tok) bool {
	n := len(toks) - 1
	return n >= 2 && n <= 11 && !toks[n].word && toks[n].e-toks[n].s == 1 && text[toks[n].s] == ':'
}

// b2ColonParagraph reads a paragraph that is only a source and a verb
// of speech before a colon, "The governor added:", "Ortiz wrote:",
// whose words are the next paragraph, set off without quotation marks:
// a block quotation whose markup was lost (a page's blockquote copied
// as text, a wire story's indented passage). The verb has a sense of
// speech (s, k, o) with no particle, the subject (a name, a pronoun, a
// description; adverbs between) ends right before it, and the next
// paragraph follows the colon with only white space between, opens
// with a word (a mark opens a quotation read already) and holds no
// quotation. The content is that one paragraph. toks are the clause s,
// the last of its paragraph.
//
// Cost: a length and a byte test on the clause's last token turn away
// every clause that does not end with a colon; the paragraph and the
// quotations after it are found by binary search.
func (a *attributor) b2ColonParagraph(toks []tok, s doc.Span, parent int) (doc.Quote, bool) {
	text := a.text
	n := len(toks) - 1
	if !b2ColonEnd(text, toks) {
		return doc.Quote{}, false
	}
	e := toks[n].e
	c := n - 1
	if !toks[c].word || !b2SpeechSense(toks[c].senses()) {
		return doc.Quote{}, false
	}
	k := c
	for k > 0 && k > c-3 && toks[k-1].word && toks[k-1].adverbish() {
		k-- // "The governor later added:"
	}
	f, end := subjectAt(text, toks, 0, k)
	if !f.ok || end != k || f.subj.Start != toks[0].s {
		return doc.Quote{}, false
	}
	// The next paragraph, after white space holding a line break.
	ps := a.d.Paragraphs
	i := sort.Search(len(ps), func(i int) bool { return ps[i].Start >= e })
	if i >= len(ps) || i == 0 || ps[i-1].End < e || ps[i-1].Start > toks[0].s {
		return doc.Quote{}, false // the clause is not its paragraph's end, or the paragraph's start is not the subject
	}
	p := ps[i].Span
	if gap := text[e:p.Start]; strings.TrimSpace(strings.ReplaceAll(gap, "\u00a0", " ")) != "" || !strings.Contains(gap, "\n") {
		return doc.Quote{}, false
	}
	if ps[i].Kind != ps[i-1].Kind {
		return doc.Quote{}, false // a heading or a list item is no one's words
	}
	p.End = p.Start + len(strings.TrimRight(text[p.Start:p.End], " \t\n\u00a0"))
	if p.End <= p.Start || !a.ix.hasWord(p.Start, min(p.End, p.Start+40)) {
		return doc.Quote{}, false
	}
	if r := text[p.Start]; r < 'A' || r > 'Z' {
		return doc.Quote{}, false // a mark or a lower-case word: a quotation, or the sentence goes on
	}
	qs := a.d.Quotes
	j := sort.Search(len(qs), func(j int) bool { return qs[j].End > p.Start })
	for ; j < len(qs) && qs[j].Start < p.End; j++ {
		if qs[j].End > p.Start {
			return doc.Quote{}, false // a quotation in the paragraph: its words are attributed there
		}
	}
	f.cue = doc.Span{Start: toks[c].s, End: toks[c].e}
	return a.makeQuote(f, []doc.Span{p}, parent)
}

// b2SpeechSense reports whether senses hold a sense of speech with no
// particle, not the -ing form: "added", "wrote", "said", "told".
func b2SpeechSense(senses []verbSense) bool {
	for _, s := range senses {
		if s.particle == "" && !s.ing && (s.class == 's' || s.class == 'k' || s.class == 'o') {
			return true
		}
	}
	return false
}
