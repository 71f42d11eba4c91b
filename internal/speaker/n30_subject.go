package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n30Subjects mends speakers whose mention is a word that cannot be the
// subject of the cue, after every other pass has named the speakers.
// The mention passes read the words before a verb of speech; where the
// subject is long or begins with an adverb they can stop on a word
// inside it. These shapes are read:
//
//   - An adverb or sentence opener: "We thus asked them", "More
//     importantly, I told the board that …", "Nearly a year later, the
//     project found …", "Thanks, the directors …". An adverb names no
//     one. The subject is the pronoun just before it ("We thus") or
//     just before the cue ("More importantly, I told"); with neither,
//     there is none (n30Adverb).
//   - A code token: "explaining `&T`, I had someone say": a word of a
//     program (after "`" or "&", or between backticks on its line)
//     names no one (n30Code).
//   - The object of a relative clause on "who": "Some 40% of users who
//     said they no longer write Go said …", "Those who heard of it in
//     the spring believed …". The verb's subject is the phrase the
//     clause hangs on, read back to the sentence's start, a comma or a
//     word that opens a clause (n30WhoHead). Only "who": after "that"
//     the mention may be the clause's own subject ("the blast that the
//     mayor described as …").
//   - The object of a preposition: "analysis of the requests in our
//     logs suggests …": "logs" is no subject. After "of" with a
//     quantifier before it ("Some of the members said") the subject is
//     the whole phrase; otherwise there is none (n30Prep). A possessive
//     ("a check on Ann's claim") and a participle cue ("footage of Ann
//     saying") are left alone: there the mention is the speaker.
//   - A head noun with a contact clause: "the things people say":
//     "things" is what is said; the sayer is "people" (n30Contact).
//
// A direct or mixed quotation with no fitting subject keeps its words
// and loses its speaker. An indirect one whose mention was an adverb is
// dropped, as n9Finish drops one read from a misread clause; one whose
// mention was a code token or a prepositional object keeps its words
// with no speaker (the clause is a report; its subject is no one the
// reader can be told). Each look is bounded in bytes.
func (a *attributor) n30Subjects() {
	d, text := a.d, a.text
	var gone []bool
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m := q.Speaker.Mention
		if q.Speaker.Name == "" || m.End <= m.Start || m.End > len(text) {
			continue
		}
		old := q.Speaker.Name
		switch {
		case n30Code(text, m):
			a.n30Clear(i, old)
		case n30NounCue(text, m, q.Cue) || n30VerbFirst(text, m):
			if q.Kind == doc.QuoteIndirect {
				gone = markGone(gone, len(d.Quotes), i)
			} else {
				a.n30Clear(i, old)
			}
		case n30AdverbWord(text[m.Start:m.End], text[m.End:min(m.End+20, len(text))]):
			if s, ok := a.n30PronounNear(q, m); ok {
				a.n30Pronoun(i, s, old)
			} else if q.Kind == doc.QuoteIndirect {
				gone = markGone(gone, len(d.Quotes), i)
			} else {
				a.n30Clear(i, old)
			}
		case n30GluedPronoun(old):
			// "Often I", "Business We": a heading or an adverb glued to
			// a pronoun by the mention finder.
			if k := strings.LastIndexByte(text[m.Start:m.End], ' '); k >= 0 && text[m.Start:m.End] == old {
				a.n30Pronoun(i, doc.Span{Start: m.Start + k + 1, End: m.End}, old)
			} else {
				a.n30Clear(i, old)
			}
		case m.End-m.Start == 4 && strings.EqualFold(text[m.Start:m.End], "they"):
			if g := a.n30TheyGroup(m.Start); g != "" && g != old && !n30PluralName(old) {
				a.n30Set(i, m, g, old)
			}
		default:
			if e, ok := n30NounAfter(text, m, q.Cue); ok {
				h := doc.Span{Start: m.Start, End: e}
				a.n30Set(i, h, text[h.Start:h.End], old)
			} else if s, ok := n30Contact(text, m); ok {
				if w := strings.ToLower(text[s.Start:s.End]); pronouns[w] {
					a.n30Pronoun(i, s, old)
				} else {
					a.n30Set(i, s, text[s.Start:s.End], old)
				}
			} else if !n30WordCue(text, q.Cue) {
				continue // a colon or dash: the mention stands before the words, not as a verb's subject
			} else if h, ok := a.n30WhoHead(q, m); ok {
				a.n30Set(i, h, text[h.Start:h.End], old)
			} else if h, ok, hit := a.n30Prep(q, m); hit {
				if ok {
					a.n30Set(i, h, text[h.Start:h.End], old)
				} else {
					a.n30Clear(i, old)
				}
			}
		}
	}
	if gone != nil {
		dropQuotes(d, gone, leaveChain)
	}
}

