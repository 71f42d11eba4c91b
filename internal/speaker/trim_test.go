package speaker

import (
	"strings"
	"testing"
)

// TestTrims holds trimNoteTail and trimEndMarks to the strings.TrimRight
// calls they stand for.
func TestTrims(t *testing.T) {
	for _, s := range []string{
		"", "a", "[4]", "October.[4]", "x[12,–3", "x–", "–", "x-–-,9", "é9", "x\xe2\x80", "x\x93",
		"Yes.", "Yes!?", "Wait…", "Wait….", "x…!", "…", "x\xa6", "ok?\xe2", "no. ", "a…b",
	} {
		if got, want := trimNoteTail(s), strings.TrimRight(s, "0123456789,–-"); got != want {
			t.Errorf("trimNoteTail(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimEndMarks(s), strings.TrimRight(s, ".!?…"); got != want {
			t.Errorf("trimEndMarks(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzTrims(f *testing.F) {
	f.Add("October.[4]")
	f.Add("Wait….")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimNoteTail(s), strings.TrimRight(s, "0123456789,–-"); got != want {
			t.Errorf("trimNoteTail(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimEndMarks(s), strings.TrimRight(s, ".!?…"); got != want {
			t.Errorf("trimEndMarks(%q) = %q, want %q", s, got, want)
		}
	})
}
