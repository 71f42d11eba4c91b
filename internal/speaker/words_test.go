package speaker

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// tokenTexts are texts whose words are cut in every way: joiners inside
// words (L.M, Khrushchev’s, Forty-six), multi-byte letters, spaces and
// marks, a joiner at the end, invalid UTF-8.
var tokenTexts = []string{
	"",
	"a",
	"L.M. Kaganovich said: “Forty-six—no.”  Khrushchev’s men…",
	"Ёлка  über\u00a0naïve\u2009café’s l'été. x-",
	"R-Ky., said (D-Ore.) ‘x’ 3.5 ok’\n\nnew",
	"The WHO, US and IT said Who, Us, it, WHOM, USA and ITS.",
	"bad \xff\xfe bytes\xe2\x80 end",
	"“”  ’’ ..  ",
	"Mr. SMITH met McDonald’s CEO O'Neil \x7f\x01 in São Paulo, ÜBER-Cool x\vy\fz\x85w",
	"A’B o’é X‐Y z‐ q’” w’’s K—L p\xe2\x80\x41 r\xe2\x81\x41 S\xe2\x80\x99\xc3\xa9 end’",
	"In her memoir, on Wikipedia’s page: xWikipedia memoirs. Quora",
	"said.” 1990s 3.5 tea.’ 7’s A1b 12. x-\xe2\x80",
}

// TestIndexTokens checks that reading a stretch from the text's token
// index gives exactly what tokenising the stretch gives, for every
// stretch of each text, cuts inside words and characters included.
func TestIndexTokens(t *testing.T) {
	for _, text := range tokenTexts {
		ix := newTokIndex(text, "")
		for lo := 0; lo <= len(text); lo++ {
			for hi := lo; hi <= len(text); hi++ {
				checkIndexTokens(t, ix, lo, hi)
			}
		}
	}
}

// TestIndexTokensCut pins one cut word at each end: "er" of "over" and
// "y" of "yet" are words of their own, and the comma between is kept.
func TestIndexTokensCut(t *testing.T) {
	text := "Not over, yet"
	ix := newTokIndex(text, "")
	got := ix.tokens(6, 11)
	want := []tok{{6, 8, true, lexOf("er"), "er"}, {8, 9, false, lexOf(","), ","}, {10, 11, true, lexOf("y"), "y"}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("tokens(6, 11) = %v, want %v", got, want)
	}
	// A shared sub-slice cannot be appended to in place.
	mid := ix.tokens(0, 8)
	if cap(mid) != len(mid) {
		t.Fatalf("tokens(0, 8): cap %d, len %d", cap(mid), len(mid))
	}
}

// TestLastField checks lastField against the last of strings.Fields.
func TestLastField(t *testing.T) {
	for _, s := range append(tokenTexts, " ", "a\u00a0b", "x\u2009", "one two  ", "\xe2\x80") {
		checkLastField(t, s)
	}
}

func checkLastField(t *testing.T, s string) {
	t.Helper()
	got, ok := lastField(s)
	fs := strings.Fields(s)
	if ok != (len(fs) > 0) || ok && got != fs[len(fs)-1] {
		t.Fatalf("lastField(%q) = %q, %v; Fields gives %q", s, got, ok, fs)
	}
}

