package speaker

import (
	"strings"
	"testing"
)

// TestN10Cues checks the verbs of reporting.txt's last section (n10): each reads its object as
// the content of its subject's attribution, the preposition in the cue.
func TestN10Cues(t *testing.T) {
	for _, c := range []struct{ text, quote, speaker, mention, cue string }{
		{"The ferry captains weighed in about whether the pier should close.", "whether the pier", "The ferry captains", "The ferry captains", "weighed in about"},
		{"Ann Ortiz thanked the crew for its quick work.", "the crew for its quick work", "Ann Ortiz", "Ann Ortiz", "thanked"},
		{"Ed Moss has complimented the new harbour master.", "the new harbour master", "Ed Moss", "Ed Moss", "complimented"},
		{"The skipper's wife pleads for calm.", "calm", "The skipper's wife", "The skipper's wife", "pleads for"},
		{"Ann Ortiz took offense at claims that she had misled the board.", "claims that she", "Ann Ortiz", "Ann Ortiz", "took offense at"},
		{"Ed Moss retweeted a photo of the flooded pier.", "a photo of the flooded pier", "Ed Moss", "Ed Moss", "retweeted"},
		{"Ann Ortiz identified two flaws in the plan.", "two flaws in the plan", "Ann Ortiz", "Ann Ortiz", "identified"},
		{"Ann Ortiz despises the new timetable.", "the new timetable", "Ann Ortiz", "Ann Ortiz", "despises"},
		{"Dock workers rallied against the closure on Friday.", "the closure", "Dock workers", "Dock workers", "rallied against"},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.quote)
			continue
		}
		if q.Kind != "indirect" || q.Speaker.Name != c.speaker {
			t.Errorf("%q: %s quotation, speaker %q, want indirect, %q", c.text, q.Kind, q.Speaker.Name, c.speaker)
		}
		if got := d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]; got != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, got, c.mention)
		}
		if got := d.Text[q.Cue.Start:q.Cue.End]; got != c.cue {
			t.Errorf("%q: cue %q, want %q", c.text, got, c.cue)
		}
	}
}

// TestN10CuesNot checks what the lines must not read: the words as
// nouns ("a rally", "thanks to"), a passive without its agent, and the
// verbs left out of the file because a thing acting on another is their
// subject as often as a speaker ("the storm blocked the road", "a wave
// overturned the boat", "Uber ignored the rules").
func TestN10CuesNot(t *testing.T) {
	for _, c := range []struct{ text, quote string }{
		{"Hundreds joined the rally at the pier on Friday.", "at the pier"},
		{"Thanks to the tide, the ferry left early.", "the tide"},
		{"Thanks to the tide, the ferry left early.", "the ferry"},
		{"The storm blocked the road to the pier.", "the road"},
		{"A wave overturned the small boat near the pier.", "the small boat"},
		{"The bank sponsored the summer regatta.", "the summer regatta"},
		{"The ferry company has ignored the new rules for months.", "the new rules"},
		{"The long voyage exposed the crew to cold and hunger.", "the crew"},
		{"Ann Ortiz said single parents would pay lower fares.", "parents would pay"},
		{"The governor appointed a new judge last week.", "a new judge"},
	} {
		d := run(t, c.text)
		for _, q := range d.Quotes {
			if len(q.Content) > 0 && strings.HasPrefix(d.Text[q.Content[0].Start:], c.quote) {
				t.Errorf("%q: quotation %q, speaker %q", c.text, q.Words(d.Text), q.Speaker.Name)
			}
		}
	}
}
