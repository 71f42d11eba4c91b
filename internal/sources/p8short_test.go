package sources

import (
	"math/rand"
	"strings"
	"testing"
)

// TestP8ScanFlags holds p8ScanFlags to scanTable.get, for every word of
// the table and for words near them (each cut short, lengthened, with a
// letter changed), random words of one to twenty letters, and words
// placed anywhere in a text, its last sixteen bytes included.
func TestP8ScanFlags(t *testing.T) {
	var words []string
	for _, s := range scanTable.slots {
		if s.used {
			words = append(words, s.key)
		}
	}
	rng := rand.New(rand.NewSource(8))
	var probe []string
	for _, w := range words {
		probe = append(probe, w, w+"s", w[:len(w)-1], "x"+w)
		b := []byte(w)
		b[rng.Intn(len(b))] = byte('a' + rng.Intn(26))
		probe = append(probe, string(b))
	}
	for range 5000 {
		b := make([]byte, 1+rng.Intn(20))
		for i := range b {
			b[i] = byte('a' + rng.Intn(26))
		}
		probe = append(probe, string(b))
	}
	for _, w := range probe {
		// The word at the start of a text, amid one, and at its end.
		for _, text := range []string{w + strings.Repeat(" z", 10), "the " + w + " and so on for a while", "and " + w} {
			s := strings.Index(text, w)
			want, _ := scanTable.get(w)
			if got := p8ScanFlags(text, s, s+len(w)); got != want {
				t.Fatalf("%q in %q: %v, want %v", w, text, got, want)
			}
		}
	}
}
