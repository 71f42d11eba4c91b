package speaker

import "strings"

// This file holds timeTail, which whereTail (mention.go) asks about the
// words after a trailing inverted cue's subject.

// seasons and dayParts are the nouns of time that a phrase of time after
// an inverted cue's subject may end with besides timeNouns and the
// days and months: "said Ann Reed last spring", "said the mayor on
// Tuesday night".
var (
	seasons  = map[string]bool{"spring": true, "summer": true, "fall": true, "autumn": true, "winter": true}
	dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}
)

// timeTail reports whether f, the words after a trailing inverted
// cue's subject up to the sentence's end (strings.Fields of them, the
// last with its full stop), say only when the subject spoke, possibly
// after where: "…, said Ann Reed last week.", "…, said a source in
// March.", "…, said the mayor on Tuesday night.", "…, said an aide
// earlier this month.", "…, said officials in a statement on
// Monday.". News prose puts the time of the words there as often as
// after "said X" before a clause ("X said Monday that …"); the
// subject is then whole without it, as whereTail reads "on Monday".
// A phrase of time is at most four words.
func timeTail(f []string) bool {
	if len(f) == 0 || len(f) > 7 {
		return false
	}
	w := make([]string, len(f))
	for i, s := range f {
		w[i] = strings.ToLower(s)
	}
	w[len(w)-1] = strings.TrimRight(w[len(w)-1], ".”’\"')")
	// Where before when: "in a statement", "at a news conference",
	// "in an interview with the Gazette" is not read.
	if len(w) >= 4 && (w[0] == "in" || w[0] == "at") && (w[1] == "a" || w[1] == "an") {
		for n := 3; n <= 4 && n < len(w); n++ {
			if h := w[n-1]; (carriers[h] || speechNouns[h] || occasionNouns[h]) && timePhraseWords(w[n:]) {
				return true
			}
		}
		return false
	}
	return timePhraseWords(w)
}

// timePhraseWords reports whether w, lower-case words, are a phrase of
// time on their own: a day or a part of one ("Tuesday", "Tuesday
// night", "yesterday"), "on" and a day or a date ("on Monday", "on
// Sept. 9"), "in" and a month, a season or a year ("in March", "in late
// August", "in 2015"), "last", "this" or "next" and a noun of time
// ("last week", "this month", "last Tuesday"), "earlier" or "later"
// and one of those ("earlier this week"), "at the time".
func timePhraseWords(w []string) bool {
	day := func(s string) bool { return weekdays[s] || s == "yesterday" || s == "today" || s == "tonight" }
	when := func(s string) bool { return timeNouns[s] || weekdays[s] || months[s] || seasons[s] }
	year := func(s string) bool {
		return len(s) == 4 && strings.Trim(s, "0123456789") == "" && (s[0] == '1' || s[0] == '2')
	}
	switch len(w) {
	case 1:
		return day(w[0])
	case 2:
		switch w[0] {
		case "on":
			return weekdays[w[1]]
		case "in":
			return months[w[1]] || seasons[w[1]] || year(w[1])
		case "last", "this", "next":
			return when(w[1])
		case "earlier", "later":
			return w[1] == "today"
		}
		return day(w[0]) && dayParts[w[1]]
	case 3:
		switch {
		case w[0] == "on" && weekdays[w[1]]:
			return dayParts[w[2]]
		case w[0] == "on" && monthWord(w[1]):
			return strings.Trim(w[2], "0123456789") == ""
		case w[0] == "in" && (w[1] == "late" || w[1] == "early" || w[1] == "mid"):
			return months[w[2]] || seasons[w[2]]
		case w[0] == "in" && months[w[1]]:
			return year(w[2])
		case w[0] == "earlier" || w[0] == "later":
			return (w[1] == "this" || w[1] == "last" || w[1] == "on") && when(w[2])
		case w[0] == "last" || w[0] == "this":
			return weekdays[w[1]] && dayParts[w[2]]
		case w[0] == "at" && w[1] == "the":
			return w[2] == "time"
		}
	case 4:
		return (w[0] == "earlier" || w[0] == "later") && w[1] == "on" && weekdays[w[2]] && dayParts[w[3]]
	}
	return false
}

// monthWord reports whether w is a month's name or its abbreviation
// as news prose writes it ("sept.", "aug.").
func monthWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if months[w] {
		return true
	}
	switch w {
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// timeAdverbAfter returns the end of a mention after its cue,
// toks[i0:n], without an adverb of time that ends it ("said an aide
// earlier this month", "said a spokesman yesterday"): the adverb times
// the cue, as it does before a subject ("earlier said"). A lower-case
// word of a description must stand before it; a name's last word
// ("said Ann Today") is left. It returns n otherwise.
func timeAdverbAfter(text string, toks []tok, i0, n int) int {
	if n-i0 < 3 || !toks[n-1].word || capital(toks[n-1].str(text)) {
		return n
	}
	switch toks[n-1].low {
	case "earlier", "later", "yesterday", "today", "tonight", "recently":
	default:
		return n
	}
	if p := &toks[n-2]; !p.word || capital(p.str(text)) || p.is(isFunction) {
		return n
	}
	return n - 1
}

// participleAgent returns the end of a participle's agent that a
// mention after its cue, all[i0:n], left out: the mention ends with a
// past participle after a noun ("said a report released", "according
// to a study commissioned") and "by" follows with its noun phrase ("a
// report released by the council"). The participle phrase is the
// noun's modifier, and the mention holds it whole, as it does before
// the cue ("A report released by the board found", participleTime).
// The agent is a determiner or a capital and at most five more words,
// "of" among them, up to punctuation, a word of time or another
// preposition ("by the council on Monday" ends before "on"). It
// returns n otherwise.
func participleAgent(text string, all []tok, i0, n int) int {
	if n-i0 < 2 || n+1 >= len(all) || all[n].low != "by" || !all[n].word {
		return n
	}
	p, h := &all[n-1], &all[n-2]
	if !p.word || capital(p.str(text)) || !(p.is2(isRelParticiple) || len(p.low) > 4 && strings.HasSuffix(p.low, "ed")) || !h.word || h.is(isFunction|isAuxiliary|isPronoun) {
		return n
	}
	a := &all[n+1]
	if !a.word || !a.is(isDet) && !capital(a.str(text)) || a.is(isPronoun) {
		return n
	}
	e := n + 2
	for e < len(all) && e <= n+6 && all[e].word && (!all[e].is(isFunction|isTimeWord|isCue|isAuxiliary) || all[e].low == "of" || all[e].is(isDet) && all[e-1].low == "of") {
		e++
	}
	if e < len(all) && all[e].word && !all[e].is(isTimeWord|isPrep) && !all[e].is2(isMorePrep) {
		return n // the words go on: "by the council said …" is no phrase of a mention
	}
	return e
}
