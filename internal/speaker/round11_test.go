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
