package speaker

import "strings"

// n96AgeNames names the speaker that sports and feature prose calls by
// an age after introducing them: "Pieter Osei-Grant was blunter. “…,”
// the 33-year-old said." A mention that holds "the N-year-old" (with
// or without a noun after it: "the 52-year-old charge nurse", "the
// 31-year-old Kenyan") is the person given that age before ("Daria
// Orlenko, 24, …"), or else the last person named in full before it
// within n96Reach bytes: a name of two or more capitalised words, not a
// body's or a place's (n77BodyWord). The mention is kept; the name and
// the chain's last hand change (rename). No such person, no change.
func (a *attributor) n96AgeNames() {
	d := a.d
	text := d.Text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m := q.Speaker.Mention
		if m.End-m.Start < 13 || q.Speaker.Name == "" {
			continue
		}
		mention := text[m.Start:m.End]
		k := strings.Index(mention, "-year-old")
		if k < 1 || !strings.HasPrefix(strings.ToLower(mention), "the ") {
			continue
		}
		j := k
		for j > 0 && mention[j-1] >= '0' && mention[j-1] <= '9' {
			j--
		}
		if j == k || j != 4 {
			continue // "the 33-year-old", a number right after "the"
		}
		if nm := a.n96Person(m.Start, mention[j:k]); nm != "" && nm != q.Speaker.Name {
			rename(q, q.Speaker.Name, nm)
		}
	}
}

// n96Reach bounds how far back n96Person looks, in bytes.
const n96Reach = 1500

// n96Person returns the person an age description at offset at means:
// the name given that age before it ("Daria Orlenko, 24,"), else the
// last full name of a person before it, or "".
func (a *attributor) n96Person(at int, age string) string {
	text := a.d.Text
	lo := max(0, at-n96Reach)
	toks := a.ix.tokens(lo, at)
	last := ""
	for k := 0; k < len(toks); k++ {
		n, ok := nameAt(text, toks, k)
		if !ok || n.from != k {
			continue
		}
		k = max(k, n.to-1)
		if !strings.Contains(n.text, " ") || n77BodyWord(n.text) || strings.HasSuffix(n.text, "’s") || strings.HasSuffix(n.text, "'s") {
			continue
		}
		if n.to+2 < len(toks) && toks[n.to].str(text) == "," && toks[n.to+1].str(text) == age && toks[n.to+2].str(text) == "," {
			return n.text // "Daria Orlenko, 24,": the age given, the person meant
		}
		if possessiveAt(text, n.end) || n.from > 0 && toks[n.from-1].word && toks[n.from-1].is(isDet|isPrep) && !toks[n.from-1].is(isPronoun) || nounAdjunct(text, toks, n.to) {
			continue // a place or a body: "St. Aldric’s Regional Medical Center", "past Tallowgate Church", "the Riverside Market development"
		}
		if n.from > 0 && toks[n.from-1].str(text) == "," && n.to < len(toks) && boundary(text, toks, n.to) {
			continue // an object's appositive ending its sentence: "… set by his training partner, Josphat Ekaran."
		}
		last = n.text
	}
	if strings.Contains(text[lo:at], ", "+age+",") {
		return "" // the age given to a name not read as a person's: none guessed
	}
	return last
}

// nounAdjunct reports whether toks[k], after a name, is a lower-case
// noun that the name modifies ("the Riverside Market development"):
// no verb, function word or adverb, nor a form in "-s" or "-ed".
func nounAdjunct(text string, toks []tok, k int) bool {
	if k >= len(toks) || !toks[k].word || capital(toks[k].str(text)) {
		return false
	}
	t := &toks[k]
	return !t.is(isFunction|isAuxiliary|isFinite|isCue|isAdverb|isReporting) && !t.is2(isPastVerb) && !strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ed")
}

// possessiveAt reports whether a possessive's mark starts at offset i.
func possessiveAt(text string, i int) bool {
	r := text[i:]
	if l := text[:i]; strings.HasSuffix(l, "’s") || strings.HasSuffix(l, "'s") {
		return true // the name read with its mark
	}
	return strings.HasPrefix(r, "’s") || strings.HasPrefix(r, "'s") || strings.HasPrefix(r, "’ ") || strings.HasPrefix(r, "' ")
}
