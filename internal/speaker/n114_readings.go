package speaker

import (
	"strings"
	"unicode"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n114WhoseVerb reports whether the comma toks[j] closes an appositive
// inside a clause of "whose" that has no verb yet, and the clause's
// verb follows it: "said Meera Toppo, whose husband, a tailor, was
// travelling in the coach". The clause needs its verb, so the comma
// ends no mention; without one before it ("whose husband was a
// tailor, said") the comma ends the clause as any other.
func n114WhoseVerb(text string, toks []tok, j int) bool {
	if j+1 >= len(toks) || !toks[j+1].word || !(n114Finite[toks[j+1].low] || pastForm(toks[j+1]) && !toks[j+1].is(isCue)) {
		return false
	}
	commas := 0
	for i := j - 1; i >= 0 && i >= j-10; i-- {
		t := &toks[i]
		switch {
		case t.word && t.low == "whose":
			// "whose" and its noun, then the appositive's comma.
			return commas == 1 && i+2 < j && toks[i+1].word && toks[i+2].str(text) == "," || commas == 1 && i+3 < j && toks[i+1].word && toks[i+2].word && toks[i+3].str(text) == ","
		case !t.word && t.str(text) == ",":
			commas++
		case !t.word && t.str(text) == "." && i > 0 && toks[i-1].is(isTitle):
			// a title's stop in the appositive: "whose lawyer, Mr. Tunde Okafor, was"
		case !t.word:
			return false
		case n114Finite[t.low] || pastForm(*t):
			return false // the clause has its verb: "whose son, who was 9, …"
		}
	}
	return false
}

// n114Finite are the finite forms of "be", "have" and the modals, which
// open a clause's verb.
var n114Finite = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "have": true, "will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true}

// n114ClauseTail reports whether the direct quotation q is the tail of
// a clause reported in sentence s, after a colon or comma: "Hovland
// said she had only one goal for Thursday: “Don't be tourists.”",
// "Lempke texted me that her father had died, “with buttermilk on his
// lip.”". Before the colon or comma a verb of reporting has a clause
// ("that" or a subject pronoun opens it within six words of the verb,
// and three words or more follow), and the quotation ends the sentence; an attribution's content
// then runs on through the marks, as news attribution corpora mark such
// a sentence one mixed quotation, and the words in marks are its
// phrase. "She told reporters on Monday: “…”" has no clause before the
// colon and stays a direct quotation.
func (a *attributor) n114ClauseTail(q *doc.Quote, s doc.Span) bool {
	text := a.text
	if q.Kind != doc.QuoteDirect || len(q.Content) != 1 || q.Start <= s.Start || q.End > s.End || q.Start-s.Start > indirectReach {
		return false
	}
	before := trimRightSpace(text[s.Start:q.Start])
	if before == "" || before[len(before)-1] != ':' && before[len(before)-1] != ',' {
		return false
	}
	if strings.TrimFunc(text[q.End:s.End], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) != "" {
		return false // the sentence goes on after the marks
	}
	clause := before[:len(before)-1]
	if strings.ContainsAny(clause, "“”\"‘’«»:;") || !n114MayOpen(clause) {
		return false
	}
	words := strings.Fields(clause)
	verb := -1 // the last verb of reporting: the clause is its ("When Ann noted that …, Ed boasted, “…”" is not)
	for i, w := range words {
		if reporting[strings.ToLower(strings.TrimRight(w, ","))] != nil {
			verb = i
		}
	}
	for i := verb + 1; verb >= 0 && i < len(words) && i <= verb+6; i++ {
		switch strings.ToLower(words[i]) {
		case "that", "she", "he", "they", "we", "i", "it":
			return i+3 < len(words) // the clause has words of its own: "said she had one goal"
		case "who", "whom", "whose", "which":
			return false // a relative clause's: "remembered the words of a man to whom he had been rude,"
		}
	}
	return false
}

// n114ReportsFirst reports whether the clause's verb, toks[e] right
// after its subject, is a verb of speech with a content of its own
// that a participle at the clause's end goes on from: "The agency
// warned that the river was unsafe, adding: “…”". The participle
// shares that subject, a body's as well as a person's; a subject of
// another verb ("The video shows the crowd, chanting “…”") is not read
// so.
func n114ReportsFirst(toks []tok, e, n int) bool {
	return e < n-2 && toks[e].word && toks[e].is(isCue) && e+1 < n && toks[e+1].word && (toks[e+1].low == "that" || toks[e+1].is(isDet|isPronoun))
}

// n114DistanceAside reports whether the words from toks[k], after a
// comma that closes a relative clause of place, say how far that place
// lies: "who grows wheat near the town of Dera Mun, about 200 miles
// below the border, said", "who lives on Cressley Road, about a mile
// and a half from the main stage". The distance is the clause's, and
// the mention goes on past its comma.
func n114DistanceAside(toks []tok, k int) bool {
	if k >= len(toks) || !n114Approx[toks[k].low] {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+6 && toks[j].word; j++ {
		if n114Units[toks[j].low] {
			if j+3 < len(toks) && toks[j+1].low == "and" && toks[j+2].low == "a" && (toks[j+3].low == "half" || toks[j+3].low == "quarter") {
				j += 3 // "a mile and a half from"
			}
			return j+1 < len(toks) && n114Directions[toks[j+1].low]
		}
	}
	return false
}

var (
	n114Approx     = map[string]bool{"about": true, "some": true, "nearly": true, "roughly": true, "almost": true, "just": true, "barely": true}
	n114Units      = map[string]bool{"mile": true, "miles": true, "kilometre": true, "kilometres": true, "kilometer": true, "kilometers": true, "km": true, "metres": true, "meters": true, "yards": true, "hour": true, "hours": true, "minutes": true}
	n114Directions = map[string]bool{"from": true, "of": true, "below": true, "above": true, "north": true, "south": true, "east": true, "west": true, "away": true, "outside": true, "up": true, "down": true, "beyond": true, "downstream": true, "upstream": true, "inland": true}
)

// n114NamedPerson reports whether the comma toks[j], inside a relative
// clause, stands between a noun of persons and that person's name,
// which ends at a comma or the text read: "The pair, who share a
// daughter, Isla-Mae, said", "who farms near Bindara with her husband,
// Rob". The name is the clause's, so the mention goes on.
func n114NamedPerson(text string, toks []tok, j int) bool {
	if j < 1 || j+1 >= len(toks) || !toks[j-1].word {
		return false
	}
	if _, ok := persons[toks[j-1].low]; !ok {
		return false
	}
	n, ok := nameAt(text, toks, j+1)
	if !ok {
		return false
	}
	words := 0 // the name's words but its titles and their stops: "Mr. Tunde Okafor" has two
	for _, t := range toks[n.from:n.to] {
		if t.word && !t.is(isTitle) {
			words++
		}
	}
	return words <= 3 && (n.to == len(toks) || !toks[n.to].word && (toks[n.to].str(text) == "," || toks[n.to].str(text) == "."))
}

// n114OneOf widens a mention that a leading "One of …" describes: the
// partitive right before it ("One of the four drivers who brought the
// case, Esteban Marchetti, said" read from "the four drivers"), or a
// partitive that opens the sentence before the name's comma ("One of
// the signers, Ann Lee, a public defender, told the board:"). The
// speaker is the one of the group the text names, and the mention, as
// news attribution corpora mark it, the whole phrase.
func n114OneOf(text string, f found) found {
	s := f.subj.Start
	if f.pronoun != "" || f.subj.End <= s || s < len("One of ") {
		return f
	}
	before := text[max(0, s-200):s]
	if strings.HasSuffix(before, "One of ") || strings.HasSuffix(before, "one of ") {
		// Only before a phrase that names the one in apposition ("…,
		// Esteban Marchetti,"): a partitive of things names no one
		// ("One of the reformed orders included …").
		i := strings.Index(text[s:f.subj.End], ", ")
		if i < 0 || !capital(text[s+i+2:f.subj.End]) {
			return f
		}
		if st := len(before) - len("One of "); st == 0 || n114ClauseOpens(before[:st]) {
			f.subj.Start = s - len("One of ")
		}
		return f
	}
	if !strings.HasSuffix(before, ", ") {
		return f
	}
	head := before[:len(before)-2]
	if strings.Index(head, "One of ") < 0 { // a forward search, much the cheaper, turns away nearly every mention
		return f
	}
	i := strings.LastIndex(head, "One of ")
	if i < 0 || strings.ContainsAny(head[i:], ",;:“”\"‘’()\n") || len(strings.Fields(head[i:])) > 14 || i > 0 && !n114ClauseOpens(head[:i]) {
		return f
	}
	f.subj.Start = s - len(before) + i
	return f
}

// n114ClauseOpens reports whether a sentence or a line opens right
// after s: s ends with a full stop, question or exclamation and a
// space, or a line break.
func n114ClauseOpens(s string) bool {
	t := strings.TrimRight(s, " ")
	if t == "" || strings.HasSuffix(s, "\n") {
		return true
	}
	switch t[len(t)-1] {
	case '.', '?', '!', '\n':
		return len(t) < len(s)
	}
	return strings.HasSuffix(t, "”") || strings.HasSuffix(t, "\"")
}

// n114PhraseInMarks reports whether toks[k-1], right before the comma
// toks[k], closes a short phrase in marks, in lower case, inside the
// clause (British style puts the comma outside): "Result was ‘engineered’, alleges
// QJM", "The budget is ‘dead’, the police said." The marked words are
// the clause's last, not a quotation of its own (one that opens the
// sentence, "‘We will win’, the mayor said", is), so a trailing cue
// reports the clause.
func n114PhraseInMarks(text string, toks []tok, k int) bool {
	if k < 3 || toks[k-1].word || toks[k-1].e != toks[k].s || marksIn(toks[k-1].str(text))&(mRightSingle|mRightDouble|mApos|mDouble) == 0 {
		return false
	}
	for j := k - 2; j >= 1 && j >= k-6; j-- {
		if !toks[j].word {
			m := marksIn(toks[j].str(text))
			// A straight mark opens where a space is before it and a
			// word right after it: "The closure is 'temporary', the
			// district said."
			straightOpen := m&(mApos|mDouble) != 0 && toks[j-1].e < toks[j].s && toks[j+1].s == toks[j].e
			if m&(mLeftSingle|mLeftDouble) != 0 || straightOpen {
				// Words of the clause before the marks, and a phrase in
				// lower case inside them: a title in capitals ("was “The
				// Ferryman’s Daughter”, a portrait painted …") names a
				// work, whose description may follow.
				if !toks[j-1].word || !toks[j+1].word || capital(toks[j+1].str(text)) {
					return false
				}
				// No verb of speech before it: in "Ed Moss said Ann Reed
				// described it as “a mess”, the Gazette reported." the
				// phrase is the inner speaker's, and the clause has
				// readings of its own.
				for i := range j {
					if toks[i].word && toks[i].is(isCue) {
						return false
					}
				}
				return true
			}
			if m != 0 || toks[j].str(text) != "-" {
				return false
			}
		}
	}
	return false
}

// n114MayOpen reports whether clause holds one of the words that open a
// reported clause for n114ClauseTail, as a whole word: most clauses
// before a quotation hold none, and are turned away before their words
// are split and looked up.
func n114MayOpen(clause string) bool {
	for _, w := range [...]string{" that ", " she ", " he ", " they ", " we ", " I ", " it "} {
		if strings.Contains(clause, w) {
			return true
		}
	}
	return false
}
