package speaker

import (
	"strings"
	"unicode"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Readings of the fifty-first session, each found in the dev sets'
// errors (testdata/newsprobe) and each with a TestN112 case.

// n112RoleName widens a subject that subjectAt read as a capitalised
// word alone over the lower-case noun of role and the name after it:
// "Board member Sheila Marquardt accused the majority of “…”", where
// "Board" was read as a name and the verb was looked for at "member".
// The noun is one of persons.txt or "member"; the speaker is the name,
// the mention the whole phrase, as the clause readers give it.
func n112RoleName(text string, toks []tok, f found, e int) (found, int) {
	if f.pronoun != "" || e < 1 || e+2 >= len(toks) || f.subj.End != toks[e-1].e || !toks[e].word || capital(toks[e].str(text)) {
		return f, e
	}
	if _, ok := persons[toks[e].low]; !ok && toks[e].low != "member" {
		return f, e
	}
	n, ok := nameAt(text, toks, e+1)
	if !ok || n.from != e+1 {
		return f, e
	}
	f.subj.End, f.name, f.whole = n.end, n.text, true
	return f, n.to
}

// n112AndSubject returns the index of the subject of a second clause
// that ", and" or ", but" opens after toks[s] in the clause before a
// mixed quotation (toks), or -1: "…, and he accused opponents of “…”",
// "She said the rules were unfair, and she accused the industry of
// “…”". subjectNaming reads that subject first, as the nearer one: the
// first clause's subject was given the phrase through its own verb
// ("said"), or none where that verb names nothing.
func n112AndSubject(text string, toks []tok, s int) int {
	for k := len(toks) - 3; k > s; k-- {
		if toks[k].word || toks[k].str(text) != "," {
			continue
		}
		if w := toks[k+1].low; (w == "and" || w == "but") && toks[k+2].word && (toks[k+2].is(isSubjectPronoun) || capital(toks[k+2].str(text))) {
			return k + 2
		}
	}
	return -1
}

// n112Openers are the prepositions that open a sentence's phrase of
// place or occasion before its subject: "At a computer shop near the
// campus, Princess Joy Dalangin, 17, said".
var n112Openers = map[string]bool{"At": true, "In": true, "Near": true, "Outside": true, "Inside": true, "From": true, "During": true, "After": true, "Before": true, "On": true, "Along": true, "Behind": true, "Beside": true, "Across": true, "Around": true}

// n112OpenerMentions moves the start of a mention that runs from inside
// a sentence's opening phrase to the name after it: "At a computer shop
// near the university’s main campus, Princess Joy Dalangin, 17, said"
// and "In an interview at his district office, a former shoe store on
// Halsey Avenue, Trowbridge, 74, said" gave the place with the person.
// The mention opens with a lower-case description of a place
// (n112PlaceIn) before its first comma, a capital follows that comma,
// and the sentence opens with a preposition (n112Openers) before the
// mention; "In Zelmarin, the government's spokesman, Miklos
// Harsanyi, told" keeps its description. It took over an earlier
// session's n101PlaceMentions, which read an appositive of a place
// after a capitalised opener alone ("In Gorowe, a market town on the
// plateau's eastern edge, Halima Yusufu, a mother of six, said").
func n112OpenerMentions(d *doc.Document) {
	text := d.Text
	for i := range d.Quotes {
		m := &d.Quotes[i].Speaker.Mention
		if m.End <= m.Start || m.Start < 4 || text[m.Start] < 'a' || text[m.Start] > 'z' {
			continue // most mentions: a capital first
		}
		c := strings.Index(text[m.Start:m.End], ", ")
		if c < 0 {
			continue
		}
		at := m.Start + c + 2
		if at >= m.End || !unicode.IsUpper(firstRune(text[at:m.End])) || !n112PlaceIn(text[m.Start:m.Start+c]) {
			continue
		}
		ss := max(0, m.Start-200)
		if k := strings.LastIndexAny(text[ss:m.Start], "\n.!?”\""); k >= 0 {
			ss += k + 1
		} else if ss > 0 {
			continue // no sentence's start near: too long an opener to read
		}
		opener := strings.TrimLeft(text[ss:m.Start], " ")
		w, _, _ := strings.Cut(opener, " ")
		if !n112Openers[w] {
			continue
		}
		m.Start = at
	}
}

// n112Sites are nouns of a building, a ground or a spot that an opening
// phrase of place names, beside n101Places' settlements.
var n112Sites = map[string]bool{"shop": true, "store": true, "campus": true, "office": true, "school": true, "hall": true, "church": true, "market": true, "station": true, "stadium": true, "hospital": true, "clinic": true, "restaurant": true, "cafe": true, "café": true, "pub": true, "bar": true, "farm": true, "plant": true, "factory": true, "site": true, "centre": true, "center": true, "building": true, "house": true, "home": true, "street": true, "road": true, "park": true, "square": true, "ground": true, "grounds": true, "club": true, "library": true, "mosque": true, "temple": true, "terminal": true, "airport": true, "warehouse": true, "mill": true, "mine": true, "yard": true, "pier": true, "harbour": true, "harbor": true, "beach": true, "bridge": true, "corner": true, "stall": true, "kiosk": true, "garage": true, "depot": true, "shelter": true, "estate": true, "junction": true}

// n112PlaceIn reports whether the head noun of the description s (its
// last word before a preposition) names a place, a settlement
// (n101Places) or a site (n112Sites): "the university’s main campus",
// "a former shoe store on Halsey Avenue"; not "the provost", nor "the
// county health director", whose place is a modifier.
func n112PlaceIn(s string) bool {
	f := strings.Fields(s)
	h := ""
	for k, w := range f {
		if k > 0 && n112HeadEnds[w] {
			break
		}
		h = w
	}
	h = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(h, "’s"), "'s"))
	return n101Places[h] || n112Sites[h]
}

// n112HeadEnds are the prepositions that end a description's noun
// phrase before its head's modifiers: "a shoe store on Halsey Avenue".
var n112HeadEnds = map[string]bool{"of": true, "on": true, "in": true, "at": true, "near": true, "for": true, "with": true, "by": true, "off": true, "from": true, "outside": true, "behind": true, "beside": true}

// n112Turns are present participles of taking one's turn in an
// exchange, which open a sentence alone before its comma as a verb of
// reporting does ("Responding, …", n104LoneParticiple): "Reacting, the
// Chairman of Kwasara Local Government Area, Hon. Ibrahim Garbatau,
// said …", a form of the Nigerian and Ghanaian press.
var n112Turns = map[string]bool{"reacting": true, "continuing": true, "contributing": true, "concluding": true, "elaborating": true, "corroborating": true, "intervening": true, "resuming": true}

// n112TurnOpener returns the index after the comma of a sentence's
// opening participle of turn-taking or reporting, alone or with an
// adverb ("Reacting,", "Reacting further,", "Speaking further,"), at
// toks[k], before the cue at toks[c]; k where there is none. A verb
// of reporting alone ("Responding,") is n104LoneParticiple's, which
// openerEnd asks first; here it needs its adverb.
func n112TurnOpener(text string, toks []tok, k, c int) int {
	w := toks[k].low
	if len(w) < 7 || !strings.HasSuffix(w, "ing") || k+3 >= c {
		return k
	}
	j := k + 1
	if toks[j].word && toks[j].adverbish() {
		j++ // "Reacting further,"
	}
	if !asideMark(text, &toks[j]) || !toks[j+1].word {
		return k
	}
	if n112Turns[w] || j > k+1 && toks[k].gate(isReporting) && len(reportingSenses(w)) > 0 {
		return j + 1
	}
	return k
}
