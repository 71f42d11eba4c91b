package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// This file holds n52Mentions, which mends the shape of a mention that
// stands before its cue after the other passes have named the speakers:
// words at the mention's start that belong to the clause, not to the
// noun phrase (a phrase of time, an adverb of manner or sequence), a
// clause of another attribution the mention ran back over, the first
// conjunct of "X as well as Y", and the modifiers before a subject that
// an auxiliary opening a question cut off.

// n52Mentions mends each mention before its cue, one look at the bytes
// around its start first: most mentions open with a determiner, a name
// or a pronoun, which none of the rules reads, and none of them reads
// more than n52Reach bytes before the mention.
//
//   - A phrase of time before the subject is the verb's, not the
//     subject's: "Yesterday officials said", "Last week the mayor
//     said", "Tonight Mayor Ann Lee said" name "officials", "the
//     mayor", "Mayor Ann Lee" (n52TimeLead).
//   - An adverb in -ly of manner or sequence before a quantifier, a
//     determiner or a plural is the clause's: "Finally all said" names
//     "all". A word of degree belongs to its quantifier ("Nearly all",
//     "Almost every member"), and is left (n52Degree).
//   - A mention that runs back over the cue of an attribution whose
//     words hold this one ("The mayor said local officials said …"
//     named "The mayor said local officials") starts where those words
//     do: "said" is a verb there, never a mention's noun. A relative
//     clause's verb ("Residents who said they saw the fire said") is no
//     such cue: that attribution's words end before this one's cue.
//   - "X as well as Y" before the cue is one subject: "Mr. Reed as well
//     as Ms. Ames said" names both, as "X and Y" does. X is a short
//     noun phrase that opens its clause.
//   - Lower-case modifiers between an auxiliary that opens the sentence
//     and the mention ("Did state health officials say …?" named
//     "health officials") are the subject's: the mention takes them,
//     and n51Questions then reads the question whole.
func (a *attributor) n52Mentions() {
	d, text := a.d, a.text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m := q.Speaker.Mention
		if q.Speaker.Name == "" || m.End <= m.Start || m.End > len(text) || m.End-m.Start > n45LeadMax {
			continue
		}
		switch text[m.Start:m.End] {
		case "he", "He", "she", "She", "I", "we", "We", "they", "They", "it", "It", "you", "You":
			continue // a pronoun, most mentions of all: no rule reads one
		}
		if q.Cue.End > q.Cue.Start && q.Cue.End <= m.Start && q.Kind == doc.QuoteIndirect && len(q.Content) > 0 && q.Content[len(q.Content)-1].End <= q.Cue.Start {
			// An inverted cue after the words: "…, said officials in Ohio."
			if e := a.n52PlaceMention(i); e > m.Start {
				q.Speaker.Mention.End = e
				if old := q.Speaker.Name; old == text[m.Start:m.End] {
					q.Speaker.Name = text[m.Start:e]
					a.n30Rechain(i, old, q.Speaker.Name)
				}
			}
			continue
		}
		if q.Cue.Start < m.End {
			continue
		}
		// The first word's length and its first letter turn away most
		// mentions ("the", "he", "Mr.") before a word is lowered.
		if k := strings.IndexByte(text[m.Start:m.End], ' '); k > 1 {
			if n52TimeShape(text[m.Start], k) {
				if n := n52TimeLead(text[m.Start:m.End]); n > 0 {
					a.n52Trim(i, m.Start+n)
					continue
				}
			}
			if k > 5 && text[m.Start+k-2] == 'l' && text[m.Start+k-1] == 'y' {
				if n := n52LyLead(text[m.Start:m.End]); n > 0 {
					a.n52Trim(i, m.Start+n)
					continue
				}
			}
		}
		if i > 0 && d.Quotes[i-1].Cue.Start > m.Start || i > 1 && d.Quotes[i-2].Cue.Start > m.Start {
			if s := a.n52InnerCue(i); s > m.Start {
				a.n52Trim(i, s)
				continue
			}
		}
		if m.Start >= 4 && text[m.Start-1] == ' ' {
			if s := a.n52AsWellAs(m.Start); s >= 0 {
				a.n52Widen(i, s)
				continue
			}
			if q.Kind == doc.QuoteIndirect && q.Parent < 0 { // as n51Questions reads
				if s := a.n52QuestionModifiers(q, m.Start); s >= 0 {
					a.n52Widen(i, s)
				}
			}
		}
	}
}

