package speaker

import (
	"strings"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// f11Narrations gives a speaker to a direct quotation that attribute
// left without one where the sentence of narration before it, in its
// own paragraph (or ending the one before with a comma, a colon or a
// dash), tells who speaks with a longer predicate than the cue
// readers read: its subject, a name (not a pronoun: f11Pronouns),
// opens the sentence (after a fronted "Then" or "for the first
// time"), and the sentence
// ends with a verb that introduces speech, coordinated with the
// subject's earlier verbs, and a short tail of manner before the
// marks: "Tom Reed turned to her, and, taking out some letters, said,
// with a most animated look, “…”", "Then for the first time Joe
// spoke: “…”", "Ed Moss agreed to it all, but added,¶“…”", "Ann
// hastily put down the cup, saying to herself “…”". introClause
// reads a verb among the last six words only, and beforeCue a subject
// next to it. Novels open a conversation so, and the turn readers,
// which run after this, then give the run of bare lines behind it.
//
// It must not read a sentence whose verb of speaking has another
// subject than the sentence's first: a clause with a subject of its
// own before the verb ("Kate did not hear him and he repeated it,
// adding, “…”", "as Ed came in", "who had waited"), a hearer
// ("Kate heard the King say “…”", where "say" is no finite verb, and
// "Kate was greeted by her aunt with “…”", a passive), or a tail that
// starts a new clause ("Ed said nothing, but Ann cried “…”"). It
// reads at most f11Reach bytes before each quotation still without a
// speaker, once: linear.
func (a *attributor) f11Narrations() {
	d := a.d
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteDirect || q.Parent >= 0 || q.Speaker.Name != "" || len(q.Marks) == 0 {
			continue
		}
		subj, pron, cue, ok := a.f11Read(i)
		if !ok {
			continue
		}
		nm := a.text[subj.Start:subj.End]
		if pron != "" {
			if !f11Pronouns {
				continue
			}
			nm = a.resolve(pron, subj, i)
		}
		if nm == "" {
			continue
		}
		q.Speaker = doc.Speaker{Name: nm, Mention: subj}
		q.Cue = cue
		if n := len(q.Chain); n == 0 || q.Chain[n-1] != nm {
			q.Chain = append(q.Chain, nm)
		}
	}
}

// f11Pronouns says whether a "he" or "she" subject is resolved and
// given. It is not: on the novels of PDNC the sentences with a pronoun
// subject gave 3 right speakers and 4 wrong (the resolver's errors,
// which the turn readers then carried to the lines behind), on LitBank
// 1 and 1, where the names gave 8 right and none wrong.
const f11Pronouns = false

// f11Reach bounds the bytes of narration read before a quotation.
const f11Reach = 400

// f11MaxTail bounds the tokens between the verb of speaking (and its
// particle) and the marks: "with a most animated look", "in a
// faltering way to her aunt".
const f11MaxTail = 12

// f11Verbs are the finite verbs that introduce the words after them in
// a novel's narration; the value is the particle the verb needs ("went
// on", "broke out"), or "" for none.
var f11Verbs = map[string]string{
	"said": "", "added": "", "cried": "", "exclaimed": "", "replied": "", "answered": "",
	"rejoined": "", "retorted": "", "continued": "", "resumed": "", "began": "", "spoke": "",
	"observed": "", "remarked": "", "whispered": "", "muttered": "", "murmured": "",
	"shouted": "", "screamed": "", "asked": "", "inquired": "", "enquired": "", "demanded": "",
	"sighed": "", "repeated": "", "stammered": "", "ventured": "", "pronounced": "",
	"declared": "", "called": "", "growled": "", "protested": "", "interposed": "",
	"went": "on", "broke": "out", "burst": "out", "put": "in",
}

// f11Participles are the -ing forms that introduce words after a comma:
// "…, saying to herself “…”".
var f11Participles = map[string]bool{
	"saying": true, "adding": true, "remarking": true, "exclaiming": true, "crying": true,
	"calling": true, "muttering": true, "whispering": true, "replying": true, "observing": true,
	"asking": true, "continuing": true, "shouting": true, "murmuring": true,
}

// f11Speaks reports whether w is a key of f11Verbs or f11Participles.
// The search for the verb asks it of up to fourteen words before every
// quotation still without a speaker, most of them no verb: a switch on
// the words, which the compiler orders by length and bytes, turns them
// away without hashing each twice for the two maps (TestF11Speaks
// checks it against them).
func f11Speaks(w string) bool {
	switch w {
	case "said", "added", "cried", "exclaimed", "replied", "answered",
		"rejoined", "retorted", "continued", "resumed", "began", "spoke",
		"observed", "remarked", "whispered", "muttered", "murmured",
		"shouted", "screamed", "asked", "inquired", "enquired", "demanded",
		"sighed", "repeated", "stammered", "ventured", "pronounced",
		"declared", "called", "growled", "protested", "interposed",
		"went", "broke", "burst", "put",
		"saying", "adding", "remarking", "exclaiming", "crying",
		"calling", "muttering", "whispering", "replying", "observing",
		"asking", "continuing", "shouting", "murmuring":
		return true
	}
	return false
}

