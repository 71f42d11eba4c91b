// Package testutil holds what Hearsay's tests share: golden files with an
// -update flag, the span invariants every layer must keep, and the path
// to the development data in ../shared.
package testutil

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

var update = flag.Bool("update", false, "rewrite golden files with the output of this run")

// Golden compares got with the golden file at path, or rewrites the file
// when the test runs with -update. Review the diff before committing.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update and review the diff):\n%s", path, firstDiff(want, got))
	}
}

func firstDiff(want, got []byte) string {
	wl, gl := bytes.Split(want, []byte("\n")), bytes.Split(got, []byte("\n"))
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g []byte
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if !bytes.Equal(w, g) {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + string(w) + "\n  got:  " + string(g)
		}
	}
	return ""
}

// SharedData returns the path of ../shared/data/<elem...> relative to the
// repository root, skipping the test when it is absent (as on a fresh
// machine without the development data).
func SharedData(t testing.TB, elem ...string) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..")
	p := filepath.Join(append([]string{root, "..", "shared", "data"}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("development data not available: %v", err)
	}
	return p
}

// CheckSpans reports every broken span invariant of d: each span lies in
// Text on rune boundaries; paragraphs and sentences are sorted and do not
// overlap; each sentence lies in its paragraph; tokens are sorted, do not
// overlap and lie in a paragraph; elements nest within their parents;
// Text is valid UTF-8.
func CheckSpans(t testing.TB, d *doc.Document) {
	t.Helper()
	text := d.Text
	if !utf8.ValidString(text) {
		t.Errorf("Text is not valid UTF-8")
	}
	check := func(what string, i int, s doc.Span) bool {
		if !doc.ValidSpan(text, s) {
			t.Errorf("%s %d: span %v invalid in text of %d bytes", what, i, s, len(text))
			return false
		}
		return true
	}
	prev := 0
	for i, p := range d.Paragraphs {
		if check("paragraph", i, p.Span) && p.Start < prev {
			t.Errorf("paragraph %d: %v starts before the previous one ends (%d)", i, p.Span, prev)
		}
		if p.Len() == 0 {
			t.Errorf("paragraph %d: empty span %v", i, p.Span)
		}
		prev = p.End
	}
	prev = 0
	for i, s := range d.Sentences {
		if check("sentence", i, s.Span) && s.Start < prev {
			t.Errorf("sentence %d: %v starts before the previous one ends (%d)", i, s.Span, prev)
		}
		if s.Paragraph < 0 || s.Paragraph >= len(d.Paragraphs) || !d.Paragraphs[s.Paragraph].Contains(s.Span) {
			t.Errorf("sentence %d: %v not inside its paragraph %d", i, s.Span, s.Paragraph)
		}
		prev = s.End
	}
	prev = 0
	for i, tok := range d.Tokens {
		k := tok.Span()
		if check("token", i, k) && k.Start < prev {
			t.Errorf("token %d: %v starts before the previous one ends (%d)", i, k, prev)
		}
		if k.Len() == 0 {
			t.Errorf("token %d: empty", i)
		}
		prev = k.End
	}
	for i, e := range d.Elements {
		if !check("element", i, e.Span) {
			continue
		}
		if e.Parent >= i {
			t.Errorf("element %d: parent %d does not precede it", i, e.Parent)
		} else if e.Parent >= 0 && !d.Elements[e.Parent].Contains(e.Span) {
			t.Errorf("element %d %s %v: outside its parent %d %v", i, e.Kind, e.Span, e.Parent, d.Elements[e.Parent].Span)
		}
		if i > 0 && e.Start < d.Elements[i-1].Start {
			t.Errorf("element %d: not sorted by start", i)
		}
	}
	for i, g := range d.Diagnostics {
		check("diagnostic", i, g.Span)
	}
	if d.Raw != nil {
		for i, p := range d.Paragraphs {
			r := d.RawSpan(p.Span)
			if r.Start < 0 || r.Start > r.End || r.End > len(d.Raw) {
				t.Errorf("paragraph %d: raw span %v outside raw input of %d bytes", i, r, len(d.Raw))
			}
		}
	}
}

// ReadFile returns the contents of path as a string, failing the test if
// it cannot be read.
func ReadFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var processStart = time.Now()

// LeastCPU returns the least CPU time (see CPUTime) that run took over
// runs runs. setup, if not nil, is called untimed before each run: a
// stage that changes its document needs a fresh one each time. The
// least of a few runs is the steadiest figure on a shared machine.
func LeastCPU(runs int, setup, run func()) time.Duration {
	best := time.Duration(-1)
	for range runs {
		if setup != nil {
			setup()
		}
		start := CPUTime()
		run()
		if el := CPUTime() - start; best < 0 || el < best {
			best = el
		}
	}
	return best
}

// Linear checks that work grows linearly with its input: large, run
// on eight times what small runs on, may take at most 24 times as long
// (plus 5 ms for the timer), where time quadratic in the input would
// take 64. Each returns the CPU time of its run (LeastCPU); what names
// the input in the messages ("the text", "the names"). A busy machine
// can slow one measurement several-fold, so a failure must repeat three
// times.
func Linear(t testing.TB, what string, small, large func() time.Duration) {
	t.Helper()
	var ts, tl time.Duration
	for range 3 {
		ts, tl = small(), large()
		if tl <= 24*ts+5*time.Millisecond {
			break
		}
	}
	t.Logf("%v for 8× %s, %v for 1×", tl, what, ts)
	if tl > 24*ts+5*time.Millisecond {
		t.Errorf("%v for 8× %s, %v for 1×", tl, what, ts)
	}
}

// Coined returns a capitalised word made of syllables, a different one
// for each n below 12⁴: a name no word list holds, for tests that need
// many distinct people or bodies (the linear-time tests).
func Coined(n int) string {
	syl := []string{"ba", "le", "mo", "ri", "tu", "ve", "za", "no", "di", "pe", "sa", "gu"}
	var b strings.Builder
	for range 4 {
		b.WriteString(syl[n%len(syl)])
		n /= len(syl)
	}
	w := b.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

// TimeLimit returns the CPU-time limit a timing test should hold code to
// when it allows d in a normal build. Timing tests catch a quadratic
// corner, not a slow machine; the race detector slows code by 2 to 20
// times and spends CPU on its own threads, so under -race the limit is
// ten times d, which still fails a quadratic reader by far.
func TimeLimit(d time.Duration) time.Duration {
	if raceDetector {
		return 10 * d
	}
	return d
}
