package speaker

import (
	"sort"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n23Objects gives a phrase in marks that the quote stage read as a
// scare quotation, and that no rule gave a speaker, the subject of its
// sentence when the phrase is the object of that subject's verb of
// speech or judgment: `The fund referenced “political headwinds” in its
// report`, `Ed Moss blamed the delay on “red tape”`, `She praised the
// crew for its “steady hands”`. The verb is one that reports words or
// judges (reporting.txt classes s, k, o and e, as n6SpeechParticiple
// reads them) or names (naming.txt); the phrase follows it at once, or,
// for a verb of judgment, after its object and "on", "for" or "as"
// (`blamed the mayor for the “mess”`). A determiner or a possessive
// right before the marks makes the phrase the thing acted on, in the
// writer's marks ("defended her “record”"), as namedBySubject reads
// it. The subject is read as n6Subjects reads it (n6SubjectOf: a name of the text, a
// person, a body, "he" or "she", "it" for a body or a carrier named
// before), and the phrase becomes mixed: in news prose a term in marks
// after such a verb is the words of the one who spoke or judged.
// namedBySubject already reads a named subject before such a verb
// (subjectNaming); what this adds is "it" for a body or a carrier named
// before ("The Harbor Trust wrote in May. It blamed the delay on “red
// tape”"), which subjectAt refuses, and the subjects n6Subjects reads
// after a fronted clause ("Although …, it referenced “…”"). When the
// verb is in a clause of time or cause with a subject of its own
// ("… a “disgrace” after she … blamed the delays on “red tape”"), that
// subject speaks (n23Clause), even where another phrase of the sentence
// has a speaker. On the 84 PolNeAR dev texts it changes two readings,
// both to gold's speaker; on the 267 reference inputs, those two alone.
//
// What it must not read: a verb of any other kind ("The city closed the
// “loophole”", "sings “American Skin”": the marks are the writer's
// distance or a work's name, and a title is left a title); a phrase
// farther from the verb; a sentence in which another quotation has a
// speaker (n6SpokenIn); a headline line (n6Headline); a subject that
// n6Subjects refuses ("They", "I", "we", a thing).
//
// The verb is looked for in at most n23BackBytes before the opening
// mark, within the sentence, the clause's subject in twice that before
// the verb, and the sentence's subject in at most n6SubjectReach
// bytes: bounded reads for each scare quotation, so time is linear.
func (a *attributor) n23Objects() {
	d, text := a.d, a.text
	ss := d.Sentences
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteScare || q.Parent >= 0 || len(q.Marks) == 0 || q.Speaker.Name != "" {
			continue
		}
		open := q.Marks[0].Start
		k := sort.Search(len(ss), func(k int) bool { return ss[k].End > open })
		if k >= len(ss) || ss[k].Start > open || open-ss[k].Start > n6SubjectReach {
			continue
		}
		sent := ss[k].Span
		verb := a.n23AfterVerb(max(sent.Start, open-n23BackBytes), open)
		if verb.Start < 0 || n6Headline(text, sent) {
			continue
		}
		if f, nm, ok := a.n23Clause(sent.Start, verb.Start, i); ok {
			q.Kind = doc.QuoteMixed
			q.Speaker = doc.Speaker{Name: nm, Mention: f.subj}
			q.Chain = []string{nm}
			q.Cue = verb
			continue
		}
		if n6SpokenIn(d, i, sent) {
			continue
		}
		// The opening mark read with the words: n6SubjectOf wants
		// three tokens, and "It denounced" is two.
		f, ok := a.n6SubjectOf(sent.Start, q.Marks[0].End)
		if !ok {
			continue
		}
		f, nm := a.n6Name(f, i)
		if nm == "" {
			continue
		}
		q.Kind = doc.QuoteMixed
		q.Speaker = doc.Speaker{Name: nm, Mention: f.subj}
		q.Chain = []string{nm}
		q.Cue = verb // the verb the subject speaks or judges with: "referenced", "blamed"
	}
}

// n23BackBytes is the most bytes before the opening mark that
// n23AfterVerb reads (the verb of judgment, its object and "on"); it
// reads at most nine tokens of them.
const n23BackBytes = 120

