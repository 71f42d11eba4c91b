package segment

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Tokens appends the tokens of each paragraph of text to dst and returns it.
func Tokens(text string, paras []doc.Paragraph, dst []doc.Token) []doc.Token {
	return tokensListing(text, paras, dst, &lists{})
}

// tokensListing is Tokens, and appends to ls what the tokenizer lists
// as it passes (see lists), in the order of the tokens.
func tokensListing(text string, paras []doc.Paragraph, dst []doc.Token, ls *lists) []doc.Token {
	for _, p := range paras {
		dst = tokenizeListing(text, p.Start, p.End, dst, ls, true)
	}
	return dst
}

// plain reports whether w is ASCII with no apostrophe: its lower-case
// form is then byte for byte Document.LowerText's (see doc.Token.Plain).
func plain(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || c == '\'' {
			return false
		}
	}
	return true
}

// tokenize appends the tokens of text[i:end] to dst. With fast, the
// commonest runs of bytes go through plainRun; without, every byte takes
// the general path below, which tests compare plainRun against.
func tokenize(text string, i, end int, dst []doc.Token, fast bool) []doc.Token {
	return tokenizeListing(text, i, end, dst, &lists{}, fast)
}

// tokenizeListing is tokenize, and appends to ls the terminators and
// quotation marks it passes (see lists).
func tokenizeListing(text string, i, end int, dst []doc.Token, ls *lists, fast bool) []doc.Token {
	text = text[:end] // lets the compiler drop bounds checks below
	// general is where the last step of the general path below began,
	// or -1: the marks of its bytes are listed at the next turn, which
	// every branch's continue reaches (plainRun lists its own).
	general := -1
	// open is the index in dst of the last ‘ not yet followed by a ’ mark.
	// A plural possessive a few words after it is its closing mark
	// instead: "the so-called ‘reforms’ failed".
	open := -1
	for i < end {
		if general >= 0 {
			ls.marksIn(text, general, i)
			general = -1
		}
		if fast {
			if i, dst = plainRun(text, i, end, dst, ls); i >= end {
				break
			}
		}
		if fast && quoteMark(text, i) {
			// A ‘ or ’ that is no elision, where plainRun stops most
			// often: a token, a mark listed and open set, as the general
			// path below makes them (TestPlainRun), without its decoding
			// and elision tests.
			ls.mark1(i)
			open = -1
			if text[i+2] == 0x98 {
				open = len(dst)
			}
			dst = append(dst, doc.Token{Start: int32(i), End: int32(i + 3), Kind: doc.TokenPunct})
			i += 3
			continue
		}
		general = i
		c := text[i]
		if c < utf8.RuneSelf {
			switch ascii[c] {
			case clSpace:
				i++
				continue
			case clDigit:
				j, kind := numberEnd(text, i, end)
				dst = append(dst, doc.Token{Start: int32(i), End: int32(j), Kind: kind, Plain: plain(text[i:j])})
				i = j
				continue
			case clLetter:
				j := i + 1
				for j < len(text) && asciiLetter[text[j]] {
					j++
				}
				// [i, letters) is ASCII letters: only what wordEnd adds
				// after them can make the word other than Plain.
				letters := j
				if j == end || wordStop[text[j]] {
					// Most words end at a space or a comma, where
					// wordEnd, which reads on through digits, joiners
					// and letters outside ASCII, would stop at once, and
					// closing, which looks for a ’ at the end, find none
					// (TestWordEndStops).
					dst = append(dst, doc.Token{Start: int32(i), End: int32(j), Kind: doc.TokenWord, Plain: true})
					i = j
					if i < end && text[i] == ' ' {
						i++ // the space most words end at, passed here, not by a turn of the loop
					}
					continue
				}
				j = closing(text, i, wordEnd(text, j, end), open >= 0 && len(dst)-open <= closeWindow)
				dst = append(dst, doc.Token{Start: int32(i), End: int32(j), Kind: doc.TokenWord, Plain: j == letters || plain(text[letters:j])})
				i = j
				continue
			}
			if c == '\'' {
				if j := elisionEnd(text, i, end); j > 0 {
					dst = append(dst, doc.Token{Start: int32(i), End: int32(j), Kind: doc.TokenWord})
					i = j
					continue
				}
			}
			j := i + 1
			if c == '.' || c == '-' {
				for j < end && text[j] == c {
					j++ // "..." and "--" are one token
				}
			}
			if c == '.' || c == '!' || c == '?' {
				ls.addTerm(i)
			}
			dst = append(dst, doc.Token{Start: int32(i), End: int32(j), Kind: doc.TokenPunct, Plain: c != '\''})
			i = j
			continue
		}
		r, size := decodeQuoteMark(text, i, end)
		switch {
		case isQuoteMark(r):
			// Checked first: curly marks are the commonest non-ASCII
			// characters in English text.
			if j := elision(r, text, i, end); j > 0 {
				dst = append(dst, doc.Token{Start: int32(i), End: int32(j), Kind: doc.TokenWord})
				i = j
				continue
			}
			switch r {
			case '‘':
				open = len(dst)
			case '’':
				open = -1
			}
			dst = append(dst, doc.Token{Start: int32(i), End: int32(i + size), Kind: doc.TokenPunct})
			i += size
		case isSpace(r):
			i += size
		case unicode.IsLetter(r):
			j := closing(text, i, wordEnd(text, i, end), open >= 0 && len(dst)-open <= closeWindow)
			dst = append(dst, doc.Token{Start: int32(i), End: int32(j), Kind: doc.TokenWord})
			i = j
		case unicode.IsDigit(r):
			j, kind := numberEnd(text, i, end)
			dst = append(dst, doc.Token{Start: int32(i), End: int32(j), Kind: kind})
			i = j
		case isApostrophe(r):
			if j := elisionEnd(text, i, end); j > 0 {
				dst = append(dst, doc.Token{Start: int32(i), End: int32(j), Kind: doc.TokenWord})
				i = j
				continue
			}
			fallthrough
		default:
			if r == '…' {
				ls.addTerm(i)
			}
			dst = append(dst, doc.Token{Start: int32(i), End: int32(i + size), Kind: doc.TokenPunct})
			i += size
		}
	}
	if general >= 0 {
		ls.marksIn(text, general, i)
	}
	return dst
}

