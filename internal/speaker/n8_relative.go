package speaker

import (
	"strings"
)

// A relative pronoun ("who", "that", "which") that is a quotation's
// mention means the noun phrase the relative clause hangs on, and the
// resolvers take the name that ends nearest before the pronoun. In news
// prose that name is often not the head of the phrase but a word inside
// what follows the head:
//
//   - a prepositional post-modifier: "Ed Moss, a lawyer for the Harbour
//     Trust, who said …" is Ed Moss, not the Trust; "staff at the
//     ministry who …", "donors from around the state who …", "those at
//     the bureau who …", "a surveyor based in Leeds, who …": "who"
//     means a person, so a person before the preposition wins over the
//     body, place or thing inside it; a title and its post-modifier are
//     one name ("the Secretary of State, who");
//   - a time phrase: "a memo from her lawyer Monday night that says …",
//     "his accounts from 2009 that show …": "that" passes over "Monday
//     night" and "from 2009", and over a post-modifier after a document
//     ("a memo from her lawyer"), to the document;
//   - a place adverb: "marchers here, who say …" are the marchers;
//   - a possessive: "Lee's neighbours, who said …" are the neighbours,
//     not Lee;
//   - a pronoun of quantity right before "who": "some who argued …",
//     "those who say …" are the speakers, not a name further back.
//
// n8Relatives reads the words before each such mention again, after the
// readers have named it, and corrects the name in those shapes only. It
// must not move a name that is itself the head ("the University of
// Ashton, which"), nor pass over a person inside the post-modifier ("a
// lawyer for Ann Lee, who" may be either, and stays Ann Lee), nor take
// a thing or a quantity for "who" ("a number of voters who" stays the
// voters), nor move "that" or "which" after a comma ("the town's page
// on an almanac, which") or off a name ("a report by the Harbour Board
// that": the Board says more than its report), nor to anything but a
// document. It reads at most n8Reach bytes before the pronoun, once a
// quotation: linear in the text.

// n8Reach bounds how far before the pronoun n8Antecedent reads.
const n8Reach = 120

// n8Preps open a post-modifier after a noun: "a lawyer for …", "staff
// at …", "those in …".
var n8Preps = map[string]bool{"of": true, "at": true, "for": true, "from": true, "on": true, "in": true, "with": true, "to": true, "inside": true, "within": true, "near": true, "across": true, "around": true}

// n8Quantity are pronouns of quantity that stand for people before
// "who": "some who …", "those who …", "anyone who …".
var n8Quantity = map[string]bool{"some": true, "those": true, "many": true, "others": true, "anyone": true, "anybody": true, "everyone": true, "everybody": true, "someone": true, "somebody": true, "few": true, "several": true, "all": true}

// n8Dets open a noun phrase whose head n8PhraseStart looks for.
var n8Dets = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true, "this": true, "these": true}

// n8Relatives corrects the names of quotations whose mention is a
// relative pronoun (see above). Its hook is in Attribute (speaker.go).
func (a *attributor) n8Relatives() {
	text := a.text
	for i := range a.d.Quotes {
		q := &a.d.Quotes[i]
		m := q.Speaker.Mention
		if q.Speaker.Name == "" || m.End-m.Start < 3 || m.End-m.Start > 5 {
			continue
		}
		rel := n8RelativeWord(text[m.Start:m.End])
		if rel == "" {
			continue
		}
		old := q.Speaker.Name
		nm := a.n8Antecedent(rel, m.Start, old)
		if nm == "" || nm == old {
			continue
		}
		q.Speaker.Name = nm
		if n := len(q.Chain); n > 0 && q.Chain[n-1] == old {
			q.Chain[n-1] = nm
		}
	}
}

// n8RelativeWord returns "who", "that" or "which" when w is that word
// in any case, or "". (It asks without lower-casing: most mentions it
// is asked about are short names, "Trump", which a copy would cost.)
func n8RelativeWord(w string) string {
	for _, r := range [...]string{"who", "that", "which"} {
		// Of the same length first: no letter of the three has a fold
		// beyond ASCII (as the Kelvin sign is one of "k"), so a word
		// of another length is none of them.
		if len(w) == len(r) && strings.EqualFold(w, r) {
			return r
		}
	}
	return ""
}

