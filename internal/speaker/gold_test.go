package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/eval"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestGold reports speaker accuracy on the development gold sets (run
// with -v to see it); it fails only if the stage breaks a span.
func TestGold(t *testing.T) {
	for _, name := range []string{"pdnc_sample.jsonl", "polnear_dev.jsonl"} {
		gold := speakerGold(t, testutil.SharedData(t, "quotes", name))
		sc := eval.ScoreSpeakers(gold, func(text string) *doc.Document {
			d := run(t, text)
			for _, q := range d.Quotes {
				if !doc.ValidSpan(d.Text, q.Speaker.Mention) || !doc.ValidSpan(d.Text, q.Cue) {
					t.Errorf("invalid speaker or cue span %+v", q)
				}
			}
			return d
		})
		t.Logf("%s: %v", name, sc)
	}
}
