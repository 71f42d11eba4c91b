package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// a2Objects open a noun phrase: right after a closing mark, one carries
// on the clause that the marked words began.
var a2Objects = newLexicon(map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true})

// a2ObjectAfter reports whether the author's sentence goes on right after
// q's closing mark with a word that opens a noun phrase in lower case
// ("PolitiFact claimed “Trump exaggerates” the level of youth
// unemployment"): the marks then close inside a clause, around its
// subject and verb, and its object stands outside them, so the marks
// quote part of the reported clause (mixed), not a whole utterance. A
// preposition after the marks ("told reporters “We will rebuild” on
// Monday") begins the author's adverbial and is no such word.
func (c *classifier) a2ObjectAfter(q *doc.Quote) bool {
	text := c.d.Text
	i, end, ok := c.wordAfter(q)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsLower(r) && inSet(a2Objects, text[i:wordEnd(text, i, end)])
}