// n8Antecedent returns the name the relative pronoun rel at offset at
// means where the name cur the readers gave it lies inside one of the
// shapes n8Relatives reads, or "".
func (a *attributor) n8Antecedent(rel string, at int, cur string) string {
	text := a.text
	toks := a.ix.scratch(slotAntecedent, max(0, at-n8Reach), at)
	e := len(toks) - 1
	comma := false
	if e >= 0 && !toks[e].word && toks[e].str(text) == "," {
		comma, e = true, e-1
	}
	if e < 1 || !toks[e].word {
		return ""
	}
	who := rel == "who"
	// "some who …": the pronoun of quantity is the speaker.
	if who && !comma && n8Quantity[toks[e].low] && !strings.HasSuffix(text[:toks[e].e], cur) {
		if e > 0 && toks[e-1].word && toks[e-1].is(isDet) {
			return "" // "the few who": antecedent's
		}
		return toks[e].str(text)
	}
	// "Lee's neighbours, who": the name before the possessive.
	if who && !strings.HasSuffix(text[:toks[e].e], cur) {
		return a.n8Possessive(toks, e, cur)
	}
	if !strings.HasSuffix(text[:toks[e].e], cur) {
		return ""
	}
	cs := toks[e].e - len(cur)
	k := e
	for k > 0 && toks[k].s > cs {
		k--
	}
	if toks[k].s != cs {
		return ""
	}
	// k is the first token of cur. What stands before it?
	if n := n8TimeTail(toks, k, e); n > 0 {
		// cur is (the end of) a time phrase: "Monday night", "2009".
		j := k - 1
		for j >= 0 && e-j+1 <= 4 && n8TimeTail(toks, j, e) > 0 {
			j-- // "Monday" of "Monday night", "from" of "from 2009"
		}
		if j < 0 || !toks[j].word {
			return ""
		}
		// "a memo from her lawyer Monday night that": the document
		// before the post-modifier.
		if s := n8PhraseStart(a.text, toks, j); s >= 2 && toks[s-1].word && n8Preps[toks[s-1].low] && toks[s-2].word && carriers[toks[s-2].low] {
			return a.n8Head(toks, s-2, who, false, 0)
		}
		return a.n8Head(toks, j, who, true, 0)
	}
	if e == k && (toks[k].low == "here" || toks[k].low == "there") && who {
		if k < 1 || !toks[k-1].word {
			return ""
		}
		return a.n8Head(toks, k-1, who, true, 0)
	}
	// A post-modifier: "… for the Trust", "… at the ministry".
	if who && (n8PersonWord(cur) || a.n8PersonName(toks[e].e, cur)) {
		return "" // cur is a person already: "one of the lawyers who", "a lawyer for Ann Lee, who"
	}
	if !who && carriers[strings.ToLower(cur[strings.LastIndexByte(cur, ' ')+1:])] {
		return "" // cur is a document already
	}
	if !who && (comma || capital(cur)) {
		// "a page on the site, which": the nearer may be meant; and a
		// name says more than its document ("a report from the Harbour
		// Board that").
		return ""
	}
	j := k - 1
	if j >= 0 && toks[j].word && n8Dets[toks[j].low] {
		j--
	}
	if j < 1 || !toks[j].word || !n8Preps[toks[j].low] {
		return ""
	}
	j--
	if toks[j].word && n8Preps[toks[j].low] && j > 0 {
		j-- // "from" of "from around the state", "from across"
	}
	if j < 0 || !toks[j].word {
		return ""
	}
	if strings.HasSuffix(toks[j].low, "ed") && j > 0 && toks[j-1].word {
		j-- // a participle's post-modifier: "a lawyer based in Leeds, who"
	}
	return a.n8Head(toks, j, who, who, toks[e].e)
}

// n8PersonName reports whether cur, a mention ending at end, is known
// to name a person: a man or a woman, or a first name and a surname.
func (a *attributor) n8PersonName(end int, cur string) bool {
	i := a.mentionEndAfter(end)
	if i > 0 && a.mentions[i-1].End == end {
		if m := &a.mentions[i-1]; m.gender != 0 || m.person {
			return true
		}
	}
	return n3PersonName(cur)
}

// n8NotHead are nouns of quantity and of kind that head a phrase whose
// post-modifier holds the people meant: "a number of voters who".
var n8NotHead = map[string]bool{"number": true, "lot": true, "majority": true, "minority": true, "handful": true, "couple": true, "dozens": true, "hundreds": true, "thousands": true, "millions": true, "percent": true, "share": true, "rest": true, "half": true, "one": true, "two": true, "three": true, "kind": true, "type": true, "sort": true, "part": true, "none": true, "each": true, "any": true, "most": true, "all": true}

