package speaker

// The forty-third session's readers: what "it" stands for when a body
// speaks in narration, and where a reported clause ends before "it"
// speaks again.

import "strings"

// n105ItSpeaks reports whether "it" at toks[k], after a comma and a
// conjunction, is a second source's own report: "The agency noted that
// the trial has not shown …, and it said the approval would …". The
// verb after "it", past at most two adverbs, must be one of speech
// (reporting.txt classes s, k and o) and not in -ing; a verb of belief
// or evidence ("…, and it showed …", "…, and it expects …") is as
// often the content's own thing as the speaker's.
func n105ItSpeaks(text string, toks []tok, k int) bool {
	if k < 2 || toks[k].low != "it" || toks[k-2].str(text) != "," {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+3 && toks[e].word; e++ {
		t := &toks[e]
		if ss := reporting[t.low]; len(ss) > 0 {
			return !strings.HasSuffix(t.low, "ing") && onlyClasses(ss, "sko")
		}
		if !t.adverbish() {
			return false
		}
	}
	return false
}

// n105Channel reports whether the carrier nm that thingBefore found
// before "it" at offset at is only the channel of a verb of speech in
// the sentence before, "said in a statement that …", "said in a filing
// on Monday": "The ministry said in a statement that the changes … It
// estimated that …". The statement is how the ministry spoke; "it"
// stands for the body (bodyBefore), as n1Channel reads for a channel
// phrase that opens the clause of "it". The look-back is the 300 bytes
// thingBefore read.
func (a *attributor) n105Channel(at int, nm string) bool {
	lo := max(0, at-300)
	p := strings.LastIndex(a.text[lo:at], nm)
	if p < 0 {
		return false
	}
	toks := a.ix.scratch(slotItSaid, max(0, lo+p-40), lo+p)
	n := len(toks)
	if n < 2 || toks[n-1].low != "in" {
		return false
	}
	for j := n - 2; j >= 0 && j >= n-4 && toks[j].word; j-- {
		if ss := reporting[toks[j].low]; len(ss) > 0 {
			return onlyClasses(ss, "sko")
		}
		if !toks[j].adverbish() && !toks[j].is(isTimeWord) {
			return false
		}
	}
	return false
}

// n105NamedBody returns the name of a body whose description before
// "it" goes on with the name in apposition, at toks[e+1] after the
// body's noun at toks[e]: "Fair Passage" for "The group Fair Passage",
// "Unite" for "the union Unite". bodyBefore took a capitalised word
// after the noun for the noun going on ("the board game") and read no
// body. The name must be of no known sex and not a possessive; "" when
// there is none.
func n105NamedBody(text string, toks []tok, e int) string {
	if e+1 >= len(toks) || !toks[e+1].word || !capital(toks[e+1].str(text)) || toks[e+1].is(isFunction) {
		return ""
	}
	n, ok := nameAt(text, toks, e+1)
	if !ok || n.from != e+1 || n.gender != 0 || strings.HasSuffix(n.text, "’s") || strings.HasSuffix(n.text, "'s") {
		return ""
	}
	return n.text
}

// n105AndName returns the end of a body's name after "the" that goes
// on past "and" with a second name whose last word is a body's, "the
// Lintara Rescue and Fire Service", "the Parks and Recreation
// Department", where nameAt stopped at "and"; -1 when there is none.
func n105AndName(text string, toks []tok, n name) int {
	k := n.to // the token after the name
	if k+1 >= len(toks) || toks[k].low != "and" {
		return -1
	}
	m, ok := nameAt(text, toks, k+1)
	if !ok || m.from != k+1 || m.gender != 0 || !orgName(text, toks, m) {
		return -1
	}
	return m.end
}

// n105MarchNoun reports whether toks[j] is "march" as a noun, in lower
// case after an article: "Leaders of the march said …". The lexicon
// reads every word by its lower case, where "march" is the month's
// function word ("in March"), so a noun phrase that ended with it read
// no subject. A month takes no article and a capital.
func n105MarchNoun(text string, toks []tok, j int) bool {
	return toks[j].low == "march" && j > 0 && toks[j-1].is(isDet) && toks[j].str(text) == "march"
}

// n105RoleBeforeComma reports whether toks[j], a plural that is also
// a verb's form ("advocates", "supports"), ends the phrase at to as
// the noun of a role, a comma right after it: "Local advocates,
// however, argued …", "Immigrant advocates, for their part, said …".
// phraseAt took such a word after a capital for a verb ("Smith
// advocates a tax"), which takes no comma before its object.
func n105RoleBeforeComma(text string, toks []tok, j, to int) bool {
	return j == to-1 && to < len(toks) && toks[to].str(text) == "," && strings.HasSuffix(toks[j].low, "s") && rolePlural(toks[j].low)
}
