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
		d := run(t, tt.text)
		content, _, ok := n2Reading(d, tt.cue, tt.mention)
		if !ok {
			t.Errorf("%q: no quotation with the cue %q by %q", tt.text, tt.cue, tt.mention)
			continue
		}
		if content != tt.content {
			t.Errorf("%q: content %q, want %q", tt.text, content, tt.content)
		}
	}
}
