package speaker

// n48CommentNouns are the nouns of comment that take their topic after
// "on" or "about": "Ann Reed's comments on the closure", "his remarks
// about the fares".
var n48CommentNouns = map[string]bool{"comment": true, "comments": true, "remark": true, "remarks": true}

// n48Times are the words of time that may stand alone between a noun of
// comment and its preposition: "the mayor's comments Tuesday on …".
var n48Times = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"yesterday": true, "today": true, "tonight": true, "earlier": true, "recently": true,
}

// n48Dates follow "on" in a phrase of time, not a topic: "his remarks
// on Saturday", "comments on Sept. 9".
var n48Dates = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// n48TimeHeads follow "last" or "this" in a phrase of time: "last week",
// "this morning".
var n48TimeHeads = map[string]bool{
	"week": true, "month": true, "year": true, "night": true, "weekend": true, "morning": true, "evening": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// n48CommentPrep returns the index of the preposition that takes the
// topic of the noun of comment at toks[c], where evalNouns' own
// preposition does not follow it at once: "on" or "about", straight
// after the noun or after a phrase of time ("Ann Reed's comments
// Tuesday on the pier closure", "his remarks last week about the
// fares"). A comment is on its topic as it is about it, and news prose
// dates the comment between the noun and the topic; the possessor is
// the source, as for "her criticism of …". "on" and a day or a month
// is a phrase of time, never the topic ("his remarks on Saturday
// carried a personal tone" has none). -1 for none. At most five tokens
// are read.
func n48CommentPrep(toks []tok, c int) int {
	if c+2 >= len(toks) || !n48CommentNouns[toks[c].low] {
		return -1
	}
	k := c + 1
	switch w := toks[k].low; {
	case n48Times[w]:
		k++
	case (w == "last" || w == "this") && k+1 < len(toks) && n48TimeHeads[toks[k+1].low]:
		k += 2
	case w == "on" && k+1 < len(toks) && n48Dates[toks[k+1].low]:
		k += 2 // "his remarks on Saturday about the fares"
	}
	if k+1 >= len(toks) || !toks[k].word || toks[k].low != "on" && toks[k].low != "about" {
		return -1
	}
	return k
}

// n48TopicEnd ends the topic of a comment at toks[k+1:] before the
// next finite verb, which is the verb of the clause the noun's phrase is
// the subject of: "Ann Reed's comments Tuesday on the pier closure came
// as the council met" reports "the pier closure", and "came as …" is
// the writer's; so in "When Ann Reed's comments on the closure were
// read, …". v1MainVerb reads the verb, at most v1StanceWindow tokens on,
// and stops at a word that opens a clause ("and", "as", "which") or a
// comma, where to, contentEnd's end, stands.
func n48TopicEnd(text string, toks []tok, k, to int) int {
	return v1MainVerb(text, toks, k+1, min(len(toks), k+2+v1StanceWindow), to)
}
