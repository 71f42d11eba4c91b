package speaker

import (
	"strings"
	"unicode/utf8"

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
//
// Most mentions are names and pronouns that no rule changes, and the
// rules read words, sets and the text around: each quotation is first
// asked n30May, a few bytes for each rule, and only the rules it names
// are read (see n30May for why it is exact).
func (a *attributor) n30Subjects() {
	d, text, lower := a.d, a.text, a.ix.lower
	ticks := n30Ticks{next: -1}
	var gone []bool
	qs := d.Quotes // the rules change quotations, never the list
	for i := range qs {
		q := &qs[i]
		m := q.Speaker.Mention
		if q.Speaker.Name == "" || m.End <= m.Start || m.End > len(text) {
			continue
		}
		old := q.Speaker.Name
		may := n30May(text, lower, q, &ticks)
		if may == 0 {
			continue
		}
		switch {
		case may&n30IsCode != 0 && n30Code(text, m):
			a.n30Clear(i, old)
		case may&n30IsNounCue != 0 && n30NounCue(text, m, q.Cue) || may&n30IsVerbFirst != 0 && n30VerbFirst(text, m):
			if q.Kind == doc.QuoteIndirect {
				gone = markGone(gone, len(d.Quotes), i)
			} else {
				a.n30Clear(i, old)
			}
		case may&n30IsAdverb != 0 && n30AdverbWord(text[m.Start:m.End], text[m.End:min(m.End+20, len(text))]) && !n30Surname(text, m):
			if s, ok := a.n30PronounNear(q, m); ok {
				a.n30Pronoun(i, s, old)
			} else if q.Kind == doc.QuoteIndirect {
				gone = markGone(gone, len(d.Quotes), i)
			} else {
				a.n30Clear(i, old)
			}
		case may&n30IsGlued != 0: // n30GluedPronoun(old)
			// "Often I", "Business We": a heading or an adverb glued to
			// a pronoun by the mention finder.
			if k := strings.LastIndexByte(text[m.Start:m.End], ' '); k >= 0 && text[m.Start:m.End] == old {
				a.n30Pronoun(i, doc.Span{Start: m.Start + k + 1, End: m.End}, old)
			} else {
				a.n30Clear(i, old)
			}
		case may&n30IsThey != 0: // the mention is "they"
			if w, _ := n30WordBefore(text, m.Start); !n30TheyOpeners[strings.ToLower(w)] {
				break // ", they said": a tag, whose "they" the resolver reads
			}
			if g := a.n30TheyGroup(m.Start); g != "" && g != old && !n30PluralName(old) {
				a.n30Set(i, m, g, old)
			}
		default:
			a.n30Phrase(i, q, m, may, lower)
		}
	}
	if gone != nil {
		dropQuotes(d, gone, leaveChain)
	}
}

// n30Phrase reads quotation i's mention m as a phrase for the rules
// that n30May left in may: a by-agent's noun (n30NounAfter), a contact
// clause (n30Contact), a "who" clause's head (n30WhoHead), a
// preposition's object (n30Prep); the first that reads it mends it.
func (a *attributor) n30Phrase(i int, q *doc.Quote, m doc.Span, may n30Rules, lower string) {
	text, old := a.text, q.Speaker.Name
	if may&n30IsNounAfter != 0 {
		if e, ok := n30NounAfter(text, m, q.Cue); ok {
			h := doc.Span{Start: m.Start, End: e}
			a.n30Set(i, h, text[h.Start:h.End], old)
			return
		}
	}
	if may&n30IsContact != 0 {
		if s, ok := n30Contact(text, lower, m); ok {
			if w := strings.ToLower(text[s.Start:s.End]); pronouns[w] {
				a.n30Pronoun(i, s, old)
			} else {
				a.n30Set(i, s, text[s.Start:s.End], old)
			}
			return
		}
	}
	// Both readers below need a cue that is a word (n30WordCue): after a
	// colon or dash the mention stands before the words, not as a verb's
	// subject. n30May asks it for both.
	if may&n30IsWho != 0 {
		if h, ok := a.n30WhoHead(q, m); ok {
			a.n30Set(i, h, text[h.Start:h.End], old)
			return
		}
	}
	if may&n30IsPrep != 0 {
		if h, ok, hit := a.n30Prep(q, m, lower); hit {
			if ok {
				a.n30Set(i, h, text[h.Start:h.End], old)
			} else {
				a.n30Clear(i, old)
			}
		}
	}
}

// n30Rules is a set of n30Subjects' rules.
type n30Rules uint16

const (
	n30IsCode      n30Rules = 1 << iota // n30Code
	n30IsNounCue                        // n30NounCue
	n30IsVerbFirst                      // n30VerbFirst
	n30IsAdverb                         // n30AdverbWord
	n30IsGlued                          // n30GluedPronoun: the rule itself
	n30IsThey                           // the mention is "they" (n30TheyGroup): the rule itself
	n30IsNounAfter                      // n30NounAfter
	n30IsContact                        // n30Contact
	n30IsWho                            // n30WhoHead
	n30IsPrep                           // n30Prep
)

// n30May returns the rules of n30Subjects that may mend quotation q.
// It is exact: a rule it leaves out reads false, because each rule's
// shape below is a test that rule makes (in the rule's first lines, or,
// marked "=", through the same helper), or one its reading implies (see
// the helper), and a rule that fails one reads false. Each shape is a
// few bytes around the mention m, where a rule reads words, sets, and
// up to n30Reach bytes back; a name ("Ann Ortiz said", "said Ortiz")
// or a pronoun after a full stop or a comma fails all. The shapes:
//
//   - n30Code: "`" or "&" just before m, "`" just after, or a "`" in
//     the n30Reach bytes before it (found by ticks, in text order).
//   - n30GluedPronoun, "they": the rules themselves, a few bytes each.
//   - A pronoun (n30PronounWord) fails every other rule, and is asked
//     next.
//   - n30NounCue: the cue one space after m, and m's last word (after
//     its last space) opens with a letter in lower case.
//   - n30VerbFirst: m opens with a letter in lower case and its first
//     word, five letters or more, ends in "-ed".
//   - n30AdverbWord: m is as long, and opens and ends with the same
//     letters, as a word of n30Adverbs (n30Words.shaped =).
//   - n30NounAfter: the cue before m, and a letter in lower case one
//     space after it.
//   - n30Contact: m opens with a head of n30ContactHeads and is 8 bytes
//     or more (n30ContactHead =).
//   - n30WhoHead and n30Prep: a cue that is a word (n30WordCue), after
//     m, and a word of ASCII letters and a space before m. n30WhoHead:
//     a letter in lower case and one space, and no mark that ends a
//     clause just before m (n30StopBefore); n30Prep: the cue at most 2
//     bytes after m and not in "-ing", and a preposition before m
//     (n30PrepBefore =).
func n30May(text, lower string, q *doc.Quote, ticks *n30Ticks) n30Rules {
	m, cue := q.Speaker.Mention, q.Cue
	mt := text[m.Start:m.End]
	n := len(mt)
	var before, after byte // the bytes around m, or 0
	if m.Start > 0 {
		before = text[m.Start-1]
	}
	if m.End < len(text) {
		after = text[m.End]
	}
	var may n30Rules
	if before == '`' || before == '&' || after == '`' || ticks.any(text, max(m.Start-n30Reach, 0), m.Start) {
		may |= n30IsCode
	}
	if name := q.Speaker.Name; n30GluedLast(name[len(name)-1]) && n30GluedPronoun(name) {
		may |= n30IsGlued
	}
	if n <= 4 && n30PronounWord(lower[m.Start:m.End]) {
		if n == 4 {
			may |= n30IsThey
		}
		return may
	}
	if cue.Start == m.End+1 && n <= 60 && cue.End-cue.Start <= 16 && cue.End <= len(text) {
		if k := strings.LastIndexByte(mt, ' '); k >= 0 && text[m.Start+k+1] >= 'a' && text[m.Start+k+1] <= 'z' {
			may |= n30IsNounCue
		}
	}
	if c := mt[0]; c >= 'a' && c <= 'z' && n > 5 && n <= 80 {
		if k := strings.IndexByte(mt, ' '); k >= 5 && mt[k-2:k] == "ed" {
			may |= n30IsVerbFirst
		}
	}
	if n30Adverbs.shaped(mt) {
		may |= n30IsAdverb
	}
	if n == 4 && strings.EqualFold(mt, "they") {
		may |= n30IsThey
	}
	if cue.End > cue.Start && cue.End <= m.Start && after == ' ' && m.End+2 <= len(text) && text[m.End+1] >= 'a' && text[m.End+1] <= 'z' {
		may |= n30IsNounAfter
	}
	if n >= 8 && n30ContactHead(lower[m.Start:m.End]) > 0 {
		may |= n30IsContact
	}
	if (before == ' ' || before == '\n') && m.Start >= 2 && isASCIILetter(text[m.Start-2]) && cue.Start >= m.End &&
		n30WordCue(text, cue) {
		if before == ' ' && text[m.Start-2] >= 'a' && text[m.Start-2] <= 'z' && !n30StopBefore(text, m.Start) {
			may |= n30IsWho
		}
		if cue.Start-m.End <= 2 && !strings.HasSuffix(text[cue.Start:cue.End], "ing") {
			if _, _, ok := n30PrepBefore(text, lower, m.Start); ok {
				may |= n30IsPrep
			}
		}
	}
	return may
}

// n30PronounWord reports whether lw, a mention in lower case, is a
// pronoun of pronouns: "he", "she", "they", "i", "we", "it" (compared in
// place, not hashed). Such a mention is one word with no space, no
// adverb and no head of a phrase; n30WhoHead and n30Prep refuse it (a
// pronoun is in the subject's case); of the rules, only n30Code,
// n30GluedPronoun (which reads the name) and "they" may mend it.
func n30PronounWord(lw string) bool {
	switch lw {
	case "he", "she", "they", "i", "we", "it":
		return true
	}
	return false
}

// n30StopBefore reports whether, read back from st over at most 32
// bytes, a mark that ends a clause (of those n30WhoHead refuses between
// "who" and the mention: , ; : " ( ) and a line break) comes before any
// " who ": then no "who" clause holds the mention. ", which the plaque
// calls", "document, and the ledgers show".
func n30StopBefore(text string, st int) bool {
	for p := st - 1; p >= 1 && p >= st-32; p-- {
		switch text[p] {
		case ',', ';', ':', '"', '(', ')', '\n':
			return true
		case 'w':
			if text[p-1] == ' ' && p+4 <= st && text[p:p+4] == "who " {
				return false
			}
		}
	}
	return false
}

// n30Ticks finds the backticks n30Code's shape needs, for mentions in
// text order: next is the first backtick at or after from, or
// len(text). The stretch before each mention is then not searched again
// and again; the text is searched once, forward.
type n30Ticks struct{ from, next int }

// any reports whether text[lo:hi] holds a backtick; most mentions are
// answered by the first test.
func (t *n30Ticks) any(text string, lo, hi int) bool {
	if lo >= t.from && t.next >= lo {
		return t.next < hi
	}
	return t.search(text, lo, hi)
}

func (t *n30Ticks) search(text string, lo, hi int) bool {
	if lo < t.from { // out of text order: search the stretch itself
		return strings.IndexByte(text[lo:hi], '`') >= 0
	}
	t.from, t.next = lo, len(text)
	if k := strings.IndexByte(text[lo:], '`'); k >= 0 {
		t.next = lo + k
	}
	return t.next < hi
}

// n30Words is a set of words in lower case with, for each first and
// for each last letter, the lengths of its words as bits: most words
// asked are in no set, and those bits answer them without hashing them.
type n30Words struct {
	set         map[string]bool
	first, last [26]uint32
}

func n30NewWords(words ...string) *n30Words {
	s := &n30Words{set: make(map[string]bool, len(words))}
	for _, w := range words {
		if w == "" || len(w) > 31 || w[0] < 'a' || w[0] > 'z' {
			panic("n30NewWords: " + w)
		}
		c := w[len(w)-1]
		if c < 'a' || c > 'z' {
			panic("n30NewWords: " + w)
		}
		s.set[w] = true
		s.first[w[0]-'a'] |= 1 << len(w)
		s.last[c-'a'] |= 1 << len(w)
	}
	return s
}

// shaped reports whether w is as long as a word of s that opens with
// the same letter, and as one that ends with the same letter, in either
// case: every word of s, in either case, is.
func (s *n30Words) shaped(w string) bool {
	n := len(w)
	return n > 0 && n < 32 && isASCIILetter(w[0]) && isASCIILetter(w[n-1]) &&
		s.first[w[0]|0x20-'a']>>n&1 != 0 && s.last[w[n-1]|0x20-'a']>>n&1 != 0
}

// has reports whether w is a word of s.
func (s *n30Words) has(w string) bool {
	return s.shaped(w) && w[0] >= 'a' && s.set[w]
}

// n30Reach bounds how far back from a mention n30Subjects reads.
const n30Reach = 240

// n30WhoReach bounds how far back from a mention n30WhoHead looks for
// "who": a clause of at most twelve words.
const n30WhoReach = 120

// n30Adverbs are words that open or qualify a clause and name no one.
var n30Adverbs = n30NewWords(
	"thus", "nearly", "thanks", "like", "also", "then",
	"however", "therefore", "hence", "indeed", "perhaps",
	"maybe", "meanwhile", "moreover", "furthermore", "still",
	"instead", "later", "earlier", "almost", "just",
	"again", "always", "never", "often", "sometimes",
	"usually", "finally", "eventually", "first", "next",
	"importantly", "similarly", "likewise", "accordingly",
	"consequently", "afterwards", "afterward", "otherwise", "nevertheless",
	"nonetheless", "already", "more", "most",
)

// n30AdverbWord reports whether the mention w is one word of
// n30Adverbs. "More" and "Most" with a capital could be a surname, and
// "most" is a quantifier's subject ("…, and most said they liked it"):
// they are read as adverbs only when an adverb in "-ly" follows ("More
// importantly, I told"); after names the next bytes.
func n30AdverbWord(w, after string) bool {
	if len(w) > 14 || len(w) < 3 || !n30Adverbs.shaped(w) {
		return false // asked first (n30May): most mentions are no adverb's length
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
	if !n30Adverbs.set[string(buf[:len(w)])] {
		return false
	}
	lw := string(buf[:len(w)])
	if lw == "most" || lw == "more" && w != lw {
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
	if c.End <= c.Start || c.Start < m.End {
		return doc.Span{}, false
	}
	// "who" first, over the bounded stretch: most mentions have none
	// before them, and the gap and the sentence's start are then not
	// asked.
	lo := max(m.Start-n30WhoReach, 0)
	k := n30LastWho(text[lo:m.Start])
	if k < 0 || !n30Gap(text[m.End:c.Start]) || pronouns[strings.ToLower(text[m.Start:m.End])] {
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
	if f := strings.Fields(between); len(f) > 0 {
		last := strings.ToLower(f[len(f)-1])
		if n30ClauseStops[last] || len(f) > 1 && n30Dets.has(last) && n30ClauseStops[strings.ToLower(f[len(f)-2])] {
			return doc.Span{}, false // "a neighbour who heard that Smith said": m opens a clause of its own, whose subject it is
		}
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
var n30Preps = n30NewWords(
	"in", "of", "on", "at", "from", "about",
	"among", "into", "within", "under", "inside", "across",
	"through",
)

// n30Dets may stand between a preposition and its object.
var n30Dets = n30NewWords(
	"the", "a", "an", "our", "their", "his", "her",
	"its", "my", "your", "this", "these", "those",
)

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
func (a *attributor) n30Prep(q *doc.Quote, m doc.Span, lower string) (doc.Span, bool, bool) {
	text := a.text
	c := q.Cue
	if c.End <= c.Start || c.Start < m.End || c.Start-m.End > 2 || strings.HasSuffix(text[c.Start:c.End], "ing") {
		return doc.Span{}, false, false
	}
	w, b, ok := n30PrepBefore(text, lower, m.Start)
	if !ok {
		return doc.Span{}, false, false // asked first: most mentions follow no preposition
	}
	mt := text[m.Start:m.End]
	first := strings.ToLower(mt)
	if f := strings.Fields(mt); len(f) > 0 {
		first = strings.ToLower(f[0])
	}
	if n48Held(text, m, c) {
		return doc.Span{}, false, false // "because of the French reluctance to …": the adjective is the noun's source (n48_source.go)
	}
	if n30Dets.has(first) || n30Relatives[first] || pronouns[strings.ToLower(mt)] ||
		strings.HasSuffix(mt, "'s") || strings.HasSuffix(mt, "’s") || strings.HasSuffix(mt, "'") || strings.HasSuffix(mt, "’") {
		return doc.Span{}, false, false
	}
	if w == "of" {
		if hb, ok := n30QuantifierBefore(text, b); ok {
			return doc.Span{Start: hb, End: m.End}, true, true
		}
	}
	return doc.Span{}, false, true
}

// n30PrepBefore returns the preposition of n30Preps that ends one
// space (or line break) before offset st, in lower case, and its start,
// with at most two words of n30Dets between: "in our logs", "of the
// members". The words are ASCII letters (n30WordBefore), so their lower
// case is read in lower, the text lower-cased.
func n30PrepBefore(text, lower string, st int) (string, int, bool) {
	if st >= 2 && !n30PrepLast[lower[st-2]] {
		return "", st, false // asked first: the word before ends in no letter that ends a word of n30Dets or n30Preps
	}
	w, b := n30WordBefore(text, st)
	w = lower[b : b+len(w)]
	for n := 0; n < 2 && n30Dets.has(w); n++ {
		w, b = n30WordBefore(text, b)
		w = lower[b : b+len(w)]
	}
	return w, b, n30Preps.has(w)
}

// n30PrepLast holds the last letters of the words of n30Dets and
// n30Preps.
var n30PrepLast = func() (last [256]bool) {
	for _, s := range []*n30Words{n30Dets, n30Preps} {
		for w := range s.set {
			last[w[len(w)-1]] = true
		}
	}
	return last
}()

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
func n30Contact(text, lower string, m doc.Span) (doc.Span, bool) {
	mt := text[m.Start:m.End]
	if len(mt) < 8 || strings.IndexByte("tTaAeEsSnN", mt[0]) < 0 {
		return doc.Span{}, false // no head of n30ContactHeads: asked first (n30May)
	}
	h := n30ContactHead(lower[m.Start:m.End])
	if h == 0 {
		return doc.Span{}, false
	}
	rest := mt[h:]
	if n := len(strings.Fields(rest)); n < 1 || n > 4 || rest[0] == ' ' {
		return doc.Span{}, false
	}
	return doc.Span{Start: m.Start + h, End: m.End}, true
}

// n30ContactHead returns the length of the first head of
// n30ContactHeads that lw, a mention in lower case, opens with and runs
// past, or 0 (lw is not empty). Only the heads with lw's first letter
// are asked, each by its last byte (a space) before its words.
func n30ContactHead(lw string) int {
	if c := lw[0]; c >= 'a' && c <= 'z' {
		for _, h := range n30ContactByFirst[c-'a'] {
			if len(lw) > len(h) && lw[len(h)-1] == ' ' && lw[:len(h)] == h {
				return len(h)
			}
		}
	}
	return 0
}

// n30ContactByFirst holds n30ContactHeads by first letter, in order.
var n30ContactByFirst = func() (by [26][]string) {
	for _, h := range n30ContactHeads {
		by[h[0]-'a'] = append(by[h[0]-'a'], h)
	}
	return by
}()

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
	if strings.HasSuffix(c, "ed") || n9Verb(c) {
		return false
	}
	if w, ok := n30TailWord(text[m.Start:m.End]); ok && (w == "" || !n30NounLast(w, c)) {
		return false // the last word read in place, before the words are cut
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
	return n30NounLast(words[len(words)-1], c)
}

// n30NounLast reports whether last, the last word of a mention before
// the cue c, modifies c as n30NounCue reads it: an adjective, or a
// participle in "-ed" before a plural noun.
func n30NounLast(last, c string) bool {
	return len(last) > 4 && strings.HasSuffix(last, "ed") && strings.HasSuffix(c, "s") && !strings.HasSuffix(c, "ss") ||
		n9AdjectiveLike(last)
}

// n30TailWord reads, for n30NounCue, the word its reading of mt ends
// on without cutting mt into a list of words (n9Fields). When mt's
// first word is ASCII and does not end in "-ed", that reading keeps
// all of mt's words, two to five, wants each after the first in lower
// case (letters and hyphens: v1LowerWord), and ends on the last. Read
// here in one pass, as n9Fields cuts (ASCII white space, and runes
// that n9WideSpace says are white space), it returns that last word and
// true; ("", true) when the reading cannot hold: one word, or more than
// five, or a later word with another byte (a capital, a digit, an
// apostrophe, a rune beyond ASCII that is no space). ("", false) says
// the first word does not tell: it holds a byte beyond ASCII, opens
// with white space, or ends in "-ed" (the reading may then drop it and
// stop at the sixth word).
func n30TailWord(mt string) (string, bool) {
	i := 0
	for i < len(mt) && mt[i] != ' ' && (mt[i] < '\t' || mt[i] > '\r') {
		if mt[i] >= utf8.RuneSelf {
			return "", false
		}
		i++
	}
	if i == 0 || i >= 2 && mt[i-2:i] == "ed" {
		return "", false
	}
	words, start, end := 1, 0, i
	for p := i; p < len(mt); {
		c := mt[p]
		switch {
		case c == ' ' || c >= '\t' && c <= '\r':
			p++
			continue
		case c >= utf8.RuneSelf:
			sp, n := n9WideSpace(mt[p:])
			if !sp {
				return "", true // a rune beyond ASCII in a later word
			}
			p += n
			continue
		}
		// A later word: letters in lower case and hyphens, up to white space.
		if words++; words > 5 {
			return "", true
		}
		start = p
		for p < len(mt) && (mt[p] >= 'a' && mt[p] <= 'z' || mt[p] == '-') {
			p++
		}
		end = p
		if p < len(mt) && mt[p] != ' ' && (mt[p] < '\t' || mt[p] > '\r') && mt[p] < utf8.RuneSelf {
			return "", true // a capital, a digit, a mark
		}
		if start == end {
			return "", true
		}
	}
	if words < 2 {
		return "", true
	}
	return mt[start:end], true
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
	if n30Stops[w] || n9Verb(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") {
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
		if n30Dets.has(w) {
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
	// The pronouns end in "I", "e", "u" or "y" and are four bytes at
	// most: the last space is one of the five bytes at the end, and the
	// name is not searched further back.
	if len(name) < 3 {
		return false
	}
	if !n30GluedLast(name[len(name)-1]) {
		return false
	}
	k := len(name) - 1
	for k >= 0 && k >= len(name)-5 && name[k] != ' ' {
		k--
	}
	if k <= 0 || k < len(name)-5 || name[k] != ' ' || len(name) > 60 {
		return false
	}
	switch name[k+1:] {
	case "I":
		// "Charles I", "Edward I": a king's numeral after a given
		// name, not a pronoun ("Often I", "Naturally I", "CHAPTER I"
		// are; so is "Will I", a modal).
		prev := strings.ToLower(name[strings.LastIndexByte(name[:k], ' ')+1 : k])
		_, named := given[prev]
		return !named || n30Modals[prev]
	case "We", "You", "They", "He", "She":
		return true
	}
	return false
}

// n30Modals are given names that open a question before "I": "Will I".
var n30Modals = map[string]bool{"will": true, "may": true, "can": true, "shall": true}

// n30TheyOpeners are the words after which a "they" opens a clause of
// its own whose group the sentence named before ("One of our
// participants put it well when they said"); after a comma, ", they
// said" is a tag, and the resolver's reading stands.
var n30TheyOpeners = map[string]bool{"when": true, "because": true, "as": true, "if": true, "while": true, "since": true, "after": true, "before": true, "though": true, "although": true, "where": true, "until": true, "unless": true, "that": true}

// n30Surname reports whether the one-word mention m, an adverb's word
// with a capital, is the last word of a name of two words written in
// the n30SurnameReach bytes before it ("Mark Like, the mayor, … Like
// said"): a surname, not an adverb.
func n30Surname(text string, m doc.Span) bool {
	w := text[m.Start:m.End]
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	seg := text[max(0, m.Start-n30SurnameReach):m.Start]
	for k := len(seg); k > 0; {
		j := strings.LastIndex(seg[:k], " "+w)
		if j < 1 {
			return false
		}
		k = j
		if e := j + 1 + len(w); e < len(seg) && isASCIILetter(seg[e]) {
			continue // "Likewise"
		}
		b := j
		for b > 0 && isASCIILetter(seg[b-1]) {
			b--
		}
		if b < j && seg[b] >= 'A' && seg[b] <= 'Z' {
			return true
		}
	}
	return false
}

// n30SurnameReach bounds n30Surname's look-back.
const n30SurnameReach = 4000

// n30GluedLast reports whether c ends a pronoun n30GluedPronoun reads:
// "I", "We", "You", "They", "He", "She".
func n30GluedLast(c byte) bool {
	return c == 'I' || c == 'e' || c == 'u' || c == 'y'
}

// n30LastWho is strings.LastIndex(seg, " who "), through a search for
// each "w" (vectorised, where LastIndex's is not, and strings.Index's
// for " who " stops at every space): most stretches hold two or three.
func n30LastWho(seg string) int {
	k := -1
	for off := 0; ; {
		j := strings.IndexByte(seg[off:], 'w')
		if j < 0 {
			return k
		}
		j += off
		if j > 0 && seg[j-1] == ' ' && j+4 <= len(seg) && seg[j:j+4] == "who " {
			k = j - 1
		}
		off = j + 1
	}
}
