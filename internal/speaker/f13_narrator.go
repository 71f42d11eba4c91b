package speaker

import (
	"strings"
	"unicode"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// f13NarratorCalls is how many times the other speakers must call the
// narrator by one name before f13NarratorName gives the narrator's lines
// that name.
const f13NarratorCalls = 2

// f13MaxNames is the most distinct names f13NarratorName keeps count
// of. Names are compared with samePerson, which no map can key, so each
// quotation's names are looked for in the list: the bound keeps that
// linear in the quotations. A story's cast is far smaller; names past
// the bound are not counted.
const f13MaxNames = 64

// f13NarratorName gives the lines of a story's "I" (those storyNarrator
// named "the narrator", and the "I" lines it left to "the author") the
// name the other characters call the narrator by. A story told in the
// first person names its teller only in the others' words: "Have you a
// pistol, Watson?", "Alexis Ivanovitch, walk on ahead". A name that
// other speakers use as a vocative (see vocative) at least
// f13NarratorCalls times, that never speaks in the narration's cues
// (no quotation's speaker is so named) and that the narrator's own
// lines never call anyone, is the one they talk to that no one else can
// be: the teller's. The vocatives of the other speakers otherwise name
// characters who also speak ("Jones, wait", answered by "said Jones"),
// whom the second test passes over; the third passes over the ones the
// narrator talks to.
//
// It must not read an article: a text with a byline keeps its writer's
// name (storyNarrator leaves such a text's "I" to the author), and a
// text with no line of the narrator's in a conversation (no "the
// narrator" at all) is left alone. Where two names tie, none is given.
// It reads each quotation's mentions once, and compares each name with
// at most f13MaxNames others: linear.
func (a *attributor) f13NarratorName() {
	d := a.d
	if d.Meta.Author != "" {
		return
	}
	story := false
	for i := range d.Quotes {
		if d.Quotes[i].Parent < 0 && d.Quotes[i].Speaker.Name == narrator {
			story = true
			break
		}
	}
	if !story {
		return
	}
	type called struct {
		name  string // the longest form seen
		n     int
		taken bool // a speaker's name, or a name the narrator calls someone
	}
	var names []called
	var spare called // where names past f13MaxNames are counted, and forgotten
	find := func(s string) *called {
		for k := range names {
			if samePerson(names[k].name, s) {
				return &names[k]
			}
		}
		if len(names) == f13MaxNames {
			spare = called{taken: true}
			return &spare
		}
		names = append(names, called{name: s})
		return &names[len(names)-1]
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Parent >= 0 || q.Kind != doc.QuoteDirect {
			continue
		}
		sp := q.Speaker.Name
		mine := sp == narrator || sp == "the author"
		if m := q.Speaker.Mention; sp != "" && !mine && f5Proper(sp) && m.End > m.Start && !a.insideAny(m.Start) {
			find(sp).taken = true // named in a cue, not only called
		}
		a.f13Calls(q, func(nm string) {
			c := find(nm)
			if mine {
				c.taken = true
				return
			}
			if sp != "" && samePerson(sp, nm) {
				return // a name read as both speaker and addressee
			}
			c.n++
			if len(nm) > len(c.name) {
				c.name = nm
			}
		})
	}
	best, tie := -1, false
	for k := range names {
		c := &names[k]
		if c.taken || c.n < f13NarratorCalls {
			continue
		}
		switch {
		case best < 0 || c.n > names[best].n:
			best, tie = k, false
		case c.n == names[best].n:
			tie = true
		}
	}
	if best < 0 || tie {
		return
	}
	to := names[best].name
	for i := range d.Quotes {
		q := &d.Quotes[i]
		switch q.Speaker.Name {
		case narrator:
			rename(q, narrator, to)
		case "the author":
			if m := q.Speaker.Mention; m.End > m.Start && a.text[m.Start:m.End] == "I" {
				rename(q, "the author", to)
			}
		}
	}
}

// f13Calls calls f for each name the words of q call someone by: a
// name of a person (no thing, no object of a preposition, no
// description, no lone title or noun of a role such as "Madame" or
// "General", which many are called) that opens its words or a sentence
// in them, or follows a comma, and ends its words, its sentence or
// stands before a comma: "Watson, you have", "Have you a pistol,
// Watson?", "Clear them out, Alexis Ivanovitch. What". Not one between
// two commas inside the words, as often an appositive ("a cousin of
// mine, Ann Moss, wrote"), nor one alone in its words ("“Hein!”", a
// cry as often as a call), nor one on a line's break.
func (a *attributor) f13Calls(q *doc.Quote, f func(string)) {
	text, ms := a.text, a.mentions
	pi, letter := -1, 0 // the piece of q.Content last read, and where its first letter is
	k := a.vocAt.search(len(ms), func(j int) bool { return ms[j].Start >= q.Start })
	for ; k < len(ms) && ms[k].Start < q.End; k++ {
		m := &ms[k]
		if m.thing || m.object || m.person {
			continue
		}
		nm := text[m.Start:m.End]
		if !capital(nm) || strings.ContainsAny(nm, "\n") {
			continue
		}
		if !strings.Contains(nm, " ") {
			low := strings.ToLower(strings.TrimSuffix(nm, "."))
			if _, t := titles[low]; t || f5Persons[low] {
				continue
			}
			if _, p := persons[low]; p {
				continue
			}
		}
		// The pieces are in the text's order, as the mentions are: the
		// piece that holds m is found by moving forward, and its first
		// letter once, so a quotation of many pieces and names costs
		// their sum, not their product.
		j := max(pi, 0)
		for j < len(q.Content) && q.Content[j].End <= m.Start {
			j++
		}
		if j == len(q.Content) || q.Content[j].Start > m.Start || m.End > q.Content[j].End {
			continue
		}
		c := q.Content[j]
		if j != pi {
			pi, letter = j, c.End
			if at := strings.IndexFunc(text[c.Start:c.End], unicode.IsLetter); at >= 0 {
				letter = c.Start + at
			}
		}
		before := strings.TrimRight(text[c.Start:m.Start], " ")
		after := strings.TrimLeft(text[m.End:c.End], " ")
		var b, e byte // the marks before and after; 0 at the words' edge
		if before != "" {
			b = before[len(before)-1]
		}
		if after != "" {
			e = after[0]
		}
		if letter >= m.Start && !hasLetters(after) { // no letter before m in its piece, nor after
			continue // "“Hein!” he growled": a word alone, as often a cry
		}
		opens := b == 0 || b == '.' || b == '!' || b == '?'
		if !opens && b != ',' {
			continue
		}
		switch e {
		case 0, '.', '!', '?':
		case ',':
			if !opens && after != "," {
				continue // "mine, Ann Moss, wrote"
			}
		default:
			continue
		}
		f(nm)
	}
}
