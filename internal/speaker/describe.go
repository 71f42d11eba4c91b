package speaker

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// roleTitles are the abbreviated titles that go with a role word: "the
// senator" is the "Sen." of the text.
var roleTitles = map[string]string{"senator": "sen", "representative": "rep", "congressman": "rep", "congresswoman": "rep", "governor": "gov", "doctor": "dr", "reverend": "rev", "general": "gen", "colonel": "col", "captain": "capt", "professor": "prof", "president": "pres"}

// describeReach bounds how far back a description looks for its name.
const describeReach = 4000

// resolveDescription returns the name a definite description at s
// refers to ("the senator", "the New York businessman"): the nearest
// name before it that the text gives the description's last word,
// either as a word before the name ("Senator Ann Ortiz", "businessman
// Ed Moss", "Sen. Ann Ortiz") or in an appositive after it ("Ann Ortiz,
// a Democratic senator,"). "" when none does: a reader could not tell
// either.
func (a *attributor) resolveDescription(desc string, at int) string {
	if !strings.HasPrefix(desc, "the ") && !strings.HasPrefix(desc, "The ") {
		if len(desc) >= 8 && len(desc) <= 11 && desc[0]|0x20 == 'h' {
			return a.f5Kin(desc, at) // "his wife": f5_describe.go
		}
		return "" // cheap test first: most subjects are names
	}
	// The description's words, as strings.Fields splits them, up to six,
	// cut in place (n9Fields): the iterator of strings.FieldsSeq cost a
	// call a word. Its first word is "the" or "The": the prefix tested
	// above ends at a space.
	var buf [6]string
	ws := n9Fields(buf[:0], desc)
	if n := len(ws); n < 2 || n > 5 {
		return ""
	}
	head := strings.Trim(ws[len(ws)-1], ".,")
	if len(head) < 3 || capital(head) || function[head] || marksIn(head)&(mApos|mRightSingle) != 0 {
		return "" // "the Caterpillar" is a name already
	}
	title := roleTitles[head]
	// A mention whose keys lack head's bit matches head by no word
	// (mentionWords.keys); only its title is left to test. A head beyond
	// ASCII is compared with every mention: strings.EqualFold may match
	// it with a word of another length.
	q := describeQuery{head: head, title: title, gate: isASCII(head), bit: sigBit(head)}
	i := sort.Search(len(a.mentions), func(i int) bool { return a.mentions[i].Start >= at })
	if len(a.around) != len(a.mentions) {
		a.makeAround()
	}
	// With no character that lower-cases to ASCII in the text, the
	// mentions whose stretches may hold head are found by the head's
	// index (p2Resolve, p2_describe.go), not one by one.
	if q.gate && !gatesOff && !a.p2Folds() {
		return a.p2Resolve(&q, i, at)
	}
	for j := i - 1; j >= 0 && j >= i-48; j-- {
		m := &a.mentions[j]
		if at-m.End > describeReach {
			break
		}
		if m.inQuote {
			continue
		}
		if r := a.describeMatch(j, &q, true); r != "" {
			return r
		}
	}
	return ""
}

// describeQuery is a description's head word as resolveDescription
// compares it with the mentions before it: title is its abbreviated
// title ("sen" for "senator", or ""), gate whether head is ASCII, bit
// its sigBit.
type describeQuery struct {
	head, title string
	gate        bool
	bit         uint64
}