// f11Clause are the words that open a clause with a subject of its own
// between the sentence's subject and its verb of speaking.
var f11Clause = map[string]bool{
	"he": true, "she": true, "they": true, "i": true, "we": true, "who": true, "whom": true,
	"whose": true, "which": true, "that": true, "when": true, "while": true, "whilst": true,
	"because": true, "though": true, "although": true, "if": true, "unless": true, "till": true,
	"until": true, "since": true, "where": true, "whether": true,
}

// f11Read reads the sentence before quotation qi (see f11Narrations):
// the subject's span, its pronoun when it is one ("he", "she"), the
// verb's span.
func (a *attributor) f11Read(qi int) (subj doc.Span, pron string, cue doc.Span, ok bool) {
	d, text := a.d, a.text
	q := &d.Quotes[qi]
	p := a.paragraph(q.Start)
	if p < 0 || p >= len(d.Paragraphs) {
		return
	}
	ps, hi := d.Paragraphs[p].Start, q.Start
	if p > 0 && p2OnlySpace(text[ps:hi]) {
		// The marks open their paragraph: the one before introduces
		// them when it ends with a comma, a colon or a dash ("Ed
		// agreed to it all, but added,¶“…”").
		prev := d.Paragraphs[p-1]
		body := trimRightSpace(text[prev.Start:prev.End])
		if !(strings.HasSuffix(body, ",") || strings.HasSuffix(body, ":") || strings.HasSuffix(body, "-") || strings.HasSuffix(body, "—") || strings.HasSuffix(body, "–")) {
			return
		}
		ps, hi = prev.Start, prev.Start+len(body)
	}
	lo := max(ps, hi-f11Reach)
	if qi > 0 && d.Quotes[qi-1].End > lo {
		lo = d.Quotes[qi-1].End
	}
	if lo >= hi {
		return
	}
	for lo < hi && !utf8.RuneStart(text[lo]) {
		lo++
	}
	toks := a.ix.tokens(lo, hi)
	n := len(toks)
	// The marks' own punctuation before them: a comma, a colon, a dash.
	for n > 0 && !toks[n-1].word {
		switch toks[n-1].str(text) {
		case ",", ":", "-", "—", "–", "--":
			n--
			continue
		}
		break
	}
	if n < 2 || n < len(toks)-3 {
		return
	}
	// The sentence: after the last boundary; and it must be whole in
	// the stretch read.
	s := -1
	for k := n - 1; k >= 0; k-- {
		if !toks[k].word && (boundary(text, toks, k) || toks[k].str(text) == ";") {
			s = k + 1
			break
		}
	}
	if s < 0 {
		if lo != ps {
			return // the sentence starts before the stretch, or right after another quotation
		}
		s = 0
	}
	// The verb of speaking: the last one, at most f11MaxTail tokens
	// before the marks.
	c := -1
	for k := n - 1; k > s && k >= n-1-f11MaxTail-1; k-- {
		if !toks[k].word {
			continue
		}
		if f11Speaks(toks[k].low) {
			c = k
			break
		}
	}
	if c < 0 {
		return
	}
	w := toks[c].low
	tail := c + 1
	if part := f11Verbs[w]; part != "" {
		if tail >= n || toks[tail].low != part {
			return
		}
		tail++
	}
	if n-tail > f11MaxTail || !f11TailOK(text, toks[tail:n]) {
		return
	}
	ing := f11Participles[w]
	// Before the verb: adverbs ("then said", "laughingly said"), then
	// "and", a comma, the subject, or "was" of the progressive.
	b := c - 1
	for b > s && toks[b].word && (strings.HasSuffix(toks[b].low, "ly") || toks[b].low == "then" || toks[b].low == "only") {
		b--
	}
	if b < s {
		return
	}
	b = f11Manner(text, toks, s, b)
	progressive := ing && toks[b].low == "was"
	if ing && !progressive && toks[b].str(text) != "," {
		return // "…, saying “…”"; not "heard it muttering “…”"
	}
	// The subject: the sentence's first name or "he"/"she", after a
	// fronted adverbial of lower-case words.
	k := s
	for k < b && k < s+6 && toks[k].word && toks[k].low != "he" && toks[k].low != "she" && !(toks[k].low == "the" && capital(toks[k+1].str(text))) && (k == s && f9Junk(toks[k].str(text)) && !toks[k].is(isSubordinator) || k > s && startsLower(toks[k].str(text)) && f11Fronted(&toks[k], &toks[k-1])) {
		k++
	}
	if k < b && toks[k].str(text) == "," && k > s {
		k++
	}
	if k >= c || !toks[k].word || k > s && toks[k-1].word && toks[k-1].is(isPrep|isSubordinator|isObjectPrep) || k > s && (f11Clause[toks[s].low] || toks[s].low == "as" || toks[s].low == "whenever") {
		return // "After Ann came in, Ed said", "When Ann came in, …": not the main clause's subject
	}
	var end int // the token after the subject
	switch toks[k].low {
	case "he", "she":
		subj, pron, end = doc.Span{Start: toks[k].s, End: toks[k].e}, toks[k].low, k+1
	default:
		the := toks[k].low == "the" && k+1 < b && toks[k+1].word && capital(toks[k+1].str(text))
		nm, found := nameAt(text, toks, k)
		if !found || nm.start != toks[k].s && !the || nm.to > b+1 || f9Junk(nm.text) || !a.f11Person(nm.start, nm.end, the) {
			return
		}
		subj, end = doc.Span{Start: nm.start, End: nm.end}, nm.to
	}
	// The words between the subject and the verb: no clause of another
	// subject, no passive's agent, no quotation.
	for j := end; j < c; j++ {
		t := &toks[j]
		if !t.word {
			if t.str(text) == ";" || strings.ContainsAny(t.str(text), "\"“”") {
				return
			}
			continue
		}
		if f11Clause[t.low] && !(t.low == "if" && j > end && toks[j-1].low == "as") {
			return // not "as if wanting to hear more"
		}
		if t.low == "by" && j > end && toks[j-1].word && (strings.HasSuffix(toks[j-1].low, "ed") || strings.HasSuffix(toks[j-1].low, "en")) {
			return // a passive's agent: "was greeted by her aunt with"
		}
		if (t.low == "and" || t.low == "but" || t.low == "as" || t.low == "before" || t.low == "after") && j+1 < c && toks[j+1].word && capital(toks[j+1].str(text)) {
			return // "and Ann said", "as Ed came in"
		}
	}
	switch {
	case progressive && b == end, // "Ann was saying"
		!progressive && (b == end-1 || toks[b].str(text) == "," || toks[b].low == "and" || toks[b].low == "but"):
		return subj, pron, doc.Span{Start: toks[c].s, End: toks[c].e}, true
	}
	return doc.Span{}, "", doc.Span{}, false
}

