package speaker

import (
	"slices"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// This file holds n39Coordinated, which widens a speaker's mention that
// is only a part of the coordinated or listed subject that speaks: the
// people and bodies a sentence names together as the source ("Police,
// firefighters and medics said …", "Obama, others vow …", "Sens. Ann
// Lee (D-Mont.) and Ed Ruiz (R-La.) said …"). PolNeAR marks the whole coordination as the source, and
// does so for every such subject of its dev set; the readers before
// this took the last item or the last two where the list's first item
// is a bare plural, a word in front of a parenthesis, or stands with no
// "and" before "others".

// n39Reach bounds how many bytes before a mention n39ListStart reads
// back for the list's items, and how long a mention it reads, so that
// each quotation costs a bounded read.
const n39Reach = 200

// n39Coordinated widens each quotation's speaker mention over the list
// or coordination it ends (n39ListStart), and sets the Name to the
// widened words, replacing the old one in the chain. It reads a mention
// right before its cue, with nothing but lower-case words between
// ("Residents, women and children also said"). A subject after an
// inverted cue is left as it is: "“…,” said Ed Moss and his wife." is
// read as Ed Moss's (round10_test.go), and "said Ed Moss and two weeks"
// shows how little the words after a name tell. A pronoun
// or relative mention ("who", "they") is left alone: "Trump and
// Clinton, who both said" is spoken by "who". Hook: Attribute
// (speaker.go), after every other pass.
func (a *attributor) n39Coordinated() {
	d, text := a.d, a.text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m, c := q.Speaker.Mention, q.Cue
		if q.Speaker.Name == "" || m.End <= m.Start || c.End <= c.Start || m.End > len(text) {
			continue
		}
		if c.Start < m.End || c.Start-m.End > 24 || m.End-m.Start > n39Reach || !n39QuietGap(text[m.End:c.Start]) || !n39Joined(text, m.Start) {
			continue
		}
		if n39FirstRelative(a.ix, m.Start, min(m.End, m.Start+12)) {
			continue // "which", "they": n39ListStart reads no list before them
		}
		s, e := n39ListStart(text, a.ix, m), m.End
		if s == m.Start {
			continue
		}
		old := q.Speaker.Name
		q.Speaker.Mention = doc.Span{Start: s, End: e}
		q.Speaker.Name = strings.Join(strings.Fields(text[s:e]), " ")
		// Vague as the list's first item is ("Sources, officials and
		// others said"; "Obama, others vow" names one).
		first, _, _ := strings.Cut(text[s:e], ",")
		first, _, _ = strings.Cut(first, " and ")
		q.Speaker.Vague = q.Speaker.Vague && v1VagueSpeaker(first)
		// The chain may be shared with a phrase in marks inside the
		// quotation, which keeps its own speaker: renamed in a copy.
		q.Chain = slices.Clone(q.Chain)
		for k, h := range q.Chain {
			if h == old {
				q.Chain[k] = q.Speaker.Name
			}
		}
	}
}

// n39Joined reports whether a comma, "and" or "or" stands right
// before byte s, spaces aside: n39ListStart reads a list only after
// one. Asked first, from the bytes: tokenizing the window before every
// quotation's mention cost some 140 M instructions on issue 3's
// benchmark (10.5 MB), a twentieth of the whole pipeline.
func n39Joined(text string, s int) bool {
	e := s
	for e > 0 && e > s-16 && (text[e-1] == ' ' || text[e-1] == '\n' || text[e-1] == '\t' || text[e-1] == '\r') {
		e--
	}
	if e > 0 && text[e-1] == ',' {
		return true
	}
	i := e
	for i > 0 && e-i < 4 && text[i-1]|0x20 >= 'a' && text[i-1]|0x20 <= 'z' {
		i--
	}
	if i > 0 && text[i-1]|0x20 >= 'a' && text[i-1]|0x20 <= 'z' {
		return false // a longer word
	}
	w := text[i:e]
	return len(w) == 3 && w[0]|0x20 == 'a' && w[1]|0x20 == 'n' && w[2]|0x20 == 'd' || len(w) == 2 && w[0]|0x20 == 'o' && w[1]|0x20 == 'r'
}

