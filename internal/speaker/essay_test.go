package speaker

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/quote"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

func load(t *testing.T, path string) *doc.Document {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := source.LoadBytes(context.Background(), path, raw, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	segment.Run(d)
	quote.Detect(d)
	Attribute(d)
	return d
}

// TestEssay checks the speakers and chains of the development essay's
// speech quotations.
func TestEssay(t *testing.T) {
	d := load(t, testutil.SharedData(t, "seed", "khrushchev-essay.txt"))
	testutil.CheckSpans(t, d)
	want := []struct {
		start, name, cue, chainEnd string
	}{
		{"It is all too easy", "William Taubman", ":", "William Taubman"},
		{"In 1923,", "Khrushchev", "said", "Khrushchev’s memoirs → Khrushchev"},
		{"Alexander Bunn: ‘Dear", "Alexander Bunn", "", "Quora → Alexander Bunn"},
		{"Dear Mr. Williams.", "Alexander Bunn", ":", "Quora → Alexander Bunn"},
		{"I’ve been moving him up", "L.M. Kaganovich", "recalled", "Alexander Bunn → Russian Wikipedia → Alexander Bunn (translation) → L.M. Kaganovich’s memoirs → L.M. Kaganovich"},
		{"How is he now?", "Stalin", "asked", "L.M. Kaganovich → Stalin"},
		{"He is fighting the Trotskyists.", "L.M. Kaganovich", "said", "L.M. Kaganovich’s memoirs → L.M. Kaganovich"},
		{"you will speak", "Stalin", "", "L.M. Kaganovich → Stalin"},
		{"The extreme seriousness", "Declaration of Forty-six", "", "Declaration of Forty-six"},
		{"I have seen the future", "H. G. Wells", "said", "H. G. Wells"},
		{"simplified, primer-level Marxism", "William Taubman", "", "William Taubman"},
	}
	for _, w := range want {
		var q *doc.Quote
		for i := range d.Quotes {
			if strings.HasPrefix(d.Quotes[i].Words(d.Text), w.start) {
				q = &d.Quotes[i]
				break
			}
		}
		if q == nil {
			t.Errorf("no quotation %q", w.start)
			continue
		}
		chain := strings.Join(q.Chain, " → ")
		if q.Speaker.Name != w.name || d.Slice(q.Cue) != w.cue || !strings.HasSuffix(chain, w.chainEnd) {
			t.Errorf("%q: speaker %q (%q) cue %q chain %q\n want %q cue %q chain ending %q",
				w.start, q.Speaker.Name, d.Slice(q.Speaker.Mention), d.Slice(q.Cue), chain, w.name, w.cue, w.chainEnd)
		}
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind == doc.QuoteScare || q.Kind == doc.QuoteTitle {
			if q.Speaker.Name != "" || q.Chain != nil {
				t.Errorf("%s %q given speaker %q", q.Kind, q.Words(d.Text), q.Speaker.Name)
			}
		}
		t.Logf("%s %.30q: %q %q", q.Kind, q.Words(d.Text), q.Speaker.Name, strings.Join(q.Chain, " → "))
	}
}