// describeMatch returns the name mention j gives description q, or ""
// if it gives none. may is false only where the word before the mention
// and its appositive's words are known not to be q's head (p2Mention):
// then, if they have not been read, they are not.
func (a *attributor) describeMatch(j int, q *describeQuery, may bool) string {
	m, mw, head, title := &a.mentions[j], &a.around[j], q.head, q.title
	if !may && !mw.read {
		// The tests below that read no word of them, in their order.
		// The first word is compared only when its first byte may fold
		// to head's (EqualFold matches "ſ" with "s", the Kelvin sign
		// with "k").
		if b := m.text; b != "" && (b[0] == head[0] || b[0]|0x20 == head[0] || b[0] >= utf8.RuneSelf) {
			if f := firstWord(m.text); strings.EqualFold(f, head) && len(f) < len(m.text) {
				return m.text[len(f)+1:]
			}
		}
		if title != "" && lowerHasPrefixDot(m.text, title) {
			return m.text
		}
		return ""
	}
	// wordsAround(j), without a call for the mentions read already.
	if !mw.read {
		a.readWords(j, mw)
	}
	if q.gate && mw.keys&q.bit == 0 {
		if title != "" && lowerHasPrefixDot(m.text, title) {
			return m.text
		}
		return ""
	}
	// Before the name: "businessman Ed Moss", "Sen. Ann Ortiz".
	if mw.hasBefore && lowerIs(mw.before(a.text), head) {
		return m.text
	}
	if f := firstWord(m.text); strings.EqualFold(f, head) && len(f) < len(m.text) {
		return m.text[len(f)+1:] // "Carpenter Ed Moss" opening a sentence
	}
	if title != "" && lowerHasPrefixDot(m.text, title) {
		return m.text
	}
	// After it: "Ann Ortiz, a Democratic senator"; only if a word
	// of the appositive may be head (mentionWords.sigs), and the name
	// is no place an opening phrase names ("In Oslo, the mayor said":
	// placeOpening).
	if mw.sigs&q.bit != 0 && !placeOpening(a.text, m.Start) {
		for w := range strings.FieldsSeq(mw.after(a.text)) {
			if g1EndsHead(w) {
				break // "a spokesman for the port authority" is no authority (g1_describe.go)
			}
			if lowerIs(w, head) {
				return m.text
			}
		}
	}
	return ""
}

// mentionWords are the words around a mention that resolveDescription
// compares a description's head word with: the last word before it
// (within 40 bytes, "." and "," trimmed) and the words of an
// appositive after it (", a Democratic senator" up to the next ",", "."
// or ";", within 100 bytes). A mention is compared with every
// description up to 48 mentions after it; they are read once.
//
// The words are kept as where they are in the text, not as strings: a
// document's mentionWords are made at once, one for each of its
// mentions (some 70,000 on a 10 MB text), and with no pointer in them
// they take 32 bytes each instead of 56, and the collector has none to
// follow.
type mentionWords struct {
	// before is the word before the mention, text[beforeAt:][:beforeLen]
	// (40 runes at most, 160 bytes); after is the appositive's words,
	// for strings.FieldsSeq, text[afterAt:][:afterLen] (100 runes at
	// most, 400 bytes).
	beforeAt, afterAt   int32
	beforeLen, afterLen uint16
	read                bool
	hasBefore           bool
	// sigs has sigBit(w) of each word w of after (of its lower case,
	// for a word beyond ASCII): a head whose bit is not here is lowerIs none
	// of the words, which are then not split again for each of the
	// dozens of descriptions compared with the mention.
	sigs uint64
	// keys is sigs with the bits of the word before (before) and of the
	// mention's first word, as sigs has them: an ASCII head whose bit is
	// not here matches the mention by no word, and is compared with its
	// title alone (resolveDescription). A first word beyond ASCII sets
	// every bit: strings.EqualFold may match it with a head of another
	// length ("K", the Kelvin sign, with "k").
	keys uint64
}

// sigBit returns a bit for w made of its length and its first and last
// bytes with bit 5 set. An ASCII word w and any head with
// lowerIs(w, head) are as long, and each byte of head is w's byte or,
// for a capital, that byte with bit 5 set: the two have the same bit.
// For any other word, lowerIs(w, head) is strings.ToLower(w) == head.
func sigBit(w string) uint64 {
	if w == "" {
		return 1
	}
	h := uint(len(w))*7 + uint(w[0]|0x20)*3 + uint(w[len(w)-1]|0x20)
	return 1 << (h & 63)
}

