package speaker

import (
	"strings"
	"testing"
)

// TestN22Content checks the contents n22Content reads where the shape
// after the verb made cueContent refuse it: an amount before "about",
// an occasion between the verb and its particle, "made no secret of"
// and a denial of proof with its clause. The quotation's words, its
// mention and its cue are exact.
func TestN22Content(t *testing.T) {
	for _, c := range []struct{ text, quote, mention, cue string }{
		{"The harbour master isn't saying much about the new timetable.", "the new timetable", "The harbour master", "saying much about"},
		{"Ann Reed said very little about the ferry fares.", "the ferry fares", "Ann Reed", "said very little about"},
		{"I know all about waiting for a late boat.", "waiting for a late boat", "I", "know all about"},
		{"The two councillors talked little about the budget.", "the budget", "The two councillors", "talked little about"},
		{"The mayor spoke during her speech of a flood that closed the pier.", "a flood that closed the pier", "The mayor", "spoke during her speech of"},
		{"Ed Moss talked in a radio interview about the cost of the levy.", "the cost of the levy", "Ed Moss", "talked in a radio interview about"},
		{"The two unions made little secret of their doubts about the merger.", "their doubts about the merger", "The two unions", "made little secret of"},
		{"The skipper offered no proof that the engines had failed.", "no proof that the engines had failed", "The skipper", "offered"},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.quote)
			continue
		}
		if w := q.Words(d.Text); w != c.quote {
			t.Errorf("%q: words %q, want %q", c.text, w, c.quote)
		}
		if m := q.Speaker.Mention; m.End <= m.Start || d.Text[m.Start:m.End] != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, d.Text[m.Start:m.End], c.mention)
		}
		if q.Cue.End <= q.Cue.Start || d.Text[q.Cue.Start:q.Cue.End] != c.cue {
			t.Errorf("%q: cue %q, want %q", c.text, d.Text[q.Cue.Start:q.Cue.End], c.cue)
		}
	}
}

// TestN22NoContent checks what n22Content leaves: "more" and "nothing"
// before "about" (a wish to learn, a writer's comment), a pronoun as
// the topic, an amount after a verb that is not one of speech or
// cognition, a phrase of a place whose "of" is its own ("at a
// gathering of farmers"), a secret that is kept, not made, and a
// denial of proof with no clause.
func TestN22NoContent(t *testing.T) {
	for _, c := range []struct{ text, quote string }{
		{"Riders who want to learn more about the timetable can call the office.", "the timetable"},
		{"The report says nothing about the ferry fares.", "the ferry fares"},
		{"She said she knew all about it.", "it"},
		{"The crew wanted all about the boat painted.", "the boat"},
		{"The mayor spoke at a gathering of farmers in the valley.", "farmers"},
		{"The skipper kept no secret of his plans.", "his plans"},
		{"The skipper offered no proof.", "no proof"},
		{"The skipper offered no proof of the failure.", "no proof"},
	} {
		d := run(t, c.text)
		for _, q := range d.Quotes {
			if strings.HasPrefix(q.Words(d.Text), c.quote) {
				t.Errorf("%q: quotation %q, speaker %q", c.text, q.Words(d.Text), q.Speaker.Name)
			}
		}
	}
}
