package speaker

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSaysTranslat checks saysTranslat against strings.Contains on
// texts with the needle at the start, at the end, cut short at either
// end, and among many other 'l's.
func TestSaysTranslat(t *testing.T) {
	texts := []string{
		"", "l", "ranslat", "Translation is mine.", "the translator", "ranslaT",
		"ranslа", "anslat", "ransla", "all the little lambs translated", "translat",
		strings.Repeat("well, ", 1000), strings.Repeat("well, ", 1000) + "translation",
		"lllllll ranslat", "rans lat", "xranslatx", "l" + strings.Repeat("a", 3) + "ranslat",
	}
	for _, s := range texts {
		if got, want := saysTranslat(s), strings.Contains(s, "ranslat"); got != want {
			t.Errorf("saysTranslat(%.40q) = %v, want %v", s, got, want)
		}
	}
	// Random texts of the needle's bytes and a few others, where the
	// needle's pairs and partial matches come often.
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = "ranslatr xT"[rng.IntN(11)]
		}
		if got, want := saysTranslat(string(b)), strings.Contains(string(b), "ranslat"); got != want {
			t.Fatalf("saysTranslat(%q) = %v, want %v", b, got, want)
		}
	}
	// Every cut of a text that holds the needle once.
	s := "Alexander Bunn's translation, in all its plainness"
	for i := 0; i <= len(s); i++ {
		for _, c := range []string{s[:i], s[i:]} {
			if got, want := saysTranslat(c), strings.Contains(c, "ranslat"); got != want {
				t.Errorf("saysTranslat(%q) = %v, want %v", c, got, want)
			}
		}
	}
}
