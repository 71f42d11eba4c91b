package corpus

import (
	"strings"
	"testing"
	"unicode"
)

// FuzzNormalize checks that normalised text is idempotent and holds only
// lower-case letters, digits and single inner spaces, and that the keys
// and similarity of any text are computed without panics.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"“We’ll rebuild — the PIER!”", "Café au lait…", "Ⅻ ﬁne", "a\u0301b", "\xff\xfe bad utf8", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if again := Normalize(n); again != n {
			t.Fatalf("Normalize not idempotent: %q → %q → %q", s, n, again)
		}
		if strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") || strings.Contains(n, "  ") {
			t.Fatalf("bad spacing in %q", n)
		}
		for _, r := range n {
			if r != ' ' && !unicode.IsLetter(r) && !unicode.IsNumber(r) {
				t.Fatalf("Normalize(%q) = %q keeps %q", s, n, r)
			}
		}
		if n != "" && Similarity(n, n) != 1 {
			t.Fatalf("Similarity(%q, itself) = %v", n, Similarity(n, n))
		}
		_ = quoteKeys(n)
		full, last := SpeakerKey(s)
		if (full == "") != (last == "") || !strings.HasSuffix(full, last) {
			t.Fatalf("SpeakerKey(%q) = %q, %q", s, full, last)
		}
	})
}
