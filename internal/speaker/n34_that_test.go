package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN34ThatSources checks that a restrictive "that" with a verb that
// is no verb of speech is no source: the reading stays with no speaker,
// or goes when it is nested in another reading's words. And that "that"
// before a verb of speech with a clause, or with its particle, keeps
// its speaker, as do "which" and "who".
func TestN34ThatSources(t *testing.T) {
	for _, c := range []struct {
		text, quote string
		mention     string // "" : no speaker
		gone        bool   // the reading is dropped
	}{
		// No verb of speech: no speaker.
		{"The council approved new harbour rules that promise to cut the fares by half.", "to cut the fares by half", "", false},
		{"Let us look at two case studies that illustrate this trade-off.", "this trade-off", "", false},
		{"The ferry groups that support the new pier met on Monday.", "the new pier met on Monday", "", false},
		// Nested in another reading: gone.
		{"Ed Moss said the ferry groups that support the new pier were angry.", "the new pier", "", true},
		// Not: a verb of speech or evidence with a clause, or with its particle.
		{"Ed shared an article by the Harbour Times that claimed the mayor had lied about the fares.", "the mayor had lied about the fares", "that", false},
		{"The survey counted the riders that talked about the old ferry with the captains.", "the old ferry with the captains", "that", false},
		{"The clerk filed papers that show she owed no rent.", "she owed no rent", "that", false},
		// A clause with no pronoun nor a verb the word lists know, or
		// "I": a clause all the same (more than a short noun phrase).
		{"Critics cite a letter that says the mayor lied about the fares.", "the mayor lied about the fares", "that", false},
		{"The clerk filed papers that show Acme paid no tax.", "Acme paid no tax", "that", false},
		{"Ed read out a memo that says I lied.", "I lied", "that", false},
		// An intention of one who can want: what the firms want.
		{"There were two dozen ferry firms that would want to use the new pier.", "to use the new pier", "that", false},
		{"If I were a newspaper editor that wanted to cut the fares, I would say so.", "to cut the fares", "that", false},
		// Not: "which" and "who".
		{"The board, which runs the port, said the fares would rise.", "the fares would rise", "The board, which runs the port,", false},
		{"Ed met a pilot who argued that the pier was unsafe.", "that the pier was unsafe", "who", false},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if c.gone {
			if q != nil {
				t.Errorf("%q: reading %q kept, speaker %q; want it gone", c.text, c.quote, q.Speaker.Name)
			}
			continue
		}
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.quote)
			continue
		}
		got := ""
		if m := q.Speaker.Mention; q.Speaker.Name != "" && m.End > m.Start {
			got = c.text[m.Start:m.End]
		}
		if got != c.mention {
			t.Errorf("%q: %q has mention %q (speaker %q), want %q", c.text, c.quote, got, q.Speaker.Name, c.mention)
		}
	}
}

// TestN34SpeechCue checks the reading of a cue's verb of speech and its
// particle.
func TestN34SpeechCue(t *testing.T) {
	for _, c := range []struct {
		cue              string
		speech, particle bool
	}{
		{"claimed", true, false},
		{"had told", true, false},
		{"talked specifically about", true, true},
		{"promise", false, false},
		{"support", false, false},
		{"", false, false},
	} {
		text := "x " + c.cue
		s, p := n34SpeechCue(text, doc.Span{Start: 2, End: len(text)})
		if s != c.speech || p != c.particle {
			t.Errorf("%q: speech %v particle %v, want %v %v", c.cue, s, p, c.speech, c.particle)
		}
	}
}

// TestN34Chain checks that a reading below one whose speaker is taken
// leaves that name out of its chain of hands.
func TestN34Chain(t *testing.T) {
	text := "Groups that support the view that the mayor said the pier is safe met on Monday."
	d := run(t, text)
	q := find(d, "the pier is safe")
	if q == nil {
		t.Fatalf("no quotation %q", "the pier is safe")
	}
	for _, c := range q.Chain {
		if c == "Groups" {
			t.Errorf("chain %q still holds the source taken from its parent", q.Chain)
		}
	}
	if q.Speaker.Name != "the mayor" {
		t.Errorf("speaker %q, want the mayor", q.Speaker.Name)
	}
}
