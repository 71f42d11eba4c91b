package speaker

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// A tok is a word (letters and digits, with inner apostrophes, hyphens
// and full stops: Khrushchev’s, Forty-six, L.M) or one other character.
// Its lower-case form is made once, when it is read: the rules look
// most tokens up in the word lists several times.
type tok struct {
	s, e int
	word bool
	lex  int32  // its lexicon entry (lookup.go): which word lists low is in
	low  string // strings.ToLower of its text
}

// A ctok is a tok as the index keeps it: its lower-case form is not a
// string of its own but a slice of the text's ASCII lower case
// (lowLower), which is what it is for every ASCII word and mark and
// most others; a token whose form is not, a word with a capital beyond
// ASCII, has it in tokIndex.others (lowOther).
type ctok struct {
	s, e int32 // the text is at most doc.MaxTextSize bytes
	lex  int32
	word bool
	form lowForm
	// quiet is true for a word that findNames passes over (quietWord:
	// set where the tokeniser has the word's first byte and entry in
	// hand) and for a mark that findNames reads nothing of
	// (quietASCII, quietPunct): it passes over a run of quiet tokens at
	// once, and in prose most marks stand between such words (a comma,
	// a straight or curly quotation mark, a dash). In the bytes the
	// struct's alignment leaves. (A field lead, mayLead itself, was
	// kept beside it and read by nothing.)
	quiet bool
}

// quietASCII marks the ASCII marks that findNames reads nothing of
// (ctok.quiet): they change nothing it keeps (start, whether a sentence
// starts) and start no name. Such are all but the three that may end a
// sentence (. ! ?), which it reads (boundary). Marks beyond ASCII:
// quietPunct.
var quietASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c != '.' && c != '!' && c != '?'
	}
	return t
}()

// quietPunct reports whether findNames reads nothing of the mark
// U+2000+m of General Punctuation, a token of its own (appendCompact):
// the marks of U+2000 to U+203F other than "…", which it passes over
// from their bytes (curly quotation marks and apostrophes, dashes). It
// reads the other marks beyond ASCII (boundaryAt).
func quietPunct(m rune) bool { return m < 0x40 && m != 0x26 }

// mayLead reports whether a word whose first byte is first and whose
// lexicon entry is lex may start a name (its first byte is an ASCII
// capital, or beyond ASCII, which capitalRune tells) or is a describer
// ("the mayor"), which findNames reads further where a sentence may
// start. Every other word, most words of prose (ASCII in lower case,
// or a digit), only ends a sentence's start there.
func mayLead(first byte, lex int32) bool {
	return first-'A' < 26 || first >= utf8.RuneSelf || classOf(lex)&isDescriber != 0
}

// quietWord is ctok.quiet for the word at src[s:] whose lexicon entry
// is lex: !mayLead, or a describer in lower case ("the", "a", "his")
// one space after a token's ASCII byte (spacedDescriber). findNames
// reads a describer only where a sentence may start, which a line break
// in the gap before it may make so: inside a sentence it reads nothing
// of one with no line break before it. The describers are some of the
// commonest words: on the bench text, 244 k of the 439 k words findNames
// read one at a time, each a turn of its loop that also ended a run of
// quiet tokens.
func quietWord(src string, s int, lex int32) bool {
	first := src[s]
	if !mayLead(first, lex) {
		return true
	}
	// A describer, where the first byte is no capital and ASCII.
	return first-'A' >= 26 && first < utf8.RuneSelf && spacedDescriber(src, s)
}

// spacedDescriber reports that the byte before src[s] is a space after
// a token's printable ASCII byte: one space, no line break, between the
// token before and the word at s. (False does not say there is one.)
func spacedDescriber(src string, s int) bool {
	return s >= 2 && src[s-1] == ' ' && src[s-2]-'!' < 0x7f-'!'
}

// A lowForm says where a ctok's lower-case form is.
type lowForm uint8

// A word with no capital (and a mark) is its own lower case, which
// lower holds byte for byte (it lowers only ASCII capitals), as it holds
// that of a word whose only capitals are ASCII: the form of both is
// lowLower. The tokeniser told the two apart (lowText, the text's own
// bytes), a test of the capitals it had read a word, but nothing read
// the difference: decode and low read both from lower.
const (
	lowLower lowForm = iota // lower[s:e]
	lowOther                // others[s]
	lowFew                  // lowerForms.few, in order: appendTokens's alone
)

func (c ctok) is(cl wordClass) bool { return classOf(c.lex)&cl != 0 }

// decode appends the toks of cs, tokens of text, to out. lower is text's
// ASCII lower case, others the forms of the tokens of cs that are
// lowOther; every other token's form is its slice of lower (see
// lowForm), and text itself is not read. Within out's capacity it
// writes the fields one by one (see pushC).
func decode(out []tok, cs []ctok, text, lower string, others map[int32]string) []tok {
	out = slices.Grow(out, len(cs))
	n := len(out)
	out = out[:n+len(cs)]
	decodeInto(out[n:], cs, lower)
	if others != nil {
		mendOthers(out[n:], cs, others)
	}
	return out
}

// decodeTo is decode of the index's tokens cs over dst, of the same
// length: readRun writes the stretches it makes into a buffer sized
// for them, where decode's append would grow it, and asks this of each
// run of tokens it does not move.
func (x *tokIndex) decodeTo(dst []tok, cs []ctok) {
	if len(cs) == 0 {
		return
	}
	decodeInto(dst, cs, x.lower)
	if x.others != nil {
		mendOthers(dst, cs, x.others)
	}
}

// mendOthers sets the form of each token of cs whose form is lowOther,
// a word with a capital beyond ASCII, in dst, their toks.
func mendOthers(dst []tok, cs []ctok, others map[int32]string) {
	dst = dst[:len(cs)]
	for k := range cs {
		if cs[k].form == lowOther {
			dst[k].low = others[cs[k].s]
		}
	}
}

// decodeInto writes the toks of cs over dst, of the same length, each
// with its slice of lower for its form: decode mends those whose form
// is lowOther after. The loop is apart, with none of decode's other
// values live in it, so that the compiler keeps what it reads in
// registers (in decode it reloaded the slice it returns, and the map,
// from the stack at every token), and by pointer, not by a range's
// copy of each ctok, which it put on the stack and read back field by
// field. It is kept from being inlined into decode for that reason.
// The offsets are read as uint32 (offsetOf), which the compiler loads
// in one instruction from the ctok's address.
//
//go:noinline
func decodeInto(dst []tok, cs []ctok, lower string) {
	cs = cs[:len(dst)] // the same length: no bound to check in the loop
	for k := range cs {
		c, t := &cs[k], &dst[k]
		s, e := offsetOf(c.s), offsetOf(c.e)
		t.s, t.e, t.word, t.lex = s, e, c.word, c.lex
		t.low = lower[s:e]
	}
}

// offsetOf returns a ctok's offset, s or e, as an int. An offset is
// never negative, so its uint32 is the same number; read that way, a
// load from an indexed ctok is one instruction (MOVL), where the int32
// one was three (the sign-extending load is not given the address in
// place, so the address was made first): decodeInto reads two a token
// (it fell from some 33 instructions a token to 30) and endAfter one a
// step.
func offsetOf(x int32) int { return int(uint32(x)) }

// low returns the lower-case form of the index's token c.
func (x *tokIndex) low(c ctok) string {
	if c.form != lowOther {
		return x.lower[c.s:c.e]
	}
	return x.others[c.s]
}

// A tokIndex holds the tokens of a whole text, found once, so that the
// stage reads any stretch of it without tokenising that stretch again:
// the same clauses, sentences and paragraphs are read by several rules.
// It belongs to one analysis (one attributor); nothing is shared between
// documents. It is not safe for concurrent use: tokens remembers the
// last stretch it read and carves copies from a slab.
type tokIndex struct {
	text  string
	lower string // text lower-cased as for tokenizeLower
	// all holds the text's tokens in the index's own form (ctok): 16
	// bytes and no pointer, where a tok is 40 with one. The rules read
	// toks; each stretch they ask for is made of all's tokens when it
	// is read (tokens, scratch), and most of the text is read once or
	// twice, not the 40 bytes of every token written and kept for the
	// whole stage (and marked by the collector).
	all []ctok
	// others holds the lower-case form of each token whose form is
	// lowOther, by its start.
	others map[int32]string
	// first[b] is the index of the first token to end after byte
	// b<<blockShift: where a search for the token at an offset starts,
	// a few tokens from the answer, instead of a binary search over the
	// whole text (two for every stretch read, each a string of cache
	// misses on a long text).
	first []int32
	// rare holds the index in all of every token with a bit of
	// rareClass, in order: hopsIn and workIn look for sites and works
	// in the stretch before every quotation, and most stretches hold
	// none.
	rare []int32
	// rareAt holds the start of each token of rare, for mayHold.
	rareAt []int32
	// clause is the end of the stretch clauseToks read last and the
	// first token to end after it (endAfter), where clauseUncut
	// searches for the next clause's first token.
	clause struct {
		hi, j int
		set   bool
	}
	// held is mayHold's last answer, with its stretch.
	held struct {
		lo, hi  int
		may, ok bool
	}
	// slab is where tokens carves the stretches it makes: many a
	// quotation, each a few hundred bytes, so one allocation a slab
	// instead of one a stretch. slabAll is the whole of the slab that
	// slab is the rest of.
	slab, slabAll []tok
	// last is the stretch tokens read last and its tokens. Giving
	// them out twice is safe: no caller writes to them, and an append
	// copies (their capacity ends at their length).
	last struct {
		lo, hi int
		toks   []tok
		ok     bool
	}
	// slots are the buffers of scratch, each with the stretch it
	// holds.
	slots [scratchSlots]scratchSlot
	// headBuf and tailBuf hold the pieces of the tokens a stretch that
	// readInto makes cuts at its ends.
	headBuf, tailBuf [4]tok
	// widened is widen's memory of the mentions it widened last
	// (z1_memo.go).
	widened widenMemo
	// win is the window scratch reads stretches from (y10_window.go),
	// which has made the toks of all[made.lo:made.hi] (made.lo ==
	// made.hi when there is none); spare are the windows it read from
	// before, kept while a slot holds a slice of one and for the next
	// new window after.
	win   *tokWindow
	made  struct{ lo, hi int }
	spare []*tokWindow
	// names is findNames' arrays, kept for the next document's (its
	// cands, and the attributor's mentions, which release lets go of).
	names struct {
		cands    []cand
		mentions []mention
	}
	// reads is the indirect reader's lists, whose arrays the next
	// document's reader uses again (indirectRead.recycle).
	reads indirectRead
}

