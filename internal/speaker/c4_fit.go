package speaker

import (
	"sort"
	"strings"
)

// c4Unfit reports whether the name of mention m cannot be what the
// pronoun pron ("he", "she", "they") stands for: a pronoun with "is",
// "are" or "has" contracted onto it ("We’re having to put up with …",
// "It’s late"), which opens many a sentence in capitals and so is read
// as a name. It is no one's name, and a pronoun after it means whom it
// means, not it. Its hook is in resolveAtExcept's loop (attribute.go).
// Cheap first: a contraction is short ("They’re", nine bytes) and
// ends in "s" or "e".
//
// (A people's plural after a nation's adjective, "Egyptian Copts", is
// no "he" either; but the adjective's ending is a given name's too,
// "Julian Evans", and the text keeps no list of nations: the exchange
// test below is what kept "he" from such a group.)
func c4Unfit(pron, name string) bool {
	n := len(name)
	if n < 4 || n > 9 {
		return false
	}
	switch name[n-1] {
	case 's', 'e', 'S', 'E': // "It’s", "We’re"
	default:
		return false
	}
	return contractedPronoun(name)
}

// c4WhoHead returns whom "who" at offset at means when the name just
// before it, ms[len(ms)-1], is not its antecedent, and ok. A relative
// "who" means the noun phrase it follows:
//
//   - a phrase from its determiner between the name and "who" is that
//     noun phrase ("an email from Facebook that lists the people who
//     have invited me" is the people, not Facebook), unless it is an
//     appositive right after the name's comma ("Ann Ortiz, a senator
//     who …" is Ann Ortiz, as before);
//   - a name that modifies a noun before "who" is in the phrase, not
//     its head: "an Israeli prime minister who has declared" is the
//     minister, not "Israeli";
//
// either phrase only when its head is a noun of persons (a "who"
// means a person) and, after the name, not its predicate ("Kaine is a
// former lawyer who …" is Kaine) nor the object of a preposition in an
// aside after the name's comma ("It was Moss, backed by most of the
// officers, who agreed" is Moss);
//   - a name that heads a description in apposition to a name before
//     it stands for that name: "Senator Ann Ortiz, an Oklahoma
//     Republican who warned" is Ann Ortiz, whom the description
//     describes.
//
// Otherwise ok is false and the name stands. Its hook is in the "who"
// branch of resolveAtExcept (attribute.go). Cheap first: the first two
// readings need a letter between the name and "who", the third a
// determiner before the name (a byte test).
func (a *attributor) c4WhoHead(ms []mention, at int) (string, bool) {
	m := &ms[len(ms)-1]
	text := a.text
	for i := m.End; i < at; i++ {
		if !isASCIILetter(text[i]) {
			continue
		}
		// Words between the name and "who": the noun phrase they
		// end with, from its determiner (antecedent), which reads
		// tokens; a determiner among the words or just before the name
		// first ("a former Mexican foreign minister who").
		if !c4HasDet(text[max(0, m.Start-24):at]) {
			return "", false
		}
		d := a.antecedent(at)
		trimmed := strings.TrimRight(text[:at], " ,\n")
		if d == "" || !strings.HasSuffix(trimmed, d) {
			return "", false
		}
		ds := len(trimmed) - len(d)
		if !c4PersonHead(d) {
			return "", false // "a young woman hired for the time, who": "who" means a person
		}
		if ds <= m.Start {
			// The name inside it: "an Israeli prime minister"; and
			// that in apposition to a name before it ("McConnell, now
			// the Senate majority leader, who") stands for the name.
			if len(ms) >= 2 && c4Apposed(text, &ms[len(ms)-2], ds) {
				return ms[len(ms)-2].text, true
			}
			return d, true
		}
		if g := strings.TrimSpace(text[m.End:min(ds, at)]); ds >= m.End && g != "," && !c4Copula(g) && !c4AsideObject(g) {
			return d, true // "Facebook that lists the people"
		}
		return "", false // "Ann Ortiz, a senator": the name, as before
	}
	det := c4DetBefore(text, m.Start)
	if det < 0 || len(ms) < 2 {
		return "", false
	}
	// "Ann Ortiz, an Oklahoma Republican who": the name before the
	// comma that ends just before the determiner.
	if c4Apposed(text, &ms[len(ms)-2], det) {
		return ms[len(ms)-2].text, true
	}
	return "", false
}

// c4Apposed reports whether a description that starts at offset ds is
// in apposition to the name p before it: only a comma between them,
// and perhaps one adverb of time ("McConnell, now the majority
// leader"), with p no thing's name ("tied up the Marigold"); an
// object's is apposed as well ("clashed with Ed Moss, now …").
func c4Apposed(text string, p *mention, ds int) bool {
	if p.inQuote || p.thing || p.End > ds || ds-p.End > 12 {
		return false
	}
	g := strings.TrimSpace(text[p.End:ds])
	return g == "," || g == ", now" || g == ", then" || g == ", once"
}

// c4DetBefore returns where the determiner "a", "an" or "the" that
// ends just before offset at (one space between) starts, or -1.
func c4DetBefore(text string, at int) int {
	if at < 3 || text[at-1] != ' ' {
		return -1
	}
	e := at - 1
	for _, d := range [...]string{"a", "an", "the", "A", "An", "The"} {
		s := e - len(d)
		if s >= 0 && text[s:e] == d && (s == 0 || !isASCIILetter(text[s-1])) {
			return s
		}
	}
	return -1
}

