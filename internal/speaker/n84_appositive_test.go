package speaker

import (
	"strings"
	"testing"
)

// TestN84PersonAppositive checks that a name of unknown sex whose
// appositive names a person's role, the subject of the sentence right
// before a quotation, is whom the tag's "he" means, over a man of known
// sex named before it; and the appositive reader itself.
func TestN84PersonAppositive(t *testing.T) {
	wantSpeaker(t, "City signed Luca Ferrandi, and his fans cheered.\n\nRoss Kinnaird, the manager, was pleased. “He is quick and brave,” he said.", "He is quick", "Ross Kinnaird")
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Kinnaird, the manager, was pleased.", true},
		{"Kinnaird, a spokesman for the club, said so.", true},
		{"Elsby, a fishing town, was quiet.", false},
		{"Kinnaird, who runs the club, was pleased.", false},
		{"Kinnaird was pleased.", false},
	} {
		e := strings.IndexAny(c.text, ", ") // the name is the first word
		if got := n84PersonAppositive(c.text, e); got != c.want {
			t.Errorf("n84PersonAppositive(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
