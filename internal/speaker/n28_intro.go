package speaker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n28ColonIntros gives a speaker to a direct quotation that a colon
// introduces with a verb that is not one of speaking: "Alverson summed
// up the change this way: “…”", "She is still trying:¶“…”", "Of
// course, Marco jumps in, and predictably, he’s snippy:¶…". A writer
// who names a person as the subject of the clause, and ends that clause
// with a colon right before the words, hands the words to that person,
// whatever the verb; introClause reads such a clause only where a verb
// of speaking, a noun for an utterance or a bare name ends it.
//
// It reads what must hold a person, so that a colon that introduces a
// list, a label or a thing's words names no one: the clause's subject
// is "he", "she" or "I", a proper name with no determiner, or a
// description of a person ("The mayor"), at the clause's start (past a
// conjunction, an adverb or a short fronted phrase and its comma), and
// a verb follows it. "Here is the list:", "The results were clear:",
// "Update:", "When Ed arrived, the crowd chanted:" and "Marco’s fans
// get into it:" give none (no subject, a thing, no verb, a subordinate
// clause, a possessor). A later clause of the sentence that has its own
// subject and verb after "and" or "but" ("Marco starts getting petty,
// and Samantha finally pushes back:") gives that subject.
//
// A colon also ends clauses that tell of something else than words
// said, and these must name no one: a verb of perceiving or receiving
// ("Ann read:", "Ed glanced at the headline:", "Ann received a
// message:"), a passive or "by"/"from" after the verb ("Ann was
// greeted by a banner:", "a text from her brother:"), an object that is
// a text or a thing ("Ann turned the sign over:", "Ann packed three
// things:") unless "his" or "her" makes it the subject's own words
// ("Ed gave his reply:"), and a later clause whose subject is a thing
// ("Ann locked the gate, but the notice stayed up:"; "and her voice
// broke:" is still hers). n28ColonVerb reads the clause after the
// subject read last.
//
// It runs after attribute and after the turns, for a quotation left
// with no speaker whose introduction introClause cannot read (one it
// read and a later pass turned away stays turned away). The colon is tested on bytes first;
// the clause is read in a bounded stretch (maxReach bytes, n28MaxClause
// tokens): linear.
func (a *attributor) n28ColonIntros() {
	if n28Off {
		return
	}
	d, text := a.d, a.text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteDirect || q.Parent >= 0 {
			continue
		}
		// The handle, where nothing else named the speaker, or over a
		// speaker read from the introduction of a block quote with no
		// marks ("The replies came fast:¶> @ann: …"). In marks, a
		// handle after a named speaker is the one addressed ("“@ann:
		// you are wrong,” Ed wrote"), and one whose quotation has a cue
		// or a comma before its closing mark for an attribution after it
		// ("“@mayor: fix it,” one read") is addressed too.
		if h := n28Handle(text, q); h.End > h.Start && (len(q.Marks) == 0 || q.Speaker.Name == "" && q.Cue.End <= q.Cue.Start && !n28TailComma(text, q)) {
			q.Speaker = doc.Speaker{Name: text[h.Start:h.End], Mention: h}
			q.Chain = []string{q.Speaker.Name}
			q.Cue = doc.Span{}
			continue
		}
		if q.Speaker.Name != "" {
			continue
		}
		var f found
		if toks := a.n28ColonStretch(i); len(toks) > 0 {
			if !introClause(text, toks).ok {
				f = n28ColonSubject(text, toks)
			}
		} else if b := n28FullStopBefore(text, q.Start); b >= 0 {
			f = n28SentenceIntro(text, a.ix.scratch(3, a.windowStart(i), q.Start))
		}
		if !f.ok {
			continue
		}
		f = widen(a.ix, f)
		nm := f.name
		if f.pronoun != "" {
			nm = a.resolve(f.pronoun, f.subj, i)
		} else if r := a.resolveDescription(text[f.subj.Start:f.subj.End], f.subj.Start); r != "" {
			nm = r
		}
		if nm == "" || strings.ToUpper(nm) == nm {
			continue // no one, or a heading in capitals that "she" was read as
		}
		q.Speaker = doc.Speaker{Name: nm, Mention: f.subj}
		if n := len(q.Chain); n == 0 || q.Chain[n-1] != nm {
			q.Chain = append(q.Chain, nm)
		}
	}
}

