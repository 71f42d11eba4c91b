package speaker

import "testing"

// TestPlaceOpening checks that a description that opens a sentence
// after a place's opening phrase is not named for the place
// (placeOpening, describe.go), and that a name's own appositive and a
// description named before are still resolved.
func TestPlaceOpening(t *testing.T) {
	for _, c := range []struct{ text, quote, name string }{
		// Mended: the place was read as the description's name.
		{"In Oslo, the mayor said the ferry was late.", "the ferry was late", "the mayor"},
		{"From Kyiv, the minister said the ferry was late.", "the ferry was late", "the minister"},
		{"Ed Moss flew in. In Oslo, the harbour master said the ferry was late.", "the ferry was late", "the harbour master"},
		// Held.
		{"Ann Ortiz, the mayor, said the ferry was late.", "the ferry was late", "Ann Ortiz"},
		{"The talks were led by Ed Moss, the mayor. The mayor said the ferry was late.", "the ferry was late", "Ed Moss"},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if q == nil || q.Speaker.Name != c.name {
			t.Errorf("%q: speaker %+v, want name %q", c.text, q, c.name)
		}
	}
	for _, c := range []struct {
		text string
		at   int
		want bool
	}{
		{"In Oslo, x", 3, true},
		{"Ann left. At  Kyiv, x", 14, true},
		{"He lives in Oslo, x", 12, false},
		{"Oslo, x", 0, false},
		{"Within Oslo, x", 7, false},
	} {
		if got := placeOpening(c.text, c.at); got != c.want {
			t.Errorf("placeOpening(%q, %d) = %v", c.text, c.at, got)
		}
	}
}