// f11TailOK reports whether toks, the words between a verb of speaking
// and the marks, are a tail of manner ("with a grave look", "in a low
// voice to her aunt", "as he rose"), not a clause of someone else
// ("nothing, but Ann cried") nor words said ("that he was").
func f11TailOK(text string, toks []tok) bool {
	for j := range toks {
		t := &toks[j]
		if !t.word {
			if strings.ContainsAny(t.str(text), "\"“”;") {
				return false
			}
			continue
		}
		if j == 0 && (t.low == "nothing" || t.low == "no" || t.low == "that" || t.low == "so" || t.low == "it" || t.low == "this") {
			return false
		}
		if (t.low == "and" || t.low == "but" || t.low == "while") && j+1 < len(toks) && toks[j+1].word && (capital(toks[j+1].str(text)) || toks[j+1].is(isSubjectPronoun)) {
			return false
		}
	}
	return true
}

// f11Person reports whether a mention at [st, en) is a name of a person
// the mention finder kept: not after "the" or "a" (a thing), unless the
// is set: a novel's "the Queen", a name written with "the" and a
// capital.
func (a *attributor) f11Person(st, en int, the bool) bool {
	ms := a.mentions
	for k := a.mentionEndAfter(st); k < len(ms) && ms[k].Start < en; k++ {
		if ms[k].Start <= st && ms[k].End >= en-1 && (the || !ms[k].thing) && !ms[k].inQuote {
			return true
		}
	}
	return false
}

// f11Fronted reports whether t, after prev, is a word of a fronted
// adverbial before the subject: "Then for the first time Joe spoke",
// "At length Ann said".
func f11Fronted(t, prev *tok) bool {
	if t.is(isPronoun | isSubordinator) {
		return false
	}
	switch t.low {
	case "first", "last", "time", "moment", "length", "once", "while", "then":
		return true
	}
	return t.is(isPrep|isDet|isAdverb|isTimeWord|isQuantifier|isObjectPrep) || prev.word && prev.is(isDet|isQuantifier)
}

// f11Manner returns where the verb of speaking after toks[b] is joined
// to the predicate before it, past a phrase of manner between "and" or
// a comma and the verb ("Darcy spoke, and in a constrained manner
// said"): the index of that "and" or comma, or b itself. The phrase
// opens with "in" or "with" and runs at most five words.
func f11Manner(text string, toks []tok, s, b int) int {
	for j := b; j > s && j >= b-5; j-- {
		if !toks[j].word || toks[j].low != "in" && toks[j].s < toks[j].e && toks[j].low[0] != text[toks[j].s] {
			return b // a mark, or a capital: "and in the hall Ann said"
		}
		if toks[j].low == "in" || toks[j].low == "with" {
			if p := j - 1; p >= s && (toks[p].low == "and" || !toks[p].word && toks[p].e-toks[p].s == 1 && toks[p].low == ",") {
				return p
			}
			return b
		}
	}
	return b
}
