package speaker

// n58LearnTo reports whether toks[c] is a form of "learn" and toks[j],
// where its content would start, is "to" before a verb that reports
// nothing: "learned to read", "learnt to swim" tell of a skill gained,
// not of a thing learned that someone reports, as "learned that …" and
// "has learned" (a newspaper's cue) do. cueContent reads no content
// there. A verb of reporting after "to" keeps the reading, its words
// the learner's ("had learned to describe as “…”"); the other verbs of
// cognition keep theirs ("expects to win", "hopes to build").
func n58LearnTo(toks []tok, c, j int) bool {
	if j+1 >= len(toks) || toks[j].low != "to" || toks[j+1].is(isReporting|isCue) {
		return false
	}
	switch toks[c].low {
	case "learn", "learns", "learned", "learnt", "learning":
		return true
	}
	return false
}
