package speaker

import (
	"strings"

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
var placeHeads = map[string]bool{"source": true, "sources": true, "people": true, "person": true, "someone": true, "participant": true, "participants": true, "attendee": true, "attendees": true, "staffer": true, "staffers": true, "members": true, "officials": true, "aides": true, "lawmakers": true}

// n26PlaceTail reports whether the words after a trailing inverted
// cue's subject (text[at:end], up to the sentence's end) are a phrase
// of place that ends the sentence and belongs to the subject: "…, said
// one source in the room.", "…, said an aide at the meeting.", "…, said
// a member on the panel.". The subject is still whole; "in the room"
// tells which source. The phrase is "in", "at", "on" or "inside", then
// "the" and one or two words in lower case, the last with the sentence's
// full stop; the subject's last word is a noun for a person (persons.txt
// or placeHeads). It must not read a clause after the subject ("…, said
// the officials in the room were …": the sentence goes on), a name
// after the preposition ("…, said Ed Moss in Boston": a place name may
// be the start of the next clause in a headline-like run, and "at the
// Times" is an employer, which affiliationTail reads), or a subject that
// is no person ("…, said the report in the file.").
func n26PlaceTail(text string, at, end int) bool {
	if end-at > 40 || at < 2 {
		return false
	}
	f := strings.Fields(text[at:end])
	if len(f) < 3 || len(f) > 4 {
		return false
	}
	switch f[0] {
	case "in", "at", "on", "inside":
	default:
		return false
	}
	if f[1] != "the" {
		return false
	}
	f[len(f)-1] = strings.TrimSuffix(f[len(f)-1], ".") // end may stop before the full stop or after it
	for _, w := range f[2:] {
		if w == "" || !isLowerWord(w) || timeNouns[w] || weekdays[w] {
			return false
		}
	}
	head := strings.TrimRight(text[max(0, at-30):at], " ")
	head = strings.ToLower(head[strings.LastIndexAny(head, " \n")+1:])
	if placeHeads[head] {
		return true
	}
	_, ok := persons[head]
	if !ok && strings.HasSuffix(head, "s") {
		_, ok = persons[strings.TrimSuffix(head, "s")]
	}
	return ok
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

// n26PlaceMentions widens the mention of a trailing inverted cue's
// subject over the phrase of place that n26PlaceTail let stand after it
// ("…, said one aide in the room." → "one aide in the room"), as PolNeAR
// marks the whole noun phrase, and as the direct quotations' reader
// already widens "…,” said one source on the panel.". Only a mention
// after its cue (inverted), with the content before the cue and the
// phrase ending its sentence (a full stop within n26PlaceReach bytes,
// no other mark between), is widened.
func n26PlaceMentions(d *doc.Document) {
	text := d.Text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m, c := q.Speaker.Mention, q.Cue
		if q.Kind != doc.QuoteIndirect || q.Speaker.Name == "" || m.End <= m.Start || c.End <= c.Start || c.End > m.Start || len(q.Content) == 0 || q.Content[len(q.Content)-1].End > c.Start {
			continue
		}
		stop := strings.IndexAny(text[m.End:min(len(text), m.End+n26PlaceReach)], ".,;:!?\n“”\"")
		if stop < 0 || text[m.End+stop] != '.' || !n26PlaceTail(text, m.End, m.End+stop+1) {
			continue
		}
		end := m.End + stop
		if q.Speaker.Name == text[m.Start:m.End] {
			q.Speaker.Name = text[m.Start:end]
		}
		q.Speaker.Mention.End = end
	}
}
