package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

func TestEvalHedges(t *testing.T) {
	gold := filepath.Join(t.TempDir(), "gold.jsonl")
	lines := `{"id":"a","sentence":"The ferry will probably run late.","uncertain":true,"cues":[{"start":15,"end":23}]}
{"id":"b","sentence":"The ferry ran late.","uncertain":false,"cues":[]}
`
	if err := os.WriteFile(gold, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "", "eval", "hedges", "--gold", gold)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"2 sentences", "uncertain sentences: precision 1.000, recall 1.000, F1 1.000",
		"cues, exact:         precision 1.000, recall 1.000, F1 1.000"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if _, _, code := run(t, "", "eval", "hedges"); code != 2 {
		t.Errorf("no --gold: exit %d, want 2", code)
	}
}

// TestEvalHedgesShared scores the hedge cues against the development gold
// and holds the sentence-level F1 to the bar of 0.70.
func TestEvalHedgesShared(t *testing.T) {
	dir := testutil.SharedData(t, "hedges")
	for _, name := range []string{"unsc-hedge-annotatorA.jsonl", "unsc-hedge-annotatorB.jsonl", "unsc-hedge-sample100.jsonl"} {
		out, errs, code := run(t, "", "eval", "hedges", "--gold", filepath.Join(dir, name))
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, errs)
		}
		i := strings.Index(out, "uncertain sentences:")
		var p, r, f float64
		if i < 0 {
			t.Fatalf("%s: no sentence scores in %q", name, out)
		}
		if _, err := fmt.Sscanf(out[i:], "uncertain sentences: precision %f, recall %f, F1 %f", &p, &r, &f); err != nil {
			t.Fatalf("%s: %v in %q", name, err, out)
		}
		if f < 0.70 {
			t.Errorf("%s: sentence-level F1 %.3f, want at least 0.70", name, f)
		}
		t.Logf("%s: P %.3f R %.3f F1 %.3f", name, p, r, f)
	}
}
