package speaker

import (
	"slices"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// groupAdjectives are adjectives that news prose puts, capitalised as a
// sentence's first word or as part of a region's name, before a plural
// noun for a group of people: "Small groups of protesters continued …",
// "Foreign policy analysts said …", "Western ministers gathered …",
// "Central European leaders …", "Senior officials said …". Read alone,
// the capitalised word looks like a name ("Small", "Foreign"); it is the
// noun phrase's first word. Adjectives of nation or party are told by
// their ending instead (nationEnding), as adjectivePlural does.
var groupAdjectives = map[string]bool{
	// size, number, age, rank
	"small": true, "large": true, "big": true, "tiny": true, "huge": true, "numerous": true, "countless": true,
	"young": true, "younger": true, "older": true, "elderly": true, "senior": true, "junior": true, "top": true, "leading": true,
	"former": true, "current": true, "veteran": true, "prominent": true, "influential": true, "powerful": true, "angry": true, "frustrated": true,
	// where they are from or work
	"foreign": true, "local": true, "national": true, "international": true, "global": true, "regional": true, "federal": true,
	"western": true, "eastern": true, "northern": true, "southern": true, "central": true, "rural": true, "urban": true, "overseas": true,
	// what they are
	"independent": true, "conservative": true, "liberal": true, "progressive": true, "moderate": true, "centrist": true, "evangelical": true,
	"military": true, "political": true, "economic": true, "legal": true, "medical": true, "industry": true, "intelligence": true,
}

// rolePlural reports whether w is the plural of a noun of a person's
// role (persons.txt: "ministers", "officials"), of a body ("unions") or
// of a news source ("experts"), or a collective ("police"): the nouns
// of personPlural less its agent endings, which take "letters" and
// "papers" too.
func rolePlural(w string) bool {
	if groupNouns[w] || groupPlurals[w] {
		return true
	}
	st := ""
	switch {
	case strings.HasSuffix(w, "men"):
		st = strings.TrimSuffix(w, "men") + "man"
	case strings.HasSuffix(w, "ies"):
		st = strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "s"):
		st = strings.TrimSuffix(w, "s")
	default:
		return false
	}
	_, ok := persons[st]
	return ok || bodies[st] || sourcePlurals[st]
}

// groupPlurals are plural nouns for people without the plural "-s".
var groupPlurals = map[string]bool{"people": true, "police": true, "media": true, "women": true, "men": true, "children": true, "staff": true, "clergy": true, "personnel": true}

// nationEnding reports whether a capitalised word w (lower case) has the
// ending of an adjective of nation, region or party ("European",
// "Chinese", "British", "Democratic", "Saudi", "French"), the test of
// adjectivePlural.
func nationEnding(w string) bool {
	return strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "i") || strings.HasSuffix(w, "ch")
}

