package speaker

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestWidenMemo holds widen's memory (widenMemo) to the answer read
// from the text: every mention of the examples that a subject reader
// finds, with a cue after it and before it, widened through the memory
// in an order that asks for each mention again while it is kept, gives
// what widenMention gives on an index of its own.
func TestWidenMemo(t *testing.T) {
	texts := append([]string(nil), gateTexts...)
	examples, _ := filepath.Glob("../../examples/*.txt")
	for _, f := range examples {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	hits := 0
	for _, text := range texts {
		ix, fresh := newTokIndex(text, ""), newTokIndex(text, "")
		toks := ix.tokens(0, len(text))
		var fs []found
		for k := range toks {
			f, e := subjectAt(text, toks, k, len(toks))
			if !f.ok || e >= len(toks) {
				continue
			}
			after := f
			after.cue = doc.Span{Start: toks[e].s, End: toks[e].e}
			fs = append(fs, after)
			if k > 0 {
				before := f
				before.cue = doc.Span{Start: toks[k-1].s, End: toks[k-1].e}
				fs = append(fs, before)
			}
		}
		for i, f := range fs {
			// Each mention, then again the one three before it (kept,
			// unless the memory has turned over).
			for _, g := range []found{f, fs[max(0, i-3)]} {
				_, kept := ix.widened.get(g)
				if kept {
					hits++
				}
				if got, want := widen(ix, g), widenMention(fresh, g); got != want {
					t.Errorf("widen(%+v) = %+v (kept %v), read from the text %+v", g, got, kept, want)
				}
			}
		}
	}
	if hits == 0 {
		t.Error("no mention was answered from the memory")
	}
	t.Logf("%d texts, %d answers from the memory", len(texts), hits)
}
