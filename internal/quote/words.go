package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// The classifier reads the words around a quotation straight from the
// text, rather than looking up its tokens: the text there is what the scan
// has just read, still in cache, and a word is easy to find again.

// The classifier reads only so far around a quotation, so that the work
// for each one is bounded whatever the text: no word it looks for is
// longer than maxWordLen, and no introduction or trailing cue it looks for
// is farther than maxReach from the mark, nor are the first words of a
// quotation farther into it.
const (
	maxWordLen = 32
	maxReach   = 256
)

// wordEnd returns the end of the word that starts at i, before hi, or
// where it passes maxWordLen.
//
// The ASCII letters and digits that make most of a word are passed over
// eight at a time here (alnumEnd); doc.WordEnd, which holds no state but i, goes on from
// the first other byte (a joiner, a non-ASCII rune, the word's end).
func wordEnd(text string, i, hi int) int {
	hi = min(hi, i+maxWordLen, len(text))
	i = alnumEnd(text, i, hi)
	if i >= hi {
		return i
	}
	if c := text[i]; c < utf8.RuneSelf && c != '\'' && c != '-' && c != '.' {
		return i // a space or punctuation, no joiner: the word's end, without the call
	}
	return doc.WordEnd(text, i, hi)
}

// asciiWord marks the bytes that are ASCII letters and digits.
var asciiWord = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// wordStart returns the start of the word that ends at i, after lo, or
// where it passes maxWordLen; i if no word ends there.
func wordStart(text string, lo, i int) int {
	lo = max(lo, i-maxWordLen)
	i = alnumStart(text, lo, i)
	for i > lo {
		if c := text[i-1]; c < utf8.RuneSelf {
			// ASCII, most words' every byte: told without decoding, as
			// doc.WordEnd does forward (TestWordStartASCII).
			if asciiWord[c] {
				i--
				continue
			}
			if (c == '\'' || c == '-' || c == '.') && i-1 > lo {
				if prev, _ := utf8.DecodeLastRuneInString(text[lo : i-1]); doc.IsWordRune(prev) {
					i--
					continue
				}
			}
			break
		}
		r, n := utf8.DecodeLastRuneInString(text[lo:i])
		if doc.IsWordRune(r) {
			i -= n
			continue
		}
		if doc.IsWordJoiner(r) && i-n > lo {
			if prev, _ := utf8.DecodeLastRuneInString(text[lo : i-n]); doc.IsWordRune(prev) {
				i -= n
				continue
			}
		}
		break
	}
	return i
}

// spaceBefore returns where the white space ending at i begins, after lo
// and no more than maxReach back, and whether it holds a line break.
func spaceBefore(text string, lo, i int) (int, bool) {
	lo = max(lo, i-maxReach)
	newline := false
	for i > lo {
		if c := text[i-1]; c < utf8.RuneSelf {
			// ASCII: unicode.IsSpace's ASCII spaces, told without
			// decoding (TestSpaceBeforeASCII).
			if c != ' ' && (c < '\t' || c > '\r') {
				break
			}
			newline = newline || c == '\n'
			i--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[lo:i])
		if !unicode.IsSpace(r) {
			break
		}
		newline = newline || r == '\n'
		i -= n
	}
	return i, newline
}

// cueBefore reports whether one of the n words ending at i, with only
// white space between them, is a cue.
func cueBefore(text string, lo, i, n int) bool {
	for ; n > 0; n-- {
		i, _ = spaceBefore(text, lo, i)
		start := wordStart(text, lo, i)
		if start == i {
			return false
		}
		if inSet(cues, text[start:i]) {
			return true
		}
		i = start
	}
	return false
}

// A lexicon is a set of short ASCII words in lower case, with a
// doc.WordFilter in front of its map: most words the classifier looks up
// (every word near a mark, for a cue) are in no set, and the filter turns
// those away before the map hashes them.
//
// Before both, lead answers from a word's length and first letter alone,
// before the word is lower-cased: bit c-'a' of lead[n] is set when a
// word of n bytes beginning with the letter c is in the set.
//
// inSet looks words up in table, which holds words' entries as a
// doc.WordTable: it hashes a word as it lower-cases it, a byte at a
// time, so that a word the filter lets through is found with no hashing
// of its own (the map's string hash and lookup took some 130
// instructions a word).
type lexicon struct {
	lead   [maxLexWord + 1]uint32
	filter *doc.WordFilter
	words  map[string]bool
	table  *doc.WordTable[bool]
}

