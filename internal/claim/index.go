package claim

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// digests are the sha256 digests of the lexicons, for provenance.
var digests = func() map[string]string {
	m := map[string]string{}
	for _, name := range Resources {
		b, err := lexiconFS.ReadFile(strings.TrimPrefix(name, "claim/"))
		if err != nil {
			panic("claim: missing embedded lexicon " + name)
		}
		sum := sha256.Sum256(b)
		m[name] = "sha256:" + hex.EncodeToString(sum[:])
	}
	return m
}()

// An index answers, for a sentence, which quotations and source mentions
// lie in it, by binary search over layers sorted once.
//
// The claims are read in text order, so that the positions asked about
// rise: each question keeps a cursor where its last answer was and walks
// forward from it, rather than searching the whole list again for every
// claim (a binary search over the quotations touched a dozen of them,
// each a cache miss away from the last). A position lower than the one
// asked before it, or a list not sorted, gets the binary search.
type index struct {
	mentions []mention // every source mention, sorted by start
	// exact says that mentions that start together are in the order
	// sortMentions leaves them in (see newIndex): when it is false,
	// they are in the order of d.Sources, which only a claim that
	// shows their order (see support) makes it find.
	exact  bool
	in     []mention // mentionsIn's answer, reused
	inQs   []int     // quotesIn's answer, reused
	sorted bool      // d.Quotes are sorted by start, as the quote stage leaves them
	// The cursors of quotedBy, quotesIn, quoteStarting and mentionsIn.
	by, inQ, at, inM cursor
}

// A cursor is the answer k to the last question of a kind, for pos.
type cursor struct{ k, pos int }

// first returns the least k < n for which ok(k) holds, or n, where ok is
// false then true along 0..n-1 for the pos it is asked with, and a true
// for one pos stays true for every higher pos. For a pos not lower than
// the last, the answer is at or after the last one, and is walked to;
// otherwise (or when walk is false) it is found by binary search.
func (c *cursor) first(n, pos int, walk bool, ok func(k int) bool) int {
	if !walk || pos < c.pos {
		c.k = sort.Search(n, ok)
	} else {
		for c.k < n && !ok(c.k) {
			c.k++
		}
	}
	c.pos = pos
	return c.k
}

type mention struct {
	doc.Span
	source int // index in Document.Sources
}

// newIndex indexes d's quotations and source mentions.
//
// The mentions are sorted by start. Where two start together (a person
// and a work that starts with the name: "Okafor" and "Okafor's
// account"), their order is the one sortMentions leaves, which is what
// the stage's output has always shown; but that sort costs some 500
// instructions a mention (29 M on the benchmark's 56,000), and a claim
// shows the order of two such mentions only where both give it a
// source (support) or a vague attribution (vagueSpans). So the
// mentions are sorted first by a stable radix sort of their starts
// (p8ByStart), some fifty instructions a mention, and put in
// sortMentions's order only when a claim would show it: at once when
// two vague mentions start together with different ends (vagueSpans
// may keep either), else when support finds two sources newly given by
// mentions that start together (exactOrder). Two lists sorted by start
// differ only within runs of equal starts, which lie at the same
// places in both, so that the cursors of mentionsIn stay right when
// the list is replaced. TestP8MentionOrder holds the claims to those
// of sortMentions's order from the start.
func newIndex(d *doc.Document) *index {
	x := &index{mentions: appendMentions(nil, d)}
	if len(x.mentions) <= 12 || !lazyOrder || !p8ByStart(x.mentions) || p8VagueTies(d, x.mentions) {
		// (Twelve mentions or fewer: sortMentions's sort is then an
		// insertion sort, cheap, and stable as the radix sort is.)
		x.exactOrder(d)
	}
	x.sorted = true
	for k := 1; k < len(d.Quotes); k++ {
		if d.Quotes[k].Start < d.Quotes[k-1].Start {
			x.sorted = false
			break
		}
	}
	return x
}

// lazyOrder lets newIndex sort the mentions by p8ByStart first;
// TestP8MentionOrder turns it off to hold the claims to those of
// mentions in sortMentions's order from the start.
var lazyOrder = true

// appendMentions appends to ms every mention of d's sources, source by
// source, each source's in order, and returns it.
func appendMentions(ms []mention, d *doc.Document) []mention {
	if ms == nil {
		n := 0
		for _, s := range d.Sources {
			n += len(s.Mentions)
		}
		ms = make([]mention, 0, n) // at its size: one allocation
	}
	for si, s := range d.Sources {
		for _, m := range s.Mentions {
			ms = append(ms, mention{m, si})
		}
	}
	return ms
}

// exactOrder makes x's mentions those of d sorted by sortMentions, in
// the array they are in (see newIndex).
func (x *index) exactOrder(d *doc.Document) {
	x.mentions = appendMentions(x.mentions[:0], d)
	sortMentions(x.mentions)
	x.exact = true
}

