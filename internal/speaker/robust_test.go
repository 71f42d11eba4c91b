package speaker

import (
	"math/rand"
	"strings"
	"testing"
)

// TestRandomCueTexts runs the stage on short random texts made of the
// words its rules look for, and of the marks and punctuation around
// them, ending anywhere: a rule that reads the token after a cue without
// checking there is one panics here (as "see … as" at a text's end once
// did), where random bytes from the fuzzer rarely spell a cue.
func TestRandomCueTexts(t *testing.T) {
	words := strings.Fields(`said says told according to as per see saw
		the a an of that which who whom whose with without his her their its
		Ann Ortiz Ed Moss mayor officials critics he she they it I we
		not no yes so and but or , , . ; : — – ( ) “ ” ‘ ’ " ' ''
		claimed argued warned believes think thinks agrees asked urged
		seems appears criticism claim allegations accused was were has had
		being been would could went on yet forced saying adding noting
		appealing rule ruled appeals court calls called what how whether`)
	rng := rand.New(rand.NewSource(7))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := 1 + rng.Intn(14); k > 0; k-- {
			if b.Len() > 0 && rng.Intn(4) > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[rng.Intn(len(words))])
		}
		text := b.String()
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("%q: %v", text, r)
				}
			}()
			run(t, text)
		}()
	}
}
