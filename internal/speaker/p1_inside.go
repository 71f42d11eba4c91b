package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// insideBlocked reports whether the clause text[lo:hi] lies wholly in
// the words of one of blocked, the quotations of its sentence with an
// attribution of their own: within the quotation's marks and in none
// of the stretches between its parts (partsGap, whose narration is read
// for attributions of its own). attributionsInto then reads nothing
// there: each of its rules either reads only a sentence without such a
// quotation, or turns a word away where isBlocked holds for it (a cue,
// a content's start, a noun of stance), or, the title-case headline's,
// turns a headline away where such a quotation starts before its verb;
// isBlocked holds for every offset of the clause, and the quotation
// starts at or before the clause. indirect skips such a clause before its toks
// are made: the sentences of a direct quotation of several sentences
// ("“My gran always said the strike was real. She used to say …”"),
// each of which holds words of reporting as narration does. The test
// errs on the side of reading: a stretch between two parts, from the
// end of the one's words to the start of the next's, counts as a gap
// whole, marks and all. With the gates open (TestGates) no clause is
// skipped, and the readings must come out the same.
//
// A quotation of more than insideParts parts is not read for its gaps
// (the clause is then read, as before): a sentence of many clauses
// inside one quotation split many times would otherwise cost clauses
// times parts. A sentence's blocked quotations are at most 64 and one
// (sentenceQuotes, narrationAfter), so each clause costs a bounded
// number of steps.
func insideBlocked(blocked []doc.Quote, lo, hi int) bool {
	if gatesOff {
		return false
	}
	for i := range blocked { // by index: a quotation is some 200 bytes
		q := &blocked[i]
		if q.Start > lo || hi > q.End || len(q.Content) > insideParts {
			continue
		}
		inGap := false
		for k := 0; k+1 < len(q.Content); k++ {
			if q.Content[k].End < hi && lo < q.Content[k+1].Start {
				inGap = true // the clause meets the stretch between two parts
				break
			}
		}
		if !inGap {
			return true
		}
	}
	return false
}

// insideParts bounds the parts of a quotation that insideBlocked reads
// for the gaps between them.
const insideParts = 16
