package speaker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// This file holds n26PlaceTail, which trailingOK (parc.go) asks about
// the words after a trailing inverted cue's subject ("…, said one aide
// in the room."), and n26PlaceMentions, which widens such a subject's
// mention over them.

// placeHeads are the nouns of a trailing subject that a phrase of place
// may follow as the subject's own modifier: the unnamed people of news
// reports who were somewhere ("one source in the room", "an aide at the
// meeting", "a member on the panel"). persons.txt holds most roles; these
// are the nouns news uses for an unnamed informant that it does not.
var placeHeads = map[string]bool{"source": true, "sources": true, "people": true, "person": true, "someone": true, "participant": true, "participants": true, "attendee": true, "attendees": true, "staffer": true, "staffers": true, "members": true, "officials": true, "aides": true, "lawmakers": true,
	"republican": true, "republicans": true, "democrat": true, "democrats": true} // "one Republican on the panel"

// n26PlaceTail reports whether the words after a trailing inverted
// cue's subject (text[at:end], up to the sentence's end) are a phrase
// of place that ends the sentence and belongs to the subject: "…, said
// one source in the room.", "…, said an aide at the meeting.", "…, said
// a member on the panel.", also with a phrase of time after it ("…,
// said an aide at the meeting on Monday."). The subject is still whole;
// "in the room" tells which source. The phrase is "in", "at", "on" or
// "inside", then "the" and one or two words in lower case; the
// subject's last word is a noun for a person (persons.txt or
// placeHeads). It must not read a clause after the subject ("…, said
// the officials in the room were …": the sentence goes on), a name
// after the preposition ("at the Times" is an employer, which
// affiliationTail reads), a longer phrase, or a subject that is no
// person ("…, said the report in the file.").
func n26PlaceTail(text string, at, end int) bool {
	return n26PlaceEnd(text, at, end, true) > at
}

// n26PlaceEnd returns where the phrase of place after a subject that
// ends at at ends, or -1: the phrase and nothing else (but a phrase of
// time when tail is set) up to end.
func n26PlaceEnd(text string, at, end int, tail bool) int {
	if end-at > n26PlaceReach+20 || at < 2 || end > len(text) {
		return -1
	}
	f := strings.Fields(text[at:end])
	if len(f) > 0 && tail {
		f[len(f)-1] = strings.TrimRight(f[len(f)-1], ".") // end may stop before the full stop or after it
		if f[len(f)-1] == "" {
			f = f[:len(f)-1]
		}
	}
	n := n26PlaceWords(f)
	if n == 0 || n < len(f) && !(tail && timeTail(f[n:])) {
		return -1
	}
	head := strings.TrimRight(text[max(0, at-30):at], " ")
	head = strings.ToLower(head[strings.LastIndexAny(head, " \n")+1:])
	_, ok := persons[head]
	if !ok && strings.HasSuffix(head, "s") {
		_, ok = persons[strings.TrimSuffix(head, "s")]
	}
	if !ok && !placeHeads[head] {
		return -1
	}
	// The phrase's end: after its n-th word.
	e := at
	for k := 0; k < n; k++ {
		for e < end {
			sp := fieldSpaceAt(text, e)
			if sp == 0 {
				break
			}
			e += sp
		}
		for e < end && fieldSpaceAt(text, e) == 0 {
			_, size := utf8.DecodeRuneInString(text[e:])
			e += size
		}
	}
	for e > at && text[e-1] == '.' {
		e--
	}
	return e
}

// n26PlaceWords returns how many of f, the words after a subject, make
// a phrase of place "in the room" or "at the news briefing" (a
// preposition, "the", one or two words in lower case, neither a word of
// time), or 0.
func n26PlaceWords(f []string) int {
	if len(f) < 3 || f[1] != "the" || !n26PlaceWord(f[2]) || n26NotPlace[f[2]] {
		return 0
	}
	switch f[0] {
	case "in", "at", "on", "inside":
	default:
		return 0
	}
	if len(f) > 3 && n26PlaceWord(f[3]) {
		return 4
	}
	return 3
}

// n26NotPlace are nouns that follow "in/at/on the" in a phrase of
// manner, time or stance rather than place: "…, said an aide in the
// end", "on the record", "on the phone", "in the meantime", "on the
// other hand", "in the first place", "in the process", "in the wake".
var n26NotPlace = map[string]bool{"end": true, "past": true, "meantime": true, "interim": true, "moment": true, "least": true, "most": true, "record": true, "phone": true, "telephone": true, "whole": true, "contrary": true, "other": true, "condition": true, "same": true, "time": true, "outset": true, "start": true, "beginning": true, "first": true, "process": true, "wake": true, "face": true, "long": true, "short": true, "aftermath": true, "way": true, "event": true, "case": true}

// n26PlaceWord reports whether w may be a word of a place's noun: in
// lower case, neither a preposition nor a word of time.
func n26PlaceWord(w string) bool {
	switch w {
	case "on", "in", "at", "last", "this", "earlier", "late", "early":
		return false
	}
	return isLowerWord(w) && !timeNouns[w] && !weekdays[w] && !dayParts[w] && !seasons[w]
}

// isLowerWord reports whether w is letters in lower case only.
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return len(w) > 0
}

// n26PlaceReach bounds how far after a mention n26PlaceMentions reads
// for the phrase of place and the sentence's end.
const n26PlaceReach = 40

// n26PlaceMentions widens the mention of a subject over the phrase of
// place that n26PlaceTail let stand after an inverted cue ("…, said
// one aide in the room." → "one aide in the room"; a phrase of time
// after it stays out), as PolNeAR marks the whole noun phrase, and as
// the readers already widen "…,” said one source on the panel." and
// "…, one aide in the room said.". Only indirect readings whose content
// lies before the cue, a mention whose last word is a noun for a
// person, and a full stop within n26PlaceReach+20 bytes with no other
// mark between.
func n26PlaceMentions(d *doc.Document) {
	text := d.Text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m, c := q.Speaker.Mention, q.Cue
		if q.Kind != doc.QuoteIndirect || q.Speaker.Name == "" || m.End <= m.Start || c.End <= c.Start || len(q.Content) == 0 || q.Content[len(q.Content)-1].End > min(c.Start, m.Start) {
			continue
		}
		if c.End > m.Start {
			continue
		}
		stop := strings.IndexAny(text[m.End:min(len(text), m.End+n26PlaceReach+20)], ".,;:!?\n“”\"")
		if stop < 0 || text[m.End+stop] != '.' {
			continue
		}
		e := n26PlaceEnd(text, m.End, m.End+stop+1, true)
		if e <= m.End {
			continue
		}
		if old := q.Speaker.Name; old == text[m.Start:m.End] {
			q.Speaker.Name = text[m.Start:e]
			for k, h := range q.Chain {
				if h == old {
					q.Chain[k] = q.Speaker.Name
				}
			}
		}
		q.Speaker.Mention.End = e
	}
}

// fieldSpaceAt returns the length of the space that starts at text[i]
// as strings.Fields splits words (unicode.IsSpace: a tab, a no-break
// space), or 0, so that the n-th word n26PlaceWords counted is the n-th
// word found here.
func fieldSpaceAt(text string, i int) int {
	r, size := utf8.DecodeRuneInString(text[i:])
	if unicode.IsSpace(r) {
		return size
	}
	return 0
}