func checkIndexTokens(t *testing.T, ix *tokIndex, lo, hi int) {
	t.Helper()
	got := ix.tokens(lo, hi)
	want := tokenize(ix.text, lo, hi)
	if ref := refTokenize(ix.text, lo, hi); !reflect.DeepEqual(want, ref) && (len(want) > 0 || len(ref) > 0) {
		t.Fatalf("%q[%d:%d]: tokenize gives %v, the plain reading %v", ix.text, lo, hi, want, ref)
	}
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q[%d:%d]: index gives %v, tokenize %v", ix.text, lo, hi, got, want)
	}
	// wordLows gives the words' lower-case forms, whether it reads the
	// index or the stretch's own toks.
	var lows []string
	for _, tk := range want {
		if tk.word {
			lows = append(lows, tk.low)
		}
	}
	if got := ix.wordLows(lo, hi, nil); !slices.Equal(got, lows) {
		t.Fatalf("%q[%d:%d]: wordLows gives %q, want %q", ix.text, lo, hi, got, lows)
	}
	// hasWord answers from the index what the stretch's toks tell.
	if got := ix.hasWord(lo, hi); got != wordsAtLeast(want, 1) {
		t.Fatalf("%q[%d:%d]: hasWord gives %v for the tokens %v", ix.text, lo, hi, got, want)
	}
	// mayHold is false only where no token of the stretch is a site or
	// a work.
	if !ix.mayHold(lo, hi) && slices.ContainsFunc(want, func(t tok) bool { return t.is(rareClass) }) {
		t.Fatalf("%q[%d:%d]: mayHold false, but the tokens %v hold a site or a work", ix.text, lo, hi, want)
	}
	// scratch gives the same tokens in a buffer it reuses: the callers
	// here go through the stretches in turn, each slot overwriting what
	// it gave before.
	for slot := range scratchSlots {
		if s := ix.scratch(slot, lo, hi); !reflect.DeepEqual(s, want) || cap(s) != len(s) {
			t.Fatalf("%q[%d:%d]: scratch slot %d gives %v, tokenize %v", ix.text, lo, hi, slot, s, want)
		}
	}
}

// FuzzIndexTokens checks the index against tokenising the stretch on
// any text and any stretch of it.
func FuzzIndexTokens(f *testing.F) {
	for _, s := range tokenTexts {
		f.Add(s, uint16(1), uint16(7))
	}
	f.Fuzz(func(t *testing.T, text string, lo, hi uint16) {
		if len(text) == 0 {
			return
		}
		l, h := int(lo)%(len(text)+1), int(hi)%(len(text)+1)
		if l > h {
			l, h = h, l
		}
		checkIndexTokens(t, newTokIndex(text, ""), l, h)
		checkLastField(t, text[l:h])
	})
}

// refTokenize is tokenize read plainly, a rune and a strings.ToLower
// at a time: tokenize, with its ASCII path and shared buffer, must give
// the same tokens.
func refTokenize(text string, lo, hi int) []tok {
	var out []tok
	for i := lo; i < hi; {
		r, n := utf8.DecodeRuneInString(text[i:hi])
		switch {
		case unicode.IsSpace(r):
			i += n
		case !doc.IsWordRune(r):
			low := strings.ToLower(text[i : i+n])
			out = append(out, tok{i, i + n, false, lexOf(low), low})
			i += n
		default:
			s := i
			i = doc.WordEnd(text, i+n, hi)
			// A comma between groups of digits joins a number ("3,100"),
			// as the tokeniser reads it (digitGroupComma).
			for i < hi && text[i] == ',' && digitGroupComma(text[:hi], i) {
				i = doc.WordEnd(text, i+1, hi)
			}
			low := strings.ToLower(text[s:i])
			lex := lexOf(low)
			if capsAcronym(text[s:i]) {
				low, lex = text[s:i], 0 // initials, no word of the lexicon
			}
			out = append(out, tok{s, i, true, lex, low})
		}
	}
	return out
}

// TestTokenizeLong checks tokenize on a text whose capitalised words
// fill the lower-case buffer several times over.
func TestTokenizeLong(t *testing.T) {
	text := strings.Repeat("The Senate’s LEADER, Ms. O'Neil-Smith, said Über-Alles 3.5 times. ", 3000)
	got, want := tokenize(text, 0, len(text)), refTokenize(text, 0, len(text))
	if !reflect.DeepEqual(got, want) {
		t.Fatal("tokenize differs from the plain reading")
	}
	ix := newTokIndex(text, "")
	for lo := 0; lo < len(text); lo += 997 {
		checkIndexTokens(t, ix, lo, min(len(text), lo+5000))
	}
}

