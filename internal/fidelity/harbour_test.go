package fidelity_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay"
	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/fidelity"
)

// TestHarbour runs the whole analysis over an article written for this
// test (testdata/harbour/article.txt) against the two source texts it
// quotes: a speech in English and remarks in French that the article
// translates itself.
func TestHarbour(t *testing.T) {
	ctx := context.Background()
	c, err := fidelity.LoadDir(ctx, "testdata/harbour/sources")
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 2 {
		t.Fatalf("%d source texts, want 2", c.Len())
	}
	raw, err := os.ReadFile("testdata/harbour/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := hearsay.AnalyzeBytes(ctx, raw, hearsay.Options{Name: "article.txt", Sources: c, SourcesName: "the sources"})
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("testdata/harbour/sources/marsh-address.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		start   string // how the quoted words start
		verdict doc.Verdict
		passage string // the passage of marsh-address.txt; "" for none
		diff    string // the changes, for an altered quotation
	}{
		{"took two piers", doc.VerdictVerbatim, "took two piers and most of the east breakwater", ""},
		{"We will rebuild", doc.VerdictVerbatim, "We will rebuild the east breakwater before the autumn gales, and we will do it with stone from our own quarry", ""},
		{"The council has set aside", doc.VerdictElided, "The council has set aside four million pounds for the work, and not a penny of it will leave this county", ""},
		{"A town that can lose", doc.VerdictAltered, "A town that can lose two piers in a night and still land its catch by Friday is not a town in decline", "“a” → “one”"},
		{"Our neighbors", doc.VerdictVerbatim, "Our neighbours in Port Aldwick have offered their labour and their boats", ""},
		{"[t]heir generosity", doc.VerdictVerbatim, "Their generosity is a reminder that the sea does not care about parish boundaries", ""},
		{"Every family", doc.VerdictNotFound, "", ""},
		{"The sea unites us", doc.VerdictTranslated, "", ""},
	}
	k := 0
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Fidelity == nil {
			if q.Kind == doc.QuoteDirect || q.Kind == doc.QuoteMixed {
				t.Errorf("%q not checked", q.Words(d.Text))
			}
			continue
		}
		if k >= len(want) {
			t.Fatalf("unexpected checked quotation %q", q.Words(d.Text))
		}
		w, f := want[k], q.Fidelity
		k++
		words := q.Words(d.Text)
		if q.Kind == doc.QuoteMixed && len(q.Marks) >= 2 {
			words = d.Text[q.Marks[0].End:q.Marks[len(q.Marks)-1].Start] // the marked words the check aligns, not the clause around them
		}
		if !strings.HasPrefix(words, w.start) {
			t.Fatalf("quotation %d is %q, want one starting %q", k, words, w.start)
		}
		if f.Verdict != w.verdict {
			t.Errorf("%q: %s, want %s", w.start, f.Verdict, w.verdict)
		}
		if w.passage != "" {
			if f.Source != "marsh-address.txt" || string(src[f.Passage.Start:f.Passage.End]) != w.passage || f.Text != w.passage {
				t.Errorf("%q: passage %s %v %q, want %q", w.start, f.Source, f.Passage, f.Text, w.passage)
			}
		}
		if got := fidelity.DiffSummary(f.Diff); got != w.diff {
			t.Errorf("%q: diff %q, want %q", w.start, got, w.diff)
		}
	}
	if k != len(want) {
		t.Errorf("%d quotations checked, want %d", k, len(want))
	}
	codes := map[doc.FindingCode]int{}
	for _, f := range d.Findings {
		codes[f.Code]++
	}
	if codes[doc.FindQuoteAltered] != 1 || codes[doc.FindQuoteNotInSource] != 1 {
		t.Errorf("findings %v, want one quote-altered and one quote-not-found", codes)
	}
	var sources []doc.Resource
	for _, r := range d.Resources {
		if strings.HasPrefix(r.Name, "sources:") {
			sources = append(sources, r)
		}
	}
	if len(sources) != 1 || sources[0].Name != "sources:the sources" || !strings.HasPrefix(sources[0].Digest, "sha256:") {
		t.Errorf("source resources %v", sources)
	}
}

func TestLoadDirErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := fidelity.LoadDir(ctx, "testdata/none"); !os.IsNotExist(err) {
		t.Errorf("missing folder: %v", err)
	}
	if _, err := fidelity.LoadDir(ctx, "testdata/harbour/article.txt"); err == nil || !strings.Contains(err.Error(), "not a folder") {
		t.Errorf("file: %v", err)
	}
	empty := t.TempDir()
	os.WriteFile(empty+"/blob.bin", []byte("\x00\x01\x02binary\x00"), 0o644)
	_, err := fidelity.LoadDir(ctx, empty)
	if err == nil || !strings.Contains(err.Error(), "no readable source texts") {
		t.Errorf("folder of binaries: %v", err)
	}
}
