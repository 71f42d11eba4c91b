package speaker

// r2GerundFrame returns the index of the verb of a frame that ends at
// toks[k], the word before a gerund, or -1. The frames join a verb to
// a gerund whose subject is the verb's own, as catenativeVerbs are
// joined to theirs with nothing between: "Ed Moss stopped short of
// calling the vote rigged", "The board steered clear of criticizing
// the mayor", "Ann Reed set about persuading the council to …", "She
// refrained from naming …", "shied away from saying …", "went so far
// as accusing …", "voters have no way of knowing …". Each says whether
// and how the subject does the act the gerund names (holds back from
// it, sets out on it, cannot do it), and PolNeAR marks the gerund's
// report as the subject's, as after "could not resist pointing out".
// The frame's last word is tested first, a byte compare, since readCue
// asks this of every -ing verb it reads; the look-back is at most
// three words.
func r2GerundFrame(toks []tok, k int) int {
	if k < 1 || len(toks[k].low) > 5 {
		return -1 // no "of", "about", "from" or "as": the call inlines to this
	}
	return r2FrameAt(toks, k)
}

// r2FrameAt is r2GerundFrame past its test of length.
func r2FrameAt(toks []tok, k int) int {
	if !toks[k].word {
		return -1
	}
	at := func(i int, words ...string) bool {
		if i < 0 || !toks[i].word {
			return false
		}
		for _, w := range words {
			if toks[i].low == w {
				return true
			}
		}
		return false
	}
	switch toks[k].low {
	case "of":
		if at(k-1, "short") && at(k-2, "stop", "stops", "stopped", "stopping") || at(k-1, "clear") && at(k-2, "steer", "steers", "steered", "steering") {
			return k - 2
		}
		if at(k-1, "way") && at(k-2, "no") && at(k-3, "have", "has", "had") {
			return k - 3 // "voters have no way of knowing …": what they cannot know
		}
	case "about":
		if at(k-1, "set", "sets", "setting") {
			return k - 1
		}
	case "from":
		if at(k-1, "refrain", "refrains", "refrained", "refraining") {
			return k - 1
		}
		if at(k-1, "away") && at(k-2, "shy", "shies", "shied", "shying") {
			return k - 2
		}
	case "as":
		if at(k-1, "far") && at(k-2, "so") && at(k-3, "go", "goes", "went", "gone", "going") {
			return k - 3
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
	if f := catenativeSubject(text, toks, v); f.ok || j < 0 || !toks[j].word {
		return f
	}
	if np, ok := phraseAt(text, toks, j, j+1); ok {
		return found{subj: np, name: text[np.Start:np.End], ok: true, whole: true} // a bare plural: "voters will have no way of knowing …"
	}
	return found{}
}