// wordsAround returns the words around mention j, reading them the first
// time (readWords).
func (a *attributor) wordsAround(j int) *mentionWords {
	if len(a.around) != len(a.mentions) {
		a.makeAround()
	}
	mw := &a.around[j]
	if !mw.read {
		a.readWords(j, mw)
	}
	return mw
}

// makeAround makes the table of wordsAround, one entry a mention, none
// read yet (a.mentions is made once, before any description is read).
func (a *attributor) makeAround() {
	a.around = make([]mentionWords, len(a.mentions))
}

// readWords reads the words around mention j into mw, its entry.
func (a *attributor) readWords(j int, mw *mentionWords) {
	mw.read = true
	text, m := a.text, &a.mentions[j]
	lo, hi := runeWindow(text, m.Start, m.End, 40, 100)
	if i, e, ok := lastFieldAt(text[lo:m.Start]); ok {
		// The field with "." and "," trimmed, as strings.Trim(w, ".,")
		// gives it, by where it is.
		i, e = lo+i, lo+e
		for i < e && (text[i] == '.' || text[i] == ',') {
			i++
		}
		for e > i && (text[e-1] == '.' || text[e-1] == ',') {
			e--
		}
		if m.Start-e < 2 || !c4ParagraphBetween(text[e:m.Start]) { // most names: one space after the word
			mw.hasBefore, mw.beforeAt, mw.beforeLen = true, int32(i), uint16(e-i)
			mw.keys |= lowerSigBit(text[i:e]) // sigBit(lowerKey(text[i:e])) (y9_sig.go)
		}
	}
	if f := firstWord(m.text); isASCII(f) {
		mw.keys |= sigBit(f) // sigBit reads an ASCII word's letters in either case
	} else {
		mw.keys = ^uint64(0)
	}
	after := text[m.End:hi]
	if strings.HasPrefix(after, ", ") {
		clause := after[2:]
		ascii := true
		// The clause ends at the first ",", "." or ";" (ASCII bytes,
		// which no character beyond ASCII holds: strings.IndexAny's
		// answer, without its set made at every call).
		closed := false
		for k := 0; k < len(clause); k++ {
			if c := clause[k]; c == ',' || c == '.' || c == ';' {
				clause, closed = clause[:k], c == ','
				break
			} else if c >= utf8.RuneSelf {
				ascii = false
			}
		}
		if !closed && n65Clause(clause) {
			clause = "" // "… seen by the Chronicle, the planning chief warned that …": a clause, no appositive (n65_apposition.go)
		}
		mw.afterAt, mw.afterLen = int32(m.End+2), uint16(len(clause))
		if ascii {
			mw.sigs = asciiFieldSigs(clause)
		} else {
			for w := range strings.FieldsSeq(clause) {
				mw.sigs |= lowerSigBit(w) // of the lower case, what lowerIs compares
			}
		}
	}
	mw.keys |= mw.sigs
}

// asciiFieldSigs returns the sigBits of the words of s, an ASCII
// string, as strings.FieldsSeq splits it: at the ASCII spaces, the only
// ones unicode.IsSpace holds in ASCII (asciiSpace). A byte at a time,
// where the iterator reads the stretch through a function call a word.
func asciiFieldSigs(s string) uint64 {
	var sigs uint64
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpace(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !asciiSpace(s[j]) {
			j++
		}
		if j > i {
			sigs |= sigBit(s[i:j])
		}
		i = j
	}
	return sigs
}

// before returns the word before the mention, "." and "," trimmed ("" if
// none).
func (mw *mentionWords) before(text string) string {
	return text[mw.beforeAt:][:mw.beforeLen]
}

// after returns the words of the appositive after the mention ("" if
// none).
func (mw *mentionWords) after(text string) string {
	return text[mw.afterAt:][:mw.afterLen]
}