// A scratchSlot is a buffer of scratch and the stretch it holds. from,
// to and at say which of the index's tokens the buffer holds as they
// are, all[from:to] from buf[at] on (run is false when none are): the
// next stretch, often the window of a mention near the last one, moves
// those it shares instead of making them again.
type scratchSlot struct {
	lo, hi       int
	buf          []tok
	toks         []tok
	ok           bool
	from, to, at int
	run          bool
	// win is the window toks is a slice of, if it is one (windowed),
	// not of buf.
	win *tokWindow
	// dirty is at least how many toks of buf have been written since
	// the index was made: release clears them.
	dirty int
}

// scratchSlots is how many buffers scratch keeps: 0 and 1 for the
// mention window and the words just before a mention (widen holds both
// at once); 2 for a stretch read whole and let go of before the next (a
// sentence that indirect reads, a quotation's words that echoes reads),
// which rules read inside it by other slots; 3 for a stretch read and
// let go of at once (a quotation's surroundings that attribute reads, a
// stretch searched for hops, a content tested for a word); and one slot
// each for the rules below, which read a stretch around every quotation
// or sentence, let go of it when they return, and may call one another
// while they hold it (itSaid calls bodyBefore). Each had its stretch
// carved from a slab of its own, some 5.8 MB of toks a 2 MB text for
// the collector, where a reused buffer allocates nothing.
const (
	slotItSaid      = 4 + iota // quote.go, itSaid: the words after a quotation
	slotBodyBefore             // quote.go, bodyBefore: the words before "it"
	slotThingBefore            // parc.go, thingBefore: the words before "it says"
	slotPassiveBy              // quote.go, attribute: the words after a quotation (rule 2), then "… was written by X" (2c)
	slotBeats                  // turns.go, beats: a paragraph's narration
	slotAntecedent             // parc.go, antecedent: the words before "who"
	slotTheyBefore             // a3_calendar.go, theyBefore: the words before "they"
	slotGroupPhrase            // for a1_mention.go, groupPhrase: the words after a name (it reads them by tokens, which carves each stretch from a slab)
	scratchSlots
)

// scratch is tokens for a caller that lets go of the slice before it
// asks for the same slot again (scratchSlots says which caller has
// which): tokens makes every stretch a slice of its own, for the caller
// to keep, and the stretches read for each quotation and each sentence
// (the windows around a mention, the sentence itself, the clause before
// a quotation) would come to more than the text's tokens over again.
// Here a stretch is made in the slot's buffer, reused from one call to
// the next. The slot's tokens are the same as tokens(lo, hi) gives,
// token for token.
func (x *tokIndex) scratch(slot, lo, hi int) []tok {
	lo, hi = max(lo, 0), min(hi, len(x.text))
	if lo >= hi {
		return nil
	}
	s := &x.slots[slot]
	if s.ok && s.lo == lo && s.hi == hi {
		return s.toks
	}
	return x.readInto(s, lo, hi)
}

// keep makes toks, just read into the slot's buffer, the slot's
// stretch text[lo:hi], and returns them as scratch gives them.
func (s *scratchSlot) keep(lo, hi int, toks []tok) []tok {
	s.letGo()
	s.dirty = max(s.dirty, len(toks))
	s.buf = toks // perhaps grown: kept for the next call
	s.lo, s.hi, s.toks, s.ok = lo, hi, clip(toks), true
	return s.toks
}

// keepShared makes toks, a window's slice (windowed), the slot's
// stretch text[lo:hi], and returns them. The slot's buffer is left as
// it is, with what it holds (from, to, at).
func (s *scratchSlot) keepShared(lo, hi int, toks []tok) []tok {
	s.lo, s.hi, s.toks, s.ok = lo, hi, toks, true
	return toks
}

// readInto is read for scratch: the toks of text[lo:hi] (0 <= lo < hi
// <= len(text)), made the slot's stretch. A stretch that cuts no token
// is a slice of the index's window (windowedIf), made there where the
// window has not made it already: the windows of widen and tidy
// (mention.go), around mentions a few dozen tokens apart, and the
// clause indirect reads around them, share most of their tokens. The
// others are written over s.buf: the pieces of the tokens cut at their
// ends, and between them the window's toks, copied.
func (x *tokIndex) readInto(s *scratchSlot, lo, hi int) []tok {
	s.letGo() // the caller has let go of the slot's last stretch
	text, all := x.text, x.all
	i, j := x.endAfter(lo), x.endAfter(hi)
	headCut := i < len(all) && int(all[i].s) < lo
	if !utf8.RuneStart(text[lo]) || hi < len(text) && !utf8.RuneStart(text[hi]) || headCut && int(all[i].e) >= hi {
		s.run = false
		return s.keep(lo, hi, x.read(lo, hi, s.buf, true))
	}
	tailCut := j < len(all) && int(all[j].s) < hi
	if !headCut && !tailCut {
		if toks, ok := x.windowedIf(s, i, j); ok {
			return s.keepShared(lo, hi, toks)
		}
	}
	// The cut tokens, as read does, in buffers of the index's own (an
	// array on the stack is zeroed at every call, and most calls cut
	// no token).
	head, tail := x.headBuf[:0], x.tailBuf[:0]
	if headCut {
		head = appendTokens(head, text, x.lower, lo, int(all[i].e))
		i++
	}
	if tailCut {
		tail = appendTokens(tail, text, x.lower, int(all[j].s), hi)
	}
	m := len(head)
	out := x.readRun(s, m, m+j-i+len(tail), i, j)
	// Most stretches cut no token: no copy is called for empty pieces
	// (a copy of toks is a call into the runtime, for their strings).
	if m > 0 {
		copy(out, head)
	}
	if len(tail) > 0 {
		copy(out[m+j-i:], tail)
	}
	return s.keep(lo, hi, out)
}

// readRun is the part of readInto that reads the index's tokens: it
// returns n toks written over s.buf (grown if need be), the toks of
// all[i:j] from out[m] on, and leaves the others (the pieces of cut
// tokens) for the caller to write. The toks are copied from the
// index's window, made there first where it has not made them; a
// stretch too long for a window is made here, and the tokens s.buf
// holds already are moved, not made again.
func (x *tokIndex) readRun(s *scratchSlot, m, n, i, j int) []tok {
	all := x.all
	out := s.buf[:0]
	if cap(out) < n {
		out = make([]tok, 0, max(n, 2*cap(out)))
	}
	out = out[:n]
	mid := out[m : m+j-i]
	if i < j {
		if w := x.windowFor(i, j); w != nil {
			copy(mid, w.toks[i-w.base:j-w.base])
			s.run = false
			return out
		}
	}
	if a, b := max(i, s.from), min(j, s.to); s.run && a < b {
		// The shared run first, before anything is written over it.
		copy(mid[a-i:b-i], s.buf[s.at+a-s.from:s.at+b-s.from])
		x.decodeTo(mid[:a-i], all[i:a])
		x.decodeTo(mid[b-i:], all[b:j])
	} else {
		x.decodeTo(mid, all[i:j])
	}
	s.from, s.to, s.at, s.run = i, j, m, true
	return out
}

// slabSize is the most tokens a tokIndex's slab holds. A text's slab
// is smaller where the text is (slabFor).
const slabSize = 8192

// slabFor returns the size of a new slab for a text of n tokens: a
// quarter of them and a little more, at most slabSize. The stretches
// carved from slabs come to about a quarter of a text's tokens (26 MB
// of toks for the 2.6 M tokens of issue 3's bench text), and a text of
// a few thousand bytes, a news article, carves a few hundred toks: a
// slab of slabSize (320 KB, zeroed as it is allocated) for each such
// text was most of what the stage allocated on a corpus of articles.
func slabFor(n int) int { return min(slabSize, n/4+256) }

// clip ends a slice's capacity at its length, so that an append to it
// copies.
func clip(t []tok) []tok { return t[:len(t):len(t)] }

// carve returns an empty slice of capacity n of its own: an append
// past n copies, so that no caller's append writes over another's
// stretch.
func (x *tokIndex) carve(n int) []tok {
	if n > len(x.slab) {
		x.slabAll = make([]tok, max(n, slabFor(len(x.all))))
		x.slab = x.slabAll
	}
	out := x.slab[:0:n]
	x.slab = x.slab[n:]
	return out
}

// blockShift sets the size of the blocks of tokIndex.first: 16 bytes,
// three or four tokens of prose; the table takes a quarter of the
// text's size.
const blockShift = 4

// newTokIndex reads the tokens of text. lower is text with its ASCII
// capitals lower-cased, byte for byte (doc.Document.LowerText, which the
// segmenter makes); when its length is not the text's it is made here.
//
// It reads the text, not the segmenter's tokens (doc.Document.Tokens),
// although the two agree on 98.8% of the index's tokens (99.6% of its
// words, over the 275 reference inputs), and it looks words up itself,
// where a word id given each token by the segmenter could stand for the
// lookup. Both were tried (session thirteen) and cost more than they
// saved. Reading the 12-byte tokens, checking each against this
// index's own word rule (the rules differ at "x.5", "1,440p", curly
// apostrophes, "...") and reading the text where they may not agree
// cost more than this scan of eight bytes at a time (the stage's run
// on the bench article: 11.86 G instructions against 11.41 G). With
// each token's lexicon entry given, as a word id would give it, it
// cost the same (70.5 M instructions an index of the 2 MB bench text,
// against 71.1 M), and the ids would cost the segmenter some 22 M more
// (a pass over d.Tokens with one probe a word): what every token needs
// anyway, its checks and its store, is most of what it costs, not
// finding the word.
//
// Tried again (session twenty-two): the segmenter's tokens taken as the
// index's where the index's reading is known to be at a token's start
// (the previous token taken ended there, white space between), and only
// a Plain word of fewer than eight bytes that letters8 and wordEndsAt
// pass (the index's own tests), an ASCII mark of one byte or a mark of
// General Punctuation; any other token (a long word, a number, an
// elision, "...") read by the index itself. That is exact by
// construction (equal ctok for ctok on the 267 reference inputs), and it
// needs the tests: of the segmenter's 469,315 Plain words there, 53 are
// not the index's (48 words after a number and a hyphen, "40-foot-tall",
// which the index reads as one word from the digit; 4 footnote numbers
// after a full stop, "repair.2"; "1,440p"). It cost more on issue 3's
// bench text (10.5 MB): 354 M instructions for the index's tokens
// against 250 M. Reading each of the 2.3 M segmenter tokens and telling
// whether to take it cost some 40 instructions (91 M), where what the
// index's own scan spends finding a word's bounds is some 30 a word (57
// M), and the 15% of tokens it could not take, read one by one, some 90
// M more. Each word's lookup, quiet bit and store (about 54
// instructions) are the same both ways.
func newTokIndex(text, lower string) *tokIndex {
	if len(lower) != len(text) {
		lower = doc.LowerASCII(text)
	}
	var x *tokIndex
	if reuseIndexes {
		x, _ = tokIndexes.Get().(*tokIndex)
	}
	if x == nil {
		x = new(tokIndex)
	}
	x.text, x.lower = text, lower
	// About one token in four bytes of prose: no regrowing.
	nFirst, nAll := len(text)>>blockShift+1, len(text)/4+1
	if cap(x.first) >= nFirst {
		x.first = x.first[:nFirst] // every block is written below
	} else {
		x.first = make([]int32, nFirst)
	}
	all := x.all[:0]
	if cap(all) < nAll {
		all = make([]ctok, 0, nAll)
	}
	// The text is read a chunk at a time, and the blocks of first that
	// the chunk's tokens settle are filled, and its sites and works
	// listed, while those tokens are still in the processor's cache.
	b := 0 // the next block to fill
	for lo := 0; lo < len(text); {
		hi := chunkEnd(text, lo)
		n := len(all)
		all = appendCompact(all, &x.others, text, lower, lo, hi)
		b = x.fill(all, n, b)
		lo = hi
	}
	// The blocks after the last token's end: no token ends after them.
	for ; b < len(x.first); b++ {
		x.first[b] = int32(len(all))
	}
	x.all = all
	return x
}

