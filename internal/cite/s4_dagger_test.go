package cite

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// daggerOrSuperscriptLoop is daggerOrSuperscript as it was first
// written: a stop at every E2.
func daggerOrSuperscriptLoop(text string) bool {
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], 0xE2)
		if j < 0 {
			return false
		}
		i += j + 1
		if i+1 >= len(text) || text[i] == 0x81 || text[i] == 0x80 && (text[i+1] == 0xA0 || text[i+1] == 0xA1) {
			return true
		}
	}
	return false
}

// TestDaggerOrSuperscriptLoop holds daggerOrSuperscript to the loop on
// random text of the bytes that matter, short and long (the searches
// change method past 64 bytes).
func TestDaggerOrSuperscriptLoop(t *testing.T) {
	pieces := []string{"\xE2", "\x80", "\x81", "\xA0", "\xA1", "\xA6", "\x9C", "a", " ", "“", "”", "…", "†", "‡", "⁴", "¹", "word "}
	rng := rand.New(rand.NewPCG(4, 12))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		long := rng.IntN(4) == 0
		for k := rng.IntN(12); k >= 0; k-- {
			if long {
				b.WriteString(strings.Repeat("plain text “quoted” ", rng.IntN(8)))
			}
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := daggerOrSuperscript(s), daggerOrSuperscriptLoop(s); got != want {
			t.Fatalf("daggerOrSuperscript(%q) = %v, want %v", s, got, want)
		}
	}
}

// BenchmarkS4Dagger times daggerOrSuperscript against the loop it
// replaced on the example article.
func BenchmarkS4Dagger(b *testing.B) {
	one, err := os.ReadFile("../../examples/ferry-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(one)+"\n\n", 1<<20/len(one))
	b.Run("loop", func(b *testing.B) {
		for b.Loop() {
			daggerOrSuperscriptLoop(text)
		}
	})
	b.Run("now", func(b *testing.B) {
		for b.Loop() {
			daggerOrSuperscript(text)
		}
	})
}
