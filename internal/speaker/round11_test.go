package speaker

import (
	"strings"
	"testing"
)

// TestRoundEleven checks the eleventh round's rules for direct
// quotations with exact spans, as TestRoundTen does: each top-level
// direct quotation, in order, as "mention | cue".
func TestRoundEleven(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// Manners of speaking in news, before and after the subject.
		{"Ann met the crew.\n\n“The pier is old,” scoffed Ed Moss, the board’s chairman.", []string{"Ed Moss, the board’s chairman | scoffed"}},
		{"Ann met the crew.\n\n“The pier is old,” Ed Moss countered.", []string{"Ed Moss | countered"}},
		{"Ann met the crew.\n\n“The pier is old,” fumed a pilot.", []string{"a pilot | fumed"}},
		{"Ann met the crew.\n\n“The pier is old,” lamented Ed Moss.", []string{"Ed Moss | lamented"}},
		{"Ann met the crew.\n\n“The pier is old,” quipped Ed Moss, a farmer.", []string{"Ed Moss, a farmer | quipped"}},
		// A past verb before its object's determiner ends a
		// description: the board, not "The board issued".
		{"Ann met the crew.\n\nThe board issued a statement: “The pier is old.”", []string{"The board | statement"}},
		{"Ann met the crew.\n\nA spokesman emailed a statement: “The pier is old.”", []string{"A spokesman | statement"}},
		// A noun for an utterance after a cue is its object, not an
		// inverted subject.
		{"Ann met the crew.\n\nThe company posted a message: “The pier is old.”", []string{"The company | posted"}},
		// Two names before a verb that is no cue, and a name with the
		// group it belongs to.
		{"Ann met the crew.\n\nEd Moss and Ann Ortiz issued a statement: “The pier is old.”", []string{"Ed Moss and Ann Ortiz | statement"}},
		{"Ann met the crew.\n\nEd Moss and his wife issued a statement: “The pier is old.”", []string{"Ed Moss | statement"}},
		{"Ann met the crew.\n\nEd Moss and other Republicans said, “The pier is old.”", []string{"Ed Moss and other Republicans | said"}},
		{"Ann met the crew.\n\n“The pier is old,” Ed Moss and other officials told reporters.", []string{"Ed Moss and other officials | told"}},
		{"Ann met the crew.\n\n“The pier is old,” other officials said.", []string{"other officials | said"}},
	}
	for _, tt := range tests {
		d := run(t, tt.text)
		var got []string
		for _, q := range d.Quotes {
			if q.Parent >= 0 || q.Kind != "direct" {
				continue
			}
			got = append(got, d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]+" | "+d.Text[q.Cue.Start:q.Cue.End])
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
