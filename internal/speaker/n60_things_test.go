package speaker

import "testing"

// TestN60ThingsBetween checks that a description of a person stays the
// antecedent of "he" across mentions of things ("the Marigold"), and
// not across a person's name.
func TestN60ThingsBetween(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"“My father came home and sat down.  ‘They have tied up the Marigold,’ he said.  I asked him why,” Ann Reed wrote.", "They have tied up the Marigold,", "he", "My father", "said"},
		{"“My father came home and sat down.  ‘Ed Moss has tied up his boat,’ he said.  I asked him why,” Ann Reed wrote.", "Ed Moss has tied up his boat,", "he", "", "said"},
	} {
		if c.name == "" {
			d := run(t, c.text)
			if q := find(d, c.quote); q == nil || q.Speaker.Name == "My father" {
				t.Errorf("%q: the description read across a name", c.text)
			}
			continue
		}
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}
