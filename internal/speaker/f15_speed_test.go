package speaker

import (
	"strings"
	"testing"
	"unicode"
)

// f15SpeedNames are speakers' names and mentions for the differential
// tests of the helpers that f15's round reads every speaker with: ASCII
// and not, spaces of every kind, capitals, marks.
var f15SpeedNames = []string{
	"", " ", "a", "the", "the ", "The", "the young man", "The Young Man", "the  young man", " the young man",
	"the young man ", "the\tyoung\nman", "the young man.", "the young man,", "the old lady", "the young girl",
	"the Jew", "Jew", "the  Jew", "the Jew ", "The jew", "the American", "the plaque by the slipway",
	"Agnes R. Pell", "the company’s own ledgers", "the\u00a0young man", "the young\u2003man", "the fräulein",
	"the Émigré", "the old woman replied", "his wife", "her sister", "the other", "the  other", "The Other",
	"a voice", "One aunt", "another guest", "the author", "the narrator", "Miss Ruiz", "the doctor",
	"the young lad\u0085", "the Young Lady", "the young LADY.", "the old Woman!", "THE LADY", "the young \xffman", "the İnspector", "the young policeman\u2028", "\u00a0the lady", "the lady\u00a0", "x\xffy z", "the \xe2\x80 man", "the Jew\u00a0", "\u2003Jew", "Jew\u2003", "the\u3000Jew", "the the Jew", "a Jew", "Jew Jew", "Jew\xff", "the Dane\t",
	"the young woman", "the boy", "the lad ", "the youth\u00a0", "the old lass", "the girl\n", "the little boy.", "the madman", "the tomboy", "the fad", "the salad", "the ladys",
}

// TestF5SpaceIndex checks f5SpaceIndex and f5LastSpaceIndex against the
// strings functions they stand for.
func TestF5SpaceIndex(t *testing.T) {
	for _, s := range f15SpeedNames {
		if got, want := f5SpaceIndex(s), strings.IndexFunc(s, unicode.IsSpace); got != want {
			t.Errorf("f5SpaceIndex(%q) = %d, want %d", s, got, want)
		}
		if got, want := f5LastSpaceIndex(s), strings.LastIndexFunc(s, unicode.IsSpace); got != want {
			t.Errorf("f5LastSpaceIndex(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestF15Key checks f15Key against the strings it stands for.
func TestF15Key(t *testing.T) {
	for _, s := range f15SpeedNames {
		if got, want := f15Key(s), strings.ToLower(strings.Join(strings.Fields(s), " ")); got != want {
			t.Errorf("f15Key(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestF15Words checks f15Unresolved (which lower-cases only a name's
// last word), f15Demonym, f15MayDescribe and f15DescSex (which read a
// name's words without strings.Fields's slice) against the readings
// they replace.
func TestF15Words(t *testing.T) {
	demonym := func(name string) (string, bool) {
		w := strings.Fields(name)
		if len(w) == 2 && strings.EqualFold(w[0], "the") {
			w = w[1:]
		}
		if len(w) == 1 && f15Demonyms[w[0]] {
			return w[0], true
		}
		return "", false
	}
	descSex := func(name string) byte {
		if len(name) < 7 || !strings.EqualFold(name[:4], "the ") {
			return 0
		}
		w := strings.Fields(name)
		if len(w) > 4 {
			return 0
		}
		for _, x := range w[1:] {
			if x == "" || capital(x) {
				return 0
			}
		}
		if len(w) == 3 && w[1] == "young" && w[2] == "man" {
			return 'm'
		}
		return f15SexNouns[w[len(w)-1]]
	}
	unresolved := func(name string) bool {
		if len(name) < 6 || !strings.EqualFold(name[:4], "the ") || !f5Description(name) || f5Other(name) {
			return false
		}
		return f5Person(strings.ToLower(strings.TrimRightFunc(name, unicode.IsPunct)))
	}
	for _, s := range f15SpeedNames {
		if got, want := f15Unresolved(s), unresolved(s); got != want {
			t.Errorf("f15Unresolved(%q) = %v, want %v", s, got, want)
		}
		w, ok := f15Demonym(s)
		if ww, wok := demonym(s); ok != wok || ok && w != ww {
			t.Errorf("f15Demonym(%q) = %q, %v, want %q, %v", s, w, ok, ww, wok)
		}
		if got, want := f15MayDescribe(s), f15Unresolved(s) || ok; got != want {
			t.Errorf("f15MayDescribe(%q) = %v, want %v", s, got, want)
		}
		for _, k := range []string{"", "the jew", "the young man", f15Key(s)} {
			if f15Described(s, k) && !f15MayDescribe(s) {
				t.Errorf("f15Described(%q, %q) but not f15MayDescribe", s, k)
			}
		}
		if got, want := f15DescSex(s), descSex(s); got != want {
			t.Errorf("f15DescSex(%q) = %q, want %q", s, got, want)
		}
	}
}
