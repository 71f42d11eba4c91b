package speaker

// n87Lead reports whether w, a sentence's first word in lower case, is
// a conjunction that may open it before "according to": "But according
// to a filing the company made in May, the expansion would …". The
// reader of a leading "according to" read it at the sentence's first
// word only, and the sentence then went to another reading ("the
// expansion" its source).
func n87Lead(w string) bool {
	switch w {
	case "but", "and", "yet", "so", "still", "also":
		return true
	}
	return false
}
