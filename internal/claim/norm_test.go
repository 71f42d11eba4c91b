package claim

import "testing"

// TestAppendNorm checks that the sentence buffer's forms are normWord's.
func TestAppendNorm(t *testing.T) {
	for _, w := range []string{"town", "Town", "town’s", "Town’s", "TOWN'S", "’90s", "workers’", "don’t",
		"Élan", "élan", "Khrushchev’s", "naïve", "x", "A", "’", "l’État", "it's"} {
		var got string
		switch normCase(w) {
		case normSame:
			got = w
		case normCopy:
			got = string(appendNorm(nil, w))
		default:
			got = normWord(w)
		}
		if want := normWord(w); got != want {
			t.Errorf("%q: %q, normWord gives %q", w, got, want)
		}
	}
}
