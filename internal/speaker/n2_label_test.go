package speaker

import "testing"

// TestN2PassiveLabel checks that a passive label ("is known as “…”",
// "was described as “…”") gives its subject no voice: the subject is
// what is labelled. The active and the progressive still label.
func TestN2PassiveLabel(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention string }{
		// "" mention: no quotation with that cue
		{"The scheme is known as “shaving” among dock workers.", "known", ""},
		{"The road was described as “a death trap” in the report.", "described", "the report"},
		// must still fire
		{"The mayor described the road as “a death trap” on Monday.", "described", "The mayor"},
		{"Ann Ortiz is describing as “reckless” a plan to sell the pier.", "describing", "Ann Ortiz"},
	} {
		checkCueMention(t, tt.text, tt.cue, tt.mention)
	}
}

// TestN2AdverbContent checks that a cue word whose content would open
// with a manner adverb before a preposition or the clause's end is no
// cue (a noun: "weather forecasts closely"), and that an adverb before
// a clause, a gerund or an infinitive leaves the reading alone.
func TestN2AdverbContent(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention string }{
		// "" mention: no quotation with that cue
		{"Farm crews follow the weather forecasts closely during the harvest.", "forecasts", ""},
		{"Harbor pilots watch tide reports carefully before each crossing.", "reports", ""},
		// must still fire
		{"The agency forecasts heavy rain for the weekend.", "forecasts", "The agency"},
		{"The council said quietly that the pier would close.", "said", "The council"},
		{"Ann Ortiz called for immediately closing the pier.", "called for", "Ann Ortiz"},
	} {
		checkCueMention(t, tt.text, tt.cue, tt.mention)
	}
}

// TestN2InPhrase checks that a cue word inside a prepositional phrase
// ("in a short note to members:") is a noun, not the verb of the colon's
// clause, and that a past after such a phrase is still the verb.
func TestN2InPhrase(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention string }{
		// "" mention: no quotation with that cue
		{"The guild said in a short note to members: “We will not take the offer.”", "note", ""},
		// must still fire
		{"Farmers marching through the town chanted “No more fees!” until dusk.", "chanted", "Farmers marching through the town"},
		{"The guild posted a short note: “We will not take the offer.”", "posted", "The guild"},
	} {
		checkCueMention(t, tt.text, tt.cue, tt.mention)
	}
}
