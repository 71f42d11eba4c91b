package speaker

import "strings"

// c1NoSource reports whether a subject read for a verb (readCue) is no
// source by its form, whatever the verb:
//
//   - it ends in a dash set off by a space ("Marvellous weather and
//     the view's marvellous -- views …"): the subject reader ran into
//     a break in the sentence, so the words before the dash are a
//     fragment, and the verb after it a noun;
//   - it ends in a lone "s", a possessive whose apostrophe was lost
//     ("Holmes s voice broke in"): the word after it is the noun it
//     owns, not a verb; or it starts with one, the rest of a word cut
//     at its apostrophe ("them feelin ’s comes back");
//   - it is an amount of time spent on something: an indefinite
//     article, "another" or a number before a unit of time with the
//     possessive ("Another day's travel found the prospectors …", "an
//     hour's search", "two weeks' work"). A stretch of time is spent,
//     it tells nothing; a dated thing with a definite or deictic word
//     ("Tuesday's report", "last year's study") is a source and is
//     kept.
//
// It reads the subject's own bytes and at most its first three words,
// once a reading is made: nothing per word.
func c1NoSource(text string, f found) bool {
	if f.pronoun != "" || f.subj.End <= f.subj.Start {
		return false
	}
	w := text[f.subj.Start:f.subj.End]
	if c := w[len(w)-1]; c == ',' || c == ' ' {
		if w = strings.TrimRight(w, " ,"); w == "" {
			return false
		}
	}
	switch w[len(w)-1] {
	case '-', 0x94, 0x93: // "--", and the last bytes of "—" and "–"
		if strings.HasSuffix(w, " --") || strings.HasSuffix(w, " —") || strings.HasSuffix(w, " –") {
			return true
		}
	case 's':
		if w == "s" || strings.HasSuffix(w, " s") {
			return true
		}
	}
	if len(w) > 1 && w[0] == 's' && w[1] == ' ' {
		return true
	}
	// An amount of time has a possessive's mark: most subjects have none.
	if strings.IndexByte(w, '\'') < 0 && strings.IndexByte(w, 0xE2) < 0 {
		return false
	}
	first, rest, ok := strings.Cut(w, " ")
	if !ok || !c1In(isC1Amount, first) {
		return false
	}
	unit, _, _ := strings.Cut(rest, " ")
	for _, p := range [...]string{"'s", "’s", "'", "’"} {
		if u, ok := strings.CutSuffix(unit, p); ok {
			return c1In(isC1TimeUnit, strings.TrimSuffix(u, "s"))
		}
	}
	// A possessive written apart: "another day 's travel".
	if u, r, ok := strings.Cut(rest, " "); ok && (strings.HasPrefix(r, "'s ") || strings.HasPrefix(r, "’s ") || strings.HasPrefix(r, "' ") || strings.HasPrefix(r, "’ ")) {
		return c1In(isC1TimeUnit, strings.TrimSuffix(u, "s"))
	}
	return false
}

// c1In reports whether w, a short word as written, is in the list of c
// (c1Amount, c1TimeUnits) in lower case: its ASCII capitals lowered,
// and its entry read from the lexicon without building a string or
// hashing the word (asciiWordIs2). A word over twelve bytes is in
// neither list.
func c1In(c wordClass2, w string) bool {
	return len(w) <= 12 && asciiWordIs2(w, c)
}

// c1Amount are the words that count a stretch of time before its unit.
var c1Amount = map[string]bool{"a": true, "an": true, "another": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "several": true, "many": true, "few": true, "half": true}

// c1TimeUnits are units of time, in the singular.
var c1TimeUnits = map[string]bool{"minute": true, "hour": true, "day": true, "night": true, "week": true, "fortnight": true, "month": true, "year": true, "season": true, "moment": true, "second": true, "decade": true}
