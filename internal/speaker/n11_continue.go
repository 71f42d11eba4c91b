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
// attribution corpora mark them (PolNeAR's dev set: 10 such pairs, 7
// across a full stop and 3 across a comma, all one attribution), and
// as the quote stage already joins two pieces that are both in marks
// ("“A,” Moss said. “B.”", quote.join). The quote stage leaves the
// pair apart when the first piece is the writer's clause or a mixed
// one, or when its cue is a word the stage does not know ("the letter
// reads"); the second then stands as a reading of its own with the
// first one's speaker, or with none.
//
// It reads: a top-level quotation A with a speaker whose mention and
// cue both come after its words; the text from the end of A's mention
// and cue to the next top-level quotation B is at most n11ContinueGap
// bytes of one clause's words ("on Friday", "in a statement") with no
// line break and no mark, ending with a full stop (B opens the next
// sentence), or with a comma, alone or with "but" or "and" (B goes on
// in the same sentence: `The vote was close, Ed Moss said, “but we
// won.”`, `“We tried,” he said, but “the money ran out.”`); B is in
// marks, with no cue of its own and either no speaker or A's, and is
// direct when it opens a sentence.
//
// What it must not read: pieces around "as X reported" (f1Phrases
// gives each its speaker and keeps them apart); B with a cue of its
// own ("“…,” Ed Moss replied", "…, she said before asking, “…”"), a
// speaker of its own, or in a new paragraph (f1Continue reads those);
// a sentence of narration between the two ("Obama said. He did not
// suggest retaliation. “…”" is kept apart); B that opens a sentence of
// the writer's own words ("… Moss said. The “deal” fell through."); A
// whose speaker comes before its words ("Ann said the ferry …. “…”"),
// where B's sentence opens a new utterance as often as it goes on.
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
		if j < 0 || a.Parent >= 0 || a.Speaker.Name == "" || len(a.Content) == 0 || a.Kind != doc.QuoteDirect && a.Kind != doc.QuoteMixed && a.Kind != doc.QuoteIndirect {
			continue
		}
		m, cue := a.Speaker.Mention, a.Cue
		last := a.Content[len(a.Content)-1].End
		if m.End <= m.Start || cue.End <= cue.Start || m.Start < last || cue.Start < last {
			continue
		}
		if w := strings.TrimLeft(text[last:min(m.Start, last+12)], " ,”\"’'"); w == "as" || strings.HasPrefix(w, "as ") {
			continue // "“…,” as the Times reported, “…”": two pieces f1Phrases gives the Times, left as they are
		}
		from := max(m.End, cue.End, a.End)
		for j >= 0 && d.Quotes[j].End <= from {
			j = nextOf[j] // a title or a clause's reading inside the mention: "said Ann Reed, who wrote the study ‘The Mill’. ‘…’"
		}
		if j < 0 {
			continue
		}
		b := &d.Quotes[j]
		gap := ""
		if from <= b.Start {
			gap = text[from:b.Start]
		}
		if t, ok := n75TitleInGap(d, text, from, j, nextOf[j]); ok {
			b, gap = &d.Quotes[nextOf[j]], t // "…,” Flynn said on the network’s “Morning Hour.” “…”" (n75_title.go)
		}
		if b.Kind != doc.QuoteDirect && b.Kind != doc.QuoteMixed || len(b.Marks) == 0 || len(b.Content) == 0 || b.Cue.End > b.Cue.Start && b.Cue != cue {
			continue
		}
		if b.Speaker.Name != "" && b.Speaker.Mention != m && !samePerson(b.Speaker.Name, a.Speaker.Name) {
			continue
		}
		if from > b.Start {
			continue
		}
		switch n11Gap(gap) {
		case n11Apart:
			continue
		case n11NextSentence:
			if b.Kind != doc.QuoteDirect {
				continue // the writer's words in B's sentence: a sentence of its own
			}
		}
		if join == nil {
			join = make([]int, len(d.Quotes))
			for k := range join {
				join[k] = -1
			}
		}
		k := j
		if b != &d.Quotes[j] {
			k = nextOf[j]
		}
		join[k] = i
		if join[i] >= 0 {
			join[k] = join[i]
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
// attribution's end and the next quotation. It was 80; a clause of
// narration after the cue runs longer ("said as her crew cheered behind
// her in the car park of the union’s rented hall.", 83 bytes, in the
// thirty-fifth session's own probe articles), and 120 changed nothing
// on the development sets.
const n11ContinueGap = 120

// How the text between an attribution's last word and the next
// quotation's opening mark joins the two (n11Gap).
const (
	n11Apart        = iota // anything else: the quotations stay apart
	n11NextSentence        // the attribution's sentence ends: "…, Ann Moss said on Friday. “…”"
	n11SameSentence        // a comma goes on to the next piece: "…, Ann Moss said, “…”", "…,” he said, but “…”"
)

// n11Gap reads gap, the text between an attribution's last word and the
// next quotation's opening mark: at most n11ContinueGap bytes of one
// clause's words ("on Friday", "in a statement"), with no line break,
// no opening or double mark, no stop or comma and no verb of
// reporting among them (that would be the next piece's own cue), then
// either a full stop, or a comma (and "but" or "and"), and spaces. A
// sentence that ends with ", according to" and its source may hold
// commas in the source.
func n11Gap(gap string) int {
	if len(gap) > n11ContinueGap || strings.ContainsAny(gap, "\n\r") {
		return n11Apart
	}
	// The cue's own phrase, when it is read as "quoted": "“…,” he was
	// quoted as saying. “…”".
	gap = strings.TrimPrefix(strings.TrimRight(gap, " \t"), " as saying")
	mode := n11NextSentence
	switch {
	case strings.HasSuffix(gap, "."):
		gap = gap[:len(gap)-1]
	default:
		gap = strings.TrimSuffix(strings.TrimSuffix(gap, " but"), " and")
		gap = strings.TrimRight(gap, " \t")
		if !strings.HasSuffix(gap, ",") {
			return n11Apart
		}
		gap, mode = gap[:len(gap)-1], n11SameSentence
	}
	// A hop named after the attribution ends its sentence with it:
	// "…,” Maskin told the crowd, according to a translation by the
	// Herald, an English-language daily. “…”". The hop, commas and all,
	// is the whole utterance's, and the next piece goes on it.
	if k := strings.Index(gap, ", according to "); k >= 0 && mode == n11NextSentence {
		if strings.ContainsAny(gap[k+2:], ".?!;:\"“”‘()[]") {
			return n11Apart
		}
		gap = gap[:k]
	}
	if strings.ContainsAny(gap, ".,?!;:\"“”‘()[]") { // an apostrophe may stand: "to the Network’s host"
		return n11Apart
	}
	for _, w := range strings.Fields(gap) {
		if len(reporting[strings.ToLower(w)]) > 0 {
			return n11Apart // a cue of B's own: "…,” Ann sang, before asking, “…”"
		}
	}
	return mode
}
