package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// narrator is the name of the "I" who tells a story in conversation.
const narrator = "the narrator"

// storyNarrator names the "I" of a story's narration "the narrator", not
// "the author", when a line of a conversation is given to "I" ("“Quite
// so,” said I") and no byline names the writer. An article's "I" is its
// writer (author), but a story told in the first person is told by a
// character (Pip, Watson), whom the writer is not: "the author" there
// is a wrong name, while "the narrator" is what the text tells. A text
// whose byline names its writer keeps the writer's name, and one that
// quotes statements rather than conversation (see inConversation) keeps
// "the author".
func (a *attributor) storyNarrator() {
	if a.d.Meta.Author != "" {
		return
	}
	for i := range a.d.Quotes {
		q := &a.d.Quotes[i]
		if q.Parent >= 0 || q.Kind != doc.QuoteDirect || q.Speaker.Name != "the author" {
			continue
		}
		m := q.Speaker.Mention
		if a.text[m.Start:m.End] != "I" || !a.inConversation(i) {
			continue
		}
		rename(q, "the author", narrator)
	}
}
