package cite

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
)

// load runs the real path on src: the loader for the format the name
// says, segmentation, then Detect.
func load(t testing.TB, name, src string) *doc.Document {
	t.Helper()
	d, err := source.LoadBytes(context.Background(), name, []byte(src), source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	segment.Run(d)
	Detect(d)
	return d
}

// loadFile is load for a file.
func loadFile(t testing.TB, path string) *doc.Document {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return load(t, path, string(b))
}

// cites renders each citation of d on one line: kind, status, the text
// of its span, the span, marker, target and repeat.
func cites(d *doc.Document) []string {
	var out []string
	for _, c := range d.Citations {
		line := fmt.Sprintf("%s %s %q %d-%d m=%s t=%d r=%d", c.Kind, c.Status, d.Slice(c.Span), c.Start, c.End, c.Marker, c.Target, c.Repeat)
		if c.URL != "" {
			line += " " + c.URL
		}
		out = append(out, line)
	}
	return out
}

// expectCitations loads src under name and checks its citations.
func expectCitations(t *testing.T, name, src string, want ...string) *doc.Document {
	t.Helper()
	d := load(t, name, src)
	got := cites(d)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s %q:\n got:\n\t%s\nwant:\n\t%s", name, src, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
	return d
}
