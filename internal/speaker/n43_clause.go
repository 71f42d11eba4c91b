package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n43Clauses ends the words of an indirect quotation where a clause
// with a reading of its own begins at their end: a relative clause set
// off by a comma (", which she plans to do with a levy") or a "wh"
// clause joined by "and how" ("what the mayor says her plan would do
// and how economists say it would work"). The clause's subject is another
// source, or the same one making a second claim, and news attribution
// corpora mark the two apart: the first quotation's words end before
// the comma or the "and", and the second is no part of them. The
// nesting pass had put the second inside the first (its words lay
// within), so the reader saw only the first speaker there; once the
// first's words end, the second stands alone (its parent is the
// first's parent, and its chain loses the first's hands).
//
// It reads only an indirect quotation nested in an indirect one whose
// words run to the end of the outer one's words with no comma after its
// cue (a relative clause in the middle of the words, "the plan, which
// experts say is costly, will pass", "the blast, which the group
// claimed on Telegram, killed 20 people", is the outer speaker's and
// is left: a comma may close the clause, and what follows is the outer
// sentence's), with its mention
// right after ", which" / ", what" or "and how" (a "what" after a verb or a preposition, "condemned what he
// called", "with what they call", is the object of the outer words and
// is left). It looks back a fixed few bytes before each mention.
func n43Clauses(d *doc.Document) {
	text := d.Text
	for j := range d.Quotes {
		q := &d.Quotes[j]
		p := q.Parent
		if q.Kind != doc.QuoteIndirect || p < 0 || len(q.Content) == 0 {
			continue
		}
		m, c := q.Speaker.Mention, q.Cue
		if m.End <= m.Start || c.End <= c.Start || m.End > c.Start {
			continue
		}
		o := &d.Quotes[p]
		if o.Kind != doc.QuoteIndirect || len(o.Content) == 0 {
			continue
		}
		last := &o.Content[len(o.Content)-1]
		if end := q.Content[len(q.Content)-1].End; end < last.End-2 || end > last.End {
			continue
		}
		if strings.Contains(text[c.End:last.End], ", ") {
			continue // ", which the group claimed on Telegram, killed 20": the clause closes amid the outer words
		}
		cut, ok := n43ClauseStart(text, m.Start)
		if !ok || cut <= last.Start || cut >= m.Start {
			continue
		}
		for cut > last.Start && (text[cut-1] == ' ' || text[cut-1] == ',') {
			cut--
		}
		if cut <= last.Start {
			continue
		}
		oldEnd := last.End
		if o.End == last.End {
			o.End = cut
		}
		last.End = cut
		// The quotations o held past the cut leave it (quotations are
		// sorted by Start: o's children follow it, before its old end).
		// Their own children's chains lose o's hands too (a child
		// follows its parent).
		moved := map[int]bool{}
		for k := p + 1; k < len(d.Quotes) && d.Quotes[k].Start < oldEnd; k++ {
			r := &d.Quotes[k]
			switch {
			case r.Parent == p && len(r.Content) > 0 && r.Content[0].Start >= cut:
				r.Parent = o.Parent
			case r.Parent >= 0 && moved[r.Parent]:
			default:
				continue
			}
			moved[k] = true
			if r.Speaker.Name != "" {
				r.Chain = n43Chain(d, r.Parent, r.Speaker.Name)
			}
		}
	}
}

// n43Chain is the chain of a quotation whose parent is p and whose
// speaker is name (not ""): p's chain and the name, or the name alone.
func n43Chain(d *doc.Document, p int, name string) []string {
	if p < 0 {
		return []string{name}
	}
	return dedupe(append(append([]string(nil), d.Quotes[p].Chain...), name))
}

// n43ClauseStart returns where the clause that holds the mention at
// ms begins, the comma or the space before "and", when the words right
// before the mention are ", which" / ", what" or " and how". Not "and
// what" nor "and why", which mostly join a second object to the outer
// words: "we described the approach and what we learned", "spoke about
// the problems he sees — and why he backs the plan".
func n43ClauseStart(text string, ms int) (int, bool) {
	if ms < 2 || text[ms-1] != ' ' {
		return 0, false
	}
	w := ms - 1
	s := w
	for s > 0 && text[s-1] >= 'a' && text[s-1] <= 'z' {
		s--
	}
	word := text[s:w]
	switch word {
	case "which", "what":
		if s >= 2 && text[s-1] == ' ' && text[s-2] == ',' {
			return s - 2, true
		}
		return 0, false
	case "how":
	default:
		return 0, false
	}
	const and = " and "
	if s >= len(and) && text[s-len(and):s] == and {
		return s - len(and), true
	}
	return 0, false
}
