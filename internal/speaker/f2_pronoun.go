package speaker

import (
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// This file holds the rules of session eighteen's f2 for whom "he" and
// "she" stand: a body's name or a photograph's credit is no one's, and
// the speaker of the quotation just before, in the same paragraph, is
// the likeliest one.

// f2BodyName reports whether name, a name of unknown sex, names a body
// or a credit line rather than a person, so that "he" or "she" cannot
// stand for it. News prose puts a body's name right before a quotation
// of the person who spoke of it ("…, noting that the Nuclear
// Consultative Group had been postponed. ¶ “…,” he said."), and a news
// page puts a photograph's credit after its caption ("… in Seoul on
// Thursday. Ann Reed / AFP - Getty Images ¶ “…,” he said."): the
// pronoun means the person named before them. A name is a body's when
// its head (its last word, or the word before its first "of": "the
// Ministry of Defense") is a body's noun (bodies, orgLast: "Group",
// "Congress", "Ministry"); one word alone only when it cannot be a
// surname ("Congress", not "House" nor "Post"). A credit holds a
// slash between names, or ends with a credit word ("Getty Images",
// "Reuters"). It is asked only of names of unknown sex, after a
// pronoun, a few mentions back each.
func f2BodyName(name string) bool {
	if len(name) > f2NameMax {
		return false // no body's name or credit line is this long; and each name is read a bounded stretch
	}
	if strings.IndexByte(name, '/') >= 0 && strings.Contains(name, " / ") {
		return true // "Ann Reed / AFP": a credit line
	}
	var buf [32]byte
	if f2MayBe(name) {
		if low, ok := f2Lower(buf[:0], name, true); ok && f2Country[string(low)] {
			return true // "Iran", "South Korea": no map key is built (Go reads string(low) in place)
		}
	}
	head, of := name, false
	if i := strings.Index(head, " of "); i > 0 {
		head, of = head[:i], true // "Bank of Ireland": its head is "Bank"
	}
	sp := strings.LastIndexByte(head, ' ')
	last := head[sp+1:]
	if len(last) < 2 || !capital(last) || !f2MayBe(last) {
		return false
	}
	low, ok := f2Lower(buf[:0], last, false)
	if !ok {
		return false
	}
	if f2Credit[string(low)] && (sp > 0 || string(low) == "reuters" || string(low) == "afp") {
		return true // "Getty Images", "Reuters"
	}
	if !bodies[string(low)] && !orgLast[string(low)] {
		return false
	}
	return sp > 0 || of || f2SoleBody[string(low)]
}

// f2Lower appends w to b in ASCII lower case, with spaces as "_" when
// joined (the lists' way of writing a name of several words); ok is
// false when w is longer than b's room or holds a byte beyond ASCII, in
// none of the lists.
func f2Lower(b []byte, w string, joined bool) ([]byte, bool) {
	if len(w) > cap(b) {
		return b, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 0x80:
			return b, false
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == ' ' && joined:
			c = '_'
		}
		b = append(b, c)
	}
	return b, true
}

// f2Credit and f2Country are the "credit" and "country" lists of
// nonreport.txt.
var f2Credit, f2Country = nonreportLists["credit"], nonreportLists["country"]

// f2NameMax bounds the names f2BodyName reads, in bytes.
const f2NameMax = 96

// f2SoleBody are the heads of bodies that stand alone as a name and are
// no one's surname: "Congress would come round", "the Pentagon said".
var f2SoleBody = map[string]bool{"congress": true, "senate": true, "parliament": true, "pentagon": true, "kremlin": true, "ministry": true, "government": true, "embassy": true}

// f2JustReach bounds how far after the name of the last speaker a
// pronoun may be read as that speaker's by f2SpokeJustBefore: a
// sentence of description after the name and a clause before the
// pronoun.
const f2JustReach = 200

// f2Spoken is the least length in bytes of a quotation, marks
// included, that f2SpokeJustBefore reads as speech: a song's or a
// book's title in marks ("to hear Ann sing “Home”") is shorter.
const f2Spoken = 24

// f2SpokeJustBefore reports whether m, a name of unknown sex that "he"
// or "she" at offset at may stand for, is the speaker of a quotation
// that ends before at in the same paragraph, with no other quotation
// between: "“…,” said Ana Iyer, a professor at Purdue. If producers
// are squeezed, he noted, …". News prose goes on with the one it has
// just quoted; a name of known sex further back ("Tom Forte" in the
// paragraph before) is then not whom the pronoun means. Reads the
// quotations before at, at most four back (quotations are sorted by
// start).
func (a *attributor) f2SpokeJustBefore(m *mention, at int) bool {
	if at-m.End > f2JustReach || at < m.End {
		return false // the cheap test first: most names are far back
	}
	qs := a.d.Quotes
	i := sort.Search(len(qs), func(i int) bool { return qs[i].Start >= at })
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		q := &qs[j]
		if q.Parent >= 0 || q.End > at {
			continue // nested, or the pronoun's own quotation
		}
		// A direct quotation with its cue, whose speaker is m, close
		// before the pronoun: a quoted title ("to hear Ann sing “Home”")
		// or a name a page back in a novel's long paragraph is not it.
		sm := q.Speaker.Mention
		if q.Kind != doc.QuoteDirect || q.Cue.End <= q.Cue.Start || q.Speaker.Name == "" || q.End-q.Start < f2Spoken {
			return false
		}
		if sm.Start > m.Start || m.End > sm.End {
			return false
		}
		p := a.paragraph(at)
		return p >= 0 && a.paragraph(m.Start) == p && a.paragraph(q.Start) == p
	}
	return false
}

// f2Shape is a word's length (up to 31) and its first and last letters
// in lower case, each taken to five bits: f2Shapes holds the shapes of
// every word and name in the lists f2BodyName looks up, so that a name
// of another shape (most persons' names) is turned away before it is
// lowered and hashed.
func f2Shape(w string) int {
	if len(w) == 0 || len(w) > 31 {
		return 0
	}
	return len(w)<<10 | int(w[0]|0x20)&31<<5 | int(w[len(w)-1]|0x20)&31
}

// f2Shapes are the shapes (f2Shape) of the words of bodies, orgLast,
// and the "credit" and "country" lists (a country's name with spaces).
var f2Shapes = func() (s [1 << 15]bool) {
	add := func(w string) { s[f2Shape(w)] = true }
	for w := range bodies {
		add(w)
	}
	for w := range orgLast {
		add(w)
	}
	for w := range f2Credit {
		add(w)
	}
	for w := range f2Country {
		add(strings.ReplaceAll(w, "_", " "))
	}
	s[0] = false
	return s
}()

// f2MayBe reports whether w has the shape of a word of f2BodyName's
// lists.
func f2MayBe(w string) bool { return f2Shapes[f2Shape(w)] }