// n28Off switches the pass off, for the tests that check that theirs
// fail without it.
var n28Off bool

// n28ColonStretch returns the tokens of the introduction before
// quotation qi that ends with a colon: in its own paragraph, right
// before the marks, or the end of the paragraph before, where the
// quotation opens its paragraph (a block quotation). Nil where no colon
// comes right before the quotation.
func (a *attributor) n28ColonStretch(qi int) []tok {
	d, text := a.d, a.text
	q := &d.Quotes[qi]
	b := q.Start - 1
	for b >= 0 && b >= q.Start-16 && (text[b] == ' ' || text[b] == '\t' || text[b] == '\n' || text[b] == '\r') {
		b--
	}
	if b < 0 || text[b] != ':' {
		return nil
	}
	p := a.paragraph(q.Start)
	if p < 0 {
		return nil
	}
	lo, hi := a.windowStart(qi), q.Start
	if p2OnlySpace(text[d.Paragraphs[p].Start:q.Start]) {
		if p == 0 {
			return nil
		}
		prev := d.Paragraphs[p-1]
		body := trimRightSpace(text[prev.Start:prev.End])
		if !strings.HasSuffix(body, ":") {
			return nil
		}
		hi = prev.Start + len(body)
		lo = max(prev.Start, hi-maxReach)
		for lo < hi && !utf8.RuneStart(text[lo]) {
			lo++
		}
	}
	if lo >= hi {
		return nil
	}
	return a.ix.scratch(3, lo, hi)
}

// n28Apposed bounds the tokens of an apposition after the subject.
const n28Apposed = 16

// n28MaxClause bounds the tokens of the clause read before the colon.
const n28MaxClause = 60

// n28Openers are the words that may open the clause before its subject:
// "But she is still trying:", "Then Marco jumps in:".
var n28Openers = map[string]bool{"but": true, "and": true, "so": true, "then": true, "still": true, "now": true, "yet": true, "finally": true, "later": true, "again": true, "instead": true}

// n28ColonSubject reads the clause that toks end with, a colon last:
// its subject, a person, and a verb after it (n28Subject); or the same
// in a later clause of the sentence after "and" or "but".
func n28ColonSubject(text string, toks []tok) found {
	n := len(toks)
	if n < 3 || toks[n-1].str(text) != ":" {
		return found{}
	}
	n--
	if toks[n-1].str(text) == ")" {
		return found{}
	}
	s, ok := n28ClauseStart(text, toks, n)
	if !ok {
		return found{}
	}
	if f := n28Caption(text, toks, s, n); f.ok {
		return f
	}
	if f := n28FromName(text, toks, s, n); f.ok {
		return f
	}
	if f := n28Possessive(text, toks, s, n); f.ok {
		return f
	}
	// Past a conjunction or adverb, and, where no subject opens it, a
	// short fronted phrase and its comma ("Of course,", "At this
	// point,"), which holds no verb.
	for s < n && toks[s].word && (n28Openers[toks[s].low] || lyAdverb(toks[s].low)) {
		s++
	}
	s = n100Opener(text, toks, s, n) // "Back in Colverton, the principal, Dana Whitcombe, wrote:"
	f, e, ok := n28Subject(text, toks, s, n)
	if !ok && s < n && toks[s].word && (toks[s].is(isPrep|isAdverb) || n28Openers[toks[s].low] || toks[s].low == "of") {
		for k := s + 1; k < n && k <= s+5; k++ {
			if toks[k].str(text) == "," {
				s = k + 1
				for s < n && toks[s].word && (n28Openers[toks[s].low] || lyAdverb(toks[s].low)) {
					s++
				}
				f, e, ok = n28Subject(text, toks, s, n)
				break
			}
			if !toks[k].word || toks[k].is(isFinite|isAuxiliary|isBeForm|isPronoun|isCue|isSubordinator) {
				break
			}
		}
	}
	if !ok {
		return found{}
	}
	ve := e // where the clause of the subject read last goes on
	for k := e; k+1 < n; k++ {
		if w := toks[k].low; !toks[k].word || w != "and" && w != "but" {
			continue
		}
		j := k + 1
		for j < n && toks[j].word && lyAdverb(toks[j].low) {
			j++
		}
		if g, ge, ok := n28Subject(text, toks, j, n); ok {
			f, ve = g, ge
		} else if g, ge := subjectAt(text, toks, j, n); g.ok && g.subj.Start == toks[j].s && toks[j].low != "his" && toks[j].low != "her" && ge < n && toks[ge].word && !capital(toks[ge].str(text)) && n28Verb(&toks[ge]) {
			return found{} // "…, but the notice stayed up:": a thing's clause last
		}
	}
	if !n28ColonVerb(text, toks, ve, n) {
		return found{}
	}
	return f
}

