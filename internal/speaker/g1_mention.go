package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// g1Finish corrects the speaker mention of a verb of reporting that is
// the second of two predicates joined by "and", where the first has a
// subject of its own nearer than the mention: the mention ran back to
// the subject of the sentence. It reads each mention once, and builds
// no string.
//
//   - A subordinate clause with its own pronoun subject: in "Ann Lee
//     faced criticism after he asked the mayor about the pier and
//     declined to press him" the subject of "declined" is "he", as of
//     "asked": two predicates joined by "and" with no comma between
//     share the nearest subject (g1SubordinateSubject). The name is
//     left as it was: news prose reports the main subject's act in the
//     clause ("X was criticised after she said …"), and the pronoun's
//     own referent is for the resolver to read.
//
//   - "each" opening a participle clause after a plural subject: in
//     "Ann Lee and Ed Moss met Tuesday, each touting a plan and saying
//     the other lacks one" the subject of "saying" is "each", not the
//     first name of the pair (g1EachClause).
func g1Finish(d *doc.Document) {
	text := d.Text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		// Gate: "and " right before the cue, a byte test first; then a
		// mention before the cue, within the window.
		c := q.Cue
		if c.Start < 5 || c.End <= c.Start || text[c.Start-2] != 'd' || text[c.Start-1] != ' ' || text[c.Start-4:c.Start-2] != "an" {
			continue
		}
		m := q.Speaker.Mention
		if m.End <= m.Start || m.End > c.Start || c.Start-m.End > g1Window {
			continue
		}
		if s, ok := g1SubordinateSubject(text, m.End, c.Start-4); ok {
			q.Speaker.Mention = s
			continue
		}
		if s, ok := g1EachClause(text, m.End, c.Start-4); ok {
			q.Speaker.Mention = s
		}
	}
}

// g1Window bounds, in bytes, the stretch between a mention and its cue
// that g1Finish reads: one sentence's worth.
const g1Window = 300

// g1Subordinators open an adverbial clause with a subject of its own
// in news prose ("after he asked", "because she thought").
var g1Subordinators = [...]string{"after", "when", "because", "while", "before", "since", "until", "although", "though", "once", "whereas", "unless"}

// g1SubordinateSubject returns the pronoun subject ("he", "she") of a
// subordinate clause in text[lo:and] that runs to the "and" at and with
// no mark of punctuation between the pronoun and the "and": in "…
// faced criticism after he asked Clinton about the emails and" the
// pronoun is the subject of the predicate after the "and". So is the
// relative pronoun of a clause set off by a comma (", which explored
// the changes and"), which news attribution marks as the subject, as
// it does "who" in "X, who led the team, said". A subordinate clause
// with a subject of another kind nearer the "and" ("when the police
// located her and") stops the search: its subject is a noun phrase,
// not read here. A comma before the "and" ("when I thought her kind,
// and told") joins the second predicate to the main clause, so none is
// returned; nor where the clause opens before lo (the mention's own
// words).
func g1SubordinateSubject(text string, lo, and int) (doc.Span, bool) {
	for i := and - 1; i >= lo; i-- {
		switch text[i] {
		case ',', ';', ':', '.', '!', '?', '(', ')', '"':
			return doc.Span{}, false
		}
		if text[i] >= 0x80 {
			return doc.Span{}, false // a dash or a curly mark: another clause
		}
		if text[i] != ' ' || i+1 >= and {
			continue
		}
		// text[i+1:] starts a word: is it a pronoun after a subordinator?
		p := i + 1
		e := p
		for e < and && text[e] != ' ' {
			e++
		}
		switch text[p:e] {
		case "he", "she":
			if g1SubordinatorBefore(text, lo, i) {
				return doc.Span{Start: p, End: e}, true
			}
		case "which", "who":
			// A relative clause set off by a comma: ", which explored
			// … and discussed" (a restrictive one, "those of us who
			// …", may be a noun phrase's tail, not a clause).
			if i > lo && text[i-1] == ',' {
				return doc.Span{Start: p, End: e}, true
			}
		default:
			if g1SubordinatorBefore(text, lo, i) {
				return doc.Span{}, false // a clause with a subject of another kind: "when the police located her and"
			}
		}
	}
	return doc.Span{}, false
}

// g1SubordinatorBefore reports whether the word that ends at text[end]
// (a space follows it) is one of g1Subordinators, lower case, and starts
// at or after lo.
func g1SubordinatorBefore(text string, lo, end int) bool {
	for _, w := range g1Subordinators {
		s := end - len(w)
		if s < lo || text[s:end] != w {
			continue
		}
		if s == 0 || text[s-1] == ' ' {
			return true
		}
	}
	return false
}

// g1EachClause returns "each" where text[lo:and] holds ", each" then a
// participle in "-ing" and no other mark of punctuation up to the
// "and" at and: the subject of a participle clause after a plural one
// ("…, each touting their own record and saying …").
func g1EachClause(text string, lo, and int) (doc.Span, bool) {
	for i := and - 1; i > lo+1; i-- {
		switch text[i] {
		case ';', ':', '.', '!', '?', '(', ')', '"':
			return doc.Span{}, false
		case ',':
			const each = " each "
			if i+len(each) >= and || text[i+1:i+len(each)+1] != each {
				return doc.Span{}, false
			}
			w := i + len(each) + 1
			e := w
			for e < and && text[e] >= 'a' && text[e] <= 'z' {
				e++
			}
			if e-w < 5 || text[e-3:e] != "ing" || e >= and || text[e] != ' ' {
				return doc.Span{}, false
			}
			return doc.Span{Start: i + 2, End: i + 2 + len("each")}, true
		}
	}
	return doc.Span{}, false
}
