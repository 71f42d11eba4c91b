package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// g3OccasionIng are participles that open a fronted phrase of the
// occasion on which someone spoke: "Speaking to students in Oslo this
// week, the senator responded to …", "Appearing on a Sunday talk show,
// Ms. Reed …". News prose sets the occasion first and the words after
// the subject; such a phrase is never the words themselves.
var g3OccasionIng = map[string]bool{"speaking": true, "talking": true, "addressing": true, "appearing": true, "campaigning": true, "testifying": true, "visiting": true, "touring": true, "stumping": true}

// g3OccasionPhrase reports whether the content of an attribution whose
// cue comes after it is such a fronted phrase of occasion, as c3Fronted
// (c3_fronted.go) reports one opened by a preposition: a phrase of at
// most fourteen words opened by one of g3OccasionIng, with no finite or
// past verb in it ("Speaking out is a duty, Reed said" is words said:
// "is" is a finite verb). The cue's place and the first byte, a
// capital, gate the reading of the words.
func g3OccasionPhrase(ix *tokIndex, f found, content []doc.Span) bool {
	if len(content) != 1 || f.cue.Start < content[0].End || content[0].End-content[0].Start > 160 {
		return false
	}
	if b := ix.text[content[0].Start]; b < 'A' || b > 'Z' {
		return false
	}
	var buf [16]string
	ws := ix.wordLows(content[0].Start, content[0].End, buf[:0])
	if len(ws) < 2 || len(ws) > 14 || !g3OccasionIng[ws[0]] {
		return false
	}
	for _, w := range ws[1:] {
		if finiteWords[w] || pastVerbs[w] || len(w) > 3 && strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return true
}
