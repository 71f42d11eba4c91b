package cite

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// surnameFields is surname as it was before appendSurname: the words
// from strings.Fields, each lower-cased by strings.ToLower.
func surnameFields(name string) string {
	if i := strings.IndexByte(name, ','); i >= 0 {
		name = name[:i]
	}
	words := strings.Fields(name)
	for i := len(words) - 1; i >= 0; i-- {
		if initials(words[i]) {
			continue
		}
		if low := strings.ToLower(strings.Trim(words[i], ".")); !particles[low] && low != "jr" && low != "sr" {
			return low
		}
	}
	return strings.ToLower(strings.Join(words, " "))
}

// TestSurname holds surname, which reads the words back from the end
// without a list, to surnameFields on random names of capitalised and
// small words, initials, particles, stops, commas and spaces of several
// kinds.
func TestSurname(t *testing.T) {
	pieces := []string{"Taubman", "W.", "van", "der", "de", "Jr", "Sr.", "JR", "Maaten", "L.M.", " ", "  ", "\t", "\u00a0", "\u2009",
		",", ".", "Ölberg", "İz", "\u212a", "a", "", "\n", "-", "Van", "VON"}
	rng := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := rng.IntN(6); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		name := b.String()
		if got, want := surname(name), surnameFields(name); got != want {
			t.Fatalf("surname(%q) = %q, want %q", name, got, want)
		}
	}
}