// fill settles the blocks of first that the tokens all[from:] end in or
// after, from block b on, and lists the rare ones among them; it returns
// the next block to fill. It is driven by the tokens, not the blocks:
// tokens end in order, so block b's first token to end after its start
// is the first token met whose end is past it. A token's turn is a load,
// a comparison and its lexicon bits, where a loop over the blocks that
// searched forward for each block's token, in a closure that kept its
// counters in memory, took some 25 instructions a token.
//
// Measured and not kept (session twenty-six): the blocks settled in
// appendCompactIn's loop as each token is written (a comparison a token,
// a call where one ends past a block's start) and only the rare tokens
// listed here: appendCompactIn grew by 27 M instructions and the calls
// cost 13 M, against fill's 34 M (QuotesSpeakers +23 M): the loop has no
// register to spare for the block's start.
func (x *tokIndex) fill(all []ctok, from, b int) int {
	first := x.first
	at := int32(b << blockShift) // block b's start
	rare := lexRareFirst
	cs := all[from:]
	for k := range cs { // by index: a range copies each ctok
		c := &cs[k]
		// Most tokens end in the block they start in: one comparison,
		// false. (b stays within first: at < e <= len(text).)
		for ; at < c.e; at += 1 << blockShift {
			first[b] = int32(from + k)
			b++
		}
		if c.lex >= rare { // classOf(lex)&rareClass != 0 (rareLast)
			x.rare = append(x.rare, int32(from+k))
			x.rareAt = append(x.rareAt, c.s)
		}
	}
	return b
}

// tokIndexes keeps the indexes whose analysis is over, for the next
// text's index to fill: their token array and block table (which hold
// no pointer, and every entry of which the next index writes before it
// reads it: pushC writes each field of a token, fill each block), and
// the buffers their readers made toks in (the slots', the windows', the
// slab's). A corpus is analysed one article at a time, and each
// article of a few kilobytes made these anew: the index itself (some
// 12 KB: its slots and buffers), a window of toks, a slab, some 70 KB
// of the 145 KB the pipeline allocated for the example article. They
// hold pointers for the collector to scan, and on a corpus, where each
// of its cycles also marks the lexicons, the collector came to more
// than half the stage's own work. A new array is zeroed as it is
// allocated too: for a 2 MB text, 8.4 MB of ctoks and 0.5 MB of blocks,
// written over again at once.
var tokIndexes sync.Pool // of *tokIndex

// reuseIndexes is false only in TestAttributeReuse, which reads each
// text with new indexes to have what the kept ones must give.
var reuseIndexes = true

// release hands the index, with its arrays and buffers, to the next
// index (tokIndexes). The index must not be read after it: Attribute
// calls it when the stage is done with the text. The toks its buffers
// made hold slices of the text's lower case, and are cleared, as far as
// they were written, so that a kept index keeps no text alive.
func (x *tokIndex) release() {
	x.text, x.lower = "", ""
	x.all, x.first = x.all[:0], x.first[:0]
	x.others = nil
	x.rare, x.rareAt = x.rare[:0], x.rareAt[:0]
	x.clause.hi, x.clause.j, x.clause.set = 0, 0, false
	x.held.ok = false
	x.last.toks, x.last.ok = nil, false
	// The slab's carved part; earlier slabs are let go.
	clear(x.slabAll[:len(x.slabAll)-len(x.slab)])
	x.slab = x.slabAll
	for i := range x.slots {
		s := &x.slots[i]
		clear(s.buf[:min(s.dirty, cap(s.buf))])
		*s = scratchSlot{buf: s.buf[:0]}
	}
	clear(x.headBuf[:])
	clear(x.tailBuf[:])
	x.widened.reset()
	if x.win != nil {
		x.spare = append(x.spare, x.win)
	}
	for _, w := range x.spare {
		clear(w.toks[:w.dirty])
		w.dirty, w.held = 0, 0
	}
	x.win, x.made.lo, x.made.hi = nil, 0, 0
	clear(x.names.cands) // they and the mentions hold the text's names
	clear(x.names.mentions)
	x.names.cands, x.names.mentions = x.names.cands[:0], x.names.mentions[:0]
	if reuseIndexes {
		tokIndexes.Put(x)
	}
}

// indexChunk is about how many bytes of text newTokIndex reads at a
// time.
const indexChunk = 32 << 10

// chunkEnd returns where the chunk of text that starts at lo ends: at
// an ASCII space at least indexChunk bytes on, or at the end. No token
// holds an ASCII space, nor is read differently for the text ending
// there (a joiner before a space joins nothing), so the chunks' tokens
// are the whole text's.
func chunkEnd(text string, lo int) int {
	hi := lo + indexChunk
	for hi < len(text) {
		if c := text[hi]; c == ' ' || '\t' <= c && c <= '\r' {
			return hi
		}
		hi++
	}
	return len(text)
}

// rareClass are the lists whose tokens tokIndex.rare holds.
const rareClass = isSite | isWork

// mayHold reports whether tokens(lo, hi) may hold a token with a bit of
// rareClass: it is false only when the stretch cuts no word and none
// of its tokens has one, which the list of such tokens tells without
// reading the stretch.
//
// hopsIn and workIn ask it of the same stretches, one after the other,
// for every quotation: the last answer is kept. And a stretch whose
// edges are plainly no cut (a space or a mark that is a token of its own
// on either side, breakAt) is answered from the offsets of the rare
// tokens alone, without finding its tokens in the index: most stretches
// end at a quotation mark or a space, and two searches of the index
// (endAfter) cost two reads far apart in a large table.
func (x *tokIndex) mayHold(lo, hi int) bool {
	if gatesOff {
		return true
	}
	text := x.text
	lo, hi = max(lo, 0), min(hi, len(text))
	if lo >= hi {
		return false // tokens gives none
	}
	if m := &x.held; m.ok && m.lo == lo && m.hi == hi {
		return m.may
	}
	may := x.mayHoldIn(lo, hi)
	x.held.lo, x.held.hi, x.held.may, x.held.ok = lo, hi, may, true
	return may
}

// rareFirst returns the index (in all) of the first token of tokens(lo,
// hi) that is a word with a bit of cl, one of rareClass, or -1 for none,
// from the index's list of such tokens (rare), without making the
// stretch's toks: hopsIn and workIn ask it where mayHold says the
// stretch holds a site or a work, and most hold the one and not the
// other. sure is false where the stretch cuts a token, whose pieces the
// index does not hold: the caller reads the toks then. A stretch that
// cuts none has as its toks the index's tokens all[i:j] (uncut), made
// with their entries: the rare ones among them are rare's
// (TestRareFirst).
func (x *tokIndex) rareFirst(lo, hi int, cl wordClass) (k int, sure bool) {
	lo, hi = max(lo, 0), min(hi, len(x.text))
	if lo >= hi {
		return -1, true // tokens gives none
	}
	i, j, ok := x.uncut(lo, hi)
	if !ok {
		return -1, false
	}
	r, _ := slices.BinarySearch(x.rare, int32(i))
	for ; r < len(x.rare) && int(x.rare[r]) < j; r++ {
		if c := &x.all[x.rare[r]]; c.word && c.is(cl) {
			return int(x.rare[r]), true
		}
	}
	return -1, true
}

// mayHoldIn is mayHold for 0 <= lo < hi <= len(text), without the memory
// of the last answer.
func (x *tokIndex) mayHoldIn(lo, hi int) bool {
	text, all := x.text, x.all
	if !utf8.RuneStart(text[lo]) || hi < len(text) && !utf8.RuneStart(text[hi]) {
		return true
	}
	if x.breakAt(lo) && x.breakAt(hi) {
		// The stretch's tokens are those that lie in it whole: a rare
		// one among them is the first to start at lo or after, if
		// it ends by hi.
		r, _ := slices.BinarySearch(x.rareAt, int32(lo))
		return r < len(x.rare) && int(all[x.rare[r]].e) <= hi
	}
	i, j := x.endAfter(lo), x.endAfter(hi)
	if i < len(all) && int(all[i].s) < lo || j < len(all) && int(all[j].s) < hi {
		return true // a cut word, whose piece may be a word of a list
	}
	r, _ := slices.BinarySearch(x.rare, int32(i))
	return r < len(x.rare) && int(x.rare[r]) < j
}

// breakAt reports whether no token holds both text[at-1] and text[at],
// as the bytes on either side tell at once: true at either end of the
// text, and next to an ASCII byte that no word holds (a space, which no
// token holds, or a mark, which is a token of its own); false, meaning
// "perhaps", elsewhere: between word characters, next to an
// apostrophe, hyphen or full stop (which join words), or next to a byte
// beyond ASCII. at is a character's start.
func (x *tokIndex) breakAt(at int) bool {
	text := x.text
	return at <= 0 || at >= len(text) || breakByte[text[at-1]] || breakByte[text[at]]
}

