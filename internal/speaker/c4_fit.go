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
// Cheap first: a contraction holds an apostrophe.
//
// (A people's plural after a nation's adjective, "Egyptian Copts", is
// no "he" either; but the adjective's ending is a given name's too,
// "Julian Evans", and the text keeps no list of nations: the exchange
// test below is what kept "he" from such a group.)
func c4Unfit(pron, name string) bool {
	if strings.IndexByte(name, '\'') < 0 && !strings.Contains(name, "’") {
		return false
	}
	return contractedPronoun(name)
}

// c4WhoHead returns whom "who" at offset at means when the name just
// before it, ms[len(ms)-1], stands inside an indefinite or definite
// description rather than being its antecedent, and ok:
//
//   - the name modifies a noun before "who": "an Israeli prime
//     minister who has declared" is the minister, not "Israeli"; the
//     description from its determiner (antecedent) is returned;
//   - the name is the head of a description in apposition to a name
//     before it: "Senator Ann Ortiz, an Oklahoma Republican who
//     warned" is Ann Ortiz, whom the description describes.
//
// Otherwise ok is false and the name stands. Its hook is in the "who"
// branch of resolveAtExcept (attribute.go). Cheap first: the name must
// follow "a ", "an " or "the ", a byte test.
func (a *attributor) c4WhoHead(ms []mention, at int) (string, bool) {
	m := &ms[len(ms)-1]
	text := a.text
	det := c4DetBefore(text, m.Start)
	if det < 0 {
		return "", false
	}
	for i := m.End; i < at; i++ {
		if isASCIILetter(text[i]) {
			// Words between the name and "who": the name is a
			// modifier of the noun they end with.
			if d := a.antecedent(at); d != "" && strings.HasPrefix(text[det:], d) && len(d) > m.End-det {
				return d, true
			}
			return "", false
		}
	}
	// "Ann Ortiz, an Oklahoma Republican who": the name before the
	// comma that ends just before the determiner.
	if len(ms) >= 2 {
		p := &ms[len(ms)-2]
		if !p.inQuote && p.End <= det && strings.TrimSpace(text[p.End:det]) == "," && !p.thing && !p.object {
			return p.text, true
		}
	}
	return "", false
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
// "he" or "she" at offset at in place of the last turn's speaker, is
// named in the few paragraphs before at (c4TurnReach), outside
// quotations: two people in an exchange of turns are both on the
// scene. A name met only further back ("20 of them Egyptian Copts"
// three paragraphs before a speaker's second quotation in a news
// report) is no one taking turns, and the pronoun keeps meaning the
// speaker just quoted. Its hook is in resolve (attribute.go).
func (a *attributor) c4Exchange(other string, at int) bool {
	p := a.paragraph(at)
	if p < 0 {
		return true
	}
	lo := a.d.Paragraphs[max(0, p-c4TurnReach)].Start
	i := sort.Search(len(a.mentions), func(i int) bool { return a.mentions[i].End > at })
	for j := i - 1; j >= 0 && j >= i-64 && a.mentions[j].Start >= lo; j-- {
		if a.mentions[j].text == other {
			return true
		}
	}
	return false
}
