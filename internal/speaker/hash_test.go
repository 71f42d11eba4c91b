package speaker

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestWordBytes8 holds wordBytes8 and letters8 to the byte tables they
// stand for:
// every byte value in every one of the eight places, among neighbours
// of every kind, so that a carry between bytes would show.
func TestWordBytes8(t *testing.T) {
	fill := []byte{'a', 'Z', '0', ' ', 0x80, 0xFF, '@', '[', '`', '{', '/', ':'}
	for _, f := range fill {
		for pos := range 8 {
			for c := range 256 {
				var b [8]byte
				for k := range b {
					b[k] = f
				}
				b[pos] = byte(c)
				word, up := wordBytes8(le64(string(b[:]), 0))
				letter, lup := letters8(le64(string(b[:]), 0))
				for k := range 8 {
					wantWord := asciiWord[b[k]]
					wantUp := 'A' <= b[k] && b[k] <= 'Z'
					if gotWord, gotUp := word>>(8*k+7)&1 == 1, up>>(8*k+7)&1 == 1; gotWord != wantWord || gotUp != wantUp {
						t.Fatalf("% x byte %d: word %v up %v, want %v %v", b, k, gotWord, gotUp, wantWord, wantUp)
					}
					wantLetter := wantWord && !('0' <= b[k] && b[k] <= '9')
					if gotLetter, gotUp := letter>>(8*k+7)&1 == 1, lup>>(8*k+7)&1 == 1; gotLetter != wantLetter || gotUp != wantUp {
						t.Fatalf("% x byte %d: letters8 %v up %v, want %v %v", b, k, gotLetter, gotUp, wantLetter, wantUp)
					}
				}
			}
		}
	}
}

// TestScanLex checks that the entry scanASCIIWord gives a word is
// lexOf of its lower-case form, whatever the word's length and wherever
// the text around it ends, and that packIn and hashIn read a stretch
// the same at the end of a string as inside it; and that the texts
// are tokenised as refTokenize reads them. The words are made of
// pieces of the lexicon's own words, so that many are found.
func TestScanLex(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	var pieces []string
	for _, w := range lexTable.words[1:] {
		if strings.IndexFunc(w, func(r rune) bool { return r >= utf8.RuneSelf }) < 0 {
			pieces = append(pieces, w, strings.ToUpper(w[:1])+w[1:])
		}
	}
	pieces = append(pieces, "'", "-", ".", "’", "‐", " ", ",", "é", "X", "9", "“")
	found := 0
	for range 20000 {
		var b strings.Builder
		b.WriteString(pieces[r.Intn(len(pieces)-11)])
		for range r.Intn(4) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		text := b.String()
		lower := []byte(text)
		for k, c := range lower {
			lower[k] = asciiLower[c]
		}
		// The tokeniser's own reading of most words (appendCompact),
		// against the plain one.
		if got, want := tokenize(text, 0, len(text)), refTokenize(text, 0, len(text)); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: tokenize %v, want %v", text, got, want)
		}
		for hi := 1; hi <= len(text); hi++ {
			end, lex, ok := scanASCIIWord(text, string(lower), 0, hi)
			if !ok {
				continue
			}
			w := strings.ToLower(text[:end])
			if want := lexOf(w); lex != want {
				t.Fatalf("%q[:%d]: entry %d, want %d", text, hi, lex, want)
			}
			if lex != 0 {
				found++
			}
			if got, want := hashIn(w, 0, len(w)), hashIn(w+"        ", 0, len(w)); got != want {
				t.Fatalf("%q: hashIn at the end %x, inside %x", w, got, want)
			}
			if n := min(len(w), shortMax); packIn(w, 0, n) != packIn(w+"        ", 0, n) {
				t.Fatalf("%q: packIn differs at the end", w)
			}
		}
	}
	if found == 0 {
		t.Fatal("no word found in the lexicon")
	}
}

// TestLexIndexAll checks that every word of the lexicon finds its own
// entry and that a word differing in its last byte finds another.
func TestLexIndexAll(t *testing.T) {
	for id, w := range lexTable.words[1:] {
		if got := lexOf(w); got != int32(id+1) {
			t.Fatalf("%q: entry %d, want %d", w, got, id+1)
		}
		v := w[:len(w)-1] + "\x01"
		if got := lexOf(v); got != 0 && lexTable.words[got] != v {
			t.Fatalf("%q: entry %d of %q", v, got, lexTable.words[got])
		}
	}
}
