// Package sources finds the named sources of an article: the people,
// organisations, works, periodicals and websites it says its information
// comes from, and the unnamed ones it only gestures at ("some say",
// "pro-Soviet sources from the 1930s").
//
// Approach. One pass over the tokens, after segmentation, quotations and
// citations, builds candidates from capitalised word sequences (with
// initials, "L.M.", "H. G.", and particles, "van der", "of"), from the
// cite and emphasis markup, from quotations of kind title and from the
// parsed reference entries. Small lexicons, kept as data files, type
// them: periodicals and news agencies ("the Daily X", "X Times"), websites
// and their language editions ("the Russian version of Wikipedia"), work
// nouns with their class ("memoirs" primary, "biography" secondary,
// "post" user-generated), organisation words ("Committee", "Board").
//
// Why evidence is required. A capitalised name is a source only when the
// text treats it as one: it is followed by a reporting verb ("Kaganovich
// recalled", "he said"), by a colon that opens a quotation, or by a work
// ("Montefiore's books", "Kaganovich memoirs", "his memoirs"); it follows
// "according to", "credited to" or an authoring "by" ("a biography of
// Khrushchev by William Taubman"); or it is an author in a reference
// entry. A person named only as a topic is left out: the essay names
// dozens of historical figures, and a source list that held them all
// would hide the few the author actually relies on. Periodicals, websites
// and works are sources whenever named.
//
// Variants are merged after the pass: a multi-word name joins a cluster
// with the same surname whose given names agree, an initial agreeing with
// a full name ("L.M. Kaganovich", "Lazar Kaganovich"); a first name and
// patronymic joins the cluster with that first name ("Nikita
// Sergeyevich"); a single word joins the one cluster whose surname it is
// ("Khrushchev"). Possessives are stripped, and every mention of a
// cluster is kept once any of them is evidence. Work cost is linear in
// the tokens: each token is looked at a bounded number of times and the
// lexicons are maps.
package sources

