package sources

import (
	"fmt"
	"runtime/debug"
	"strings"
	"testing"
	"time"

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

// TestLinearPatronymic is TestLinear for a text of many patronymic
// names among many clusters: each patronymic candidate is matched by
// its given name against the clusters made before it, which must not
// mean reading all of them.
func TestLinearPatronymic(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	const n = 1500
	small, large := prepare(t, patronymicText(n)), prepare(t, patronymicText(8*n))
	Detect(small)
	pat := 0
	for _, s := range small.Sources {
		if strings.HasSuffix(s.Name, "ovich") {
			pat++
		}
	}
	if pat < n {
		t.Fatalf("%d patronymic sources in %d paragraphs naming one each", pat, n)
	}
	var ts, tl time.Duration
	for range 3 { // a busy machine can slow one measurement: a failure must repeat
		ts, tl = testutil.LeastCPU(3, nil, func() { Detect(small) }), testutil.LeastCPU(3, nil, func() { Detect(large) })
		if tl <= 24*ts+5*time.Millisecond {
			break
		}
	}
	t.Logf("%v for 8× the names, %v for 1×", tl, ts)
	if tl > 24*ts+5*time.Millisecond {
		t.Errorf("%v for 8× the names, %v for 1×", tl, ts)
	}
}
