package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN50WhatNames checks that words in marks after a "what" clause of
// naming go to the clause's subject, with its verb as the cue; and that
// a passive, a negative, "describe" without "as", an "it" that names no
// body, and a subject that does not run up to the verb are not read so.
func TestN50WhatNames(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		// A description, a phrase the quote stage reads as mixed.
		{"The plan is what the mayor calls “a fresh start” for the harbour.", "a fresh start", "the mayor", "the mayor", "calls"},
		// An auxiliary, "as" after "describe"; the "what" clause is the
		// object of another verb, whose subject does not own the name.
		{"Critics attacked what the council has described as “routine maintenance”.", "routine maintenance", "the council", "the council", "described"},
		// A progressive, whose "is" makes no passive.
		{"Critics attacked what the council is calling “routine maintenance”.", "routine maintenance", "the council", "the council", "calling"},
		// One word in marks, which the quote stage reads as a scare quote.
		{"Ed Moss denied what several captains called “negligence” on the night ferry.", "negligence", "several captains", "several captains", "called"},
		// An article before the marks, inside another's attribution.
		{"Critics attacked what the council called a “glitch” in the ferry timetable.", "glitch", "the council", "the council", "called"},
		// A pronoun resolved to its name.
		{"Ann Reed ran the ferry for ten years. The pier closed after what she called a “quiet winter” for the crews.", "quiet winter", "she", "Ann Reed", "called"},
		// "it" for a body named before.
		{"The Harbour Trust met on Monday and vowed to fight what it calls “a slow collapse” of the quay.", "a slow collapse", "it", "The Harbour Trust", "calls"},
		// "it" for a carrier of words named before.
		{"A new report from the auditors faults what it calls “lax oversight” at the port.", "lax oversight", "it", "A new report", "calls"},
		// "label" with and without "as", "term", a modal and an adverb.
		{"The vote ended what the dockers labelled as “a lost decade” at the port.", "a lost decade", "the dockers", "the dockers", "labelled"},
		{"The vote ended what the dockers labelled “a lost decade” at the port.", "a lost decade", "the dockers", "the dockers", "labelled"},
		{"The budget is what Mayor Ann Reed would once have termed “a gamble on the tide”.", "a gamble on the tide", "Mayor Ann Reed", "Mayor Ann Reed", "termed"},
		// Not: a passive ("what it is called" names the thing), a
		// negative, "described" without "as", "it" with no body before.
		{"The Harbour Trust raised the levy in May, and in the town it is what it is called “a tax on work” by everyone.", "a tax on work", "", "", ""},
		{"The budget is what the mayor would never call “a gamble on the tide”.", "a gamble on the tide", "", "", ""},
		{"The audit lists what the mayor described “in a memo to the crews” last year.", "in a memo", "", "", ""},
		{"The fog came in fast, and the quay is what it calls “a slow collapse” now.", "a slow collapse", "", "", ""},
		{"The fog came in fast, and the quay is what it calls “rot” now.", "rot", "", "", ""},
		// Not: a subject that does not reach the verb.
		{"Ann asked what the old ferry that the mayor calls “a relic” still carries.", "a relic", "", "", ""},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}

// TestN50NoWhatReport checks that "what" after a form of "be" is no
// report of its own where the verb of naming takes the words in marks
// as its name ("is what the mayor calls “…”"), and that it still is one
// where the verb has nothing after it ("That is what the mayor says.").
func TestN50NoWhatReport(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool // an indirect quotation whose words are "what"
	}{
		{"The plan is what the mayor calls “a fresh start” for the harbour.", false},
		{"The pier was what the board had described as “a relic”.", false},
		{"The pier was what the board called a “relic” in its minutes.", false},
		{"The pier was what the board had described “in a memo to the crews” last year.", true},
		{"The pier is safe. That is what the mayor says.", true},
	} {
		d := run(t, c.text)
		got := false
		for _, q := range d.Quotes {
			if q.Kind == doc.QuoteIndirect && len(q.Content) == 1 && d.Text[q.Content[0].Start:q.Content[0].End] == "what" {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: an indirect “what”: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestN50ItNoBody checks that "it" with no body or carrier of words
// named before it gives a single word in marks no name: it stays the
// scare quotation the quote stage read, not a mixed one with no speaker.
func TestN50ItNoBody(t *testing.T) {
	text := "The fog came in fast, and the quay is what it calls “rot” now."
	d := run(t, text)
	if q := find(d, "rot"); q == nil || q.Kind != doc.QuoteScare {
		t.Errorf("%q: “rot” is %v, want a scare quotation", text, q)
	}
}
