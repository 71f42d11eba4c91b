package claim_test

import (
	"bytes"
	"os"
	"testing"
)

// BenchmarkX2Ferry times the claim stage over 200 KB of the team's
// example article: a short input for counting instructions under
// cachegrind, whose preparation by the stages before is cheap.
func BenchmarkX2Ferry(b *testing.B) {
	one, err := os.ReadFile("../../examples/ferry-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	benchClaims(b, bytes.Repeat(append(one, "\n\n"...), 200<<10/len(one)))
}
