package claim

import (
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestClausesAt holds clausesAt, which finds a sentence's clauses at the
// semicolons and colons read saw, to clauses, which searches the gaps
// between its words, on every sentence of the example article and on
// random runs of words, marks (some in runs, some in the same gap, some
// first or last), citation markers and numbers with colons in them.
func TestClausesAt(t *testing.T) {
	checked := 0
	for _, d := range markTexts(t) {
		r := &reader{d: d}
		for si := range d.Sentences {
			if !r.read(si) {
				continue
			}
			var b1, b2 []int
			want := slices.Clone(clauses(d, r.ws, &b1))
			if !r.colon && want != nil {
				t.Fatalf("%q: clauses found clauses in a sentence read saw no mark in", d.Slice(d.Sentences[si].Span))
			}
			if got := clausesAt(r.ws, r.colons, &b2); !slices.Equal(got, want) {
				t.Fatalf("%q: clausesAt = %v, clauses %v", d.Slice(d.Sentences[si].Span), got, want)
			}
			if want != nil {
				checked++
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d sentences with clauses checked", checked)
	}
}

// TestMarksRead holds the gates of asks and endsInColon to what they
// gate: a sentence that asks has a question mark token, which read
// notes (reader.question), and one that ends in a colon has a colon
// token (reader.colon).
func TestMarksRead(t *testing.T) {
	asked, colons := 0, 0
	for _, d := range markTexts(t) {
		r := &reader{d: d}
		for si := range d.Sentences {
			if !r.read(si) {
				continue
			}
			s := d.Slice(d.Sentences[si].Span)
			if asks(s) {
				asked++
				if !r.question {
					t.Fatalf("%q asks, and read saw no question mark", s)
				}
			}
			if endsInColon(s) {
				colons++
				if !r.colon {
					t.Fatalf("%q ends in a colon, and read saw none", s)
				}
			}
		}
	}
	if asked < 100 || colons < 100 {
		t.Fatalf("only %d questions and %d colons checked", asked, colons)
	}
}

// markTexts returns the example article and random runs of words and
// marks (some in runs, some in the same gap, some first or last),
// citation markers, closing quotes and brackets, and numbers with colons
// in them, segmented.
func markTexts(t *testing.T) []*doc.Document {
	var texts []string
	if b, err := os.ReadFile("../../examples/ferry-strike.txt"); err == nil {
		texts = append(texts, string(b))
	} else {
		t.Fatal(err)
	}
	words := []string{"the", "The", "plan", "works", "it", "Port", "Elsby", "said", "12", "10:30", "we’ll", "town’s",
		"would", "have", "failed", "but", "fact", "[1]", "[A: 2]", "[why?]", "(see", "note)", "officials", "“Why", "not?”"}
	gaps := []string{" ", " ", " ", ", ", "; ", ": ", " : ", ";; ", ":: ", " — ", " (", ") ", ";", ":", "? ", "?! "}
	ends := []string{".", "?", ":", "?”", "? [1]", ": ", "?)", ".", "!"}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 3000 {
		var b strings.Builder
		if rng.IntN(8) == 0 {
			b.WriteString(": ")
		}
		for range 1 + rng.IntN(24) {
			if b.Len() > 0 {
				b.WriteString(gaps[rng.IntN(len(gaps))])
			}
			b.WriteString(words[rng.IntN(len(words))])
		}
		b.WriteString(ends[rng.IntN(len(ends))])
		texts = append(texts, b.String())
	}
	var out []*doc.Document
	for _, text := range texts {
		d := segmented(t, text)
		out = append(out, d)
	}
	return out
}

// TestGapMarks holds gapMarks to the library searches it stands for, on
// gaps of spaces, marks, dashes, commas, other runes and broken UTF-8
// (a dash's bytes alone, or after a lead byte that they do not follow).
func TestGapMarks(t *testing.T) {
	pieces := []string{" ", " ", ",", ";", ":", "(", ")", "[", "]", "-", " - ", "–", "—", "‘", "\u00a0", "\xe2", "\x80",
		"\x93", "\xe2\x80", "\xf0", "a", "\n"}
	rng := rand.New(rand.NewPCG(13, 14))
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		gap := b.String()
		mark, comma := gapMarks(gap)
		wantMark := strings.ContainsAny(gap, ";:()–—[]") || strings.Contains(gap, " - ")
		if mark != wantMark || !mark && comma != strings.Contains(gap, ",") {
			t.Fatalf("gapMarks(%q) = %v, %v", gap, mark, comma)
		}
	}
}

// clauses is the reference clausesAt is held to: it returns the index of the first word of each clause of ws that
// a semicolon or colon sets off, each of at least minClause words; nil
// when the sentence is one clause. The list is made in *buf, which the
// next call reuses.
func clauses(d *doc.Document, ws []word, buf *[]int) []int {
	if len(ws) < 2*minClause {
		return nil // no gap with minClause words on either side
	}
	// Every gap lies between the first word's end and the last word's
	// start: when no semicolon or colon is there, most sentences, none
	// is in a gap, and two searches of the bytes (IndexByte reads many
	// at a time) answer without visiting each gap.
	if between := d.Text[ws[0].End:ws[len(ws)-1].Start]; strings.IndexByte(between, ';') < 0 && strings.IndexByte(between, ':') < 0 {
		return nil
	}
	var parts []int // nil until a second clause is found
	prev := 0
	for i := minClause; i <= len(ws)-minClause; i++ {
		if i-prev < minClause {
			continue
		}
		// Most gaps are one space: no mark, and no set of marks to
		// make; told by the offsets and one byte, without the slice.
		if p := ws[i-1].End; ws[i].Start == p+1 && d.Text[p] == ' ' {
			continue
		}
		if gap := d.Text[ws[i-1].End:ws[i].Start]; strings.ContainsAny(gap, ";:") {
			if parts == nil {
				parts = append((*buf)[:0], 0)
			}
			parts = append(parts, i)
			prev = i
		}
	}
	if parts != nil {
		*buf = parts
	}
	return parts
}
