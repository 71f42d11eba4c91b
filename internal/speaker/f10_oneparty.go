package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// f10OneParty gives the bare turns of seg, a conversation of two of
// which only one party is known (party[s] named by a turn's own cue,
// party[1-s] named nowhere in it), to the known party where the
// alternation gives them to it: “Is it late?” asked Tom Reed. ¶ “An
// hour.” ¶ “Then we must go.” The third line is Tom Reed's whoever
// answered him, as a novel lays out a conversation of two one
// paragraph a turn and names the one who answers as seldom as the
// one who asks; f5Give, which waits for both parties, left every bare
// turn of such a run without a speaker. The other party's turns stay
// without one.
// A turn is given only after a question in the conversation (a turn
// before it whose words hold "?", f10Asks): someone asked and was
// answered, so two people speak. News prose quotes one speaker in
// paragraph after paragraph of marks ("“…,” said Ed Moss. ¶ “…” ¶
// “…”"), all of them his, which read as turns gave the second
// paragraph to no one and the third to him, and kept them from being
// read as one quotation.
// As in f5Give, only the turns after the first named one are given,
// and the giving stops at a bare turn that calls the known party by
// name (no one calls themselves), at a trailing turn whose narration
// tells someone else (f8TrailFits), and at the answer to a "sir" or
// "madam" that the known party's sex cannot be (f8SirStop: a third
// person answers). An indefinite party ("asked a woman":
// f5Indefinite) is left. A party known by a pronoun ("said he") is
// given as f5Give gives it, though a pronoun resolved wrong carries its
// error to the turns of its parity: on the novels such parties gave 11
// right speakers and 4 wrong, each wrong one the pronoun's.
// Reads the turns of seg once.
func (a *attributor) f10OneParty(seg []f5Turn, party [2]doc.Speaker) (given int) {
	s := 0
	if party[0].Name == "" {
		s = 1
	}
	sp := party[s]
	if sp.Name == "" || party[1-s].Name != "" || f5Indefinite(sp.Name) || !f8HasBare(seg) {
		return 0
	}
	seg = seg[:a.f8SirStop(seg, party)]
	d := a.d
	first := 0
	for first < len(seg) && seg[first].kind != f5Named {
		first++
	}
	if d.Quotes[seg[0].first].Speaker.Name != "" {
		first = 0 // seeded by f5Split with the turn's speaker
	}
	asked := false
	for k := first; k < len(seg); k++ {
		t := &seg[k]
		if k > first && !asked {
			asked = a.f10Asks(&seg[k-1])
		}
		if k&1 != s || t.kind == f5Named || !asked {
			continue
		}
		if a.calls(t.called, sp.Name) || t.trail && !a.f8TrailFits(t, sp) {
			break
		}
		f5GiveTurn(d, t, sp)
		given++
	}
	return given
}

// f10Asks reports whether the words of turn t's quotations hold a
// question mark.
func (a *attributor) f10Asks(t *f5Turn) bool {
	d := a.d
	for j := t.first; j <= t.last; j++ {
		if d.Quotes[j].Parent >= 0 {
			continue
		}
		for _, c := range d.Quotes[j].Content {
			if strings.IndexByte(a.text[c.Start:c.End], '?') >= 0 {
				return true
			}
		}
	}
	return false
}
