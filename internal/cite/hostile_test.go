package cite

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestHostile runs Detect over 256 KiB of each pattern that could
// make a scanner look at the same bytes again and again (brackets that
// never close, runs of stars or superscripts, a note on every line), in
// plain text and Markdown, and fails if one takes much longer than the
// same pattern a quarter the size, times four: time must be linear.
func TestHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	patterns := map[string]string{
		"open brackets":      "(",
		"unclosed citations": "(Taubman 2003 ",
		"citations":          "x (Smith and Jones 1999; Lee 2001) ",
		"caret labels":       "[^" + strings.Repeat("a", 60),
		"markers":            "[1]",
		"superscripts":       "word¹ ",
		"superscript run":    "¹",
		"star run":           "*",
		"note lines":         "[1] note\n",
		"symbol lines":       "* Note\n",
		"reference list":     "Taubman, W. (2003). Khrushchev. W. W. Norton.\n",
		"open titles":        "“Title, ",
	}
	for name, p := range patterns {
		for _, format := range []string{"f.txt", "f.md"} {
			// The fastest of three runs: a busy machine only slows runs down.
			small := min(detectTime(t, format, p, 1<<16), detectTime(t, format, p, 1<<16), detectTime(t, format, p, 1<<16))
			large := min(detectTime(t, format, p, 1<<18), detectTime(t, format, p, 1<<18), detectTime(t, format, p, 1<<18))
			t.Logf("%s %s: %v for 64 KiB, %v for 256 KiB", name, format, small, large)
			if large > 10*small+50*time.Millisecond {
				t.Errorf("%s %s: %v for 64 KiB but %v for 256 KiB: not linear", name, format, small, large)
			}
		}
	}
}

// detectTime builds n bytes of pattern p, prefixed with a "References"
// heading, loads it as name says and returns how long Detect takes.
func detectTime(t *testing.T, name, p string, n int) time.Duration {
	src := "References\n\n" + strings.Repeat(p, n/len(p))
	d, err := source.LoadBytes(context.Background(), name, []byte(src), source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	segment.Run(d)
	start := testutil.CPUTime()
	Detect(d)
	el := (testutil.CPUTime() - start)
	checkInvariants(t, d)
	return el
}

// BenchmarkDetect measures the stage alone over the development pages
// with the most notes.
func BenchmarkDetect(b *testing.B) {
	dir := testutil.SharedData(b, "footnotes")
	for _, name := range []string{"wikipedia--new-zealand--readability.html", "wikipedia--mozilla--readability.html"} {
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			b.Fatal(err)
		}
		d, err := source.LoadBytes(context.Background(), name, raw, source.Options{})
		if err != nil {
			b.Fatal(err)
		}
		segment.Run(d)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(d.Text)))
			for b.Loop() {
				d.Findings = d.Findings[:0]
				Detect(d)
			}
		})
	}
}