// TestIndexChunks checks that the index, read in chunks that end at an
// ASCII space, holds the whole text's tokens, and that its block table
// and its list of sites and works are those of the whole index: the
// chunks end after joiners, cut characters and marks of every kind.
func TestIndexChunks(t *testing.T) {
	for _, tail := range []string{"x-", "x’", "l'", "\xe2\x80", "Ü", "“", "Wikipedia", "memoir.", "L.M.", "\u00a0"} {
		for _, sp := range []string{" ", "\r\n", "\v"} {
			for shift := -1; shift <= 1; shift++ {
				// Pad so that the tail ends shift bytes from where the
				// first chunk may end.
				pad := strings.Repeat("ab ", (indexChunk+shift-len(tail))/3)
				text := pad + tail + sp + "Quora said memoirs x-" + sp + strings.Repeat("Zé y ", indexChunk/5) + tail
				ix := newTokIndex(text, "")
				if want := tokenize(text, 0, len(text)); !slices.Equal(decode(nil, ix.all, ix.text, ix.lower, ix.others), want) {
					t.Fatalf("tail %q, space %q, shift %d: the chunked index differs from the whole text's tokens", tail, sp, shift)
				}
				k := 0
				for b := range ix.first {
					at := b << blockShift
					for k < len(ix.all) && int(ix.all[k].e) <= at {
						k++
					}
					if int(ix.first[b]) != k {
						t.Fatalf("tail %q, space %q, shift %d: first[%d] = %d, want %d", tail, sp, shift, b, ix.first[b], k)
					}
				}
				var rare []int32
				for k, tk := range ix.all {
					if tk.is(rareClass) {
						rare = append(rare, int32(k))
					}
				}
				if !slices.Equal(ix.rare, rare) {
					t.Fatalf("tail %q, space %q, shift %d: rare %v, want %v", tail, sp, shift, ix.rare, rare)
				}
			}
		}
	}
}

// TestPunctLex checks the tokens of General Punctuation against the
// general reading: not word runes, each its own lower case, with the
// lexicon entry of that form.
func TestPunctLex(t *testing.T) {
	for m := range rune(len(punctLex)) {
		r := punctFirst + m
		w := string(r)
		if doc.IsWordRune(r) {
			t.Errorf("%U is a word rune", r)
		}
		if low := strings.ToLower(w); low != w {
			t.Errorf("%U lower-cases to %q", r, low)
		}
		if got, want := punctLex[m], lexOf(w); got != want {
			t.Errorf("%U: entry %d, want %d", r, got, want)
		}
		if unicode.IsSpace(r) {
			continue
		}
		text := "a " + w + " b"
		got := tokenize(text, 0, len(text))
		want := tok{2, 2 + len(w), false, lexOf(w), w}
		if len(got) != 3 || got[1] != want {
			t.Errorf("%U: tokens %v, want %v in the middle", r, got, want)
		}
	}
}

// TestIndexReuse checks that an index made of the arrays another index
// released (tokIndexes) holds what a new one holds: the arrays are not
// cleared, so a stale token or block would show here. The texts go from
// long to short and back, so that the short one's index is made in the
// long one's arrays and the long one's again in what the short released.
func TestIndexReuse(t *testing.T) {
	long := strings.Repeat(tokenTexts[7]+" "+tokenTexts[4]+" ", 40)
	for _, text := range []string{long, tokenTexts[2], long, tokenTexts[8], "", long} {
		var others map[int32]string
		all := appendCompact(nil, &others, text, doc.LowerASCII(text), 0, len(text))
		first := make([]int32, len(text)>>blockShift+1)
		for b := range first {
			k := 0
			for k < len(all) && int(all[k].e) <= b<<blockShift {
				k++
			}
			first[b] = int32(k)
		}
		got := newTokIndex(text, "")
		if !slices.Equal(got.all, all) || !slices.Equal(got.first, first) {
			t.Fatalf("%.40q: a reused index differs from a new one", text)
		}
		got.release()
	}
}

