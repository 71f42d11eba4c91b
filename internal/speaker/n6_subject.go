package speaker

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/quote"
)

// n6Subjects gives a mixed quotation that no rule gave a speaker the
// subject of its sentence, when that subject is a name, a person, "the"
// and a body's noun ("the council"), "he" or "she", or "it" for a body
// or a carrier of words named before, and no other quotation of the
// sentence has a speaker; also when the phrase ends a participle phrase
// of speech that opens the sentence ("Citing “grave risks,” the
// council …", n6Fronted). A phrase in marks
// that the quote stage read as someone's words (mixed, not scare or
// title) inside the writer's sentence is, in news prose, the words of
// the one the sentence is about, whatever its verb: `Ann Reed compared
// the board to a referee who is “asleep at the whistle”`, `Harbor
// Republicans seethed after the news that the clerk kept the files “at
// home”`, `The report came out on Monday. It also devotes a chapter to
// “the fines”`. The attribution rules read a subject with a verb of
// saying, naming or voicing only (introClause, subjectNaming) and left
// these with none; PolNeAR gives them the sentence's subject.
//
// What it must not read:
//   - a sentence where another quotation has a speaker: PolNeAR reads
//     its phrases as one attribution, held by that speaker's quotation
//     ("Reid called him a “bully” and a “fraud”");
//   - a verb of speech or writing, or "read", after the subject's verb:
//     the words are that verb's subject's ("Ann left the hall, carrying
//     a sign that read “no more delays”", n6OtherVoice);
//   - a subject that is a thing ("The plan would create a “rainy day
//     fund”"), a quantifier ("Some", "None"), "who", a capitalised word
//     that opens a sentence and is no name of the text ("Everything
//     was sold as “…”"), a name with a digit ("EB-5 requires a “…”"),
//     "they" (a group the text seldom names), "I" and "we" (the
//     writer, whose sentence marks a term as often as words said);
//   - a subject after a fronted phrase that no comma closes, whose end
//     is not known; a headline line (n6Headline), whose capitals read
//     as names;
//   - a title or a scare quotation: a name in marks is nobody's words,
//     and scare marks are the writer's (the kind is the quote stage's
//     call, left as it is).
//
// A mixed phrase that an earlier quotation gave its speaker (an echo of
// that speaker's words, echoes) keeps its speaker, but when its own
// sentence's subject is the same person, the mention is that subject,
// as PolNeAR marks it: `“…,” Ed Moss said. … However, he spent the
// evening on the “…”` is "he"'s. A subject naming someone else leaves
// the echo as it is: the words were the earlier speaker's (a re-quoted
// phrase whose speaker is the biographer quoted above, DESIGN).
//
// The sentence is read from its start (or the comma that closes an
// opening phrase of at most 16 tokens) to the opening mark, at most
// n6SubjectReach bytes. One pass over the quotations, each reading a
// bounded stretch and looking at n6Near quotations each side: linear.
func (a *attributor) n6Subjects() {
	d, text := a.d, a.text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteMixed || q.Parent >= 0 || len(q.Marks) == 0 {
			continue
		}
		open := q.Marks[0].Start
		ss := d.Sentences
		k := sort.Search(len(ss), func(k int) bool { return ss[k].End > open })
		if k >= len(ss) || ss[k].Start > open || open-ss[k].Start > n6SubjectReach {
			continue
		}
		sent := ss[k].Span
		had := q.Speaker.Name
		if m := q.Speaker.Mention; had != "" && (m.End <= m.Start || m.Start < sent.End && sent.Start < m.End) {
			continue // a speaker named in the sentence, or by no mention
		}
		if had == "" && n6SpokenIn(d, i, sent) || n6Headline(text, sent) {
			continue
		}
		f, ok := a.n6Fronted(sent, q)
		if !ok {
			f, ok = a.n6SubjectOf(sent.Start, open)
		}
		if !ok {
			continue
		}
		f, nm := a.n6Name(f, i)
		switch {
		case nm == "":
		case had == "":
			q.Speaker = doc.Speaker{Name: nm, Mention: f.subj}
			q.Chain = []string{nm}
			if q.Cue.End <= q.Cue.Start {
				q.Cue = f.cue
			}
		case samePerson(nm, had):
			// An echo of the speaker's earlier words, or a
			// continuation, whose own sentence names the speaker
			// again as its subject: the mention is the one here
			// ("“It is rigged,” Ed Moss said. … Later, he called
			// the vote “rigged” again").
			q.Speaker.Mention = f.subj
		}
	}
}

