package source

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// TestValidUTF8 holds validUTF8 to utf8.Valid on random text of ASCII,
// characters of every length, U+FFFD itself, surrogates and overlong
// forms, stray continuation bytes and characters cut short, at every
// alignment and at the end.
func TestValidUTF8(t *testing.T) {
	pieces := []string{"a", " ", "plain words ", "0123456789", "é", "“", "”", "—", "€", "𝄞", "\uFFFD",
		"\x80", "\xbf", "\xc0\x80", "\xc2", "\xe2\x80", "\xed\xa0\x80", "\xf0\x9f", "\xf4\x90\x80\x80", "\xff", "\xe0\x80\xaf"}
	rng := rand.New(rand.NewPCG(7, 4))
	for n := 0; n < 300000; n++ {
		var b []byte
		for k := rng.IntN(16); k >= 0; k-- {
			p := pieces[rng.IntN(len(pieces))]
			if rng.IntN(8) > 0 && !utf8.ValidString(p) {
				p = "x" // mostly valid text, so that the end is reached
			}
			b = append(b, p...)
		}
		if got, want := validUTF8(b), utf8.Valid(b); got != want {
			t.Fatalf("validUTF8(%q) = %v, want %v", b, got, want)
		}
	}
}
