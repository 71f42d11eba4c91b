package support_test

import (
	"context"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/pipeline"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

func analyze(t *testing.T, name, text string) *doc.Document {
	t.Helper()
	d, err := source.LoadBytes(context.Background(), name, []byte(text), source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := pipeline.Run(context.Background(), d, pipeline.Default()); err != nil {
		t.Fatal(err)
	}
	return d
}

// cited returns, for each quotation's words, the markers of its citations.
func cited(d *doc.Document) map[string][]string {
	m := map[string][]string{}
	for _, q := range d.Quotes {
		for _, c := range q.Citations {
			m[q.Words(d.Text)] = append(m[q.Words(d.Text)], d.Slice(d.Citations[c].Span))
		}
	}
	return m
}

func TestLink(t *testing.T) {
	d := analyze(t, "a.txt", "She said, “‘Nothing,’ he told me, ‘is lost.’”[1] Then she left.[2]\n\n"+
		"“Second,” he wrote in his memoir (Pell 1958). A ‘scare’ term.\n\n[1] A note.\n[2] Another.\n\nReferences\n\nPell, A. (1958). Tide and Timetable.")
	got := cited(d)
	if m := got["‘Nothing,’ he told me, ‘is lost.’"]; len(m) != 1 || m[0] != "[1]" {
		t.Errorf("outer quotation: %v (all: %v)", m, got)
	}
	if m := got["Nothing, … is lost."]; len(m) != 0 {
		t.Errorf("inner quotation took %v", m)
	}
	if m := got["Second,"]; len(m) != 1 || m[0] != "(Pell 1958)" {
		t.Errorf("author-year: %v (all: %v)", m, got)
	}
	for words, m := range got {
		for _, c := range m {
			if c == "[2]" {
				t.Errorf("[2], after a later sentence, went to %q", words)
			}
		}
	}
	var sentences []string
	for _, s := range d.Sentences {
		for _, c := range s.Citations {
			sentences = append(sentences, d.Slice(d.Citations[c].Span))
		}
	}
	if len(sentences) != 3 || sentences[0] != "[1]" || sentences[1] != "[2]" || sentences[2] != "(Pell 1958)" {
		t.Errorf("citations of sentences: %v", sentences)
	}
	d = analyze(t, "a.html", `<p>He called it <q>a <a href="https://example.org/r">grand</a> plan</q> in 1931.</p>`)
	if m := cited(d)["a grand plan"]; len(m) != 1 || m[0] != "grand" {
		t.Errorf("link on the words: %v", cited(d))
	}
	d = analyze(t, "b.html", `<blockquote cite="https://example.org/letter"><p>We stayed.</p><footer>— a reader</footer></blockquote>`)
	if q := d.Quotes; len(q) != 1 || len(q[0].Citations) != 1 || d.Citations[q[0].Citations[0]].URL != "https://example.org/letter" {
		t.Errorf("blockquote cite: %+v %+v", d.Quotes, d.Citations)
	}
}

// TestEssay checks the example: [A], [B] and [C] back the
// quotations they follow.
func TestEssay(t *testing.T) {
	path := testutil.SharedData(t, "seed", "khrushchev-essay.txt")
	raw := testutil.ReadFile(t, path)
	d := analyze(t, path, raw)
	var markers []string
	for _, q := range d.Quotes {
		for _, c := range q.Citations {
			markers = append(markers, d.Slice(d.Citations[c].Span))
		}
	}
	if len(markers) != 3 || markers[0] != "[A]" || markers[1] != "[B]" || markers[2] != "[C]" {
		t.Errorf("markers on quotations: %v", markers)
	}
}
