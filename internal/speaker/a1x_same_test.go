package speaker

import "testing"

// TestA1xSameSubject: two verbs of one subject in a sentence give their
// attributions the same mention, the whole noun phrase one of them
// read; a second subject of its own keeps its mention. Sentences
// written for the test.
func TestA1xSameSubject(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Harbour leaders who have been the plan's strongest critics have endorsed the new pier, warning that the old one will fall.", []string{
			"Harbour leaders who have been the plan's strongest critics | endorsed | the new pier",
			"Harbour leaders who have been the plan's strongest critics | warning | that the old one will fall",
		}},
		{"Officials at the port said the pier was unsafe, adding that it would close.", []string{
			"Officials at the port | said | the pier was unsafe",
			"Officials at the port | adding | that it would close",
		}},
		{"Ann Reed said the pier was unsafe and warned that it would fall.", []string{
			"Ann Reed | said | the pier was unsafe",
			"Ann Reed | warned | that it would fall",
		}},
	} {
		checkTopIndirect(t, tt.text, tt.want)
	}
	d := run(t, "Ann Reed and Ed Moss cited the figure at a meeting on Monday, further raising the fee.")
	for _, q := range d.Quotes {
		if got := d.Slice(q.Speaker.Mention); got != "Ann Reed and Ed Moss" || q.Speaker.Name != "Ann Reed and Ed Moss" {
			t.Errorf("%q: mention %q, name %q; want both %q", q.Words(d.Text), got, q.Speaker.Name, "Ann Reed and Ed Moss")
		}
	}
}
