package speaker

import (
	"sort"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// participleTail reads a participle of saying that follows a trailing
// cue after a comma: "The pier is unsafe, Ann Reed told The Times,
// adding that the board would meet", "…, officials said on Monday,
// noting that …". News prose hands a second clause to the same source
// this way; the participle's subject is the trailing cue's, g (whose
// mention is kept whole). Between the cue and the comma only words (an
// addressee, a phrase of time: at most six) may stand, so that a
// participle of another clause is not read. It returns the attribution
// and its content, or ok false. end bounds the sentence, stop where a
// content must end before a quotation.
func (a *attributor) participleTail(toks []tok, g found, end int, stop func(from, to int) int) (found, []doc.Span, bool) {
	text := a.text
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= g.cue.End })
	for j := i; j < len(toks) && j < i+7; j++ {
		if toks[j].word {
			continue
		}
		if toks[j].str(text) != "," || j+1 >= len(toks) || !toks[j+1].word || !toks[j+1].is(isParticiple) && !r2TailParticiple(&toks[j+1]) {
			return found{}, nil, false
		}
		p := j + 1
		senses := toks[p].senses()
		if len(senses) == 0 {
			return found{}, nil, false
		}
		main := found{subj: g.subj, name: g.name, pronoun: g.pronoun, ok: true, whole: true}
		f, from, ok := a.readCue(toks, p, senses, func() found { return main }, end)
		if !ok || from >= end {
			return found{}, nil, false
		}
		to := contentEnd(text, toks, from, stop(from, end))
		if to <= from || f.subj != g.subj {
			return found{}, nil, false
		}
		return f, []doc.Span{{Start: from, End: to}}, true
	}
	return found{}, nil, false
}
