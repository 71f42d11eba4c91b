package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN23Objects checks n23Objects: a scare phrase that is the object
// of the subject's verb of speech or judgment (at once, after a
// determiner or possessive, or after the verb's object and "on", "for")
// is the subject's, and nothing else is: a verb of another kind, a
// work's name, "They", a sentence where another phrase has a speaker.
func TestN23Objects(t *testing.T) {
	for _, c := range []struct{ text, quote, kind, name, mention string }{
		{"The Harbor Trust wrote to the town in May. Although the trust did not name the mayor, it referenced \"political headwinds\" in the letter.", "political headwinds", "mixed", "The Harbor Trust", "it"},
		{"The ferry ran late all week. Ed Moss blamed the delay on \"red tape\" at the port office.", "red tape", "mixed", "Ed Moss", "Ed Moss"},
		{"The crew worked through the storm. Mayor Ann Reed praised the crew for its \"steady hands\" on Friday.", "steady hands", "mixed", "Mayor Ann Reed", "Mayor Ann Reed"},
		{"The pier reopened on Monday. Ann Reed decried the \"cheap fixes\" at the hearing.", "cheap fixes", "mixed", "Ann Reed", "Ann Reed"},
		{"Ann Reed ran the port board for a decade. Ed Moss called Ann Reed a \"disgrace\" after she attacked the ferry crews and blamed the delays on \"red tape\" at the port.", "red tape", "mixed", "Ann Reed", "she"},
		// Not.
		{"Ann Reed ran the port board for a decade. Ed Moss called Ann Reed a \"disgrace\" after she left the port and cut the \"red tape\" there.", "red tape", "scare", "", ""},
		{"Ann Reed ran the port board for a decade. Ed Moss called her a \"disgrace\" after the board blamed the delays on \"red tape\" at the port.", "red tape", "scare", "", ""},
		{"Ann Reed ran the port board for a decade. Ed Moss called her a \"disgrace\" after she left, and blamed the delays on \"red tape\" at the port.", "red tape", "scare", "", ""},
		{"The pier reopened on Monday. Ann Reed closed the \"loophole\" at the hearing.", "loophole", "scare", "", ""},
		{"The pier reopened on Monday. Ann Reed sang the song \"Harbor Lights\" for the crowd.", "Harbor Lights", "", "", ""},
		{"The Harbor Trust wrote to the town in May. It blamed the delay on \"red tape\" at the port office.", "red tape", "mixed", "The Harbor Trust", "It"},
		{"The city council met on Monday. It decried \"cheap fixes\" by the old board.", "cheap fixes", "mixed", "The city council", "It"},
		{"The Harbor Trust wrote to the town in May. It defended its \"record\" at the hearing.", "record", "scare", "", ""},
		{"The Harbor Trust wrote to the town in May. It closed the \"loophole\" at the port office.", "loophole", "scare", "", ""},
		{"The Harbor Trust wrote to the town in May. It sells the \"Harbor Lights\" tea at the port office.", "Harbor Lights", "", "", ""},
		{"The old pier fell in May. It blamed the delay on \"red tape\" at the port office.", "red tape", "scare", "", ""},
		{"The ferry ran late all week. Ann Reed called the plan a \"disgrace\" after Ed Moss blamed the delay on \"red tape\" at the office.", "red tape", "", "", ""},
		{"The ferry ran late all week. Ed Moss blamed the weather, and the \"red tape\" at the port office grew.", "red tape", "scare", "", ""},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.quote)
			continue
		}
		if c.kind != "" && string(q.Kind) != c.kind {
			t.Errorf("%q: kind %s, want %s", c.text, q.Kind, c.kind)
		}
		if c.name == "" && q.Kind == doc.QuoteMixed && q.Speaker.Name != "" && c.kind != "" {
			t.Errorf("%q: speaker %q, want none", c.text, q.Speaker.Name)
		}
		m := ""
		if q.Speaker.Mention.End > q.Speaker.Mention.Start {
			m = c.text[q.Speaker.Mention.Start:q.Speaker.Mention.End]
		}
		if c.name != "" && (q.Speaker.Name != c.name || m != c.mention) {
			t.Errorf("%q: speaker %q (%q), want %q (%q)", c.text, q.Speaker.Name, m, c.name, c.mention)
		}
		if c.name == "" && c.kind == "" && q.Speaker.Name == "Ed Moss" {
			t.Errorf("%q: speaker %q, want not Ed Moss", c.text, q.Speaker.Name)
		}
		if c.name == "" && c.kind == "" && q.Speaker.Name != "" && c.quote == "Harbor Lights" {
			t.Errorf("%q: speaker %q, want none", c.text, q.Speaker.Name)
		}
	}
}
