package speaker

import "strings"

// n52InvertedHead mends the subject read after an inverted trailing cue
// at rest[0] ("…, said White House officials."), which subjectAt and
// invertedPlural read short or not at all, and returns it with the
// token after it.
//
//   - A name used as a modifier before a plural noun of people: "said
//     White House officials", "said Harbour Board aides". subjectAt
//     reads the name ("White House") and stops before the noun, which
//     trailingOK then takes for words after the subject, so the whole
//     reading was lost. The noun is a plural of a role (rolePlural),
//     of sourcePlurals or of placeHeads, in lower case, and ends the
//     subject: the sentence's end, a comma or another mark, or a
//     preposition (which trailingOK still judges) comes after it.
//   - A cue word used as a noun before the plural ("said state
//     officials", "said state health officials"): invertedPlural stops
//     at the cue word, as subjectAt does; the subject is that word and
//     the plural phrase invertedPlural reads after it, as "…, state
//     officials said" is read before a cue (modifierCues).
func n52InvertedHead(text string, rest []tok, g found, e int) (found, int) {
	if g.ok {
		if g.pronoun != "" || e < 2 || e >= len(rest) || !rest[e].word || !rest[e-1].word || !capital(rest[e-1].str(text)) || !n52PeoplePlural(&rest[e]) {
			return g, e
		}
		if e+1 < len(rest) && rest[e+1].word && !afterCuePreps[rest[e+1].low] {
			return g, e
		}
		g.subj.End = rest[e].e
		g.name = text[g.subj.Start:g.subj.End]
		return g, e + 1
	}
	if len(rest) < 3 || !rest[1].word || capital(rest[1].str(text)) || !isModifierCue(rest[1].low) {
		return g, e
	}
	h, he := invertedPlural(text, rest, 2)
	if !h.ok {
		return g, e
	}
	h.subj.Start = rest[1].s
	h.name = text[h.subj.Start:h.subj.End]
	return h, he
}

// n52PeoplePlural reports whether t is a plural noun of people in lower
// case: "officials", "aides", "staffers", "lawmakers".
func n52PeoplePlural(t *tok) bool {
	return isLowerWord(t.low) && strings.HasSuffix(t.low, "s") && (rolePlural(t.low) || t.is2(isSourcePlural) || placeHeads[t.low])
}

// n52PlaceMention mends the mention of a subject after its inverted cue
// (at or after after) that a phrase of place or affiliation ends:
//
//   - A plural of people with no determiner and "in" or "at" and a
//     place's name that ends the sentence: "…, said state officials in
//     Ohio." names "state officials in Ohio", as "…, said an aide in
//     Ohio." is named (affiliationAfter reads only a phrase with a
//     determiner or a number first).
//   - A name after "in" or "at" that is no place: a language, a
//     holiday, a month or a weekday ("…, said an aide in Spanish.",
//     "…, said aides at Christmas."). The phrase tells how or when
//     the words were said, and the mention ends before it.
//
// Only a subject after a trailing cue, its words before the cue (not
// "In a survey of riders, conducted in May, most riders wanted …").
// It returns the mention's new span's end, or -1.
func (a *attributor) n52PlaceMention(i int) int {
	text := a.text
	q := &a.d.Quotes[i]
	m := q.Speaker.Mention
	s := text[m.Start:m.End]
	// A phrase of no place at the mention's end: its last word.
	k := strings.LastIndexByte(s, ' ')
	if k >= 3 && (s[k-3:k] == " in" || s[k-3:k] == " at") {
		if n52NoPlace(s[k+1:]) {
			return m.Start + k - 3
		}
		return -1
	}
	// A plural of people with no determiner, and a place's name after it.
	rest := text[m.End:min(len(text), m.End+n26PlaceReach)]
	if len(rest) < 6 || rest[0] != ' ' || rest[3] != ' ' || rest[1:3] != "in" && rest[1:3] != "at" {
		return -1
	}
	var buf [16]byte
	if f := n52First(s, &buf); f == nil || dets[string(f)] || quantifiers[string(f)] || string(f) == "each" || string(f) == "every" || !n52PeopleWord(s[k+1:]) {
		return -1 // a determiner first: affiliationAfter reads those
	}
	e := 4
	words := 0
	for e < len(rest) && words < 4 { // a longer name is read no further, and the test of the end below turns it away
		w := e
		for e < len(rest) && (rest[e] >= 'a' && rest[e] <= 'z' || rest[e] >= 'A' && rest[e] <= 'Z' || rest[e] == '.' && e+1 < len(rest) && rest[e+1] != ' ' && rest[e+1] != '\n') {
			e++
		}
		if e == w || !capital(rest[w:e]) {
			return -1
		}
		words++
		if e < len(rest) && rest[e] == ' ' {
			e++
			continue
		}
		break
	}
	if words == 0 || e >= len(rest) || rest[e] != '.' && rest[e] != '?' && rest[e] != '!' || n52NoPlace(rest[4:e]) {
		return -1
	}
	return m.End + e
}

// n52PeopleWord reports whether w is a plural noun of people in lower
// case (n52PeoplePlural, by the word alone).
func n52PeopleWord(w string) bool {
	return isLowerWord(w) && strings.HasSuffix(w, "s") && (rolePlural(w) || sourcePlurals[w] || placeHeads[w])
}