// plainRun tokenizes from i the run of ASCII white space, plain ASCII
// words and ASCII punctuation (other than the apostrophe) that makes
// up most of English text, and returns where it stopped, at end or at
// the first byte it leaves to tokenize: a digit, an apostrophe, a byte
// outside ASCII, or a word that may go on past its letters (wordStop).
// It makes the tokens tokenize would make there. Its loop calls
// nothing, not even append's growth (room is made a block of text at a
// time, before it), so that its values stay in registers: Go's calls
// save no register, and in tokenize's loop, which calls out on every
// uncommon path, the compiler saved and reloaded them on every turn
// (TestPlainRun holds it to tokenize's general path).
func plainRun(text string, i, end int, dst []doc.Token, ls *lists) (int, []doc.Token) {
	text = text[:end] // lets the compiler drop bounds checks below
	for i < len(text) {
		// Room for the tokens that start in the next block of text, at
		// most one a byte, made here: the loop below writes them without
		// append, whose growth was a call on the path of every token.
		// The same for what it lists (lists), which it writes through
		// ls, not in values of its own: a terminator or a mark comes
		// every few dozen bytes, and more values carried in the loop's
		// registers put the word path's on the stack (and a call to
		// grow a list there, all of them).
		stop := min(len(text), i+plainBlock)
		dst = slices.Grow(dst, stop-i)
		ls.grow(stop - i)
		out, n := dst[:cap(dst)], len(dst)
		// The tests of places against the text's length below compare
		// them unsigned: the compiler cannot tell that i and j are not
		// negative, and after a signed test it checked the index again
		// before each read; unsigned, the one test is the check (about
		// 6 M instructions of 10 MB of text, a thirtieth of plainRun).
		// The bytes of a turn are read from block, whose length is the
		// loop's own bound, for the same reason.
		block := text[:stop]
		for uint(i) < uint(len(block)) {
			c := block[i]
			if asciiLetter[c] {
				// A word, the commonest token, asked first: one lookup
				// where the switch below compares its class three times.
				j := i + 1
				for j+8 <= len(text) {
					if m := nonLetters(doc.Word8(text, j)); m != 0 {
						j += bits.TrailingZeros64(m) >> 3
						goto letters
					}
					j += 8
				}
				for uint(j) < uint(len(text)) && asciiLetter[text[j]] {
					j++
				}
			letters:
				if uint(j) < uint(len(text)) && !wordStop[text[j]] {
					// The word may end at j all the same, as wordEnd
					// would find: at a full stop not before a letter
					// ("said. The", "end.”"), at a hyphen before neither
					// a letter nor a digit ("x -- y"), or at a rune of
					// punct80 or the mark ‘. Anything else (a digit, an
					// apostrophe, a joining full stop or hyphen, another
					// rune outside ASCII) is left to tokenize. Told here,
					// not by a function: a call on the path of a word
					// made the compiler keep the loop's values on the
					// stack (Go's calls save no register).
					c := text[j]
					ends := false
					switch {
					case c == 0xE2:
						ends = j+2 < len(text) && text[j+1] == 0x80 && (punct80[text[j+2]] || text[j+2] == 0x98)
					case c != '.' && c != '-':
					case j+1 == len(text):
						ends = true
					case text[j+1] < utf8.RuneSelf:
						n := text[j+1]
						ends = !asciiLetter[n] && (c == '.' || ascii[n] != clDigit)
					default:
						// A rune of General Punctuation (E2 80 xx:
						// quotation marks, dashes), or broken UTF-8, is
						// no word rune: the word ends before the stop or
						// hyphen ("end.”").
						ends = generalPunct(text, j+1)
					}
					if !ends {
						// An apostrophe ’ between letters, then letters
						// to a wordStop ("harbourmaster’s"), is one
						// word, as wordEnd reads it; anything else is
						// tokenize's.
						k := apostropheWordEnd(text, j)
						if k < 0 {
							return i, out[:n] // wordEnd may read on: tokenize's path
						}
						ls.mark(j) // the apostrophe, a mark to the quote stage
						out[n] = doc.Token{Start: int32(i), End: int32(k), Kind: doc.TokenWord}
						n++
						i = k
						continue
					}
				}
				out[n] = doc.Token{Start: int32(i), End: int32(j), Kind: doc.TokenWord, Plain: true}
				n++
				i = j
				if uint(i) < uint(len(text)) && text[i] == ' ' {
					i++ // the space most words end at, passed here, not by a turn of the loop
				}
				continue
			}
			switch plainClass[c] {
			case plainSpace:
				i++
			case plainPunct:
				j := i + 1
				switch c {
				case '.':
					for j < len(text) && text[j] == c {
						j++ // "..." is one token
					}
					ls.term(i)
				case '-':
					for j < len(text) && text[j] == c {
						j++ // "--" is one token
					}
				case '!', '?':
					ls.term(i)
				case '"', '`':
					ls.mark(i)
				}
				out[n] = doc.Token{Start: int32(i), End: int32(j), Kind: doc.TokenPunct, Plain: true}
				n++
				i = j
				if uint(i) < uint(len(text)) && text[i] == ' ' {
					i++ // the space after a comma or full stop, passed as a word's is
				}
			case plainDigit:
				// numberEnd's path for ASCII: digits with inner separators,
				// ended by a byte that is neither a letter, which makes the
				// number a word ("1920s"), nor outside ASCII, which may be
				// either; those are left to tokenize.
				j := i + 1
				for j < len(text) {
					if c := text[j]; '0' <= c && c <= '9' ||
						(c == ',' || c == '.' || c == '/' || c == ':') && j+1 < len(text) && '0' <= text[j+1] && text[j+1] <= '9' {
						j++
						continue
					}
					break
				}
				if j < len(text) && (asciiLetter[text[j]] || text[j] >= utf8.RuneSelf && !generalPunct(text, j)) {
					return i, out[:n]
				}
				out[n] = doc.Token{Start: int32(i), End: int32(j), Kind: doc.TokenNumber, Plain: true}
				n++
				i = j
				if uint(i) < uint(len(text)) && text[i] == ' ' {
					i++ // the space after a number, passed as a word's is
				}
			case plainLead:
				// A dash, an ellipsis or a double quotation mark (or a low
				// or reversed single one): a token of its own, as tokenize
				// makes it (not Plain: it is not ASCII). The marks ‘ and ’,
				// which may be apostrophes and which tokenize tracks, and
				// every other rune are left to tokenize.
				if i+2 >= len(text) || text[i+1] != 0x80 || !punct80[text[i+2]] {
					return i, out[:n]
				}
				if b := text[i+2]; b == 0xA6 { // "…"
					ls.term(i)
				} else if b >= 0x9A { // a quotation mark, ‚ to ‟ (punct80)
					ls.mark(i)
				}
				out[n] = doc.Token{Start: int32(i), End: int32(i + 3), Kind: doc.TokenPunct}
				n++
				i += 3
			default:
				return i, out[:n]
			}
		}
		dst = out[:n]
	}
	return i, dst
}

