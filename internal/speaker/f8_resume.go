package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// f8Conversation is a conversation of two whose turns f5Give gave: its
// parties and the paragraph of its last turn.
type f8Conversation struct {
	party [2]doc.Speaker
	last  int
	ok    bool
}

// f8ResumeGap bounds how many paragraphs after the last turn of a
// conversation a run of turns may start and still go on with it.
const f8ResumeGap = 3

// f8Resume gives a run of turns seg, whose parties by parity are party
// with one of them unknown, the other party of the conversation just
// before it (a.f8conv) when the one known is one of that
// conversation's two and the run starts at most f8ResumeGap
// paragraphs after its last turn. A novel breaks a conversation of two
// with a paragraph of narration ("She sat down and looked at the
// fire.") and goes on with it, naming only one speaker again:
// “Shall I stay?” asked Ed. ¶ “If you wish.” ¶ … the one who answers
// is the one Ed spoke with before the narration. Without it the run
// had one party and gave no turn. A run that calls a third person by
// name (f8NamesThird), or whose turn calls the one who answers "sir" or
// "madam" where the party that would answer is of the other sex
// (f8SirMismatch: a third person answers), or that comes later, is
// left as it was, and so
// is a party known only by a description ("the aerial voice"), which
// the novel may have given another speaker's name since.
func (a *attributor) f8Resume(seg []f5Turn, party [2]doc.Speaker) [2]doc.Speaker {
	c := &a.f8conv
	if !c.ok || seg[0].para-c.last > f8ResumeGap || seg[0].para <= c.last {
		return party
	}
	for s := 0; s < 2; s++ {
		if party[s].Name != "" || party[1-s].Name == "" {
			continue
		}
		for x := 0; x < 2; x++ {
			if f7SameParty(c.party[x].Name, party[1-s].Name) && !f7SameParty(c.party[1-x].Name, party[1-s].Name) {
				if !f5Proper(c.party[1-x].Name) || a.f8NamesThird(seg, c.party) {
					return party
				}
				party[s] = c.party[1-x]
				if a.f8SirMismatch(seg, party) {
					return [2]doc.Speaker{} // "How are they, sir?" answered by a woman: a third person
				}
				return party
			}
		}
	}
	return party
}

// f8NamesThird reports whether the words of seg's quotations call
// someone by a name that is neither of party (f8Called: "Why, Harry?",
// "Never marry, Dorian."): someone else spoken to, a sign that the
// conversation is not the one before, or that a third person is in
// it. The mentions of seg's paragraphs are read once.
func (a *attributor) f8NamesThird(seg []f5Turn, party [2]doc.Speaker) bool {
	d, ms := a.d, a.mentions
	lo, hi := d.Quotes[seg[0].first].Start, d.Quotes[seg[len(seg)-1].last].End
	for k := a.mentionEndAfter(lo); k < len(ms) && ms[k].Start < hi; k++ {
		m := &ms[k]
		if !m.inQuote || m.thing || m.person || !f8Called(a.text, m.Start, m.End) {
			continue
		}
		if !samePerson(m.text, party[0].Name) && !samePerson(m.text, party[1].Name) {
			return true
		}
	}
	return false
}

// f8Called reports whether the name at text[st:en] stands where a
// vocative does: after a comma or an opening quotation mark, and
// before a comma, a full stop, "!", "?" or a closing mark ("Why,
// Harry?", "“Ann, sit down”", "hair, Dorian,” he said"). Looser than
// vocative, which passes over a name before a cue; f8NamesThird only
// refuses a guess with it.
func f8Called(text string, st, en int) bool {
	i := st
	for i > 0 && st-i < 4 && text[i-1] == ' ' {
		i--
	}
	if i == 0 {
		return false
	}
	b := text[i-1]
	if b != ',' && b != '"' && !(b == 0x9c && i >= 3 && text[i-3:i] == "\u201c") {
		return false
	}
	if en >= len(text) {
		return true
	}
	switch text[en] {
	case ',', '.', '!', '?', '"':
		return true
	}
	return strings.HasPrefix(text[en:], "\u201d")
}

// f8SirMismatch reports whether a turn of seg calls the one it speaks
// to "sir" or "madam" and the next turn's party by parity in party is
// known to be of the other sex (f8SirStop).
func (a *attributor) f8SirMismatch(seg []f5Turn, party [2]doc.Speaker) bool {
	return a.f8SirStop(seg, party) < len(seg)
}

// f8SirStop returns the index of the first turn of seg that answers a
// turn calling the one it speaks to "sir" or "madam" ("How are they,
// sir?", "Madam, sit down.") where that turn's party by parity in
// party is known to be of the other sex (f8SexOf), or len(seg). A man
// called "sir" who is not the party the alternation gives is a third
// person in the conversation, and the alternation is in doubt from
// his turn on: f5Give gives the turns before it only. Reads the first
// and last bytes of each turn's words.
func (a *attributor) f8SirStop(seg []f5Turn, party [2]doc.Speaker) int {
	for k := 0; k+1 < len(seg); k++ {
		sex := a.f8Addresses(&a.d.Quotes[seg[k].last])
		if sex == 0 {
			sex = a.f8Addresses(&a.d.Quotes[seg[k].first])
		}
		if sex == 0 {
			continue
		}
		if got := a.f8SexOf(party[(k+1)&1]); got != 0 && got != sex {
			return k + 1
		}
	}
	return len(seg)
}

// f8Addresses returns the sex of whom the words of q call "sir" ('m')
// or "madam" or "ma'am" ('f'), at their start before a comma or at
// their end after one; 0 if they call no one so.
func (a *attributor) f8Addresses(q *doc.Quote) byte {
	if len(q.Content) == 0 {
		return 0
	}
	text := a.text
	c := q.Content[0]
	head := text[c.Start:min(c.End, c.Start+8)]
	switch {
	case strings.HasPrefix(head, "Sir,"), strings.HasPrefix(head, "Sir!"):
		return 'm'
	case strings.HasPrefix(head, "Madam,"), strings.HasPrefix(head, "Ma'am,"):
		return 'f'
	}
	c = q.Content[len(q.Content)-1]
	w := strings.TrimRight(text[c.Start:c.End], " \n.!?")
	tail := w[max(0, len(w)-8):]
	switch {
	case strings.HasSuffix(tail, ", sir"):
		return 'm'
	case strings.HasSuffix(tail, ", madam"), strings.HasSuffix(tail, ", ma'am"):
		return 'f'
	}
	return 0
}

// f8HasBare reports whether seg holds a bare turn: a dialogue whose
// lines go unattributed, as a novel's do. A run of named turns only
// ("“…,” Ed said. ¶ “…,” Ann said.") is how news prose quotes two
// people in turn, and a bare paragraph after such a run goes on with
// the last speaker's words; f8Resume does not go on with it.
func f8HasBare(seg []f5Turn) bool {
	for k := range seg {
		if seg[k].kind == f5Bare {
			return true
		}
	}
	return false
}
