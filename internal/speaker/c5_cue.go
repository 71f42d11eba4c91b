package speaker

// c5NotCue reports whether the word at toks[c], a form of a verb of
// reporting, is the noun or adjective "state" rather than the verb: news
// prose writes "state" before an office ("state Sen. Ann Lee", "two
// state lawmakers") and "states" after a word that sorts countries
// ("member states", "swing states", "Gulf states"). The verb "state"
// is not followed by a title or a noun of persons (it takes "that", a
// clause or an object: "the report states that …", "state their case"),
// and the verb "states" has a singular subject, which "member" or
// "swing" alone cannot be. Nor is a participle after "than" a verb of
// reporting with a subject (c5Than). readCue asks it of every verb it
// reads past c5MayNotCue, its gate.
func c5NotCue(text string, toks []tok, c int) bool {
	if w := toks[c].low; w == "state" || w == "states" {
		return c5State(text, toks, c)
	}
	return c > 0 && c5Than(toks, c)
}

// c5Than reports whether toks[c] follows "than" in a comparison with
// what was reported, its subject and verb left out: "a point less than
// forecast in July", "sales rose more than expected". No one is the
// subject of the participle; "rather than say" is a verb's own.
func c5Than(toks []tok, c int) bool {
	return toks[c-1].low == "than" && (c < 2 || toks[c-2].low != "rather")
}

// c5State is c5NotCue for "state" and "states".
func c5State(text string, toks []tok, c int) bool {
	switch toks[c].low {
	case "state":
		if c+1 >= len(toks) || !toks[c+1].word {
			return false
		}
		n := &toks[c+1]
		return n.is(isPerson) || n.low == "lawmakers" || n.low == "officials" || n.low == "legislators" || c5TitleAt(text, toks, c+1) || c5StateName(text, toks, c) || // "state lawmakers", "state Sen. Ann Lee", "State Auditor Ann Lee"
			c > 0 && toks[c-1].is(isDet) && capital(n.str(text)) || n.is2(isEvidenceHead) // "the state Department of Transportation", "state records show"
	case "states":
		return c > 0 && toks[c-1].word && c5StateSorts[toks[c-1].low]
	}
	return false
}

// c5StateSorts are the words that sort countries or the states of a
// federation and come right before the noun "states" in news prose:
// "member states", "swing states", "the Gulf states". None of them is
// a singular subject that the verb "states" could follow.
var c5StateSorts = map[string]bool{
	"member": true, "swing": true, "battleground": true, "nation": true, "rogue": true,
	"island": true, "border": true, "client": true, "frontline": true, "partner": true,
	"neighboring": true, "neighbouring": true, "gulf": true, "baltic": true, "balkan": true,
	"arab": true, "red": true, "blue": true, "purple": true, "southern": true, "northern": true,
	"western": true, "eastern": true, "coastal": true, "sovereign": true, "successor": true,
	"nuclear": true, "satellite": true, "buffer": true,
}

// c5TitleAt reports whether toks[k] is a title's abbreviation with its
// point, as a name is written after "state" ("state Sen. Ann Lee",
// "state Del. Cia Price"). The point is read in the text: a sentence
// splitter may end a sentence at it.
func c5TitleAt(text string, toks []tok, k int) bool {
	if k >= len(toks) || !toks[k].word || toks[k].e >= len(text) || text[toks[k].e] != '.' || !capital(toks[k].str(text)) {
		return false
	}
	_, title := titles[toks[k].low]
	return title
}

// c5TrailingNotCue reports whether rest[c], a cue word among the words
// after a comma, is "state" before a title's abbreviation or a
// participle after "than" (c5NotCue), for trailingCue, which reads
// "state" before a plural ("…, state officials said") as a modifier
// itself.
func c5TrailingNotCue(text string, rest []tok, c int) bool {
	if rest[c].low == "state" {
		return c5TitleAt(text, rest, c+1) || c5StateName(text, rest, c)
	}
	return c > 0 && c5Than(rest, c)
}

// c5StateName reports whether "State" at toks[c] opens a name with a
// capital after it: "State Auditor Ann Lee", "State Treasurer …", "the
// State Department". The verb has no capital inside a sentence.
func c5StateName(text string, toks []tok, c int) bool {
	return c+1 < len(toks) && toks[c+1].word && capital(toks[c].str(text)) && capital(toks[c+1].str(text)) && !sentenceFirst(text, toks, c)
}

// c5StateTitled widens a subject read right after "state" and a title
// to hold "state", when the words after a comma open with them: in
// "…, state Sen. Ann Lee said." the subject is "state Sen. Ann Lee",
// which trailingCue would otherwise turn away as a phrase that does not
// describe its name. It reports whether it widened g.
func c5StateTitled(text string, rest []tok, g *found) bool {
	if len(rest) < 3 || rest[0].low != "state" || rest[1].s != g.subj.Start || !c5TitleAt(text, rest, 1) {
		return false
	}
	g.subj.Start = rest[0].s
	return true
}

// c5MayNotCue is the gate of c5NotCue and c5TrailingNotCue, small
// enough to be inlined where they are asked, before every verb of
// reporting: the length and first byte of "state" and "states", and the
// length and last byte of the "than" before the word.
func c5MayNotCue(toks []tok, c int) bool {
	w := toks[c].low
	p := toks[max(c-1, 0)].low
	return (len(w) == 5 || len(w) == 6) && w[0] == 's' || c > 0 && len(p) == 4 && p[3] == 'n'
}