// quoteMark reports whether text[i:] opens with ‘ or ’ (E2 80 98 or 99)
// where tokenize finds no elision (mayElide): a mark of its own.
func quoteMark(text string, i int) bool {
	return i+2 < len(text) && text[i] == 0xE2 && text[i+1] == 0x80 && (text[i+2] == 0x98 || text[i+2] == 0x99 && !mayElide(text, i))
}

// mayElide reports whether the ’ at i (E2 80 99) may begin an elision
// ("’tis", "’90s"), as elisionEnd reads one: only where an ASCII letter
// or digit follows it and none stands before it. (elisionEnd also turns
// away a ’ after a word rune outside ASCII, or before a letter no
// elision begins with, which tokenize is left to find.) A ’ before
// anything else, or after a letter or digit, is a mark of its own.
func mayElide(text string, i int) bool {
	j := i + len("’")
	if j >= len(text) || !asciiLetter[text[j]] && (text[j] < '0' || text[j] > '9') {
		return false
	}
	return i == 0 || !asciiLetter[text[i-1]] && (text[i-1] < '0' || text[i-1] > '9')
}

// apostropheWordEnd returns the end of a word whose ASCII letters end
// at j before ’ (E2 80 99), letters and a wordStop or the end, as in
// "harbourmaster’s", or -1 when the word is not of that form.
func apostropheWordEnd(text string, j int) int {
	k := j + len("’")
	if k >= len(text) || text[j] != 0xE2 || text[j+1] != 0x80 || text[j+2] != 0x99 || !asciiLetter[text[k]] {
		return -1
	}
	for k < len(text) && asciiLetter[text[k]] {
		k++
	}
	if k < len(text) && !wordStop[text[k]] {
		return -1
	}
	return k
}

