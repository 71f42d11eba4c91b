package speaker

import (
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