import (
	"cmp"
	"encoding/binary"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Detect sets d.Sources from the tokens, markup, quotations and references
// earlier stages left on d.
func Detect(d *doc.Document) {
	b := newBuilder(d)
	b.markupWorks()
	b.scan()
	b.speakerMentions()
	b.links()
	d.Sources = b.finish()
}

// A mention of a source whose key is already known.
type mention struct {
	key   string
	name  string
	rank  int // a higher rank's name wins
	typ   doc.SourceType
	class doc.SourceClass
	vague bool
	span  doc.Span
}

// A perName is a periodical's key and name (see builder.perTail).
type perName struct{ key, name string }

// A person or organisation candidate, kept whether or not it turns out
// to be a source.
type cand struct {
	span     doc.Span
	words    []string
	org      bool
	evidence bool
	class    doc.SourceClass
	sent     int32
	quote    int32
	cluster  int
}

// A work named by its owner: "Taubman's book", "his memoirs".
type ownerWork struct {
	owner int // index in builder.cands
	noun  string
	class doc.SourceClass
	span  doc.Span
}

type builder struct {
	d    *doc.Document
	toks []doc.Token
	txt  string // d.Text, read by the helpers below without going through d
	// claimed marks the tokens already part of a work, periodical or
	// website mention; one bit a token (see isClaimed).
	claimed []uint64
	sweep   sweep                // the facts of the tokens the scan reads (see sweep)
	tokCur  struct{ k, pos int } // tokenAt's last answer and the pos it was for
	refCur  struct{ k, pos int } // refBefore's: the entries starting at or before pos, and pos
	// lowCache holds the lower-case forms lower made last for words
	// that are neither their own lower-case form nor in the segmenter's
	// lower-case text (non-ASCII letters, an apostrophe to curl), by
	// token index modulo its size: few words need one (a few in a
	// hundred in English prose), and the scan asks the same word and
	// its neighbours several times in a row. Made when asked rather
	// than for every such word in advance, which was a pass over all
	// the tokens.
	lowCache [16]lowEntry
	lowBuf   []byte // for lowerOwn
	mentions []mention
	cands    candList
	ant      antIndex // antecedent's index of the candidates
	// antCheck, set by a test, is told each answer of antecedent.
	antCheck func(i int, in tokInfo, k int)
	works    []ownerWork
	titles   map[string]named // works named in markup or title quotations, by lower-case title
	// titleFilter holds the keys of titles, so that the name reader,
	// which asks for every capitalised sequence whether it is a title
	// named before, hashes only the few that may be.
	titleFilter doc.WordFilter
	scratch     []byte // for lowerBytes
	// perTail holds, by its last word in lower case, the last periodical
	// named by a head or tail word with another word ("Evening Ledger"),
	// which "the" and that word alone ("the Ledger") name again.
	perTail map[string]perName
	keyBuf  []byte // for name's key

	seqWords []nameWord // name's words, reused
	wordPool []string   // the words of the candidates (see name)
}

// tokInfo is what the scan knows of a token: what sweep.at finds.
type tokInfo struct {
	sent   int32 // sentence of the token; -1 when none
	quote  int32 // innermost quotation whose words hold the token; -1 when none
	wordNo int32 // running count of word tokens, the token's own included
}

// A sweep finds the facts of tokens asked for in text order: cursors
// into the sentences, paragraphs and quotation contents that move only
// forward. The scan asks for the tokens it reads, a fraction of all, and
// the facts are found as it goes rather than stored for every token in
// advance (a slice as long as the tokens, written and read once: the
// builder's largest allocation and a fifth of its time).
type sweep struct {
	si, pi int     // the sentence and paragraph cursors
	qs     []qspan // quotation content spans, sorted by start
	qi     int     // the first of qs not yet pushed
	stack  []qspan // the spans pushed and not yet known to have ended
	next   int     // the first token whose word is not yet counted
	words  int32   // the word tokens before next
	last   int     // the token asked for last
	// known is a count of word tokens that nextActive leaves: words is
	// the number in the tokens before next. at starts its count there
	// when it is past its own, rather than count every token again.
	known struct {
		next  int
		words int32
	}
}

// rewind starts w again from the first token when i comes before the
// token asked for last: a caller that asks out of order gets right
// answers at the cost of a second sweep rather than wrong ones.
func (w *sweep) rewind(i int) {
	if i < w.last {
		*w = sweep{qs: w.qs, stack: w.stack[:0], known: w.known}
	}
	w.last = i
}

// A qspan is a content span of quotation q.
type qspan struct {
	doc.Span
	q int32
}

// at returns the facts of token i. The answer depends only on i, as the
// cursors do only on where the token starts; asked in text order, as the
// scan asks, the sweep reads the text once (see rewind for other orders).
func (w *sweep) at(d *doc.Document, i int) tokInfo {
	w.rewind(i)
	s := int(d.Tokens[i].Start)
	in := tokInfo{sent: -1, quote: -1}
	for w.si < len(d.Sentences) && d.Sentences[w.si].End <= s {
		w.si++
	}
	if w.si < len(d.Sentences) && d.Sentences[w.si].Start <= s {
		in.sent = int32(w.si)
	}
	// The stack holds the spans that started at or before s; those that
	// ended are popped from the top. One that ended below one still open
	// stays, but holds no token from here on, so that the innermost span
	// holding s is the same as a sweep stopping at every token finds.
	for w.qi < len(w.qs) && w.qs[w.qi].Start <= s {
		w.stack = append(w.stack, w.qs[w.qi])
		w.qi++
	}
	for len(w.stack) > 0 && w.stack[len(w.stack)-1].End <= s {
		w.stack = w.stack[:len(w.stack)-1]
	}
	for k := len(w.stack) - 1; k >= 0; k-- {
		if w.stack[k].Start <= s && s < w.stack[k].End {
			in.quote = w.stack[k].q
			break
		}
	}
	// Counted in locals: the sweep's fields, written through a pointer,
	// would be loaded and stored again for every token.
	// A range over the tokens not yet counted: no bounds check for each.
	if k := w.known; w.next < k.next && k.next <= i+1 {
		w.next, w.words = k.next, k.words
	}
	words := w.words
	if w.next <= i {
		ts := d.Tokens[w.next : i+1]
		for k := range ts {
			if ts[k].Kind == doc.TokenWord {
				words++
			}
		}
		w.next = i + 1
	}
	w.words = words
	in.wordNo = words
	return in
}

// skipSpan reports whether token i is in a title, byline, heading or
// date block, which the scan passes over, with the text positions
// [from, to) that every token starting among them has the same answer
// for: its paragraph, or the gap before the next. The scan asks it
// again only when a word starts past them, once a paragraph rather
// than once a word. (at does not ask it: no reader of a token's facts
// wants the answer, which the scan has.)
func (w *sweep) skipSpan(d *doc.Document, i int) (skip bool, from, to int) {
	w.rewind(i)
	s := int(d.Tokens[i].Start)
	for w.pi < len(d.Paragraphs) && d.Paragraphs[w.pi].End <= s {
		w.pi++
	}
	if w.pi > 0 {
		from = d.Paragraphs[w.pi-1].End
	}
	if w.pi == len(d.Paragraphs) {
		return false, from, math.MaxInt
	}
	p := d.Paragraphs[w.pi]
	if p.Start > s {
		return false, from, p.Start // between paragraphs
	}
	switch p.Kind {
	case doc.BlockTitle, doc.BlockSubtitle, doc.BlockByline, doc.BlockDate, doc.BlockHeading, doc.BlockCode:
		return true, p.Start, p.End
	}
	return false, p.Start, p.End
}

// sortSpans sorts qs by start, keeping the order of spans that start
// together: slices.SortStableFunc's answer. The spans come nearly in
// order (a quotation's content spans follow its start; only those of
// one inside another's fall back), so each is first moved back by
// insertion past the few before it that start later; should that take
// more than a few moves for each span, on a text made to defeat it,
// the stable sort finishes the work, whose answer, for spans whose
// order among equals the moves kept, is the same.
func sortSpans(qs []qspan) {
	budget := 4 * len(qs)
	for k := 1; k < len(qs); k++ {
		q := qs[k]
		j := k
		for ; j > 0 && qs[j-1].Start > q.Start; j-- {
			qs[j] = qs[j-1]
		}
		qs[j] = q
		if budget -= k - j; budget < 0 {
			slices.SortStableFunc(qs, func(a, b qspan) int { return cmp.Compare(a.Start, b.Start) })
			return
		}
	}
}

// A lowEntry is the lower-case form of word token tok (see lowCache);
// tok is -1 in an empty entry.
type lowEntry struct {
	tok int
	low string
}

func newBuilder(d *doc.Document) *builder {
	b := &builder{d: d, toks: d.Tokens, txt: d.Text, claimed: make([]uint64, (len(d.Tokens)+63)/64), titles: map[string]named{}}
	// Quotation content spans, sorted, for the sweep.
	// The quotations are read in place (d.Quotes[i]), not copied: a
	// Quote is some 200 bytes, and the loops here and in markupWorks
	// read one or two fields of each of thousands.
	n := 0
	for i := range d.Quotes {
		n += len(d.Quotes[i].Content)
	}
	qs := make([]qspan, 0, n) // at its size: one allocation
	for i := range d.Quotes {
		for _, c := range d.Quotes[i].Content {
			qs = append(qs, qspan{c, int32(i)})
		}
	}
	sortSpans(qs)
	b.sweep.qs = qs
	for k := range b.lowCache {
		b.lowCache[k].tok = -1
	}
	return b
}

// Cases of a word for lower-casing it (see asciiCase).
const (
	asciiLower = iota // ASCII, no capital letter, no straight apostrophe
	asciiUpper        // ASCII with a capital letter, no straight apostrophe
	asciiOther        // anything else: lowerWord does it
)

// asciiCase says how w can be lower-cased: as it is, byte by byte, or
// only by lowerWord (non-ASCII letters, or an apostrophe to curl).
func asciiCase(w string) int {
	c := asciiLower
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b >= utf8.RuneSelf || b == '\'':
			return asciiOther
		case 'A' <= b && b <= 'Z':
			c = asciiUpper
		}
	}
	return c
}

