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

func TestFieldsUpTo(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "a b", "a\tb\nc", "a\u00a0b", "a\u2003b c", "\xffa \xfe", "a\u0085b",
		"one two three four five six seven eight nine ten eleven twelve", "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"} {
		want := len(strings.Fields(s))
		for _, limit := range []int{0, 1, 2, 12} {
			w := min(want, limit+1)
			if got := fieldsUpTo(s, limit); got != w {
				t.Errorf("fieldsUpTo(%q, %d) = %d, want %d", s, limit, got, w)
			}
		}
	}
}

// nestedCitesPage is an HTML page of depth cite elements nested around
// a paragraph of 20·depth words.
func nestedCitesPage(depth int) []byte {
	var b strings.Builder
	b.WriteString("<html><body><p>")
	for range depth {
		b.WriteString("<cite>")
	}
	for i := range 20 * depth {
		fmt.Fprintf(&b, "%s ", testutil.Coined(i))
	}
	for range depth {
		b.WriteString("</cite>")
	}
	b.WriteString("</p></body></html>")
	return []byte(b.String())
}

// TestLinearNestedCites checks that elements nested around a whole text
// are not each read whole: 8× the depth, around 8× the text, may take
// at most twenty-four times as long (it took some 64 times when each
// element's text was normalised before its words were counted).
func TestLinearNestedCites(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	load := func(depth int) *doc.Document {
		d, err := source.LoadBytes(context.Background(), "nested.html", nestedCitesPage(depth), source.Options{MaxSize: 1 << 30})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Elements) < depth {
			t.Fatalf("%d elements on a page of %d nested", len(d.Elements), depth)
		}
		segment.Run(d)
		quote.Detect(d)
		cite.Detect(d)
		return d
	}
	const depth = 60
	small, large := load(depth), load(8*depth)
	testutil.Linear(t, "the depth and text", func() time.Duration { return testutil.LeastCPU(3, nil, func() { Detect(small) }) }, func() time.Duration { return testutil.LeastCPU(3, nil, func() { Detect(large) }) })
}
