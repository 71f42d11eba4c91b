package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN62AsideSubject checks a cue between commas inside the clause it
// reports ("X, she said, was …"): the clause's subject is read however
// short, and is neither whom the cue's pronoun means nor, later, a
// woman because "she" followed it.
func TestN62AsideSubject(t *testing.T) {
	for _, c := range []struct {
		text, words, name string
	}{
		// The pronoun is not the subject it interrupts.
		{"The historian Anna Quist spoke first. The captain, she said, was a careful writer.", "The captain … was a careful writer", "Anna Quist"},
		{"The historian Anna Quist spoke first. Arvid Krantz, she said, was a careful writer.", "Arvid Krantz … was a careful writer", "Anna Quist"},
		// One capitalised word is a subject when a verb follows the cue.
		{"The historian Anna Quist spoke first. Krantz, she added, was a careful writer.", "Krantz … was a careful writer", "Anna Quist"},
		// "Krantz, she added" gives Krantz no sex: the next "she" is Anna Quist.
		{"The historian Anna Quist said the diaries were in Oslo. Krantz, she added, was a careful writer. “He kept everything,” she said.", "He kept everything,", "Anna Quist"},
	} {
		d := run(t, c.text)
		var q *doc.Quote
		for i := range d.Quotes {
			if d.Quotes[i].Words(d.Text) == c.words {
				q = &d.Quotes[i]
			}
		}
		if q == nil {
			var all []string
			for i := range d.Quotes {
				all = append(all, d.Quotes[i].Words(d.Text))
			}
			t.Errorf("%q: no quotation %q; found %q", c.text, c.words, all)
			continue
		}
		if q.Speaker.Name != c.name {
			t.Errorf("%q: %q spoken by %q, want %q", c.text, c.words, q.Speaker.Name, c.name)
		}
	}
}

// TestF4Aside pins the frame f4Aside reads after a name.
func TestF4Aside(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Krantz, she said, was", true},
		{"Krantz, she added, was", true},
		{"Krantz, she was", false},
		{"Krantz said she was", false},
		{"Krantz, she said.", false},
	} {
		from := len("Krantz")
		s := from
		for c.text[s] == ',' || c.text[s] == ' ' {
			s++
		}
		if c.text[from:s] == " " { // "Krantz said she": the pronoun is further on
			s = from + len(" said ")
		}
		e := s + 3
		if got := f4Aside(c.text, from, s, e); got != c.want {
			t.Errorf("f4Aside(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestN62LongPart checks that a part before the cue that joins clauses
// is no subject the cue interrupts: its name may be the speaker.
func TestN62LongPart(t *testing.T) {
	const text = "For thirty years Angus Munro took the ferry across the narrows, and for thirty years, he says, he never missed a crossing."
	d := run(t, text)
	for _, q := range d.Quotes {
		if q.Kind == doc.QuoteIndirect && q.Speaker.Name != "Angus Munro" {
			t.Errorf("%q: spoken by %q, want Angus Munro", q.Words(d.Text), q.Speaker.Name)
		}
	}
}
