package speaker

// Two verbs of one subject joined by "but", or by "and" after a comma,
// each with its own content: "Residents said the pier was unsafe, but
// vowed to keep using it", "The mayor praised the crews, and warned
// that fares would rise", "The study not only found X but also drew
// links between …". News prose joins a second verb of reporting to the
// first this way as often as with a bare "and" (readCue's case), and
// the second verb has no subject of its own: it shares the main
// clause's. After "but" a verb of evidence, evaluation or request alone
// is not read so (readCue): "The fear remained but found other
// outlets" has a thing for its subject, and "did not go home but
// directed his steps toward the inn" reports nothing.

// b2ButShares reports whether "but" at toks[k], right before the
// verb (past adverbs), joins a second verb to the clause's subject:
// after a word or a comma, not after "nothing" or "all" ("did nothing
// but complain", "all but said"), where "but" is a preposition.
func b2ButShares(text string, toks []tok, k int) bool {
	p := &toks[k-1]
	if !p.word {
		if w := p.str(text); (w == "”" || w == "’" || w == "\"") && k >= 2 && toks[k-2].word {
			return true // a phrase in marks ends the first verb's content: "acknowledged that units “were strained” but said …"
		}
		return r3Comma(text, toks, k-1) // r3_coord.go: a comma, or ",”"
	}
	switch p.low {
	case "nothing", "all", "anything", "everything", "anyone", "everyone", "no", "none", "not":
		return false
	}
	return true
}

// b2CommaVerb reports whether the comma at toks[i] ends a content
// because ", and" or ", but" and a finite verb of reporting follow it
// (past up to two adverbs): the second verb of the subject, whose own
// content starts after it. The verb must be finite and not a base form
// (coordinated), so that ", and say" or ", and saying" do not end it:
// a plural subject inside the content may own a base form.
func b2CommaVerb(text string, toks []tok, i int) bool {
	if i+2 >= len(toks) || toks[i].str(text) != "," {
		return false
	}
	if n := toks[i+1].low; n != "and" && n != "but" && n != "then" || !toks[i+1].word { // "then": "said she had not decided, then said she would" (n113)
		return false
	}
	return coordinated(toks, i+2) && !c1Passive(toks, i+2)
}
