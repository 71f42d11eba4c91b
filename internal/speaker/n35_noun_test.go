package speaker

import (
	"strings"
	"testing"
)

// TestN35NounCues checks that a cue word that is a noun, before a
// preposition its verb does not take, gives no reading, and that the
// verb, its own particles, a noun's infinitive, "about" before a number
// and a form of "have" keep theirs.
func TestN35NounCues(t *testing.T) {
	for _, c := range []struct {
		text, words string // words: the content's start
		speaker     string // "" for no reading holding words
	}{
		// The noun: no reading.
		{"The gateway serves two thousand HTTP requests per second at its busiest hour.", "per second", ""},
		{"While it runs, the worker performs Ping RPC calls to the scheduler every ten seconds.", "While it runs", ""},
		{"The review raised many more questions about the harbour than it answered.", "the harbour than", ""},
		{"Parents voiced their worries and fears about the new bus route at the meeting.", "the new bus route", ""},
		// The verb: kept.
		{"The agency requests that all ferries stop at noon.", "that all ferries", "The agency"},
		{"Ann Moss calls the plan a waste of money.", "the plan a waste", "Ann Moss"},
		{"Critics question the plan and its cost.", "the plan and its cost", "Critics"},
		{"The gateway answers about two thousand requests every second.", "two thousand", "The gateway"},
		// The verb's own particles: kept.
		{"Ann Moss calls for a new pier on the east side.", "a new pier", "Ann Moss"},
		{"Ed Moss comments on the vote in his column.", "the vote in his column", "Ed Moss"},
		{"The mayor plans to open the pier in May.", "to open the pier", "The mayor"},
		// The verb, an adverbial phrase between it and its clause: kept.
		{"The mayor claims on the radio that the vote was rigged.", "that the vote was rigged", "The mayor"},
		{"The minister notes on her website that the budget is balanced.", "that the budget is balanced", "The minister"},
		{"Ann Moss vows on Monday to close the pier by June.", "to close the pier", "Ann Moss"},
		{"The judge orders on Friday that the files be released.", "that the files be released", "The judge"},
		{"The company reports for the second quarter that sales fell.", "that sales fell", "The company"},
		{"The agency requests from the council that the ferries stop at noon.", "that the ferries stop", "The agency"},
		{"The bank estimates for 2031 that prices will rise.", "that prices will rise", "The bank"},
		{"The spokesman comments about the case that nothing was hidden.", "about the case that", "The spokesman"},
		// A noun's infinitive, and "have": kept.
		{"A judge refused the Harbour Times request to see the contract.", "to see the contract", "Harbour Times"},
		{"The council has questions about the contract and its cost.", "the contract and its cost", "The council"},
	} {
		d := run(t, c.text)
		q := n24Reading(d, c.words)
		if c.speaker == "" {
			if q != nil {
				t.Errorf("%q: a reading %q by %q, want none", c.text, q.Words(d.Text), q.Speaker.Name)
			}
			continue
		}
		if q == nil {
			t.Errorf("%q: no reading from %q", c.text, c.words)
		} else if !strings.Contains(q.Speaker.Name+" "+d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End], c.speaker) {
			t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.speaker)
		}
	}
}