// breakByte marks the ASCII bytes that end any word they follow and
// start none: every byte but a letter, a digit, a joiner (' - .) and
// the bytes beyond ASCII.
var breakByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !asciiWord[c] && c != '\'' && c != '-' && c != '.'
	}
	return t
}()

// tokens returns the tokens of text[lo:hi], exactly as tokenize(text, lo,
// hi) would: a word cut by lo or hi is cut there too ("ov" and "er" of
// "over"), as is a character cut by them. The slice is made for the
// caller to keep (its capacity ends at its length, so an append copies);
// callers must not write to its elements, which the next caller asking
// for the same stretch shares.
func (x *tokIndex) tokens(lo, hi int) []tok {
	lo, hi = max(lo, 0), min(hi, len(x.text))
	if lo >= hi {
		return nil
	}
	if x.last.ok && x.last.lo == lo && x.last.hi == hi {
		// The same stretch again: a quotation's clause is read by
		// several rules in turn.
		return x.last.toks
	}
	toks := x.read(lo, hi, nil, false)
	x.last.lo, x.last.hi, x.last.toks, x.last.ok = lo, hi, toks, true
	return toks
}

// mayAttribute reports whether attributions may find an attribution in
// tokens(lo, hi): whether a word of the stretch has a bit of
// attributionWords or one of its first five tokens is a colon (the end
// of a headline's source). It reads the index's tokens in place, where
// indirect would make the toks of every sentence of the text, most of
// which hold no such word. A stretch that cuts a token is not read (the
// pieces of a cut word are other words: "as" of "assert"), and is
// answered true, as every stretch is with the gates open.
func (x *tokIndex) mayAttribute(lo, hi int) bool {
	text, all := x.text, x.all
	lo, hi = max(lo, 0), min(hi, len(text))
	if gatesOff || lo >= hi || !utf8.RuneStart(text[lo]) || hi < len(text) && !utf8.RuneStart(text[hi]) {
		return true
	}
	i, j := x.endAfter(lo), x.endAfter(hi)
	if i < len(all) && int(all[i].s) < lo || j < len(all) && int(all[j].s) < hi {
		return true
	}
	for k, t := range all[i:j] {
		if classOf(t.lex)&attributionWords != 0 || k <= 4 && t.e == t.s+1 && text[t.s] == ':' {
			return true
		}
	}
	return false
}

// A clauseRead is what indirect learns of a clause from the index's
// tokens before it makes the clause's toks (clauseWords): the lists its
// words are in, as sentenceClass gives them of the toks, and the
// positions among the toks of the words with isReportTrigger, the only
// words the main loop of attributions reads further. attributions then
// neither reads every tok of the clause for its class nor walks every
// tok to find its verbs of reporting: a clause's toks are 40 bytes each
// with a string, its index tokens 16 and read in place.
type clauseRead struct {
	has  wordClass
	trig []int32
	// semiFree says the clause holds no semicolon (clauseEndFree).
	semiFree bool
}

// clauseWords reads the index's tokens of tokens(lo, hi) in place, as
// mayAttribute does, but the whole stretch: it returns the clause's
// lists (has), appends to trig the positions of its words with
// isReportTrigger, and reports what mayAttribute reports (may). ok is
// false where the stretch cuts a token (the pieces are other words), is
// empty, or the gates are open (every token is then read): the caller
// asks mayAttribute and lets attributions read the toks, as before.
// Where ok is true, the stretch's toks are the index's tokens all[i:j]
// one for one, so a position counts in both alike.
func (x *tokIndex) clauseWords(lo, hi int, trig []int32) (has wordClass, _ []int32, may, ok bool) {
	lo, hi = max(lo, 0), min(hi, len(x.text))
	if gatesOff || lo >= hi {
		return 0, trig, true, false
	}
	i, j, uncut := x.uncut(lo, hi)
	if !uncut {
		return 0, trig, true, false
	}
	has, trig, may = x.classIn(i, j, trig)
	return has, trig, may, true
}

// clauseToks is clauseWords and, where may is true, scratch(2, lo, hi):
// indirect asks both of every clause, and here the clause's tokens are
// found in the index once (uncut), and read into slot 2 from there,
// where scratch found them again and asked whether the stretch cut a
// token, which clauseWords had settled. Where ok is false, toks is nil
// and the caller reads the clause as before (mayAttribute, scratch).
func (x *tokIndex) clauseToks(lo, hi int, trig []int32) (toks []tok, has wordClass, _ []int32, may, ok bool) {
	lo, hi = max(lo, 0), min(hi, len(x.text))
	if gatesOff || lo >= hi {
		return nil, 0, trig, true, false
	}
	i, j, uncut := x.clauseUncut(lo, hi) // uncut (u2_clause.go)
	if !uncut {
		return nil, 0, trig, true, false
	}
	has, trig, may = x.classIn(i, j, trig)
	if may {
		if s := &x.slots[2]; s.ok && s.lo == lo && s.hi == hi {
			toks = s.toks
		} else if w, ok := x.windowedIf(s, i, j); ok {
			toks = s.keepShared(lo, hi, w)
		} else {
			toks = s.keep(lo, hi, x.readRun(s, 0, j-i, i, j))
		}
	}
	return toks, has, trig, may, true
}

// classIn is what clauseWords reads of the index's tokens all[i:j]: their
// lists, the positions of those with isReportTrigger appended to trig,
// and whether attributions may find an attribution in them.
//
// Measured and not kept (session seventeen): the lists of each run of
// eight tokens, made by fill, and a list of the tokens with
// isReportTrigger. A clause averages 12.6 tokens (230 k calls on issue
// 3's pipeline), so few whole runs lie inside one: classIn fell from
// 43 M to 33 M instructions and fill rose from 44 M to 99 M.
//
// Nor (session twenty-six) the class table's address held in a local:
// the compiler makes it again at every token all the same.
//
// The room for a position of every token is made first, and the loop
// writes into it by index: with append's growth inside, a call, the
// compiler kept the loop's values on the stack around it.
func (x *tokIndex) classIn(i, j int, trig []int32) (has wordClass, _ []int32, may bool) {
	text, cs := x.text, x.all[i:j]
	trig = slices.Grow(trig, len(cs))
	n := len(trig)
	buf := trig[:n+len(cs)]
	for k := range cs { // by index: a range copies each ctok
		cl := classOf(cs[k].lex)
		has |= cl
		if cl&isReportTrigger != 0 {
			buf[n] = int32(k)
			n++
		}
	}
	trig = buf[:n]
	may = has&attributionWords != 0
	for k := 0; k < len(cs) && k <= 4 && !may; k++ {
		may = cs[k].e == cs[k].s+1 && text[cs[k].s] == ':' // a headline's source before its colon
	}
	return has, trig, may
}

// hasWord reports whether tokens(lo, hi) hold a word, as
// wordsAtLeast(x.scratch(3, lo, hi), 1) does: makeQuote asks it of the
// content of every attribution found, and a stretch that cuts no token
// is answered from the index's own tokens, without making its toks
// (some 4% of those the stage made). A stretch that cuts one is read
// by slot 3.
func (x *tokIndex) hasWord(lo, hi int) bool {
	lo, hi = max(lo, 0), min(hi, len(x.text))
	if lo >= hi {
		return false
	}
	if i, j, ok := x.uncut(lo, hi); ok {
		for k := i; k < j; k++ {
			if x.all[k].word {
				return true
			}
		}
		return false
	}
	return wordsAtLeast(x.scratch(3, lo, hi), 1)
}

// uncut reports whether tokens(lo, hi), for 0 <= lo < hi <= len(text),
// cuts no token of the index, and if so the index's tokens it holds:
// all[i:j]. Such a stretch is read from the index as it lies.
func (x *tokIndex) uncut(lo, hi int) (i, j int, ok bool) {
	text, all := x.text, x.all
	if !utf8.RuneStart(text[lo]) || hi < len(text) && !utf8.RuneStart(text[hi]) {
		return 0, 0, false
	}
	i, j = x.endAfter(lo), x.endAfter(hi)
	ok = (i == len(all) || int(all[i].s) >= lo) && (j == len(all) || int(all[j].s) >= hi)
	return i, j, ok
}

// wordLows appends to out the lower-case forms of the words of
// tokens(lo, hi), in order. A stretch that cuts no word is read from the
// index as it is, without making its toks: echoes asks this of the words
// of every direct quotation.
func (x *tokIndex) wordLows(lo, hi int, out []string) []string {
	lo, hi = max(lo, 0), min(hi, len(x.text))
	if lo >= hi {
		return out
	}
	if i, j, ok := x.uncut(lo, hi); ok {
		for _, c := range x.all[i:j] {
			if c.word {
				out = append(out, x.low(c))
			}
		}
		return out
	}
	for _, t := range x.scratch(2, lo, hi) { // a cut word: the stretch's own toks
		if t.word {
			out = append(out, t.low)
		}
	}
	return out
}

// read is tokens for 0 <= lo < hi <= len(text), without the memory of
// the last stretch: written over buf from its start when reuse is set
// (scratch), else made for the caller to keep.
func (x *tokIndex) read(lo, hi int, buf []tok, reuse bool) []tok {
	text, all := x.text, x.all
	if !utf8.RuneStart(text[lo]) || hi < len(text) && !utf8.RuneStart(text[hi]) {
		// A cut character reads as one invalid byte a token, even
		// where the whole one is a space: read the stretch itself.
		if reuse {
			return appendTokens(buf[:0], text, x.lower, lo, hi)
		}
		return clip(tokenizeLower(text, x.lower, lo, hi))
	}
	i := x.endAfter(lo)
	j := x.endAfter(hi)
	// all[i] is the first token to end after lo, all[j] the first to end
	// after hi; all[i:j] end inside the stretch.
	headCut := i < len(all) && int(all[i].s) < lo
	tailCut := j < len(all) && int(all[j].s) < hi
	if headCut && int(all[i].e) >= hi {
		if reuse {
			return appendTokens(buf[:0], text, x.lower, lo, hi)
		}
		return clip(tokenizeLower(text, x.lower, lo, hi))
	}
	// The cut tokens are read first, on the stack, so that the stretch
	// is carved to its exact size.
	var headBuf, tailBuf [4]tok
	head, tail := headBuf[:0], tailBuf[:0]
	if headCut {
		// lo falls inside all[i]: tokenising from lo passes through the
		// token's end (the rules of WordEnd look at one character and
		// the next), where it meets the index again.
		head = appendTokens(head, text, x.lower, lo, int(all[i].e))
		i++
	}
	if tailCut {
		// hi falls inside all[j]: the token is cut at hi.
		tail = appendTokens(tail, text, x.lower, int(all[j].s), hi)
	}
	n := len(head) + j - i + len(tail)
	var out []tok
	if reuse {
		out = slices.Grow(buf[:0], n)
	} else {
		out = x.carve(n)
	}
	out = append(out, head...)
	out = decode(out, all[i:j], text, x.lower, x.others)
	return append(out, tail...)
}

