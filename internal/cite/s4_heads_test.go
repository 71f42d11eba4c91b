package cite

import (
	"strings"
	"testing"
)

// TestMayBeHead holds mayBeHead to what it stands for: no line it turns
// away lower-cases to a heading.
func TestMayBeHead(t *testing.T) {
	for _, set := range []map[string]bool{noteHeads, refHeads} {
		for h := range set {
			for _, line := range []string{h, strings.ToUpper(h), strings.ToUpper(h[:1]) + h[1:]} {
				if !mayBeHead(line) {
					t.Errorf("mayBeHead(%q) = false", line)
				}
			}
		}
	}
	if mayBeHead("The Ferry Strike That Never Was") {
		t.Error("an ASCII title longer than every heading may be one")
	}
	// The kelvin sign lower-cases to one byte from three: the line is
	// longer than it will be.
	if long := strings.Repeat("\u212a", longestHead); !mayBeHead(long) {
		t.Errorf("mayBeHead(%q) = false", long)
	}
}