// n28Subject reads a person as the subject at toks[s] and a verb after
// it (past adverbs and a comma or two: "She, however, is relentless"):
// "he", "she" or "I"; a capitalised name with no determiner; or a
// description of a person. e is the index after the subject.
func n28Subject(text string, toks []tok, s, n int) (found, int, bool) {
	if s >= n || !toks[s].word {
		return found{}, s, false
	}
	f, e := subjectAt(text, toks, s, n)
	if g, ge, ok := n116RoleSubject(text, toks, s, n); ok {
		f, e = g, ge // "Beef farmer Alison Trezise, 44, has a different view:"
	}
	if !f.ok || e >= n || f.subj.Start != toks[s].s {
		return found{}, s, false
	}
	switch {
	case f.pronoun == "he" || f.pronoun == "she" || f.pronoun == "i":
	case f.pronoun != "":
		return found{}, s, false
	case f.name != "" && capital(f.name) && !toks[s].is(isDet|isFunction|isPronoun) && !strings.HasSuffix(f.name, "’s") && !strings.HasSuffix(f.name, "'s"):
	case personSubject(text, toks, s, f):
	default:
		return found{}, s, false
	}
	// An apposition between commas, up to n28Apposed tokens: "Ed
	// Moss, the harbour's master since 2010, took a harder line:".
	if e+1 < n && toks[e].str(text) == "," && toks[e+1].word && (toks[e+1].is(isDet) || !capital(toks[e+1].str(text)) && !toks[e+1].is(isFunction|isAdverb|isCue) && !strings.HasSuffix(toks[e+1].low, "ing")) {
		for k := e + 2; k < n && k <= e+n28Apposed; k++ {
			if !toks[k].word && toks[k].str(text) != "," && toks[k].str(text) != "-" && toks[k].str(text) != "’" && toks[k].str(text) != "'" {
				break
			}
			if toks[k].str(text) == "," {
				e = k + 1
				break
			}
		}
	}
	// The verb: a lower-case word that is no function word but an
	// auxiliary or a form of "be", past adverbs and commas.
	j := e
	for j < n && j < e+4 && (toks[j].word && (toks[j].is(isAdverb) && !toks[j].is(isAuxiliary|isBeForm) || lyAdverb(toks[j].low)) || toks[j].str(text) == ",") {
		j++
	}
	if j >= n || !toks[j].word || capital(toks[j].str(text)) || toks[e].str(text) == "," && j == e+1 {
		return found{}, s, false // "Dana Wu, writing in 2010:": an apposed phrase, no verb
	}
	for k := s; k < e; k++ {
		if strings.HasSuffix(toks[k].low, "’s") || strings.HasSuffix(toks[k].low, "'s") || toks[k].low == "’" || toks[k].low == "'" {
			return found{}, s, false // "Hale’s fans get into it:": the fans, no one named
		}
	}
	v := &toks[j]
	if v.is(isFunction|isPrep|isSubordinator|isWhWord|isPronoun|isDet) && !v.is(isAuxiliary|isBeForm) {
		return found{}, s, false
	}
	if strings.HasSuffix(v.low, "ing") || !n28Verb(v) {
		return found{}, s, false // "Ann, writing in 2010:", "Media caption" hold no verb of a clause
	}
	if j+1 < n && toks[j+1].word && toks[j+1].is(isFinite|isAuxiliary|isBeForm) && !v.is(isFinite|isAuxiliary|isBeForm) {
		return found{}, s, false // "Twitter timelines are hard to read:": a noun, the verb after it
	}
	if f.pronoun == "" && e == s+1 && capital(f.name) && !toks[s].is(isGiven) && !n28Known(text, toks[s].str(text), toks[s].s) {
		return found{}, s, false // "New signs appeared:": a capitalised word, no name met before
	}
	return f, e, true
}

