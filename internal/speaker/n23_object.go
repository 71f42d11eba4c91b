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
// writer's marks ("defended her “record”"), as namedBySubject reads it. The subject
// is read as n6Subjects reads it (n6SubjectOf: a name of the text, a
// person, a body, "he" or "she", "it" for a body or a carrier named
// before), and the phrase becomes mixed: in news prose a term in marks
// after such a verb is the words of the one who spoke or judged.
// namedBySubject already reads a named subject before such a verb
// (subjectNaming); what this adds is "it" for a body or a carrier named
// before ("The Harbor Trust wrote in May. It blamed the delay on “red
// tape”"), which subjectAt refuses, and the subjects n6Subjects reads
// after a fronted clause ("Although …, it referenced “…”"). On the 84
// PolNeAR dev texts it changes one reading (right); on the 267
// reference inputs, that one alone.
//
// What it must not read: a verb of any other kind ("The city closed the
// “loophole”", "sings “American Skin”": the marks are the writer's
// distance or a work's name, and a title is left a title); a phrase
// farther from the verb; a sentence in which another quotation has a
// speaker (n6SpokenIn); a headline line (n6Headline); a subject that
// n6Subjects refuses ("They", "I", "we", a thing).
//
// The verb is looked for in at most n23Back tokens before the opening
// mark, within the sentence, and the subject in at most n6SubjectReach
// bytes: one bounded read a scare quotation, linear.
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
		if !a.n23AfterVerb(max(sent.Start, open-n23BackBytes), open) {
			continue
		}
		if n6SpokenIn(d, i, sent) || n6Headline(text, sent) {
			continue
		}
		// The opening mark read with the words: n6SubjectOf wants
		// three tokens, and "It denounced" is two.
		f, ok := a.n6SubjectOf(sent.Start, q.Marks[0].End)
		if !ok {
			continue
		}
		nm := f.name
		if f.pronoun != "it" {
			f = widen(a.ix, f)
			nm = f.name
			if f.pronoun != "" {
				nm = a.resolve(f.pronoun, f.subj, i)
			} else if r := a.resolveDescription(text[f.subj.Start:f.subj.End], f.subj.Start); r != "" {
				nm = r
			}
		}
		if nm == "" {
			continue
		}
		q.Kind = doc.QuoteMixed
		q.Speaker = doc.Speaker{Name: nm, Mention: f.subj}
		q.Chain = []string{nm}
	}
}

// n23Back is the most tokens before the opening mark that n23AfterVerb
// reads (the verb of judgment, its object and "on"), n23BackBytes the
// most bytes.
const (
	n23Back      = 9
	n23BackBytes = 120
)

// n23AfterVerb reports whether the tokens of text[lo:open] end with a
// verb of speech, judgment or naming and the words n23Objects lets
// stand between it and the opening mark at open.
func (a *attributor) n23AfterVerb(lo, open int) bool {
	toks := a.ix.scratch(3, lo, open)
	n := len(toks)
	if n == 0 {
		return false
	}
	// The verb right before the mark: a determiner or a possessive
	// between makes the phrase the thing acted on, in the writer's
	// marks ("defended her “record”", namedBySubject reads it so).
	if toks[n-1].word && n23Verb(&toks[n-1], false) {
		return true
	}
	// A verb of judgment, its object and "on", "for" or "as": "blamed
	// the delay on “…”", "praised Ed for his “…”".
	for p := n - 1; p >= 1 && p >= n-3; p-- {
		if !toks[p].word {
			return false
		}
		if w := toks[p].low; w != "on" && w != "for" && w != "as" {
			continue
		}
		for v := p - 1; v >= 0 && v >= p-5; v-- {
			if !toks[v].word {
				break
			}
			if n23Verb(&toks[v], true) {
				return v < p-1 // an object between
			}
		}
		return false
	}
	return false
}

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
