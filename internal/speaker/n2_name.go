package speaker

import "strings"

// n2ProperHead returns the noun phrase that ends just before a relative
// "who" or "that" at offset at when it is a common noun after proper
// modifiers, with no determiner: "New York magazine that claimed …",
// "New Zealand’s indigenous people, who regard …", "Con Edison officials,
// who said …". The writer names a group or a title by its proper
// modifier and a common head; the head alone ("magazine") or the nearest
// name ("New Zealand") is only part of it. The phrase opens with a
// capitalised word after a preposition or a function word, holds at
// most six words (at most two lower-case ones, after the capitalised
// ones), and ends in a lower-case word; "" otherwise (antecedent reads a phrase with its determiner).
// It reads at most 80 bytes before at.
func (a *attributor) n2ProperHead(at int) string {
	text := a.text
	toks := a.ix.scratch(slotAntecedent, max(0, at-80), at)
	e := len(toks) - 1
	if e >= 0 && !toks[e].word && toks[e].str(text) == "," {
		e--
	}
	if e < 1 || !toks[e].word || capital(toks[e].str(text)) || toks[e].is(isFunction|isDet|isPronoun) {
		return ""
	}
	s, low := -1, 0 // the phrase's first token; its lower-case words
	for j := e - 1; j >= 0 && j >= e-6; j-- {
		t := &toks[j]
		if !t.word || t.is(isFunction|isDet|isPrep|isObjectPrep|isPronoun) || t.low == "among" {
			break
		}
		if capital(t.str(text)) {
			s = j
		} else if s >= 0 || low == 2 {
			break // a lower-case word before the proper modifier, or three after it
		} else {
			low++
		}
	}
	// After a preposition or a function word ("by New York magazine",
	// "among New Zealand’s people"): a capital that opens the sentence
	// may be any word, and a phrase after a determiner is antecedent's
	// and the resolver's ("an Israeli prime minister who", "now the
	// Senate majority leader, who" for the name before it).
	if s < 1 || !toks[s-1].word || toks[s-1].is(isDet|isNounMarker) || !toks[s-1].is(isFunction|isPrep|isObjectPrep) && toks[s-1].low != "among" && !n3AfterCue(text, &toks[s-1]) {
		return ""
	}
	return text[toks[s].s:toks[e].e]
}

// n2ModifierName reports whether the speaker's name is only the
// capitalised first word of its mention, which goes on with lower-case
// words to a plural head: "Deficit hawks have gone silent, even
// proposing …", "Union leaders, saying …". The capital is the
// sentence's or a modifier's (a name used as one: "Trump aides"), and
// the speakers are the plural head's, so the name is the whole mention,
// as it is already where the mention is read before a cue. At most four
// words; a byte scan of the mention.
func n2ModifierName(text string, f found) bool {
	m := text[f.subj.Start:f.subj.End]
	if n := len(f.name); n == 0 || len(m) <= n+1 || m[n] != ' ' || m[:n] != f.name || strings.IndexByte(f.name, ' ') >= 0 || !capital(f.name) {
		return false // most names are their whole mention: two length tests
	}
	rest := m[len(f.name)+1:]
	if rest == "" || rest[0] < 'a' || rest[0] > 'z' || strings.Count(rest, " ") > 2 || strings.ContainsAny(rest, ",;:()\"“”’'") {
		return false
	}
	for i := 0; i < len(rest); i++ {
		if c := rest[i]; c != ' ' && (c < 'a' || c > 'z') {
			return false // lower-case letters only: no second name
		}
	}
	for w := range strings.SplitSeq(rest, " ") {
		if classOf(lexOf(w))&(isDet|isFunction|isPronoun) != 0 {
			return false // "Therefore the architects": an adverb before the subject's own determiner
		}
	}
	last := rest[strings.LastIndexByte(rest, ' ')+1:]
	return pluralWord(last) && !strings.HasSuffix(last, "ss")
}
