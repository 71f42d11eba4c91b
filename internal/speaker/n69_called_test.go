package speaker

import "testing"

// TestN69CalledAfter checks "called" and "calls" as verbs of speech
// right after a quotation, and that their naming sense gives no
// speaker elsewhere.
func TestN69CalledAfter(t *testing.T) {
	wantSpeaker(t, "\"Come back!\" the Caterpillar called after her. \"I have something important to say!\"", "", "Caterpillar")
	wantSpeaker(t, "“Morning, Euan,” calls a woman with a basket of eggs.", "", "a woman")
	wantSpeaker(t, "“Edna!” called Mr. Pontellier from within.", "", "Mr. Pontellier")
	wantSpeaker(t, "Dale waited by the gate. “Fellars, Beasley is not here yet,” he called.", "", "Dale")
	// The quotation does not end with a tag's comma: no reading.
	if f := n69CalledAfter("“Down with the fares.” He called", nil, "“Down with the fares.”"); f.ok {
		t.Errorf("a quotation that ends its sentence read a tag: %+v", f)
	}
	wantSpeaker(t, "A charity called Shelter said the figures were wrong.", "", "Shelter")
}