// endAfter returns the index of the first token to end after offset x
// (0 <= x <= len(text)), or len(all): from the block x is in, a step or
// two forward.
func (x *tokIndex) endAfter(at int) int {
	all := x.all
	k := int(x.first[at>>blockShift])
	for k < len(all) && offsetOf(all[k].e) <= at {
		k++
	}
	return k
}

// pushC appends a token to out. Within out's capacity it writes the
// fields one by one: appending the token whole is a call into the
// runtime for each token of the text.
func pushC(out []ctok, s, e int, word bool, lex int32, form lowForm, quiet bool) []ctok {
	n := len(out)
	if n == cap(out) {
		return append(out, ctok{int32(s), int32(e), lex, word, form, quiet})
	}
	out = out[:n+1]
	t := &out[n]
	t.s, t.e, t.word, t.lex, t.form, t.quiet = int32(s), int32(e), word, lex, form, quiet
	return out
}

// tokenize splits text[lo:hi] into toks, as the index does (tests
// compare the two); it lower-cases the text up to hi first, so a rule
// that reads a short stretch late in a text passes the stretch as text
// (a call per clause on the whole text is quadratic: see
// affiliationTail), or reads the index (tokIndex.scratch).
func tokenize(text string, lo, hi int) []tok {
	text = text[:hi] // nothing after the stretch is read: its lower case is not made
	return tokenizeLower(text, doc.LowerASCII(text), lo, hi)
}

// tokenizeLower is tokenize with lower, text with its ASCII capitals
// lower-cased byte for byte (doc.LowerASCII).
func tokenizeLower(text, lower string, lo, hi int) []tok {
	// About one token in four bytes of prose: no regrowing.
	return appendTokens(make([]tok, 0, (hi-lo)/4+1), text, lower, lo, hi)
}

// appendTokens appends the toks of text[lo:hi] to out; lower is text
// lower-cased as for tokenizeLower. It reads them as the index does
// (appendCompact) and makes them toks: the stretches read this way are
// short, the pieces of words cut by a stretch's ends.
func appendTokens(out []tok, text, lower string, lo, hi int) []tok {
	if alnumRun(text, lo, hi) {
		// Letters and digits of ASCII alone, most pieces a stretch
		// cuts from a word: one word, its form its slice of lower,
		// without the tokeniser's setting up.
		if hi-lo <= 3 && capsAcronym(text[lo:hi]) {
			return append(out, tok{lo, hi, true, 0, text[lo:hi]}) // as compactSlow reads it
		}
		return append(out, tok{lo, hi, true, lexIn(lower, lo, hi), lower[lo:hi]})
	}
	var buf [16]ctok
	lf := lowerForms{lower: lower}
	cs := appendCompactIn(buf[:0], text[:hi], lo, &lf)
	n := len(out)
	out = decode(out, cs, text, lower, lf.own)
	if lf.nFew > 0 {
		f := 0
		for k := range cs {
			if cs[k].form == lowFew {
				out[n+k].low = lf.few[f]
				f++
			}
		}
	}
	return out
}

// alnumRun reports whether text[lo:hi] is not empty and holds ASCII
// letters and digits alone: one word, as the tokeniser reads it.
func alnumRun(text string, lo, hi int) bool {
	if lo >= hi {
		return false
	}
	for _, c := range []byte(text[lo:hi]) {
		if !asciiWord[c] {
			return false
		}
	}
	return true
}

// appendCompact appends the tokens of text[lo:hi] to out, in the index's
// form; lower is text lower-cased as for tokenizeLower, and the forms of
// lowOther tokens go into *others (made when first needed). ASCII, most
// of most texts, is read a byte at a time; the lower-case form of an
// ASCII word is its slice of lower (of text itself when it has no
// capital), and only words with other letters go through
// strings.ToLower.
//
// Measured and not kept (session seventeen): the short words and marks
// read in a loop of a function of its own (+20 M instructions on issue
// 3's pipeline: the word test's constants are loaded at every token
// there too), and every call of the loop made of the form
// out, i = f(out, i, …) so that the position and the slice need not be
// stored at every turn (+16 M: the calls cost more than the stores,
// which the word's branch makes anyway for want of registers). What
// paid (session twenty-one, -17 M): the common tokens read in an inner
// loop of the same function that calls nothing, the others after it
// (appendCompactIn).
func appendCompact(out []ctok, others *map[int32]string, text, lower string, lo, hi int) []ctok {
	return appendCompactIn(out, text[:hi], lo, &lowerForms{lower: lower, others: others})
}

// lowerForms is what appendCompact's readings of words beyond its fast
// paths need besides the text: its lower case and the forms of
// lowOther tokens.
type lowerForms struct {
	lower  string
	others *map[int32]string
	// Where others is nil (appendTokens), few holds the forms of the
	// first lowOther tokens read, in their order (lowFew), and own
	// those of any after: a short stretch with one or two makes no
	// map. One of appendTokens's pieces is cut inside a rune at times
	// ("company’s", read up to its E2 by n39Coordinated's first twelve
	// bytes), its form then "\uFFFD": the map made for it, and its
	// first group, were two allocations a quotation of the bench text.
	// (No pointer to a variable of the caller's here: the escape
	// analysis, which does not tell fields apart, moved the map that
	// appendTokens held to the heap as few was read.)
	few  [2]string
	nFew int
	own  map[int32]string
}

// appendCompactIn is appendCompact of src[i:], src being the text up to
// hi. Its loop reads the text a block at a time (compactBlock), with
// room made first for a token a byte of the block, in an inner loop
// that reads the common tokens and calls nothing: a word of fewer than
// sixteen ASCII letters that ends at a byte that joins nothing, white
// space, an ASCII mark and a mark of General Punctuation (curly
// quotation marks, dashes). Any other token ends that loop, and is read
// after it the general way (compactSlow's cases), one token, before the
// inner loop goes on. Go's calls save no register: with the calls of
// the general readings and append's growth inside the loop, the
// compiler stored the output and the position at every token and
// loaded the text and its lower case back, some ten loads and stores a
// token; and the values only the general readings need (lower, others)
// are behind one pointer (lf), which the inner loop does not hold.
func appendCompactIn(out []ctok, src string, i int, lf *lowerForms) []ctok {
	for i < len(src) {
		if len(out) == cap(out) {
			out = slices.Grow(out, compactBlock)
		}
		buf, n := out[:cap(out)], len(out)
		for i < len(src) && n < len(buf) {
			c := src[i]
			if asciiWord[c] {
				// A word first, the commonest token.
				s := i
				if i+8 > len(src) {
					break
				}
				// Most words: fewer than eight letters, then a byte
				// of ASCII that joins nothing (a space, a comma; a
				// full stop with no letter after it: wordEndsAt),
				// read here in one step of eight bytes.
				// Their key in the lexicon is the bytes in hand,
				// lowered by setting bit 5 of each capital (up>>2):
				// packIn of their slice of lower.
				x := le64(src, i)
				word, up := letters8(x)
				if word&0x80 == 0 {
					// A digit first (asciiWord): a number, such as
					// "1931" or "1990s", read with its letters and
					// digits as scanASCIIWord would, and with a comma
					// between groups of digits ("3,100"), which
					// scanASCIIWord joins.
					word, up = wordBytes8(x)
					if stop := ^word & hiBits; stop != 0 && src[i+bits.TrailingZeros64(stop)>>3] == ',' && digitGroupComma(src, i+bits.TrailingZeros64(stop)>>3) {
						break
					}
				}
				var lex int32
				if stop := ^word & hiBits; stop != 0 {
					k := bits.TrailingZeros64(stop) >> 3
					if !wordEndsAt(src, i+k) {
						break
					}
					keep := lowBytes[k&7]
					i += k
					lex = lexTable.getShort((x | up>>2) & keep)
				} else {
					// Eight letters and more: the next eight bytes
					// in one step too, for a word of eight to
					// fifteen letters, whose key is the two numbers
					// in hand (lexIndex.getMedium).
					if i+mediumMax > len(src) {
						break
					}
					x2 := le64(src, i+8)
					word2, up2 := letters8(x2)
					stop := ^word2 & hiBits
					if stop == 0 {
						break
					}
					k := bits.TrailingZeros64(stop) >> 3
					if !wordEndsAt(src, i+8+k) || k == 0 && src[i+8] == ',' && digitGroupComma(src, i+8) {
						break // "12345678,000": scanASCIIWord joins the groups
					}
					keep := lowBytes[k&7]
					if k == 0 {
						lex = lexTable.getShort(x | up>>2)
					} else {
						lex = lexTable.getMedium(x|up>>2, (x2|up2>>2)&keep)
					}
					i += 8 + k
				}
				// quietWord(src, s, lex): the first byte is an ASCII
				// letter or digit, a capital when up says so (bit 7
				// of its first byte).
				quiet := false
				if up&0x80 == 0 {
					quiet = classOf(lex)&isDescriber == 0 || spacedDescriber(src, s)
				} else if up&0x8000 != 0 && i-s <= 3 {
					i = s
					break // two capitals first in a short word: initials, which compactSlow reads (capsAcronym)
				}
				t := &buf[n]
				t.s, t.e, t.word, t.lex, t.form, t.quiet = int32(s), int32(i), true, lex, lowLower, quiet
				n++
				if src[i] == ' ' { // i < len(src): the stop byte
					i++ // the space after most words, without a turn of the loop
				}
				continue
			}
			if c == ' ' || '\t' <= c && c <= '\r' { // unicode.IsSpace, in ASCII
				i++
				continue
			}
			if c < utf8.RuneSelf {
				t := &buf[n]
				t.s, t.e, t.word, t.lex, t.form, t.quiet = int32(i), int32(i+1), false, asciiLex[c], lowLower, quietASCII[c]
				n++
				i++
				if i < len(src) && src[i] == ' ' {
					i++ // the space after a comma or a full stop, without a turn of the loop
				}
				continue
			}
			// A mark of General Punctuation, E2 80 8B to E2 80 A7
			// (U+200B to U+2027: dashes, curly quotation marks, the
			// ellipsis), told from its bytes: none is a space (those
			// of the block are U+2000 to U+200A, U+2028, U+2029,
			// U+202F and U+205F), and each is its own lower case.
			if c != 0xE2 || i+3 > len(src) || src[i+1] != 0x80 || src[i+2]-0x8B > 0xA7-0x8B {
				break
			}
			m := rune(src[i+2] - 0x80)
			t := &buf[n]
			t.s, t.e, t.word, t.lex, t.form, t.quiet = int32(i), int32(i+3), false, punctLex[m], lowLower, quietPunct(m)
			n++
			i += 3
		}
		out = buf[:n]
		if i < len(src) && n < len(buf) {
			out, i = compactSlow(out, src, i, lf)
		}
	}
	return out
}

