package speaker

import "testing"

// TestR2RelativeHolder: a verb of evaluation after a relative "that" is
// read where the noun before "that" names people or a polity, and not
// where it names a thing. The reading keeps no speaker: a restrictive
// "that" with no verb of speech is no source (n34_that.go). Sentences
// written for the test.
func TestR2RelativeHolder(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"The rules are backed by a number of cities that support the plan.", []string{" | support | the plan"}},
		{"Fares rose in nations that oppose the treaty.", []string{" | oppose | the treaty"}},
		{"The levy hurts residents that opposed the pier.", []string{" | opposed | the pier"}},
		// Not read: things hold no view.
		{"The roof rests on beams that support the weight.", nil},
		{"The survey has data that back the claim.", nil},
	} {
		checkTopIndirect(t, tt.text, tt.want)
	}
	for w, want := range map[string]bool{"cities": true, "nations": true, "councils": true, "council": true, "beams": false, "data": false, "ties": false} {
		toks := []tok{{word: true, low: w}, {word: true, low: "that"}}
		if got := r2RelativeHolder(toks, 1); got != want {
			t.Errorf("r2RelativeHolder(%q) = %v, want %v", w, got, want)
		}
	}
}
