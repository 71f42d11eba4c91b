package speaker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// A phrase that opens a sentence often ends with a body's name and no
// comma before the subject: "In an interview with the editorial board
// of the Ledger Moss said …", "After a meeting with the Harbour Board
// Ann Ortiz said …". The capitalised words then run on from the body
// into the person, and the mention reads "the Ledger Moss". A noun
// phrase after a preposition is the preposition's object, never the
// verb's subject; so when the mention's capitalised words follow "the"
// and a preposition, and their last words are a person's name, the
// person alone is the speaker: a given name and the word after it
// ("Ann Ortiz"), or one word that the text writes elsewhere after a
// given name or a title ("Ed Moss", "Mr. Moss"), which is how news
// prose names a person first. A body's own name ("the Harbour Ferry
// Board", "the United States") ends with no such word and is kept whole.

// gluedPrepositions are the prepositions whose object a sentence's
// opening phrase ends with.
var gluedPrepositions = map[string]bool{"of": true, "with": true, "to": true, "for": true, "from": true, "by": true, "at": true, "on": true, "in": true, "into": true, "about": true, "after": true, "before": true, "during": true, "against": true, "among": true, "between": true, "toward": true, "towards": true, "upon": true, "like": true}

// gluedReach bounds the stretch before a mention that gluedPerson reads
// for the name's first writing: a constant window keeps the pass linear
// in the text, however many mentions it tries.
const gluedReach = 8000

// gluedNames cuts the body's name off each mention that ends with a
// person's name glued to it (see above), and renames the speaker, and
// every quotation named as it was, by the person. Most mentions are
// turned away by the byte tests of gluedSplit's first lines; the
// renames are made in one pass after.
func gluedNames(d *doc.Document) {
	text := d.Text
	var named map[string]bool     // made at the first mention that passes the gates
	var renames map[string]string // the glued name: the person's
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m := q.Speaker.Mention
		if m.End-m.Start < 9 || m.End > len(text) || q.Speaker.Name == "" || !gluedGate(text, m) {
			continue
		}
		if named == nil {
			named = namedPersons(d)
		}
		at := gluedSplit(text, m, named)
		if at <= m.Start {
			continue
		}
		old, to := q.Speaker.Name, text[at:m.End]
		if old == to {
			continue
		}
		q.Speaker.Mention.Start = at
		if !strings.HasSuffix(old, to) {
			// The name read was the phrase's head ("a meeting" of "a
			// meeting with the Harbour Board Moss"): this quotation's
			// alone.
			rename(q, old, to)
			continue
		}
		if renames == nil {
			renames = map[string]string{}
		}
		if _, ok := renames[old]; !ok {
			renames[old] = to
		}
	}
	if renames == nil {
		return
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if to, ok := renames[q.Speaker.Name]; ok {
			rename(q, q.Speaker.Name, to)
		}
	}
}

// gluedGate reports whether the mention m may be a body's name glued
// to a person's, by bytes alone and with nothing made: its last two
// words open with a capital (or a letter beyond ASCII), and it holds
// "the " or "The ".
func gluedGate(text string, m doc.Span) bool {
	e := m.End
	for k := 0; k < 2; k++ {
		sp := strings.LastIndexByte(text[m.Start:e], ' ')
		if sp < 0 {
			return false
		}
		if c := text[m.Start+sp+1]; !(c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf) {
			return false
		}
		e = m.Start + sp
	}
	mention := text[m.Start:e]
	return strings.Contains(mention, "the ") || strings.Contains(mention, "The ")
}

// namedPersons returns the last words of the speakers' names that the
// stage knows for persons': a one-word name given to "he" or "she"
// ("Moss" of "“…,” Moss said. “…,” he added."), or one that opens with a given
// name or a title ("Ed Moss", "Mr. Moss"). A body's name is given to
// "it" and "they", and opens with neither ("Whole Foods said"), so it
// is never one of them.
func namedPersons(d *doc.Document) map[string]bool {
	out := map[string]bool{}
	for i := range d.Quotes {
		sp := &d.Quotes[i].Speaker
		m := sp.Mention
		if sp.Name == "" || m.End <= m.Start || m.End > len(d.Text) {
			continue
		}
		first, last, n := firstLastWords(sp.Name)
		if n == 0 || n > 3 || first == "the" || first == "The" {
			continue
		}
		person := false
		switch d.Text[m.Start:m.End] {
		case "he", "He", "she", "She":
			// A surname alone ("Moss"): a longer name given to "he"
			// with no given name or title may be a body's that the
			// pronoun was read for wrongly ("the Security Council").
			person = n == 1
		default:
			if n >= 2 {
				l := strings.TrimSuffix(first, ".")
				_, g := lookupLower(given, l)
				_, t := lookupLower(titles, l)
				person = g || t
			}
		}
		if person && properName(sp.Name) {
			out[last] = true
		}
	}
	return out
}