// compactBlock is how many tokens appendCompactIn makes room for at
// least when its output is full.
const compactBlock = 512

// compactSlow appends the token at src[i], one appendCompactIn's inner
// loop does not read, the general way, and returns where the next
// token may start.
func compactSlow(out []ctok, src string, i int, lf *lowerForms) ([]ctok, int) {
	if c := src[i]; c < utf8.RuneSelf {
		// A word (asciiWord): white space and ASCII marks are the
		// inner loop's.
		s := i
		e, lex, ok := scanASCIIWord(src, lf.lower, i, len(src))
		if !ok {
			// A letter beyond ASCII in the word, or a byte that is
			// no UTF-8 after it: the general reading.
			e = wordEndJoined(src, i+1)
			if !(e-s <= 3 && capsAcronym(src[s:e])) {
				low := strings.ToLower(src[s:e])
				lex := lexOf(low)
				return pushC(out, s, e, true, lex, formOf(lf, s, e, low), quietWord(src, s, lex)), e
			}
		}
		i = e
		if i-s <= 3 && capsAcronym(src[s:i]) {
			// "the WHO", "US officials", "the IT cell": a body's
			// initials, no pronoun or function word; its form keeps
			// its capitals, so that no rule reads "who" or "us".
			w := src[s:i]
			out = pushC(out, s, i, true, 0, formOf(lf, s, i, w), false)
			if i < len(src) && src[i] == ' ' {
				i++
			}
			return out, i
		}
		// Lower-casing ASCII capitals keeps every byte where it
		// is, and leaves the curly apostrophe and the hyphen
		// scanASCIIWord lets in as they are: the lower case of
		// the word is its slice of lower.
		out = pushC(out, s, i, true, lex, lowLower, quietWord(src, s, lex))
		if i < len(src) && src[i] == ' ' {
			i++ // the space after most words, without a turn of the loop
		}
		return out, i
	}
	r, n := utf8.DecodeRuneInString(src[i:])
	if unicode.IsSpace(r) {
		return out, i + n
	}
	if m := r - punctFirst; 0 <= m && m < rune(len(punctLex)) {
		// General Punctuation (curly marks, dashes, the ellipsis):
		// no word rune, and each its own lower case.
		return pushC(out, i, i+n, false, punctLex[m], lowLower, quietPunct(m)), i + n
	}
	if !doc.IsWordRune(r) {
		// A byte that starts no rune, most often a rune cut by the
		// stretch's end ("company’s" read up to its E2): its lower
		// case is "\uFFFD", as strings.ToLower gives it, without the
		// string made for it (a tenth of the allocations of the bench
		// text's speaker stage).
		low := "\uFFFD"
		if r != utf8.RuneError || n != 1 {
			low = strings.ToLower(src[i : i+n])
		}
		return pushC(out, i, i+n, false, lexOf(low), formOf(lf, i, i+n, low), false), i + n
	}
	s := i
	i = wordEndJoined(src, i+n)
	low := strings.ToLower(src[s:i])
	return pushC(out, s, i, true, lexOf(low), formOf(lf, s, i, low), false), i // its first byte is beyond ASCII
}

// formOf returns where low, the lower-case form of the token text[s:e]
// read the general way, is found: in lower (a word with no capital or
// whose only capitals are ASCII, a mark), or else in lf.few or
// *lf.others, where it is put.
func formOf(lf *lowerForms, s, e int, low string) lowForm {
	if low == lf.lower[s:e] {
		return lowLower
	}
	if lf.others == nil {
		if lf.nFew < len(lf.few) {
			lf.few[lf.nFew] = low
			lf.nFew++
			return lowFew
		}
		if lf.own == nil {
			lf.own = map[int32]string{}
		}
		lf.own[int32(s)] = low
		return lowOther
	}
	if *lf.others == nil {
		*lf.others = map[int32]string{}
	}
	(*lf.others)[int32(s)] = low
	return lowOther
}

// scanASCIIWord reads the word that starts at text[i], an ASCII letter
// or digit: its end (as doc.WordEnd gives it), the lexicon entry of its
// lower-case form (its slice of lower, the text's ASCII lower case). A curly
// apostrophe or a Unicode hyphen between ASCII word characters
// ("harbourmaster’s") is read too: lower-casing leaves both as they
// are, so the word's lower-case form is still its bytes with ASCII
// capitals lowered. ok is false when the word holds any other byte
// beyond ASCII, or a joiner before one: the caller then reads it the
// general way. appendCompact reads most words itself, those that end
// within their first eight bytes at a byte that joins nothing; this
// reads the others (longer words, words with joiners: "don't",
// "Forty-six", "U.S."), a run of letters and digits eight bytes at a
// time (wordBytes8), where a byte loop took a dozen instructions a
// byte.
func scanASCIIWord(text, lower string, i, hi int) (end int, lex int32, ok bool) {
	s := i
	text = text[:hi] // the loops' one bound, which every read is within
	for {
		// The run of letters and digits.
		for i+8 <= len(text) {
			word, _ := wordBytes8(le64(text, i))
			if stop := ^word & hiBits; stop != 0 {
				k := bits.TrailingZeros64(stop) >> 3 // the first byte of no word
				i += k
				goto joiner
			}
			i += 8
		}
		for i < len(text) {
			if wordLower[text[i]] == 0 {
				break
			}
			i++
		}
		if i >= len(text) {
			return i, lexIn(lower, s, i), true
		}
	joiner:
		c := text[i]
		n := 1 // the joiner's length
		switch {
		case c == '\'' || c == '-' || c == '.':
		case c == ',' && digitGroupComma(text, i):
			// A comma between groups of digits joins a number: "3,100
			// students" is one count, not "3" and a clause's comma.
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x99 || text[i+2] == 0x90):
			n = 3 // ’ or ‐
		case c == 0xE2 && i+2 < len(text) && (text[i+1] == 0x80 || text[i+1] == 0x81 && text[i+2] < 0xB0):
			// Other General Punctuation (U+2000–U+206F: quotation
			// marks, dashes, spaces): neither a word character nor a
			// joiner; the word ends.
			return i, lexIn(lower, s, i), true
		case c < utf8.RuneSelf:
			return i, lexIn(lower, s, i), true
		default:
			return 0, 0, false
		}
		if i+n >= len(text) {
			return i, lexIn(lower, s, i), true // a joiner at the end joins nothing
		}
		next := text[i+n]
		if next >= utf8.RuneSelf {
			return 0, 0, false
		}
		if !asciiWord[next] {
			return i, lexIn(lower, s, i), true
		}
		i += n
	}
}

// wordStop marks the ASCII bytes that end a word where they stand: no
// letter or digit, and no joiner (an apostrophe, a hyphen, a full stop)
// that a letter after it would bring into the word.
var wordStop = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !asciiWord[c] && c != '\'' && c != '-' && c != '.'
	}
	return t
}()

// wordEndsAt reports whether a word whose ASCII letters run up to
// src[j] (j < len(src)) ends there, as scanASCIIWord reads it: at a
// byte of wordStop, or at a joiner (an apostrophe, a hyphen, a full
// stop) that no ASCII letter or digit follows, such as the full stop
// after a sentence's last word, nor a letter beyond ASCII: a joiner
// before E2 80, a character of General Punctuation (U+2000 to U+203F,
// no word rune: the closing mark of "said.”"), ends the word as
// doc.WordEnd reads it. A joiner before any other byte beyond ASCII,
// which may be a letter it joins, is left to scanASCIIWord, as is a
// digit.
func wordEndsAt(src string, j int) bool {
	switch c := src[j]; {
	case wordStop[c]:
		return true
	case c == '.' || c == '-' || c == '\'':
		if j+1 == len(src) {
			return true
		}
		if n := src[j+1]; n < utf8.RuneSelf {
			return !asciiWord[n]
		}
		return src[j+1] == 0xE2 && j+2 < len(src) && src[j+2] == 0x80
	}
	return false
}

// lowBytes[k] keeps the low k bytes of a number of eight: the bytes of
// a word of k letters read in one step (appendCompact). A load from
// the table, where the shift by 8*k tied up the one register a shift
// count may be in, and the tokeniser's loop moved its values around it.
var lowBytes = [8]uint64{0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF}

// hiBits holds bit 7 of each of eight bytes: where wordBytes8 answers.
const hiBits = 0x8080808080808080

// lowBits7 holds the other seven bits of each byte.
const lowBits7 = 0x7F7F7F7F7F7F7F7F

// bytes8 repeats the byte b eight times.
func bytes8(b byte) uint64 { return uint64(b) * 0x0101010101010101 }

// wordBytes8 tells, of the eight bytes of x, which are ASCII letters
// or digits (asciiWord) and which are capitals: bit 7 of each byte of
// word and of up. Each test of a range is two additions on the bytes'
// low seven bits, which carry into no neighbour: y+(0x80-lo) sets bit 7
// of a byte when it is at least lo, y+(0x7F-hi) when it is above hi. A
// letter's bit 5 set (0x20) is its lower case, so y|0x20 puts both
// cases in one range; bit 7 of x, a byte beyond ASCII, is never a word
// byte. TestWordBytes8 holds it to the table for every byte.
func wordBytes8(x uint64) (word, up uint64) {
	y := x & lowBits7
	digit := (y + bytes8(0x80-'0')) &^ (y + bytes8(0x7F-'9'))
	z := y | bytes8(0x20)
	alpha := (z + bytes8(0x80-'a')) &^ (z + bytes8(0x7F-'z'))
	word = (digit | alpha) &^ x & hiBits
	up = word &^ (y << 2) // a letter or digit whose bit 5 (lower case; every digit's) is clear
	return word, up
}

