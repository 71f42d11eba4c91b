package markdown

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestHostile loads inputs that nest deeply or make goldmark slow, each
// within seconds, without breaking a span, and with the diagnostic
// expected.
func TestHostile(t *testing.T) {
	indented := func(depth int) string {
		var b strings.Builder
		for i := range depth {
			b.WriteString(strings.Repeat("  ", i) + "- x\n")
		}
		return b.String()
	}
	manyNotes := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "[^n%d]: note\n", i)
		}
		for i := range n {
			fmt.Fprintf(&b, "x[^n%d] ", i)
		}
		return b.String()
	}
	for _, c := range []struct {
		name, src string
		code      doc.Code // the diagnostic expected, if any
	}{
		{">", strings.Repeat(">", 100_000), doc.CodeTooDeep},
		{"> ", strings.Repeat("> ", 100_000) + "x", doc.CodeTooDeep},
		{"- ", strings.Repeat("- ", 50_000) + "x", doc.CodeTooDeep},
		{"1. ", strings.Repeat("1. ", 50_000) + "x", doc.CodeTooDeep},
		{"[^a]: ", strings.Repeat("[^a]: ", 50_000), doc.CodeTooDeep},
		{"indented lists", indented(1000), doc.CodeTooDeep},
		{"deep quotes, many lines", strings.Repeat(strings.Repeat("> ", maxNesting/2)+"x\n", 20_000), ""},
		{"deep list, long indent", indented(maxNesting/2-1) + strings.Repeat(" ", 1<<20) + "x\n", ""},
		{"deep list, blank lines", indented(maxNesting/2-1) + strings.Repeat("\n", 1<<20) + "  x\n", doc.CodeTooDeep},
		{"[", strings.Repeat("[", 100_000), doc.CodeMarkupDropped},
		{"[a](b)", strings.Repeat("[", 100_000) + "a" + strings.Repeat("](b)", 100_000), doc.CodeMarkupDropped},
		{"![", strings.Repeat("![", 100_000) + "a" + strings.Repeat("](b)", 100_000), doc.CodeMarkupDropped},
		{"[a](", "# T\n\n" + strings.Repeat("[a](", 100_000), doc.CodeMarkupDropped},
		{"[a](<", strings.Repeat("[a](<", 100_000), doc.CodeMarkupDropped},
		{"[ x ]", strings.Repeat("[", 100_000) + "x" + strings.Repeat("]", 100_000), doc.CodeMarkupDropped},
		{"[a]( below the limit", strings.Repeat("[a](", maxBrackets), ""},
		{"*", strings.Repeat("*", 100_000) + "a" + strings.Repeat("*", 100_000), doc.CodeTooDeep},
		{"*a", strings.Repeat("*a ", 100_000) + strings.Repeat(" b*", 100_000), doc.CodeTooDeep},
		{"<q>", strings.Repeat("<q>", 100_000), doc.CodeTooDeep},
		{"`", strings.Repeat("`", 100_000), ""},
		{"link definitions", strings.Repeat("[a]: b\n", 100_000) + "[a]", doc.CodeMarkupDropped},
		{"escaped pipes", "|a|b|\n|-|-|\n" + strings.Repeat("|`x\\|y`|y|\n", 100_000), doc.CodeMarkupDropped},
		{"footnotes", manyNotes(20_000), ""},
		{"bare urls", strings.Repeat("www.a.b ", 100_000), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			start := testutil.CPUTime()
			d := load(t, c.src)
			elapsed := (testutil.CPUTime() - start)
			t.Logf("%d bytes in %v", len(c.src), elapsed)
			if elapsed > testutil.TimeLimit(10*time.Second) {
				t.Errorf("took %v", elapsed)
			}
			checkRaw(t, d, []byte(c.src))
			var codes []doc.Code
			for _, g := range d.Diagnostics {
				codes = append(codes, g.Code)
			}
			if c.code == "" && len(codes) > 0 || c.code != "" && (len(codes) != 1 || codes[0] != c.code) {
				t.Errorf("diagnostics %v, want %q", d.Diagnostics, c.code)
			}
		})
	}
}

// TestLarge loads 1 and 10 MB of ordinary Markdown, to show time linear
// in size.
func TestLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	essay, err := os.ReadFile(essayPath)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := frontMatter(essay)
	var sizes []int
	var times []time.Duration
	for _, size := range []int{1 << 20, 10 << 20} {
		var b bytes.Buffer
		for i := 0; b.Len() < size; i++ {
			// Number the notes so that each copy has its own.
			fmt.Fprintf(&b, "%s\n", bytes.ReplaceAll(essay[body:], []byte("[^"), fmt.Appendf(nil, "[^%d-", i)))
		}
		start := testutil.CPUTime()
		d := load(t, b.String())
		times = append(times, (testutil.CPUTime() - start))
		sizes = append(sizes, b.Len())
		refs, defs := countNotes(d)
		if refs != defs || refs == 0 {
			t.Errorf("%d references, %d definitions", refs, defs)
		}
	}
	t.Logf("%d bytes in %v; %d bytes in %v", sizes[0], times[0], sizes[1], times[1])
	if times[1] > 30*times[0]+time.Second {
		t.Errorf("10 times the input took %.0f times as long", float64(times[1])/float64(times[0]))
	}
}