// toLower is strings.ToLower(s). A title often holds a dash or a curly
// quotation mark, which sends strings.ToLower to its rune-by-rune path
// (strings.Map with unicode.ToLower): some thousands of instructions
// for each title of the benchmark's texts. Those marks, the General
// Punctuation block (U+2000 to U+206F), have no case, so a string of
// ASCII and such marks is lower-cased here byte by byte; any other
// goes to strings.ToLower. TestToLower holds the two to the same
// answers.
func toLower(s string) string {
	// Lowered as it is read, into a buffer on the stack when the title
	// fits (most do), and copied once into the string when it held a
	// capital: one pass over it, and no strings.Builder checking and
	// growing its buffer for every byte.
	var arr [128]byte
	var buf []byte
	if len(s) > len(arr) {
		buf = make([]byte, 0, len(s))
	} else {
		buf = arr[:0]
	}
	buf, upper := lowerInto(buf, s)
	if !upper {
		return s
	}
	return string(buf)
}

// appendToLower appends toLower(s) to buf.
func appendToLower(buf []byte, s string) []byte {
	buf, _ = lowerInto(buf, s)
	return buf
}

// lowerInto appends toLower(s) to buf, and reports whether s held a
// capital (when it did not, toLower(s) is s).
//
// The title is copied whole and its ASCII capitals lower-cased eight
// bytes at a time (lower8), where a loop by byte took some nine
// instructions a byte; its bytes outside ASCII, left as they are, are
// then read by byte, and must be marks of General Punctuation, as for
// toLower, or strings.ToLower makes the answer.
func lowerInto(buf []byte, s string) ([]byte, bool) {
	n := len(buf)
	buf = append(buf, s...)
	b := buf[n:]
	upper, high := false, false
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		high = high || x&(0x80*ones8) != 0
		if l := lower8(x); l != x {
			binary.LittleEndian.PutUint64(b[i:], l)
			upper = true
		}
	}
	for ; i < len(b); i++ {
		switch c := b[i]; {
		case 'A' <= c && c <= 'Z':
			b[i] = c + 'a' - 'A'
			upper = true
		case c >= utf8.RuneSelf:
			high = true
		}
	}
	if !high {
		return buf, upper
	}
	// b's bytes outside ASCII are s's; its ASCII, eight bytes at a
	// time, is passed over.
	for i := 0; i < len(b); {
		if i+8 <= len(b) && binary.LittleEndian.Uint64(b[i:])&(0x80*ones8) == 0 {
			i += 8
			continue
		}
		switch c := b[i]; {
		case c < utf8.RuneSelf:
			i++
		case c == 0xE2 && i+2 < len(s) && (s[i+1] == 0x80 || s[i+1] == 0x81 && s[i+2] <= 0xAF) && 0x80 <= s[i+2] && s[i+2] <= 0xBF:
			i += 3 // U+2000 to U+206F, which has no case
		default:
			low := strings.ToLower(s)
			return append(buf[:n], low...), low != s
		}
	}
	return buf, upper
}