// n6SubjectReach is the most bytes from a sentence's start to the
// opening mark that n6Subjects reads; n6Near the most quotations on
// each side that n6SpokenIn looks at.
const (
	n6SubjectReach = 300
	n6Near         = 8
)

// n6Name widens the subject f that n6SubjectOf read for quotation i
// and names it: a pronoun resolved, a description resolved where it
// can be; "it" keeps the name n6SubjectOf read for it, unwidened.
func (a *attributor) n6Name(f found, i int) (found, string) {
	if f.pronoun == "it" {
		return f, f.name
	}
	f = widen(a.ix, f)
	nm := f.name
	if f.pronoun != "" {
		nm = a.resolve(f.pronoun, f.subj, i)
	} else if r := a.resolveDescription(a.text[f.subj.Start:f.subj.End], f.subj.Start); r != "" {
		nm = r
	}
	return f, nm
}

// n6SpokenIn reports whether a top-level quotation other than i with a
// speaker lies in the span sent; it looks at most n6Near quotations
// each way.
func n6SpokenIn(d *doc.Document, i int, sent doc.Span) bool {
	for j := max(0, i-n6Near); j < len(d.Quotes) && j <= i+n6Near; j++ {
		p := &d.Quotes[j]
		if j == i || p.Parent >= 0 || p.Speaker.Name == "" || len(p.Content) == 0 {
			continue
		}
		if p.Content[0].Start < sent.End && sent.Start < p.Content[len(p.Content)-1].End {
			return true
		}
	}
	return false
}

// n6Headline reports whether the sentence span s is a headline or a
// title line: of its first words (at least three), two in three or
// more are capitalised.
func n6Headline(text string, s doc.Span) bool {
	body := text[s.Start:min(s.End, s.Start+2*n6SubjectReach)] // its start: a headline is short
	// The words are what strings.Fields would cut, read in place: it
	// cost more than the rest of the rule, called for every mixed
	// phrase of a long text.
	words, caps := 0, 0
	inWord := false
	for i := 0; i < len(body); {
		c, n := body[i], 1
		space := c == ' ' || c >= '\t' && c <= '\r'
		if c >= utf8.RuneSelf {
			var r rune
			r, n = utf8.DecodeRuneInString(body[i:])
			space = unicode.IsSpace(r)
		}
		if !space && !inWord && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			words++
			if c <= 'Z' {
				caps++
			}
		}
		inWord = !space
		i += n
	}
	return words >= 3 && caps*3 >= words*2
}

// n6SubjectOf reads the subject of the sentence that starts at lo, in
// text[lo:open], and says whether it is one n6Subjects takes.
func (a *attributor) n6SubjectOf(lo, open int) (found, bool) {
	text := a.text
	toks := a.ix.scratch(2, lo, open)
	n := len(toks)
	if n < 3 {
		return found{}, false
	}
	s := 0
	if toks[0].is(isFunction|isPhraseStop|isAdverb) && !toks[0].is(isPronoun|isDet) || lyAdverb(toks[0].low) {
		s = -1
		for j := 1; j < n-1 && j < 16; j++ {
			if toks[j].str(text) == "," {
				s = j + 1
				break
			}
			if !toks[j].word && toks[j].str(text) != "-" {
				break
			}
		}
		if s < 0 {
			return found{}, false
		}
	}
	return a.n6Subject(toks, s, true)
}