// n28Verb reports whether v reads as the finite verb after a subject: a
// form of "be", an auxiliary or a verb of the lexicons, else a word in
// -ed or -s (not -ss, -us, -is) or a common irregular past. A noun after
// a capitalised word ("Media caption", "Photo credit") is none.
func n28Verb(v *tok) bool {
	if v.is(isFinite | isAuxiliary | isBeForm | isCue | isReporting) {
		return true
	}
	w := v.low
	if len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")) {
		return true
	}
	return n28Irregular[w]
}

// n28Irregular are pasts with no -ed that open a colon's clause: "Ed put
// it bluntly:", "Ann took a harder line:".
var n28Irregular = map[string]bool{"put": true, "made": true, "took": true, "gave": true, "went": true, "came": true, "got": true, "kept": true, "left": true, "wrote": true, "found": true, "saw": true, "set": true, "struck": true, "sent": true, "brought": true, "thought": true, "felt": true, "held": true, "ran": true, "began": true, "spoke": true, "hit": true, "laid": true, "cut": true, "chose": true}

// n28Caption reads a caption's label: "Media caption Ann Reed:", "Video
// caption Ed Moss:" before the words of a clip, as news sites print it
// at a paragraph's start. The name runs to the colon; "caption" must
// come before it, so that a heading ("Update:") names no one.
func n28Caption(text string, toks []tok, s, n int) found {
	k := s
	if k < n && toks[k].word && (toks[k].low == "media" || toks[k].low == "image" || toks[k].low == "video") {
		k++
	}
	if k >= n || toks[k].low != "caption" || k+1 >= n {
		return found{}
	}
	nm, ok := nameAt(text, toks[:n], k+1)
	if !ok || nm.from != k+1 || nm.to != n {
		return found{}
	}
	return found{subj: doc.Span{Start: nm.start, End: nm.end}, name: nm.text, ok: true, whole: true}
}

// n28Back bounds, in bytes, the text read back for a one-word name's
// fuller form.
const n28Back = 20000

// n28Known reports whether the one word w, read as a name at byte at,
// was met before as part of a name of two words: "Samantha" after
// "Samantha Reyes", "Alverson" after "Tom Alverson". A capitalised word
// opening a sentence ("New signs …") is met so seldom.
func n28Known(text, w string, at int) bool {
	lo := max(0, at-n28Back)
	for lo < at && !utf8.RuneStart(text[lo]) {
		lo++
	}
	back := text[lo:at]
	for i := 0; i < len(back); {
		k := strings.Index(back[i:], w)
		if k < 0 {
			return false
		}
		k += i
		i = k + len(w)
		e := k + len(w)
		if e < len(back) && n28WordByte(back[e]) || k > 0 && n28WordByte(back[k-1]) {
			continue // inside a longer word
		}
		// A capitalised word right after ("Samantha Reyes") or right
		// before ("Tom Alverson").
		if e+1 < len(back) && back[e] == ' ' && capital(back[e+1:min(len(back), e+5)]) {
			return true
		}
		if k >= 2 && back[k-1] == ' ' {
			j := k - 1
			for j > 0 && n28WordByte(back[j-1]) {
				j--
			}
			if j < k-1 && capital(back[j:k-1]) {
				return true
			}
		}
	}
	return false
}

// n28WordByte reports whether b is an ASCII letter or digit, or a byte of
// a multi-byte rune (a letter, most often).
func n28WordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// n28HandleMax bounds a handle's length in bytes (a site's names run to
// fifteen characters; some allow more).
const n28HandleMax = 32

// n28Handle reads the handle and colon that open a quoted post, as a
// page prints a tweet in a block quote: "@harbour_news: The pier opens
// Monday." is the account's. Only "@", letters, digits and "_" up to a
// colon and a space; a handle with no colon ("@ann @ed Wow") is an
// address, not a byline.
func n28Handle(text string, q *doc.Quote) doc.Span {
	if len(q.Content) == 0 {
		return doc.Span{}
	}
	c := q.Content[0]
	if c.End-c.Start < 4 || text[c.Start] != '@' {
		return doc.Span{}
	}
	e := c.Start + 1
	for e < c.End && e <= c.Start+n28HandleMax && (text[e] == '_' || text[e] >= 'a' && text[e] <= 'z' || text[e] >= 'A' && text[e] <= 'Z' || text[e] >= '0' && text[e] <= '9') {
		e++
	}
	if e == c.Start+1 || e+1 >= c.End || text[e] != ':' || text[e+1] != ' ' {
		return doc.Span{}
	}
	if n28SecondPost(text, q) {
		return doc.Span{} // two posts in one quotation: a thread, not one account's words
	}
	return doc.Span{Start: c.Start, End: e}
}