// ones8 has each of the eight bytes of a uint64 1.
const ones8 = 0x0101010101010101

// lower8 lower-cases the ASCII capitals among the eight bytes of x, as
// doc's own lower8 does (unexported there). For each byte c: h is its
// low seven bits; h+(0x80-'A') has its top bit set when h >= 'A', and
// h+(0x80-'Z'-1) when h > 'Z'; a byte with its own top bit set (part of
// a UTF-8 sequence) is no capital. The top bits left, shifted to 0x20,
// are the bits to set.
func lower8(x uint64) uint64 {
	h := x & (0x7f * ones8)
	atLeastA := h + (0x80-'A')*ones8
	pastZ := h + (0x80-'Z'-1)*ones8
	upper := atLeastA &^ pastZ &^ x & (0x80 * ones8)
	return x | upper>>2
}

// lowerBytes returns strings.ToLower(s) in the builder's scratch buffer,
// for a map lookup written m[string(b.lowerBytes(s))], which copies
// nothing. The bytes are valid until the next call.
func (b *builder) lowerBytes(s string) []byte {
	b.scratch = doc.AppendLower(b.scratch[:0], s)
	return b.scratch
}

// appendLowerWord appends lowerWord(w) to buf. A word of ASCII letters
// and apostrophes, straight or curled ("Taubman’s", "don't"), the most
// common word lowerWord is asked for, is written byte by byte, making no
// string of its own; any other is left to lowerWord.
func appendLowerWord(buf []byte, w string) []byte {
	n := len(buf)
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == '\'':
			buf = append(buf, "’"...)
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
		case strings.HasPrefix(w[i:], "’"):
			buf = append(buf, "’"...)
			i += len("’") - 1
		default:
			return append(buf[:n], lowerWord(w)...)
		}
	}
	return buf
}

var curlApostrophe = strings.NewReplacer("'", "’")

// lowerWord is the form the lexicons are keyed by. Computed once per
// token: the scan asks for most tokens' lower-case form several times.
func lowerWord(w string) string {
	return strings.ToLower(curlApostrophe.Replace(w))
}