// n6Subject reads the subject that opens at toks[s] and its verb, and
// says whether n6Subjects takes it (n6SubjectOf). With voice, the toks
// end at the phrase in marks, and a verb of speech between the verb and
// the phrase turns it away (n6OtherVoice).
func (a *attributor) n6Subject(toks []tok, s int, voice bool) (found, bool) {
	text, n := a.text, len(toks)
	if s >= n-1 || !toks[s].word || quantifierWord(&toks[s]) {
		return found{}, false
	}
	if toks[s].low == "it" {
		v := s + 1
		for v < n && v < s+4 && toks[v].word && (toks[v].is(isAdverb) || lyAdverb(toks[v].low)) {
			v++
		}
		if !n6Verb(text, toks, v) || voice && n6OtherVoice(text, toks, v+1) {
			return found{}, false
		}
		cue := n6VerbGroup(toks, v)
		// What "it" names: a carrier of words named before ("The
		// report came out on Monday. It also points out …"), else a
		// body named with "the" in this sentence or the one before
		// (bodyBefore, strict). itBefore asks a verb of speech after
		// "it" for the body; here the phrase in marks vouches for
		// words, as a quotation does for itSaid.
		at := toks[s].s
		nm := ""
		if !a.n1Channel(at) {
			nm = a.thingBefore(at)
		}
		if nm == "" {
			nm = a.bodyBefore(at, true)
		}
		if nm == "" {
			return found{}, false
		}
		return found{subj: doc.Span{Start: at, End: at + 2}, name: nm, pronoun: "it", cue: cue, ok: true}, true
	}
	f, e := subjectAt(text, toks, s, n)
	if !f.ok || f.subj.Start != toks[s].s || f.pronoun == "who" || contractedPronoun(text[f.subj.Start:f.subj.End]) {
		return found{}, false
	}
	if f.pronoun == "they" || f.pronoun == "i" || f.pronoun == "we" || f.pronoun == "" && strings.ContainsAny(f.name, "0123456789") {
		// "They" stands for a group the text seldom names ("They had
		// planned to “hold out”"); "I" and "we" in narration are the
		// writer, whose own sentence puts a term in marks as often as
		// words anyone said ("we did not study “Rust the project”");
		// a name with a digit is a thing's ("EB-5 requires …", "the
		// F-35").
		return found{}, false
	}
	if !(f.pronoun != "" || capital(f.name) && !toks[s].is(isDet) && a.n6Named(f.subj.Start) || personSubject(text, toks, s, f) || n6Body(text, toks, s, f)) {
		return found{}, false
	}
	e, appos := pastAside(text, toks, e)
	if appos > 0 && f.pronoun == "" {
		f.subj.End, f.whole = toks[appos-1].e, true
	} else if x := n6LongAside(text, toks, e); x > e && f.pronoun == "" {
		f.subj.End, f.whole, e = toks[x-2].e, true, x
	}
	for e < n && e < s+24 && toks[e].word && (toks[e].is(isAdverb) || lyAdverb(toks[e].low)) {
		e++
	}
	if !n6Verb(text, toks, e) || voice && n6OtherVoice(text, toks, e+1) {
		return found{}, false
	}
	f.cue = n6VerbGroup(toks, e)
	return f, true
}

// n6VerbGroup returns the span of the verb at toks[e] with the
// auxiliaries, adverbs and "not" that run on from it to the main verb
// ("has been steadily pounding", "did not address"), at most four
// more words: the cue through which the subject voices the phrase.
func n6VerbGroup(toks []tok, e int) doc.Span {
	end := e
	for k := e; k < len(toks) && k <= e+4 && toks[k].word; k++ {
		t := &toks[k]
		if t.is(isFunction|isDet|isPrep) && !t.is(isAuxiliary) && t.low != "not" {
			break // "has been a “disaster”": the verb group ends before "a"
		}
		end = k
		if !t.is(isAuxiliary|isAdverb) && !lyAdverb(t.low) && t.low != "not" {
			break // the main verb
		}
	}
	return doc.Span{Start: toks[e].s, End: toks[end].e}
}

// n6OtherVoice reports whether toks[from:] hold a verb of speech or
// writing, or "read": the phrase in marks is then what that verb's own
// subject says or reads ("Ann Ortiz left the hall, carrying a sign
// that read “no more delays”", "She met the man who said “…”"), not the
// sentence subject's. So does a clause that "where", a dash, a colon
// or a semicolon opens, with a subject of its own ("He went to the
// hotel, where boys were wanted to “run the bells”", "He tutored --
// the idea being that he was to “keep up”").
func n6OtherVoice(text string, toks []tok, from int) bool {
	for k := from; k < len(toks); k++ {
		t := &toks[k]
		if t.word && (t.is(isCue) || t.low == "read" || quote.IsVerbatim(t.low) || t.low == "where") {
			return true
		}
		switch t.str(text) {
		case ";", ":", "—", "–", "--":
			return true
		case "-":
			if k+1 < len(toks) && toks[k+1].str(text) == "-" {
				return true // "--" as two marks
			}
		}
	}
	return false
}

// n6Verb reports whether toks[e] is a verb that a subject may open: a
// finite form, an auxiliary, a past tense or a third person's form of
// a word in lower case that is no function word.
func n6Verb(text string, toks []tok, e int) bool {
	if e >= len(toks) || !toks[e].word {
		return false
	}
	t := &toks[e]
	if capital(t.str(text)) {
		return false
	}
	if t.is(isFinite|isAuxiliary|isCue) || t.is2(isFinitePast) {
		return true
	}
	if t.is(isFunction | isDet | isPrep) {
		return false
	}
	return len(t.low) > 3 && (strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && !strings.HasSuffix(t.low, "ous"))
}

