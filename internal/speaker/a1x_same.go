package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// sameSubject gives the attributions of one sentence that share a
// subject the same mention: the whole noun phrase that one of them read,
// where another read only its first words. "Central European leaders
// who have been the plan's strongest critics have embraced the idea,
// warning that …" gave "embraced" the whole subject and "warning"
// (read from the clause's head) "Central European leaders"; both verbs
// have one subject, and a reader underlines it once. The shorter
// mention must start where the longer does, name no pronoun, and stand,
// with the longer one, before its own cue; the words the longer one
// adds hold no mark of quotation, and the shorter one's cue comes after
// the longer mention (so the longer one did not run over it). out holds
// a sentence's attributions, parcMaxPerSentence at most: the pairs are
// few. The name is the longer one's where the shorter one's was the
// words it read ("Ann Reed" of "Ann Reed and Ed Moss"), else it is left
// as the shorter reading resolved it ("Central European leaders").
func sameSubject(text string, out []doc.Quote) {
	for i := range out {
		q := &out[i]
		qm := q.Speaker.Mention
		if qm.End <= qm.Start || q.Cue.End <= q.Cue.Start || qm.End > q.Cue.Start {
			continue
		}
		for j := range out {
			r := &out[j]
			rm := r.Speaker.Mention
			if j == i || rm.Start != qm.Start || rm.End <= qm.End || r.Cue.End <= r.Cue.Start || rm.End > r.Cue.Start || q.Cue.Start < rm.End {
				continue
			}
			if pronouns[strings.ToLower(text[qm.Start:qm.End])] || strings.ContainsAny(text[qm.End:rm.End], "“”\"‘«»\n") {
				continue
			}
			if old := text[qm.Start:qm.End]; q.Speaker.Name == old && r.Speaker.Name != "" {
				// The name was the words read ("Ann Reed" of "Ann Reed
				// and Ed Moss"): the whole subject's name, in the chain
				// too, whose last link it is.
				if n := len(q.Chain); n > 0 && q.Chain[n-1] == old {
					q.Chain = append(q.Chain[:n-1:n-1], r.Speaker.Name)
				}
				q.Speaker.Name = r.Speaker.Name
			}
			q.Speaker.Mention = rm
			qm = rm
		}
	}
}