// n52TimeShape reports whether a first word of k letters that opens with
// c may be one of n52TimeFirst: "yesterday" or "Wednesday" (9), "today"
// (5), "tonight", "Tuesday" (7), "Thursday", "Saturday" (8), "this",
// "last", "next" (4), "Monday", "Friday", "Sunday" (6), "on" (2).
func n52TimeShape(c byte, k int) bool {
	c |= 0x20 // lower case, for a letter
	switch k {
	case 2:
		return c == 'o'
	case 4:
		return c == 't' || c == 'l' || c == 'n'
	case 5:
		return c == 't'
	case 6:
		return c == 'm' || c == 'f' || c == 's'
	case 7:
		return c == 't'
	case 8:
		return c == 't' || c == 's'
	case 9:
		return c == 'y' || c == 'w'
	}
	return false
}

// n52Reach bounds how far before a mention n52Mentions reads.
const n52Reach = 60

// n52Trim starts quotation i's mention at s, a word's start inside it;
// the name loses the words it held of those left out.
func (a *attributor) n52Trim(i, s int) {
	q := &a.d.Quotes[i]
	m := q.Speaker.Mention
	cut := a.text[m.Start:s]
	q.Speaker.Mention.Start = s
	old := q.Speaker.Name
	name := old
	// The name holds the mention's words, or its last ones ("week
	// officials" of "Last week officials"): it loses each leading word
	// it shares with the words cut off.
	for {
		k := strings.IndexByte(name, ' ')
		if k < 0 && n52HasWord(cut, name) {
			name = a.text[s:m.End] // the name was a word cut off: "Finally" of "Finally all"
			break
		}
		if k <= 0 || !n52HasWord(cut, name[:k]) {
			break
		}
		name = name[k+1:]
	}
	if name != old && name != "" {
		q.Speaker.Name = name
		a.n30Rechain(i, old, name)
	}
}

// n52Widen starts quotation i's mention at s, before it; a name that was
// the mention's text becomes the new mention's.
func (a *attributor) n52Widen(i, s int) {
	q := &a.d.Quotes[i]
	m := q.Speaker.Mention
	old := q.Speaker.Name
	q.Speaker.Mention.Start = s
	if old == a.text[m.Start:m.End] {
		q.Speaker.Name = a.text[s:m.End]
		a.n30Rechain(i, old, q.Speaker.Name)
	}
}

