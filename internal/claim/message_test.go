package claim

import (
	"math/rand"
	"testing"
)

// TestUnsupportedMessage holds the table of messages to the message
// made for each worth, rounded as worth rounds it or not.
func TestUnsupportedMessage(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 20000; n++ {
		x := rng.Float64()*1.2 - 0.1
		if n%2 == 0 {
			x = float64(int(x*100+0.5)) / 100
		}
		if got, want := unsupportedMessage(x), unsupportedText(x); got != want {
			t.Fatalf("%v: %q, want %q", x, got, want)
		}
	}
}
