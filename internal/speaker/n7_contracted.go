package speaker

import "strings"

// n7PerfectTo reports whether a pronoun contracted with "’s" before a
// cue of intention or decision and "to" holds "has": "he’s vowed to
// …", "she’s sought to …", "he’s decided to …". perfectS reads "’s"
// before a participle and "to" as "is", the passive of "he’s expected
// to", "she’s said to be", "he’s asked to leave", which verbs of
// belief, speech and request make; a verb of intention or decision
// (classes 'i' and 'x' of reporting.txt) has no such passive with a
// person as its subject. A sense that is also a stance adjective
// ("he’s determined to") leaves it to the adjective's reading.
func n7PerfectTo(toks []tok, k, c int, senses []verbSense, ing bool) bool {
	low := toks[k].low
	if ing || len(senses) == 0 || !strings.HasSuffix(low, "’s") && !strings.HasSuffix(low, "'s") {
		return false
	}
	if c+1 >= len(toks) || !toks[c+1].word || toks[c+1].low != "to" {
		return false
	}
	for _, s := range senses {
		if s.class != 'i' && s.class != 'x' || s.base {
			return false
		}
	}
	return true
}