// n28SecondPost reports whether a line of q's words after its first
// opens with a handle and a colon: "@ann: …¶@ed: @ann I never said
// that", a thread of posts whose authors differ, which the first
// handle does not name. Each byte of the words is read at most once.
func n28SecondPost(text string, q *doc.Quote) bool {
	for i, c := range q.Content {
		w := text[c.Start:min(c.End, len(text))]
		if i > 0 && n28HandleAt(w) {
			return true // a later part, a paragraph of its own, opens with a handle
		}
		for k := 1; k < len(w); {
			j := strings.Index(w[k:], "\n@")
			if j < 0 {
				break
			}
			j += k + 1 // the "@"
			if n28HandleAt(w[j:]) {
				return true
			}
			k = j + 1
		}
	}
	return false
}

// n28HandleAt reports whether w opens with a handle and a colon.
func n28HandleAt(w string) bool {
	if len(w) < 3 || w[0] != '@' {
		return false
	}
	e := 1
	for e < len(w) && e <= n28HandleMax && (w[e] == '_' || w[e] >= 'a' && w[e] <= 'z' || w[e] >= 'A' && w[e] <= 'Z' || w[e] >= '0' && w[e] <= '9') {
		e++
	}
	return e > 1 && e < len(w) && w[e] == ':'
}

// n28FullStopBefore returns where the full stop before byte at lies,
// past one to four spaces, or -1: "… with a metaphor. “…”". A full
// stop right against the mark, with no space ("U.S.“…"), is refused:
// an abbreviation or a run-on, not a sentence's end.
func n28FullStopBefore(text string, at int) int {
	b := at - 1
	for b >= 0 && b >= at-4 && text[b] == ' ' {
		b--
	}
	if b < 1 || b == at-1 || text[b] != '.' {
		return -1
	}
	return b
}

// n28Utterances are nouns for words said, beside speechNouns, that end
// a sentence introducing the quotation after it: "Ed Moss once summed
// up the danger with a metaphor. “…”".
var n28Utterances = map[string]bool{"metaphor": true, "analogy": true, "quip": true, "joke": true, "line": true, "observation": true, "summary": true, "rejoinder": true, "retort": true, "complaint": true, "boast": true, "toast": true, "greeting": true, "confession": true, "admission": true, "caveat": true, "caution": true, "challenge": true, "rebuke": true, "rebuttal": true}

// n28SentenceIntro reads the sentence right before a quotation in its
// paragraph, ending with a full stop, as its introduction where it names
// a person as its subject and ends with a noun for an utterance after a
// determiner: "Ann Reed had a blunt warning. “The pier will fall.”",
// "Ed Moss, the harbour's master, once summed up the danger with a
// metaphor. “…”". A sentence that ends on any other noun ("Ann Reed
// visited the pier.") tells of something else, and the quotation after
// it is read by the beats, if at all.
func n28SentenceIntro(text string, toks []tok) found {
	n := len(toks)
	if n < 4 || toks[n-1].str(text) != "." || !toks[n-2].word {
		return found{}
	}
	if w := toks[n-2].low; !speechNouns[w] && !n28Utterances[w] {
		return found{}
	}
	det := false
	for k := n - 3; k >= 0 && k >= n-6 && toks[k].word; k-- {
		if toks[k].is(isDet) {
			det = true
			break
		}
	}
	if !det {
		return found{}
	}
	n--
	s, ok := n28ClauseStart(text, toks, n)
	if !ok {
		return found{}
	}
	for s < n && toks[s].word && (n28Openers[toks[s].low] || lyAdverb(toks[s].low)) {
		s++
	}
	s = n100Opener(text, toks, s, n) // "Back in Colverton, the principal, Dana Whitcombe, wrote:"
	f, e, ok := n28Subject(text, toks, s, n)
	if !ok || !n28GivingVerb(text, toks, e, n) {
		return found{}
	}
	return f
}