// groupPlural returns the end of the noun phrase that a mention of one
// or two capitalised words, all[i0:n], opens, when adjectivePlural did
// not read it: "Small groups of protesters" (read "Small"), "Foreign
// policy analysts" ("Foreign"), "Central European leaders" ("Central
// European"), "Western ministers" ("Western"), "Finance ministers"
// ("Finance"). The words are adjectives of groupAdjectives or with a
// nation's ending, or any capitalised words but a time word before a
// plural of persons or bodies (rolePlural: a noun modifying such a
// noun). The first of them
// opens the sentence (or follows a dateline's dash, or a quantifier or
// determiner that does: "Many Republican lawmakers"), or, for a region
// ("Central European"), the second has a nation's ending. Then one to
// three lower-case words, the last a plural (in -s, or groupPlurals)
// and none a function word, cue, verb of the lexicon or past form;
// then, after a plural in -s, an "of" phrase of up to three such words,
// none in "-ing" ("groups of protesters", not "groups of protesters
// marching"), all before the cue. It returns n when there is none. The
// sentence's first word capitalised and a plural noun after it is the
// pattern; a name before a verb in "-s" ("Young tweets") is rare, as
// the verb must be no cue or verb of reporting.
func groupPlural(text string, all []tok, i0, n int, cue doc.Span) int {
	if n-i0 < 1 || n-i0 > 2 || n >= len(all) {
		return n
	}
	adjectives := true
	for k := i0; k < n; k++ {
		t := &all[k]
		if !t.word || !capital(t.str(text)) || t.is(isFunction|isPronoun|isTitle|isTimeWord) {
			return n
		}
		if !t.is2(isGroupAdjective) && !nationEnding(t.low) {
			adjectives = false
		}
		if k > i0 && hasNewline(text[all[k-1].e:t.s]) {
			return n
		}
	}
	opens := func(k int) bool { return sentenceFirst(text, all, k) || afterDateline(text, all, k) }
	if !opens(i0) && !(i0 > 0 && all[i0-1].word && all[i0-1].is(isQuantifier|isDet) && opens(i0-1)) && !(n-i0 == 2 && nationEnding(all[n-1].low)) {
		return n
	}
	// plain is a lower-case word that may be in a noun phrase.
	plain := func(j int) bool {
		t := &all[j]
		return t.word && !capital(t.str(text)) && t.e <= cue.Start && !t.is(isFunction|isCue|isAuxiliary|isAdverb|isFinite|isReporting|isTimeWord) && !pastForm(*t) && !strings.HasSuffix(t.low, "ly") && !hasNewline(text[all[j-1].e:t.s])
	}
	plural := func(t *tok) bool {
		w := t.low
		return t.is2(isGroupPluralWord) || len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'s")
	}
	e := n
	for j := n; j < len(all) && j < n+3 && plain(j); j++ {
		if plural(&all[j]) {
			e = j + 1
			break
		}
	}
	if e == n || !adjectives && !rolePlural(all[e-1].low) {
		return n
	}
	if e < len(all) && all[e].word && capital(all[e].str(text)) {
		return n // a role before names: "Presidential candidates Ann Reed and Ed Moss"
	}
	// "groups of protesters", "members of parliament": the plural's
	// "of" phrase, its words as plain as the noun's.
	if e+1 < len(all) && all[e].low == "of" && !all[e-1].is2(isGroupPluralWord) {
		j := e + 1
		for j < len(all) && j < e+4 && plain(j) && !strings.HasSuffix(all[j].low, "ing") {
			j++
		}
		if j > e+1 {
			e = j
		}
	}
	return e
}

// afterDateline reports whether all[i] follows a dateline's dash ("BERLIN
// - Western ministers …"): the sentence's first word after it, as
// capitalised as one after a full stop.
func afterDateline(text string, all []tok, i int) bool {
	if i < 2 || !isDash(all[i-1].str(text)) {
		return false
	}
	j := i - 2 // the dateline's last word, or its ")" or state
	for j > 0 && i-j < 6 && !upperName(all[j].str(text)) {
		j--
	}
	return upperName(all[j].str(text)) && (j == 0 || sentenceFirst(text, all, j))
}

// groupPhrase returns the plural noun phrase that the name m opens when
// m is one or two capitalised adjectives of groupPlural ("Many
// Republican" in "Many Republican lawmakers have said …", "Small" in
// "Small groups of protesters …"), or "" when m is a name. The pronoun
// "they" means the group, and "he" or "she" none of it. The names'
// index reads such adjectives as a name, and a pronoun resolved to the
// nearest name named "Many Republican".
func (a *attributor) groupPhrase(m mention) string {
	text := a.text
	// Cheap tests first: a lower-case letter after one space, and at
	// most three words (a quantifier and two adjectives).
	if m.End+1 >= len(text) || text[m.End] != ' ' || text[m.End+1] < 'a' || text[m.End+1] > 'z' || strings.Count(text[m.Start:m.End], " ") > 2 {
		return ""
	}
	toks := a.ix.scratch(slotGroupPhrase, m.Start, min(len(text), m.End+120))
	n := 0
	for n < len(toks) && toks[n].e <= m.End {
		n++
	}
	i0 := 0
	if n >= 2 && toks[0].is(isQuantifier|isDet) {
		i0 = 1 // "Many Republican", "Some Democratic"
	}
	e := groupPlural(text, toks, i0, n, doc.Span{Start: len(text), End: len(text)})
	if e <= n {
		return ""
	}
	return text[m.Start:toks[e-1].e]
}

