package speaker

import "testing"

// TestN2RelativeEnd checks that a reported clause runs on past a
// relative clause on "who" between commas when its own verb follows,
// and still ends before ", who" where none does.
func TestN2RelativeEnd(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Harbour officials have acknowledged that they missed the danger when the old pilots, who had run the port for years, left the service.", "acknowledged", "Harbour officials", "that they missed the danger when the old pilots, who had run the port for years, left the service"},
		{"Ruth Ames said the treasurer, who resigned in May, was ill.", "said", "Ruth Ames", "the treasurer, who resigned in May, was ill"},
		// must not run on
		{"Ruth Ames said the plan was drafted by Ed Lee, who runs the firm.", "said", "Ruth Ames", "the plan was drafted by Ed Lee"},
		{"Ruth Ames said the plan was drafted by Ed Lee, who runs the firm, and approved in June.", "said", "Ruth Ames", "the plan was drafted by Ed Lee"},
		{"Ruth Ames said she wrote to Ed Lee, who, tired and cold, was stoking the stove.", "said", "Ruth Ames", "she wrote to Ed Lee"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN2WhoTail checks that a relative clause with a verb of reporting
// after an inverted trailing cue's subject (", said the engineers, who
// added that …") is read as an attribution of its own, by that subject,
// and that a relative clause with another verb is not.
func TestN2WhoTail(t *testing.T) {
	for _, tt := range []struct{ text, cue, name, content string }{
		{"The new pipe is less prone to leaks, said the engineers, who added that they were laying two miles of it a week.", "added", "the engineers", "that they were laying two miles of it a week"},
		// must not fire
		{"The new pipe is less prone to leaks, said the engineers, who work for the county.", "work", "", ""},
	} {
		d := run(t, tt.text)
		q := c5Quote(d, tt.cue)
		switch {
		case tt.name == "":
			if q != nil {
				t.Errorf("%q: a quotation with the cue %q", tt.text, tt.cue)
			}
		case q == nil:
			t.Errorf("%q: no quotation with the cue %q", tt.text, tt.cue)
		default:
			c := q.Content[0]
			if q.Speaker.Name != tt.name || d.Text[c.Start:c.End] != tt.content {
				t.Errorf("%q: %q by %q, want %q by %q", tt.text, d.Text[c.Start:c.End], q.Speaker.Name, tt.content, tt.name)
			}
		}
	}
}
