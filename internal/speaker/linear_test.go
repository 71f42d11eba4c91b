package speaker

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/quote"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// speechText is n paragraphs, each with a person no other names, a
// direct quotation, a reported clause, a pronoun and an inverted cue
// with the source's affiliation after it: every rule of the stage has
// work in each.
func speechText(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "“The %s ferry will run on Monday,” said %s %s, a spokesman for the %s council. "+
			"He told reporters that the strike had ended; officials said it was over. "+
			"The vote is close, said one source on the %s Committee.\n\n",
			testutil.Coined(i+3), testutil.Coined(i), testutil.Coined(5*i+1), testutil.Coined(7*i+2), testutil.Coined(3*i+4))
	}
	return b.String()
}

// ready loads text and runs the stages before this one.
func ready(t *testing.T, text string) *doc.Document {
	t.Helper()
	d, err := source.LoadBytes(context.Background(), "linear.txt", []byte(text), source.Options{MaxSize: 1 << 30})
	if err != nil {
		t.Fatal(err)
	}
	segment.Run(d)
	quote.Detect(d)
	return d
}

// leastCPU returns the least CPU time of three runs of Attribute over
// text, each on a freshly prepared document.
func leastCPU(t *testing.T, text string) time.Duration {
	var d *doc.Document
	return testutil.LeastCPU(3, func() { d = ready(t, text) }, func() { Attribute(d) })
}

// checkLinear checks that the stage's time over build(8*n) stays within
// testutil.Linear's bound of its time over build(n), with the collector
// off; the one body of every linear-time test of this package.
func checkLinear(t *testing.T, what string, build func(n int) string, n int) {
	t.Helper()
	if testing.Short() {
		t.Skip("timing")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	small, large := build(n), build(8*n)
	testutil.Linear(t, what, func() time.Duration { return leastCPU(t, small) }, func() time.Duration { return leastCPU(t, large) })
}

// TestLinear checks that the stage's time grows linearly with the text:
// eight times the text may take at most twenty-four times as long, where
// time quadratic in its sentences, names or tokens would take sixty-four.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	const n = 400
	small, large := speechText(n), speechText(8*n)
	d := ready(t, small)
	Attribute(d)
	said := 0
	for _, q := range d.Quotes {
		if q.Speaker.Name != "" {
			said++
		}
	}
	if said < n {
		t.Fatalf("%d quotations with a speaker in %d paragraphs", said, n)
	}
	testutil.Linear(t, "the text", func() time.Duration { return leastCPU(t, small) }, func() time.Duration { return leastCPU(t, large) })
}
