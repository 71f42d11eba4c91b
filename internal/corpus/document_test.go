package corpus

import (
	"context"
	"errors"
	"testing"
)

func TestDocument(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	writeFiles(t, dir, conflictFiles)
	for name, s := range stores(t) {
		t.Run(name, func(t *testing.T) {
			if _, err := s.Ingest(ctx, []string{dir}, Options{Workers: 1}); err != nil {
				t.Fatal(err)
			}
			hits, err := s.QuotesBySpeaker(ctx, "Carl Jensen", 0)
			if err != nil || len(hits) != 1 {
				t.Fatalf("QuotesBySpeaker: %v %+v", err, hits)
			}
			h := hits[0]
			d, err := s.Document(ctx, h.Doc.ID)
			if err != nil {
				t.Fatal(err)
			}
			if d.DocRef != h.Doc || d.Format != "markdown" || d.Error != "" || d.Quotes != 2 {
				t.Errorf("Document(%d) = %+v, want the ref %+v, markdown, 2 quotes", h.Doc.ID, d, h.Doc)
			}
			// The stored text is what the quotation's span indexes.
			if got := d.Text[h.Start:h.End]; got != "\u201cThe budget is not a wish list,\u201d" {
				t.Errorf("text[%d:%d] = %q", h.Start, h.End, got)
			}
			if _, err := s.Document(ctx, 999999); !errors.Is(err, ErrNoDocument) {
				t.Errorf("Document(999999) err = %v, want ErrNoDocument", err)
			}
		})
	}
}