// plainBlock is how many bytes of text plainRun makes room for tokens
// for at a time, one token a byte at most: enough that asking for the
// room costs little a byte. The room is dst's capacity, which grows as
// append would grow it.
const plainBlock = 256

// punct80 marks the last bytes of the runes E2 80 xx that tokenize
// makes a punctuation token of at once, and that end a word before
// them (wordEnd): – (93), — (94), the quotation marks ‚ ‛ “ ” „ ‟ (9A
// to 9F) and … (A6). Not ‐ (90), which joins words, nor ‘ ’ (98, 99).
var punct80 = [256]bool{0x93: true, 0x94: true, 0x9A: true, 0x9B: true, 0x9C: true, 0x9D: true, 0x9E: true, 0x9F: true, 0xA6: true}

// generalPunct reports whether the bytes at j begin a rune of General
// Punctuation from U+2000 to U+203F (E2 80 xx: quotation marks, dashes,
// the ellipsis) or broken UTF-8 there, neither of which is a letter, a
// digit or a combining mark, so that a word or number ends before it.
func generalPunct(text string, j int) bool {
	return text[j] == 0xE2 && (j+1 == len(text) || text[j+1] == 0x80)
}

// nonLetters returns a word whose lowest set bit is the high bit of
// the first byte of x (eight bytes of text, the first the lowest) that
// is not an ASCII letter, or 0 when all eight are letters: its trailing
// zeros over eight are the count of letters that open x. A word's
// letters are told eight at a time instead of one table lookup and
// branch a byte (TestNonLetters). With the 0x20 bit set, the ASCII
// letters of either case are the bytes 0x61 to 0x7a; adding 0x1f sets
// an ASCII byte's high bit from 0x61 up, adding 0x05 from 0x7b up. Only
// a byte outside ASCII, which is flagged itself, can carry into the
// byte above it, so that bytes above the first flagged one may be
// flagged wrongly but none below it is.
func nonLetters(x uint64) uint64 {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	y := x | 0x20*ones
	return (^(y + (0x80-'a')*ones) | (y + (0x80-'z'-1)*ones) | x) & high
}

