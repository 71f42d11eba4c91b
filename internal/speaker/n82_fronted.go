package speaker

import (
	"bytes"
	"strings"
)

// n82Reach bounds, in bytes, the fronted clause n82FrontedPronoun reads
// before the pronoun.
const n82Reach = 160

// n82FrontedPronoun finds the "he" or "she" that is the subject of the
// sentence at text[st:end] after a fronted clause: "Asked whether the
// fee was a club record, he smiled. ‘You’ll have to ask the chairman,’
// he said." n71ChainedPronoun read only a pronoun that opens the
// sentence before, so the second "he" went to the nearest name (the
// player the question was about), not to the one the first "he" means.
// The sentence opens with a participle ("Asked", "Pressed", "Speaking")
// or a conjunction of a fronted clause ("When", "After"), and the
// pronoun follows its first comma, before a word in lower case. It
// returns the pronoun's offset.
func n82FrontedPronoun(text, pron string, st, end int) (int, bool) {
	e := st
	for e < len(text) && e-st < 16 && text[e] >= 'A' && text[e] <= 'z' {
		e++
	}
	var b [16]byte
	first, ok := lowerLetters(b[:], text[st:e]) // on the stack: asked of a sentence before most pronouns
	if !ok || len(first) == 0 || !(frontOpeners[string(first)] || len(first) > 4 && (bytes.HasSuffix(first, []byte("ed")) || bytes.HasSuffix(first, []byte("ing")))) {
		return 0, false
	}
	c := strings.IndexByte(text[st:min(end, st+n82Reach)], ',')
	if c < 0 {
		return 0, false
	}
	at := st + c + 2
	if at+len(pron)+2 > end || text[at-1] != ' ' || text[at:at+len(pron)] != pron || text[at+len(pron)] != ' ' {
		return 0, false
	}
	if n := text[at+len(pron)+1]; n < 'a' || n > 'z' {
		return 0, false
	}
	return at, true
}
