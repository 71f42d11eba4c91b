package speaker

import (
	"strings"
	"testing"
)

// TestP2OnlySpace holds p2OnlySpace to strings.TrimSpace.
func TestP2OnlySpace(t *testing.T) {
	for _, s := range []string{"", " ", "\t\n\v\f\r ", "a", " a", "a ", "\u00a0", "\u2003 \u3000", "\u0085", "“", " \u00a0x", "\xff", " \xe2\x80", "\u200b", "\x1c\x1d\x1e\x1f"} {
		if got, want := p2OnlySpace(s), strings.TrimSpace(s) == ""; got != want {
			t.Errorf("p2OnlySpace(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestP2ContractedPronoun holds contractedPronoun's first tests (the
// last byte, the length) to its suffixes and pronouns, on pronouns
// with every suffix in either case and with "ſ" and "K"-like folds.
func TestP2ContractedPronoun(t *testing.T) {
	full := func(name string) bool {
		for _, suf := range [...]string{"’s", "'s", "’re", "'re", "’S", "'S", "’RE", "'RE"} {
			if stem, ok := strings.CutSuffix(name, suf); ok {
				for _, p := range [...]string{"it", "he", "she", "they", "we", "you", "i"} {
					if strings.EqualFold(stem, p) {
						return true
					}
				}
				return false
			}
		}
		return false
	}
	var names []string
	for _, p := range []string{"it", "He", "SHE", "theY", "\u017fhe", "the\u017f", "we", "You", "I", "Ann", "", "\u017f\u017f\u017f\u017f"} {
		for _, suf := range []string{"", "’s", "'s", "’re", "'re", "’S", "'S", "’RE", "'RE", "s", "e", "’", "’r"} {
			names = append(names, p+suf)
		}
	}
	for _, name := range names {
		if got, want := contractedPronoun(name), full(name); got != want {
			t.Errorf("contractedPronoun(%q) = %v, want %v", name, got, want)
		}
	}
}