// n23AfterVerb returns the span of the verb of speech, judgment or
// naming that the tokens of text[lo:open] end with, before the words
// n23Objects lets stand between it and the opening mark at open; a
// Start of -1 if there is none.
func (a *attributor) n23AfterVerb(lo, open int) doc.Span {
	none := doc.Span{Start: -1, End: -1}
	toks := a.ix.scratch(3, lo, open)
	n := len(toks)
	if n == 0 {
		return none
	}
	// The verb right before the mark: a determiner or a possessive
	// between makes the phrase the thing acted on, in the writer's
	// marks ("defended her “record”", namedBySubject reads it so).
	if toks[n-1].word && n23Verb(&toks[n-1], false) {
		return doc.Span{Start: toks[n-1].s, End: toks[n-1].e}
	}
	// A verb of judgment, its object and "on", "for" or "as": "blamed
	// the delay on “…”", "praised Ed for his “…”".
	for p := n - 1; p >= 1 && p >= n-3; p-- {
		if !toks[p].word {
			return none
		}
		if w := toks[p].low; w != "on" && w != "for" && w != "as" {
			continue
		}
		for v := p - 1; v >= 0 && v >= p-5; v-- {
			if !toks[v].word {
				break
			}
			if n23Verb(&toks[v], true) {
				if v < p-1 { // an object between
					return doc.Span{Start: toks[v].s, End: toks[v].e}
				}
				return none
			}
		}
		return none
	}
	return none
}

// n23Clauses are the conjunctions that open a clause of time or cause
// whose subject n23Clause reads.
var n23Clauses = map[string]bool{"after": true, "because": true, "when": true, "while": true, "since": true, "before": true, "until": true}

// n23Clause reads the subject of a clause of time or cause that holds
// the verb at offset verb: `Ed Moss called the plan a “disgrace” after
// she blamed the delays on “red tape”` gives the second phrase to "she",
// not to the sentence's subject, whose own phrase stands before the
// clause. The conjunction (n23Clauses) is followed by "he", "she" or a
// name of the text, then words only (no mark, no comma: one clause, at
// most n23ClauseWords, with "and" joining a second predicate) up to the
// verb; the quotation i must be the first in marks after the
// conjunction. It returns the subject, the name it stands for and
// whether it read one.
func (a *attributor) n23Clause(lo, verb, i int) (found, string, bool) {
	end := verb
	for end < len(a.text) && end < verb+40 && a.text[end] >= 'a' && a.text[end] <= 'z' {
		end++ // the verb read with its clause
	}
	toks := a.ix.scratch(3, max(lo, verb-n23BackBytes*2), end)
	n := len(toks)
	for k := n - 2; k >= 0 && k >= n-n23ClauseWords-4; k-- {
		if !toks[k].word {
			return found{}, "", false
		}
		if !n23Clauses[toks[k].low] {
			continue
		}
		f, e := subjectAt(a.text, toks, k+1, n)
		if !f.ok || e >= n || f.subj.Start != toks[k+1].s || capital(toks[e].str(a.text)) {
			return found{}, "", false
		}
		nm := ""
		switch {
		case f.pronoun == "he" || f.pronoun == "she":
			nm = a.resolve(f.pronoun, f.subj, i)
		case f.pronoun == "" && capital(f.name) && !toks[k+1].is(isDet) && a.n6Named(f.subj.Start):
			nm = f.name
		}
		if nm == "" {
			return found{}, "", false
		}
		return f, nm, true
	}
	return found{}, "", false
}

// n23ClauseWords is the most words n23Clause reads between the
// conjunction's subject and the verb.
const n23ClauseWords = 12

// n23Verb reports whether t is a verb of speech or judgment
// (reporting.txt classes s, k, o, e, with no particle) or of naming;
// with judge, of judgment only (class e), which takes an object and
// "on", "for" or "as".
func n23Verb(t *tok, judge bool) bool {
	if t.is(isNaming) && !judge {
		return true
	}
	for _, s := range reportingSenses(t.low) {
		if s.particle != "" {
			continue
		}
		switch s.class {
		case 'e':
			return true
		case 's', 'k', 'o':
			if !judge {
				return true
			}
		}
	}
	return false
}
