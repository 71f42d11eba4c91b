package speaker

// f4SubjectReach bounds how many mentions before the name it would give
// f4SubjectBefore reads.
const f4SubjectReach = 6

// f4SubjectBefore returns the name that "he" or "she" means in place of
// mention j, the nearest name that fits it, when j stands deep in a
// phrase, in no subject's place (f4Embedded: "before the astonished
// Mrs. Reed", "into the presence of the offended Mrs. Lynde") and a name of the
// pronoun's sex stands as the subject of its sentence or of the
// sentence before, in its paragraph ("Ann knelt before the astonished
// Mrs. Reed and held out her hands. ¶ “…,” she said"; "Marilla beheld
// the change. This was no penitent to take into the presence of the
// offended Mrs. Lynde. ¶ “…?” she asked"). The narration goes on with
// its subject; a name in a preposition's or a verb's object is the one
// acted on, seldom the next to speak. Otherwise "". The sex is the
// name's own or the one the narration gave it (f4SexOf); names in
// quotations (when the pronoun is outside them), things, objects,
// descriptions and the name except are passed over, as resolveAtExcept
// passes them. Its hook is in resolveAtExcept (attribute.go). Reads at
// most f4SubjectReach mentions.
func (a *attributor) f4SubjectBefore(j int, pron, except string, from int, outside bool) string {
	m := &a.mentions[j]
	if !f4Embedded(a.text, m.Start) && !f7DeepPossessor(a.text, m.Start, m.End) {
		return ""
	}
	lo := a.sentenceStart(m.Start)
	// The sentence before: its last byte, white space passed over (a
	// bounded stretch; sentenceStart of a gap is 0).
	i := lo - 1
	for i > 0 && i > lo-16 && (a.text[i] == ' ' || a.text[i] == '\n' || a.text[i] == '\r' || a.text[i] == '\t') {
		i--
	}
	if i > 0 {
		if b := a.sentenceStart(i); b > 0 || len(a.d.Sentences) > 0 && a.d.Sentences[0].Start <= i {
			lo = b
		}
	}
	p := a.paragraph(m.Start)
	if p < 0 {
		return ""
	}
	lo = max(lo, a.d.Paragraphs[p].Start, from)
	want := pronounSex(pron)
	for k := j - 1; k >= 0 && k >= j-f4SubjectReach && a.mentions[k].Start >= lo; k-- {
		c := &a.mentions[k]
		if c.inQuote && outside || c.thing || c.object || c.person {
			continue
		}
		sex := c.gender
		if sex == 0 {
			sex = a.f4SexOf(k)
		}
		if sex != want || except != "" && samePerson(c.text, except) || !f4Subject(a.text, c.Start, c.End) {
			continue
		}
		return c.text
	}
	return ""
}

// f4Embedded reports whether the name starting at offset st stands
// inside a phrase, where no clause's subject stands: after a
// preposition that objectPreps (which make a name an object already)
// leave out ("before Mrs. Reed", "behind Ed"), or after a determiner
// and one word in lower case ("the offended Mrs. Lynde", "an
// astonished Tom").
func f4Embedded(text string, st int) bool {
	w1, b := f4WordBefore(text, st)
	if w1 == "" || w1[0] < 'a' || w1[0] > 'z' {
		return false
	}
	if f4Preps[w1] {
		return true
	}
	w2, _ := f4WordBefore(text, b)
	switch w2 {
	case "the", "a", "an":
		return true
	case "he", "she", "they", "we", "I", "you":
		// A verb's object after a pronoun, its subject: "he expects
		// Clinton to recover".
		return true
	}
	return false
}

// f4WordBefore returns the ASCII word that ends one space before offset
// st (at most 12 bytes), and its start; "" when a mark or a line's end
// stands between.
func f4WordBefore(text string, st int) (string, int) {
	if st < 2 || text[st-1] != ' ' {
		return "", st
	}
	e := st - 1
	b := e
	for b > 0 && e-b < 12 && isASCIILetter(text[b-1]) {
		b--
	}
	if b > 0 && isASCIILetter(text[b-1]) {
		return "", st
	}
	return text[b:e], b
}

// f4Preps are the prepositions of place and comparison that objectPreps
// lacks.
var f4Preps = map[string]bool{"before": true, "behind": true, "beside": true, "against": true, "near": true, "over": true, "under": true, "among": true, "around": true, "like": true, "than": true, "after": true, "past": true}
