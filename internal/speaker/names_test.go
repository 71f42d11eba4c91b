package speaker

import (
	"strings"
	"testing"
)

// TestDescribedNames checks that a speaker read as the noun phrase after
// a preposition inside its mention is named by the whole mention, with
// the chain's last hand renamed, and that a name opening its mention or
// after a title is kept.
func TestDescribedNames(t *testing.T) {
	tests := []struct{ text, name, chain string }{
		{"A spokesman for the port said the ferry was late.", "A spokesman", "A spokesman"},
		{"An attorney for Ann Reed said the ferry was late.", "An attorney", "An attorney"},
		{"Citizens for Ferry Justice said the ferry was late.", "Citizens for Ferry Justice", "Citizens for Ferry Justice"},
		{"Officials in Oslo said the ferry was late.", "Officials in Oslo", "Officials in Oslo"},
		{"Ed Moss of the Sierra Club said the pier was safe.", "Ed Moss", "Ed Moss"},
		{"The Rev. Ed Moss said the pier was safe.", "Rev. Ed Moss", "Rev. Ed Moss"},
		{"Ann Reed said the pier was safe.", "Ann Reed", "Ann Reed"},
		{"Ann Reed, a pilot, said the pier was safe.", "Ann Reed", "Ann Reed"},
		{"A post on the Harbour Threads forum claimed the pier was safe.", "the Harbour Threads forum", "the Harbour Threads forum"},
		{"“The ferry is late,” said two people familiar with the talks.", "two people", "two people"},
		{"“The ferry is late,” a person close to the mayor said.", "a person", "a person"},
		{"“The ferry is late,” said a man close to tears.", "a man", "a man"},
		{"An editorial in the Evening Ledger argued that the pier was safe.", "Evening Ledger", "Evening Ledger"},
	}
	for _, tt := range tests {
		d := run(t, "Ann met the crew. "+tt.text)
		var got []string
		for _, q := range d.Quotes {
			last := ""
			if n := len(q.Chain); n > 0 {
				last = q.Chain[n-1]
			}
			got = append(got, q.Speaker.Name+" / "+last)
		}
		if want := tt.name + " / " + tt.chain; strings.Join(got, ";") != want {
			t.Errorf("%q: got %q, want %q", tt.text, got, want)
		}
	}
}

// TestReviewTwentyOne checks the review of the tenth session's speaker
// fixes: an office named by a group keeps its whole name, a quantifier
// before the preposition's noun, a colon's "from" before a thing, a
// "many of whom" clause ending at its comma, and a second source after
// a bare "but".
func TestReviewTwentyOne(t *testing.T) {
	names := []struct{ text, name string }{
		{"The chief of staff said the ferry was late.", "The chief of staff"},
		{"The director of personnel said the ferry was late.", "The director of personnel"},
		{"Officials from both parties said the ferry was late.", "Officials"},
	}
	for _, tt := range names {
		d := run(t, "Ann met the crew. "+tt.text)
		if len(d.Quotes) != 1 || d.Quotes[0].Speaker.Name != tt.name {
			var got []string
			for _, q := range d.Quotes {
				got = append(got, q.Speaker.Name)
			}
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.name)
		}
	}
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\nA message from the board: “We will win.”", []string{"the board | :"}},
	})
	if d := run(t, "Ann met the crew.\n\nHighlights from the game: “We will win.”"); len(d.Quotes) == 1 && d.Quotes[0].Speaker.Name == "the game" {
		t.Errorf("a colon's “from” before a thing names it the speaker")
	}
	tests := []struct {
		text string
		want []string
	}{
		{"The workers, many of whom say the port will close, left on Monday.", []string{"many of whom | say | the port will close"}},
		{"The staff said no decision had been made but people say it will.", []string{"The staff | said | no decision had been made", "people | say | it will"}},
	}
	for _, tt := range tests {
		checkIndirect(t, "Ann met the crew. "+tt.text, tt.want, true)
	}
}
