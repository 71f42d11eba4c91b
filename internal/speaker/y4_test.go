package speaker

import (
	"strings"
	"testing"
)

// TestY4Gates holds the cheap first tests that the indirect reader asks
// before its readers (y4 round) to the lists they stand for: a gate
// that let fewer words through than its reader reads would change the
// output.
func TestY4Gates(t *testing.T) {
	for w := range openingSubordinators {
		if !subordinators[w] {
			t.Errorf("clauseStart asks isSubordinator before openingSubordinators, which holds %q", w)
		}
	}
	for w := range frontOpeners {
		if !subordinators[w] && w != "once" {
			t.Errorf("frontedEnd asks isSubordinator or \"once\" before frontOpeners, which holds %q", w)
		}
	}
	for f, b := range formBases {
		if b == "rule" && !strings.HasPrefix(f, "rul") {
			t.Errorf("decisionPassive asks the prefix \"rul\" first; %q is a form of rule", f)
		}
	}
	for w := range planHeads {
		if classOf(lexOf(w))&isStance == 0 {
			t.Errorf("attributions asks isStance before the plan readers; plan head %q has no such bit", w)
		}
	}
	// evidenceHead, one set, against the three lookups it stands for.
	words := []string{"", "s", "ss", "poll", "polls", "pollss", "study", "studys", "zebra"}
	for w := range carriers {
		words = append(words, w, w+"s", w+"ss", strings.TrimSuffix(w, "s"))
	}
	for w := range nonreportLists["inquiry"] {
		words = append(words, w, w+"s")
	}
	for _, w := range words {
		want := carriers[w] || carriers[strings.TrimSuffix(w, "s")] || nonreportLists["inquiry"][w]
		if got := evidenceHead(w); got != want {
			t.Errorf("evidenceHead(%q) = %v, want %v", w, got, want)
		}
	}
}

// lastDashWalk is lastDash as it was: a walk back over every byte.
func lastDashWalk(s string) int {
	for e := len(s); e > 0; e-- {
		if b := s[e-1]; !(b == ' ' && e >= 2 && s[e-2] == '-' || b >= 0x93 && b <= 0x95 && e >= 3 && s[e-3] == 0xE2 && s[e-2] == 0x80) {
			continue
		}
		if dashEnds(s[:e]) {
			return e
		}
	}
	return -1
}

// TestY4LastDash holds lastDash, which finds its dashes by byte
// search, to the walk it replaced.
func TestY4LastDash(t *testing.T) {
	parts := []string{"", " ", "-", "--", " -", " - ", " -- ", "—", "–", "―", "’", "a", "Ed", "x-y", "\xe2", "\xe2\x80", "\x93", " —", "— "}
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				s := a + b + c
				if got, want := lastDash(s), lastDashWalk(s); got != want {
					t.Errorf("lastDash(%q) = %d, want %d", s, got, want)
				}
			}
		}
	}
}

// TestY4ContentTrim holds contentEnd's byte sets to the searches they
// replace, for every byte.
func TestY4ContentTrim(t *testing.T) {
	for b := range 256 {
		if got, want := contentTrim[b], strings.ContainsRune(" \t\n,;:—–-“‘\"", rune(byte(b))); got != want {
			t.Errorf("contentTrim[%#x] = %v, want %v", b, got, want)
		}
		if got, want := openSpace[b], strings.ContainsRune(" \t\n(", rune(byte(b))); got != want {
			t.Errorf("openSpace[%#x] = %v, want %v", b, got, want)
		}
	}
}
