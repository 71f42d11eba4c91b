package claim

import (
	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/wordtab"
)

// fastWords reads the tokens toks, the rest of a sentence, into words,
// as reader.read does, for as long as each is punctuation (passed over)
// other than a semicolon, colon or question mark, or a plain word of up
// to sixteen bytes, and ends before stop, and returns the index of the
// first token that is not, or len(toks), with the numbers of words and
// selected words written to ws and sel by then (from n and m on). read
// reads the token it stops at its own way and calls it again for the
// rest. stop is at most the sentence's end plus one, and at most
// len(low)-15, so that every word it reads has sixteen bytes of the text
// from its start for lexAt's two loads, and no later than the start
// of the sentence's first citation, whose words read looks at its own
// way.
//
// Nearly every token of a text is one it reads. It is a function of its
// own, with no call on its path and as few values as it can do with,
// so that its loop keeps them in registers: in read's loop, with the
// calls and the state of the rarer cases beside it, they were saved to
// the stack and loaded again at every token. low is the document's
// lower-case text, as long as text; ws and sel have room for a word of
// each token. It is handed the tokens from where read is, not all the
// sentence's and an index to start from: the index, added to each
// answer, was one more value its loop kept on the stack.
func fastWords(toks []doc.Token, text, low string, stop int, ws []word, sel []int32, n, m int) (int, int, int) {
	text = text[:len(low)] // the same length, as the compiler then knows
	stop = min(stop, len(low)-15)
	// A range over copies of the tokens from k, which the compiler
	// walks with a pointer and reads field by field: indexing them
	// computed each field's address anew (as in the sources stage's
	// firstActive).
	for j, t := range toks {
		end := int(t.End)
		if end >= stop {
			return j, n, m
		}
		kind := t.Kind
		if kind == doc.TokenPunct {
			if c := text[t.Start]; c == ';' || c == ':' || c == '?' {
				return j, n, m // for read to note (see reader.colon, reader.question)
			}
			continue
		}
		start := int(t.Start)
		l := uint(end - start)
		if !t.Plain || l-1 > 15 {
			return j, n, m
		}
		// ASCII without an apostrophe: the segmenter's lower-case copy
		// of the text holds its form (see doc.Token.Plain), and its
		// first byte is all the word's case and number need, as
		// firstClass has them (here with its kind's, kindFirstClass).
		cls := kindFirstClass[int(kind&3)<<8|int(text[start])]
		// lexAt's probe, inlined: a word of up to eight bytes, most,
		// is one load and a probe of lexShort's first words alone.
		var e lexRef
		if lo := doc.Word8(low, start) & wordtab.LoMask(l); l <= 8 {
			e = lexShort.Get8(lo, l)
		} else {
			e = lexShort.Get16(lo, doc.Word8(low, start+8)&wordtab.HiMask(l), l)
		}
		// Written field by field: a word made whole was made on the
		// stack and copied.
		w := &ws[n]
		w.Start, w.End = int32(start), int32(end)
		w.class = cls | classPlain
		w.flags, w.lex = e.flags, e.idx
		// Its form is low at its span, where forms.at finds it: nothing
		// is written to alt. It is selected (written, and counted) when
		// the passes after read act on it; a word inPhrase selects the
		// word before it too, where that one waits for it (selectBefore).
		if e.flags&inPhrase != 0 {
			m = selectBefore(ws, sel, n, m)
		}
		sel[m] = int32(n)
		if e.flags&selects != 0 || cls&(classNumber|classCap) != 0 {
			m++
		}
		n++
	}
	return len(toks), n, m
}

// The classes of a word's first byte, and of its token's kind, that
// fastWords reads from firstClass and kindClass.
const (
	classNumber = 1 << iota // a digit, or a number token
	classCap                // a capital letter
	classPlain              // a plain token's word (see word.class)
)

// firstClass gives the class of an ASCII word's first byte.
var firstClass = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = classNumber
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = classCap
	}
	return t
}()

// kindClass gives the class of a token's kind, indexed by kind&3.
var kindClass = [4]uint8{doc.TokenNumber: classNumber}

// kindFirstClass is firstClass and kindClass in one table, indexed by
// kind&3 and the first byte (kind&3<<8 | c): fastWords's one load for
// both, where two loads and their bounds were some two instructions
// more for each word of the text.
var kindFirstClass = func() (t [4 << 8]uint8) {
	for k := range 4 {
		for c := range 256 {
			t[k<<8|c] = kindClass[k] | firstClass[c]
		}
	}
	return t
}()

// selectBefore selects word n-1 of ws, where it waits for the next
// word (waitsForNext) and is not selected already, and returns the new
// count of sel: called when word n may stand in a phrase (it is
// inPhrase, or its flags are not known yet), where cues and vagueSpans
// would try the phrases of word n-1. Elsewhere such a word, most often
// "the" or "it", is left out of sel, and out of the loops over it of
// cues, vagueSpans and features, which would pass it over.
func selectBefore(ws []word, sel []int32, n, m int) int {
	if n > 0 && ws[n-1].flags&waitsForNext != 0 && (m == 0 || sel[m-1] != int32(n-1)) {
		sel[m] = int32(n - 1)
		m++
	}
	return m
}
