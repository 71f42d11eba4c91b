package doc

import (
	"strings"
	"testing"
)

// TestWordFilter checks that a WordFilter never turns away a word added
// to it, and turns away most others.
func TestWordFilter(t *testing.T) {
	var f WordFilter
	added := strings.Fields("would could might if had were without ’s l’état x élan probably according")
	for _, w := range added {
		f.Add(w)
	}
	for _, w := range added {
		if !f.Maybe(w) {
			t.Errorf("Maybe(%q) = false for a word added", w)
		}
	}
	if f.Maybe("") {
		t.Error(`Maybe("") = true`)
	}
	others := strings.Fields("the of and a to in is that it was for on are as with his they at be this from")
	pass := 0
	for _, w := range others {
		if f.Maybe(w) {
			pass++
		}
	}
	if pass > len(others)/4 {
		t.Errorf("%d of %d words not added pass the filter", pass, len(others))
	}
}
