package speaker

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestWindowHeld reads stretches of a text several windows long by every
// slot of scratch, in an order that goes forward, back a little and far
// ahead, as the stage's readers do, with some stretches that cut words
// and some too long for a window. Each slot's stretch must be what
// tokenize gives, and must stay so while the slot holds it: until the
// same slot is asked again, whatever the other slots read meanwhile
// (the windows they make, the toks they make again).
func TestWindowHeld(t *testing.T) {
	sentence := "Mr. SMITH told Khrushchev’s men in São Paulo: “Forty-six—no,” über-cool naïve café’s L.M. x-ray 3.5 ok. "
	text := strings.Repeat(sentence, 3*windowToks/20)
	ix := newTokIndex(text, "")
	if len(ix.all) < 2*windowToks {
		t.Fatalf("the text has %d tokens, fewer than two windows", len(ix.all))
	}
	rng := rand.New(rand.NewSource(1))
	var held [scratchSlots][]tok
	var want [scratchSlots][]tok
	at := 0
	for n := 0; n < 4000; n++ {
		switch r := rng.Intn(20); {
		case r == 0:
			at = rng.Intn(len(text)) // far, either way
		case r < 5:
			at = max(0, at-rng.Intn(2000)) // back a little
		default:
			at += rng.Intn(300)
		}
		at = min(at, len(text)-1)
		size := 1 + rng.Intn(400)
		if rng.Intn(50) == 0 {
			size = 8 * windowToks // too long for a window
		}
		slot := rng.Intn(scratchSlots)
		lo, hi := at, min(len(text), at+size)
		held[slot] = ix.scratch(slot, lo, hi)
		want[slot] = tokenize(text, lo, hi)
		if cap(held[slot]) != len(held[slot]) {
			t.Fatalf("scratch(%d, %d, %d): cap %d, len %d", slot, lo, hi, cap(held[slot]), len(held[slot]))
		}
		for s := range held {
			if len(held[s]) == 0 && len(want[s]) == 0 {
				continue
			}
			if !reflect.DeepEqual(held[s], want[s]) {
				t.Fatalf("after %d reads (the last by slot %d, %d:%d): slot %d holds %v, want %v", n+1, slot, lo, hi, s, held[s], want[s])
			}
		}
	}
	// The windows made: at most one more than the slots.
	if k := len(ix.spare) + 1; k > scratchSlots+1 {
		t.Fatalf("%d windows", k)
	}
}
