package sources

import (
	"math/rand/v2"
	"testing"
)

// TestIndexesAgree checks surnameIndex and givenIndex against the
// readings of every cluster they replace, over random clusters of one
// surname whose given names change as clusterCands changes them (to a
// fuller name that agrees), with look-ups between the changes.
func TestIndexesAgree(t *testing.T) {
	givens := []string{"A", "A.", "Al", "Alan", "Ann", "A.B", "B", "B.", "Bo", "Bob", "Smith", "S.", "É", "É.", "Émile"}
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		var cs []*cluster
		x := newSurnameIndex(nil)
		g := newGivenIndex(nil)
		for step := range 300 {
			switch op := r.IntN(3); {
			case op == 0 || len(cs) == 0:
				c := &cluster{given: givens[r.IntN(len(givens))], surname: "Smith", idx: len(cs), org: r.IntN(8) == 0}
				cs = append(cs, c)
				if !c.org {
					x.add(c)
				}
				g.add(c)
			case op == 1:
				c := cs[r.IntN(len(cs))]
				w := givens[r.IntN(len(givens))]
				if c.org || c.given == c.surname || !agree(c.given, w) || !better(w, c.given) {
					continue
				}
				c.given = w
				x.add(c)
				g.add(c)
			default:
				w := givens[r.IntN(len(givens))]
				var people []*cluster
				var want *cluster
				for _, c := range cs {
					if !c.org {
						people = append(people, c)
						if c.given == w && c.given != c.surname {
							want = c
						}
					}
				}
				if got, want := x.last(w), lastAgreeing(people, w); got != want {
					t.Fatalf("round %d step %d: surnameIndex.last(%q) = %v, reading them all %v", round, step, w, got, want)
				}
				if got := g.last(w); got != want {
					t.Fatalf("round %d step %d: givenIndex.last(%q) = %v, reading them all %v", round, step, w, got, want)
				}
			}
		}
	}
}