// n8TimeTail reports how many tokens of toks[k..e] make a time phrase
// (timePhraseWords, or "from"/"of"/"in" and a year), 0 when they do not
// or are more than three.
func n8TimeTail(toks []tok, k, e int) int {
	n := e - k + 1
	if n < 1 || n > 3 {
		return 0
	}
	var buf [3]string
	w := buf[:0]
	for j := k; j <= e; j++ {
		if !toks[j].word {
			return 0
		}
		w = append(w, toks[j].low)
	}
	if timePhraseWords(w) || n == 1 && n8Year(w[0]) || n == 2 && (w[0] == "from" || w[0] == "of" || w[0] == "in") && n8Year(w[1]) || n == 1 && dayParts[w[0]] {
		return n
	}
	return 0
}

// n8Year reports whether s is a year: four digits from 1000 to 2999.
func n8Year(s string) bool {
	return len(s) == 4 && strings.Trim(s, "0123456789") == "" && (s[0] == '1' || s[0] == '2')
}

// n8PersonWord reports whether the last word of a phrase names a
// person or a group of people in lower case ("a lawyer", "donors").
func n8PersonWord(p string) bool {
	h := strings.ToLower(p[strings.LastIndexByte(p, ' ')+1:])
	if capital(p[strings.LastIndexByte(p, ' ')+1:]) {
		return false
	}
	_, ok := persons[h]
	return ok || rolePlural(h) || n8Quantity[h]
}

// n8Head returns the noun phrase whose head is toks[h] when it fits
// the pronoun: for "who" a person ("a lawyer", "donors", "those") or a
// capitalised plural ("Democrats"), and with loose, before a body, a
// place or a place adverb, any lower-case noun ("a tech aide at the
// Trust who"); for "that" and "which" a document (carriers.txt: "a
// memo") or, with loose (after a time phrase), any lower-case noun. A
// title's phrase runs to tail, the end of its post-modifier ("the
// Secretary of State"). A description in apposition to a name ("Ed
// Moss, a lawyer") stands for the name.
func (a *attributor) n8Head(toks []tok, h int, who, loose bool, tail int) string {
	text := a.text
	t := &toks[h]
	if t.is(isFunction|isDet|isPronoun|isPrep) && !n8Quantity[t.low] || t.is(isReporting) && !carriers[t.low] {
		return ""
	}
	w := t.str(text)
	if n8NotHead[t.low] {
		return ""
	}
	switch {
	case who && tail > 0 && capital(w) && n8InPersons(t.low):
		// A title with its post-modifier is one name: "the Secretary
		// of State, who".
		if s := n8PhraseStart(text, toks, h); tail > toks[s].s {
			return text[toks[s].s:tail]
		}
		return ""
	case who && loose:
		// Before a body, a place or a place adverb, "who" means any
		// noun of people: "a tech aide at the Trust who", "marchers
		// here, who".
		if !(n8PersonWord(w) || n8CapitalPlural(text, toks, h) || !capital(w) && n8Noun(t)) {
			return ""
		}
	case who:
		if !(n8PersonWord(w) || n8CapitalPlural(text, toks, h)) {
			return ""
		}
	case loose:
		if capital(w) || !isASCIILetter(w[0]) {
			return ""
		}
	default:
		if !carriers[t.low] {
			return ""
		}
	}
	if n8Quantity[t.low] {
		if tail > t.e {
			// "those at the bureau who": "those" alone names no
			// one; its post-modifier says whom.
			return text[t.s:tail]
		}
		return w
	}
	s := n8PhraseStart(text, toks, h)
	nm := text[toks[s].s:t.e]
	// "Ed Moss, a lawyer for …, who": the name the description is
	// in apposition to.
	if who && s >= 2 && (toks[s].low == "a" || toks[s].low == "an" || toks[s].low == "the") && !toks[s-1].word && toks[s-1].str(text) == "," {
		i := a.mentionEndAfter(toks[s-1].s)
		if i > 0 && a.mentions[i-1].End == toks[s-2].e && !a.mentions[i-1].person && !a.mentions[i-1].thing && capital(a.mentions[i-1].text) {
			return a.mentions[i-1].text
		}
	}
	return nm
}