// reducedRelativeStart returns where the subject starts when the mention
// all[i0:n], right before its cue, is the object of a preposition in a
// participle's phrase that modifies the sentence's subject: "Protesters
// marching through the streets chanted “…”" named "the streets",
// "Residents living near the plant said" "the plant", "Officials
// briefed on the talks said" "the talks". A reduced relative clause is
// the subject's modifier, and the subject with it is the mention (as
// "Americans worried about illegal immigration"). The subject is one to
// four words opening the sentence, with no function word but a
// determiner or a quantifier first, nor a verb, the last a plural or a
// noun of a person ("A woman living nearby", "Many people involved in
// the talks"); the participle ends in -ing or is a past form, and the
// preposition's object is at most five tokens with nothing between it
// and the cue. It returns i0 otherwise.
func reducedRelativeStart(text string, all []tok, i0, n int, cue doc.Span) int {
	if i0 < 3 || n-i0 > 5 || n >= len(all) || all[n].s != cue.Start || !all[i0-1].word || !prepTok(&all[i0-1]) {
		return i0
	}
	// The cue a verb of the subject, past or present ("chanted",
	// "says"), not a noun after a possessive mention: "The checkers
	// looked at Ed Moss’s claim that …" has its verb before the
	// preposition.
	if c := all[n].low; !all[n].word || !pastForm(all[n]) && !all[n].is2(isFinitePast) && !strings.HasSuffix(c, "s") {
		return i0
	}
	if m := text[all[i0].s:all[n-1].e]; strings.HasSuffix(m, "’s") || strings.HasSuffix(m, "'s") || strings.HasSuffix(m, "’") {
		return i0
	}
	p := i0 - 2
	if !all[p].word || capital(all[p].str(text)) || !strings.HasSuffix(all[p].low, "ing") && !pastForm(all[p]) || all[p].is(isCue) {
		return i0
	}
	for k := i0; k < n; k++ {
		if !all[k].word || all[k].is(isCue|isAuxiliary|isFinite) {
			return i0 // a clause, not a noun phrase: "the pier, and said"
		}
	}
	last := &all[p-1]
	if !last.word || last.is(isFunction) || !personPlural(last.low) && !nationPlural(last.low) {
		if _, ok := persons[last.low]; !ok || !last.word {
			return i0
		}
	}
	for h := p - 1; h >= 0 && h >= p-4; h-- {
		t := &all[h]
		if !t.word || t.is(isAuxiliary|isCue|isFinite|isPronoun) || pastForm(*t) || t.is(isFunction) && !(t.is(isDet|isQuantifier) && h < p-1) {
			return i0
		}
		if sentenceFirst(text, all, h) {
			return h
		}
	}
	return i0
}

// nationPlural reports whether w is a people's plural by its ending:
// "americans", "europeans", "israelis".
func nationPlural(w string) bool {
	return strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "is") && len(w) > 4
}

