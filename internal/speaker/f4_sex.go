package speaker

import "strings"

// This file holds session nineteen's f4 rules for whom "he" and "she"
// stand: the sex of a name that no title nor given name tells, learned
// from the pronouns the narration uses of it.

// f4SexReach bounds, in bytes, how far after a name f4PronounAfter reads
// for the pronoun that tells its sex: a short clause ("Holmes was the
// first to spring to his feet", "Maurice Oakley sat in the court-room,
// grim and relentless. As soon as the trial was over, he sent").
const f4SexReach = 100

// f4Sexes is what f4SexOf has learned, in text order: sex[k] is the sex
// the narration gives mention k (0 where it tells none), made for the
// mentions before made; votes counts, by last word, the pronouns of
// each sex read after the mentions with that last word so far, and
// keys has the sigBit of each word votes holds.
type f4Sexes struct {
	made  int
	sex   []byte
	votes map[string][2]int32
	keys  uint64
	ends  [4]uint64 // the last bytes of the words votes holds
}

// f4SexOf returns the sex ('m', 'f' or 0) that the narration gives
// mention j, a name whose sex no title nor given name tells
// ("Holmes", "Marilla", "Dorian", "De Griers"): the sex of the
// pronouns that follow it and the earlier mentions with its last word
// (f4PronounAfter), by a majority of them. Novels name their
// characters by a surname or an uncommon given name, and say "he" and
// "his" of them at once ("Holmes was the first to spring to his feet.
// ¶ “…,” said he."); news prose does the same with a surname met
// alone ("Fowler said he expects …"). Without it, a name of known sex
// a few mentions further back won the pronoun ("said he" read as Mr.
// Sholto, named two sentences before Holmes). A place or a thing that
// opens a clause is seldom followed by "his" or "she", and a pronoun
// read wrongly once is outvoted by the others. Its hook is in
// resolveAtExcept (attribute.go). Linear: the mentions are read once,
// in order, each a bounded stretch after it, as far as the pronouns
// asked about reach.
func (a *attributor) f4SexOf(j int) byte {
	if j < a.f4sex.made {
		return a.f4sex.sex[j]
	}
	return a.f4Learn(j)
}

// pronounSex is the sex 'm' or 'f' a "he" or a "she" asks of its
// antecedent: 'f' for "she", 'm' otherwise (its callers ask only of
// these two).
func pronounSex(pron string) byte {
	if pron == "she" {
		return 'f'
	}
	return 'm'
}

// f4Learn reads the mentions from where f4SexOf stopped to j and
// returns mention j's sex.
func (a *attributor) f4Learn(j int) byte {
	st := &a.f4sex
	if st.sex == nil {
		st.sex = make([]byte, len(a.mentions))
	}
	// The cursor, the mentions and the text in locals: the loop passes
	// over every mention, most of known sex, and read through a and st
	// each was loaded, and the cursor stored, at every step.
	ms, text := a.mentions, a.text
	k := st.made
	for ; k <= j; k++ {
		m := &ms[k]
		if m.gender != 0 || m.thing || m.person {
			continue
		}
		v := byte(0)
		if !m.object && !m.inQuote && f4Subject(text, m.Start, m.End) && !f4Possessor(text, m.End) {
			next := len(text)
			if k+1 < len(ms) {
				next = ms[k+1].Start
			}
			v = f4PronounAfter(text, m.End, min(next, m.End+f4SexReach))
			if v != 0 && f7Place(m.text) {
				v = 0 // "Columbia City was far, once she …": f7_place.go
			}
		}
		if v == 0 && st.votes == nil {
			continue // no vote yet (most of a text with no "he" nor "she" after a subject): no word to look up
		}
		// The name's last byte, the last word's too: a name whose
		// last byte no voted word ends with is passed over without
		// finding its last word.
		fb := m.text[len(m.text)-1]
		if v == 0 && st.ends[fb>>6]&(1<<(fb&63)) == 0 {
			continue
		}
		last := m.text[lastBreak(m.text)+1:]
		if v != 0 {
			if st.votes == nil {
				st.votes = map[string][2]int32{}
			}
			c := st.votes[last]
			if v == 'm' {
				c[0]++
			} else {
				c[1]++
			}
			st.votes[last] = c
			st.keys |= sigBit(last)
			st.ends[fb>>6] |= 1 << (fb & 63)
		}
		if st.keys&sigBit(last) == 0 {
			continue
		}
		if c, ok := st.votes[last]; ok {
			switch {
			case c[0] > c[1]:
				st.sex[k] = 'm'
			case c[1] > c[0]:
				st.sex[k] = 'f'
			}
		}
	}
	st.made = k
	return st.sex[j]
}

