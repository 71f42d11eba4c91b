package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// f4NarrationReach bounds how far after a quotation (and its cue's
// sentence) f4NarrationAfter reads for narration.
const f4NarrationReach = 400

// f4NarrationAfter reports whether the paragraph p of quotation o goes
// on with narration after it: a letter outside the quotation, past the
// end of the sentence that holds its cue when the cue follows the
// words ("“…,” he said in an interview. He added a note of caution,
// …"; "“…?” and Mrs. Hilbery trolled out a lyric"). Such a paragraph
// is no bare turn of a dialogue: its narration goes on with the one
// who spoke, and the next paragraph's "he" or "she" most often means
// that person again, where after a bare turn it means the other party
// (prevTurn, attribute.go). News prose quotes one speaker so in
// paragraph after paragraph. Reads a bounded stretch (linear time).
func (a *attributor) f4NarrationAfter(o *doc.Quote, p int) bool {
	if p < 0 || p >= len(a.d.Paragraphs) {
		return false
	}
	end := a.d.Paragraphs[p].End
	from := o.End
	if o.Cue.End > o.Cue.Start && o.Cue.Start >= o.End {
		if e := a.sentenceEnd(o.Cue.Start); e > from {
			from = e
		}
	}
	end = min(end, from+f4NarrationReach, len(a.text))
	for i := from; i < end; i++ {
		if isASCIILetter(a.text[i]) {
			return true
		}
	}
	return false
}