// c4TurnReach is how many paragraphs before a turn the other speaker
// of a dialogue must be named in.
const c4TurnReach = 3

// c4Exchange reports whether the name other, that resolve would give a
// "he" or "she" (pron) at offset at in place of the last turn's speaker, is
// named in the few paragraphs before at (c4TurnReach), outside
// quotations: two people in an exchange of turns are both on the
// scene. A name met only further back ("20 of them Egyptian Copts"
// three paragraphs before a speaker's second quotation in a news
// report) is no one taking turns, and the pronoun keeps meaning the
// speaker just quoted. Its hook is in resolve (attribute.go).
func (a *attributor) c4Exchange(other, pron string, at int) bool {
	p := a.paragraph(at)
	if p < 0 {
		return true
	}
	lo := a.d.Paragraphs[max(0, p-c4TurnReach)].Start
	i := sort.Search(len(a.mentions), func(i int) bool { return a.mentions[i].End > at })
	for j := i - 1; j >= 0 && j >= i-64 && a.mentions[j].Start >= lo; j-- {
		if m := &a.mentions[j]; m.text == other && a.n115Party(j, pron, at) {
			return true
		}
	}
	return false
}

// c4PersonHead reports whether the last word of the noun phrase d is
// a noun of persons (persons.txt) or a plural of persons or of a group
// ("the people", "officials"): what "who" may mean.
func c4PersonHead(d string) bool {
	h := d[strings.LastIndexByte(d, ' ')+1:]
	if h == "" || capital(h) {
		return false
	}
	if _, ok := persons[h]; ok {
		return true
	}
	return rolePlural(h)
}

// c4Copula reports whether the words g between a name and a noun
// phrase are a form of "be" (or "become"), which makes the phrase the
// name's predicate: "Kaine is a former lawyer who …".
func c4Copula(g string) bool {
	switch g {
	case "is", "was", "are", "were", "has been", "had been", "have been", "becomes", "became", "remains", "remained", "is also", "was also":
		return true
	}
	return false
}

// c4AsideObject reports whether the words g between a name and a noun
// phrase open with the name's comma and end with a preposition: the
// phrase is the object in an aside about the name ("Moss, backed by
// most of the officers, who …"), which "who" passes over.
func c4AsideObject(g string) bool {
	if !strings.HasPrefix(g, ",") {
		return false
	}
	w := g[strings.LastIndexByte(g, ' ')+1:]
	return objectPreps[w] || w == "in" || w == "among"
}

// c4ParagraphBetween reports whether the stretch between a word and a
// name after it, gap, holds a paragraph break (two line ends): the
// word ends another paragraph or a heading ("… to welcome the US
// president¶Kenya trip"), and is no title nor role of the name, as
// "president" is in "president Kenyatta". A single line end is a
// wrapped line of one paragraph ("the senator\nAnn Ortiz"). Its hook is
// in wordsAround (describe.go), which resolveDescription reads.
func c4ParagraphBetween(gap string) bool {
	n := 0
	for i := 0; i < len(gap); i++ {
		if gap[i] == '\n' {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// c4HasDet reports whether the words of s hold a lower-case determiner
// or possessive (describers: "a", "the", "his" …), without tokens: the
// cheap test before antecedent reads them.
func c4HasDet(s string) bool {
	w := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != ' ' && s[i] != ',' && s[i] != '\n' {
			continue
		}
		if i-w <= 5 && i > w && describers[s[w:i]] {
			return true
		}
		w = i + 1
	}
	return false
}

// c4LeadName reports whether m, a name of unknown sex, is whom a "he"
// or "she" at offset at means before a name of known sex further back:
// a full name (two or more words, each capitalised, not "The …") that
// opens the paragraph just before the pronoun's, or the pronoun's own,
// as its sentence's subject (a lower-case word after it). News
// introduces a speaker so and quotes them next ("Fiona Parry issued a
// plea … ¶ “…,” she said."); a place or a body that opens a paragraph
// is seldom followed by "he" or "she". Its hook is in resolveAtExcept,
// where a name of unknown sex waits for a known one (unknownReach).
func (a *attributor) c4LeadName(m *mention, at int) bool {
	t := m.text
	sp := strings.IndexByte(t, ' ')
	if sp < 2 || !capital(t) || strings.HasPrefix(t, "The ") || !capital(t[sp+1:]) {
		return false
	}
	if e := m.End; e+2 >= len(a.text) || a.text[e] != ' ' || a.text[e+1] < 'a' || a.text[e+1] > 'z' {
		return false // "Fiona Parry issued": a verb after it
	}
	p := a.paragraph(m.Start)
	q := a.paragraph(at)
	if p < 0 || q < 0 || q-p > 1 {
		return false
	}
	// White space alone between the paragraph's start and the name,
	// read back from the name a bounded stretch (linear time).
	ps := a.d.Paragraphs[p].Start
	for i := m.Start - 1; i >= ps; i-- {
		if i < m.Start-64 {
			return false
		}
		if c := a.text[i]; c != ' ' && c != '\n' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}
