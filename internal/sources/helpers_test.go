package sources

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/cite"
	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/quote"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// build runs the real pipeline before this stage, then Detect.
func build(t testing.TB, name string, raw []byte) *doc.Document {
	t.Helper()
	d, err := source.LoadBytes(context.Background(), name, raw, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	segment.Run(d)
	quote.Detect(d)
	cite.Detect(d)
	Detect(d)
	return d
}

func loadFile(t testing.TB, path string) *doc.Document {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return build(t, path, raw)
}

// checkSources checks the span invariants of d.Sources.
func checkSources(t testing.TB, d *doc.Document) {
	t.Helper()
	testutil.CheckSpans(t, d)
	for i, s := range d.Sources {
		if s.Name == "" || len(s.Mentions) == 0 {
			t.Errorf("source %d %q: no name or no mentions", i, s.Name)
		}
		for k, m := range s.Mentions {
			if !doc.ValidSpan(d.Text, m) || m.Len() == 0 {
				t.Errorf("source %q mention %d: bad span %v", s.Name, k, m)
			}
			if k > 0 && s.Mentions[k-1].Start > m.Start {
				t.Errorf("source %q: mentions not sorted", s.Name)
			}
		}
		if i > 0 && d.Sources[i-1].Mentions[0].Start > s.Mentions[0].Start {
			t.Errorf("sources not ordered by first mention")
		}
	}
}

func dump(d *doc.Document) string {
	var b strings.Builder
	for _, s := range d.Sources {
		var ms []string
		for _, m := range s.Mentions {
			ms = append(ms, d.Slice(m))
		}
		fmt.Fprintf(&b, "%s | %s | %s | vague=%v | %q\n", s.Name, s.Type, s.Class, s.Vague, ms)
	}
	return b.String()
}

func find(d *doc.Document, name string) *doc.Source {
	for i := range d.Sources {
		if strings.EqualFold(d.Sources[i].Name, name) {
			return &d.Sources[i]
		}
	}
	return nil
}
