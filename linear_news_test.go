package hearsay_test

import (
	"bytes"
	"context"
	"runtime"
	"testing"

	"github.com/hearsay-project/hearsay"
)

// TestLinearOnNews guards the whole pipeline against a quadratic corner
// that the stages' own linear tests miss because their made-up texts
// lack the pattern that triggers it: real news (PolNeAR dev's texts)
// has every kind of sentence the rules read. Eight times the text may
// allocate at most twelve times as much, where work per rule firing
// over the whole text would allocate sixty-four times; the bytes
// allocated are steady from run to run where time on a shared machine
// is not. (A rule that tokenized the whole text for each inverted cue
// allocated 615 MB on 3 MB of news instead of 83 MB; this test fails
// on it.)
func TestLinearOnNews(t *testing.T) {
	if testing.Short() {
		t.Skip("3 MB through the pipeline")
	}
	one := newsTexts(t)
	allocated := func(raw []byte) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		if _, err := hearsay.AnalyzeBytes(context.Background(), raw, hearsay.Options{Format: hearsay.FormatText}); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	small, large := allocated(one), allocated(bytes.Repeat(one, 8))
	t.Logf("%d MB allocated for 8× the news, %d MB for 1×", large>>20, small>>20)
	if large > 12*small {
		t.Errorf("%d bytes allocated for 8× the news, %d for 1×: more than linear", large, small)
	}
}
