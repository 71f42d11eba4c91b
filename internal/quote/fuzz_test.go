package quote

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// soupPieces are what mark soup is made of: every mark, apostrophes in
// and around words, paragraph breaks, and words that cue or close.
var soupPieces = []string{
	"“", "”", "‘", "’", "\"", "'", "„", "‚", "‟", "‛", "«", "»", "‹", "›", "「", "」", "『", "』", "``", "''",
	" ", " ", " ", "\n\n", "\n", "a", "s", "workers", "The", "said", "he said, ", "that", "90", "—", ".", ",", ":", "?",
}

// soup turns bytes into mark soup, one piece a byte.
func soup(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		sb.WriteString(soupPieces[int(c)%len(soupPieces)])
	}
	return sb.String()
}

// FuzzDetect checks the quotation invariants on arbitrary text, and on
// the fuzz input read as mark soup.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{
		"“‘In 1923,’, he said, ‘when I was at the workers’ training.’\n\n“Then.”",
		"“A ‘B “C ‘D’ C” B’ A”", "„Ja“, ‚nein‘ « oui » »ja« ”ja” 「はい」", "''No,'' he said. ``Yes.''",
		"‘I have seen the future and it works‘.", "“He said ‘no.” Then '", "\"a\"b\"c\"\n\n\"d", "’90s rock ’n’ roll ’tis",
		"“A.\n\n“B —\n\n“C", strings.Repeat("“", 40) + strings.Repeat("”", 40),
		"Crews Rip Mayor As A ‘Total Failure.’\n\nShe is “a total failure,” Ed said.",                  // the headline's words looked up in the body
		"Lee met us.\n\nThe Courier: Why?\n\nLee: Rust.\n\nThe Courier: And?\n\nLee: x\n\nNote: y",     // a named interview's turns
		"‘I weren’t goin’ without him an’ all,’ she said. ‘The workers’ decision was final,’ he said.", // dropped letters; a possessive closed later
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, in := range []string{s, soup([]byte(s))} {
			if !utf8.ValidString(in) {
				continue // the loaders make text valid before any stage sees it
			}
			d := detect(in)
			testutil.CheckSpans(t, d)
			checkQuotes(t, d)
			n := 0
			for _, g := range d.Diagnostics {
				if g.Code == doc.CodeUnbalanced {
					n++
				}
			}
			if n > maxDiagnostics+1 {
				t.Fatalf("%d diagnostics", n)
			}
		}
	})
}

// TestLinearTime checks that detection time grows linearly with the text,
// on mark soup: eight times the soup may take at most sixteen times as long.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, 1<<20/3)
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
	big := soup(b)
	for len(big) > 1<<20 {
		_, n := utf8.DecodeLastRuneInString(big)
		big = big[:len(big)-n]
	}
	small := big[:len(big)/8]
	for !utf8.ValidString(small) {
		small = small[:len(small)-1]
	}
	best := func(s string) time.Duration {
		var d *doc.Document
		el := testutil.LeastCPU(3, nil, func() { d = detect(s) })
		checkQuotes(t, d) // every run gives the same document
		return el
	}
	ts, tb := best(small), best(big)
	t.Logf("%d bytes in %v, %d bytes in %v", len(small), ts, len(big), tb)
	if tb > 16*ts {
		t.Errorf("8× the text took %.1f× as long", float64(tb)/float64(ts))
	}
}