// TestTokenizeCutRunes checks tokenize's forms of words beyond ASCII
// lower case (lowerForms.few, then its map) on stretches that start and
// end at every byte, inside runes too: "company’s" read up to its E2.
func TestTokenizeCutRunes(t *testing.T) {
	text := "Ärger: the company’s “Émile” ÜNAL—ÅÉÎ said Öl"
	for lo := 0; lo < len(text); lo++ {
		for hi := lo + 1; hi <= len(text); hi++ {
			if got, want := tokenize(text, lo, hi), refTokenize(text, lo, hi); (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
				t.Fatalf("text[%d:%d] %q: tokenize %v, the plain reading %v", lo, hi, text[lo:hi], got, want)
			}
		}
	}
}

// TestAttributeReuse checks that the stage reads a text the same with
// an index another text released (tokIndexes: its windows, slots, slab
// and memory of widened mentions, kept from a text of another size) as
// with a new one. The texts are the examples, a long one made of them,
// and short ones, read in one order with new indexes and then in
// others with kept ones.
func TestAttributeReuse(t *testing.T) {
	files, _ := filepath.Glob("../../examples/*")
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	if len(texts) == 0 {
		t.Fatal("no examples")
	}
	// The last two give the same mention at the same place, widened
	// differently: a kept index must not answer the one with the
	// other's mention, nor its toks.
	texts = append(texts, strings.Repeat(texts[0]+"\n\n", 40), "Ann said the pier was safe.",
		"“The pier is safe,” said Ann Lee of the harbour board, on Monday.",
		"“The pier is safe,” said Ann Lee, who chairs the harbour board here.")
	read := func(text string) string {
		d := runAs(t, "t.txt", text)
		return fmt.Sprintf("%+v", d.Quotes)
	}
	reuseIndexes = false
	want := make([]string, len(texts))
	for i, text := range texts {
		want[i] = read(text)
	}
	reuseIndexes = true
	for _, order := range [][]int{{0, 1, 2, 3, 4, 5, 6}, {6, 5, 3, 4, 3, 0, 3, 1, 4, 2, 3, 5, 6}} {
		for _, i := range order {
			if i >= len(texts) {
				continue
			}
			if got := read(texts[i]); got != want[i] {
				t.Fatalf("text %d read after others differs from a new index's reading:\n%s\nwant\n%s", i, got, want[i])
			}
		}
	}
}

// TestScratchReuse checks that a slot of an index made from what another
// index released reads its own text's toks: a stretch that cuts a word
// is made in the slot's buffer (readRun), which moves the toks it holds
// from the last stretch instead of making them again, and the kept
// buffer holds the other text's. (Only a stretch too long for a window
// is made there: the texts are some 6,000 tokens.)
func TestScratchReuse(t *testing.T) {
	a := strings.Repeat("Ann Lee said the pier was safe. ", 800)
	b := strings.Repeat("Bob Roe told us a slip is shut. ", 800)
	for _, lohi := range [][2]int{{1, len(a) - 1}, {2, 30}, {0, len(a)}} {
		lo, hi := lohi[0], lohi[1]
		x := newTokIndex(a, "")
		x.scratch(0, lo, hi)
		x.scratch(1, lo+1, hi)
		x.release()
		y := newTokIndex(b, "")
		for slot, at := range []int{lo, lo + 1} {
			if got, want := y.scratch(slot, at, hi), tokenize(b, at, hi); !reflect.DeepEqual(got, want) {
				t.Errorf("b[%d:%d] in slot %d after a's index: %v, want %v", at, hi, slot, got, want)
			}
		}
		y.release()
	}
}