// maxLexWord is the longest word inSet looks up.
const maxLexWord = 24

func newLexicon(words map[string]bool) *lexicon {
	l := &lexicon{filter: doc.FilterOf(words), words: words, table: doc.NewWordTable(words)}
	for w := range words {
		if c := w[0]; len(w) <= maxLexWord && 'a' <= c && c <= 'z' {
			l.lead[len(w)] |= 1 << (c - 'a')
		}
	}
	return l
}

// inSet reports whether w, in lower case, is in set. The sets hold short
// ASCII words, so anything else is not in them.
func inSet(set *lexicon, w string) bool {
	var buf [maxLexWord]byte
	if len(w) == 0 || len(w) > len(buf) {
		return false
	}
	// A word that opens with a letter no word of its length in the set
	// opens with is turned away before it is lower-cased. (A word that
	// opens with anything but an ASCII letter goes the whole way.)
	if c := w[0] | 0x20; 'a' <= c && c <= 'z' && set.lead[len(w)]&(1<<(c-'a')) == 0 {
		return false
	}
	h := uint32(doc.HashOffset) // doc.WordHash of the lower-case word, made as it is
	for i := 0; i < len(w); i++ {
		b := w[i]
		switch {
		case b >= utf8.RuneSelf:
			return false
		case 'A' <= b && b <= 'Z':
			b += 'a' - 'A'
		}
		buf[i] = b
		h = (h ^ uint32(b)) * doc.HashPrime
	}
	if !set.filter.MaybeBytes(buf[:len(w)]) {
		return false
	}
	in, _ := set.table.GetBytesHashed(buf[:len(w)], h)
	return in
}

// IsCue reports whether w (any case) is one of the words that report
// speech or writing in cues.txt, for stages that read the narration
// around a quotation.
func IsCue(w string) bool { return inSet(cues, w) }

// IsWork reports whether w (any case) is a noun for a work with a title
// in works.txt ("film", "book"), for stages that tell a title from a
// name given in marks.
func IsWork(w string) bool { return inSet(works, w) }

// IsVerbatim reports whether w (any case) is a verb whose object is the
// words themselves in verbatim.txt ("typed", "chanting"), for stages
// that give words in marks right after one to the verb's subject.
func IsVerbatim(w string) bool { return inSet(verbatim, w) }

// VerbatimAfter reports whether w, a verb of verbatim.txt, is a verb of
// its clause after the word prev: any form but an -ing one, which is a
// verb only after a form of "be" or a verb of beginning or going on
// (aspect.txt: "was texting", "began chanting"); elsewhere it is a
// gerund or a modifier ("Good writing “matters”", "Stop texting
// “friends”", "spent the night scribbling “notes”"), and the marks are
// no words it wrote or voiced.
func VerbatimAfter(prev, w string) bool {
	if !inSet(verbatim, w) {
		return false
	}
	if n := len(w); n < 3 || !strings.EqualFold(w[n-3:], "ing") {
		return true
	}
	return inSet(beForms, prev) || inSet(aspect, prev)
}

// IsAspect reports whether w (any case) is a verb of beginning, going
// on with or keeping up an act (aspect.txt), which an -ing verb after
// it continues: "began chanting", "kept calling".
func IsAspect(w string) bool { return inSet(aspect, w) }

// runeBefore is utf8.DecodeLastRuneInString(text[lo:i]), with an ASCII
// byte before i, most of what the classifier reads back over, told
// without the call.
func runeBefore(text string, lo, i int) (rune, int) {
	if i > lo {
		if c := text[i-1]; c < utf8.RuneSelf {
			return rune(c), 1
		}
	}
	return utf8.DecodeLastRuneInString(text[lo:i])
}
