package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// n4ReporterGap bounds the bytes between a reporter's name and the
// "that" of the clause it reports ("Ann Ortiz claims that", "Lee has
// also said that").
const n4ReporterGap = 32

// n4Reporter returns the name that "he" or "she" at pronoun (the start
// of the pronoun) means in place of mention j, the nearest fitting
// name, when j is the subject of a that-clause which the subject of its
// own sentence reports, and the pronoun opens a later sentence: "Okafor
// claims that Brandt sold the patent. ¶ He also describes …". News
// prose goes on with the one who speaks, not with the one spoken about:
// a that-clause after a reporting verb ("claims that", "said that")
// holds what the sentence's subject says, and the next "he also
// details", "she added" is that subject's. Otherwise "".
//
// The frame is read from the text, in one sentence: the reporter is
// the mention just before j, a subject (f4Subject), followed by one to
// three words in lower case, the last of them "that", and then j. The
// reporter must fit the pronoun: of its sex (its own, or the one the
// narration gave it), or of unknown sex when j's sex is unknown too;
// not a thing, a description or, outside quotations, a name inside
// one. It does not fire when unknown (a name of unknown sex read
// nearer the pronoun, at unknownAt) is set and stands outside the
// that-clause ("… told none of the other Tessel partners" is inside), when the pronoun stands in j's sentence
// ("Ann said that Bo thinks he …") or in any but the next. Its hook is in resolveAtExcept
// (attribute.go). Reads a bounded stretch: the gap is at most
// n4ReporterGap bytes.
func (a *attributor) n4Reporter(j, pronoun int, pron string, unknownAt doc.Span, unknown, except string, outside bool) string {
	m := &a.mentions[j]
	// The cheap gate first: "that " right before the name, or a verb
	// of speech with no "that" (n79BareReport).
	gapEnd := m.Start - 5
	if m.Start < 6 || j == 0 {
		return ""
	}
	if a.text[m.Start-5:m.Start] != "that " {
		if gapEnd = n79BareReport(a.text, m.Start); gapEnd < 0 {
			return ""
		}
	}
	if pron != "he" && pron != "she" {
		return ""
	}
	if unknown != "" && (unknownAt.Start < m.End || a.sentenceStart(unknownAt.Start) != a.sentenceStart(m.Start)) {
		return "" // a name of unknown sex nearer, outside the clause
	}
	ps := a.sentenceStart(pronoun)
	if ps <= m.Start {
		return "" // the pronoun in the that-clause's own sentence
	}
	// The pronoun's sentence must be the next one: the last byte
	// before it, white space passed over (a bounded stretch), lies in
	// j's sentence.
	e := ps - 1
	for e > m.End && e > ps-16 && (a.text[e] == ' ' || a.text[e] == '\n' || a.text[e] == '\r' || a.text[e] == '\t') {
		e--
	}
	if e < m.End || a.sentenceStart(e) != a.sentenceStart(m.Start) {
		return ""
	}
	c := &a.mentions[j-1]
	if c.End >= gapEnd || gapEnd-c.End > n4ReporterGap || c.thing || c.person || c.object || c.inQuote && outside {
		return ""
	}
	// An appositive name before the verb: "City’s manager, Ross
	// Kinnaird, said Ferrandi …" (n79_bare.go); its comma is passed.
	from, appositive := c.End, n79Appositive(a.text, c.Start, c.End)
	if appositive {
		from++
	} else {
		from = n105CommaAside(a.text, from, gapEnd) // "Gemma Oakridge, prosecuting, said …"
	}
	// One to three lower-case words between: "claims", "has also said".
	words := 0
	for p := from; p < gapEnd; p++ {
		b := a.text[p]
		switch {
		case b == ' ':
			if p+1 < gapEnd && a.text[p+1] != ' ' {
				words++
			}
		case b >= 'a' && b <= 'z':
		default:
			return ""
		}
	}
	if words < 1 || words > 3 || a.text[from] != ' ' {
		return ""
	}
	if a.sentenceStart(c.Start) != a.sentenceStart(m.Start) || !appositive && !f4Subject(a.text, c.Start, c.End) {
		return ""
	}
	if except != "" && samePerson(c.text, except) || c4Unfit(pron, c.text) {
		return ""
	}
	want := pronounSex(pron)
	sex := c.gender
	if sex == 0 {
		sex = a.f4SexOf(j - 1)
	}
	if sex == 0 {
		msex := m.gender
		if msex == 0 {
			msex = a.f4SexOf(j)
		}
		if msex != 0 && !(outside && n79Speaks(a.text, pronoun+len(pron))) || unfitHeShe(c.text) {
			return "" // the name reported on is known to fit, the reporter not: unless the pronoun speaks (n79_bare.go)
		}
	} else if sex != want {
		return ""
	}
	return c.text
}
