package sources

import (
	"fmt"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// patronymicText is namesText with, in each of its n paragraphs, a
// person named by a given name and a patronymic ("Bamosha Tulevich") no
// other paragraph names: every one of them is a patronymic candidate
// that makes a cluster of its own, among some 3n clusters.
func patronymicText(n int) []byte {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "The %s Harbour Council said the ferry ran. %s %s told reporters it had. %ssha %sovich said so too.\n\n",
			testutil.Coined(i), testutil.Coined(i+7), testutil.Coined(3*i+1),
			testutil.Coined(i), testutil.Coined(5*i+2))
	}
	return []byte(b.String())
}

// surnameText is n paragraphs, each naming a person of one surname
// and a given name no other paragraph names: n clusters of one surname.
func surnameText(n int) []byte {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%s Harbourson told reporters it had.\n\n", testutil.Coined(i))
	}
	return []byte(b.String())
}

// linearIn is TestLinear for the texts text(n) and text(8n): it fails
// when the stage takes more than twenty-four times as long on the
// second. sources, when not nil, says how many sources of those it
// looks for the first text has, which must be at least n, so that the
// text asks what it is meant to.
func linearIn(t *testing.T, text func(int) []byte, sources func([]doc.Source) int) {
	t.Helper()
	if testing.Short() {
		t.Skip("timing")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	const n = 1500
	small, large := prepare(t, text(n)), prepare(t, text(8*n))
	Detect(small)
	if sources != nil {
		if k := sources(small.Sources); k < n {
			t.Fatalf("%d of the sources sought in %d paragraphs naming one each", k, n)
		}
	}
	testutil.Linear(t, "the names", func() time.Duration { return testutil.LeastCPU(3, nil, func() { Detect(small) }) }, func() time.Duration { return testutil.LeastCPU(3, nil, func() { Detect(large) }) })
}

// countNames returns a counter of the sources whose name ends in suffix.
func countNames(suffix string) func([]doc.Source) int {
	return func(ss []doc.Source) int {
		k := 0
		for _, s := range ss {
			if strings.HasSuffix(s.Name, suffix) {
				k++
			}
		}
		return k
	}
}

// TestLinearPatronymic is TestLinear for a text of many patronymic
// names among many clusters: each patronymic candidate is matched by
// its given name against the clusters made before it, which must not
// mean reading all of them (2.5 s for 8× the names, 23 ms for 1×, when
// it did).
func TestLinearPatronymic(t *testing.T) {
	linearIn(t, patronymicText, countNames("ovich"))
}

// TestLinearSurname is TestLinear for a text of many people of one
// surname: each candidate is matched by its given name against the
// clusters of its surname, which must not mean reading all of them
// (835 ms for 8× the names, 15 ms for 1×, when it did).
func TestLinearSurname(t *testing.T) {
	linearIn(t, surnameText, countNames(" Harbourson"))
}
