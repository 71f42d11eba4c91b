package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// n51Wishes takes the speaker from a direct or mixed quotation whose
// cue clause is what someone hopes, wishes or prays for, or what an
// imperative "Let" asks for: "I hope in 2027 the town says, “Thank you
// for the ferry.”", "We pray the harbour master says “…”", "Let the
// council say “We were wrong.”" The town has not said it: the words are
// a wish, and the subject of the clause is no one the text reports
// speaking. The quotation keeps its words, kind and cue.
//
// When the wisher is the writer ("I hope …", "We hope …", right before
// the verb of wishing, in the writer's own narration), the words are the
// writer's: composed by the one who wishes them said, as news attribution
// corpora read it (PolNeAR marks such a phrase with the source "I" and
// the cue "hope"). The quotation then gets the author, with "I" or "We"
// as the mention and the verb of wishing as the cue. Any other wisher
// ("The council, which hopes …") is left to no one: the stage does not
// resolve a subject so far back.
//
// The pattern a reader states: a verb of wishing (n51WishVerbs), then at
// most a short adverbial (n51WishGap words after "that" or a
// preposition: "in 2027", "that", "next year"), then the subject the
// stage took as the speaker, then a cue in the present or bare
// ("says", "say"; not "said", "saying"), with the quotation after the
// cue. "Let" counts only as an imperative, at its clause's start: "the
// board let the mayor say “…”" is a past, and the mayor spoke. No
// mark or comma may stand between the verb of wishing and the subject,
// so "After months of hoping, the council said “…”" (a gerund, a comma,
// a past cue) keeps the council; and the word next to the verb must
// open the adverbial, so "We hope visitors remember the mayor says
// “Welcome” each morning" (the mayor's habit, a fact to remember) keeps
// the mayor.
//
// Cost: a quotation is read only when its cue is present or bare, and
// then a few words back from its speaker's mention, byte by byte, with
// no allocation.
func (a *attributor) n51Wishes() {
	d, text := a.d, a.text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteDirect && q.Kind != doc.QuoteMixed || q.Speaker.Name == "" {
			continue
		}
		m, c := q.Speaker.Mention, q.Cue
		if m.End <= m.Start || c.End <= c.Start || c.End > len(text) || m.Start > len(text) {
			continue
		}
		if !n51PresentCue(text[c.Start:c.End]) {
			continue
		}
		v, ok := n51Wished(text, m.Start)
		if !ok {
			continue
		}
		if w := n51Writer(text, v); q.Parent < 0 && w.End > w.Start {
			old, name := q.Speaker.Name, a.author()
			q.Speaker = doc.Speaker{Name: name, Mention: w}
			q.Cue = doc.Span{Start: v, End: v + n51WordLen(text, v)}
			a.n30Rechain(i, old, name)
			continue
		}
		a.n30Clear(i, q.Speaker.Name)
	}
}

// n51WishGap is the most words of an adverbial between the verb of
// wishing and the subject ("in 2027", "by next spring").
const n51WishGap = 3

// n51WishVerbs are the verbs whose clause states a wish, not an event:
// the subject of that clause has not spoken. "Hoping" is not here: "After
// months of hoping, the council said …" reports the council.
var n51WishVerbs = map[string]bool{
	"hope": true, "hopes": true, "hoped": true, "wish": true, "wishes": true, "wished": true,
	"pray": true, "prays": true, "prayed": true,
}

// n51GapOpeners open the short adverbial allowed between the verb of
// wishing and the subject: the complementizer "that", or a preposition
// or determiner of time ("in 2027", "by spring", "next year", "one day",
// "this summer", "some day").
var n51GapOpeners = map[string]bool{
	"that": true, "in": true, "by": true, "on": true, "at": true, "next": true, "this": true,
	"one": true, "some": true, "someday": true, "soon": true, "within": true, "before": true, "after": true,
}

// n51Wished reports whether the words before offset i (a mention's
// start) end with a verb of wishing and at most a short adverbial, or
// with an imperative "Let" that opens its clause; v is the start of the
// verb of wishing, -1 for "Let".
func n51Wished(text string, i int) (v int, ok bool) {
	var buf [16]byte
	e := i
	opener := false // the word read last (the one nearest the verb so far) opens an adverbial
	for k := 0; k <= n51WishGap; k++ {
		s, w, ok := n51PrevWord(text, e, &buf)
		if !ok {
			return -1, false
		}
		if n51WishVerbs[string(w)] {
			return s, k == 0 || opener
		}
		if string(w) == "let" {
			return -1, n51ClauseStart(text, s)
		}
		opener = n51GapOpeners[string(w)]
		e = s
	}
	return -1, false
}

// n51Writer returns the span of "I" or "We" (as written, either case of
// "we") right before the verb of wishing at v: the writer wishes; the
// empty span otherwise.
func n51Writer(text string, v int) doc.Span {
	if v < 0 {
		return doc.Span{}
	}
	var buf [16]byte
	s, w, ok := n51PrevWord(text, v, &buf)
	if !ok || string(w) != "we" && text[s:s+len(w)] != "I" {
		return doc.Span{}
	}
	return doc.Span{Start: s, End: s + len(w)}
}

// n51WordLen is the length of the word of n51WordByte bytes at s.
func n51WordLen(text string, s int) int {
	e := s
	for e < len(text) && n51WordByte(text[e]) {
		e++
	}
	return e - s
}

