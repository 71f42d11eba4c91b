package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n11Continues joins a quotation in marks that opens the sentence after
// a postposed attribution, in the same paragraph, to the quotation that
// attribution closes: `The ferry may not run this winter, Ann Moss
// said. “The boats need new engines and nobody will pay.”` and `The
// repairs took “far too long,” she added on Friday. “We lost a
// season.”` are each one attribution in two pieces, as news
// attribution corpora mark them (PolNeAR's dev set: 7 such pairs, all
// one attribution), and as the quote stage already joins two pieces
// that are both in marks ("“A,” Moss said. “B.”", quote.join). The
// quote stage leaves the pair apart when the first piece is the
// writer's clause or a mixed one, or when its cue is a word the stage
// does not know ("the letter reads"); the second then stands as a
// reading of its own with the first one's speaker, or with none.
//
// It reads: a top-level quotation A with a speaker whose mention and
// cue both come after its words; the text from the end of A's mention
// and cue to the next top-level quotation B is at most
// n11ContinueGap bytes of one clause's words ("on Friday", "in a
// statement") ending with a full stop, with no line break, no mark
// and no other sentence end; B is a direct quotation in marks with no
// cue of its own and either no speaker or A's.
//
// What it must not read: B with a cue of its own ("“…,” Ed Moss
// replied"), a speaker of its own, or in a new paragraph (f1Continue
// reads those); a sentence of narration between the two ("Obama said.
// He did not suggest retaliation. “…”" is kept apart); A whose speaker
// comes before its words ("Ann said the ferry …. “…”"), where B's
// sentence opens a new utterance as often as it goes on.
//
// The joined quotation is A's, with B's spans and marks after its own;
// it is direct when A was, else mixed (the writer's words with a
// quotation in marks). One pass over the quotations, each reading a
// bounded gap: linear.
func n11Continues(d *doc.Document) {
	text := d.Text
	var join []int
	next := -1 // the next top-level quotation after i, found from the end
	nextOf := make([]int, len(d.Quotes))
	for i := len(d.Quotes) - 1; i >= 0; i-- {
		nextOf[i] = next
		if d.Quotes[i].Parent < 0 {
			next = i
		}
	}
	for i := range d.Quotes {
		a := &d.Quotes[i]
		j := nextOf[i]
		if j < 0 || a.Parent >= 0 || a.Speaker.Name == "" || len(a.Content) == 0 {
			continue
		}
		m, cue := a.Speaker.Mention, a.Cue
		last := a.Content[len(a.Content)-1].End
		if m.End <= m.Start || cue.End <= cue.Start || m.Start < last || cue.Start < last {
			continue
		}
		b := &d.Quotes[j]
		if b.Kind != doc.QuoteDirect || len(b.Marks) == 0 || len(b.Content) == 0 || b.Cue.End > b.Cue.Start && b.Cue != cue {
			continue
		}
		if b.Speaker.Name != "" && b.Speaker.Mention != m && !samePerson(b.Speaker.Name, a.Speaker.Name) {
			continue
		}
		from := max(m.End, cue.End, a.End)
		if from > b.Start || !n11OneClauseEnd(text[from:b.Start]) {
			continue
		}
		if join == nil {
			join = make([]int, len(d.Quotes))
			for k := range join {
				join[k] = -1
			}
		}
		join[j] = i
		if join[i] >= 0 {
			join[j] = join[i]
		}
	}
	if join == nil {
		return
	}
	for _, l := range join {
		if l < 0 {
			continue
		}
		if a := &d.Quotes[l]; a.Kind != doc.QuoteDirect {
			a.Kind = doc.QuoteMixed
		}
	}
	f1JoinQuotes(d, join) // merges B into A, renumbering the parents (f1_continue.go)
}

// n11ContinueGap is the most bytes n11Continues reads between an
// attribution's end and the next quotation.
const n11ContinueGap = 80

// n11OneClauseEnd reports whether gap, the text between an
// attribution's last word and the next quotation's opening mark, ends
// the attribution's sentence and nothing more: at most n11ContinueGap
// bytes, one full stop followed only by spaces, no line break, no mark
// and no other sentence end before it.
func n11OneClauseEnd(gap string) bool {
	if len(gap) > n11ContinueGap || strings.ContainsAny(gap, "\n\r") {
		return false
	}
	gap = strings.TrimRight(gap, " \t")
	if !strings.HasSuffix(gap, ".") {
		return false
	}
	return !strings.ContainsAny(gap[:len(gap)-1], ".?!;:\"“”‘’'()[]")
}
