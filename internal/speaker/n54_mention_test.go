package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN54WithParticiples checks that a past participle after the noun
// phrase of an absolute "with" names no one who says, and that a
// participle in "-ing", a relative "who" and a "with" after a noun
// keep their readings.
func TestN54WithParticiples(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"The pier will close, with both the mayor and his wife Ann expected to visit.", "to visit", "", "", ""},
		{"With the mayor expected to resign, the council said the pier would close.", "to resign", "", "", ""},
		{"With the mayor expected to resign, the council said the pier would close.", "the pier would close", "the council", "the council", "said"},
		// The noun's own act.
		{"The ferry sailed, with the captain saying the sea was calm.", "the sea was calm", "the captain", "the captain", "saying"},
		// A verb of saying between "with" and the mention.
		{"The pier closed, with the board saying the mayor expected a delay.", "a delay", "the mayor", "the mayor", "expected"},
		// "with" after a noun: the mayor claims.
		{"In an interview with the Gazette the mayor claimed the pier was unsafe.", "the pier was unsafe", "the mayor", "the mayor", "claimed"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}

// TestN54WithParticiple checks each of n54WithParticiple's gates on a
// mention and a cue given by hand.
func TestN54WithParticiple(t *testing.T) {
	for _, c := range []struct {
		text, mention, cue string
		want               bool
	}{
		{"The pier will close, with the mayor expected to visit.", "the mayor", "expected", true},
		{"The pier will close, with the mayor said to favour a ferry.", "the mayor", "said", true},
		{"The pier will close — with the mayor expected to visit.", "the mayor", "expected", true},
		{"The pier will close - with the mayor expected to visit.", "the mayor", "expected", true},
		{"The pier will close, with both Ann Reed and the mayor expected to visit.", "the mayor", "expected", true},
		{"The pier is old. With the mayor expected to visit, it will close.", "the mayor", "expected", true},
		{"The pier is old and with the mayor expected to visit will close.", "the mayor", "expected", false},                        // "with" after a word
		{"The pier will close, with the mayor saying it is old.", "the mayor", "saying", false},                                     // "-ing"
		{"The pier will close, with the mayor, as expected, silent.", "the mayor", "expected", false},                               // not straight after
		{"The pier will close, with residents who said it is old.", "who", "said", false},                                           // a relative pronoun
		{"The pier will close, with them expected to object.", "them", "expected", false},                                           // a pronoun
		{"In an interview with the Gazette the mayor claimed it is old.", "the mayor", "claimed", false},                            // "with" after a noun
		{"The pier closed, with the board saying the mayor expected a delay.", "the mayor", "expected", false},                      // a verb between
		{"The pier closed, with the board that the mayor expected.", "the mayor", "expected", false},                                // a relative between
		{"The pier closed, with the board, the mayor expected.", "the mayor", "expected", false},                                    // a mark between
		{"The pier closed, with the board could the mayor expected.", "the mayor", "expected", false},                               // an auxiliary between
		{"The ferry left with the harbour board and the town council and the mayor expected more.", "the mayor", "expected", false}, // too far
	} {
		at := strings.Index(c.text, c.mention)
		ct := strings.Index(c.text[at:], c.cue) + at
		m := doc.Span{Start: at, End: at + len(c.mention)}
		cs := doc.Span{Start: ct, End: ct + len(c.cue)}
		if got := n54WithParticiple(c.text, m, cs); got != c.want {
			t.Errorf("%q %q %q: got %v, want %v", c.text, c.mention, c.cue, got, c.want)
		}
	}
}