// n28Giving are the verbs of giving words that a sentence ending on a
// noun for an utterance must have for its subject to be the quotation's
// speaker: "Ann offered a warning.", "Ed summed it up with a metaphor.",
// "Ann had a blunt warning." "Ed rejected the complaint." and "Ann
// received a rebuke." tell of another's words.
var n28Giving = map[string]bool{
	"offer": true, "offers": true, "offered": true, "make": true, "makes": true, "made": true,
	"give": true, "gives": true, "gave": true, "given": true, "deliver": true, "delivers": true, "delivered": true,
	"sum": true, "sums": true, "summed": true, "put": true, "puts": true, "have": true, "has": true, "had": true,
	"issue": true, "issues": true, "issued": true, "add": true, "adds": true, "added": true,
}

// n28GivingVerb reports whether the verb after the subject (toks[e:],
// past adverbs, commas and an auxiliary) is one of n28Giving.
func n28GivingVerb(text string, toks []tok, e, n int) bool {
	for j := e; j < n && j < e+6; j++ {
		t := &toks[j]
		if !t.word {
			if t.str(text) == "," {
				continue
			}
			return false
		}
		if n28Giving[t.low] {
			return true
		}
		if t.is(isAdverb) || lyAdverb(t.low) || t.is(isAuxiliary) {
			continue
		}
		return false
	}
	return false
}

// n28Perceive are verbs of perceiving or receiving: a colon after them
// introduces what was seen or got, not the subject's words.
var n28Perceive = map[string]bool{
	"read": true, "reads": true, "saw": true, "sees": true, "see": true, "seen": true,
	"glanced": true, "glances": true, "spotted": true, "spots": true, "received": true, "receives": true,
	"heard": true, "hears": true, "noticed": true, "notices": true, "found": true, "finds": true,
	"got": true, "gotten": true, "watched": true, "watches": true,
	"overheard": true, "discovered": true, "discovers": true,
}

// n28Things are nouns for a text or a thing: as the object of the clause
// before a colon they are what the colon shows ("Ed turned the sign
// over:"), unless "his", "her", "my" or "their" makes them one's own
// words ("Ann gave her statement:").
var n28Things = map[string]bool{
	"sign": true, "signs": true, "headline": true, "headlines": true, "letter": true, "letters": true,
	"message": true, "messages": true, "note": true, "notes": true, "notice": true, "notices": true,
	"banner": true, "banners": true, "graffiti": true, "list": true, "lists": true, "text": true, "texts": true,
	"email": true, "emails": true, "post": true, "posts": true, "tweet": true, "tweets": true,
	"things": true, "placard": true, "placards": true, "poster": true, "posters": true,
}

// n28ByReach bounds the tokens after the subject where "by" or "from"
// tells of another giving ("was met by a crowd", "got a text from her
// brother"); further on it ends a long object ("summed up the journey
// from a boat to a store:").
const n28ByReach = 4

// n28ColonVerb reads the rest of a colon's clause after its subject
// (toks[e:n]) and reports whether the subject may be the speaker of the
// words after the colon: no passive with its agent (a form of "be", a
// word in -ed and "by" after it; "is clearly mystified:" is a state of
// the speaker's), no "by" or "from" within n28ByReach tokens, no verb of perceiving or receiving (n28Perceive),
// no object that is a text or a thing (n28Things) unless a possessive
// pronoun makes it one's own words.
func n28ColonVerb(text string, toks []tok, e, n int) bool {
	be, passive := false, false
	for j := e; j < n; j++ {
		t := &toks[j]
		if !t.word {
			continue
		}
		w := t.low
		switch {
		case (w == "by" || w == "from") && (j < e+n28ByReach || passive):
			return false
		case n28Perceive[w]:
			return false
		case n28Things[w]:
			if (w == "message" || w == "messages") && j+1 < n && toks[j+1].low == "for" {
				continue // "He had a message for those who signed the petition:": his own, to them
			}
			if p := j - 1; p < e || toks[p].low != "his" && toks[p].low != "her" && toks[p].low != "my" && toks[p].low != "their" {
				return false
			}
		case t.is(isBeForm):
			be = true
			continue
		case be && strings.HasSuffix(w, "ed"):
			passive = true // "was confronted by"; "is clearly mystified:" (no "by") is her state
		}
		if be && !(t.is(isAdverb) || lyAdverb(w)) {
			be = false
		}
	}
	return true
}