// n39FirstRelative is n39Relative of the first of the tokens x.scratch
// gives of text[lo:hi] (false for none), a mention's first twelve bytes
// at most. Where the index holds a token that starts at lo and ends
// before a space inside the stretch (most often "the", "a", a name),
// that token is the stretch's first, read from the index in place: a
// reading of the stretch from lo stops at that space as the index's did
// (no token holds a space or reads past one: chunkEnd), and nothing
// before lo changes a token's reading. scratch read the stretch itself,
// which most often cuts a word, and at times a rune ("the company’s",
// up to its E2), some 2,000 instructions a mention
// (TestN39FirstRelative).
func n39FirstRelative(x *tokIndex, lo, hi int) bool {
	if !gatesOff && 0 <= lo && lo < hi && hi <= len(x.text) {
		if k := x.endAfter(lo); k < len(x.all) && int(x.all[k].s) == lo {
			if c := &x.all[k]; int(c.e) < hi && x.text[c.e] == ' ' {
				return c.word && (c.is(isPronoun) || classOf2(c.lex)&isRelativeWord != 0) && x.low(*c) != "others"
			}
		}
	}
	first := x.scratch(3, lo, hi)
	return len(first) > 0 && n39Relative(&first[0])
}

// n39Relative reports whether a mention's first token t is a pronoun
// or a relative word, which speaks for itself ("Trump and Clinton, who
// both said"), not "others".
func n39Relative(t *tok) bool {
	return t.word && (t.is(isPronoun) || t.is2(isRelativeWord)) && t.low != "others"
}

