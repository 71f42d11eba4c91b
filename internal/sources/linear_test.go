package sources

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/hearsay-project/hearsay/internal/cite"
	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/quote"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// namesText is n sentences, each naming an organisation and a person no
// other sentence names: every name makes a cluster of its own.
func namesText(n int) []byte {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "The %s Harbour Council said the ferry ran. %s %s told reporters it had.\n\n",
			testutil.Coined(i), testutil.Coined(i+7), testutil.Coined(3*i+1))
	}
	return []byte(b.String())
}

// prepare runs the stages before this one over text.
func prepare(t *testing.T, text []byte) *doc.Document {
	t.Helper()
	d, err := source.LoadBytes(context.Background(), "linear.txt", text, source.Options{MaxSize: 1 << 30})
	if err != nil {
		t.Fatal(err)
	}
	segment.Run(d)
	quote.Detect(d)
	cite.Detect(d)
	return d
}

// TestLinear checks that the stage's time grows linearly with a text of
// many different names (people and organisations, each its own cluster):
// eight times the text may take at most twenty-four times as long, where
// time quadratic in the number of names would take sixty-four.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	const n = 1500
	small, large := prepare(t, namesText(n)), prepare(t, namesText(8*n))
	Detect(small)
	if len(small.Sources) < n {
		t.Fatalf("%d sources in %d sentences naming two each", len(small.Sources), n)
	}
	testutil.Linear(t, "the names", func() time.Duration { return testutil.LeastCPU(3, nil, func() { Detect(small) }) }, func() time.Duration { return testutil.LeastCPU(3, nil, func() { Detect(large) }) })
}
