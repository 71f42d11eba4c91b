package speaker

// This file holds session nineteen's f7 repairs to the f4 rules for
// whom "he" and "she" stand (f4_sex.go, f4_subject.go).

// f7Place reports whether name, a name of unknown sex, is a place's: a
// name of two words or more whose last word is a noun of places that
// is no one's surname ("Columbia City", "Fulton County", "Baker
// Street", "Hudson River"). A place takes no sex, though the narration
// often says "she" of someone just after naming one as its subject
// ("Columbia City was not far away, once she was in Chicago"); read as
// a vote, it gave the place, and every name ending in the same word,
// the sex of the one named after it. Reads the name's last word in
// place (no string built); called only when a vote would be cast.
func f7Place(name string) bool {
	sp := lastBreak(name)
	if sp <= 0 || len(name)-sp-1 < 3 || len(name)-sp-1 > 9 || name[sp-1] == '.' && sp < 5 {
		return false // one word, or a title and a surname ("Mr. Street")
	}
	var buf [9]byte
	low, ok := f2Lower(buf[:0], name[sp+1:], false)
	return ok && f7PlaceHeads[string(low)]
}

// f7PlaceHeads are the last words of place names that are seldom a
// surname (so not "Hill", "Park", "Street"s' kin "Lane" or "Hall").
var f7PlaceHeads = map[string]bool{"city": true, "county": true, "street": true, "avenue": true, "road": true, "river": true, "island": true, "islands": true, "valley": true, "station": true, "square": true, "province": true, "district": true, "bay": true, "harbor": true, "harbour": true, "mountains": true, "falls": true, "springs": true, "heights": true, "township": true, "village": true}

// f7DeepPossessor reports whether the name from st to en is a
// possessor in no subject's place: "on Crutcher’s death", "had heard
// Oliver's history from his mother". A possessor names whose the thing
// is; the clause's subject, named before it, is the one the narration
// goes on with, and the next "he" or "she" most often means the
// subject ("Lee commented on Ann’s death. ¶ On Monday, he told …").
// A possessor that opens its sentence ("Oliver's mother came in") is
// left as it was. f4SubjectBefore reads it as it reads a name deep in
// a phrase (f4Embedded).
func f7DeepPossessor(text string, st, en int) bool {
	return f4Possessor(text, en) && !f4Subject(text, st, en)
}