// text returns the text of token i, or "" when there is no token i.
// (One unsigned comparison tells both that i is not below 0 and that it
// is below the length: text, isWord and lower are asked some hundred
// thousand times a run.)
func (b *builder) text(i int) string {
	if uint(i) >= uint(len(b.toks)) {
		return ""
	}
	t := &b.toks[i]
	return b.txt[t.Start:t.End]
}

func (b *builder) isWord(i int) bool {
	return uint(i) < uint(len(b.toks)) && b.toks[i].Kind == doc.TokenWord
}

func (b *builder) lower(i int) string {
	if uint(i) >= uint(len(b.toks)) {
		return ""
	}
	if low, ok := b.d.LowerOf(b.toks[i]); ok {
		return low
	}
	if b.toks[i].Kind == doc.TokenWord {
		return b.lowerOwn(i)
	}
	return lowerWord(b.text(i))
}

// lowerOwn returns the lower-case form of word token i, which is not in
// the segmenter's lower-case text: the word itself when it is ASCII
// with no capital and no straight apostrophe (most), else a form made
// here and kept in lowCache.
func (b *builder) lowerOwn(i int) string {
	w := b.text(i)
	c := asciiCase(w)
	if c == asciiLower {
		return w
	}
	e := &b.lowCache[i%len(b.lowCache)]
	if e.tok == i {
		return e.low
	}
	if c == asciiUpper {
		b.lowBuf = doc.AppendLowerASCII(b.lowBuf[:0], w)
	} else {
		b.lowBuf = appendLowerWord(b.lowBuf[:0], w)
	}
	e.tok, e.low = i, string(b.lowBuf)
	return e.low
}

// gapOK reports whether tokens i and i+1 are separated by at most a
// couple of spaces on one line.
func (b *builder) gapOK(i int) bool {
	if i+1 >= len(b.toks) {
		return false
	}
	from, to := b.toks[i].End, b.toks[i+1].Start
	if to == from+1 {
		return b.txt[from] == ' ' // one byte, most gaps: no rune to decode
	}
	g := b.txt[from:to]
	if len(g) > 3 {
		return false
	}
	for _, r := range g {
		if r != ' ' && r != '\u00a0' {
			return false
		}
	}
	return true
}

// para returns the paragraph of token i, -1 when none: what the sweep in
// newBuilder passes, found again by a binary search. Not kept per token:
// only the website rules ask for it, and seldom, and a field would make
// every token's facts a quarter larger.
func (b *builder) para(i int) int32 {
	s := int(b.toks[i].Start)
	ps := b.d.Paragraphs
	// Paragraphs are in order and do not overlap, so their ends rise.
	p := sort.Search(len(ps), func(k int) bool { return ps[k].End > s })
	if p < len(ps) && ps[p].Start <= s {
		return int32(p)
	}
	return -1
}

// tokenAt returns the index of the first token starting at or after pos.
// The callers ask in runs of rising positions (the works of the markup,
// the titles, the references, each in text order), most a few tokens on
// from the last: the answer is looked for from the last one, in steps
// that double until they pass it and then by halves back within the
// last step (a galloping search), so that an answer d tokens on costs
// some 2·log d steps rather than a binary search over all the tokens
// (a cache miss at each step).
func (b *builder) tokenAt(pos int) int {
	c := &b.tokCur
	toks := b.toks
	lo := 0 // every token before lo starts before pos
	if pos >= c.pos {
		lo = c.k // no token before it starts at or after the last pos
	}
	hi := len(toks) // the answer is at most hi
	for step := 1; lo+step <= len(toks); step *= 2 {
		if int(toks[lo+step-1].Start) >= pos {
			hi = lo + step - 1
			break
		}
		lo += step
	}
	// The answer is in [lo, hi].
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(toks[m].Start) < pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	c.k, c.pos = lo, pos
	return lo
}

func (b *builder) claim(s doc.Span) {
	for i := b.tokenAt(s.Start); i < len(b.toks) && int(b.toks[i].End) <= s.End; i++ {
		b.claimed[uint(i)/64] |= 1 << (uint(i) % 64)
	}
}

