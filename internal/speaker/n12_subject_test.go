package speaker

import (
	"strings"
	"testing"
)

// TestN12Subject checks the subjects n12Subject reads where the other
// readers of cueSubject read none: a noun phrase that opens its clause
// with a demonstrative, a possessive, a quantifier before a plural, a
// capital word in -ing before a plural, or a bare plural with its
// phrase, after the sentence's start, an opening phrase, a dash or a
// subordinator; and two modifiers joined by "and" before the plural.
// The mention is the whole phrase.
func TestN12Subject(t *testing.T) {
	for _, c := range []struct{ text, quote, mention string }{
		{"The ferry was late again. Meanwhile, on the island, both harbour pilots have opposed the new timetable.", "the new timetable", "both harbour pilots"},
		{"The levy passed in May, although few economists believe that it will last.", "that it will last", "few economists"},
		{"The ferry was late again. These residents specifically point to the broken winch.", "the broken winch", "These residents"},
		{"Years ago, when my grandmother mentioned the old pier to the council, nobody listened.", "the old pier to the council", "my grandmother"},
		{"Fishing rights advocates have voiced deep concern about the new quota.", "deep concern about the new quota", "Fishing rights advocates"},
		{"While no rule demands it, island residents of both towns have understood that the pier must be safe.", "that the pier must be safe", "island residents of both towns"},
		{"The storm passed, and then city and county officials expressed relief about the repairs.", "relief about the repairs", "city and county officials"},
	} {
		checkMention(t, c.text, c.quote, c.mention)
	}
}

// TestN12NoSubject checks the phrases n12Subject leaves alone: a thing
// that cannot speak ("Your heating plan calls for …", "these figures
// will prove …"), a phrase whose lead stands inside its clause ("her
// legs were still sore from a run of injections intended to …", "must
// then hire residents opposed to …"), a
// bare plural after "and" inside its clause, which may be an object
// ("rules for the crew and young deckhands opposed to change"), "you",
// a pronoun, and a phrase opened by "those".
func TestN12NoSubject(t *testing.T) {
	for _, c := range []struct{ text, quote string }{
		{"If your heating plan calls for low cost but does not need speed, buy a small boiler.", "low cost"},
		{"There is no promise that these figures will prove accurate.", "accurate"},
		{"At the time her legs were still sore from a run of injections intended to calm her.", "to calm her"},
		{"The board must then hire residents opposed to the plan.", "to the plan"},
		{"At first the fleet was still carrying pilots worried about the storm.", "the storm"},
		{"The captain has one set of rules for the crew and young deckhands opposed to change.", "to change"},
		{"How do you know when it is worth paying more for one ferry than another?", "when it is worth"},
		{"Meanwhile, it attacked the mayor for the late ferries.", "the mayor for the late ferries"},
		{"The town shares its data, even if those residents do not agree to take part.", "to take part"},
	} {
		d := run(t, c.text)
		for _, q := range d.Quotes {
			if strings.HasPrefix(q.Words(d.Text), c.quote) && q.Speaker.Name != "" {
				t.Errorf("%q: quotation %q, speaker %q", c.text, q.Words(d.Text), q.Speaker.Name)
			}
		}
	}
}