// f4SubjectWaits reports whether a name of unknown sex that starts at
// offset st and ends at en, nearer to a "he" or "she" than a name whose sex f4SexOf
// gives, is still whom the pronoun means: it stands as a clause's
// subject (f4Subject). News prose names its speaker as the subject and
// quotes them next ("Lee also expressed concern … ¶ “…,” he said";
// "Ortiz said the campaign would go on, though she conceded"), and a
// surname alone tells no sex; the man or woman the narration called
// "he" or "she" further back is then the less likely one. A nearer name
// in another place (an object's, a modifier's) does not hold the
// pronoun so, nor does a subject after a comma, which may open a
// clause inside another. Its hook is in resolveAtExcept.
func (a *attributor) f4SubjectWaits(st, en int) bool {
	// Not one after a comma: that may open a clause inside another
	// ("Scott joked that, among voters, Trump ranks fourth").
	i := st - 1
	for i > 0 && i > st-8 && a.text[i] == ' ' {
		i--
	}
	return (i < 0 || a.text[i] != ',') && f4Subject(a.text, st, en)
}

// f4Aside reports whether the pronoun text[s:e] is the subject of a
// cue between commas right after the name that ends at from: a comma
// before it, one word and a comma after it ("Krantz, she said, was").
func f4Aside(text string, from, s, e int) bool {
	if strings.TrimRight(text[from:s], " ") != "," || e >= len(text) || text[e] != ' ' {
		return false
	}
	i := e + 1
	for i < len(text) && f4Class[text[i]] == f4Letter {
		i++
	}
	return i > e+1 && i < len(text) && text[i] == ','
}

// f4PronounAfter returns the sex of the first personal pronoun in
// text[from:to] that may stand for the name ending at from: "he",
// "his", "himself" ('m'), "she", "herself" and "her" after a preposition
// and before a noun ('f'), or 0. It stops at a quotation mark (the words of a quotation
// speak of others) and a paragraph's end, and at "him" or "her" as an
// object, which in the clause of the name means someone else ("Ann
// thanked him"). No string is built: each word is read in place, its
// length the first test.
func f4PronounAfter(text string, from, to int) byte {
	i := from
	for i < to {
		c := text[i]
		switch f4Class[c] {
		case f4Plain:
			i++
			continue
		case f4Letter:
			// A word: only one that opens with "h" or "s" is read.
			s := i
			for i++; i < len(text) && f4Class[text[i]] == f4Letter; i++ {
			}
			if c|0x20 != 'h' && c|0x20 != 's' || i-s < 2 || i-s > 7 || s > from && f4Class[text[s-1]] == f4Letter {
				continue
			}
			switch w := text[s:i]; {
			case (f4Is(w, "he") || f4Is(w, "she")) && f4Aside(text, from, s, i):
				return 0 // "Krantz, she added, was careful": the pronoun is another's, who reports
			case f4Is(w, "he"), f4Is(w, "his"), f4Is(w, "himself"):
				return 'm'
			case f4Is(w, "she"), f4Is(w, "herself"):
				return 'f'
			case f4Is(w, "him"):
				return 0
			case f4Is(w, "her"):
				if f4AfterPrep(text, s) && f4NounNext(text, i) {
					return 'f' // "on her way home"
				}
				return 0 // "thanked her", "told her the news", "made her stop"
			}
			continue
		case f4Quote:
			if c == '"' || i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x9C || text[i+2] == 0x9D || text[i+2] == 0x98) {
				return 0 // “, ” or ‘ (or a straight mark)
			}
		case f4Line:
			if i+1 < len(text) && (text[i+1] == '\n' || text[i+1] == '\r') {
				return 0 // a paragraph's end
			}
		case f4End:
			// The sentence's end: only a next sentence that opens
			// with "He" or "She" goes on with its subject ("Fannie
			// was utterly hopeless. She had laid down her pride").
			return f4NextOpens(text, i+1)
		}
		i++
	}
	return 0
}