// firstLastWords returns the first and last of the words of s that
// strings.Fields would give, and how many there are, without making
// the list: namedPersons asks this of every speaker's name.
func firstLastWords(s string) (first, last string, n int) {
	start := -1
	word := func(w string) {
		if n == 0 {
			first = w
		}
		last = w
		n++
	}
	// A byte at a time in ASCII (asciiSpace is unicode.IsSpace there),
	// a character at a time beyond it, as range reads it.
	for i := 0; i < len(s); {
		c, size := s[i], 1
		space := asciiSpace(c)
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			word(s[start:i])
			start = -1
		case !space && start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 {
		word(s[start:])
	}
	return first, last, n
}

// gluedSplit returns where the person's name starts inside the mention
// m, or -1 where the mention is no body's name glued to a person's.
func gluedSplit(text string, m doc.Span, named map[string]bool) int {
	var buf [16]doc.Span
	n := gluedWords(text, m, &buf)
	words := buf[:n]
	if n < 2 {
		return -1
	}
	// The capitalised words that end the mention: words[r:].
	r := n
	for r > 0 && gluedCapital(text, words[r-1]) {
		r--
	}
	if n-r < 2 {
		return -1 // one capitalised word: no body before the person
	}
	// "the" before them, and a preposition before "the", in the mention
	// or just before it.
	if r == 0 || !strings.EqualFold(text[words[r-1].Start:words[r-1].End], "the") {
		return -1
	}
	var prep string
	if r >= 2 {
		prep = text[words[r-2].Start:words[r-2].End]
	} else {
		prep = wordBefore(text, words[r-1].Start)
	}
	if _, ok := lookupLower(gluedPrepositions, prep); !ok {
		return -1
	}
	if n110OfficeBefore(text, words, r) {
		return -1 // "Leader of the Opposition Rana Tufail Akhtar" (n110_readings.go)
	}
	// A given name and the word after it end the mention, with at least
	// one word of the body before them: "the Ledger Ann Ortiz".
	if n-r >= 3 {
		g := words[n-2]
		if _, ok := lookupLower(given, text[g.Start:g.End]); ok && !gluedTitled(text, words[n-3]) {
			return g.Start
		}
	}
	// One word that the text names a person by: the last word of a
	// person's name among the speakers (namedPersons), or a word the
	// text writes after a given name or a title before the mention.
	last := words[n-1]
	if w := text[last.Start:last.End]; named[w] || gluedPerson(text, w, m.Start) {
		return last.Start
	}
	return -1
}

// gluedWords puts the spans of the words of m, split at spaces, in
// out and returns how many: at most 16 (a longer mention is no name
// glued to another, and 0 is returned), and 0 where a word holds a
// mark other than a full stop after a title or an initial.
func gluedWords(text string, m doc.Span, out *[16]doc.Span) int {
	n := 0
	i := m.Start
	for i < m.End {
		for i < m.End && text[i] == ' ' {
			i++
		}
		j := i
		for j < m.End && text[j] != ' ' {
			j++
		}
		if j > i {
			if n == len(out) || strings.ContainsAny(strings.TrimSuffix(text[i:j], "."), ",;:()\"“”") {
				return 0
			}
			out[n] = doc.Span{Start: i, End: j}
			n++
		}
		i = j
	}
	return n
}

// gluedCapital reports whether the word w opens with a capital letter.
func gluedCapital(text string, w doc.Span) bool {
	r, _ := utf8.DecodeRuneInString(text[w.Start:w.End])
	return unicode.IsUpper(r)
}

// gluedTitled reports whether w is a title ("St.", "Mr."): then the
// given name after it is part of a name with it ("the St. Louis Rams").
func gluedTitled(text string, w doc.Span) bool {
	_, ok := lookupLower(titles, strings.TrimSuffix(text[w.Start:w.End], "."))
	return ok
}

// wordBefore returns the word that ends before byte at, past spaces
// (at most 40 bytes back), or "".
func wordBefore(text string, at int) string {
	e := at
	for e > 0 && at-e < 40 && text[e-1] == ' ' {
		e--
	}
	s := e
	for s > 0 && e-s < 40 && isASCIILetter(text[s-1]) {
		s--
	}
	return text[s:e]
}

// gluedPerson reports whether the text, in the gluedReach bytes before
// byte at, writes the word w after a given name or a title as a whole
// word: "Ed Moss", "Mr. Moss", "Donald J. Moss".
func gluedPerson(text, w string, at int) bool {
	if len(w) < 2 {
		return false
	}
	lo := max(0, at-gluedReach)
	win := text[lo:at]
	for k := 0; k < len(win); {
		h := strings.Index(win[k:], w)
		if h < 0 {
			return false
		}
		s := k + h
		k = s + len(w)
		if s < 2 || win[s-1] != ' ' || k < len(win) && isWordByte(win[k]) {
			continue
		}
		// The word before, past an initial: "Donald J. Moss", "Mr. Moss".
		p := s - 1 // the space
		b := wordBefore(win, p)
		if p >= 2 && win[p-1] == '.' {
			b = wordBefore(win, p-1)
			if len(b) == 1 && p-2 >= 1 {
				b = wordBefore(win, p-2)
			}
		}
		if b == "" || !gluedCapital(b, doc.Span{Start: 0, End: len(b)}) {
			continue
		}
		if _, ok := lookupLower(given, b); ok {
			return true
		}
		if _, ok := lookupLower(titles, b); ok {
			return true
		}
	}
	return false
}

// isWordByte reports whether b may go on a word: a letter, a digit or a
// byte of a multi-byte letter.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= utf8.RuneSelf
}
