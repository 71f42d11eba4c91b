package speaker

import (
	"strings"
	"testing"
	"unicode"
)

// TestMarksIn checks marksIn, trimRightSpace and hasByteOf against the
// strings functions they stand for.
func TestMarksIn(t *testing.T) {
	marks := []struct {
		bit uint8
		s   string
	}{{mDouble, "\""}, {mApos, "'"}, {mLeftDouble, "“"}, {mRightDouble, "”"}, {mLeftSingle, "‘"}, {mRightSingle, "’"}, {mLeftGuill, "«"}, {mRightGuill, "»"}}
	ss := []string{"", "a", "“", "”", "‘", "’", "«", "»", "\"", "'", ",", "—", "–", "…", "\xe2", "\xe2\x80", "\xe2\x80\x9c", "\xe2\xe2\x80\x9d", "\xc2", "\xc2\xab", "\xc3\xab", "x\xff“", "\xf0\xe2\x80\x99", "«Ed»", "it’s", "don't", "the company’s own ledgers", " \u00a0", "Ed Moss\u2003", "Ed \u0085", "a\tb\n", "\u3000", "“Annie”", "x\u201ey", "\u2018\u2019", "x\xe2\x80"}
	sets := []string{"'’", "’'", "“”\"‘«»", "“”‘«»\"", "“\"‘'", "“‘\"", "“”\"’'", "”’\""}
	for _, s := range ss {
		got := marksIn(s)
		for _, set := range sets {
			var bits uint8
			for _, m := range marks {
				if strings.Contains(set, m.s) {
					bits |= m.bit
				}
			}
			if got&bits != 0 != strings.ContainsAny(s, set) {
				t.Errorf("marksIn(%q)&bits(%q) = %v, want %v", s, set, got&bits != 0, strings.ContainsAny(s, set))
			}
		}
		if got, want := trimRightSpace(s), strings.TrimRightFunc(s, unicode.IsSpace); got != want {
			t.Errorf("trimRightSpace(%q) = %q, want %q", s, got, want)
		}
		for _, set := range []string{",;:", ";:", ".!?\n"} {
			if got, want := hasByteOf(s, set), strings.ContainsAny(s, set); got != want {
				t.Errorf("hasByteOf(%q, %q) = %v, want %v", s, set, got, want)
			}
		}
	}
}

// TestIndefinite checks indefinite against the map it stands for.
func TestIndefinite(t *testing.T) {
	for _, w := range []string{"", "everyone", "everybody", "Everyone", "every", "everyones", "anyone"} {
		if got, want := indefinite(w), indefinites[w]; got != want {
			t.Errorf("indefinite(%q) = %v, want %v", w, got, want)
		}
	}
	if len(indefinites) != 2 {
		t.Errorf("indefinites holds %d words; indefinite compares 2", len(indefinites))
	}
}