// Classes of plainClass: how plainRun reads a byte.
const (
	plainNone   = iota // left to tokenize: the apostrophe, bytes outside ASCII but E2
	plainSpace         // ASCII white space
	plainLetter        // starts an ASCII word
	plainPunct         // ASCII punctuation other than the apostrophe: a token of its own
	plainDigit         // starts a number
	plainLead          // E2, which leads dashes, quotation marks and the ellipsis
)

// plainClass is plainRun's byte-class table.
var plainClass = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			t[c] = plainSpace
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			t[c] = plainLetter
		case c >= '0' && c <= '9':
			t[c] = plainDigit
		case c == '\'':
			t[c] = plainNone
		default:
			t[c] = plainPunct
		}
	}
	t[0xE2] = plainLead
	return t
}()

// closing returns the end of the word [i, j) without a final ’ when
// recent says a ‘ opened a few tokens before: the mark closes it.
func closing(text string, i, j int, recent bool) int {
	if recent && j-len("’") > i && text[j-1] == 0x99 && strings.HasSuffix(text[i:j], "’") && !(possessive(text, j-len("’"), j, len(text)) && closedLater(text, j)) {
		return j - len("’")
	}
	return j
}

// closedLater reports whether a ’ after punctuation (",’", ".’", "?’")
// closes the quotation further on, within closedReach bytes, before
// another ‘ opens or the paragraph ends: then a plural possessive with
// a noun after it near the opening mark is a possessive after all,
// "‘The workers’ decision was final,’ she said." (fifty-fifth session).
func closedLater(text string, j int) bool {
	rest := text[j:min(len(text), j+closedReach)]
	for k := 0; k < len(rest); k++ {
		switch rest[k] {
		case '\n':
			if k+1 < len(rest) && rest[k+1] == '\n' {
				return false
			}
		case 0xE2:
			if k+2 < len(rest) && rest[k+1] == 0x80 {
				switch rest[k+2] {
				case 0x98: // ‘
					return false
				case 0x99: // ’
					if k > 0 && strings.IndexByte(",.?!;:", rest[k-1]) >= 0 {
						return true
					}
				}
			}
		}
	}
	return false
}

// closedReach bounds closedLater's search.
const closedReach = 400

// closeWindow is how many tokens after an opening ‘ a word ending in s’
// is taken to close it rather than to be a plural possessive. Scare
// quotes and titles are short; "the workers’ training" deep in a long
// quotation is a possessive.
const closeWindow = 4

type class uint8

const (
	clOther class = iota
	clSpace
	clDigit
	clLetter
)

