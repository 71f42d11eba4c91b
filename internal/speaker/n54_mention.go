package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n54SentenceOpens reports whether offset at opens a sentence: only
// blanks lie between it and the text's start, a line break, or a stop.
func n54SentenceOpens(text string, at int) bool {
	for j := at - 1; j >= 0 && at-j <= 8; j-- {
		switch text[j] {
		case ' ', '\t':
			continue
		case '\n', '.', '?', '!':
			return true
		}
		return false
	}
	return at < 8
}

// n54Opens reports whether the word at offset at opens a phrase set
// off from what comes before: a comma or a dash before it, or a
// sentence's start.
func n54Opens(text string, at int) bool {
	j := at
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	if j > 0 && (text[j-1] == ',' || text[j-1] == '-') || j >= 3 && (text[j-3:j] == "—" || text[j-3:j] == "–") {
		return true
	}
	return n54SentenceOpens(text, at)
}

// n54WithParticiples clears the speaker of a reading whose cue is a
// past participle in an absolute phrase after "with": "…, with both
// the mayor and his wife expected to visit the harbour" says that
// others expect them to, as "the mayor is expected to" does; the noun
// phrase after "with" is the participle's object, not a subject that
// expects. An absolute phrase has no finite verb: "with the council
// voted" is no English, so a past in "-ed" there is the participle.
// Read: the cue is one word in "-ed" or an irregular participle of
// n54Participles, straight after the mention, with "to" after it (a
// verb of reporting in such a phrase raises: "expected to visit", "said
// to favour"; the two bytes are asked first, so that the common "Ann
// said" costs no more); "with" comes at most
// n54WithWords words before the mention's start, every word between is
// a word of letters that is no auxiliary, no relative pronoun and no
// verb of reporting, with no mark between (the noun phrase, "both the
// mayor and his"); the mention is no pronoun ("who", "they"). The
// reading keeps its words, with no source, as the passive's has. A
// participle in "-ing" ("with the captain saying …") is the noun's
// own act, and is read by absoluteSubject. Bounded: a few words back
// from each mention.
func (a *attributor) n54WithParticiples() {
	d, text := a.d, a.text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind == doc.QuoteIndirect && q.Speaker.Name != "" && n54WithParticiple(text, q.Speaker.Mention, q.Cue) {
			a.n30Clear(i, q.Speaker.Name)
		}
	}
}

// n54WithParticiple reports whether the cue c, after the mention m, is
// a participle of an absolute phrase after "with", as
// n54WithParticiples reads it.
func n54WithParticiple(text string, m, c doc.Span) bool {
	if m.End <= m.Start || c.End <= c.Start || c.End > len(text) || c.Start-m.End != 1 {
		return false // the cue straight after the mention
	}
	if c.End+4 > len(text) || text[c.End:c.End+4] != " to " {
		return false // a participle of reporting in an absolute phrase takes "to" ("expected to visit", "said to favour"): the bytes first
	}
	cue := strings.ToLower(text[c.Start:c.End])
	if !(len(cue) > 4 && strings.HasSuffix(cue, "ed")) && !n54Participles[cue] {
		return false
	}
	if m.End-m.Start <= 4 && n54Pronoun(text[m.Start:m.End]) {
		return false
	}
	return n54WithBefore(text, m.Start)
}

// n54Pronoun reports whether the mention w is a pronoun: "who", "they",
// "them".
func n54Pronoun(w string) bool {
	for _, p := range [...]string{"he", "she", "it", "i", "we", "they", "who", "them"} {
		if strings.EqualFold(w, p) {
			return true
		}
	}
	return false
}

// n54WithWords bounds the words between "with" and the mention.
const n54WithWords = 6

// n54Participles are irregular participles of verbs of reporting that
// stand in an absolute phrase as "expected" does: "with the mayor said
// to favour …", "with the crew thought to be safe".
var n54Participles = map[string]bool{"said": true, "thought": true, "told": true, "known": true, "seen": true, "shown": true, "held": true, "understood": true}

// n54WithBefore reports whether "with" comes before offset at, at most
// n54WithWords words back, the words between a noun phrase's: letters
// only, no auxiliary, relative pronoun or verb of reporting. "with"
// opens the phrase: after a comma or a dash, or at a sentence's start
// ("…, with the mayor expected to …", "With the mayor expected to …,
// the council …"); "In an interview with the Gazette the mayor
// claimed …" is a phrase after a noun, and the mayor claims.
func n54WithBefore(text string, at int) bool {
	e := at
	for n := 0; n <= n54WithWords; n++ {
		for e > 0 && text[e-1] == ' ' {
			e--
		}
		s := e
		for s > 0 && e-s < 20 && isASCIILetter(text[s-1]) {
			s--
		}
		if s == e || s > 0 && text[s-1] != ' ' {
			return false // a mark, a long word, the text's start
		}
		w := text[s:e]
		if w[0] >= 'A' && w[0] <= 'Z' {
			if w == "With" {
				return n54Opens(text, s)
			}
			e = s
			continue // a name's word: no auxiliary or verb has its capital here
		}
		if w == "with" {
			return n54Opens(text, s)
		}
		if auxiliaries[w] || w == "who" || w == "which" || w == "that" || reportingSenses(w) != nil {
			return false
		}
		e = s
	}
	return false
}
