package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n86GoesOn reports whether the verb after a pronoun ending at offset e
// says its subject goes on speaking: "“…,” he added", "she continued",
// "he went on". resolve hands a tag's "he" or "she" to someone other
// than the speaker of the turn just before, as a dialogue alternates
// ("“…,” said Ann. ¶ “…,” she said." is often the other woman); a verb
// of going on says the opposite, and news prose writes it after a
// quotation of the same speaker: "“…,” Arvelo told reporters. ¶ “…,” he
// added." went to a ballpark named before.
func n86GoesOn(text string, e int) bool {
	if e >= len(text) || text[e] != ' ' {
		return false
	}
	w := text[e+1 : min(len(text), e+16)]
	for _, v := range [...]string{"added", "adds", "continued", "continues", "went on", "goes on"} {
		if strings.HasPrefix(w, v) && (len(w) == len(v) || !isASCIILetter(w[len(v)])) {
			return true
		}
	}
	return false
}

// n86Reach bounds the bytes between the quotation before and the one a
// tag's "he added" goes on from.
const n86Reach = 300

// n86Previous returns the speaker of the top-level quotation right
// before quotation qi, whose tag says its "he" or "she" goes on
// (n86GoesOn): "noted NBC’s Dante Chinni. ¶ “…,” he wrote. ¶ “…,” he
// added." A name of known sex further back won the pronoun over the
// one just quoted, whose sex the lexicon does not know. The quotation
// before ends at most n86Reach bytes back, in qi's paragraph or the one
// before with nothing between but its own tag (one sentence end at
// most), and its mention is the same pronoun or a name of no other
// sex; else "".
func (a *attributor) n86Previous(qi int, pron string) string {
	qs := a.d.Quotes
	q := &qs[qi]
	for j := qi - 1; j >= 0 && j >= qi-8; j-- {
		o := &qs[j]
		if o.Parent >= 0 || o.End > q.Start {
			continue
		}
		if o.Speaker.Name == "" || q.Start-o.End > n86Reach || o.Kind != doc.QuoteDirect {
			return ""
		}
		if p, op := a.paragraph(q.Start), a.paragraph(o.End-1); op != p && op != p-1 {
			return ""
		}
		if n86SentenceEnds(a.text[o.End:q.Start]) > 1 {
			return "" // narration between: "“…!” exclaimed the girl. Ed saw that she … “…,” she added"
		}
		m := o.Speaker.Mention
		if m.End <= m.Start {
			return ""
		}
		if w := a.text[m.Start:m.End]; strings.EqualFold(w, pron) {
			return o.Speaker.Name
		}
		if isPronounWord(strings.ToLower(a.text[m.Start:m.End])) {
			return ""
		}
		want := pronounSex(pron)
		for k := a.mentionEndAfter(m.End) - 1; k >= 0 && a.mentions[k].End > m.Start; k-- {
			g := a.mentions[k].gender
			if g == 0 {
				g = a.f4SexOf(k) // the narration's "he" or "she" for the name
			}
			if a.mentions[k].Start >= m.Start && g != 0 && g != want {
				return "" // "Ann Moss told reporters. ¶ “…,” he added."
			}
		}
		return o.Speaker.Name
	}
	return ""
}

// n86SaidBefore reports whether the name at text[st:en] is the subject
// of an inverted verb of n67Said that ends its sentence: "However
// debates are not likely to alter the race, noted NBC’s Dante Chinni."
// The verb follows a comma, with at most a possessive owner between it
// and the name ("NBC’s"), and a full stop follows the name.
// n67SaidJustBefore read the name before its verb only.
func n86SaidBefore(text string, st, en int) bool {
	if en >= len(text) || text[en] != '.' || st < 4 {
		return false
	}
	b := st - 1 // the space before the name, or before an owner's possessive
	if text[b] != ' ' {
		return false
	}
	if o := strings.LastIndexByte(text[max(0, b-30):b], ' '); o >= 0 {
		w := text[max(0, b-30)+o+1 : b]
		if strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") {
			b = max(0, b-30) + o // "noted NBC’s Dante Chinni"
		}
	}
	v := strings.LastIndexByte(text[max(0, b-16):b], ' ')
	if v < 0 {
		return false
	}
	vs := max(0, b-16) + v + 1
	return vs >= 2 && text[vs-2] == ',' && n67Said[text[vs:b]]
}

// n86SentenceEnds counts the ends of sentences in s: a full stop, a
// question or exclamation mark before white space.
func n86SentenceEnds(s string) int {
	n := 0
	for i := 0; i+1 < len(s); i++ {
		if c := s[i]; (c == '.' || c == '!' || c == '?') && (s[i+1] == ' ' || s[i+1] == '\n') {
			n++
		}
	}
	return n
}
