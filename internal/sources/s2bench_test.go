package sources

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/cite"
	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/quote"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/speaker"
)

// benchDocT is the pipeline's benchmark text (the ferry example repeated
// to 2 MB) with every layer the stages before this one add.
func benchDocT(b testing.TB) *doc.Document {
	b.Helper()
	one, err := os.ReadFile("../../examples/ferry-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	raw := bytes.Repeat(append(one, "\n\n"...), 2<<20/len(one))
	d, err := source.LoadBytes(context.Background(), "bench.txt", raw, source.Options{Format: doc.FormatText})
	if err != nil {
		b.Fatal(err)
	}
	segment.Run(d)
	quote.Detect(d)
	speaker.Attribute(d)
	cite.Detect(d)
	return d
}

// detectPhases are the stage's phases, each run with those before it.
var detectPhases = []struct {
	name string
	run  func(*builder)
}{
	{"none", func(bl *builder) {}},
	// nextActive alone, asked as the scan asks it.
	{"next", func(bl *builder) {
		for i := 0; i < len(bl.toks); i++ {
			i = bl.nextActive(i)
		}
	}},
	{"markup", func(bl *builder) { bl.markupWorks() }},
	{"scan", func(bl *builder) { bl.markupWorks(); bl.scan() }},
	{"mentions", func(bl *builder) { bl.markupWorks(); bl.scan(); bl.speakerMentions(); bl.links() }},
	{"whole", func(bl *builder) { bl.markupWorks(); bl.scan(); bl.speakerMentions(); bl.links(); bl.finish() }},
}

// BenchmarkDetectPhases runs the stage on the benchmark text, whole and
// stopped after each of its phases, so that the cost of a phase is the
// difference between one run and the one before it (each phase reads
// what those before it left).
func BenchmarkDetectPhases(b *testing.B) {
	d := benchDocT(b)
	for _, p := range detectPhases {
		b.Run(p.name, func(b *testing.B) {
			b.SetBytes(int64(len(d.Text)))
			b.ReportAllocs()
			for b.Loop() {
				p.run(newBuilder(d))
			}
		})
	}
}

// TestS2Phases runs the phases of BenchmarkDetectPhases S2N times on
// the benchmark text when S2PHASE names one: a fixed amount of work
// for counting instructions (cachegrind), which a benchmark's ramp-up
// does not give.
func TestS2Phases(t *testing.T) {
	name := os.Getenv("S2PHASE")
	if name == "" {
		t.Skip("S2PHASE not set")
	}
	n, _ := strconv.Atoi(os.Getenv("S2N"))
	d := benchDocT(t)
	for _, p := range detectPhases {
		if p.name == name {
			for range n {
				p.run(newBuilder(d))
			}
		}
	}
}

// TestScanWordsPlain holds scan to its reading of a word with an
// apostrophe, whose lower-case form it does not make: no word of
// scanWords has one, straight or curled, so that such a word is none of
// them and its flags are none.
func TestScanWordsPlain(t *testing.T) {
	for w := range scanWords {
		if apostrophe(w) {
			t.Errorf("scanWords holds %q, with an apostrophe", w)
		}
	}
	for _, w := range []string{"it's", "it’s", "harbourmaster’s", "O'Brien"} {
		if !apostrophe(w) {
			t.Errorf("apostrophe(%q) = false", w)
		}
	}
	for _, w := range []string{"its", "café", "—", ""} {
		if apostrophe(w) {
			t.Errorf("apostrophe(%q) = true", w)
		}
	}
}

// TestVagueThirds holds vaguePhrase's gate for the first words whose
// phrases are all three words long or more: the third word of each
// such phrase is in vagueThirds, and such phrases are still found.
func TestVagueThirds(t *testing.T) {
	for w, ps := range vague {
		v, _ := vagueTable.get(w)
		long := true
		for _, p := range ps {
			long = long && len(p) >= 3
			if len(p) >= 3 && !vagueThirds.Maybe(p[2]) {
				t.Errorf("%v: third word not in vagueThirds", p)
			}
		}
		if v.long != long || len(v.phrases) != len(ps) {
			t.Errorf("%q: vagueTable has long=%v and %d phrases, want %v and %d", w, v.long, len(v.phrases), long, len(ps))
		}
	}
	for _, tc := range []struct{ text, want string }{
		{"It is said that the ferry stopped.", "It is said"},
		{"It has been reported that the ferry stopped.", "It has been reported"},
		{"It is a good line.", ""},
		{"Rumour has it that the ferry stopped.", "Rumour has it"},
	} {
		if got := vagueMention(t, tc.text); got != tc.want {
			t.Errorf("%q: vague mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestAppendToLower holds appendToLower, which titleLower reads, to
// strings.ToLower after what the buffer held, on titles of each kind
// toLower reads: ASCII, General Punctuation marks, other runes, and
// titles longer than its buffer on the stack.
func TestAppendToLower(t *testing.T) {
	long := strings.Repeat("The Ledger – “Notes” ", 12)
	for _, s := range []string{"", "minutes", "Minutes of the Port Elsby Harbour Board, 1920–1940: a Calendar",
		"“The 1931 strike”", "Ärger im Hafen", "İstanbul", "\xe2\x80", "A\xffB", long} {
		if got, want := string(appendToLower([]byte("x:"), s)), "x:"+strings.ToLower(s); got != want {
			t.Errorf("appendToLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Errorf("toLower(%q) = %q, want %q", s, got, want)
		}
	}
	// Random titles of pieces that lowerInto reads each its own way,
	// at every place in and across its eight-byte blocks: capitals and
	// the bytes next to them in ASCII, marks of General Punctuation,
	// other runes with case and without, and bytes that are no UTF-8.
	pieces := []string{"A", "Z", "a", "z", "@", "[", "`", "{", " ", "7", "–", "“", "’", "\u2070", "É", "ß", "İ", "\u212a", "\xff", "\xe2\x80", "\xe2\x81\xb0"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var sb strings.Builder
		for n := r.IntN(30); n > 0; n-- {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := sb.String()
		if got, want := string(appendToLower([]byte("x:"), s)), "x:"+strings.ToLower(s); got != want {
			t.Fatalf("appendToLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Fatalf("toLower(%q) = %q, want %q", s, got, want)
		}
	}
}
