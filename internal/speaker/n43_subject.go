package speaker

import (
	"slices"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n43Subjects widens a mention that is the object of a preposition to
// the whole subject it ends. In "Several people the panel has tried to
// talk to about the audit have refused to testify" the reader took the
// nearest noun phrase before the verb, "the audit"; but a noun phrase
// right after a preposition ("about the audit") is that preposition's
// object and cannot be the subject of a finite verb: it ends a long
// subject, here a noun with a relative clause that has no "that" ("people
// the panel has tried to talk to about …"), which runs back to where
// the clause begins.
//
// It reads a mention just before its cue, after a preposition, with a
// cue that is plainly finite: an auxiliary between ("have refused") or
// a present tense in "-s" ("tells"). It leaves a bare "-ed" word (a
// participle may modify the noun: "the store described below"), a
// participle in "-ing" (it may have a subject of its own after "with":
// "with experts saying"), a mark of punctuation read as the cue, a
// possessive before a noun cue ("contrary to his claim"), and a subject
// pronoun ("for I knew": "for" is a conjunction there). The subject
// runs back from the mention to the start of its sentence or clause:
// the last full stop, paragraph break, comma, colon, semicolon, dash or
// mark before it, at most n43Back bytes back; it must open with a word
// in capitals that opens no adverbial ("In talks with …"), and hold no
// "said" or "says" (another reading's cue) nor a copula or modal
// outside a relative clause ("The deal is dead for the union has
// said": a finite verb ends a clause of its own). The chains of the
// readings nested in the quotation are renamed with it.
func n43Subjects(d *doc.Document) {
	text := d.Text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m, c := q.Speaker.Mention, q.Cue
		if m.End <= m.Start || c.End <= c.Start || m.End > c.Start || c.Start-m.End > 20 {
			continue
		}
		if c.Start-m.End == 1 && text[c.End-1] != 's' {
			continue // a byte test first: no auxiliary between, and no "-s" ("said", "reads:")
		}
		if !n43AfterPreposition(text, m.Start) || !n43AuxOnly(text[m.End:c.Start]) || !n43FiniteCue(text[c.Start:c.End]) {
			continue
		}
		if !n43Tensed(text[m.End:c.Start], text[c.Start:c.End]) {
			continue // "the store described below": a participle after its noun
		}
		switch e := text[m.Start:m.End]; e {
		case "his", "her", "their", "its", "my", "our", "your":
			continue // "Contrary to his claim": a possessive before a noun cue
		case "I", "he", "she", "we", "they", "who":
			continue // a subject pronoun is a subject: "for I knew", a conjunction
		default:
			if strings.HasSuffix(e, "'") || strings.HasSuffix(e, "'s") || strings.HasSuffix(e, "’s") {
				continue
			}
		}
		s, ok := n43ClauseOpening(text, m.Start)
		if !ok {
			continue
		}
		old := q.Speaker.Name
		q.Speaker.Mention = doc.Span{Start: s, End: m.End}
		q.Speaker.Name = text[s:m.End]
		q.Speaker.Vague = v1VagueSpeaker(q.Speaker.Name)
		// The chains of q and of the readings nested in it (they follow
		// it, before its end) name the old mention: renamed in copies, as
		// a chain may be shared.
		n43Rename(d, i, old, q.Speaker.Name)
	}
}

// n43Rename renames old to name in the chain of quotation i and in
// those of the quotations nested in it, at any depth (a child follows
// its parent, and starts before the parent's end).
func n43Rename(d *doc.Document, i int, old, name string) {
	in := map[int]bool{i: true}
	for k := i; k < len(d.Quotes) && (k == i || d.Quotes[k].Start < d.Quotes[i].End); k++ {
		r := &d.Quotes[k]
		if k > i {
			if r.Parent < 0 || !in[r.Parent] {
				continue
			}
			in[k] = true
		}
		r.Chain = slices.Clone(r.Chain)
		for h := range r.Chain {
			if r.Chain[h] == old {
				r.Chain[h] = name
			}
		}
	}
}

// n43Back bounds, in bytes, how far before a mention n43ClauseOpening
// reads for the clause's start.
const n43Back = 160

// n43Openers open a sentence with an adverbial clause or phrase, or
// join it to the one before: the clause after them is no subject.
var n43Openers = map[string]bool{"in": true, "after": true, "before": true, "when": true, "while": true, "if": true, "as": true, "since": true, "because": true, "although": true, "though": true, "but": true, "and": true, "according": true, "during": true, "under": true, "despite": true, "asked": true, "unlike": true, "like": true, "once": true, "until": true}

