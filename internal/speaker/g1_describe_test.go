package speaker

import "testing"

// TestG1DescribeHead checks that a definite description names the one
// an earlier appositive describes by its head noun, and not by a noun
// of the phrase after it.
func TestG1DescribeHead(t *testing.T) {
	for _, tt := range []struct{ text, mention, name string }{
		{"Ann Lee, the head of the ferry union, spoke on Monday. The union said it would strike.", "The union", "The union"},
		{"Ed Moss, a spokesman for the port authority, left early. The authority said the pier was safe.", "The authority", "The authority"},
		// must not change
		{"Ann Ortiz, a Democratic senator from Ohio, spoke on Monday. The senator said the pier was safe.", "The senator", "Ann Ortiz"},
		{"Ed Moss, the union's lawyer, spoke on Monday. The lawyer said the pier was safe.", "The lawyer", "Ed Moss"},
	} {
		d := run(t, tt.text)
		q := c5Quote(d, "said")
		if q == nil {
			t.Errorf("%q: no quotation with the cue %q", tt.text, "said")
			continue
		}
		m := q.Speaker.Mention
		if got := tt.text[m.Start:m.End]; got != tt.mention || q.Speaker.Name != tt.name {
			t.Errorf("%q: mention %q name %q, want %q %q", tt.text, got, q.Speaker.Name, tt.mention, tt.name)
		}
	}
}
