package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n45Follows gives a quotation in marks that opens the sentence right
// after an attribution whose source comes before its words, in the same
// paragraph, that attribution's speaker: `Ed Moss, a former partner,
// called him a master of the deal. “He could sell a ferry to a fish.”`,
// `Ann Ortiz, who lost the primary, named the fares as the reason.
// “Nobody can pay them.”`. News prose names the source once and lets
// the next quotation in marks go on in their voice; the quotation has
// no cue and no speaker of its own, and nothing but the sentence's full
// stop lies between the two (PolNeAR's dev set marks both such
// quotations with the first one's source).
//
// n11Continues joins the pieces of a postposed attribution ("…, Ann
// Moss said. “…”") across a short gap with no full stop in it; this
// reads the cases it leaves: a source before the words, and a
// postposed source followed by a longer tail or one with a title's
// full stop ("“…,” she said of Mrs. Ortiz's plan. “…”", "“…,” Ed Moss
// said after the hearing was put off again. “…”", n45Tail). PolNeAR's
// dev set joins all four such pairs it holds.
//
// The attribution's cue is a verb that puts words out (n45Voices), not
// one of knowing or believing.
//
// What it must not read: a quotation with a cue or a speaker of its own
// ("“…,” one resident shouted"), one in the next paragraph, one that
// opens after words of the writer's in its sentence ("They had guns
// ready to “…”": the gap then holds more than the full stop), a
// quotation nested in another, and an attribution whose speaker comes
// after its words (n11Continues' own) or that has no cue. One pass over
// the quotations, each reading the few bytes between the two: linear.
func n45Follows(d *doc.Document) {
	text := d.Text
	var join []int
	prev := -1 // the last top-level quotation before i
	for i := range d.Quotes {
		b := &d.Quotes[i]
		if b.Parent >= 0 {
			continue
		}
		a := prev
		prev = i
		if a < 0 || b.Kind != doc.QuoteDirect || len(b.Marks) == 0 || b.Speaker.Name != "" || b.Cue.End > b.Cue.Start {
			continue
		}
		p := &d.Quotes[a]
		m, cue := p.Speaker.Mention, p.Cue
		if p.Speaker.Name == "" || m.End <= m.Start || cue.End <= cue.Start || len(p.Content) == 0 {
			continue
		}
		if p.Kind != doc.QuoteDirect && p.Kind != doc.QuoteMixed && p.Kind != doc.QuoteIndirect {
			continue
		}
		last := p.Content[len(p.Content)-1].End
		switch {
		case m.End <= p.Content[0].Start && cue.End <= p.Content[0].Start: // the source first
			from := max(p.End, last)
			if from > b.Start || b.Start-from > n45FollowGap || !n45StopOnly(text[from:b.Start]) || !n45Voices(text, cue) {
				continue // the gap asked first: the cue's senses are read for the few pairs it lets through
			}
		case m.Start >= last && cue.Start >= last: // the source after the words, a longer tail than n11Continues reads
			from := max(m.End, cue.End)
			if from > b.Start || b.Start-from > n45TailGap || !n45Tail(text[from:b.Start]) || !n45Voices(text, cue) {
				continue
			}
		default:
			continue
		}
		if join == nil {
			join = make([]int, len(d.Quotes))
			for k := range join {
				join[k] = -1
			}
		}
		join[i] = a
		if join[a] >= 0 {
			join[i] = join[a]
		}
		if p.Kind != doc.QuoteDirect {
			p.Kind = doc.QuoteMixed // the writer's words with a quotation in marks
		}
	}
	if join != nil {
		f1JoinQuotes(d, join) // B's marks and words go on A's (f1_continue.go)
	}
}

// n45FollowGap is the most bytes between the attribution's end and the
// quotation's opening mark: a full stop, a closing mark and spaces.
const n45FollowGap = 8

// n45StopOnly reports whether gap is a full stop with spaces (and a
// closing mark of the first quotation's) around it, and no line break.
func n45StopOnly(gap string) bool {
	if strings.ContainsAny(gap, "\n\r") {
		return false
	}
	return strings.Trim(gap, " \t”’\"'") == "."
}

// n45Voices reports whether a word of the cue is a verb that puts words
// out: speech, speech to someone or evidence (reporting.txt classes s,
// k, o and v: "called him a master", "described", "quoted",
// "suggested"). A verb of knowing or believing ("She knew some of them,
// and he selected one. “Try this.”") tells what the subject holds, and
// a verb of judging may take words rather than give them ("Luis Ortega
// rejected the complaint. “…”", TestN28ColonIntros): the next
// sentence's words in marks are then as often another's. PolNeAR's dev
// set has one such case ("identified … as one of the reasons. “…”"),
// joined in its gold, left here.
func n45Voices(text string, cue doc.Span) bool {
	for _, w := range strings.Fields(strings.ToLower(text[cue.Start:cue.End])) {
		for _, s := range reportingSenses(w) {
			switch s.class {
			case 's', 'k', 'o', 'v':
				return true
			}
		}
	}
	return false
}

// n45TailGap is the most bytes n45Follows reads between a postposed
// attribution's last word and the next quotation.
const n45TailGap = 160

// n45Tail reports whether gap, the words after a postposed
// attribution's source and cue, ends the sentence with a full stop and
// holds no other sentence's end, no mark, bracket, colon or semicolon
// and no line break: "“…,” Ed Moss said after the hearing was put off
// for a second time. “…”", "“…,” Ann Ortiz said of Mr. Moss's plan.
// “…”" (a full stop after a title or an initial is no sentence's end;
// n11Continues reads no full stop in its gap and leaves such pairs).
func n45Tail(gap string) bool {
	if strings.ContainsAny(gap, "\n\r?!;:\"“”‘()[]") {
		return false
	}
	g := strings.TrimRight(gap, " \t")
	if !strings.HasSuffix(g, ".") {
		return false
	}
	g = g[:len(g)-1]
	for k := strings.IndexByte(g, '.'); k >= 0; {
		w := g[:k]
		if j := strings.LastIndexAny(w, " ."); j >= 0 {
			w = w[j+1:]
		}
		if _, title := titles[strings.ToLower(w)]; !title && !(len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z') {
			return false // a sentence's end: the quotation may be another's
		}
		next := strings.IndexByte(g[k+1:], '.')
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return true
}
