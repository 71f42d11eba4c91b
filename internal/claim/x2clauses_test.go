package claim

import (
	"context"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
)

// TestClausesAt holds clausesAt, which finds a sentence's clauses at the
// semicolons and colons read saw, to clauses, which searches the gaps
// between its words, on every sentence of the example article and on
// random runs of words, marks (some in runs, some in the same gap, some
// first or last), citation markers and numbers with colons in them.
func TestClausesAt(t *testing.T) {
	var texts []string
	if b, err := os.ReadFile("../../examples/ferry-strike.txt"); err == nil {
		texts = append(texts, string(b))
	} else {
		t.Fatal(err)
	}
	words := []string{"the", "The", "plan", "works", "it", "Port", "Elsby", "said", "12", "10:30", "we’ll", "town’s",
		"would", "have", "failed", "but", "fact", "[1]", "[A: 2]", "(see", "note)", "officials"}
	gaps := []string{" ", " ", " ", ", ", "; ", ": ", " : ", ";; ", ":: ", " — ", " (", ") ", ";", ":"}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 3000 {
		var b strings.Builder
		if rng.IntN(8) == 0 {
			b.WriteString(": ")
		}
		for range 1 + rng.IntN(24) {
			if b.Len() > 0 {
				b.WriteString(gaps[rng.IntN(len(gaps))])
			}
			b.WriteString(words[rng.IntN(len(words))])
		}
		if rng.IntN(4) == 0 {
			b.WriteString(":")
		}
		b.WriteString(".")
		texts = append(texts, b.String())
	}
	checked := 0
	for _, text := range texts {
		d, err := source.LoadBytes(context.Background(), "t.txt", []byte(text), source.Options{Format: doc.FormatText})
		if err != nil {
			t.Fatal(err)
		}
		segment.Run(d)
		r := &reader{d: d}
		for si := range d.Sentences {
			if !r.read(si) {
				continue
			}
			var b1, b2 []int
			want := slices.Clone(clauses(d, r.ws, &b1))
			if !r.colon && want != nil {
				t.Fatalf("%q: clauses found clauses in a sentence read saw no mark in", d.Slice(d.Sentences[si].Span))
			}
			if got := clausesAt(r.ws, r.colons, &b2); !slices.Equal(got, want) {
				t.Fatalf("%q: clausesAt = %v, clauses %v", d.Slice(d.Sentences[si].Span), got, want)
			}
			if want != nil {
				checked++
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d sentences with clauses checked", checked)
	}
}