// The classes of bytes f4PronounAfter reads (f4Class).
const (
	f4Plain  = iota
	f4Letter // an ASCII letter
	f4Quote  // '"', or 0xE2, which opens “, ” and ‘
	f4Line   // '\n'
	f4End    // '.', '!', '?'
)

// f4Class is the class of each byte for f4PronounAfter.
var f4Class = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = f4Letter, f4Letter
	}
	t['"'], t[0xE2] = f4Quote, f4Quote
	t['\n'] = f4Line
	t['.'], t['!'], t['?'] = f4End, f4End, f4End
	return t
}()

// f4NextOpens returns the sex of "He" or "She" when it opens the
// sentence after offset i (white space between, no paragraph's end),
// or 0.
func f4NextOpens(text string, i int) byte {
	nl, lim := 0, i+8
	for ; i < len(text) && i < lim && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r'); i++ {
		if text[i] == '\n' {
			if nl++; nl > 1 {
				return 0
			}
		}
	}
	switch {
	case strings.HasPrefix(text[i:], "He ") || strings.HasPrefix(text[i:], "He\n"):
		return 'm'
	case strings.HasPrefix(text[i:], "She ") || strings.HasPrefix(text[i:], "She\n"):
		return 'f'
	}
	return 0
}

// f4Is reports whether w is the lower-case word p, or p with a capital
// (a sentence's first word).
func f4Is(w, p string) bool {
	return len(w) == len(p) && w[1:] == p[1:] && w[0]|0x20 == p[0]
}

// f4NounNext reports whether the word after offset i (one space
// between) is in lower case and no function word: "her" before it is
// a possessive ("her way", "her hands"), not an object ("told her the
// news", "saw her and left").
func f4NounNext(text string, i int) bool {
	if i+2 >= len(text) || text[i] != ' ' || text[i+1] < 'a' || text[i+1] > 'z' {
		return false
	}
	e := i + 1
	for e < len(text) && e < i+12 && isASCIILetter(text[e]) {
		e++
	}
	return !f4NotNoun[text[i+1:e]]
}

// f4AfterPrep reports whether the word before offset s (one space
// between) is a preposition of objectPreps or "in": "her" after it is
// a possessive ("on her way", "to her feet"), where after a verb it
// may be an object ("made her stop").
func f4AfterPrep(text string, s int) bool {
	if s < 3 || text[s-1] != ' ' {
		return false
	}
	b := s - 1
	for b > 0 && s-b <= 8 && isASCIILetter(text[b-1]) {
		b--
	}
	w := text[b : s-1]
	return objectPreps[w] || w == "in"
}

// f4NotNoun are the words that follow "her" as an object: determiners,
// prepositions, conjunctions and adverbs of a verb's object.
var f4NotNoun = map[string]bool{"the": true, "a": true, "an": true, "to": true, "and": true, "that": true, "in": true, "on": true, "at": true, "with": true, "for": true, "from": true, "as": true, "of": true, "by": true, "up": true, "out": true, "off": true, "so": true, "but": true, "or": true, "is": true, "was": true, "into": true, "away": true, "down": true, "back": true, "again": true, "too": true, "if": true, "what": true, "how": true, "not": true, "then": true, "about": true, "over": true, "no": true, "this": true, "his": true, "when": true, "where": true, "why": true, "whether": true, "very": true, "had": true, "would": true, "could": true, "should": true, "be": true, "some": true, "any": true, "all": true}

// f4Possessor reports whether the name ending at offset e is a
// possessor ("Oliver's history", "Oliver’s"): no subject, and the
// "his" after it most often means the clause's subject ("Harry, who
// had heard Oliver's history from his mother").
func f4Possessor(text string, e int) bool {
	if e+1 < len(text) && text[e] == '\'' || e+3 < len(text) && text[e] == 0xE2 && text[e+1] == 0x80 && text[e+2] == 0x99 {
		return true // the mark after the name's span
	}
	// Or the "'s" in it.
	return e >= 3 && text[e-1] == 's' && (text[e-2] == '\'' || text[e-2] == 0x99 && e >= 5 && text[e-4] == 0xE2)
}