// letters8 is wordBytes8 for letters alone: a word with a digit stops
// at it, a byte that is not wordStop, and is read by scanASCIIWord.
// Digits are rare in words, and the range costs a fifth of the test.
func letters8(x uint64) (word, up uint64) {
	y := x & lowBits7
	z := y | bytes8(0x20)
	word = (z + bytes8(0x80-'a')) &^ (z + bytes8(0x7F-'z')) &^ x & hiBits
	up = word &^ (y << 2)
	return word, up
}

// le64 returns the eight bytes of s from i as a little-endian number
// (the compiler makes it one load).
func le64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// packIn returns the bytes of str[s:e], a stretch of at most eight,
// as one little-endian number, the bytes past e zero: the key of a
// short word in the lexicon (lexIndex.getShort). It is one load, masked,
// when str goes on for eight bytes from s (the tokeniser's words are
// slices of the whole text, which nearly always does), and a byte at a
// time when it does not.
func packIn(str string, s, e int) uint64 {
	if s+8 <= len(str) {
		return le64(str, s) & (uint64(1)<<(8*(e-s)) - 1)
	}
	var x uint64
	for k := e - 1; k >= s; k-- {
		x = x<<8 | uint64(str[k])
	}
	return x
}

// wordHash is the lexicon's hash of a word of more than eight bytes:
// its bytes taken eight at a time as little-endian numbers (the last
// ones zero-filled, packIn), each mixed in by a multiplication, and the
// top half of the product kept; one multiplication for eight bytes,
// where doc.WordHash makes one a byte. Any hash finds the same entries
// (lexIndex.get compares the words).
func wordHash(w string) uint32 { return hashIn(w, 0, len(w)) }

// hashIn is wordHash(str[s:e]).
func hashIn(str string, s, e int) uint32 {
	h := uint64(hashSeed)
	for ; e-s >= 8; s += 8 {
		h = (h ^ le64(str, s)) * hashMul
	}
	if e > s {
		h = (h ^ packIn(str, s, e)) * hashMul
	}
	return uint32(h >> 32)
}

// The constants of wordHash: an odd multiplier with its bits spread
// (the 64-bit golden ratio) and a starting value that is not zero.
const (
	hashSeed = 0xCBF29CE484222325
	hashMul  = 0x9E3779B97F4A7C15
)

// asciiWord marks the bytes of ASCII letters and digits: the ASCII
// characters doc.IsWordRune accepts.
var asciiWord = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = doc.IsWordRune(rune(c))
	}
	return t
}()

// wordLower maps each byte of asciiWord to its lower case (asciiLower)
// and every other byte to 0, which no word holds.
var wordLower = func() (t [256]byte) {
	for c := range 256 {
		if asciiWord[c] {
			t[c] = asciiLower[c]
		}
	}
	return t
}()

// asciiLex holds the lexicon entry of each ASCII character as a word of
// its own: a mark is a token a few times a sentence, and the table
// answers without hashing it.
var asciiLex = func() (t [utf8.RuneSelf]int32) {
	for c := range utf8.RuneSelf {
		t[c] = lexOf(string(rune(c)))
	}
	return t
}()

// punctFirst is the first character of Unicode's General Punctuation
// block (U+2000–U+206F), whose spaces the tokeniser skips and whose other
// characters are each a token: curly quotation marks, dashes, the
// ellipsis, a few times a sentence in most texts.
const punctFirst = '\u2000'

// punctLex holds the lexicon entry of each character of the block as a
// token of its own, so that a mark is neither lower-cased (none of the
// block has a case: TestPunctLex) nor hashed, as asciiLex does for ASCII.
var punctLex = func() (t [0x70]int32) {
	for m := range t {
		t[m] = lexOf(strings.ToLower(string(punctFirst + rune(m))))
	}
	return t
}()