// n8Possessive returns "Lee's neighbours" for "who" after a possessive
// name and a lower-case person noun ending at toks[e], where the name
// cur is the one before the possessive; or "".
func (a *attributor) n8Possessive(toks []tok, e int, cur string) string {
	text := a.text
	if w := toks[e].str(text); capital(w) || !n8Noun(&toks[e]) || n8NotHead[toks[e].low] {
		return ""
	}
	for j := e - 1; j >= 0 && j >= e-3; j-- {
		u := &toks[j]
		p := text[:u.e]
		if strings.HasSuffix(p, "’s") || strings.HasSuffix(p, "'s") {
			// The possessor: cur itself, or cur and one lower-case
			// noun ("the Ashton campaign's spokesman").
			b := strings.TrimRight(p[:len(p)-n8PossLen(p)], " ")
			if sp := strings.LastIndexByte(b, ' '); !strings.HasSuffix(b, cur) && sp > 0 && strings.HasSuffix(b[:sp], cur) && !capital(b[sp+1:]) && isASCIILetter(b[sp+1]) {
				b = b[:sp]
			}
			if !strings.HasSuffix(b, cur) {
				return ""
			}
			st := len(b) - len(cur)
			if d := strings.TrimRight(text[max(0, st-4):st], " "); strings.EqualFold(d[max(0, len(d)-3):], "the") && len(text[max(0, st-4):st])-len(d) == 1 {
				st -= 4 // "the" before the possessor
			}
			return text[st:toks[e].e]
		}
		if !u.word || capital(u.str(text)) || u.is(isFunction|isPrep|isDet) {
			return ""
		}
	}
	return ""
}

// n8PossLen is the length in bytes of the possessive ending of p: 4
// for "’s", 2 for "'s".
func n8PossLen(p string) int {
	if strings.HasSuffix(p, "’s") {
		return len("’s")
	}
	return 2
}

// n8PhraseStart returns the first token of the noun phrase whose head
// is toks[h]: back to its determiner or a possessive name ("the
// town's"), at most three words before the head; without one, the head
// with the lower-case words just before it ("jobless people"), or
// alone when there are three of them.
func n8PhraseStart(text string, toks []tok, h int) int {
	w := toks[h].str(text)
	s := h
	for j := h - 1; j >= 0 && j >= h-3; j-- {
		u := &toks[j]
		if !u.word && (u.low == "’s" || u.low == "'s") && j > 0 && toks[j-1].word && capital(toks[j-1].str(text)) {
			return n8DetBefore(toks, j-1) // "Lee ’s neighbours"
		}
		if !u.word {
			break
		}
		if n8Dets[u.low] {
			return j
		}
		if strings.HasSuffix(u.low, "’s") || strings.HasSuffix(u.low, "'s") {
			return n8DetBefore(toks, j)
		}
		if u.is(isFunction|isPrep|isPronoun|isReporting|isAuxiliary|isFinite) || capital(u.str(text)) != capital(w) {
			break
		}
		if j == h-3 {
			return h // no determiner: the head alone
		}
		s = j
	}
	return s
}

// n8DetBefore returns j, or j-1 where a determiner stands before it:
// "the" of "the town's page".
func n8DetBefore(toks []tok, j int) int {
	if j > 0 && toks[j-1].word && n8Dets[toks[j-1].low] {
		return j - 1
	}
	return j
}

// n8Noun reports whether t may be a noun: a word of letters that is no
// function word, determiner, pronoun, preposition, verb of reporting,
// auxiliary, adverb or word of time.
func n8Noun(t *tok) bool {
	return len(t.low) > 2 && isASCIILetter(t.low[0]) && !t.is(isFunction|isDet|isPronoun|isPrep|isObjectPrep|isReporting|isAuxiliary|isAdverb|isTimeWord|isBeForm|isFinite|isParticiple)
}

// n8InPersons reports whether w is a noun of persons.txt.
func n8InPersons(w string) bool {
	_, ok := persons[w]
	return ok
}

// n8CapitalPlural reports whether toks[h] is a capitalised plural after
// a determiner or a lower-case word, a party or a people ("the
// Democrats in the House who", "nervous Liberals"), not the last word
// of a name ("Acme Holdings").
func n8CapitalPlural(text string, toks []tok, h int) bool {
	w := toks[h].str(text)
	if !capital(w) || !strings.HasSuffix(w, "s") || h == 0 {
		return false
	}
	p := &toks[h-1]
	return p.word && (n8Dets[p.low] || !capital(p.str(text)))
}
