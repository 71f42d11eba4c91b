package speaker

// This file reads a phrase of time after a cue between commas or at the
// end of a sentence: "The truth, the senator said then, was that …",
// "…, she said at the time", "…, he said two days later". News prose
// dates a statement right after its verb; the phrase is the cue's, and
// the clause the cue interrupted resumes after the comma that ends it.

// timeAdverbs date a statement on their own after its verb: "said
// then", "said afterwards".
var timeAdverbs = map[string]bool{"then": true, "later": true, "earlier": true, "afterwards": true, "afterward": true, "subsequently": true, "previously": true, "recently": true, "yesterday": true, "today": true, "tonight": true, "since": true, "once": true, "again": true, "now": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// timeUnits are the nouns a phrase of time counts or names: "last
// week", "two years later", "that morning".
var timeUnits = map[string]bool{"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "decade": true, "decades": true, "hour": true, "hours": true, "morning": true, "afternoon": true, "evening": true, "night": true, "weekend": true, "spring": true, "summer": true, "fall": true, "autumn": true, "winter": true, "time": true, "season": true}

// timeAfterCue returns the index just past a phrase of time that starts
// at toks[j], or j when none does. It reads, at most five words:
//   - an adverb of time: "then", "later", "afterwards", "on Monday";
//   - "at the time", "at that time", "at first", "back then";
//   - "last week", "this year", "that morning", "earlier this month",
//     "later that day";
//   - a count and "later", "ago" or "earlier": "two days later", "a
//     year ago", "weeks earlier";
//   - "in" a month or a year: "in May", "in 2015".
//
// A weekday or a unit may take a part of the day after it: "Monday
// night", "that afternoon".
func timeAfterCue(text string, toks []tok, j int) int {
	word := func(i int) string {
		if i < len(toks) && toks[i].word {
			return toks[i].low
		}
		return ""
	}
	// in reports whether toks[i] is a word of the lists of c: the
	// lookup of word(i) in their maps, read from the token's entry.
	in := func(i int, c wordClass2) bool { return i < len(toks) && toks[i].word && toks[i].is2(c) }
	unitEnd := func(i int) int { // a unit, perhaps "Monday" and "night"
		if in(i, isTimeUnit|isWeekday) {
			if in(i+1, isPartOfDay) {
				return i + 2
			}
			return i + 1
		}
		return -1
	}
	w := word(j)
	switch {
	case w == "":
		return j
	case w == "back" && word(j+1) == "then":
		return j + 2
	case w == "at" && word(j+1) == "first":
		return j + 2
	case w == "at" && (word(j+1) == "the" || word(j+1) == "that") && (word(j+2) == "time" || word(j+2) == "weekend"):
		return j + 3
	case w == "on" && in(j+1, isWeekday):
		if e := unitEnd(j + 1); e > 0 {
			return e
		}
	case w == "in" && j+1 < len(toks) && toks[j+1].word && (toks[j+1].is2(isMonth) && capital(toks[j+1].str(text)) || yearLike(word(j+1))):
		return j + 2
	case w == "last" || w == "this" || w == "that" || w == "next":
		if e := unitEnd(j + 1); e > 0 {
			return e
		}
		return j
	case (w == "late" || w == "early") && (word(j+1) == "on" || word(j+1) == "last" || word(j+1) == "this" || in(j+1, isWeekday)):
		// "said late on Sunday", "said early Monday", "said late last
		// week" (thirty-fifth session: the reader took "late on
		// Sunday" for the words said).
		i := j + 1
		if word(i) == "on" || word(i) == "last" || word(i) == "this" {
			i++
		}
		if e := unitEnd(i); e > 0 {
			return e
		}
		return j
	case (w == "earlier" || w == "later") && (word(j+1) == "this" || word(j+1) == "that" || word(j+1) == "last"):
		if e := unitEnd(j + 2); e > 0 {
			return e
		}
		return j + 1
	case w == "a" || w == "an" || numberTok(&toks[j]) || w == "several" || w == "few":
		i := j + 1
		if w == "a" && word(i) == "few" {
			i++
		}
		if in(i, isTimeUnit) && (word(i+1) == "later" || word(i+1) == "ago" || word(i+1) == "earlier") {
			return i + 2
		}
		return j
	case in(j, isTimeUnit) && (word(j+1) == "later" || word(j+1) == "ago" || word(j+1) == "earlier"):
		return j + 2 // "weeks later"
	case (w == "shortly" || w == "soon" || w == "just") && (word(j+1) == "before" || word(j+1) == "after"):
		// "announced shortly before midnight", "said soon after
		// the vote" (the forty-first session).
		switch x := word(j + 2); {
		case x == "midnight" || x == "noon" || x == "dawn" || x == "dusk":
			return j + 3
		case x == "the" && j+3 < len(toks) && toks[j+3].word && !toks[j+3].is(isFunction|isCue|isAuxiliary):
			return j + 4
		}
		if e := unitEnd(j + 2); e > 0 {
			return e
		}
		return j
	}
	if toks[j].is2(isTimeAdverb) { // w is toks[j]'s word: w == "" returned above
		if toks[j].is2(isWeekday) {
			return unitEnd(j)
		}
		return j + 1
	}
	return j
}
