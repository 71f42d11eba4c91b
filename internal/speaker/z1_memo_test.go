package speaker

import (
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestWidenMemo holds widen's memory (widenMemo) to the answer read
// from the text: every mention of the examples that a subject reader
// finds, with a cue after it and before it, widened through the memory
// in an order that asks for each mention again while it is kept, gives
// what widenMention gives on an index of its own.
func TestWidenMemo(t *testing.T) {
	texts := withExamples(t, "*.txt", gateTexts)
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

// TestWidenMemoKept holds the answers kept in text order to the answer
// read from the text: every mention of the examples widened in text
// order (the first pass), then each again in text order, with the slots
// emptied first (a later pass, long after the slots turned over), gives
// what widenMention gives on an index of its own, and the second pass is
// answered from the kept answers.
func TestWidenMemoKept(t *testing.T) {
	texts := withExamples(t, "*.txt", gateTexts)
	recalled := 0
	for n, text := range texts {
		ix, fresh := newTokIndex(text, ""), newTokIndex(text, "")
		toks := ix.tokens(0, len(text))
		var fs []found
		for k := range toks {
			f, e := subjectAt(text, toks, k, len(toks))
			if f.ok && e < len(toks) {
				f.cue = doc.Span{Start: toks[e].s, End: toks[e].e}
				fs = append(fs, f)
			}
		}
		for pass := range 2 {
			ix.widened.in, ix.widened.out = [widenMemoSize]found{}, [widenMemoSize]found{}
			for _, f := range fs {
				kept := ix.widened.recall(f) >= 0
				if kept {
					recalled++
				} else if pass == 1 && f.pronoun == "" {
					t.Errorf("text %d: %+v widened in the first pass is not kept", n, f)
				}
				if got, want := widen(ix, f), widenMention(fresh, f); got != want {
					t.Errorf("text %d: widen(%+v) = %+v (kept %v), read from the text %+v", n, f, got, kept, want)
				}
			}
		}
	}
	if recalled == 0 {
		t.Error("no mention was answered from the kept answers")
	}
	t.Logf("%d texts, %d answers kept in text order", len(texts), recalled)
}

// TestWidenMemoSeek holds seek, the finger search from the cursor, to a
// binary search over the whole list: kept answers with repeated starts,
// sought from wherever the cursor was left, forward and back.
func TestWidenMemoSeek(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		var m widenMemo
		s := 0
		for range r.IntN(40) {
			s += r.IntN(3)
			var f found
			f.subj.Start = s
			m.kept = append(m.kept, widenAnswer{in: f})
		}
		for range 50 {
			from := r.IntN(len(m.kept) + 2)
			m.at = from
			q := r.IntN(s+4) - 1
			want := sort.Search(len(m.kept), func(i int) bool { return m.kept[i].in.subj.Start >= q })
			if got := m.seek(q); got != want || m.at != want {
				t.Fatalf("seek(%d) from %d over %d answers = %d (cursor %d), want %d", q, from, len(m.kept), got, m.at, want)
			}
		}
	}
}