var (
	ascii       [utf8.RuneSelf]class
	asciiLetter [256]bool // the bytes of ASCII letters
	// wordStop marks the bytes at which a run of ASCII letters ends its
	// word whatever follows: ASCII bytes but digits, the hyphen, the
	// full stop and the apostrophe, which wordEnd may read on through
	// (TestWordEndStops). One lookup, where four tests were.
	wordStop [256]bool
)

func init() {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			ascii[c] = clSpace
		case c >= '0' && c <= '9':
			ascii[c] = clDigit
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			ascii[c] = clLetter
			asciiLetter[c] = true
		}
	}
	for c := 0; c < utf8.RuneSelf; c++ {
		wordStop[c] = ascii[c] != clDigit && c != '-' && c != '.' && c != '\''
	}
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isQuoteMark reports whether r is one of the curly quotation marks
// U+2018–U+201F (‘ ’ ‚ ‛ “ ” „ ‟).
func isQuoteMark(r rune) bool { return r >= '‘' && r <= '‟' }

// isWordRune reports whether r continues a word: letters, digits and
// combining marks.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r] == clLetter || ascii[r] == clDigit
	}
	if '\u2000' <= r && r <= '\u206f' {
		// General Punctuation: curly quotation marks, dashes, spaces.
		// None is a letter, digit or mark, and the commonest runes
		// after a word's full stop or apostrophe ("still.”") are here,
		// where the tests below would search the tables of marks
		// (TestIsWordRuneFast).
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordEnd returns the end of the word starting at i. Inner apostrophes,
// hyphens and full stops between letters belong to the word
// ("Khrushchev’s", "well-known", "L.M"), and so does a plural possessive
// apostrophe when a noun follows ("workers’ training").
func wordEnd(text string, i, end int) int {
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			if cl := ascii[c]; cl == clLetter || cl == clDigit {
				i++
				continue
			}
			if c != '-' && c != '.' && c != '\'' {
				return i
			}
			// A hyphen or full stop before an ASCII byte, or at the end,
			// is told from that byte alone: the word goes on only past a
			// full stop before a letter ("L.M") or a hyphen before a
			// letter or digit ("well-known"), as the rune path below
			// finds. Most full stops end a sentence.
			if c != '\'' && (i+1 == end || text[i+1] < utf8.RuneSelf) {
				if i+1 == end {
					return i
				}
				cl := ascii[text[i+1]]
				if cl != clLetter && (c == '.' || cl != clDigit) {
					return i
				}
				i++
				continue
			}
		} else if c == 0xE2 && i+2 < end && text[i+1] == 0x80 && text[i+2]&^7 == 0x98 && text[i+2] != 0x99 {
			// A curly quotation mark other than ’ (U+2018 to U+201F,
			// E2 80 98 to E2 80 9F): no word rune, no joiner, no
			// apostrophe, so the word ends before it, as the rune path
			// finds after decoding it. Common after a quoted word.
			return i
		}
		r, size := decode(text, i, end)
		if r != '’' && isWordRune(r) {
			i += size
			continue
		}
		if r == '-' || r == '.' || r == '‐' || isApostrophe(r) {
			nr, _ := decode(text, i+size, end)
			if i+size < end && isWordRune(nr) && (r != '.' || unicode.IsLetter(nr)) {
				i += size
				continue
			}
			if isApostrophe(r) && possessive(text, i, i+size, end) {
				return i + size
			}
		}
		return i
	}
	return i
}

// possessive reports whether the apostrophe at [a, b) ends a plural
// possessive ("workers’ training") rather than closing a quotation
// ("‘capitalist democracies’ and"): the word before ends in s, and the
// next word is not a function word that would follow a closed quotation.
func possessive(text string, a, b, end int) bool {
	if a == 0 || (text[a-1] != 's' && text[a-1] != 'S') {
		return false
	}
	if b >= end || text[b] != ' ' {
		return false
	}
	next := wordAt(text, b+1, end)
	if next == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) && !functionWords[next]
}