// runOnEnd returns where a mention all[i0:n] that runs on into its
// clause's predicate should end: one that ends with a conjunction, a
// determiner or "of" ("Baker largely agreed with Moss and", read back from
// "seemed to think"; "European leaders gathered Friday to discuss the
// torrent of") is no noun phrase, and a past form or a finite verb
// after its first word (with an adverb in "-ly" before it) is where the
// subject's verb starts. It returns n when the mention ends otherwise
// (another preposition may be a particle: "Residents who stayed
// behind") or holds no such verb, or a relative word before it.
func runOnEnd(text string, all []tok, i0, n int) int {
	if n-i0 < 3 || !all[n-1].word {
		return n
	}
	switch w := all[n-1].low; {
	case w == "and" || w == "or" || w == "but" || w == "of":
	case all[n-1].is(isDet):
	default:
		return n // not another preposition, which may be a particle: "Residents who stayed behind"
	}
	for k := i0 + 1; k < n-1; k++ {
		t := &all[k]
		if !t.word || t.is2(isRelativeWord) {
			return n // a comma: an appositive, a list ("Ed Moss, a lawyer who met …"); a relative clause's verb
		}
		if capital(t.str(text)) || t.is(isFunction) {
			continue
		}
		if pastForm(*t) || t.is(isFinite|isCue|isAuxiliary) {
			e := k
			if e-1 > i0 && strings.HasSuffix(all[e-1].low, "ly") && !capital(all[e-1].str(text)) {
				e-- // "largely agreed"
			}
			return e
		}
	}
	return n
}

// morePreps are prepositions that preps (the lexicon's, for phrases of
// time and place after a verb) leaves out, which open a noun's phrase:
// "the torrent of", "living near the plant".
var morePreps = map[string]bool{"of": true, "near": true, "across": true, "around": true, "along": true, "under": true, "among": true, "behind": true, "into": true, "against": true, "beside": true, "within": true}

// prepTok reports whether t is a preposition of preps or morePreps.
func prepTok(t *tok) bool {
	return t.word && (t.is(isPrep) || t.is2(isMorePrep))
}

// coordinationStart returns where the subject starts when the mention
// all[i0:n], before its cue, is the last of coordinated noun phrases
// that open the sentence: "The family, neighbors and church leaders
// have been demanding …" named "neighbors and church leaders", "Ann
// Reed, head of the port authority, and other officials argued"
// "other officials". The sources are all the coordinated phrases. The
// word before the mention is "and" or "or" (a comma may precede it),
// and from the sentence's start to it stand only the words of noun
// phrases and their appositives: no verb of the lexicon, past form,
// auxiliary, pronoun, relative or subordinator, and no preposition
// first ("On Monday, officials and …" opens with a phrase of time);
// where a comma stands among them, the first word is a determiner, a
// given name or a title ("The family, neighbors and …", "Ann Reed, head
// of …, and"), not an opening phrase's ("Ahead of the meeting, France
// and Germany"). The word before the mention may be a list's comma when
// the mention holds the list's "and". At most 24 tokens are read back.
// It returns i0 otherwise.
func coordinationStart(text string, all []tok, i0, n int, cue doc.Span) int {
	if i0 < 2 || i0 >= n || all[n-1].e > cue.Start || all[i0].word && all[i0].is(isPronoun) {
		return i0
	}
	switch p := all[i0-1].str(text); {
	case all[i0-1].low == "and" || all[i0-1].low == "or":
	case p == "," && slices.ContainsFunc(all[i0:n], func(t tok) bool { return t.low == "and" || t.low == "or" }):
		// The list's last two in the mention: "The family, neighbors
		// and church leaders".
	default:
		return i0
	}
	comma := !all[i0-1].word
	for h := i0 - 2; h >= 0 && h >= i0-25; h-- {
		t := &all[h]
		if t.word {
			if t.is(isAuxiliary|isCue|isFinite|isReporting|isPronoun|isSubordinator) && !t.is(isDet) || t.is2(isRelativeWord) || pastForm(*t) {
				return i0
			}
		} else if w := t.str(text); w == "," {
			comma = true
		} else if w != "." && w != "’" && w != "'" && w != "(" && w != ")" || w == "." && (h == 0 || !all[h-1].word || len(all[h-1].low) > 3) {
			return i0 // a mark other than a list's comma, an abbreviation's full stop or a possessive
		}
		if t.word && sentenceFirst(text, all, h) {
			if t.is(isPrep) || t.is2(isMorePrep) || t.is(isTimeWord) || h == i0-2 && all[h+1].word {
				return i0 // "On Monday, …", or one word right before "and": the mention reads that itself
			}
			if comma && !t.is(isDet|isGiven|isTitle) {
				return i0 // a comma after an opening phrase: "Ahead of the meeting, France and Germany"
			}
			return h
		}
	}
	return i0
}

