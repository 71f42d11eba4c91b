package speaker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n7Finish ends the words of an indirect quotation whose attribution
// stands in a fronted adverbial clause at the comma where the
// sentence's main clause begins. In "And while Ann Lee has railed
// against the fees that burden the ferry, she has sought to keep them"
// the mayor railed against "the fees that burden the ferry"; "she has
// sought …" is the main clause of the sentence, the writer's (or an
// attribution of its own), not part of what the subordinate clause
// reports. So in "When the council examined the claim, it was found
// false" and "But just as the storm had residents wondering about the
// pier, the fire has officials weighing a closure". The clause reader
// ends such a clause at a comma before a plain subject and verb; it
// reads on past a relative clause inside the words ("that burden"), a
// pronoun subject ("it was"), or a participle cue ("wondering"), and
// the quotation then swallows the main clause and any attribution in
// it (which the nesting pass then hides inside it).
//
// It reads, for an indirect quotation with a mention and a cue before
// its words:
//
//   - the fronted clause (n7Fronted): the sentence opens with a
//     subordinator ("while", "when", "though", "because", "as", "if",
//     "just as", …, after an optional "And"/"But"), with no comma
//     between it and the mention, nor between the mention, the cue and
//     the words; or "If, as <mention> <cue>, <words>", where the words
//     are the body of the "if" clause.
//
//   - the main clause (n7MainClause): the first comma in the words
//     followed by a subject pronoun and a verb ("he has", "it was",
//     "they’re") or by a noun phrase of at most six words and an
//     auxiliary or modal ("the fire has", "Clinton’s sudden health
//     scare has"). It must not read a relative clause or appositive
//     (", which …", ", a longtime critic …"), a list (", the ferry and
//     the bridge are"), a prepositional phrase (", in May,") or a
//     parenthetical attribution (", she noted," or ", they say" at the
//     words' end): none of these opens the main clause.
//
// It leaves a quotation whose attribution opens the sentence without a
// subordinator ("Ann said the pier, she believes, is unsafe"), one
// introduced by "that" ("said that if the board balks, it will sue":
// the "if" clause is inside the words), and one a quotation in marks
// inside it would be cut from. It reads each quotation once, looks
// back at most n7Back bytes for the subordinator and forward through
// the words' commas, each read at most n7Ahead bytes on.
func n7Finish(d *doc.Document) {
	text := d.Text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteIndirect || len(q.Content) == 0 {
			continue
		}
		m, c := q.Speaker.Mention, q.Cue
		if m.End <= m.Start || c.End <= c.Start || m.End > c.Start {
			continue
		}
		last := &q.Content[len(q.Content)-1]
		if last.Start < c.End || hasByteOf(text[m.End:c.Start], ",;:") {
			continue
		}
		ifAs, ok := n7Fronted(text, m.Start)
		if !ok {
			continue
		}
		if gap := text[c.End:last.Start]; hasByteOf(gap, ";:") || strings.Contains(gap, ",") && !ifAs {
			continue
		}
		cut, ok := n7MainClause(text, *last)
		if !ok || n7ChildAfter(d.Quotes, i, cut, last.End) {
			continue
		}
		if q.End == last.End {
			q.End = cut
		}
		last.End = cut
	}
}

// n7Back bounds, in bytes, how far before a mention n7Fronted looks for
// the subordinator; n7Ahead how far after a comma n7ClauseStart reads.
const (
	n7Back  = 200
	n7Ahead = 80
)

// n7Lower writes strings.ToLower(w) into buf and returns its length,
// or 0 (for "") where it does not fit: none of the words n7Fronted
// compares it with is longer than buf. buf[:n] is compared and looked
// up as a string without a copy: a sentence's first word is mostly
// capitalised, and strings.ToLower made a string of each. An ASCII word
// is lower-cased a byte at a time; any other by strings.ToLower (the
// dotted capital I lower-cases to an ASCII "i").
func n7Lower(buf *[8]byte, w string) int {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			if !caselessPunctFrom(w, i) { // "“We": lowered a byte at a time (p35_case.go)
				w = strings.ToLower(w)
			}
			break
		}
	}
	if len(w) > len(buf) {
		return 0
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return len(w)
}

