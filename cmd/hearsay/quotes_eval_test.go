package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