// n51PrevWord reads the word that ends before offset e, white space
// (spaces and tabs, not a line break) aside: its start, its lower-case
// form in buf (a slice of it, so that the maps are asked without making
// a string), and whether there is one of at most len(buf) bytes made of
// ASCII letters, digits and apostrophes (a mark or a comma ends the
// search).
func n51PrevWord(text string, e int, buf *[16]byte) (int, []byte, bool) {
	for e > 0 && (text[e-1] == ' ' || text[e-1] == '\t') {
		e--
	}
	s := e
	for s > 0 && e-s <= len(buf) && n51WordByte(text[s-1]) {
		s--
	}
	if s == e || e-s > len(buf) {
		return s, nil, false
	}
	return s, doc.AppendLowerASCII(buf[:0], text[s:e]), true
}

func n51WordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '\''
}

// n51ClauseStart reports whether offset s opens a clause: the text's
// start, or after a full stop, a question or exclamation mark, a colon,
// a semicolon or a line break, white space aside, also when a closing
// double mark follows that stop ("… reopen.” Did they …").
func n51ClauseStart(text string, s int) bool {
	for s > 0 && (text[s-1] == ' ' || text[s-1] == '\t') {
		s--
	}
	if s == 0 {
		return true
	}
	if text[s-1] == '"' && s > 1 {
		s--
	} else if s >= 4 && text[s-3:s] == "”" {
		s -= 3
	}
	switch text[s-1] {
	case '.', '!', '?', ':', ';', '\n', '\r':
		return true
	}
	return false
}

// n51PresentCue reports whether the cue's first word is in the present
// or bare ("says", "say", "tells", "announce"): not a past ("said",
// "announced", n51Pasts) nor a participle in -ing.
func n51PresentCue(cue string) bool {
	if cue == "" || !n51WordByte(cue[0]) {
		return false // a colon or a dash as the cue
	}
	w := firstWord(cue)
	if len(w) > 16 {
		return false
	}
	var buf [16]byte
	l := doc.AppendLowerASCII(buf[:0], w)
	n := len(l)
	if n < 3 || l[n-2] == 'e' && l[n-1] == 'd' || n > 3 && l[n-3] == 'i' && l[n-2] == 'n' && l[n-1] == 'g' {
		return false
	}
	return !n51Pasts[string(l)]
}

// n51Pasts are the irregular pasts of verbs that serve as cues.
var n51Pasts = map[string]bool{
	"said": true, "told": true, "wrote": true, "spoke": true, "sang": true, "swore": true, "thought": true,
	"knew": true, "felt": true, "saw": true, "began": true, "gave": true, "taught": true, "rang": true, "bade": true,
	"put": true, "read": true, "quoth": true, "forbade": true, "foretold": true,
}

// n51Questions takes the speaker from an indirect reading made in a
// question the writer asks: "Did officials say the pier would reopen?",
// "Has the mayor claimed the ferry is safe?", "When did officials say
// the pier would reopen?", "Why would the mayor claim …?" The writer
// asks whether, when or why the saying happened; no one is reported
// saying the clause. The reading keeps its words and cue (news
// attribution corpora may annotate such a question's clause, and the
// words stay the question's topic), and loses its speaker.
//
// The pattern: the sentence opens with an auxiliary (n51Auxiliaries), or
// a question word (n51QuestionWords) and an auxiliary, and the reading's
// speaker follows the auxiliary at once; the sentence ends with a
// question mark. Read only outside marks (a reading nested in a
// quotation, "“How did Ann say it?” she asked", is the quoted speaker's
// to keep or lose), only at a sentence's start (after a full stop, a
// question or exclamation mark, a colon or a line break, with no mark
// of quotation before the question), and only on the reading's own
// speaker: "Ann asked whether officials said …" is not a question of
// this shape.
//
// Cost: a few bytes before each indirect reading with a speaker, and
// for the few that follow an auxiliary, the bytes up to the end of the
// sentence, at most maxReach of them.
func (a *attributor) n51Questions() {
	d, text := a.d, a.text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteIndirect || q.Parent >= 0 || q.Speaker.Name == "" || len(q.Content) == 0 {
			continue
		}
		m := q.Speaker.Mention
		if m.End <= m.Start || m.Start > len(text) {
			continue
		}
		var buf [16]byte
		s, w, ok := n51PrevWord(text, m.Start, &buf)
		if !ok || !n51Auxiliaries[string(w)] {
			continue
		}
		if !n51ClauseStart(text, s) {
			s2, w2, ok := n51PrevWord(text, s, &buf)
			if !ok || !n51QuestionWords[string(w2)] || !n51ClauseStart(text, s2) {
				continue
			}
		}
		if !n51EndsQuestion(text, q.Content[len(q.Content)-1].End) {
			continue
		}
		a.n30Clear(i, q.Speaker.Name)
	}
}

// n51Auxiliaries open a question when they come before its subject.
var n51Auxiliaries = map[string]bool{
	"do": true, "does": true, "did": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "can": true, "could": true, "should": true, "shall": true,
	"may": true, "might": true, "must": true, "is": true, "are": true, "was": true, "were": true,
	"didn't": true, "doesn't": true, "don't": true, "hasn't": true, "haven't": true, "won't": true,
	"wouldn't": true, "can't": true, "couldn't": true, "isn't": true, "wasn't": true,
}

// n51QuestionWords open a question before its auxiliary.
var n51QuestionWords = map[string]bool{
	"what": true, "how": true, "why": true, "when": true, "where": true, "who": true,
}

// n51EndsQuestion reports whether the sentence that goes on at offset e
// ends with a question mark: the first full stop, question or
// exclamation mark or line break within maxReach bytes is a "?".
func n51EndsQuestion(text string, e int) bool {
	for k := e; k < len(text) && k < e+maxReach; k++ {
		switch text[k] {
		case '?':
			return true
		case '.', '!', '\n':
			return false
		}
	}
	return false
}
