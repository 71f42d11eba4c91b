package speaker

import "testing"

// TestC1NoSource checks subjects that are no source by their form: one
// that ends in a spaced dash, one that ends in a possessive's "s" whose
// apostrophe was lost, and an amount of time; a dated document and a
// plain subject are still read.
func TestC1NoSource(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Another day's travel found the crew deep in the hills.", nil},
		{"An hour’s search found the boy asleep in the barn.", nil},
		{"Two weeks' work found the fault in the pump.", nil},
		{"Another day 's travel found the crew deep in the hills.", nil},
		{"Tuesday's report found that the pier was unsafe.", []string{"Tuesday's report | found | that the pier was unsafe"}},
		{"Last year's survey found that most boats were late.", []string{"Last year's survey | found | that most boats were late"}},
		{"A day later, the panel found that the pier was unsafe.", []string{"the panel | found | that the pier was unsafe"}},
		{"Fine weather and the harbour 's calm -- views east to the hills.", nil},
		{"It was plainly Moss s voice broke in upon us.", nil},
		{"Them old feelin ’s comes back when you think you ’ve done with them.", nil},
		{"Ed Moss said the pier was unsafe.", []string{"Ed Moss | said | the pier was unsafe"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}
