package speaker

import (
	"github.com/hearsay-project/hearsay/internal/doc"
)

// n25Others widens a mention "others" to the name coordinated with it by
// a comma at the start of its clause: "Obama, others vow consequences",
// "Mayor Ruiz, others push for pier vote". Headlines (and the clipped
// prose of news summaries) write a comma for "and": the subject is the
// whole coordination, and the readers, which stop a subject at a comma,
// take "others" alone, a mention that names no one.
//
// It reads only a clause that opens with the name: one to three
// capitalised words (and their initials' dots or hyphens) after the
// start of the text, a line break, or a ". ", "; " or ": " — no lower-
// case word between, so "Some say the fix is a hack, others worry …"
// (two clauses) and "the mayor, others" are not read. It looks back at
// most n25OthersReach bytes: linear in the text. Its hook is in
// Attribute (speaker.go).
func n25Others(d *doc.Document) {
	text := d.Text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m := q.Speaker.Mention
		if q.Speaker.Name == "" || m.End-m.Start != 6 || text[m.Start:m.End] != "others" || m.Start < 3 || text[m.Start-2:m.Start] != ", " {
			continue
		}
		start, ok := n25NameBefore(text, m.Start-2)
		if !ok {
			continue
		}
		old := q.Speaker.Name
		q.Speaker.Mention.Start = start
		q.Speaker.Name = text[start:m.End]
		for k, c := range q.Chain {
			if c == old {
				q.Chain[k] = q.Speaker.Name
			}
		}
	}
}

// n25OthersReach bounds how far before ", others" n25NameBefore reads.
const n25OthersReach = 40

// n25NameBefore returns where the run of capitalised words that ends at
// end starts, when that run is one to three words and opens its clause.
func n25NameBefore(text string, end int) (int, bool) {
	words := 0
	i := end
	for words < 4 {
		j := i
		for j > 0 && end-j < n25OthersReach && n25NameByte(text[j-1]) {
			j--
		}
		if j == i || text[j] < 'A' || text[j] > 'Z' {
			return 0, false
		}
		words++
		switch {
		case j == 0 || text[j-1] == '\n':
			return j, words <= 3
		case j >= 2 && text[j-1] == ' ' && (text[j-2] == '.' || text[j-2] == ';' || text[j-2] == ':'):
			return j, words <= 3
		case text[j-1] == ' ' && j >= 2 && n25NameByte(text[j-2]):
			i = j - 1
		default:
			return 0, false
		}
	}
	return 0, false
}

// n25NameByte reports whether b may be part of a word of a name: an
// ASCII letter, a dot ("J.") or a hyphen ("Jean-Marc").
func n25NameByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '.' || b == '-'
}