// lowerKey returns w as sigBit should read it for lowerIs: w itself
// when it is ASCII (lowerIs(w, head) is strings.ToLower(w) == head, and
// sigBit gives an ASCII word its lower case's bit), else its lower case.
func lowerKey(w string) string {
	if isASCII(w) {
		return w
	}
	return strings.ToLower(w)
}

// lastField returns the last of strings.Fields(s) without splitting all
// of s; ok is false when s is all space. Lower-casing changes no space,
// so the last field of the lower-cased text is the lower-cased last
// field.
func lastField(s string) (string, bool) {
	i, e, ok := lastFieldAt(s)
	return s[i:e], ok
}

// lastFieldAt is lastField as where the field is: s[i:e] (i == e == 0
// when ok is false).
func lastFieldAt(s string) (i, e int, ok bool) {
	// ASCII first, a byte at a time (unicode.IsSpace's spaces in ASCII
	// are those of asciiSpace): the word before every mention a
	// description is compared with. A byte beyond ASCII in the way
	// sends the stretch to the general reading.
	e = len(s)
	for e > 0 && asciiSpace(s[e-1]) {
		e--
	}
	if e > 0 && s[e-1] < utf8.RuneSelf {
		i := e - 1
		for i > 0 && s[i-1] < utf8.RuneSelf && !asciiSpace(s[i-1]) {
			i--
		}
		if i == 0 || asciiSpace(s[i-1]) {
			return i, e, true
		}
	}
	e = len(strings.TrimRightFunc(s, unicode.IsSpace))
	if e == 0 {
		return 0, 0, false
	}
	i = strings.LastIndexFunc(s[:e], unicode.IsSpace)
	if i < 0 {
		return 0, e, true
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return i + n, e, true
}

// lowerIs reports whether strings.ToLower(w) == low. It is asked of
// every word near dozens of names for each description; an ASCII word
// is compared a byte at a time instead of lower-cased into a new
// string. (Trimming "." and "," before lower-casing or after gives the
// same string: no letter lower-cases to either.)
func lowerIs(w, low string) bool {
	if len(w) != len(low) {
		if isASCII(w) {
			return false
		}
		return strings.ToLower(w) == low
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return strings.ToLower(w) == low
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != low[k] {
			// The rest may hold a character whose lower case is
			// longer or shorter; only ASCII settles it here.
			if isASCII(w[k:]) {
				return false
			}
			return strings.ToLower(w) == low
		}
	}
	return true
}

// lowerHasPrefixDot reports whether strings.ToLower(s) starts with
// title+"." for an ASCII title, without lower-casing s when its first
// len(title)+1 bytes are ASCII (a non-ASCII character there may
// lower-case to ASCII: the Kelvin sign to "k").
func lowerHasPrefixDot(s, title string) bool {
	n := len(title) + 1
	if len(s) < n || !isASCII(s[:n]) {
		return strings.HasPrefix(strings.ToLower(s), title+".")
	}
	return s[len(title)] == '.' && lowerIs(s[:len(title)], title)
}

// asciiSpace reports whether c is an ASCII byte that unicode.IsSpace
// holds a space.
func asciiSpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

func isASCII(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// placeOpening reports whether the name that starts at byte s is the
// object of a preposition of place that opens its sentence ("In Oslo,
// the mayor said", "From Kyiv, the minister said"): its comma closes
// the opening phrase, and the description after it is the sentence's
// subject, not the name's appositive (the mayor was named "Oslo").
func placeOpening(text string, s int) bool {
	e := s
	for e > 0 && text[e-1] == ' ' {
		e--
	}
	i := e
	for i > 0 && e-i < 10 && isASCIILetter(text[i-1]) {
		i--
	}
	switch strings.ToLower(text[i:e]) {
	case "in", "from", "at", "across", "inside", "outside", "near", "throughout":
	default:
		return false
	}
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	return i == 0 || strings.ContainsRune(".!?\n\"“‘(", rune(text[i-1]))
}