// n30Reach bounds how far back from a mention n30Subjects reads.
const n30Reach = 240

// n30WhoReach bounds how far back from a mention n30WhoHead looks for
// "who": a clause of at most twelve words.
const n30WhoReach = 120

// n30Adverbs are words that open or qualify a clause and name no one.
var n30Adverbs = map[string]bool{
	"thus": true, "nearly": true, "thanks": true, "like": true, "also": true, "then": true,
	"however": true, "therefore": true, "hence": true, "indeed": true, "perhaps": true,
	"maybe": true, "meanwhile": true, "moreover": true, "furthermore": true, "still": true,
	"instead": true, "later": true, "earlier": true, "almost": true, "just": true,
	"again": true, "always": true, "never": true, "often": true, "sometimes": true,
	"usually": true, "finally": true, "eventually": true, "first": true, "next": true,
	"importantly": true, "similarly": true, "likewise": true, "accordingly": true,
	"consequently": true, "afterwards": true, "otherwise": true, "nevertheless": true,
	"nonetheless": true, "already": true, "more": true, "most": true,
}

// n30AdverbWord reports whether the mention w is one word of
// n30Adverbs. "More" and "Most" with a capital could be a surname: they
// are read as adverbs only when an adverb in "-ly" follows ("More
// importantly, I told"); after names the next bytes.
func n30AdverbWord(w, after string) bool {
	if len(w) > 14 || len(w) < 3 {
		return false
	}
	// Lower-cased in a buffer: most mentions are names, and ToLower
	// would copy each.
	var buf [14]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == ' ' || c >= 0x80 {
			return false
		}
		buf[i] = c | 0x20
	}
	if !n30Adverbs[string(buf[:len(w)])] {
		return false
	}
	lw := string(buf[:len(w)])
	if (lw == "more" || lw == "most") && w != lw {
		f := strings.Fields(after)
		return len(f) > 0 && strings.HasSuffix(strings.TrimRight(f[0], ","), "ly")
	}
	return true
}

// n30PronounNear returns the subject pronoun of q's cue when the mention
// m is an adverb: the pronoun just before m ("We thus asked"), or the
// word just before the cue ("More importantly, I told").
func (a *attributor) n30PronounNear(q *doc.Quote, m doc.Span) (doc.Span, bool) {
	text := a.text
	if w, b := n30WordBefore(text, m.Start); pronouns[strings.ToLower(w)] && w != "it" && w != "It" {
		return doc.Span{Start: b, End: b + len(w)}, true
	}
	c := q.Cue
	if c.End <= c.Start || c.Start < m.End {
		return doc.Span{}, false
	}
	if w, b := n30WordBefore(text, c.Start); b >= m.End && c.Start-m.End <= 40 && pronouns[strings.ToLower(w)] && w != "it" && w != "It" {
		return doc.Span{Start: b, End: b + len(w)}, true
	}
	// "More importantly to the board, I argued … and told": the
	// pronoun after the opener's comma, the cue further on.
	if k := strings.IndexByte(text[m.End:min(m.End+40, c.Start)], ','); k >= 0 {
		b := m.End + k + 2
		e := b
		for e < c.Start && e-b < 5 && isASCIILetter(text[e]) {
			e++
		}
		if w := text[b:e]; b < c.Start && text[b-1] == ' ' && e < len(text) && text[e] == ' ' && pronouns[strings.ToLower(w)] && w != "it" && w != "It" {
			return doc.Span{Start: b, End: e}, true
		}
	}
	return doc.Span{}, false
}

// n30WordBefore returns the word of ASCII letters that ends one space
// (or line break) before offset st, and its start; "" if none.
func n30WordBefore(text string, st int) (string, int) {
	if st < 2 || text[st-1] != ' ' && text[st-1] != '\n' {
		return "", st
	}
	e := st - 1
	b := e
	for b > 0 && e-b < 16 && isASCIILetter(text[b-1]) {
		b--
	}
	if b == e || b > 0 && isASCIILetter(text[b-1]) {
		return "", st
	}
	return text[b:e], b
}