// n6LongAside returns the index after the comma that closes a
// description in commas at toks[e] ("Ann Reed, the head of debate at the
// University of Utah, compared …"), which pastAside reads only up to
// eight words; e when there is none. The description opens with a
// determiner or a possessive and holds words only, at most 16.
func n6LongAside(text string, toks []tok, e int) int {
	if e+2 >= len(toks) || toks[e].str(text) != "," || !toks[e+1].word || !toks[e+1].is(isDet) && !k1Possessives[toks[e+1].low] {
		return e
	}
	for x := e + 2; x < len(toks) && x <= e+17; x++ {
		if toks[x].word {
			continue
		}
		if toks[x].str(text) == "," {
			return x + 1
		}
		return e
	}
	return e
}

// n6Named reports whether a name of the text (findNames) starts at
// offset at: a capitalised word that opens a sentence is one only when
// it also occurs capitalised inside a sentence ("Async is …",
// "Everything was …" are none).
func (a *attributor) n6Named(at int) bool {
	ms := a.mentions
	k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= at })
	return k < len(ms) && ms[k].Start == at && !ms[k].thing
}

// n6Fronted reads the subject after a participle phrase of speech or
// judgment that opens the sentence and holds the phrase in marks q:
// `Calling the plan “a disaster,” Ann Reed voted against it`, `Citing
// “grave risks,” the mayor delayed the vote`, `Bemoaning the “rigged
// vote,” Ed Moss walked out`. The participle's subject is the
// sentence's, and the words in marks are what it said. The participle
// is a verb of speech, writing or judgment (reporting.txt classes s, k,
// o, e, without a particle) or of naming; the phrase in marks closes
// the participle phrase, a comma right after its last word or its
// closing mark, and a subject that n6Subjects takes follows, then a
// verb. A gerund that is the sentence's subject ("Calling the plan
// “a disaster” helps no one") has no comma there, and is not read.
func (a *attributor) n6Fronted(sent doc.Span, q *doc.Quote) (found, bool) {
	text := a.text
	if q.End-sent.Start > n6SubjectReach || len(q.Content) == 0 {
		return found{}, false
	}
	toks := a.ix.scratch(2, sent.Start, min(sent.End, q.End+n6SubjectReach))
	n := len(toks)
	if n < 6 || !toks[0].word || !strings.HasSuffix(toks[0].low, "ing") || !n6SpeechParticiple(&toks[0]) {
		return found{}, false
	}
	// The token after the closing mark; the comma may be inside the
	// marks ("“a disaster,” Ann") or after them.
	k := sort.Search(n, func(k int) bool { return toks[k].s >= q.End })
	if k >= n {
		return found{}, false
	}
	if toks[k].str(text) == "," {
		k++
	} else if c := q.Content[len(q.Content)-1]; !strings.HasSuffix(strings.TrimRight(text[c.Start:c.End], " "), ",") {
		return found{}, false
	}
	// No comma or mark of another clause between the participle and
	// the phrase: one phrase, opening the sentence.
	for j := 1; j < n && toks[j].s < q.Start; j++ {
		if w := toks[j].str(text); w == "," || w == ";" || w == ":" {
			return found{}, false
		}
	}
	if k >= n-1 || !toks[k].word {
		return found{}, false
	}
	f, ok := a.n6Subject(toks, k, false)
	f.cue = doc.Span{Start: toks[0].s, End: toks[0].e} // the participle voices the phrase: "Citing"
	return f, ok
}

// n6SpeechParticiple reports whether t, an -ing form, is a verb of
// speech, writing or judgment (reporting.txt classes s, k, o and e, in
// no sense with a particle: "walking back" is one only with "back") or
// of naming ("calling", "describing").
func n6SpeechParticiple(t *tok) bool {
	if t.is(isNaming) {
		return true
	}
	ok := false
	for _, s := range reportingSenses(t.low) {
		if s.particle != "" {
			continue
		}
		switch s.class {
		case 's', 'k', 'o', 'e':
			ok = true
		}
	}
	return ok
}

// n6Body reports whether f, read at toks[s], is "the" and a body's noun
// (bodies: "the council", "the city council", "the campaign"), which
// speaks in news prose as a person does.
func n6Body(text string, toks []tok, s int, f found) bool {
	if toks[s].low != "the" || f.pronoun != "" {
		return false
	}
	last := strings.ToLower(text[f.subj.Start:f.subj.End])
	if i := strings.LastIndexByte(last, ' '); i >= 0 {
		last = last[i+1:]
	}
	return bodies[last] && f.subj.End-f.subj.Start <= 40
}