// n7Subordinators open a fronted adverbial clause; "just" and "even"
// may stand before "as", "though" and "if".
var n7Subordinators = map[string]bool{"while": true, "when": true, "whenever": true, "though": true, "although": true, "because": true, "since": true, "as": true, "if": true, "after": true, "before": true, "once": true, "whereas": true, "unless": true, "until": true}

// n7Fronted reports whether the words before the mention at m, back to
// the start of the sentence, are a subordinator (after an optional
// "And"/"But"/"So"/"Yet", and "just"/"even") and then words with no
// punctuation between: the mention stands in a fronted adverbial
// clause. ifAs is true for "If, as <mention>": a parenthetical "as"
// clause inside a fronted "if" clause.
func n7Fronted(text string, m int) (ifAs, ok bool) {
	lo := max(0, m-n7Back)
	// The stretch of words before the mention: back to a mark of
	// punctuation, a line break or the window's start.
	s := m
	for s > lo {
		if c := text[s-1]; c < utf8.RuneSelf { // most of prose: no rune to decode
			if !n7WordASCII[c] {
				break
			}
			s--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[lo:s])
		if !n7WordRune(r) {
			break
		}
		s -= n
	}
	if s == lo && lo > 0 {
		return false, false // a stretch longer than the window: left
	}
	words, nw := n7FirstWords(text[s:m])
	// The words are lower-cased on the stack (n7Lower).
	var buf [8]byte
	k := 0
	if k < nw && n7Conj(buf[:n7Lower(&buf, words[k])]) {
		k++
	}
	// "just" and "even" by strings.EqualFold, which folds "ſ" to "s"
	// as strings.ToLower does not: the length first ("juſt" is five
	// bytes).
	if w := words[k]; k < nw && (len(w) == 4 || len(w) == 5) && (strings.EqualFold(w, "just") || strings.EqualFold(w, "even")) {
		k++
	}
	if k >= nw || !n7Subordinators[string(buf[:n7Lower(&buf, words[k])])] {
		return false, false
	}
	if k == 0 && s > 0 && text[s-1] == ',' && strings.EqualFold(words[0], "as") {
		// "If, as Ann argued, …": the word before the comma is "If"
		// at the sentence's start.
		e := s - 1
		b := e
		for b > 0 && text[b-1] != ' ' && text[b-1] != '\n' {
			b--
		}
		w := strings.TrimLeft(text[b:e], "\"“‘'")
		if (strings.EqualFold(w, "if") || strings.EqualFold(w, "when") || strings.EqualFold(w, "while")) && n7SentenceStart(text, b) {
			return true, true
		}
		return false, false
	}
	return false, n7SentenceStart(text, s)
}

// n7FirstWords returns the first three words of s (fewer if s has
// fewer), as strings.Fields splits them, and how many there are: s,
// the stretch n7Fronted reads, holds nothing but word runes and ASCII
// spaces, so the words are split at the spaces. n7Fronted reads only
// these (a conjunction, "just" or "even", the subordinator). The list
// of all the words before each indirect quotation's mention, made for
// them, and the runes decoded one by one on the walk back to the
// stretch's start (n7WordASCII spares most) cost 9.3 M instructions on
// issue 3's bench text.
func n7FirstWords(s string) (w [3]string, n int) {
	for i := 0; i < len(s) && n < len(w); {
		if s[i] == ' ' {
			i++
			continue
		}
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			j = len(s) - i
		}
		w[n] = s[i : i+j]
		n++
		i += j
	}
	return w, n
}

// n7Conj reports whether w opens a sentence as a conjunction before a
// subordinator: "And while …", "But just as …".
func n7Conj(w []byte) bool {
	switch string(w) {
	case "and", "but", "so", "yet", "still":
		return true
	}
	return false
}

// n7SentenceStart reports whether the words at s open a sentence: the
// text before them, white space and opening marks aside, is empty or
// ends a sentence or a line.
func n7SentenceStart(text string, s int) bool {
	for s > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:s])
		switch {
		case r == '\n' || r == '.' || r == '!' || r == '?':
			return true
		case r == ' ' || r == '\t' || r == '"' || r == '“' || r == '‘' || r == '(':
			s -= n
		default:
			return false
		}
	}
	return true
}