// n43AuxOnly reports whether gap, the text between a mention and its
// cue, is white space with at most auxiliaries, "also", "not" and
// "never" in it.
func n43AuxOnly(gap string) bool {
	for i := 0; i < len(gap); {
		if gap[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(gap) && gap[j] >= 'a' && gap[j] <= 'z' {
			j++
		}
		if j == i || j < len(gap) && gap[j] != ' ' {
			return false
		}
		switch gap[i:j] {
		case "have", "has", "had", "will", "would", "also", "not", "never", "did", "do", "does", "may", "might", "could", "can", "should", "repeatedly":
		default:
			return false
		}
		i = j
	}
	return true
}

// n43Tensed reports whether the cue is plainly a finite verb: an
// auxiliary stands before it ("have refused") or it is a present tense
// in "-s" ("tells", not "-ss"). A bare "-ed" word after a noun phrase
// may be a participle that modifies it ("the store described below",
// "a haze seen on the horizon"), and is left.
func n43Tensed(gap, cue string) bool {
	for _, w := range strings.Fields(gap) {
		switch w {
		case "also", "not", "never", "repeatedly":
		default:
			return true // n43AuxOnly let only auxiliaries and these through
		}
	}
	n := len(cue)
	return n >= 3 && cue[n-1] == 's' && cue[n-2] != 's' && strings.IndexByte(cue, ' ') < 0
}

// n43FiniteCue reports whether the cue is a word in lower-case letters
// (no mark of punctuation, ":") that does not end in "-ing" (a
// participle, which may have a subject of its own: "with experts
// saying").
func n43FiniteCue(cue string) bool {
	n := len(cue)
	if n < 2 || n >= 4 && cue[n-3:] == "ing" {
		return false
	}
	for i := 0; i < n; i++ {
		if (cue[i] < 'a' || cue[i] > 'z') && cue[i] != ' ' {
			return false
		}
	}
	return true
}

// n43AfterPreposition reports whether the word before ms (one space
// between) is a preposition whose object cannot be a subject. Not "by":
// its object is the author a work's words are read as ("Her book by Ed
// Moss reads:"), which other passes name.
func n43AfterPreposition(text string, ms int) bool {
	if ms < 3 || text[ms-1] != ' ' {
		return false
	}
	e := ms - 1
	s := e
	for s > 0 && e-s < 8 && text[s-1] >= 'a' && text[s-1] <= 'z' {
		s--
	}
	if s > 0 && text[s-1] != ' ' {
		return false
	}
	switch text[s:e] {
	case "about", "to", "of", "with", "for", "from", "on", "at", "against", "over", "into", "toward", "towards":
		return true
	}
	return false
}

// n43ClauseOpening returns where the clause that holds ms begins: after
// the last sentence end, paragraph break or mark of punctuation before
// it, within n43Back bytes, when that is a word in capitals that opens
// no adverbial ("In", "After", "According") and the clause holds no
// "said"/"says" (another reading's cue).
func n43ClauseOpening(text string, ms int) (int, bool) {
	lo := ms - n43Back
	if lo < 0 {
		lo = 0
	}
	s := -1
	for i := ms - 1; i >= lo; i-- {
		ch := text[i]
		if ch == ',' || ch == ';' || ch == ':' || ch == '\n' || ch == '"' || ch == '(' || ch == ')' || ch >= 0x80 {
			s = i + 1
			break
		}
		if ch == '.' || ch == '?' || ch == '!' {
			if i+1 < len(text) && text[i+1] == ' ' {
				s = i + 1
				break
			}
		}
		if i == 0 {
			s = 0
		}
	}
	if s < 0 {
		return 0, false
	}
	for s < ms && text[s] == ' ' {
		s++
	}
	if s >= ms || text[s] < 'A' || text[s] > 'Z' {
		return 0, false
	}
	span := text[s:ms]
	for _, w := range [...]string{" said ", " says ", " told ", " say "} {
		if strings.Contains(span, w) {
			return 0, false
		}
	}
	if n43Copula(span) {
		return 0, false // "The deal is dead for the union has said": a clause of its own before the mention
	}
	e := s
	for e < ms && text[e] != ' ' {
		e++
	}
	if first := strings.ToLower(text[s:e]); n43AfterPreposition(first+" ", len(first)+1) || n43Openers[first] {
		return 0, false // "In talks with …", "After …": an adverbial opening, not the subject
	}
	return s, true
}

// n43Copula reports whether span, the words from a clause's opening to
// a mention, holds a copula or a modal with no relative pronoun before
// it: "The deal is dead for the union", a clause of its own, whose
// subject the mention's verb cannot share. After "who", "that" or
// "which" it is the verb of a relative clause inside the subject ("The
// people who were at the meeting have said"). The finite verb of a
// relative clause with no pronoun ("people the panel has tried to talk
// to") is a "has"/"have" and is left.
func n43Copula(span string) bool {
	rel := false
	for _, w := range strings.Fields(span) {
		switch w {
		case "who", "that", "which", "whom", "whose":
			rel = true
		case "is", "are", "was", "were", "will", "would", "can", "could", "must", "should":
			if !rel {
				return true
			}
		}
	}
	return false
}