// asciiLower maps each ASCII capital to its lower case and every other
// byte to itself.
var asciiLower = func() (t [256]byte) {
	for c := range 256 {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// wordsAtLeast reports whether toks hold at least n words.
func wordsAtLeast(toks []tok, n int) bool {
	for k := range toks { // by index: a range copies each 40-byte tok
		if toks[k].word {
			if n--; n <= 0 {
				return true
			}
		}
	}
	return n <= 0
}

func (t *tok) str(text string) string { return text[t.s:t.e] }

// lower returns the token's text in lower case. text is the text it
// was read from, as for str; the form was made when it was read.
func (t *tok) lower(text string) string { return t.low }

// firstRune returns the first character of w, RuneError for an invalid
// byte (as []rune(w)[0] would, without making the slice).
func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

func capital(w string) bool {
	// unicode.IsUpper, in ASCII; beyond it, capitalRune.
	return len(w) > 0 && (w[0]-'A' < 26 || w[0] >= utf8.RuneSelf && capitalRune(w))
}

// capitalRune is capital beyond ASCII, apart so that capital is
// inlined: it is asked of most words.
func capitalRune(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// initial reports whether a word is an initial ("H", "L.M") or a title
// that takes a full stop ("Mr", "Dr").
func initial(w string) bool {
	// titles[strings.ToLower(w)], by the lexicon's bit (lexOfWord):
	// the map's lookup hashed the word, and the rules ask this of the
	// word before every full stop they read.
	return classOf(lexOfWord(w))&isTitle != 0 || initialParts(w)
}

// initialTok is initial(t.str(text)) for a token: its lower case is
// looked up in titles by its lexicon bit, where initial lower-cases the
// word and hashes it again (boundary asks it of the word before every
// full stop).
func initialTok(text string, t *tok) bool {
	return t.is(isTitle) || initialParts(t.str(text))
}

// initialParts reports whether each part of w between full stops is one
// character: "H", "L.M".
func initialParts(w string) bool {
	if len(w) >= 2 && w[0] < utf8.RuneSelf && w[1] != '.' {
		// The first part is two characters at least (an ASCII byte
		// starts no longer character): most words, turned away
		// without a search for the full stop.
		return false
	}
	for { // part by part, without splitting: called for most capitalised words
		p, rest, more := strings.Cut(w, ".")
		if utf8.RuneCountInString(p) != 1 || p[0] >= '0' && p[0] <= '9' {
			return false // a digit is no initial: "said Isla, 8." ends its sentence
		}
		if !more {
			return true
		}
		w = rest
	}
}

// boundary reports whether toks[k] ends a sentence: . ! or ? not after an
// initial or title.
//
// The mark is told from its length and first byte, not by comparing its
// text with each: callers ask this of most marks of the stretches they
// walk (commas, quotation marks), nearly none of which end a sentence,
// and a switch on the string loaded and compared it for each case.
// A comma, most of the marks asked, is told here, small enough to be
// inlined, so that it costs no call; the rest go on to fullStop.
func boundary(text string, toks []tok, k int) bool {
	if toks[k].low == "," {
		return false
	}
	return fullStop(text, toks, k)
}

// fullStop is boundary for a full stop or a mark not of one byte.
func fullStop(text string, toks []tok, k int) bool {
	t := &toks[k]
	switch t.e - t.s {
	case 1: // "!", "?" or "."; any other byte is no stop
		if c := text[t.s]; c != '.' {
			return c == '!' || c == '?'
		}
	case len("…"):
		if text[t.s:t.e] != "…" {
			return false
		}
	default:
		return false
	}
	// "." or "…"
	if k+1 < len(toks) && toks[k+1].s == toks[k].e && toks[k+1].str(text) == ")" {
		return false // an abbreviation closing a parenthesis: "(D-Ore.)"
	}
	if k > 0 && k+1 < len(toks) && text[toks[k-1].s] == 'N' && toks[k-1].e == t.s && (toks[k-1].str(text) == "No" || toks[k-1].str(text) == "Nos") && text[toks[k+1].s]-'0' < 10 {
		return false // a number's abbreviation: "the No. 14 route"
	}
	// The comma after it first: most full stops have none, and
	// partyLabel searches the word for a hyphen.
	if k > 0 && k+1 < len(toks) && toks[k+1].str(text) == "," && toks[k-1].word && toks[k-1].e == toks[k].s {
		if w := toks[k-1].str(text); partyLabel(w) || capital(w) && len(w) <= 5 {
			return false // an abbreviation before a comma: "Ann Ortiz, R-Tex., said", "of Ashton, Md., said"
		}
	}
	if toks[k].str(text) == "." && k > 0 && toks[k-1].word && toks[k-1].e == toks[k].s && k+1 < len(toks) && toks[k+1].word && startsLower(toks[k+1].str(text)) && capital(toks[k-1].str(text)) && len(toks[k-1].str(text)) <= 5 {
		return false // an abbreviation inside the sentence: "Donald Trump Jr. said", "Acme Inc. says"
	}
	return k == 0 || !toks[k-1].word || !initialTok(text, &toks[k-1]) || toks[k-1].e != toks[k].s
}

// A name is a run of capitalised words found at toks[from:to].
type name struct {
	from, to int // token indexes
	start    int // byte span, after dropped function words
	end      int
	text     string
	gender   byte // 'm', 'f' or 0, from a title
}

// nameAt reads a name starting at toks[k]; ok is false if none starts
// there. Function words at its start are dropped; a possessive ’s at its
// end is cut from its text.
func nameAt(text string, toks []tok, k int) (n name, ok bool) {
	if k >= len(toks) || !toks[k].word || !capital(toks[k].str(text)) {
		return name{}, false // most words: no name starts with them
	}
	j := k
	for j < len(toks) {
		t := &toks[j]
		w := t.str(text)
		if !t.word {
			if e := nicknameAt(text, toks, j); j > k && e > j {
				j = e // Ann “Annie” Reed: the name runs over the nickname
				continue
			}
			if j > k && n101OwnersBody(text, toks, j) {
				j++ // "the Rail Drivers’ Federation": one name
				continue
			}
			break
		}
		if !capital(w) {
			if j > k && t.is(isParticle) && particles[w] && j+1 < len(toks) && toks[j+1].word && capital(toks[j+1].str(text)) {
				j++
				continue
			}
			break
		}
		if j > k && strings.HasSuffix(w, "s") && t.is(isCue) {
			break // a headline's verb: "Obama Says Museum Will Tell …"
		}
		j++
		// A full stop right after an initial or title belongs to it.
		if j < len(toks) && toks[j].s == t.e && toks[j].e == t.e+1 && text[t.e] == '.' && initialTok(text, t) { // toks[j] is a full stop
			j++
			if t.low == "jr" || t.low == "sr" && (j-2 > k || j < len(toks) && toks[j].is(isPronoun|isFunction)) {
				break // a suffix ends the name: "Donald Trump Jr. He left."
			}
		}
		// Possessive: the name ends here.
		if strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") {
			break
		}
		if j < len(toks) && toks[j].word && toks[j].s > toks[j-1].e+1 {
			break // more than one space: not one name
		}
	}
	// Drop function words from the start.
	i := k
	for i < j && toks[i].word && toks[i].is(isFunction) {
		i++
		if i < j && toks[i].str(text) == "." {
			i++
		}
	}
	if i >= j || j-i == 2 && toks[j-1].is2(isWeekday|isMonth) && n103TimeLead(toks[i].low) {
		return name{}, false // "Last Monday", "This March": a time, no name (n103_readings.go)
	}
	n = name{from: k, to: j, start: toks[i].s, end: toks[j-1].e}
	n.text = strings.TrimSuffix(strings.TrimSuffix(text[n.start:n.end], "’s"), "'s")
	// The list bits first: most names open with neither a title nor a
	// given name, and a word's bits tell without hashing it; the sex a
	// title or a given name tells is read from the word's entry too
	// (nameGender). A word with a full stop at its end, which WordEnd
	// does not make, is looked up as before.
	if t := &toks[i]; strings.HasSuffix(t.low, ".") {
		if g, ok := titles[strings.TrimSuffix(t.low, ".")]; ok {
			n.gender = g
		} else if g, ok := given[t.low]; ok {
			n.gender = g // "Emma", "Henry Crawford"
		}
	} else if t.is(isTitle | isGiven) {
		n.gender = nameGender[t.lex&lexMask]
	}
	for i < j-2 && n.gender == 0 && n116Reverend(toks[i].low) && !toks[i].is(isTitle) {
		i++ // "Very Rev Clare Mountjoy": the style before the title (n116_readings.go)
	}
	if n.gender == 0 && j-i >= 3 {
		n.gender = n4GivenAfter(toks, i, j) // "Sen. Ruth Ellison": n4_given.go
	}
	return n, true
}

// mayName is false where nameAt's first test turns toks[k] away: it is
// no word, or no capital starts it. Most words are not capitalised, and
// a caller that asks this first spares the call, which nameAt's size
// keeps from being inlined, and the zero name it returns. It reads the
// word's first byte (a token is never empty) and leaves a letter beyond
// ASCII to nameAt, so that it is small enough to be inlined.
func mayName(text string, toks []tok, k int) bool {
	if k >= len(toks) || !toks[k].word {
		return false
	}
	b := text[toks[k].s]
	return b-'A' < 26 || b >= utf8.RuneSelf
}

// sites found in a stretch of text, with "<Language> version of <Site>"
// read as "<Language> <Site>".
func hopsIn(ix *tokIndex, lo, hi int) []string {
	text := ix.text
	var out []string
	if !ix.mayHold(lo, hi) {
		return nil // no site in the stretch
	}
	if k, sure := ix.rareFirst(lo, hi, isSite); sure && k < 0 {
		return nil // a work and no site (workIn's): no toks made
	}
	toks := ix.scratch(3, lo, hi) // let go of on return
	for k := range toks {
		t := &toks[k]
		if !t.word || !t.is(isSite) { // the bits before the word's text
			continue
		}
		w := t.str(text)
		if !sites[w] {
			continue
		}
		h := w
		if k >= 3 && toks[k-1].lower(text) == "of" && (toks[k-2].lower(text) == "version" || toks[k-2].lower(text) == "edition") && capital(toks[k-3].str(text)) {
			h = toks[k-3].str(text) + " " + w
		} else if k >= 4 && toks[k-1].lower(text) == "the" && toks[k-2].lower(text) == "of" && (toks[k-3].lower(text) == "version" || toks[k-3].lower(text) == "edition") && capital(toks[k-4].str(text)) {
			h = toks[k-4].str(text) + " " + w
		}
		out = append(out, h)
	}
	return out
}

// workIn returns the first word of works.txt in text[lo:hi], or "".
func workIn(ix *tokIndex, lo, hi int) string {
	text := ix.text
	if !ix.mayHold(lo, hi) {
		return "" // no work in the stretch
	}
	if k, sure := ix.rareFirst(lo, hi, isWork); sure {
		if k < 0 {
			return ""
		}
		return text[ix.all[k].s:ix.all[k].e] // t.str(text) of its tok
	}
	toks := ix.scratch(3, lo, hi) // the stretch hopsIn read last
	for k := range toks {
		if t := &toks[k]; t.word && t.is(isWork) {
			return t.str(text)
		}
	}
	return ""
}

// startsLower reports whether w opens with a lower-case letter: no
// sentence of prose does.
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// partyLabel reports whether w is a party and state label: "R-Ky",
// "D-Mo", "I-Vt".
func partyLabel(w string) bool {
	p, st, ok := strings.Cut(w, "-")
	return ok && len(p) == 1 && strings.Contains("RDI", p) && len(st) >= 2 && len(st) <= 5 && capital(st)
}

// lookupLower returns m[strings.ToLower(w)] without making the
// lower-case string when w is short ASCII: it is lower-cased on the
// stack, and a map index with a converted byte slice copies nothing.
func lookupLower[V any](m map[string]V, w string) (V, bool) {
	var buf [32]byte
	if len(w) > len(buf) {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			v, ok := m[strings.ToLower(w)]
			return v, ok
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

// A byteSet marks the bytes of a cut set of ASCII characters, made
// once: strings.TrimRight builds its set of a cut set of several
// characters anew at every call, which for the short stretches the
// rules trim costs more than the trimming.
type byteSet [256]bool

// byteSetOf returns the set of the bytes of cut, ASCII characters.
func byteSetOf(cut string) (b byteSet) {
	for i := 0; i < len(cut); i++ {
		b[cut[i]] = true
	}
	return b
}

// trimRight is strings.TrimRight(s, cut) for the cut set b was made of:
// a byte beyond ASCII, which is in no such set, ends the trimming as
// the character it belongs to does.
func (b *byteSet) trimRight(s string) string {
	for len(s) > 0 && b[s[len(s)-1]] {
		s = s[:len(s)-1]
	}
	return s
}

// The cut sets the rules trim stretches with.
var (
	blankSet      = byteSetOf(" \t\r\n")
	spaceLineSet  = byteSetOf(" \t\n")
	digitSet      = byteSetOf("0123456789")
	spaceCommaSet = byteSetOf(" ,")
)

// hasNewline reports whether s holds a line break, as strings.Contains(s,
// "\n") does. It is asked of the gap between two tokens, nearly always
// one space: a loop the compiler inlines costs less there than the call.
func hasNewline(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return true
		}
	}
	return false
}

// nicknameAt reads a nickname in marks at toks[j], between a capitalised
// word and a capitalised surname: Ann “Annie” Reed, Ed "The Hammer"
// Moss. It is one or two capitalised words in straight or curly double
// marks, one space on either side, and a capitalised word after the
// closing mark; it returns the index of that word, or -1. A quoted word
// after a lower-case one ("the so-called “Annie” rule", "called it
// “Annie” Monday") is no nickname: the word before must be a capitalised
// one, which the caller checks (it is inside a name).
func nicknameAt(text string, toks []tok, j int) int {
	if j == 0 || j+3 >= len(toks) || !toks[j-1].word || !capital(toks[j-1].str(text)) || toks[j].s != toks[j-1].e+1 || !openMark(toks[j].str(text)) {
		return -1
	}
	c := j + 1
	for c < len(toks) && c <= j+2 && toks[c].word && capital(toks[c].str(text)) && !strings.HasSuffix(toks[c].low, "’s") && !strings.HasSuffix(toks[c].low, "'s") {
		c++
	}
	if c == j+1 || c+1 >= len(toks) || toks[c].word || !closeMark(toks[c].str(text)) || toks[c].s != toks[c-1].e {
		return -1
	}
	if n := &toks[c+1]; !n.word || n.s != toks[c].e+1 || !capital(n.str(text)) {
		return -1
	}
	return c + 1
}

// openMark and closeMark are the double marks a nickname stands in.
func openMark(w string) bool  { return w == "\"" || w == "“" }
func closeMark(w string) bool { return w == "\"" || w == "”" }

// inNickname reports whether toks[j] is a mark of a nickname (nicknameAt):
// the opening mark, or a closing one after one or two words. A scan
// back over an appositive goes on past it ("the mayor's niece, Ann
// “Annie” Reed, said").
func inNickname(text string, toks []tok, j int) bool {
	for _, o := range [3]int{j, j - 2, j - 3} {
		if o >= 0 && nicknameAt(text, toks, o) > j {
			return true
		}
	}
	return false
}

// groupNouns name a group of people without a plural ending, and may
// stand bare, with no article, as the subject of a cue after the
// content ("…, police said", "…, staff say") or after an inverted cue
// ("…, said police"), as plural nouns in -s do ("…, officials said").
var groupNouns = map[string]bool{"police": true, "people": true, "staff": true, "personnel": true, "management": true, "children": true, "men": true, "women": true, "clergy": true}

// digitGroupComma reports whether the comma at text[i] stands between a
// digit and three more, as in a number's groups ("3,100", "1,000,000"):
// the tokeniser joins the number there. Unlike thousandsCommaAt it does
// not read past the three digits, so that a stretch of the text is
// tokenised as the whole text is up to the stretch's last token (the
// index re-reads a token its stretch cuts, not the ones before it).
func digitGroupComma(text string, i int) bool {
	return i > 0 && i+3 < len(text) && text[i-1]-'0' < 10 && text[i+1]-'0' < 10 && text[i+2]-'0' < 10 && text[i+3]-'0' < 10
}

// wordEndJoined is doc.WordEnd of src from i, past a comma between
// groups of digits (digitGroupComma), as scanASCIIWord reads a word:
// the general reading of a word with a letter beyond ASCII.
func wordEndJoined(src string, i int) int {
	e := doc.WordEnd(src, i, len(src))
	for e < len(src) && src[e] == ',' && digitGroupComma(src, e) {
		e = doc.WordEnd(src, e+1, len(src))
	}
	return e
}

// capsAcronym reports whether w is one of the initials that, lower-cased,
// would be a pronoun or a function word of the lexicon: "WHO" (the World
// Health Organization, not "who"), "US" (not "us"), "IT" (a department,
// not "it"). Written in capitals they name a body, and the tokeniser
// gives them no class.
func capsAcronym(w string) bool {
	switch w {
	case "WHO", "US", "IT":
		return true
	}
	return false
}
