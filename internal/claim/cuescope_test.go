package claim

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestCueScopes holds the scopes cues gives, found by walking from each
// cue to its clause's breaks, to those of marking the clause of every
// word of the sentence first, as cues did before: on random sentences
// of hedges, boosters, other words and the marks that break clauses.
func TestCueScopes(t *testing.T) {
	var cueWords []string
	for _, lx := range []lexicon{hedgeLex, boosterLex, formulaLex} {
		for _, ps := range lx {
			for _, p := range ps {
				cueWords = append(cueWords, p.text)
			}
		}
	}
	slices.Sort(cueWords)
	others := []string{"the", "plan", "but", "which", "it", "Port", "works", "12", "so", "we"}
	gaps := []string{" ", " ", " ", ", ", "; ", ": ", " - ", " (", ") ", " — ", ",  "}
	rng := rand.New(rand.NewPCG(5, 6))
	checked := 0
	for range 400 {
		var b strings.Builder
		for range 1 + rng.IntN(40) {
			if b.Len() > 0 {
				b.WriteString(gaps[rng.IntN(len(gaps))])
			}
			if rng.IntN(3) == 0 {
				w := cueWords[rng.IntN(len(cueWords))]
				b.WriteString(strings.NewReplacer("|", " ", "?", "").Replace(w))
			} else {
				b.WriteString(others[rng.IntN(len(others))])
			}
		}
		b.WriteString(".")
		d := segmented(t, b.String())
		r := &reader{d: d}
		for si := range d.Sentences {
			if !r.read(si) {
				continue
			}
			var c doc.Claim
			f := r.forms(0, len(r.ws))
			cues(d, r, f, r.sel, 0, &c)
			want := scopesByWord(d, r.ws)
			for _, cue := range append(slices.Clone(c.Hedges), c.Boosters...) {
				checked++
				i := slices.IndexFunc(r.ws, func(w word) bool { return int(w.Start) == cue.Start })
				last := slices.IndexFunc(r.ws, func(w word) bool { return int(w.End) == cue.End })
				from, to := i, want.end[last]
				if to == last {
					from = want.start[i]
				}
				if ws := (doc.Span{Start: int(r.ws[from].Start), End: int(r.ws[to].End)}); cue.Scope != ws {
					t.Fatalf("%q: cue %q has scope %q, want %q", d.Text, d.Slice(cue.Span), d.Slice(cue.Scope), d.Slice(ws))
				}
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d cues checked", checked)
	}
}

// clauseMarks are the first and last word of each word's clause.
type clauseMarks struct{ start, end []int }

// scopesByWord marks the clause of every word of ws, as cues did.
func scopesByWord(d *doc.Document, ws []word) clauseMarks {
	m := clauseMarks{make([]int, len(ws)), make([]int, len(ws))}
	for i := range ws {
		m.start[i] = i
		if i > 0 && !clauseBreak(d, ws, i) {
			m.start[i] = m.start[i-1]
		}
	}
	for i := len(ws) - 1; i >= 0; i-- {
		m.end[i] = i
		if i+1 < len(ws) && m.start[i+1] != i+1 {
			m.end[i] = m.end[i+1]
		}
	}
	return m
}
