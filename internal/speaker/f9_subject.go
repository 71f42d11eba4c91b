package speaker

import (
	"sort"
	"strings"
)

// f9SubjectWaits reports whether a name of unknown sex, mention u,
// nearer to a "he" or "she" than a name whose sex its title or given
// name tells ("Anne Shirley", "Mr. Elton"), is still whom the pronoun
// means. Novels call a character by an uncommon given name or a
// surname ("Marilla", "Holmes") and give that character's words right
// after a sentence of narration with the name as its subject
// ("Marilla thought it all foolishness. ¶ “…,” she grumbled."); a
// woman named in a clause before, even one of known sex, is then the
// less likely speaker. f4SubjectWaits holds the same for a name whose
// sex the narration told; this holds it for one whose sex the lexicon
// tells, only where the narration ends with the name's sentence and
// the pronoun tags the quotation that follows it: the name is the last
// one before the pronoun (names in quotations aside when the pronoun
// is outside them), stands as its clause's subject (f4SubjectWaits),
// is no sentence's first word taken for a name (f9Junk), its sentence
// is the last before the quotation's, and the pronoun at offset at
// comes right after that quotation (“…,” she said). A name before an
// earlier quotation ("Kate read the letter. “…” ¶ “…,” he said") has
// had its turn; a nearer description ("Kate sat still while her
// father read. ¶ “…,” he said") may be the speaker; a pronoun in the
// narration after more sentences ("Kate went in. The fire was low.
// She …") may mean anyone those sentences spoke of. i is the end of
// the mentions resolveAtExcept reads (at most 32 after u). Its hook is
// in resolveAtExcept (attribute.go).
func (a *attributor) f9SubjectWaits(u, i, at int, outside bool) bool {
	for k := u + 1; k < i; k++ {
		if !(outside && a.mentions[k].inQuote) {
			return false
		}
	}
	m := &a.mentions[u]
	return !f9Junk(m.text) && a.f4SubjectWaits(m.Start, m.End) && a.f9EndsNarration(m, at) && (a.f9Spoke(m.text, at) || n84PersonAppositive(a.text, m.End))
}

// f9EndsNarration reports whether mention m, a subject, ends the
// narration before the quotation that the "he" or "she" at offset at
// tags: the pronoun comes right after that quotation (“…,” she said),
// no other quotation stands between m and it, m's sentence holds no
// quotation before m, and m's sentence is the last before the
// quotation's: no sentence of narration, whose subject the pronoun may
// be, between.
func (a *attributor) f9EndsNarration(m *mention, at int) bool {
	ws := a.spoken()
	k := a.spokenAfter(ws, m.End)
	if a.spokenAfter(ws, at)-k != 1 || at-ws[k].End > f9TagGap {
		return false // not the tag right after the quotation: “…,” she said
	}
	if !f9HeShe(a.text, at) || k > 0 && ws[k-1].End > a.sentenceStart(m.Start) {
		return false // "said her mother"; "“…,” said Ed Moss." is a turn's tag
	}
	st := a.sentenceStart(ws[k].Start)
	if st <= m.Start {
		return true
	}
	b := st - 1
	for b > m.End && b > st-16 && (a.text[b] == ' ' || a.text[b] == '\n' || a.text[b] == '\r' || a.text[b] == '\t') {
		b--
	}
	return a.sentenceStart(b) <= m.Start
}

// f9HeShe reports whether the word at offset at is "he" or "she", in
// any case: the subject of a tag, not "her" of "said her mother".
func f9HeShe(text string, at int) bool {
	e := at
	for e < len(text) && e < at+4 && isASCIILetter(text[e]) {
		e++
	}
	if e < len(text) && isASCIILetter(text[e]) {
		return false
	}
	w := text[at:e]
	return strings.EqualFold(w, "he") || strings.EqualFold(w, "she")
}

// f9SpokeReach bounds how many quotations before the pronoun f9Spoke
// reads.
const f9SpokeReach = 64

// f9Spoke reports whether a quotation before offset at was given to
// name (by its last word, samePerson): the name is one of the people
// who speak, not a place or a thing that opens a sentence ("Port Elsby
// was quiet."), which a name of unknown sex may be.
func (a *attributor) f9Spoke(name string, at int) bool {
	qs := a.d.Quotes
	j := sort.Search(len(qs), func(k int) bool { return qs[k].Start >= at })
	for k := j - 1; k >= 0 && k >= j-f9SpokeReach; k-- {
		if samePerson(qs[k].Speaker.Name, name) {
			return true
		}
	}
	return false
}

// f9TagGap bounds the bytes between a quotation's last word and the
// pronoun of its tag: a comma or a mark, the closing quotation mark, a
// space (“…,” she said; “…?” he asked).
const f9TagGap = 12

// f9JunkClass holds the word lists whose words, written with a capital
// at a sentence's start, are read as a one-word name that names no one:
// "Although the fire burned, she …", "Suddenly he rose", "Next came …".
const f9JunkClass = isFunction | isDet | isSubordinator | isAdverb | isPrep | isObjectPrep | isCue | isTimeWord | isClauseOpener | isQuantifier

// f9Junk reports whether name is one word of f9JunkClass's lists, a
// sentence's first word taken for a name. It builds a string, but is
// asked only where f9SubjectWaits would hand the pronoun on.
func f9Junk(name string) bool {
	if strings.IndexByte(name, ' ') >= 0 {
		return false
	}
	return classOf(lexOf(strings.ToLower(name)))&f9JunkClass != 0
}

// f9DescribedSpeaker reports whether a description of a person, mention
// u, in the paragraph before a quotation or further from it than
// personReach, is whom the tag's "he" or "she" at offset at means when
// no name fits it: it is the last mention before the pronoun (names in
// quotations aside when the pronoun is outside them), of no other sex
// than pron's, the subject of its clause, and ends the narration before
// the quotation (f9EndsNarration). Novels give a nameless character's
// words right after a sentence that has that character as its subject:
// "The policeman sighed and shook his head. ¶ “I know,” he said."
// Its hook is in resolveAtExcept (attribute.go), which gives the
// description only where it finds no name.
func (a *attributor) f9DescribedSpeaker(u, i, at int, pron string, outside bool) bool {
	for k := u + 1; k < i; k++ {
		if !(outside && a.mentions[k].inQuote) {
			return false
		}
	}
	m := &a.mentions[u]
	if pron == "he" && m.gender == 'f' || pron == "she" && m.gender == 'm' {
		return false
	}
	return f4Subject(a.text, m.Start, m.End) && a.f9EndsNarration(m, at)
}