// n30Code reports whether the mention m is a token of code: right after
// a backtick or "&", right before a backtick, or after an odd number of
// backticks on its line (at most n30Reach bytes back). The stretch is
// first searched for a backtick at all (vectorised): most have none.
func n30Code(text string, m doc.Span) bool {
	if m.Start > 0 && (text[m.Start-1] == '`' || text[m.Start-1] == '&') || m.End < len(text) && text[m.End] == '`' {
		return true
	}
	lo := max(m.Start-n30Reach, 0)
	if strings.IndexByte(text[lo:m.Start], '`') < 0 {
		return false
	}
	n := 0
	for k := m.Start - 1; k >= lo && text[k] != '\n'; k-- {
		if text[k] == '`' {
			n++
		}
	}
	return n%2 == 1
}

// n30WordCue reports whether the cue c is a word (it starts with a
// letter): the verb whose subject the mention should be.
func n30WordCue(text string, c doc.Span) bool {
	return c.End > c.Start && c.End <= len(text) && isASCIILetter(text[c.Start])
}

// n30Gap reports whether the text between a mention and its cue holds
// nothing but spaces, commas, an adverb in "-ly" or a parenthesised
// aside: "those who came in May (understandably) believed".
func n30Gap(g string) bool {
	if g == " " || g == "" {
		return true
	}
	if len(g) > 40 {
		return false
	}
	if o := strings.IndexByte(g, '('); o >= 0 {
		c := strings.IndexByte(g, ')')
		if c < o {
			return false
		}
		g = g[:o] + g[c+1:]
	}
	for _, w := range strings.Fields(strings.ReplaceAll(g, ",", " ")) {
		if !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return true
}

// n30ClauseStops end a subject read back from "who": the words that
// open a clause before it.
var n30ClauseStops = map[string]bool{
	"and": true, "but": true, "or": true, "that": true, "when": true, "because": true,
	"while": true, "if": true, "since": true, "as": true, "so": true, "although": true,
	"though": true, "after": true, "before": true, "whether": true, "where": true,
}

// n30WhoHead returns the phrase a "who" clause hangs on when the mention
// m lies inside that clause, after its verb: "Those who heard of it in
// the spring believed": m is "the spring", the subject "Those". The
// clause runs from "who" to m with no mark of punctuation, at most
// twelve words, at least one word between "who" and m; the cue follows
// m (n30Gap). The head runs back from "who" over at most eight words,
// to the sentence's start, a mark or a clause-opening word.
func (a *attributor) n30WhoHead(q *doc.Quote, m doc.Span) (doc.Span, bool) {
	text := a.text
	c := q.Cue
	if m.Start < 2 || text[m.Start-1] != ' ' || text[m.Start-2] < 'a' || text[m.Start-2] > 'z' {
		return doc.Span{}, false // inside a clause, the mention follows a word in lower case: asked first
	}
	if c.End <= c.Start || c.Start < m.End || !n30Gap(text[m.End:c.Start]) {
		return doc.Span{}, false
	}
	// "who" first, over the bounded stretch: most mentions have none
	// before them, and the sentence's start is then not asked.
	lo := max(m.Start-n30WhoReach, 0)
	k := n30LastWho(text[lo:m.Start])
	if k < 0 || pronouns[strings.ToLower(text[m.Start:m.End])] {
		return doc.Span{}, false // a pronoun in the subject's case is no object: "who said they intended"
	}
	if st := a.sentenceStart(m.Start); st > lo+k {
		return doc.Span{}, false // "who" in an earlier sentence
	} else if st > lo {
		k -= st - lo
		lo = st
	}
	seg := text[lo:m.Start]
	between := seg[k+5:]
	if strings.ContainsAny(between, ",;:\"“”()—–\n") {
		return doc.Span{}, false
	}
	if n := len(strings.Fields(between)); n < 1 || n > 12 {
		return doc.Span{}, false
	}
	end := lo + k // the space before "who"
	start := end
	words := 0
	for p := end; p > lo && words < 8; {
		b := p
		for b > lo && text[b-1] != ' ' && text[b-1] != '\n' {
			b--
		}
		w := text[b:p]
		if w == "" || n30ClauseStops[strings.ToLower(w)] || strings.ContainsAny(w, ",;:\"“”()—–") {
			if w != "" && strings.HasSuffix(w, ",") && words == 0 {
				return doc.Span{}, false // "Ann Ortiz, who …": the passes read that
			}
			break
		}
		start, words = b, words+1
		if b == lo || text[b-1] == '\n' {
			break
		}
		p = b - 1
	}
	if words == 0 || start >= end {
		return doc.Span{}, false
	}
	return doc.Span{Start: start, End: end}, true
}

// n30Relatives open a relative clause; a mention that starts with one
// ("whom Ann") is read by the passes that read those clauses.
var n30Relatives = map[string]bool{"who": true, "whom": true, "which": true, "that": true, "whose": true}

// n30Preps are prepositions whose object is no subject of the verb
// after it. Not "for", a conjunction in older prose ("for Ann
// remembered"), nor "with" ("with Ann saying").
var n30Preps = map[string]bool{
	"in": true, "of": true, "on": true, "at": true, "from": true, "about": true,
	"among": true, "into": true, "within": true, "under": true, "inside": true, "across": true,
	"through": true,
}

// n30Dets may stand between a preposition and its object.
var n30Dets = map[string]bool{
	"the": true, "a": true, "an": true, "our": true, "their": true, "his": true, "her": true,
	"its": true, "my": true, "your": true, "this": true, "these": true, "those": true,
}

// n30Quantifiers may head "of" and its object as a subject: "Some of
// the members said".
var n30Quantifiers = map[string]bool{
	"some": true, "many": true, "most": true, "all": true, "none": true, "one": true,
	"two": true, "three": true, "several": true, "few": true, "each": true, "both": true,
	"half": true, "majority": true, "dozens": true, "hundreds": true, "thousands": true,
	"any": true, "much": true,
}

// n30Prep reads a mention that is the object of a preposition before a
// finite cue: hit says the shape is there; ok and the span give the
// whole phrase when a quantifier heads "of" ("Some of the members"),
// else the speaker goes. The mention's first word is no determiner (a
// mention that holds its own "the" was read as a phrase), it is no
// possessive and no pronoun, and the cue follows it at once and does
// not end in "-ing".
func (a *attributor) n30Prep(q *doc.Quote, m doc.Span) (doc.Span, bool, bool) {
	text := a.text
	c := q.Cue
	if c.End <= c.Start || c.Start < m.End || c.Start-m.End > 2 || strings.HasSuffix(text[c.Start:c.End], "ing") {
		return doc.Span{}, false, false
	}
	w, b := n30WordBefore(text, m.Start)
	for n := 0; n < 2 && n30Dets[strings.ToLower(w)]; n++ {
		w, b = n30WordBefore(text, b)
	}
	if !n30Preps[strings.ToLower(w)] {
		return doc.Span{}, false, false // asked first: most mentions follow no preposition
	}
	mt := text[m.Start:m.End]
	first := strings.ToLower(mt)
	if f := strings.Fields(mt); len(f) > 0 {
		first = strings.ToLower(f[0])
	}
	if n30Dets[first] || n30Relatives[first] || pronouns[strings.ToLower(mt)] ||
		strings.HasSuffix(mt, "'s") || strings.HasSuffix(mt, "’s") || strings.HasSuffix(mt, "'") || strings.HasSuffix(mt, "’") {
		return doc.Span{}, false, false
	}
	if strings.ToLower(w) == "of" {
		if hb, ok := n30QuantifierBefore(text, b); ok {
			return doc.Span{Start: hb, End: m.End}, true, true
		}
	}
	return doc.Span{}, false, true
}

// n30QuantifierBefore returns the start of a quantifier that ends one
// space before offset b, where "of" starts: "Some", "60%", "two
// thirds", "about 40 percent", an adverb of degree before a number
// included ("Approximately 60%").
func n30QuantifierBefore(text string, b int) (int, bool) {
	if b < 2 || text[b-1] != ' ' {
		return 0, false
	}
	e := b - 1
	s := e
	for s > 0 && e-s < 16 && text[s-1] != ' ' && text[s-1] != '\n' {
		s--
	}
	w := strings.ToLower(text[s:e])
	if w == "percent" && s >= 2 && text[s-1] == ' ' {
		e2 := s - 1 // "40 percent": the number before it
		s = e2
		for s > 0 && e2-s < 8 && text[s-1] != ' ' && text[s-1] != '\n' {
			s--
		}
		w = text[s:e2]
	}
	num := w != "" && (w[0] >= '0' && w[0] <= '9' || strings.HasSuffix(w, "%"))
	if !num && !n30Quantifiers[w] {
		return 0, false
	}
	if num {
		if a, ab := n30WordBefore(text, s); n30Degree[strings.ToLower(a)] {
			s = ab
		}
	}
	return s, true
}

// n30Degree may stand before a number in a quantifier.
var n30Degree = map[string]bool{"about": true, "around": true, "approximately": true, "almost": true,
	"nearly": true, "roughly": true, "over": true, "just": true, "only": true, "some": true}

// n30ContactHeads are the heads of a phrase whose contact clause says
// or thinks them: "the things people say".
var n30ContactHeads = []string{"the things ", "all the things ", "the kind of things ", "the stuff ",
	"the words ", "things ", "everything ", "anything ", "something ", "nothing "}

// n30Contact returns the subject inside a mention that is a head noun
// and the subject of its contact clause: "the things people" before
// "say" is "people". The subject is at most four words.
func n30Contact(text string, m doc.Span) (doc.Span, bool) {
	mt := text[m.Start:m.End]
	if len(mt) < 8 || strings.IndexByte("tTaAeEsSnN", mt[0]) < 0 {
		return doc.Span{}, false // no head of n30ContactHeads: asked first
	}
	// The mention's start lower-cased in a buffer, as long as the
	// longest head.
	var buf [20]byte
	n := copy(buf[:], mt)
	for i := range n {
		if c := buf[i]; 'A' <= c && c <= 'Z' {
			buf[i] = c | 0x20
		}
	}
	lw := buf[:n]
	for _, h := range n30ContactHeads {
		if len(mt) > len(h) && len(h) <= n && string(lw[:len(h)]) == h {
			rest := mt[len(h):]
			if n := len(strings.Fields(rest)); n < 1 || n > 4 || rest[0] == ' ' {
				return doc.Span{}, false
			}
			return doc.Span{Start: m.Start + len(h), End: m.End}, true
		}
	}
	return doc.Span{}, false
}

// n30Pronoun gives quotation i the pronoun at s as its subject,
// resolved as the attribution passes resolve one; unresolved, it has
// no speaker.
func (a *attributor) n30Pronoun(i int, s doc.Span, old string) {
	pron := strings.ToLower(a.text[s.Start:s.End])
	nm := a.resolve(pron, s, i)
	if pron == "they" {
		nm = a.theyName(nm, s.Start)
	}
	if nm == "" {
		a.n30Clear(i, old)
		return
	}
	a.n30Set(i, s, nm, old)
}

// n30Set names quotation i's speaker, and puts the new name in place of
// the old in its chain and its nested quotations' chains.
func (a *attributor) n30Set(i int, s doc.Span, name, old string) {
	q := &a.d.Quotes[i]
	q.Speaker = doc.Speaker{Name: name, Mention: s}
	a.n30Rechain(i, old, name)
}

// n30Clear leaves quotation i without a speaker.
func (a *attributor) n30Clear(i int, old string) {
	q := &a.d.Quotes[i]
	q.Speaker = doc.Speaker{}
	a.n30Rechain(i, old, "")
}

// n30Rechain replaces old with name ("" removes it) in the chains of
// quotation i and of the quotations nested in it that follow it (at
// most n30Nested of them).
func (a *attributor) n30Rechain(i int, old, name string) {
	d := a.d
	for j := i; j < len(d.Quotes) && j <= i+n30Nested; j++ {
		if j > i && !n30Within(d, j, i) {
			continue
		}
		q := &d.Quotes[j]
		var c []string
		for _, n := range q.Chain {
			if n == old {
				if name == "" {
					continue
				}
				n = name
			}
			c = append(c, n)
		}
		q.Chain = dedupe(c)
		if len(q.Chain) == 0 {
			q.Chain = nil
		}
	}
}

// n30Nested bounds the quotations n30Rechain reads after one.
const n30Nested = 32

// n30Within reports whether quotation j hangs from i, at most eight
// levels up.
func n30Within(d *doc.Document, j, i int) bool {
	p := d.Quotes[j].Parent
	for n := 0; p >= 0 && n < 8; n++ {
		if p == i {
			return true
		}
		p = d.Quotes[p].Parent
	}
	return false
}

// n30TheyWrapped returns the subject of "said" that a "they" at offset
// st means when a line break, not a space, stands between them: "Some
// of the members we met said\nthey …" in hard-wrapped text (Markdown,
// plain text), which n4TheySaid reads only with a space. Otherwise "".
// Its hook is in resolveAtExcept (attribute.go).
func (a *attributor) n30TheyWrapped(st int) string {
	if st < 2 || a.text[st-1] != '\n' {
		return ""
	}
	w, b := n30WordBefore(a.text, st)
	if w != "said" && w != "say" && w != "says" {
		return ""
	}
	if r := a.n4SaidSubject(n5SkipAux(a.text, b)); r != "" {
		return r
	}
	return a.n5RelSubject(b)
}

// n30NounCue reports whether the cue right after the mention m is the
// noun of the mention's phrase, as n9NounCue reads it, in two shapes
// that reader leaves: a verb before the determiner ("received many
// positive comments": the mention began at the verb), and a participle
// in "-ed" as the modifier ("the reformed orders", "some open-ended
// questions") before a plural noun (the cue ends in "s", is no verb of
// n9Verbs and no past form). "The injured said" and "the accused
// insists" keep their speakers: the cue is a verb.
func n30NounCue(text string, m, cue doc.Span) bool {
	if cue.Start != m.End+1 || m.End-m.Start > 60 || cue.End-cue.Start > 16 || cue.End > len(text) {
		return false
	}
	if k := strings.LastIndexByte(text[m.Start:m.End], ' '); k < 0 || text[m.Start+k+1] < 'a' || text[m.Start+k+1] > 'z' {
		return false // the last word has a capital, or is alone: a name, asked first
	}
	c := text[cue.Start:cue.End]
	for i := 0; i < len(c); i++ {
		if !(c[i] >= 'a' && c[i] <= 'z') {
			return false
		}
	}
	if strings.HasSuffix(c, "ed") || n9Verbs[c] {
		return false
	}
	var buf [6]string
	words := n9Fields(buf[:0], text[m.Start:m.End])
	if len(words) >= 3 && v1LowerWord(words[0]) && strings.HasSuffix(words[0], "ed") && n9Determiners[words[1]] {
		words = words[1:] // "received many positive"
	} else if len(words) < 2 || !n9Determiners[strings.ToLower(words[0])] {
		return false
	}
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	for _, w := range words[1:] {
		if !v1LowerWord(w) {
			return false
		}
	}
	last := words[len(words)-1]
	if n9AdjectiveLike(last) {
		return true
	}
	return len(last) > 4 && strings.HasSuffix(last, "ed") && strings.HasSuffix(c, "s") && !strings.HasSuffix(c, "ss")
}

// n30Stops are words that end a noun phrase: after a modifier, they are
// no noun.
var n30Stops = map[string]bool{
	"of": true, "in": true, "to": true, "and": true, "or": true, "that": true, "which": true, "who": true,
	"for": true, "on": true, "at": true, "as": true, "with": true, "from": true, "by": true, "than": true,
	"but": true, "is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "about": true,
	"into": true, "over": true, "after": true, "before": true, "when": true, "if": true, "so": true,
	"not": true, "the": true, "a": true, "an": true,
}

// n30NounAfter returns where the mention m's phrase ends when the cue
// comes before m (a by-agent: "was praised by the extensive research
// …") and m stops on a modifier of n9AdjectiveLike with its noun just
// after it: "the extensive" is "the extensive research". The noun is
// one word of lower-case letters, not a stop word, a verb of n9Verbs, a
// past form or an adverb in "-ly".
func n30NounAfter(text string, m, cue doc.Span) (int, bool) {
	if cue.End <= cue.Start || cue.End > m.Start || m.End+2 > len(text) || text[m.End] != ' ' {
		return 0, false
	}
	b := m.End + 1
	e := b
	for e < len(text) && e-b < 20 && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	if e == b || e-b >= 20 || e < len(text) && isASCIILetter(text[e]) {
		return 0, false // asked first: a word in lower case after the mention is rare
	}
	w := text[b:e]
	if n30Stops[w] || n9Verbs[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") {
		return 0, false
	}
	var buf [6]string
	words := n9Fields(buf[:0], text[m.Start:m.End])
	if len(words) < 2 || len(words) > 5 || !n9Determiners[strings.ToLower(words[0])] || !n9AdjectiveLike(words[len(words)-1]) {
		return 0, false
	}
	return e, true
}

// n30VerbFirst reports whether the mention m opens with a past form in
// lower case before a determiner: "received many positive comments
// about users". A subject does not open with its verb; the mention ran
// back past the phrase's start, and the phrase is an object.
func n30VerbFirst(text string, m doc.Span) bool {
	if m.End-m.Start > 80 || m.Start < 0 || m.End > len(text) || text[m.Start] < 'a' || text[m.Start] > 'z' {
		return false // a name or a capital: asked first, most mentions
	}
	if k := strings.IndexByte(text[m.Start:m.End], ' '); k < 5 || text[m.Start+k-2:m.Start+k] != "ed" {
		return false // the first word ends in "-ed": asked before the words are cut
	}
	var buf [3]string
	words := n9Fields(buf[:0], text[m.Start:m.End])
	return len(words) == 3 && len(words[0]) > 4 && v1LowerWord(words[0]) && strings.HasSuffix(words[0], "ed") && n9Determiners[words[1]]
}

// n30GroupHeads open a group named by "of" and a plural noun: "Some of
// the contributors", "One of our participants".
var n30GroupHeads = map[string]bool{
	"one": true, "some": true, "many": true, "most": true, "several": true, "all": true,
	"each": true, "none": true, "few": true, "both": true, "half": true, "any": true,
}

// n30TheyGroup returns the group a "they" at offset st means when its
// sentence names one before it: "One of our participants put it well
// when they said", "Some of the members we met said they did not feel
// ready, because they …". A head of n30GroupHeads, "of", a determiner
// at most, and a plural noun in lower case (n5PluralWord); the nearest
// such phrase before "they", at most n30Reach bytes back. English
// refers to such a group, or to one unnamed person of it, by "they",
// and the resolver, which reads names, finds one further back (an
// organisation, a product). Otherwise "".
func (a *attributor) n30TheyGroup(st int) string {
	text := a.text
	lo := max(a.sentenceStart(st), st-n30Reach, 0)
	seg := text[lo:st]
	for k := len(seg); k > 0; {
		j := strings.LastIndex(seg[:k], " of ")
		if j < 0 {
			return ""
		}
		k = j
		h, hb := n30WordBefore(text, lo+j+1)
		if !n30GroupHeads[strings.ToLower(h)] {
			continue
		}
		p := lo + j + 4
		w, e := n30WordAt(text, p, st)
		if n30Dets[w] {
			w, e = n30WordAt(text, e+1, st)
		}
		if w == "other" {
			w, e = n30WordAt(text, e+1, st)
		}
		if w != "" && n5PluralWord(w) {
			return text[hb:e]
		}
	}
	return ""
}

// n30WordAt returns the word of ASCII letters that starts at offset p,
// ending before lim, and its end; "" if none.
func n30WordAt(text string, p, lim int) (string, int) {
	e := p
	for e < lim && e-p < 20 && isASCIILetter(text[e]) {
		e++
	}
	if e == p || e < len(text) && isASCIILetter(text[e]) {
		return "", p
	}
	return text[p:e], e
}

// n30PluralName reports whether name ends in a plural noun in lower
// case ("the riders", "Some of the members"): a group the resolver
// already found, which n30TheyGroup leaves.
func n30PluralName(name string) bool {
	k := strings.LastIndexByte(name, ' ')
	return n5PluralWord(name[k+1:])
}

// n30GluedPronoun reports whether name is two words or more whose last
// is a pronoun with a capital: "Often I", "Therefore I", "Business We",
// "CHAPTER I You". No one is named so; the mention finder read a
// heading or an adverb that opens a sentence as a name's first word.
func n30GluedPronoun(name string) bool {
	k := strings.LastIndexByte(name, ' ')
	if k <= 0 || len(name) > 60 {
		return false
	}
	switch name[k+1:] {
	case "I", "We", "You", "They", "He", "She":
		return true
	}
	return false
}

// n30LastWho is strings.LastIndex(seg, " who ") through strings.Index,
// whose search is vectorised where LastIndex's is not: seg is read once
// for the first "who" (most have none), again only after each found.
func n30LastWho(seg string) int {
	k := -1
	for off := 0; ; {
		j := strings.Index(seg[off:], " who ")
		if j < 0 {
			return k
		}
		k = off + j
		off = k + 1
	}
}