// n7WordRune reports whether r may be part of a word: a letter, a
// digit, an apostrophe (straight or curly) or a hyphen. A full stop is
// not, even in an abbreviation ("When Mr. Moss said …"): it ends the
// stretch n7Fronted reads, as a comma does, and such a clause is left
// as the clause reader made it.
func n7WordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-'
}

// n7WordASCII tells, for each ASCII byte, whether n7Fronted's stretch
// may hold it: n7WordRune's ASCII runes and the space.
var n7WordASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c == ' ' || n7WordRune(rune(c))
	}
	return t
}()

// n7MainClause returns the offset of the first comma in the words w
// that the main clause of the sentence follows (n7ClauseStart).
func n7MainClause(text string, w doc.Span) (int, bool) {
	for k := w.Start + 1; k < w.End; k++ {
		if text[k] != ',' {
			continue
		}
		if n7ClauseStart(text, k+1, w.End) {
			e := k
			for e > w.Start && text[e-1] == ' ' {
				e--
			}
			return e, e > w.Start
		}
	}
	return 0, false
}

// n7Pronouns are the subject pronouns that open a main clause, also
// contracted with their verb.
var n7Pronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"he's": true, "she's": true, "it's": true, "they're": true, "we're": true, "i'm": true, "you're": true,
	"he'd": true, "she'd": true, "they'd": true, "we'd": true, "i'd": true, "you'd": true,
	"he'll": true, "she'll": true, "it'll": true, "they'll": true, "we'll": true, "i'll": true, "you'll": true,
	"they've": true, "we've": true, "i've": true, "you've": true}

// n7Aux are the auxiliaries and modals that end a subject noun phrase.
var n7Aux = map[string]bool{"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true, "will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true, "shall": true, "does": true, "did": true, "do": true}

// n7NotInPhrase are words that do not open or stand inside a subject
// noun phrase after a comma: conjunctions, relatives, prepositions,
// verbs of saying, and words that open an appositive's comparison.
var n7NotInPhrase = map[string]bool{"and": true, "or": true, "but": true, "nor": true, "which": true, "who": true, "whom": true, "whose": true, "that": true, "where": true, "when": true, "while": true, "including": true, "such": true, "as": true, "like": true, "not": true, "so": true, "then": true, "because": true, "if": true, "though": true, "although": true, "to": true, "for": true, "from": true, "in": true, "on": true, "at": true, "by": true, "with": true, "of": true, "about": true, "after": true, "before": true, "since": true, "than": true, "said": true, "says": true, "say": true, "according": true, "also": true, "even": true, "only": true, "especially": true, "particularly": true, "notably": true}

// n7ClauseStart reports whether text[at:end] opens a main clause: a
// subject pronoun and then a word that is not the last before a comma
// or the words' end (", she noted," and ", they say" are asides), or a
// noun phrase of one to six words and an auxiliary.
func n7ClauseStart(text string, at, end int) bool {
	end = min(end, at+n7Ahead)
	var words [8]string
	n, p := 0, at
	stop := false // the stretch ended at a mark or the words' end
	for n < len(words) {
		for p < end && text[p] == ' ' {
			p++
		}
		s := p
		for p < end {
			r, size := utf8.DecodeRuneInString(text[p:])
			if !n7WordRune(r) {
				break
			}
			p += size
		}
		if p == s {
			stop = true
			break
		}
		words[n] = strings.ToLower(strings.ReplaceAll(text[s:p], "’", "'"))
		n++
	}
	if n == 0 {
		return false
	}
	if n7Pronouns[words[0]] {
		// A verb after the pronoun, and more words after it.
		if n >= 3 || n == 2 && !stop {
			return true
		}
		return false
	}
	for k := 0; k < n; k++ {
		w := words[k]
		if n7Aux[w] {
			return k > 0 && k <= 6
		}
		if n7NotInPhrase[w] || n7Pronouns[w] {
			return false
		}
	}
	return false
}

// n7ChildAfter reports whether a quotation inside quotation i (its
// Parent) reaches past cut: cutting there would leave it outside its
// parent's words. Quotations are sorted by Start, so its children
// follow it, before end.
func n7ChildAfter(qs []doc.Quote, i, cut, end int) bool {
	for j := i + 1; j < len(qs) && qs[j].Start < end; j++ {
		if qs[j].Parent == i && qs[j].End > cut {
			return true
		}
	}
	return false
}