// affiliationPreps link a person's role to the body or place they
// speak for: "officials at the Pentagon", "a spokeswoman for the
// Treasury", "analysts with the bank", "officials in Oslo", "a
// source on the committee".
var affiliationPreps = map[string]bool{"at": true, "for": true, "of": true, "to": true, "with": true, "from": true, "in": true, "on": true}

// roleHeadStart returns where the subject starts when the mention
// all[i0:n], a name or "the" and a name, is the object of a preposition
// of affiliation after a noun of a role that opens the sentence:
// "Officials at the Pentagon, speaking on condition of anonymity, said"
// named "the Pentagon", "A spokeswoman for the Treasury Department,
// Lisa Park, said" "the Treasury Department, Lisa Park". The speaker is
// the role's holder, the body their affiliation. The role noun is of
// persons.txt or sourcePlurals, or their plural (rolePlural); before it
// stand at most three words (a determiner, a number, adjectives) back
// to the sentence's start. It returns i0 otherwise.
func roleHeadStart(text string, all []tok, i0, n int) int {
	if i0 < 2 || i0 >= n || !all[i0-1].word || !affiliationPreps[all[i0-1].low] {
		return i0
	}
	if !capital(all[i0].str(text)) && !(all[i0].low == "the" && i0+1 < n && capital(all[i0+1].str(text))) {
		return i0
	}
	p := &all[i0-2]
	if !p.word || p.is(isFunction|isCue|isReporting) {
		return i0
	}
	if !p.is(isPerson) && !p.is2(isSourcePlural) && !rolePlural(p.low) {
		return i0
	}
	for h := i0 - 2; h >= 0 && h >= i0-5; h-- {
		t := &all[h]
		if !t.word || h < i0-2 && (capital(t.str(text)) && !sentenceFirst(text, all, h) || t.is(isAuxiliary|isCue|isReporting|isPronoun) || t.is(isFunction) && !t.is(isDet|isQuantifier) || pastForm(*t)) {
			return i0
		}
		if sentenceFirst(text, all, h) {
			if t.is(isPrep) || t.is2(isMorePrep) || t.is(isTimeWord) {
				return i0
			}
			return h
		}
		if h < i0-2 && capital(t.str(text)) {
			return i0
		}
	}
	return i0
}

// afterOpener reports whether all[j] follows a short opening phrase of
// time or place and its comma at the sentence's start ("In 2013,
// research conducted by …", "Last year, a study by …"), and so opens
// the clause's subject as a sentence's first word would: the phrase is
// at most five words, its first a preposition or a time word.
func afterOpener(text string, all []tok, j int) bool {
	if j < 2 || all[j-1].str(text) != "," || !all[j].word {
		return false
	}
	for h := j - 2; h >= 0 && h >= j-6; h-- {
		t := &all[h]
		if !t.word {
			return false
		}
		if sentenceFirst(text, all, h) {
			return t.is(isPrep|isTimeWord) || t.is2(isMorePrep) || t.low == "last" || t.low == "earlier"
		}
	}
	return false
}

// afterCuePreps are the prepositions of affiliation that affiliationAfter
// reads after an inverted cue's subject; not "from" or "to", which
// after a cue tell where from or whom to as often ("said the mayor from
// the stage", "said a letter from the pilots to the board").
var afterCuePreps = map[string]bool{"at": true, "for": true, "with": true, "in": true, "on": true, "of": true}

// occasionNouns name where or how words were said, which a phrase after
// an inverted cue's subject may tell: "said a spokesman in a
// statement", "said an aide at a news conference". Such a phrase is
// the cue's, not the subject's.
var occasionNouns = map[string]bool{"statement": true, "interview": true, "email": true, "letter": true, "call": true, "conference": true, "briefing": true, "speech": true, "hearing": true, "meeting": true, "rally": true, "event": true, "post": true, "tweet": true, "video": true, "news": true, "radio": true, "television": true, "phone": true, "press": true, "message": true, "report": true, "filing": true, "trial": true, "debate": true}

