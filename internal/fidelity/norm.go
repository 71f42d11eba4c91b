package fidelity

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// A quotation and its source are compared word by word, after each word
// is normalised: lower case, curly apostrophes made straight, British
// spellings folded to American ones, so that "Colour" and "color", "It’s"
// and "it's" count as the same word. Punctuation, quote marks, dashes and
// spacing are not words and never count. Hyphens and full stops split
// words ("primer-level" is "primer level"), since writers add and drop
// hyphens when they quote.

//go:embed variants.txt
var variantsTxt string

// variants maps a lower-case British spelling to its American one.
var variants = loadVariants(variantsTxt)

func loadVariants(data string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 {
			panic("fidelity: variants.txt: want two words on a line: " + line)
		}
		m[f[0]] = f[1]
		for _, suf := range []string{"s", "d", "ed", "ing", "er", "ers", "ly", "ful", "able", "ation"} {
			if _, ok := m[f[0]+suf]; !ok {
				m[f[0]+suf] = f[1] + suf
			}
		}
	}
	return m
}

// normWord returns the normalised form of the word w, already in lower
// case: the American spelling of a British one.
func normWord(w string) string {
	n := len(w)
	if n < 4 {
		return w // "the", "and", "our": no variant is shorter than four letters
	}
	if v, ok := variants[w]; ok {
		return v
	}
	switch {
	case n >= 6 && (strings.HasSuffix(w, "isation") || strings.HasSuffix(w, "isations")):
		// organisation → organization
		i := strings.LastIndex(w, "isation")
		return w[:i] + "ization" + w[i+7:]
	case n >= 6:
		// realise, realised, realises, realising; analyse …
		for _, suf := range [...]string{"ise", "ised", "ises", "ising", "iser", "isers", "yse", "ysed", "yses", "ysing"} {
			if strings.HasSuffix(w, suf) {
				return w[:n-len(suf)] + string(w[n-len(suf)]) + "z" + suf[2:]
			}
		}
	}
	// colour, honoured, favourite, labourers: "our" after a consonant in
	// a word of six letters or more (so "four", "hour", "your", "pour",
	// "tour", "contour" … stay).
	if n >= 6 {
		if i := strings.Index(w, "our"); i >= 2 && !isVowel(w[i-1]) && w[:i+3] != "contour" && w[:i+3] != "devour" && w[:i+3] != "detour" && w[:i+3] != "glamour" {
			return w[:i] + "or" + w[i+3:]
		}
	}
	return w
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// A word is one word of a text, normalised, with where it is.
type word struct {
	norm       string
	start, end int // byte span of the word as written
}

// isApostrophe reports whether r joins two halves of a word: don't, it’s.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// eachWord calls fn for every word of text[lo:hi] with its span, in
// order. A word is a run of letters, digits and combining marks, with
// inner apostrophes; anything else separates words.
func eachWord(text string, lo, hi int, fn func(start, end int)) {
	i := lo
	for i < hi {
		c := text[i]
		if c < utf8.RuneSelf {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(text[i:hi]); !doc.IsWordRune(r) {
			i += n
			continue
		}
		start := i
		for i < hi {
			r, n := rune(text[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(text[i:hi])
			}
			if doc.IsWordRune(r) {
				i += n
				continue
			}
			if isApostrophe(r) && i+n < hi {
				if next, _ := utf8.DecodeRuneInString(text[i+n : hi]); doc.IsWordRune(next) {
					i += n
					continue
				}
			}
			break
		}
		fn(start, i)
	}
}

// norm returns the normalised form of the word text[start:end].
func norm(w string) string {
	ascii := true
	lower := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			lower = false
		}
	}
	if !ascii {
		w = strings.Map(func(r rune) rune {
			if isApostrophe(r) {
				return '\''
			}
			return unicode.ToLower(r)
		}, w)
	} else if !lower {
		w = strings.ToLower(w)
	}
	return normWord(w)
}

// words returns the normalised words of text[lo:hi].
func words(text string, lo, hi int) []word {
	var ws []word
	eachWord(text, lo, hi, func(s, e int) {
		ws = append(ws, word{norm: norm(text[s:e]), start: s, end: e})
	})
	return ws
}

// hashWord is the 32-bit FNV-1a hash of a normalised word; the index and
// the quotation are compared by these hashes, and a match is then checked
// word by word on the strings where it matters.
func hashWord(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	if h == 0 {
		h = 1 // 0 marks "no word" in the index
	}
	return h
}