// isClaimed reports whether token i is claimed (see builder.claimed):
// a bit a token rather than a byte, so that the set for a long text is
// an eighth of the size, and that of the tokens.
func (b *builder) isClaimed(i int) bool { return b.claimed[uint(i)/64]&(1<<(uint(i)%64)) != 0 }

func (b *builder) add(m mention) { b.mentions = append(doc.RoomForOne(b.mentions), m) }

// capitalised reports whether s starts with a capital letter. Small
// enough to be inlined where the scan asks it of every word; a word that
// starts outside ASCII is decoded by capitalisedRune.
func capitalised(s string) bool {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return s[0]-'A' < 26 // 'A' to 'Z' (a byte below 'A' wraps round): most words, no decoding
	}
	return capitalisedRune(s)
}

func capitalisedRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// initial reports whether s is one or more single capital letters joined
// by stops without the last stop: "H", "L.M".
func initial(s string) bool {
	if len(s) > 1 && s[0] < utf8.RuneSelf && s[1] != '.' {
		return false // a first part of two letters or more: most words
	}
	return initialParts(s)
}

// initialParts is initial's reading of s part by part, kept apart so
// that initial's first test, which answers for most words, is inlined
// where it is asked.
func initialParts(s string) bool {
	for { // part by part, without splitting: called for most capitalised words
		part, rest, more := strings.Cut(s, ".")
		if utf8.RuneCountInString(part) != 1 || !capitalised(part) {
			return false
		}
		if !more {
			return true
		}
		s = rest
	}
}

func possessive(s string) (string, bool) {
	if s == "" || s[len(s)-1] != 's' {
		return s, false // most words: no suffix to look for
	}
	for _, suf := range []string{"’s", "'s"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return s[:len(s)-len(suf)], true
		}
	}
	return s, false
}

// normSpace is strings.Join(strings.Fields(s), " "). Most names and
// titles are single-spaced already, and are returned as they are, with
// no slice of words and no new string (TestNormSpace).
func normSpace(s string) string {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return strings.Join(strings.Fields(s), " ")
			}
		case c < utf8.RuneSelf:
			if c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
				return strings.Join(strings.Fields(s), " ")
			}
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
			i += n - 1
		}
	}
	return s
}

// workClass returns the class a title's own words give it ("Declaration
// of Forty-six" primary), and whether any word is a work noun. It takes
// the title lower-cased, which its callers have at hand.
//
// Its words are the runs of letters, as strings.FieldsFunc with
// !unicode.IsLetter would split them (TestWorkClass), read here byte by
// byte where the title is ASCII, without a call for each rune, and
// asked of the work nouns through their filter.
func workClass(lower string) (doc.SourceClass, bool) {
	start := -1 // where the run of letters being read starts; -1 when none
	for i := 0; i < len(lower); {
		c, n := lower[i], 1
		var letter bool
		if c < utf8.RuneSelf {
			letter = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(lower[i:])
			letter = unicode.IsLetter(r)
		}
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			if c, ok := workNoun(lower[start:i]); ok {
				return c, true
			}
			start = -1
		}
		i += n
	}
	if start >= 0 {
		return workNoun(lower[start:])
	}
	return "", false
}

