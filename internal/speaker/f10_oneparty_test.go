package speaker

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestF10OneParty checks that in a conversation of two where only one
// party is named, the bare turns of that party's parity are theirs and
// the other party's stay without a speaker; and that nothing is given
// where no question was asked before the turn, where the party is
// indefinite, where a turn calls the party by name, or
// after a "sir" that a woman cannot answer.
func TestF10OneParty(t *testing.T) {
	const opening = "The kettle had boiled over twice before anyone noticed.\n\n"
	tests := []speakerCase{
		{opening + "“Is the ferry running?” asked Nora Vance.\n\n“Not today.”\n\n“Then we shall walk along the cliff.”\n\n“In this wind?”", "Then we shall walk", "Nora Vance"},
		{opening + "“Is the ferry running?” asked Nora Vance.\n\n“Not today.”\n\n“Then we shall walk along the cliff.”\n\n“In this wind?”", "Not today", ""},
		{opening + "“Is the ferry running?” asked Nora Vance.\n\n“Not today.”\n\n“Then we shall walk along the cliff.”\n\n“In this wind?”", "In this wind", ""},
		// Named in the middle: the turns of its parity after it.
		{opening + "“Not a boat in the harbour.”\n\n“Is the ferry running?” asked Nora Vance.\n\n“Not today.”\n\n“Then we shall walk.”", "Then we shall walk", "Nora Vance"},
		// Not the turn before the first named one.
		{opening + "“Not a boat in the harbour.”\n\n“Then the ferry?”\n\n“Is it running?” asked Nora Vance.\n\n“Not today.”", "Not a boat", ""},
		// A party named by a pronoun.
		{"Nora Vance came in from the yard.\n\n“Is the ferry running?” she asked.\n\n“Not today.”\n\n“Then we shall walk along the cliff.”", "Then we shall walk", "Nora Vance"},
		// An indefinite party.
		{opening + "“Is the ferry running?” asked a woman.\n\n“Not today.”\n\n“Then we shall walk along the cliff.”", "Then we shall walk", ""},
		// The line calls the party by name: someone else says it.
		{opening + "“Is the ferry running?” asked Nora.\n\n“Not today.”\n\n“Then walk with me, Nora.”", "Then walk with me", ""},
		// "Sir" answered by the party of the other sex: a third person.
		{opening + "“Is the ferry running?” asked Mrs. Vance.\n\n“Not today, sir.”\n\n“Then we shall walk along the cliff.”", "Then we shall walk", ""},
		// No question asked: one speaker's paragraphs, as news quotes them.
		{opening + "“The pier is old,” said Nora Vance.\n\n“It is.”\n\n“Then mend it.”", "Then mend it", ""},
		{opening + "“The pier is old,” said Nora Vance.\n\n“Is it?”\n\n“Then mend it.”", "Then mend it", "Nora Vance"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}

// f10OnePartyText is n conversations of two with one party named, each
// a run of bare turns with a question in it, then one run of 4n bare
// turns after a single named one: f10OneParty reads each run once.
func f10OnePartyText(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "“Is the ferry running?” asked Mrs. %s.\n\n“Not today.”\n\n“Then we shall walk.”\n\n“In this wind?”\n\n“Yes.”\n\nThe lamps were lit along the quay.\n\n", testutil.Coined(i+1))
	}
	b.WriteString("“Shall we wait?” asked Mr. Tovalemo.\n\n")
	for range 4 * n {
		b.WriteString("“Not long.”\n\n“How long?”\n\n")
	}
	return b.String()
}

// TestF10LinearOneParty checks that the stage's time grows linearly
// with conversations of one named party and with one long run of them.
func TestF10LinearOneParty(t *testing.T) {
	checkLinear(t, "one-party dialogue", f10OnePartyText, 100)
}
