package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay"
)

func TestEvalQuotes(t *testing.T) {
	gold := filepath.Join(t.TempDir(), "gold.jsonl")
	// Code-point offsets: the first gold span is “Yes.” including its marks.
	line := `{"id":"a","text":"“Yes.” She left. “No.”","quotes":[{"start":0,"end":6},{"start":17,"end":22}]}` + "\n"
	if err := os.WriteFile(gold, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "", "eval", "quotes", "--gold", gold)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"1 texts", "content spans: 2 gold, 2 found: exact P 1.000 R 1.000 F1 1.000", "quotations:    2 gold, 2 found"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestEvalReadsAsAnalyze checks that "hearsay eval speakers" and "eval
// quotes" score what "hearsay analyze" gives: the quotations and their
// speakers' mentions that attributeSpeakers reads from a gold text
// (plain text, paragraphs, no loader) are those AnalyzeBytes reads from
// the same bytes as a file, on every article of testdata/newsprobe.
// The loader takes a text's first line for its title; a quotation that
// opens a headline was once given a speaker by the one and not the
// other.
func TestEvalReadsAsAnalyze(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "newsprobe", "gold_*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no newsprobe sets: %v", err)
	}
	type key struct{ s, e, ms, me int }
	texts, quotes := 0, 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.SplitSeq(strings.TrimSpace(string(raw)), "\n") {
			var g struct{ ID, Text string }
			if err := json.Unmarshal([]byte(line), &g); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			texts++
			want := map[key]bool{}
			for _, q := range attributeSpeakers(g.Text).Quotes {
				want[key{q.Start, q.End, q.Speaker.Mention.Start, q.Speaker.Mention.End}] = true
			}
			d, err := hearsay.AnalyzeBytes(context.Background(), []byte(g.Text), hearsay.Options{Format: hearsay.FormatText, Name: "a.txt"})
			if err != nil {
				t.Fatalf("%s: %v", g.ID, err)
			}
			for _, q := range d.Quotes {
				quotes++
				k := key{q.Start, q.End, q.Speaker.Mention.Start, q.Speaker.Mention.End}
				if !want[k] {
					t.Errorf("%s: %q (speaker %q) read by analyze, not by eval", g.ID, d.Text[q.Start:min(q.End, q.Start+60)], q.Speaker.Name)
				}
				delete(want, k)
			}
			for k := range want {
				t.Errorf("%s: %q read by eval, not by analyze", g.ID, g.Text[k.s:min(k.e, k.s+60)])
			}
		}
	}
	t.Logf("%d texts, %d quotations", texts, quotes)
}