// functionWords follow a closing quotation mark far more often than a
// plural possessive does.
var functionWords = map[string]bool{
	"and": true, "or": true, "but": true, "nor": true, "to": true, "of": true,
	"in": true, "on": true, "at": true, "by": true, "for": true, "from": true,
	"with": true, "as": true, "is": true, "are": true, "was": true, "were": true,
	"be": true, "been": true, "has": true, "have": true, "had": true, "that": true,
	"which": true, "who": true, "than": true, "then": true, "so": true, "if": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"said": true, "says": true, "wrote": true, "will": true, "would": true,
	"could": true, "can": true, "should": true, "may": true, "might": true,
	"into": true, "about": true, "when": true, "where": true, "while": true,
	"because": true, "though": true, "although": true, "since": true,
}

// elision returns elisionEnd(text, i, end) if r, at i, is an apostrophe, else 0.
func elision(r rune, text string, i, end int) int {
	if !isApostrophe(r) {
		return 0
	}
	return elisionEnd(text, i, end)
}

// elisions are words that begin with an apostrophe.
var elisions = []string{"tis", "twas", "em", "n", "cause", "til", "bout", "round", "s"}

// elisionEnd returns the end of a word that starts with the apostrophe at
// i ("’90s", "’tis", "’n’"), or 0 if the apostrophe is a quote mark.
func elisionEnd(text string, i, end int) int {
	_, size := decode(text, i, end)
	j := i + size
	if j >= end {
		return 0
	}
	if i > 0 {
		if pr, _ := utf8.DecodeLastRuneInString(text[:i]); isWordRune(pr) {
			return 0
		}
	}
	if text[j] >= '0' && text[j] <= '9' {
		k := j
		for k < end && text[k] >= '0' && text[k] <= '9' {
			k++
		}
		if k-j == 2 {
			for k < end && text[k] == 's' {
				k++
			}
			return k // ’90s, ’23
		}
		return 0
	}
	switch text[j] | 0x20 {
	case 't', 'e', 'n', 'c', 'b', 'r', 's':
		// The first letters of elisions, either case: an opening ‘
		// before any other word is told without the list (a match
		// needs ASCII bytes, since a rune outside ASCII that folds to
		// a letter is longer than it: TestElisionFirstLetters).
	default:
		return 0
	}
	rest := text[j:end]
	for _, w := range elisions {
		if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) {
			k := j + len(w)
			if k < end {
				nr, nsize := decode(text, k, end)
				if isWordRune(nr) {
					continue
				}
				if w == "n" && isApostrophe(nr) {
					k += nsize // rock ’n’ roll
				}
			}
			return k
		}
	}
	return 0
}

// numberEnd returns the end of the number starting at i: digits with inner
// separators ("1,000", "3.5", "9/11"); letters straight after make it a
// word ("1920s", "3rd").
func numberEnd(text string, i, end int) (int, doc.TokenKind) {
	for i < end {
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			i++
		case (c == ',' || c == '.' || c == '/' || c == ':') && i+1 < end && text[i+1] >= '0' && text[i+1] <= '9':
			i++
		default:
			r, size := decode(text, i, end)
			switch {
			case unicode.IsDigit(r):
				i += size // "۱۹۲۳", "١٢"
			case unicode.IsLetter(r):
				return wordEnd(text, i, end), doc.TokenWord
			default:
				return i, doc.TokenNumber
			}
		}
	}
	return i, doc.TokenNumber
}

// decodeQuoteMark decodes the rune at i, which is not ASCII: a curly
// quotation mark (U+2018 to U+201F, E2 80 98 to E2 80 9F), the commonest
// such rune in English text, from its last byte, and any other rune as
// utf8.DecodeRuneInString does.
func decodeQuoteMark(text string, i, end int) (rune, int) {
	if i+2 < end && text[i] == 0xE2 && text[i+1] == 0x80 && text[i+2]&^7 == 0x98 {
		return '‘' + rune(text[i+2]-0x98), 3
	}
	return utf8.DecodeRuneInString(text[i:end])
}

func decode(text string, i, end int) (rune, int) {
	if i >= end {
		return utf8.RuneError, 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:end])
}