// n39QuietGap reports whether g, the bytes between a subject and its
// cue, are spaces and lower-case words only ("also", "all", "both"):
// no mark, so no appositive or clause stands between.
func n39QuietGap(g string) bool {
	for i := 0; i < len(g); i++ {
		if c := g[i]; c != ' ' && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}

// n39Openers are the words that open a sentence's adverbial or
// prepositional phrase before its comma rather than a list's first
// item: "Yesterday, women and children said", "Unlike Obama, others
// say", "Still, others argue". The lexicon's bits tell most; these are
// the ones it does not mark as adverbs, prepositions or clause leads.
var n39Openers = map[string]bool{
	"unlike": true, "like": true, "despite": true, "amid": true, "among": true, "after": true, "before": true, "during": true,
	"following": true, "beyond": true, "across": true, "ahead": true, "under": true, "over": true, "through": true, "within": true,
	"without": true, "against": true, "toward": true, "towards": true, "since": true, "until": true, "besides": true, "except": true,
	"per": true, "via": true, "as": true, "at": true, "by": true, "for": true, "from": true, "in": true, "into": true, "near": true,
	"on": true, "outside": true, "inside": true, "with": true, "instead": true, "plus": true, "regardless": true, "nevertheless": true,
	"nonetheless": true, "overall": true, "likewise": true, "similarly": true, "indeed": true, "otherwise": true, "thus": true,
	"hence": true, "therefore": true, "perhaps": true, "maybe": true, "yes": true, "no": true, "ok": true, "okay": true, "well": true,
	"again": true, "together": true, "separately": true, "elsewhere": true, "abroad": true, "here": true, "there": true, "now": true,
	"then": true, "today": true, "yesterday": true, "tonight": true, "tomorrow": true, "afterward": true, "afterwards": true,
	"later": true, "earlier": true, "first": true, "second": true, "third": true, "finally": true, "lastly": true, "next": true,
	"also": true, "too": true, "already": true, "so": true, "yet": true, "still": true, "but": true, "and": true, "or": true,
	"meanwhile": true, "however": true, "sometimes": true, "nowadays": true, "always": true, "often": true, "once": true,
	"oh": true, "please": true, "sir": true, "thanks": true, "dear": true, "hey": true, "hello": true, "hi": true, "indoors": true,
	"outdoors": true, "overseas": true, "nationwide": true, "worldwide": true, "statewide": true, "citywide": true,
}

// n39ListStart returns where the list or coordination that the
// mention m ends begins, or m.Start. The mention is the list's last
// item after "and" or "or" ("Residents, shop owners and teachers"
// named "teachers"; "Jon Tester (D-Mont.) and David Vitter (R-La.)"
// named the second), its last two after a comma ("Residents, women and
// children" named "women and children"), or "others" after a comma
// with no "and" ("Obama, others vow" named "others"). Back from it
// stand items of at most six words, parted by commas or "and", with a
// parenthesis after a word ("(D-Mont.)"), up to the clause's start:
// the sentence's start, a line's, a semicolon or colon (a headline's
// "…; Obama, others vow"), or a quotation's closing mark. Each item
// holds no verb, pronoun, subordinator, relative, word of time or
// preposition but "of", and ends with a capital word or a noun for
// people or bodies (n12Speaks, a plural); the first item does not open
// with an adverb or a preposition ("Yesterday, women and children",
// "In Ohio and Texas, officials", "Still, others"), and a first item of
// one word is a name (no word of the lexicon) or such a noun. A comma
// before the last "and" wants three items ("Smith, a lawyer, and Jones
// said"), so that "Prices rose, and economists said" stays. At most
// n39Reach bytes are read back.
func n39ListStart(text string, x *tokIndex, m doc.Span) int {
	lo := m.Start - n39Reach
	if lo <= 0 {
		lo = 0
	} else {
		for lo < m.Start && text[lo] != ' ' && text[lo] != '\n' {
			lo++ // a word's start, not the middle of a word or rune
		}
	}
	toks := x.scratch(3, lo, m.End) // the index's tokens, in the slot's buffer: the text is not lower-cased again
	i0 := 0
	for i0 < len(toks) && toks[i0].s < m.Start {
		i0++
	}
	if i0 < 2 || i0 >= len(toks) {
		return m.Start
	}
	first := &toks[i0]
	if n39Relative(first) {
		return m.Start
	}
	hasAnd, others := false, first.low == "others" || first.low == "other"
	for k := i0; k < len(toks); k++ {
		if toks[k].low == "and" || toks[k].low == "or" {
			hasAnd = true
		}
	}
	j := i0 - 1
	oxford := false
	switch p := toks[j].str(text); {
	case toks[j].low == "and" || toks[j].low == "or":
		hasAnd = true
		j--
		if toks[j].str(text) == "," {
			oxford = true
			j--
		}
	case p == ",":
		if !hasAnd && !others {
			return m.Start
		}
		j--
	default:
		return m.Start
	}
	items := 1 // the mention's own
	after, sep := i0, toks[i0-1].str(text)
	if oxford || sep == "and" || sep == "or" {
		sep = "and"
	}
	for j >= 0 && items <= 8 {
		k := n39ItemStart(text, toks, j)
		if k < 0 {
			return m.Start
		}
		atStart := n39ClauseStart(text, toks, k)
		switch n39Item(text, toks, k, j, atStart) {
		case n39Opener:
			// "Yesterday, women and children said", "On Monday, Obama,
			// Biden and others said": the list begins after the
			// opening phrase and its comma.
			if items >= 2 && hasAnd && sep == "," {
				return toks[after].s
			}
			return m.Start
		case n39Bad:
			return m.Start
		}
		items++
		if atStart {
			if oxford && items < 3 {
				return m.Start
			}
			return toks[k].s
		}
		// The separator before the item: a comma, "and" or "or", ", and".
		if k == 0 {
			return m.Start // the window's first word, not the clause's
		}
		j, after, sep = k-1, k, toks[k-1].str(text)
		switch {
		case sep == ",":
			j--
			if j >= 0 && (toks[j].low == "and" || toks[j].low == "or") {
				return m.Start // "A and, B": no list's shape
			}
		case toks[j].low == "and" || toks[j].low == "or":
			// A list has one "and", before its last item: a second one
			// further back is an opening phrase's list ("Between Ohio,
			// Texas and others, officials and police said").
			return m.Start
		default:
			return m.Start
		}
	}
	return m.Start
}

// n39ItemStart returns the index of the first token of the list item
// that ends at toks[j], read back over words, a full stop or
// apostrophe touching a word ("Sens.", "Lee’s"), and one parenthesis of
// at most six tokens after a word ("(R-La.)"), up to a comma, "and",
// "or" or another mark; -1 where the item holds no word or more than
// twelve tokens.
func n39ItemStart(text string, toks []tok, j int) int {
	k := j
	for k >= 0 && j-k < 12 {
		t := &toks[k]
		if t.word {
			if t.low == "and" || t.low == "or" {
				break
			}
			if sentenceFirst(text, toks, k) && !n39AfterTitle(text, toks, k) {
				return k // the clause's first word: the item goes no further back
			}
			k--
			continue
		}
		switch w := t.str(text); w {
		case ".", "’", "'", "-":
			if k == 0 || !toks[k-1].word || toks[k-1].e != t.s {
				return -1
			}
			k--
		case ")":
			o := k - 1
			for o >= 0 && k-o <= 6 && toks[o].str(text) != "(" && toks[o].str(text) != "," && toks[o].str(text) != ")" {
				o--
			}
			if o < 1 || toks[o].str(text) != "(" || !toks[o-1].word {
				return -1
			}
			k = o - 1
		default:
			if k == j {
				return -1
			}
			return n39FirstWord(toks, k+1, j)
		}
	}
	if j-k >= 12 {
		return -1
	}
	return n39FirstWord(toks, k+1, j)
}

// n39PluralTitles are titles of several people whose full stop ends no
// sentence: "Sens. Jon Tester and …".
var n39PluralTitles = map[string]bool{"sens": true, "reps": true, "govs": true, "messrs": true, "drs": true, "profs": true, "gens": true}

// n39AfterTitle reports whether toks[k] follows a title's full stop
// ("Sens. Jon", "Sen. Jon"), which sentenceFirst may read as a
// sentence's end.
func n39AfterTitle(text string, toks []tok, k int) bool {
	if k < 2 || toks[k-1].str(text) != "." || !toks[k-2].word || toks[k-2].e != toks[k-1].s {
		return false
	}
	w := toks[k-2].low
	return n39PluralTitles[w] || titles[w] != 0 && capital(toks[k-2].str(text))
}

// n39FirstWord returns k when toks[k:j+1] opens with a word, else -1.
func n39FirstWord(toks []tok, k, j int) int {
	if k > j || !toks[k].word {
		return -1
	}
	return k
}

// n39ClauseStart reports whether the item that opens at toks[k] opens
// its clause: the sentence's or a line's start, a semicolon or colon
// before it, or a quotation's closing mark (and its comma): "“…,” Reed,
// Ames and others said".
func n39ClauseStart(text string, toks []tok, k int) bool {
	if sentenceFirst(text, toks, k) {
		return true
	}
	if k == 0 {
		return false // the window's first word, cut from what was before
	}
	p := toks[k-1].str(text)
	if p == ";" || p == ":" || closingMark(p) {
		return true
	}
	return p == "," && k >= 2 && closingMark(toks[k-2].str(text))
}

// The verdicts of n39Item on a list's item.
const (
	n39Good   = iota
	n39Opener // the sentence's opening phrase of time, place or manner: "Yesterday", "On Monday"
	n39Bad
)

// n39Item tells whether toks[k:j+1] may be an item of a list of
// speakers (see n39ListStart); first is set for the list's first item,
// which may instead be the sentence's opening phrase (n39Opener).
func n39Item(text string, toks []tok, k, j int, first bool) int {
	if t := &toks[k]; first && (n39Openers[t.low] || t.is(isAdverb|isClauseLead|isPrep|isTimeWord) || t.is2(isLeadWord|isMorePrep) || t.adverbish() || strings.HasSuffix(t.low, "ing") || pastForm(*t) || t.is(isFunction) && !t.is(isDet)) {
		return n39Opener
	}
	words, head := 0, -1
	paren := 0
	for h := k; h <= j; h++ {
		t := &toks[h]
		switch t.str(text) {
		case "(":
			paren++
			continue
		case ")":
			paren--
			continue
		}
		if !t.word || paren > 0 {
			continue
		}
		words++
		head = h
		if t.is(isAuxiliary|isCue|isFinite|isReporting|isPronoun|isSubordinator|isTimeWord) && !t.is(isDet) || t.is2(isRelativeWord) {
			return n39Bad
		}
		if (t.is(isPrep) || t.is2(isMorePrep)) && t.low != "of" {
			return n39Bad
		}
		if !capital(t.str(text)) && (pastForm(*t) || t.adverbish()) {
			return n39Bad
		}
	}
	if words == 0 || words > 6 || head < 0 {
		return n39Bad
	}
	h := &toks[head]
	ok := n39People(h.low) || capital(h.str(text))
	if ok && words > 1 && head > k && !n12Speaks(h.low) && !groupNouns[h.low] && capital(toks[head-1].str(text)) && !capital(h.str(text)) {
		ok = false // "Obama wins and Democrats say": a plain plural after a name is the name's verb
	}
	if first && words == 1 {
		// One word opening the sentence: its capital tells nothing. A
		// word the lexicon does not hold is a name ("Obama"); else a
		// noun for people ("Residents", "Police").
		ok = n39People(h.low) || h.lex == 0 || h.is(isGiven|isTitle)
	}
	if !ok {
		return n39Bad
	}
	return n39Good
}

// n39People reports whether w (lower case) names people or bodies: a
// noun of persons.txt or of a body, a plural of one or of any noun
// ("residents", "shop owners"), a group plural ("police"), "others".
func n39People(w string) bool {
	return w == "others" || n12Speaks(w) || groupNouns[w] || pluralNoun(w)
}