// n52HasWord reports whether w is one of the words of s, by case.
func n52HasWord(s, w string) bool {
	for f := range strings.FieldsSeq(s) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// n52Word returns the first word of s (up to a space) in lower case,
// written into buf, and where the next word starts; nil when the word is
// longer than buf or has a byte that is no ASCII letter, or ends s. The
// callers look it up as string(w), which makes no string.
func n52Word(s string, buf *[16]byte) ([]byte, int) {
	w := n52First(s, buf)
	if w == nil || len(w) >= len(s) {
		return nil, 0
	}
	return w, len(w) + 1
}

// n52First returns the first word of s (up to a space or s's end) in
// lower case, written into buf; nil as n52Word says.
func n52First(s string, buf *[16]byte) []byte {
	k := 0
	for k < len(s) && s[k] != ' ' {
		c := s[k]
		if k >= len(buf) {
			return nil
		}
		switch {
		case c >= 'a' && c <= 'z':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		default:
			return nil
		}
		buf[k] = c
		k++
	}
	if k == 0 {
		return nil
	}
	return buf[:k]
}

// n52TimeLead returns how many bytes of the mention s are a phrase of
// time that opens it and the space after, or 0: "yesterday", "today",
// "tonight", a weekday, "on" and a weekday, or "last", "this" or
// "next" and a noun of time or a season ("last week", "this
// morning"). What follows must open a noun phrase: a determiner, a
// quantifier, a capital or a plural ("Yesterday officials"), or end
// with a plural ("Yesterday harbour officials"); not one noun alone
// ("Today host Ann Lee" is the show's).
func n52TimeLead(s string) int {
	var buf [16]byte
	w, n := n52Word(s, &buf)
	switch n52TimeFirst[string(w)] {
	case 1:
	case 2, 3:
		first := n52TimeFirst[string(w)]
		w2, n2 := n52Word(s[n:], &buf)
		if first == 2 && !weekdays[string(w2)] || first == 3 && !n52TimeNouns[string(w2)] && !seasons[string(w2)] {
			return 0
		}
		n += n2
	default:
		return 0
	}
	if n >= len(s) {
		return 0
	}
	rest := s[n:]
	f, _, _ := strings.Cut(rest, " ")
	if strings.HasPrefix(f, "’") || strings.HasPrefix(f, "'") || f == "" {
		return 0
	}
	lf := strings.ToLower(f) // a phrase of time opens few mentions: rare
	if capital(f) || dets[lf] || quantifiers[lf] || lf == "every" || lf == "each" || lf == "his" || lf == "her" || lf == "their" || lf == "its" || n52Plural(f) {
		return n
	}
	if k := strings.LastIndexByte(rest, ' '); k > 0 && n52Plural(rest[k+1:]) {
		return n // "Yesterday harbour officials"
	}
	return 0
}

// n52TimeFirst holds the first words of n52TimeLead's phrases: 1 for a
// phrase of one word, 2 for "on" before a weekday, 3 for "last", "this"
// and "next" before a noun of time.
var n52TimeFirst = map[string]uint8{
	"yesterday": 1, "today": 1, "tonight": 1, "monday": 1, "tuesday": 1, "wednesday": 1, "thursday": 1, "friday": 1, "saturday": 1, "sunday": 1,
	"on": 2, "last": 3, "this": 3, "next": 3,
}

// n52TimeNouns are the nouns of time after "last", "this" or "next" in a
// phrase that dates a clause ("last week", "this morning"); not
// "minute", "day" or "time", which make compounds ("last minute
// buyers", "this time").
var n52TimeNouns = map[string]bool{"week": true, "month": true, "year": true, "night": true, "weekend": true, "morning": true, "afternoon": true, "evening": true}

// n52Plural reports whether w is a plural in lower case by its ending.
func n52Plural(w string) bool {
	return len(w) > 3 && isLowerWord(w) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// n52Degree are adverbs in -ly of degree or focus, which belong to the
// quantifier or noun phrase after them: "Nearly all", "Roughly half",
// "Only some", "Virtually every member".
var n52Degree = map[string]bool{"nearly": true, "only": true, "roughly": true, "approximately": true, "virtually": true, "practically": true, "fully": true, "mostly": true, "largely": true, "exactly": true, "precisely": true, "especially": true, "particularly": true, "mainly": true, "chiefly": true, "merely": true, "barely": true, "hardly": true, "scarcely": true, "partly": true, "easily": true, "literally": true, "possibly": true, "probably": true, "reportedly": true, "allegedly": true, "supposedly": true, "apparently": true, "relatively": true, "comparatively": true, "slightly": true, "significantly": true, "substantially": true}

// n52LyLead returns how many bytes of the mention s are
// an adverb in -ly of manner or sequence that opens it and the space
// after, or 0. The adverb is one by its ending (lyAdverb: not a name or
// a noun in -ly), no word of degree (n52Degree), no noun of the
// lexicon's -ly nouns, and a quantifier or a determiner follows ("Finally all", "Quietly some", "Later the mayor"…: only -ly).
func n52LyLead(s string) int {
	var buf [16]byte
	w, n := n52Word(s, &buf)
	if len(w) <= 5 || w[len(w)-2] != 'l' || w[len(w)-1] != 'y' || n3LyNames[string(w)] || n52Degree[string(w)] || lyNouns[string(w)] || n >= len(s) {
		return 0 // lyAdverb, by the bytes
	}
	f, _, _ := strings.Cut(s[n:], " ")
	if dets[f] || quantifiers[f] || f == "every" || f == "each" || f == "none" {
		return n
	}
	return 0
}

// n52InnerCue returns where quotation i's mention should start when it
// holds the cue of an attribution whose words hold quotation i's cue
// ("The mayor said local officials said …": the mayor's words are
// "local officials said …"), or -1. The mention then starts where those
// words do. Only the two quotations before i are read: the one whose
// words hold i is the one before it, or one nested in it between.
func (a *attributor) n52InnerCue(i int) int {
	d := a.d
	q := &d.Quotes[i]
	m := q.Speaker.Mention
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		p := &d.Quotes[j]
		if p.Cue.End <= p.Cue.Start || p.Cue.Start < m.Start || p.Cue.End >= m.End || len(p.Content) == 0 {
			continue
		}
		c := p.Content[0]
		if c.Start <= p.Cue.Start || c.Start >= m.End || p.Content[len(p.Content)-1].End < q.Cue.End {
			continue
		}
		if a.text[c.Start-1] != ' ' {
			continue
		}
		return c.Start
	}
	return -1
}

// n52AsWellAs returns where the first conjunct of "X as well as Y" starts
// when the mention (at m) is Y and X is a noun phrase of at most five
// words that opens its clause (the text's or a paragraph's start, a
// full stop, or a comma), a name or a determiner first and no verb,
// pronoun, preposition or conjunction in it; or -1.
func (a *attributor) n52AsWellAs(m int) int {
	text := a.text
	const aw = " as well as "
	if m < len(aw) || text[m-len(aw):m] != aw {
		return -1
	}
	e := m - len(aw) // X's end
	s := e
	for s > 0 && s > e-n52Reach {
		c := text[s-1]
		if c == '\n' || c == ',' || c == ';' || c == ':' || c == '"' || c == '(' {
			break
		}
		if c == ' ' && s >= 2 && (text[s-2] == '.' || text[s-2] == '?' || text[s-2] == '!') && !a.n52Abbrev(s-2) {
			break
		}
		s--
	}
	if s > 0 && s <= e-n52Reach {
		return -1
	}
	for s < e && text[s] == ' ' {
		s++
	}
	if s >= e {
		return -1
	}
	toks := a.ix.tokens(s, e)
	if len(toks) == 0 || len(toks) > 8 {
		return -1
	}
	words := 0
	for k := range toks {
		t := &toks[k]
		if !t.word {
			if str := t.str(text); str != "." && str != "’" && str != "'" && str != "-" {
				return -1
			}
			continue
		}
		words++
		if t.is(isFinite|isAuxiliary|isCue|isPrep|isPronoun|isSubordinator) && !t.is(isDet) || t.low == "and" || t.low == "or" || t.adverbish() || pastForm(*t) {
			return -1
		}
	}
	if words == 0 || words > 5 || !toks[0].word || !capital(toks[0].str(text)) && !toks[0].is(isDet) {
		return -1
	}
	return s
}

// n52Abbrev reports whether the full stop at text[k] ends a title's
// abbreviation ("Mr.", "Ms.", "Dr."), which ends no sentence.
func (a *attributor) n52Abbrev(k int) bool {
	s := k
	for s > 0 && s > k-5 && text0(a.text, s-1) != ' ' && text0(a.text, s-1) != '\n' {
		s--
	}
	switch a.text[s:k] {
	case "Mr", "Ms", "Mrs", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Prof", "Rev", "Jr", "Sr":
		return true
	}
	return k-s == 1 && a.text[s] >= 'A' && a.text[s] <= 'Z' // an initial: "Ann B. Lee"
}

// text0 is text[k], or 0 outside it.
func text0(text string, k int) byte {
	if k < 0 || k >= len(text) {
		return 0
	}
	return text[k]
}

// n52QuestionModifiers returns where a question's subject starts when
// the mention at m lost the lower-case words before it: one or two
// such words, no function word, verb or adverb among them, between the
// mention and an auxiliary of n51Auxiliaries that opens the sentence
// or follows a question word that does ("Did state health officials
// say …?", "Why did county officials say …?"), and a question mark at
// the sentence's end; or -1. The words before the mention are read by
// their bytes first; the lexicon is asked last, of the one or two
// modifiers.
func (a *attributor) n52QuestionModifiers(q *doc.Quote, m int) int {
	text := a.text
	if c := text[m-2]; c < 'a' || c > 'z' || len(q.Content) == 0 || !n51EndsQuestion(text, q.Content[len(q.Content)-1].End) {
		return -1 // an indirect reading's words mostly end its sentence: the mark is a byte or two on
	}
	var buf [16]byte
	var starts [2]int // the modifiers' starts, nearest first
	s := m
	for n := 0; n < 3; n++ {
		ps, w, ok := n51PrevWord(text, s, &buf)
		if !ok {
			return -1
		}
		if n > 0 && n51Auxiliaries[string(w)] {
			if !a.n52Opens(ps) {
				s2, w2, ok := n51PrevWord(text, ps, &buf)
				if !ok || !n51QuestionWords[string(w2)] || !a.n52Opens(s2) {
					return -1
				}
			}
			for _, st := range starts[:n] {
				k := st
				for k < len(text) && n51WordByte(text[k]) {
					k++
				}
				t := a.ix.tokens(st, k)
				if len(t) != 1 || !t[0].word || capital(t[0].str(text)) || t[0].is(isFunction|isAuxiliary|isFinite|isPronoun|isAdverb) && !t[0].is(isCue) || t[0].adverbish() {
					return -1
				}
			}
			return s
		}
		if n == 2 || len(w) == 0 || w[0] < 'a' || w[0] > 'z' || text[ps] < 'a' || text[ps] > 'z' {
			return -1 // no auxiliary within two words, or a capital: a name's
		}
		starts[n] = ps
		s = ps
	}
	return -1
}

// n52Opens reports whether the word at s opens a sentence: a capital
// first, at a clause's start (n51ClauseStart); a line's start alone is
// none in a text whose lines break inside sentences.
func (a *attributor) n52Opens(s int) bool {
	c := text0(a.text, s)
	return c >= 'A' && c <= 'Z' && n51ClauseStart(a.text, s)
}
