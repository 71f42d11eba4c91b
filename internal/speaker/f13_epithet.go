package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// f13Epithets are the words of feeling or age a story puts before a
// character's given name, capitalised where they open a sentence: "Old
// Stephen was standing in the street", "Poor Harriet had no answer",
// "Good Mrs. Lynde did not see this". None is a given name.
var f13Epithets = map[string]bool{"Old": true, "Poor": true, "Good": true, "Honest": true, "Wicked": true}

// f13Lead marks the first bytes of f13Epithets: f13Epithet reads every
// quotation's speaker, and most names open with another letter.
var f13Lead = func() (t [256]bool) {
	for w := range f13Epithets {
		t[w[0]] = true
	}
	return t
}()

// f13Epithet takes such a word off a speaker's name: the name is the
// rest, "Stephen", "Mrs. Lynde". It reads only a name whose word after
// the epithet is a given name (given.txt) or a title, so that a name
// the word belongs to stays whole ("Old Dominion", "Good Hope"), and
// leaves a name of one word alone. Its mention loses the word too when
// it spells the name. One pass over the quotations: linear.
func f13Epithet(d *doc.Document, text string) {
	for i := range d.Quotes {
		q := &d.Quotes[i]
		nm := q.Speaker.Name
		if nm == "" || !f13Lead[nm[0]] {
			continue // most names: no epithet's first letter, and no search for a space
		}
		sp := strings.IndexByte(nm, ' ')
		if sp < 0 || !f13Epithets[nm[:sp]] {
			continue
		}
		rest := strings.TrimLeft(nm[sp:], " ")
		first := rest
		if k := strings.IndexByte(rest, ' '); k >= 0 {
			first = rest[:k]
		}
		low := strings.ToLower(strings.TrimSuffix(first, "."))
		_, g := given[low]
		_, t := titles[low]
		if !capital(first) || !g && !t {
			continue
		}
		rename(q, nm, rest)
		if m := q.Speaker.Mention; m.End <= len(text) && m.Start < m.End && text[m.Start:m.End] == nm {
			q.Speaker.Mention.Start = m.End - len(rest)
		}
	}
}