// n28FromHeads are plural nouns for words handed on, before "from" and
// their giver, beside speechNouns and utteranceHeads.
var n28FromHeads = map[string]bool{"comments": true, "remarks": true, "tweets": true, "posts": true, "passage": true, "replies": true, "messages": true, "statements": true}

// n28FromName reads "… comments from Ian Reed, who has covered the
// harbour for years:": a noun for words, "from" and a capitalised name
// that ends the clause or that a comma's relative clause or apposition
// follows. introClause reads "A message from the mayor:" only where
// the name ends the clause. A name after other nouns ("figures from
// Statistics Norway:") gives no one.
func n28FromName(text string, toks []tok, s, n int) found {
	for k := s + 1; k+1 < n; k++ {
		if toks[k].low != "from" || !toks[k-1].word {
			continue
		}
		h := toks[k-1].low
		if !speechNouns[h] && !utteranceHeads[h] && !n28FromHeads[h] {
			continue
		}
		f, e := subjectAt(text, toks, k+1, n)
		if !f.ok || f.pronoun != "" || !capital(f.name) || toks[k+1].is(isDet) || f.subj.Start != toks[k+1].s {
			continue
		}
		if e == n || toks[e].str(text) == "," {
			f.whole = true
			return f
		}
	}
	return found{}
}

// n28OwnWords are nouns for a text or words of one's own that a colon
// introduces after "his" or "her": "Here is her full statement:", "But
// here is his text:".
var n28OwnWords = map[string]bool{"statement": true, "text": true, "letter": true, "post": true, "tweet": true, "note": true, "email": true, "words": true, "reply": true, "response": true, "answer": true, "explanation": true, "remarks": true, "speech": true, "testimony": true, "message": true, "comments": true}

// n28Possessive reads a colon introduction that ends on "his" or "her",
// at most two words and a noun for one's own words (n28OwnWords), with
// no subject of its own before it that is a person: "Here is her full
// statement:" gives the words to "her". "Here is her dog:" names no
// words, "Inside was her grandmother's letter:" is the grandmother's (a
// word in 's between), and where a person is the clause's subject
// ("Ann read his letter:", "Ed gave her reply:") the subject's reading
// decides (n28Subject and n28ColonVerb), not the possessive.
func n28Possessive(text string, toks []tok, s, n int) found {
	if n-s < 3 || !toks[n-1].word || !n28OwnWords[toks[n-1].low] {
		return found{}
	}
	b := s
	for b < n && toks[b].word && (n28Openers[toks[b].low] || lyAdverb(toks[b].low)) {
		b++
	}
	if _, _, ok := n28Subject(text, toks, b, n); ok {
		return found{}
	}
	for k := n - 2; k >= s && k >= n-4; k-- {
		if !toks[k].word {
			return found{}
		}
		if w := toks[k].low; strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || w == "’" || w == "'" || w == "s" {
			return found{} // "her grandmother's letter": the grandmother's
		}
		switch toks[k].low {
		case "his":
			return found{subj: doc.Span{Start: toks[k].s, End: toks[k].e}, pronoun: "he", ok: true, whole: true}
		case "her":
			return found{subj: doc.Span{Start: toks[k].s, End: toks[k].e}, pronoun: "she", ok: true, whole: true}
		}
		if toks[k].is(isDet | isFunction) {
			return found{}
		}
	}
	return found{}
}

// n28TailComma reports whether q's words end with a comma, as words in
// marks do before an attribution after them ("“…,” one read").
func n28TailComma(text string, q *doc.Quote) bool {
	if len(q.Content) == 0 {
		return false
	}
	c := q.Content[len(q.Content)-1]
	body := strings.TrimRightFunc(text[c.Start:c.End], unicode.IsSpace)
	return strings.HasSuffix(body, ",")
}

// n28ClauseStart returns where the clause that ends before toks[n]
// starts (after the last boundary mark before it), and false when it
// runs longer than n28MaxClause tokens: too long to be an introduction.
func n28ClauseStart(text string, toks []tok, n int) (int, bool) {
	s := 0
	for k := n - 1; k >= 0; k-- {
		if !toks[k].word && boundary(text, toks, k) {
			s = k + 1
			break
		}
	}
	return s, n-s <= n28MaxClause
}
