package speaker

// r2GerundFrames are verbs with the words that join them to a gerund
// whose subject is their own, as catenativeVerbs are joined to theirs
// with nothing between: "Ed Moss stopped short of calling the vote
// rigged", "The board steered clear of criticizing the mayor", "Ann
// Reed set about persuading the council to …", "declined to go so far
// as accusing …", "She refrained from naming …", "shied away from
// saying …". Each says whether and how the subject does the act the
// gerund names (holds back from it, sets out on it), and PolNeAR marks
// the gerund's report as the subject's, as after "could not resist
// pointing out". The key is the verb's stem, the value the words after
// it, up to the gerund.
var r2GerundFrames = map[string]string{
	"stop":    "short of",
	"stopped": "short of",
	"steer":   "clear of",
	"steered": "clear of",
	"set":     "about",
	"refrain": "from",
	"shy":     "away from",
	"shied":   "away from",
	"shying":  "away from",
	"went":    "so far as",
	"go":      "so far as",
	"going":   "so far as",
	"gone":    "so far as",
}

// r2GerundFrame returns the index of the frame's verb when toks[k], the
// word before a gerund, ends a frame of r2GerundFrames, or -1. The
// verb's -s, -ed and -ing forms are read from its stem ("stops",
// "steering", "refrained", "sets"); the words are at most three, so
// the look-back is bounded.
func r2GerundFrame(toks []tok, k int) int {
	if k < 1 || !toks[k].word {
		return -1
	}
	w := toks[k].low
	if w != "of" && w != "about" && w != "from" && w != "as" {
		return -1
	}
	for n := 1; n <= 3 && k-n >= 0; n++ {
		v := k - n
		if !toks[v].word {
			return -1
		}
		words, ok := r2GerundFrames[toks[v].low]
		if !ok {
			words, ok = r2GerundFrames[r2Stem(toks[v].low)]
		}
		if !ok || r2Count(words) != n {
			continue
		}
		i := v + 1
		match := true
		for _, x := range r2Fields(words) {
			if toks[i].low != x {
				match = false
				break
			}
			i++
		}
		if match {
			return v
		}
	}
	return -1
}

// r2FrameSubject reads the subject of the frame's verb at toks[v]: the
// main clause's where the verb follows "and" or "but" ("described the
// shooting as a tragedy but stopped short of calling it a crime"),
// else the one before the verb, as catenativeSubject reads it.
func r2FrameSubject(text string, toks []tok, v int, main func() found) found {
	j := v - 1
	for n := 0; j >= 0 && n < 4 && toks[j].word && (toks[j].is(isAuxiliary) || toks[j].adverbish()); n++ {
		j--
	}
	if j >= 0 && (toks[j].low == "and" || toks[j].low == "but") {
		if m := main(); m.ok && m.subj.End <= toks[j].s {
			return m
		}
		return found{}
	}
	return catenativeSubject(text, toks, v)
}

// r2Stem strips a verb's -s, -ed or -ing ("stops", "stopped",
// "steering", "refrained"); a doubled last consonant goes with it.
func r2Stem(w string) string {
	n := len(w)
	switch {
	case n > 5 && w[n-3:] == "ing":
		w = w[:n-3]
	case n > 4 && w[n-2:] == "ed":
		w = w[:n-2]
	case n > 3 && w[n-1] == 's':
		return w[:n-1]
	default:
		return w
	}
	if n := len(w); n > 2 && w[n-1] == w[n-2] {
		w = w[:n-1]
	}
	return w
}

// r2Count is the number of space-separated words in s.
func r2Count(s string) int {
	n := 1
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			n++
		}
	}
	return n
}

// r2Fields splits s at single spaces (the map's values are written so).
func r2Fields(s string) []string {
	var out []string
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != ' ' {
			i++
		}
		out = append(out, s[:i])
		if i < len(s) {
			i++
		}
		s = s[i:]
	}
	return out
}