// f4Subject reports whether the name starting at offset st stands where
// a clause's subject does: at a sentence's start (after its end, a
// closing quotation mark or a paragraph's), after "and", "but", "then",
// "so" or "yet" that open a clause after a comma, or after a cue verb
// that puts its subject after it, with a mark after the name (it ends
// at en): "said Dorian, opening his eyes". The pronouns after a
// subject mostly mean it; after a name in an object's or a modifier's
// place ("when his sister Janey entered, and then bent over
// his book") they mostly mean the subject before it.
func f4Subject(text string, st, en int) bool {
	// The byte before the name, white space passed over: one table
	// lookup a byte (p9Before, p9_before.go) where six tests were.
	i := st - 1
	for lo := max(st-8, 0); i >= lo && p9Before[text[i]] == p9Blank; i-- {
	}
	if i < 0 || n4ClosingMarks(text, i) {
		return true // after '' as after ”: n4_given.go
	}
	switch p9Before[text[i]] {
	case p9Stop: // '.', '!', '?', '"', ')'
		return true
	case p9Close: // the last byte of ”
		return i >= 2 && text[i-2] == 0xE2
	case p9Comma:
		// After an opening phrase ("On Monday, Rudd said he …") or
		// a quotation's comma: a subject when a verb in lower case
		// follows, not a list's or an apposition's name ("Ann, Rudd
		// and Ed", "to Ann, Rudd's wife").
		w, _ := f4WordAfter(text, en)
		return w != "" && w[0] >= 'a' && w[0] <= 'z' && !f4NotVerb(w)
	case p9Letter:
		if i+1 == st {
			return false
		}
	default: // another mark, or white space more than eight bytes back
		return false
	}
	e := i + 1
	for i >= 0 && e-i <= 12 && isASCIILetter(text[i]) {
		i--
	}
	w := text[i+1 : e]
	if w == "The" || w == "named" {
		return f9TheSubject(text, i+1, w) // "The Professor gave a tired gesture.": f9_the.go
	}
	if len(w) > 11 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	switch w {
	case "and", "but", "then", "so", "yet":
		// Opening a clause after a comma or a semicolon ("…, and
		// Ortiz"), not joining two names ("James and Olive Moss").
		for i >= 0 && text[i] == ' ' {
			i--
		}
		return i >= 0 && (text[i] == ',' || text[i] == ';' || f9Dash(text, i))
	}
	// After a cue verb, the name is its subject when a mark follows
	// it ("said Dorian, opening his eyes"); before a verb it is the
	// subject of the clause reported ("Ortiz said Democrats are …"),
	// and the pronouns after it mostly mean the one who reports.
	// A preposition after the name is the cue's too ("said Ed to his
	// wife"). (A space before the mark is a tokenised text's: "said
	// Ann ,".) The bytes after the name first, the word's lexicon
	// entry last.
	switch {
	case en >= len(text):
		return false
	case f4Mark(text[en]):
	case text[en] != ' ' || en+1 >= len(text):
		return false
	case f4Mark(text[en+1]):
	default:
		// A preposition: a short word that opens with a letter one
		// of objectPreps or "in" opens with, then the list.
		n := f4WordEnd(text[en+1:])
		if c := text[en+1]; n < 2 || n > 7 || c != 't' && c != 'a' && c != 'w' && c != 'u' && c != 'o' && c != 'f' && c != 'b' && c != 'i' {
			return false
		}
		if !f4AfterPrep(text, en+n+2) {
			return false
		}
	}
	return classOf(lexOf(w))&isCue != 0
}

// f4Mark reports whether c is a mark that ends a cue's subject: ",",
// ".", ";" or a line's end.
func f4Mark(c byte) bool { return c == ',' || c == '.' || c == ';' || c == '\n' }

// f4WordEnd returns the length of the ASCII word that opens s, at most
// 12 bytes read.
func f4WordEnd(s string) int {
	n := 0
	for n < len(s) && n < 12 && isASCIILetter(s[n]) {
		n++
	}
	return n
}

// f4WordAfter returns the ASCII word that starts one space after offset
// en (at most 12 bytes), and its end; "" when none.
func f4WordAfter(text string, en int) (string, int) {
	if en+1 >= len(text) || text[en] != ' ' {
		return "", en
	}
	e := en + 1
	for e < len(text) && e-en <= 12 && isASCIILetter(text[e]) {
		e++
	}
	return text[en+1 : e], e
}

// f4NotVerb reports whether w, a word in lower case after a name, makes
// it no clause's subject: the name is one of a list, or a noun's
// modifier.
func f4NotVerb(w string) bool {
	switch w {
	case "and", "or", "nor", "of", "the", "a", "an":
		return true
	}
	return false
}
