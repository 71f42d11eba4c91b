package speaker

import (
	"sort"
	"strings"
)

// n71Reach bounds how many sentences n71ChainedPronoun steps back over:
// the pronoun's own and those of the quotation it tags.
const n71Reach = 6

// n71ChainedPronoun finds the "He" or "She" whose referent the "he" or
// "she" at offset at goes on with: the one that opens the last sentence
// of narration before the pronoun's, in its paragraph, when no other
// sentence of narration stands between. "Gideon Achterberg, an analyst
// at Pell & Rowe, was less enthusiastic. He suggested that Halyard was
// walking away from its brand. “Consumers knew Tessel. …,” he said.":
// the second "he" is the first, whatever names the first one's report
// holds ("Halyard", the nearest name, is the company he speaks of).
// News prose and fiction keep the subject of a run of sentences in a
// pronoun, and a pronoun that opens a sentence is that run's subject.
// It steps back over the pronoun's own sentence when the pronoun opens
// it, and over the sentences of the quotation the pronoun tags (those
// that open with a mark or inside the quoted words); a sentence of
// narration whose subject is not such a pronoun ends the search, as
// does the pronoun's own sentence when it opens with other words
// ("Asked whether Drasia would …, he said"). It returns the offset of
// the pronoun found and whether there is one. The pronoun at at is
// outside quoted words (resolveAtExcept asks only then).
func (a *attributor) n71ChainedPronoun(pron string, at int) (int, bool) {
	text, ss := a.text, a.d.Sentences
	k := sort.Search(len(ss), func(k int) bool { return ss[k].End > at })
	if k >= len(ss) || ss[k].Start > at {
		return 0, false
	}
	p := a.paragraph(at)
	if p < 0 {
		return 0, false
	}
	pstart := a.d.Paragraphs[p].Start
	stepped := false // into the paragraph before, once
	for j := k; j >= 0 && j >= k-n71Reach; j-- {
		st := ss[j].Start
		if st < pstart {
			// The paragraph before, where this one opens with the
			// quotation the pronoun tags: its last sentence, as in
			// "She insisted that …. ¶ ‘We are not a warehouse,’ she
			// said." (n102). Not past a paragraph of its own quotation.
			if stepped || p < 1 || !opensWithMark(text[pstart:]) || st < a.d.Paragraphs[p-1].Start || opensWithMark(text[st:]) || a.insideAny(st) {
				return 0, false
			}
			stepped = true
			pstart = a.d.Paragraphs[p-1].Start
		}
		if st == at || opensWithMark(text[st:]) || a.insideAny(st) {
			continue // the pronoun opens it, or a quotation's sentence
		}
		if j == k {
			return 0, false // the pronoun's own sentence opens with other words
		}
		w := text[st:min(len(text), st+len(pron)+2)]
		if len(w) == len(pron)+2 && strings.EqualFold(w[:len(pron)], pron) && w[0] <= 'Z' && w[len(pron)] == ' ' && w[len(pron)+1] >= 'a' && w[len(pron)+1] <= 'z' {
			return st, true
		}
		if at, ok := n82FrontedPronoun(text, pron, st, ss[j].End); ok {
			return at, true // "Asked whether the fee was a record, he smiled." (n82_fronted.go)
		}
		return 0, false
	}
	return 0, false
}

// opensWithMark reports whether s opens with a quotation mark.
func opensWithMark(s string) bool {
	for _, m := range []string{"“", "\"", "‘", "'", "«", "„"} {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}