// affiliationAfter returns the end of the phrase of affiliation after a
// description of a role that follows its cue: "“…,” said one Republican
// source on the committee" named "one Republican source", "said a
// senior official at the port" "a senior official". The phrase says
// whom the source speaks for, as it does before the cue ("one
// Republican source on the committee said", "Officials at the
// Pentagon said"). The description is a determiner or a number and a
// noun of a role (persons.txt, sourcePlurals, their plurals), the
// preposition one of affiliationPreps, its object "the" and up to four
// words or a capitalised name, no time word nor a noun of an occasion
// (occasionNouns: "in a statement", "at a news conference"), and a
// mark, a time word or another preposition after it. It returns n
// otherwise.
func affiliationAfter(text string, all []tok, i0, n int, cue doc.Span) int {
	if n-i0 < 2 || n+1 >= len(all) || cue.End > all[i0].s || !all[i0].word || !all[i0].is(isDet|isQuantifier|isNumberWord) && !numberTok(&all[i0]) {
		return n
	}
	h := &all[n-1]
	if !h.word || capital(h.str(text)) {
		return n
	}
	if !h.is(isPerson) && !h.is2(isSourcePlural) && !rolePlural(h.low) {
		return n
	}
	if p := &all[n]; !p.word || !afterCuePreps[p.low] {
		return n
	}
	j := n + 1
	if all[j].low == "the" {
		j++
	} else if !capital(all[j].str(text)) || all[n].low == "on" {
		return n // "on" and a name is a day's: "said an aide on Election Day"
	}
	e := j
	for ; e < len(all) && e < j+4 && all[e].word && !all[e].is(isFunction|isTimeWord|isCue|isAuxiliary) && !occasionNouns[all[e].low] && !pastForm(all[e]); e++ {
	}
	if e == j || e < len(all) && all[e].word && !all[e].is(isTimeWord|isPrep) && !all[e].is2(isMorePrep) {
		return n
	}
	if !capital(all[e-1].str(text)) && !all[e-1].is2(isBody) {
		return n // a place or a time, not a body: "said the mayor from the stage", "said a lawyer for the first time"
	}
	if e < len(all) && all[e].word && occasionNouns[all[e].low] {
		return n
	}
	return e
}

// floatingQuantifier returns where the subject starts when the mention
// all[i0:n] is a quantifier floated after it ("all", "both", "each")
// before the cue: "The mayor, the governor and the president all said"
// named "all". The subject is the coordinated phrases before it, read
// back to the sentence's start as coordinationStart reads them (no
// verb, pronoun, relative or subordinator; "and" or "or" among them),
// and the mention is they without the quantifier, as "Reed and Moss
// both said" is read. It returns i0 otherwise.
func floatingQuantifier(text string, all []tok, i0, n int, cue doc.Span) int {
	if n-i0 != 1 || i0 < 3 || all[n-1].e > cue.Start || !all[i0].word || all[i0].low != "all" && all[i0].low != "both" && all[i0].low != "each" || !all[i0-1].word || all[i0-1].is(isFunction|isPronoun) {
		return i0
	}
	and := false
	for h := i0 - 1; h >= 0 && h >= i0-25; h-- {
		t := &all[h]
		if t.word {
			if t.is(isAuxiliary|isCue|isFinite|isReporting|isPronoun|isSubordinator) && !t.is(isDet) || t.is2(isRelativeWord) || pastForm(*t) {
				return i0
			}
			and = and || t.low == "and" || t.low == "or"
		} else if w := t.str(text); w != "," && w != "." && w != "’" && w != "'" || w == "." && (h == 0 || !all[h-1].word || len(all[h-1].low) > 3) {
			return i0
		}
		if t.word && sentenceFirst(text, all, h) {
			if !and || t.is(isPrep|isTimeWord) || t.is2(isMorePrep) {
				return i0
			}
			return h
		}
	}
	return i0
}