// markupWorks takes works from cite and emphasis elements, title-kind
// quotations and the titles of reference entries.
func (b *builder) markupWorks() {
	d := b.d
	for _, e := range d.Elements {
		if e.Kind != doc.ElemCite && e.Kind != doc.ElemEmphasis {
			continue
		}
		// No words, or more than a title's twelve, counted before
		// normSpace reads the element whole (see fieldsUpTo): its words
		// are the text's.
		raw := d.Slice(e.Span)
		if k := fieldsUpTo(raw, 12); k == 0 || k > 12 {
			continue
		}
		title := normSpace(raw)
		if !capitalised(title) {
			continue
		}
		low := toLower(title)
		k := strings.TrimPrefix(low, "the ")
		if p, ok := periodical[k]; ok {
			b.add(mention{key: "per:" + k, name: p.name, rank: 2, typ: p.typ, class: p.class, span: e.Span})
			b.claim(e.Span)
			continue
		}
		c, kw := workClass(low)
		// "the Valley Courier" cited: a paper by its last word, as the
		// name reader has it.
		if ws := strings.Fields(k); !kw && len(ws) >= 2 && (periodicalHeads[ws[0]] || periodicalTails[ws[len(ws)-1]] != "") {
			pc := periodicalTails[ws[len(ws)-1]]
			if pc == "" {
				pc = doc.ClassPress
			}
			name := strings.TrimPrefix(strings.TrimPrefix(title, "The "), "the ")
			b.add(mention{key: "per:" + strings.ToLower(name), name: name, typ: doc.SourcePeriodical, class: pc, span: e.Span})
			b.claim(e.Span)
			continue
		}
		noun, nc := b.nounBefore(e.Start)
		if e.Kind == doc.ElemEmphasis && !kw && noun == "" {
			continue
		}
		if c == "" {
			c = nc
		}
		b.addTitle(title, low, c, e.Span)
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteTitle || len(q.Content) == 0 {
			continue
		}
		var title string
		if len(q.Content) == 1 {
			// What Words returns for one span, without its copy.
			title = normSpace(d.Slice(q.Content[0]))
		} else {
			title = normSpace(q.Words(d.Text))
		}
		low, known, seen := b.titleLower(title)
		c, kw := workClass(low)
		noun, nc := b.nounBefore(q.Start)
		if !kw && noun == "" {
			continue
		}
		if c == "" || (noun != "" && !kw) {
			c = nc
		}
		if noun == "thread" || noun == "post" {
			c = nc
		}
		b.addTitleAs(title, low, c, doc.Span{Start: q.Content[0].Start, End: q.Content[len(q.Content)-1].End}, known, seen)
	}
	for _, r := range d.References {
		if r.Title == "" {
			continue
		}
		if i := strings.Index(d.Slice(r.Span), r.Title); i >= 0 {
			s := doc.Span{Start: r.Start + i, End: r.Start + i + len(r.Title)}
			// A title named before takes its class; only a new one
			// is read for its words' (workClass).
			low, known, seen := b.titleLower(r.Title)
			var c doc.SourceClass
			if seen {
				c = known.class
			} else if c, _ = workClass(low); c == "" {
				c = doc.ClassSecondary
			}
			b.addTitleAs(r.Title, low, c, s, known, seen)
		}
	}
}

// addTitle records a mention of the work title, whose lower-case form
// is k.
//
// The mention key, "work:" and k, is made when the title is first
// named and kept with it (named.extra), for each mention after: a
// work's title is often named again (a short reference, a title
// quoted twice), and the string was one of the stage's most common.
func (b *builder) addTitle(title, k string, c doc.SourceClass, s doc.Span) {
	t, ok := b.titles[k]
	b.addTitleAs(title, k, c, s, t, ok)
}

// addTitleAs is addTitle for a title whose entry in titles is t, and ok
// whether it has one: titleLower's answer, not looked up again.
func (b *builder) addTitleAs(title, k string, c doc.SourceClass, s doc.Span, t named, ok bool) {
	if ok && t.class != "" {
		c = t.class
	}
	key := t.extra
	if !ok {
		key = "work:" + k
	}
	// A title named again as it was (most are: a reference's title,
	// a title quoted twice) leaves its entry as it is, not stored anew.
	if n := (named{name: title, class: c, extra: key}); !ok || n != t {
		b.titles[k] = n
		b.titleFilter.Add(k)
	}
	b.add(mention{key: key, name: title, rank: 1, typ: doc.SourceWork, class: c, span: s})
	b.claim(s)
}

// titleLower returns toLower(title), with its entry in titles and
// whether it has one: when it is a title named before, its key in
// titles (from the mention key kept with it), without a string made
// again for it.
func (b *builder) titleLower(title string) (string, named, bool) {
	low := appendToLower(b.scratch[:0], title)
	b.scratch = low
	if t, ok := b.titles[string(low)]; ok {
		return t.extra[len("work:"):], t, true
	}
	return string(low), named{}, false
}

// nounBefore returns the work noun among the two words before pos, if
// any, with its class: "a book ‘X’", "his ‘Secret Speech’", "thread ‘X’".
func (b *builder) nounBefore(pos int) (string, doc.SourceClass) {
	i := b.tokenAt(pos) - 1
	for n := 0; i >= 0 && n < 3; i-- {
		if !b.isWord(i) {
			if n > 0 || pos-int(b.toks[i].End) > 2 {
				break
			}
			continue
		}
		if c, ok := workNouns[b.lower(i)]; ok {
			return b.lower(i), c
		}
		n++
	}
	return "", ""
}
