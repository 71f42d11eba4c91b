package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// f8Trailing reports whether q, the first top-level quotation of
// paragraph p and with no speaker, is a turn of a dialogue that ends
// with what its speaker does: it opens its paragraph, its words end a
// sentence, and the narration after it opens a new sentence with a
// subject pronoun ("“No matter.” And she settled back in the chair.",
// "“Never.” He walked to the window.") or a name ("“Never.” Ann
// laughed."), or has one after an opening conjunction or participle
// ("And having found the key, she …", "Turning away, he …"). A novel
// breaks a run of bare turns so, the line still the next of the
// alternation and the narration telling what its speaker does; turns
// reads the paragraph as a bare turn (not a break of the run), and
// f5Give gives it its party only where the narration's subject fits
// that party (f8TrailFits): the same sex, or the same name; where it
// does not, the giving stops there, the alternation in doubt. (Read as
// the last turn of its run instead, the paragraph cut off the turns
// after it: going on through it gave five more right speakers on the
// novels and no wrong one.) Narration before the quotation ("He
// turned. “Never.”"), narration in lower case (a cue the stage does
// not know: "“White?” queried Ann") or in a parenthesis, and one whose
// subject is neither are left breaks of the run. The subject is stored
// in t. Reads a bounded stretch after the quotation (linear time).
func (a *attributor) f8Trailing(q *doc.Quote, p int, t *f5Turn) bool {
	if q.Speaker.Name != "" || len(q.Content) == 0 || !a.opensParagraph(q, p) {
		return false
	}
	text := a.text
	// The words end a sentence: a full stop, "!", "?" or a dash last.
	c := q.Content[len(q.Content)-1]
	w := strings.TrimRight(text[c.Start:c.End], " \n")
	if w == "" || !strings.ContainsAny(w[len(w)-1:], ".!?-") {
		return false
	}
	i := q.End
	for i < len(text) && i < q.End+8 && (text[i] == ' ' || text[i] == '\n') {
		i++
	}
	if i >= len(text) || text[i] < 'A' || text[i] > 'Z' || a.paragraph(i) != p {
		return false
	}
	e := i
	for e < len(text) && e-i < 12 && isASCIILetter(text[e]) {
		e++
	}
	first := text[i:e]
	if sex := f8PronounSex(first); sex != 0 {
		t.trailSex = sex
		return true
	}
	ms := a.mentions
	k := a.mentionEndAfter(i)
	if k < len(ms) && ms[k].Start == i {
		if ms[k].thing || ms[k].person {
			return false
		}
		t.trailName = ms[k].text
		return true
	}
	if !f8Conjunctions[first] && !(len(first) > 4 && strings.HasSuffix(first, "ing")) {
		return false
	}
	// "And she …", "As he spoke, …", "Turning away, she …": the
	// first subject pronoun or name of the sentence's first
	// f8OpenerReach bytes, before any other name.
	end := min(len(text), e+f8OpenerReach, a.d.Paragraphs[p].End)
	for j := e; j < end; j++ {
		b := text[j]
		if b == '.' || b == '!' || b == '?' || b == ';' || b == '"' || b == 0xe2 {
			return false // the sentence's end, or a quotation
		}
		if k < len(ms) && ms[k].Start <= j {
			if ms[k].thing || ms[k].person || ms[k].object || ms[k].Start < j {
				return false
			}
			t.trailName = ms[k].text
			return true
		}
		if (b == 'h' || b == 's') && !isASCIILetter(text[j-1]) {
			w := j
			for w < end && isASCIILetter(text[w]) {
				w++
			}
			if sex := f8PronounSex(text[j:w]); sex != 0 {
				t.trailSex = sex
				return true
			}
		}
	}
	return false
}

// f8OpenerReach bounds how far into the narration after a trailing
// turn f8Trailing reads for its subject past an opening conjunction or
// participle.
const f8OpenerReach = 80

// f8Conjunctions open a sentence of narration before its subject
// pronoun: "And she …", "But he …", "As she spoke, …".
var f8Conjunctions = map[string]bool{"And": true, "But": true, "As": true, "Then": true, "While": true, "When": true, "So": true}

// f8PronounSex is the sex of a subject pronoun w, in either case, or 0.
func f8PronounSex(w string) byte {
	switch w {
	case "he", "He":
		return 'm'
	case "she", "She":
		return 'f'
	}
	return 0
}

// f8TrailFits reports whether the narration after a trailing turn t
// (f8Trailing) fits the speaker sp that the alternation gives it: its
// name the same person's, or its pronoun the sex of sp (the mention's
// own pronoun, the name's title or given name, or the sex the
// narration gave the name: f4SexOf). A speaker of unknown sex does not
// fit a pronoun.
func (a *attributor) f8TrailFits(t *f5Turn, sp doc.Speaker) bool {
	if t.trailName != "" {
		return samePerson(t.trailName, sp.Name)
	}
	return t.trailSex != 0 && a.f8SexOf(sp) == t.trailSex
}

// f8SexOf returns the sex ('m' or 'f') of a speaker: its mention's
// pronoun, the title of its name, or the sex of its mention as a name
// (a given name, or what f4SexOf learned of it); 0 when none tells.
func (a *attributor) f8SexOf(sp doc.Speaker) byte {
	m := sp.Mention
	if m.End > m.Start && m.End <= len(a.text) {
		if sex := f8PronounSex(a.text[m.Start:m.End]); sex != 0 {
			return sex
		}
	}
	if sex := f7TitleSex(sp.Name); sex != 0 {
		return sex
	}
	ms := a.mentions
	if k := a.mentionEndAfter(m.Start); k < len(ms) && ms[k].Span == m {
		if ms[k].gender != 0 {
			return ms[k].gender
		}
		if !ms[k].thing && !ms[k].person {
			return a.f4SexOf(k)
		}
	}
	return 0
}