// mentionsIn returns the source mentions that lie within s, in a buffer
// the next call reuses: most sentences have none or a few, and a slice
// for each would be most of the claim stage's garbage.
func (x *index) mentionsIn(s doc.Span) []mention {
	var lo int
	if c := &x.inM; s.Start >= c.pos {
		// first's walk, written out: no call of its test for each step.
		for c.k < len(x.mentions) && x.mentions[c.k].Start < s.Start {
			c.k++
		}
		c.pos, lo = s.Start, c.k
	} else {
		lo = c.first(len(x.mentions), s.Start, true, func(k int) bool { return x.mentions[k].Start >= s.Start })
	}
	hi := lo
	for hi < len(x.mentions) && x.mentions[hi].Start < s.End {
		hi++
	}
	out := x.in[:0]
	for _, m := range x.mentions[lo:hi] {
		if m.End <= s.End {
			out = append(out, m)
		}
	}
	x.in = out
	return out
}

// reports says whether a quotation is someone's words (not scare quotes
// or a title).
func reports(q *doc.Quote) bool {
	return q.Kind == doc.QuoteDirect || q.Kind == doc.QuoteMixed || q.Kind == doc.QuoteIndirect
}

// quotedBy returns the innermost direct quotation whose span holds s, or
// -1. Quotations nest and are sorted by start, so any quotation that
// holds s is the last one starting at or before s or one of its
// ancestors.
func (x *index) quotedBy(d *doc.Document, s doc.Span) int {
	var k int
	if c := &x.by; x.sorted && s.Start >= c.pos {
		// first's walk, written out: no call of its test for each step.
		for c.k < len(d.Quotes) && d.Quotes[c.k].Start <= s.Start {
			c.k++
		}
		c.pos, k = s.Start, c.k-1
	} else {
		k = c.first(len(d.Quotes), s.Start, x.sorted, func(k int) bool { return d.Quotes[k].Start > s.Start }) - 1
	}
	for k >= 0 && !(d.Quotes[k].Contains(s) && d.Quotes[k].Kind == doc.QuoteDirect) {
		k = d.Quotes[k].Parent
	}
	return k
}

// quotesIn returns the outermost reported quotations that start within
// s, in a buffer the next call reuses, as mentionsIn does.
func (x *index) quotesIn(d *doc.Document, s doc.Span) []int {
	var k int
	if c := &x.inQ; x.sorted && s.Start >= c.pos {
		// first's walk, written out: no call of its test for each step.
		for c.k < len(d.Quotes) && d.Quotes[c.k].Start < s.Start {
			c.k++
		}
		c.pos, k = s.Start, c.k
	} else {
		k = c.first(len(d.Quotes), s.Start, x.sorted, func(k int) bool { return d.Quotes[k].Start >= s.Start })
	}
	out := x.inQs[:0]
	for ; k < len(d.Quotes) && d.Quotes[k].Start < s.End; k++ {
		q := &d.Quotes[k]
		if !reports(q) {
			continue
		}
		if p := q.Parent; p >= 0 && d.Quotes[p].Start >= s.Start && reports(&d.Quotes[p]) {
			continue // its enclosing quotation is already counted
		}
		out = append(out, k)
	}
	x.inQs = out
	return out
}

// quoteStarting returns the outermost direct quotation that starts at
// off, or -1.
func (x *index) quoteStarting(d *doc.Document, off int) int {
	k := x.at.first(len(d.Quotes), off, x.sorted, func(k int) bool { return d.Quotes[k].Start >= off })
	if k < len(d.Quotes) && d.Quotes[k].Start == off && d.Quotes[k].Kind == doc.QuoteDirect {
		return k
	}
	return -1
}

// sortMentions sorts ms by start as sort.Slice(ms, less by start) does,
// mentions that start together included: the slices package's sort is
// the same pattern-defeating quicksort, generated from the same source,
// asking the same questions in the same order, without sort.Slice's
// reflective swap of each pair it moves. TestSortMentions holds the two
// to the same order.
//
// The sort is made on a list of each mention's start and place, a third
// of a mention's size: the same sort, asking the same questions (of the
// same starts), makes the same moves, and the order it leaves is then
// given to ms in one pass. Moving the 24-byte mentions was most of the
// sort's cost.
func sortMentions(ms []mention) {
	keys := make([]startAt, len(ms))
	for i, m := range ms {
		if int(int32(m.Start)) != m.Start || int(int32(i)) != i {
			slices.SortFunc(ms, func(a, b mention) int { return cmp.Compare(a.Start, b.Start) })
			return
		}
		keys[i] = startAt{int32(m.Start), int32(i)}
	}
	// The difference has the sign cmp.Compare would answer with (the
	// starts are 32-bit, their difference fits an int): the same
	// questions get the same answers, in fewer instructions.
	slices.SortFunc(keys, func(a, b startAt) int { return int(a.start) - int(b.start) })
	permute(ms, keys)
}

// permute gives ms[j] the mention at keys[j].at, for every j, where
// keys are a permutation of ms's indexes: each cycle of the permutation
// is followed once, and marked done (at set to -1).
func permute(ms []mention, keys []startAt) {
	for j := range keys {
		if keys[j].at < 0 {
			continue
		}
		hold := ms[j]
		k := j
		for {
			from := int(keys[k].at)
			keys[k].at = -1
			if from == j {
				ms[k] = hold
				break
			}
			ms[k] = ms[from]
			k = from
		}
	}
}

// A startAt is a mention's start and its index in the list to sort.
type startAt struct{ start, at int32 }
