package speaker

import (
	"strings"
	"testing"
)

// TestN20Subject checks the long subjects n20Subject reads: a head noun
// of one who speaks with its modifiers and its phrase of place or
// affiliation, a quantity of a group, and a head with a participle's
// phrase in -ing, each opening its clause. The mention is the whole
// phrase.
func TestN20Subject(t *testing.T) {
	for _, c := range []struct{ text, quote, mention string }{
		{"Although no law demands it, rival ferry operators of both islands have understood that the pier must close.", "that the pier must close", "rival ferry operators of both islands"},
		{"Although no law demands it, young contenders of both parties have understood that the pier must close.", "that the pier must close", "young contenders of both parties"},
		{"The vote failed because one or more of its permanent members have backed the ferry company.", "the ferry company", "one or more of its permanent members"},
		{"Two lawyers representing the family in its claim as heirs of the estate have asked that the court wait.", "that the court wait", "Two lawyers representing the family in its claim as heirs of the estate"},
	} {
		checkMention(t, c.text, c.quote, c.mention)
	}
}

// TestN20NoSubject checks the phrases n20Subject leaves alone: an object
// of a verb before the phrase, a word of time after the preposition, a
// phrase that does not open its clause, and a verb in -ed after a
// plural, the clause's own verb.
func TestN20NoSubject(t *testing.T) {
	for _, c := range []struct{ text, quote, bad string }{
		{"The mayor met veteran harbour pilots of both islands and argued that the pier must close.", "that the pier must close", "pilots"},
		{"Although no law demands it, rival ferry operators in May of last year argued that the pier must close.", "that the pier must close", "in May"},
		{"The mayor blamed rival ferry operators of both islands, whose owners have understood that the pier must close.", "that the pier must close", "operators"},
		{"The mayor met pilots handling the night crossings and argued that the pier is unsafe.", "that the pier is unsafe", "pilots"},
		{"Crews described delays around the port when the mayor told them the pier was closed.", "the pier was closed", "Crews"},
	} {
		d := run(t, c.text)
		for _, q := range d.Quotes {
			if strings.HasPrefix(q.Words(d.Text), c.quote) && strings.Contains(d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End], c.bad) {
				t.Errorf("%q: quotation %q, mention %q", c.text, q.Words(d.Text), d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End])
			}
		}
	}
}
