package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n3AsNaming reports whether subj, the subject asCue read in a comment
// clause with "as", makes the clause one about a name, not about a
// source, so that it gives no attribution:
//
//   - the subject is a word for a name or a title: "But the firm, as its
//     name suggests, sells maps", "As the title implies, the book is a
//     memoir". What the name suggests is the writer's reading of a word,
//     and no one is quoted;
//   - the subject ends with a form of "be" or a modal, which asCue keeps
//     when a passive or a modal stands before the verb: "The Long Road,
//     as the book is called in its English edition, is a history" (a
//     passive of naming: the book is what is named, and whoever named
//     it is not said), "As the label might suggest, …".
//
// Where this holds, the clause is still an aside, not content: the
// caller keeps it out of the sentence's other readings. A byte scan of
// the subject's last two words.
func n3AsNaming(text string, subj doc.Span) bool {
	w := strings.TrimSpace(text[subj.Start:subj.End])
	last := w[strings.LastIndexByte(w, ' ')+1:]
	switch strings.ToLower(last) {
	case "is", "are", "was", "were", "be", "been", "might", "may", "would", "could", "will", "can", "should", "must":
		return true
	}
	return n3NameWords[strings.ToLower(last)]
}

// n3NameWords are nouns for a name or a title, which suggest or imply
// only as words do: "as its name suggests", "as the title implies".
var n3NameWords = map[string]bool{"name": true, "names": true, "title": true, "term": true, "word": true, "phrase": true, "label": true, "moniker": true, "nickname": true, "headline": true}

// n3PastWh returns where the subject of a passive at toks[k] (its form
// of "be") starts when a wh-adverb stands between cs, the clause start
// localStart and clauseStart found, and k: after the last "why" or
// "how". "He could not explain why the rule was mentioned by Ann Reed":
// the content of Ann Reed's mention is "the rule", not "explain why the
// rule", which belongs to the sentence's own verb. localStart stops at
// the subordinators of subordinators (which "why" and "how" are not, as
// they may open a question's words); the passive's subject never
// reaches back over one. At most k-cs tokens are read, as localStart
// reads.
func n3PastWh(toks []tok, cs, k int) int {
	for j := k - 1; j >= cs && j >= 0; j-- {
		if toks[j].word && (toks[j].low == "why" || toks[j].low == "how") {
			return j + 1
		}
	}
	return cs
}
