package speaker

import (
	"fmt"
	"testing"
)

// TestN61SameSpeaker checks that "he" inside one speaker's words keeps
// the name the same pronoun was given in the quotation before it, a
// paragraph on; and not when a name that could be his stands between.
func TestN61SameSpeaker(t *testing.T) {
	const memoir = "Ann Reed wrote:\n\n“My father came home and sat down.  ‘They have tied up the Marigold,’ he said.  I asked him why.\n\n“%s came in later.  ‘I take the side of the tide,’ he told me.”"
	for _, c := range []struct {
		who, name string
	}{
		{"The cat", "My father"},
		{"Ed Moss", "Ed Moss"},
	} {
		d := run(t, fmt.Sprintf(memoir, c.who))
		q := find(d, "I take the side of the tide,")
		if q == nil || q.Speaker.Name != c.name {
			got := "no quotation"
			if q != nil {
				got = q.Speaker.Name
			}
			t.Errorf("with %q between: speaker %q, want %q", c.who, got, c.name)
		}
	}
}
