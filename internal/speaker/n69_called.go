package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// n69CalledAfter reads "called" or "calls" as a verb of speech right
// after a quotation that its own comma, "!" or "?" ends: "“Come
// back!” the Caterpillar called after her", "“Morning, Euan,” calls a
// woman with a basket", "“Fellars, Beasley ain't here yet,” he
// called." The word is no cue of cues.txt, where its naming sense
// ("a charity called Shelter said", "a man who called himself Captain
// Storm:") would read a speaker into every name it gives; here, with
// the quotation's own words before it and no object after it (only
// the end of the clause, a comma, a particle or an adverb), it hands
// the words on. toks start at the quotation's end; it returns no
// reading otherwise.
func n69CalledAfter(text string, toks []tok, quoted string) found {
	if len(quoted) < 2 || !n69Tagged(quoted) {
		return found{}
	}
	k := 0
	for k < len(toks) && k < 2 && !toks[k].word && (toks[k].str(text) == "," || marksIn(toks[k].str(text))&mQuoting != 0) {
		k++
	}
	if k >= len(toks) || !toks[k].word {
		return found{}
	}
	if n69Called(toks[k].low) {
		// Inverted: "calls a woman with a basket".
		f, _ := subjectAt(text, toks, k+1, len(toks))
		if !f.ok || f.pronoun != "" {
			return found{}
		}
		f.cue = doc.Span{Start: toks[k].s, End: toks[k].e}
		return f
	}
	f, e := subjectAt(text, toks, k, len(toks))
	if !f.ok || f.pronoun == "it" || f.pronoun == "who" || e >= len(toks) || !toks[e].word || !n69Called(toks[e].low) || !n69NoObject(text, toks, e+1) {
		return found{}
	}
	f.cue = doc.Span{Start: toks[e].s, End: toks[e].e}
	return f
}

// n69Called reports whether w is "called" or "calls".
func n69Called(w string) bool { return w == "called" || w == "calls" }

// n69Tagged reports whether the quotation's words end with the comma,
// "!" or "?" of a quotation whose tag follows it, inside its closing
// mark.
func n69Tagged(quoted string) bool {
	for i := len(quoted) - 1; i >= 0; i-- {
		switch c := quoted[i]; {
		case c == ',' || c == '!' || c == '?':
			return true
		case c == '"' || c == '\'' || c == ' ' || c >= 0x80:
			continue // the closing mark (“”’ are bytes beyond ASCII)
		default:
			return false
		}
	}
	return false
}

// n69NoObject reports whether toks[e:] open with no object of "called":
// nothing, a mark, a particle of calling or an adverb in -ly.
func n69NoObject(text string, toks []tok, e int) bool {
	if e >= len(toks) || !toks[e].word {
		return true
	}
	switch toks[e].low {
	case "out", "after", "back", "from", "over", "up", "down", "across", "again", "softly", "loudly", "cheerfully":
		return true
	}
	return mannerLy(text, &toks[e])
}
