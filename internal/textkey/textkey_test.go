package textkey

import (
	"strings"
	"testing"
	"unicode"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"  ", ""},
		{"---", ""},
		{"“We’ll rebuild — the PIER!”", "well rebuild the pier"},
		{"Don't stop — don’t!", "dont stop dont"},
		{"Café au lait, s'il vous plaît…", "cafe au lait sil vous plait"},
		{"« Ça ira ! »", "ca ira"},
		{"ＦＵＬＬ width", "full width"},
		{"Ⅻ ﬁne", "xii fine"},
		{"one…two", "one two"},
		{"\"quoted\" 'single'", "quoted single"},
		{"naïve-ish 2,000", "naive ish 2 000"},
		{"ŉ", "n"}, // decomposes to an apostrophe and n
	} {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzNormalize checks that a key is its own key and holds only letters,
// digits and single inner spaces, whatever the input, invalid UTF-8
// included.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"“We’ll rebuild — the PIER!”", "Café au lait…", "Ⅻ ﬁne", "a\u0301b", "\xff\xfe bad utf8", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if again := Normalize(n); again != n {
			t.Fatalf("not idempotent: %q → %q → %q", s, n, again)
		}
		if strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") || strings.Contains(n, "  ") {
			t.Fatalf("bad spacing in %q", n)
		}
		for _, r := range n {
			if r != ' ' && !unicode.IsLetter(r) && !unicode.IsNumber(r) {
				t.Fatalf("Normalize(%q) = %q keeps %q", s, n, r)
			}
		}
	})
}
