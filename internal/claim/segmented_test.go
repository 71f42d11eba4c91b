package claim

import (
	"context"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
)

// segmented loads plain text and splits it into sentences and words,
// all that the stage's reader needs, for tests that read it alone.
func segmented(t testing.TB, text string) *doc.Document {
	t.Helper()
	d, err := source.LoadBytes(context.Background(), "t.txt", []byte(text), source.Options{Format: doc.FormatText})
	if err != nil {
		t.Fatal(err)
	}
	segment.Run(d)
	return d
}
