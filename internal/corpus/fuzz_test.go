package corpus

import (
	"strings"
	"testing"
)

// FuzzNormalize checks that the keys and similarity of any text, and its
// speaker key, are computed without panics (textkey.FuzzNormalize checks
// the normalised text itself).
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"“We’ll rebuild — the PIER!”", "Café au lait…", "Ⅻ ﬁne", "a\u0301b", "\xff\xfe bad utf8", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
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
