package cite

import (
	"github.com/hearsay-project/hearsay/internal/doc"
	"math/rand"
	"slices"
	"testing"
	"unicode/utf8"
)

// TestByteScan holds doc.ByteScan.Next over markerBytes to the byte loop,
// on random text with markers, multi-byte characters and bytes next to
// those it looks for, from every start to every limit.
func TestByteScan(t *testing.T) {
	parts := []string{"a", "word ", " ", "[", "(", "*", ")", "]", "+", ")", "Z", "\\", "’", "¹", "†", "\x80", "\xc1", "\xc2", "\xe2", "\xff", "\x00", "\x01", "\x7f", "\x5a", "\x5c", "\x27", "\x29", "\x2b"}
	rng := rand.New(rand.NewSource(10))
	for n := 0; n < 20000; n++ {
		text := randomText(rng, parts, 30)
		s := doc.NewByteScan(text, markerBytes)
		for i := 0; i <= len(text); i++ {
			limit := i + rng.Intn(len(text)-i+1)
			want := i
			for want < limit && !inSet(markerBytes, text[want]) {
				want++
			}
			if got := s.Next(i, limit); got != want {
				t.Fatalf("next(%q, %d, %d) = %d, want %d", text, i, limit, got, want)
			}
		}
	}
}

// TestMarkerBytesEnough holds the scan over markerBytes to the loop it
// replaced, which stopped at every byte outside ASCII and passed over
// its character: both reach the same marker characters ('[', '(', '*',
// superscripts, daggers) at the same places, broken UTF-8 included.
func TestMarkerBytesEnough(t *testing.T) {
	parts := []string{"a", " ", "[", "(", "*", "’", "¹", "²", "⁴", "†", "‡", "é", "日", "🙂", "\x80", "\xb9", "\xc1", "\xc2", "\xc3", "\xe2", "\xe2\x81", "\xf0", "\xff"}
	starts := func(text string, stop func(c byte) bool) []int {
		var at []int
		for i := 0; i < len(text); {
			if !stop(text[i]) {
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == '[' || r == '(' || r == '*' || r == '†' || r == '‡' || isSuperscript(r) {
				at = append(at, i)
			}
			i += size
		}
		return at
	}
	rng := rand.New(rand.NewSource(11))
	for n := 0; n < 20000; n++ {
		text := randomText(rng, parts, 30)
		old := starts(text, func(c byte) bool { return c == '[' || c == '(' || c == '*' || c >= 0xC2 })
		now := starts(text, func(c byte) bool { return inSet(markerBytes, c) })
		if !slices.Equal(old, now) {
			t.Fatalf("%q: marker characters at %v, scan over markerBytes finds %v", text, old, now)
		}
	}
}

func inSet(set string, c byte) bool {
	for k := 0; k < len(set); k++ {
		if set[k] == c {
			return true
		}
	}
	return false
}

// TestDaggerOrSuperscript holds daggerOrSuperscript to the characters
// it stands for: whenever a text holds †, ‡ or a superscript digit that
// E2 begins, it says yes.
func TestDaggerOrSuperscript(t *testing.T) {
	parts := []string{"a", " ", "’", "“", "—", "…", "†", "‡", "⁴", "⁰", "¹", "\xe2", "\xe2\x80", "\xe2\x81", "\xa0", "\u00a0", "é"}
	rng := rand.New(rand.NewSource(12))
	for n := 0; n < 20000; n++ {
		text := randomText(rng, parts, 12)
		has := false
		for _, r := range text {
			has = has || r == '†' || r == '‡' || r == '⁰' || r >= '⁴' && r <= '⁹'
		}
		if has && !daggerOrSuperscript(text) {
			t.Fatalf("daggerOrSuperscript(%q) = false", text)
		}
	}
	if daggerOrSuperscript("a “quoted” word — and ’s") {
		t.Error("curly marks and dashes taken for a dagger or superscript")
	}
}
