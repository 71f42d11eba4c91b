package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// f12UtteranceReach bounds, in bytes, the stretch f12AbstainUtterance
// reads between a quotation's end and its cue's subject ("” was the",
// "” came a").
const f12UtteranceReach = 12

// f12UtteranceNouns are the cue words that, after "was" or "came" and an
// article, are nouns for the words just quoted, not verbs.
var f12UtteranceNouns = map[string]bool{"reply": true, "replies": true, "answer": true, "cry": true, "retort": true, "response": true, "rejoinder": true, "whisper": true, "shout": true, "exclamation": true, "remark": true, "comment": true}

// f12AbstainUtterance takes back the speaker of a direct quotation
// whose cue is a noun for the quoted words that follows "was" or "came"
// and an article with an adjective: "“Never!” was the curt reply",
// "“Wait here,” came a harsh reply", "was the rallying cry". The cue
// word there is no verb whose subject is "the curt" or "a harsh", and
// the sentence names no speaker: the adjective was read as one
// ("the impatient", "the laconic", wrong on every novel we read), and
// the product's rule is to say no speaker rather than a wrong one. A
// possessive before the noun names the speaker: a name's is read
// before ("was Ann's reply", possessiveReply in attribute.go), and a
// description's is cut here from the adjectives that follow it ("was
// the clerk's curt reply" said by "the clerk", not "the clerk's curt").
// A verb of saying after a real subject ("the guard replied", "a man
// cried") is left alone: only a mention that opens with an article or
// holds a possessive, right after "was" or "came" and right before the
// cue word, is read. Its hook is in speaker.go, after f12AbstainFar,
// before the turns and the descriptions' names (a description read
// from the junk name had named the next lines "the young man" wrongly).
// Each quotation reads a bounded
// stretch.
func (a *attributor) f12AbstainUtterance() {
	qs := a.d.Quotes
	for i := range qs {
		q := &qs[i]
		m, c := q.Speaker.Mention, q.Cue
		if q.Speaker.Name == "" || m.End <= m.Start || c.End <= c.Start || c.Start < m.End || c.Start-m.End > 2 {
			continue
		}
		if strings.TrimSpace(a.text[m.End:c.Start]) != "" || !f12UtteranceNouns[strings.ToLower(a.text[c.Start:c.End])] {
			continue
		}
		men := strings.ToLower(a.text[m.Start:m.End])
		poss := f12Possessive(a.text[m.Start:m.End])
		if poss < 0 && !strings.HasPrefix(men, "the ") && !strings.HasPrefix(men, "a ") && !strings.HasPrefix(men, "an ") {
			continue
		}
		// The words before the mention, back to the quoted words
		// before it: "” was the".
		lo := -1
		for _, w := range q.Content {
			if w.End <= m.Start {
				lo = w.End
			}
		}
		if lo < 0 {
			continue // the cue before the words: "The reply was: “…”"
		}
		lo = max(lo, m.Start-f12UtteranceReach)
		before := strings.Fields(strings.ToLower(a.text[lo:m.Start]))
		if len(before) == 0 || before[len(before)-1] != "was" && before[len(before)-1] != "came" {
			continue
		}
		name := q.Speaker.Name
		if poss > 0 {
			// "was the clerk's curt reply": the owner said it.
			owner := a.text[m.Start : m.Start+poss]
			q.Speaker = doc.Speaker{Name: owner, Mention: doc.Span{Start: m.Start, End: m.Start + poss}}
			if n := len(q.Chain); n > 0 && q.Chain[n-1] == name {
				q.Chain[n-1] = owner
			}
			continue
		}
		q.Speaker = doc.Speaker{}
		q.Chain = dropSpeakerHops(q.Chain, name)
	}
}

// f12Possessive returns the length of the owner in mention s, the
// words before its first possessive "'s" or "’s" ("the clerk's curt":
// 9), or -1 when it holds none.
func f12Possessive(s string) int {
	for i := 1; i < len(s); i++ {
		rest := s[i:]
		if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			k := i + 2
			if rest[0] != '\'' {
				k = i + len("’s")
			}
			if k == len(s) || s[k] == ' ' {
				return i
			}
		}
	}
	return -1
}