// n52NoPlace reports whether p, the words after "in" or "at", name no
// place: a language, a holiday, a month or a weekday (n52NotPlaces,
// months, weekdays), or not a capital first.
func n52NoPlace(p string) bool {
	p = strings.TrimRight(p, ".")
	if p == "" || !capital(p) || strings.IndexByte(p, ' ') >= 0 {
		return false // several words: a place's name ("New Mexico") or more
	}
	lp := strings.ToLower(p)
	return n52NotPlaces[lp] || months[lp] || weekdays[lp]
}

// n52NotPlaces are capitalised words that follow "in" or "at" as a
// language or a time, not a place: "in Spanish", "at Christmas".
var n52NotPlaces = map[string]bool{
	"english": true, "spanish": true, "french": true, "german": true, "chinese": true, "mandarin": true, "cantonese": true,
	"arabic": true, "russian": true, "portuguese": true, "italian": true, "japanese": true, "korean": true, "hindi": true,
	"urdu": true, "hebrew": true, "greek": true, "turkish": true, "persian": true, "farsi": true, "dutch": true,
	"polish": true, "swahili": true, "latin": true, "creole": true, "vietnamese": true, "tagalog": true, "ukrainian": true,
	"christmas": true, "easter": true, "thanksgiving": true, "hanukkah": true, "passover": true, "ramadan": true,
	"eid": true, "diwali": true, "halloween": true, "advent": true, "lent": true, "midnight": true, "noon": true,
}

// n52PresentGap reports whether toks[cs:k+1], after "that" and a noun
// (toks[cs-2]), are an object relative's subject and its verb in the
// present, the object gone, with the cue right after them: "The plan
// that the mayor backs says …". objectGapAt reads a verb in -ed ("The
// report that the board released said"); a verb in -s reads as a
// plural noun as well, so it is taken only where nothing else can be
// meant: two words in -s in a row, the second the cue, whose singular
// a plural subject would not take ("that the city councils say" is a
// reported clause). The head is a thing that carries words
// (carriers.txt) or a person, not a verb ("argued that the evening news
// says"); the subject is a determiner and one or two words in lower
// case before the verb.
func n52PresentGap(text string, toks []tok, cs, k int) bool {
	if cs < 2 || k+1 >= len(toks) || k < cs+2 || k > cs+3 || !toks[cs].is(isDet) {
		return false
	}
	h := &toks[cs-2]
	if !h.word || !carriers[h.low] && !h.is(isPerson) {
		return false
	}
	v, c := &toks[k], &toks[k+1]
	if !v.word || !c.word || !n52PresentS(v.low) || !n52PresentS(c.low) || capital(v.str(text)) {
		return false
	}
	for j := cs + 1; j < k; j++ {
		if !toks[j].word || capital(toks[j].str(text)) || toks[j].is(isFunction|isAuxiliary) {
			return false
		}
	}
	return true
}

// n52PresentS reports whether w may be a verb's present in -s: a word in
// lower case of more than three letters in -s, not -ss, -us or -ws
// ("press", "census", "news").
func n52PresentS(w string) bool {
	return len(w) > 3 && isLowerWord(w) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "ws")
}

// n52AddresseeList returns the end of a list of addressees after a verb
// of telling whose first one ends at toks[e] ("told Ann Lee, Ed Moss
// and the board that …", "told Ann Lee and Ed Moss that …"): noun
// phrases joined by commas, the last after "and" or "or", and "that"
// after them. subjectAt reads one addressee; the comma or "and" after
// it ended the reading, and the sentence's "that" clause was lost. Each addressee is a noun phrase subjectAt reads
// (a name, a determiner and its noun), at most n52ListMax of them
// within n52ListReach tokens; a relative clause, a verb or a pronoun
// in the list ends it unread. It returns e otherwise.
func n52AddresseeList(text string, toks []tok, j, e int) int {
	if e <= j || e+3 >= len(toks) || (toks[e].word || toks[e].str(text) != ",") && toks[e].low != "and" && toks[e].low != "or" {
		return e
	}
	i, and := e, false
	for n := 0; n < n52ListMax && i < len(toks) && i < j+n52ListReach; n++ {
		// A comma, "and" or "or", or a comma and either, before the next addressee.
		if !toks[i].word {
			if toks[i].str(text) != "," {
				return e
			}
			i++
		}
		if i < len(toks) && (toks[i].low == "and" || toks[i].low == "or") {
			and = true
			i++
		}
		if i >= len(toks) || !toks[i].word || toks[i].is(isPronoun|isWhWord) && !toks[i].is(isDet) {
			return e
		}
		g, x := subjectAt(text, toks, i, len(toks))
		if !g.ok || x <= i || g.pronoun != "" {
			return e
		}
		i = x
		if and {
			if i+1 < len(toks) && toks[i].low == "that" && toks[i+1].word {
				return i
			}
			return e
		}
		if i >= len(toks) || toks[i].word && toks[i].low != "and" && toks[i].low != "or" {
			return e
		}
	}
	return e
}

// n52ListMax and n52ListReach bound the list n52AddresseeList reads: its
// addressees after the first, and its tokens after the verb.
const (
	n52ListMax   = 6
	n52ListReach = 30
)
