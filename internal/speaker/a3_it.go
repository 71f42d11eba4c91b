package speaker

import (
	"slices"
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// This file reads the pronoun "it" as the subject of reported speech
// in narration, beside the direct form that itSaid (quote.go) reads.

// itBefore returns what "it" at offset at means as the subject of a
// verb of reporting in narration, or "". News prose names a body, then
// lets it speak as "it" in the next sentence, as often in reported
// speech as in a direct quotation: "The agency met on Monday. It said
// the program would end in May." A carrier of words named before it
// (thingBefore: "The city sent a letter. It says …") is read first, as
// before. Failing one, and only when the verb after "it" is one of
// speech ("it said", "it later added"; not "it showed", "it would
// prove", which a deal or a fact may do), a body named after "the"
// (bodyBefore, strict: "the agency", "the Harbor Trust", "the IMF"),
// as itSaid reads for "“…,” it said.". Both look back over the sentence
// and the one before it only, within 300 bytes.
//
// Hook: parc.go reads it where it read thingBefore for "It says …" and
// "…, it says, …".
func (a *attributor) itBefore(at int) string {
	channel := ""
	if a.n1Channel(at) {
		// "In a statement, it said …": the carrier is the channel,
		// not what "it" names (n1_it.go).
	} else if nm := a.thingBefore(at); nm != "" {
		if !a.n105Channel(at, nm) {
			return nm
		}
		// "The ministry said in a statement that …. It said …": the
		// body is read first, the statement only failing one.
		channel = nm
	}
	if !a.speechAfterIt(at) {
		if channel == "" && a.n110ItFinds(at) {
			return a.bodyBefore(at, true) // "The board was not persuaded. It found that …" (n110_readings.go)
		}
		return channel
	}
	if b := a.bodyBefore(at, true); b != "" {
		return b
	}
	return channel
}

// speechAfterIt reports whether the word after "it" at offset at, past
// at most two adverbs, is a verb of speech (reporting.txt classes s, k
// and o).
func (a *attributor) speechAfterIt(at int) bool {
	toks, k := a.verbAfterIt(at)
	return k > 0 && slices.ContainsFunc(reporting[toks[k].low], func(s verbSense) bool { return s.class == 's' || s.class == 'k' || s.class == 'o' })
}

// verbAfterIt returns the toks from "it" at offset at and the index of
// the verb of reporting after it, past at most two adverbs, or -1.
func (a *attributor) verbAfterIt(at int) ([]tok, int) {
	toks := a.ix.scratch(slotItSaid, at, min(len(a.text), at+60))
	for k := 1; k < len(toks) && k <= 3 && toks[k].word; k++ {
		t := &toks[k]
		if len(reporting[t.low]) > 0 {
			return toks, k
		}
		if !t.is(isAdverb) && !lyAdverb(t.low) {
			break
		}
	}
	return toks, -1
}

// orgName reports whether the name n, read after "the", is a body's by
// its form: an acronym ("the IMF", "the FBI") or a name whose last word
// is a body's noun ("the Harbor Trust", "the Justice Department", "the
// World Bank", "the United Nations"). A name after "the" may as well be
// a place, a building or a ship, which does not speak.
func orgName(text string, toks []tok, n name) bool {
	last := strings.ToLower(n.text[lastBreak(n.text)+1:])
	if bodies[last] || orgLast[last] {
		return true
	}
	w := n.text
	if len(w) < 2 || len(w) > 6 || strings.Contains(w, " ") {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'A' || c > 'Z') && c != '.' {
			return false
		}
	}
	return true
}

// orgLast are last words of bodies' names beyond the nouns of bodies
// (quote.go): "the Federal Reserve", "the Red Cross", "the Kremlin".
var orgLast = map[string]bool{"trust": true, "fund": true, "reserve": true, "service": true, "nations": true, "cross": true, "kremlin": true, "pentagon": true, "senate": true, "house": true, "congress": true, "parliament": true, "assembly": true, "authority": true, "federation": true, "alliance": true, "coalition": true, "times": true, "post": true, "journal": true, "club": true, "league": true, "police": true, "army": true, "navy": true, "ministry": true, "embassy": true, "institution": true, "society": true, "academy": true, "inc": true, "corp": true}

// verbBeforePrep reports whether toks[k], a word after a body's noun
// that is no known verb form, is its verb all the same: a word that a
// preposition or a determiner follows ("The agency met on Monday", "The
// board held a vote") is a verb of the body, where a noun that goes on
// is followed by a verb, an auxiliary or a mark ("the board game was
// …", "the party leader said").
func verbBeforePrep(toks []tok, k int) bool {
	if k+1 >= len(toks) || !toks[k+1].word {
		return false
	}
	n := &toks[k+1]
	return n.is(isDet) || n.is(isPrep) && n.low != "of"
}

// thingQuoted returns the name of the text or body that spoke the last
// direct quotation before the one that ends at offset from, when its
// mention is a description of one ("the article", "the report", "the
// committee") and it ended within 1,500 bytes; else "". News prose
// quotes a document at length, one quotation after another, and names
// it once: "“…,” the article read. ¶ “…,” it added." The sentence
// before "it" is then the last quotation's words, where bodyBefore
// finds no narration to read. A person who spoke last is not what
// "it" means, and stops the search.
func (a *attributor) thingQuoted(from int) string {
	qs := a.d.Quotes
	i := sort.Search(len(qs), func(i int) bool { return qs[i].Start >= from })
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		q := &qs[j]
		if q.End >= from || q.Parent >= 0 || q.Kind != doc.QuoteDirect {
			continue
		}
		if from-q.End > 1500 || q.Speaker.Name == "" {
			return ""
		}
		m := q.Speaker.Mention
		if m.End <= m.Start || m.End-m.Start > 60 {
			return ""
		}
		words := strings.Fields(strings.ToLower(a.text[m.Start:m.End]))
		if len(words) < 2 || len(words) > 4 {
			return ""
		}
		if d := words[0]; d != "the" && d != "a" && d != "an" && d != "this" && d != "that" {
			return ""
		}
		if last := strings.TrimRight(words[len(words)-1], ",."); carriers[last] || bodies[last] {
			return q.Speaker.Name
		}
		return ""
	}
	return ""
}
