package speaker

import (
	"sort"
	"strings"
	"unicode"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// f1ContinueMinWords is the fewest words a continuation paragraph's
// quotation must hold. A line of a few words alone in its paragraph is
// as often a reply in a dialogue or a pull quote as the same speaker
// going on; a news continuation goes on with a sentence or more.
const f1ContinueMinWords = 6

// f1ContinueTail is the most words of narration the paragraph before
// may hold after its last attribution: "“…,” Ann Moss said." ends on
// it; a paragraph that goes on to tell more has moved on.
const f1ContinueTail = 12

// f1ContinueBack bounds how many quotations are read back from a
// continuation to find the last one of the paragraph before, for
// linear time on a paragraph of a million marks.
const f1ContinueBack = 32

// f1Continue gives the speaker of the paragraph before to a paragraph
// that holds only the next quotation, the commonest way news prose
// quotes one person at length: "“We have nothing to fear,” Ann Moss
// said." then a new paragraph "“The pier will be rebuilt by spring, and
// the boats will be back.”", still Moss's, though it names no one. The
// text gives no cue, so the cue stays null, and the speaker (with its
// mention) is that of the paragraph before's last attribution. When
// that attribution is a direct quotation, the continuation is joined to
// it as a further piece (see f1Joins): one quotation over two
// paragraphs.
//
// It reads only a body paragraph or a block quote that opens with a
// top-level direct quotation in marks (or is a block quote, which the
// markup makes one), holds nothing else but
// quotations and punctuation, and whose quotation runs to
// f1ContinueMinWords words; right after a body paragraph (or block
// quote) whose last top-level direct, mixed or indirect quotation has
// a speaker and is followed by at most f1ContinueTail words in which
// no one else is named. Guards for fiction, where a bare line after a
// named one is the other person's reply: the paragraph before must
// hold narration (the speaker named there), or have got its own
// speaker from this rule, its quotation must not end on a question
// (answered by someone else), and a quotation in the paragraph before
// that one by someone else makes it a dialogue, which turns reads.
// Headings, captions, subtitles and list items are never read: pull
// quotes and subheads stand there. A photo's caption between the two
// paragraphs is passed over (n2Caption), and the continuation is then
// a reading of its own, not a piece of the quotation before.
func (a *attributor) f1Continue(dialogue bool) {
	if dialogue {
		return
	}
	d, text := a.d, a.text
	given := -1    // the paragraph this rule last gave a speaker to
	var join []int // by quotation: the one it is a further piece of, or -1
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Parent >= 0 || q.Kind != doc.QuoteDirect || q.Speaker.Name != "" || len(q.Content) != 1 {
			continue
		}
		p := a.paragraph(q.Start)
		if p < 1 || a.paragraph(q.End-1) != p {
			continue
		}
		pp := p - 1 // the paragraph before, past a photo's caption (n2_continue.go)
		if a.n2Caption(pp, i) {
			pp--
		}
		para, prev := d.Paragraphs[p], d.Paragraphs[pp]
		if !f1Body(para.Kind) || !f1Body(prev.Kind) || hasLetters(text[para.Start:q.Start]) || !a.speechOnly(p, i) {
			continue
		}
		if len(q.Marks) == 0 && para.Kind != doc.BlockQuote {
			continue // only a block quote's markup makes a quotation without marks
		}
		if i > 0 && d.Quotes[i-1].Start >= para.Start {
			continue // not the paragraph's first quotation
		}
		if f1Words(text, q.Content, f1ContinueMinWords) < f1ContinueMinWords {
			continue
		}
		if !f1Ended(text[prev.Start:prev.End]) {
			continue // the sentence runs on into the quotation: a page's markup cut it
		}
		o := a.f1LastAttribution(i, prev)
		if o < 0 {
			continue
		}
		src := &d.Quotes[o]
		if src.Kind == doc.QuoteIndirect && (!f1Named(src.Speaker.Name) || f1Words(text, src.Content, 4) < 4) {
			continue
		}
		if given != pp && (a.speechOnly(pp, a.f1FirstIn(o, prev)) || a.f1Dialogue(o, pp)) {
			continue
		}
		if src.Kind == doc.QuoteDirect && f1Exclaims(text[src.Start:src.End]) || f1Exclaims(text[q.Start:q.End]) || a.calls(a.vocative(q), src.Speaker.Name) {
			continue
		}
		end := max(src.End, src.Speaker.Mention.End, src.Cue.End)
		end = n27HopEnd(text, end, prev.End) // "…, he said, according to a transcript.": the phrase is the attribution's (n27_according.go)
		tail, present := f1ContinueTail, n116PresentCue(text, src.Cue)
		if present {
			tail = n116PresentTail
		}
		if end < prev.End && (f1Words(text, []doc.Span{{Start: end, End: prev.End}}, tail+1) > tail || f1Beat(text[end:prev.End]) && !present || a.f1OtherNamed(end, prev.End, src.Speaker.Name)) {
			continue
		}
		joins := pp == p-1 && a.f1Joins(o, i, prev, para) // not over a caption: the span would hold it
		for k := i; k < len(d.Quotes) && d.Quotes[k].Start < para.End; k++ {
			if o2 := &d.Quotes[k]; o2.Parent < 0 && o2.Kind == doc.QuoteDirect && o2.Speaker.Name == "" {
				o2.Speaker = src.Speaker
				o2.Chain = append(src.Chain[:0:0], src.Chain...)
			}
		}
		if joins {
			if join == nil {
				join = make([]int, len(d.Quotes))
				for k := range join {
					join[k] = -1
				}
			}
			join[i] = o
			if join[o] >= 0 {
				join[i] = join[o] // the third paragraph of one quotation
			}
		}
		given = p
	}
	if join != nil {
		f1JoinQuotes(d, join)
	}
}

// f1Joins reports whether continuation quotation i, in paragraph para,
// is the next piece of direct quotation o, the last attribution of the
// paragraph before, rather than a reading of its own: "“We have no
// money,” Ann Moss said. ¶ “The boats will moor elsewhere.”" is one
// quotation in two pieces, as a split quotation ("“A,” she said, “B.”")
// and a quotation over several paragraphs are, and news attribution
// corpora mark it so. Both must be quotations in marks in running
// prose (a block quote's markup quotation is a block of its own), i
// the only top-level quotation of its paragraph, and nothing but o's
// own nested quotations between them. After a mixed or indirect
// reading the continuation stays a reading of its own: the writer's
// words came between.
func (a *attributor) f1Joins(o, i int, prev, para doc.Paragraph) bool {
	d := a.d
	src, q := &d.Quotes[o], &d.Quotes[i]
	if src.Kind != doc.QuoteDirect || len(src.Marks) == 0 || len(q.Marks) == 0 || src.Parent >= 0 {
		return false
	}
	if prev.Kind != doc.BlockParagraph || para.Kind != doc.BlockParagraph {
		return false
	}
	for k := o + 1; k < i; k++ {
		if d.Quotes[k].Start < src.Start || d.Quotes[k].End > src.End {
			return false // another reading between them
		}
	}
	for k := i + 1; k < len(d.Quotes) && d.Quotes[k].Start < para.End; k++ {
		if d.Quotes[k].End > q.End {
			return false // a second quotation in the paragraph
		}
	}
	return true
}

// f1JoinQuotes merges each quotation k with join[k] >= 0 into
// quotation join[k] (an earlier one) as further content pieces, the
// span running from the first piece's opening to the last one's close,
// and drops it from d.Quotes, renumbering the parents: the quotations
// nested in a merged one become the merged quotation's children. One
// pass; the spans are copied, never appended in place, since the quote
// stage's spans share their backing arrays.
func f1JoinQuotes(d *doc.Document, join []int) {
	qs := d.Quotes
	first := -1                 // the first quotation merged into another
	idx := make([]int, len(qs)) // each quotation's new index
	n := 0
	for k := range qs {
		l := join[k]
		if l < 0 {
			idx[k] = n
			n++
			continue
		}
		if first < 0 {
			first = k
		}
		idx[k] = idx[l]
		lq, q := &qs[l], &qs[k]
		lq.Content = append(lq.Content[:len(lq.Content):len(lq.Content)], q.Content...)
		lq.Marks = append(lq.Marks[:len(lq.Marks):len(lq.Marks)], q.Marks...)
		lq.End = q.End
	}
	// The quotations before the first merged one keep their places and
	// parents (a parent comes before its child); a Quote is large, so
	// only those after it are moved.
	out := qs[:first]
	for k := first + 1; k < len(qs); k++ {
		if join[k] >= 0 {
			continue
		}
		out = append(out, qs[k])
		if q := &out[len(out)-1]; q.Parent >= 0 {
			q.Parent = idx[q.Parent]
		}
	}
	d.Quotes = out
}

// f1Named reports whether a speaker's name is a proper name: it opens
// with a capital that is no determiner or quantifier ("The bias",
// "Many readers"). An indirect reading's subject is less sure than a
// quotation's ("The report shows …" is read as one too): only a
// named person's reported speech is taken to go on in marks, and only
// a clause of four words or more ("she calculated it" is no report).
func f1Named(name string) bool {
	if name == "" || name[0] < 'A' || name[0] > 'Z' {
		return false
	}
	w := name
	if k := strings.IndexByte(w, ' '); k >= 0 {
		w = w[:k]
	}
	return classOf(lexOf(strings.ToLower(w)))&(isDet|isQuantifier|isPronoun) == 0
}

// f1Ended reports whether a paragraph ends a sentence: on a full
// stop, a colon or a closing mark.
func f1Ended(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, ":") || strings.HasSuffix(s, "”") || strings.HasSuffix(s, "\"") || strings.HasSuffix(s, "’")
}

// f1Body reports whether a block of kind k is running prose or a block
// quote, where a continuation stands; not a heading, caption or list.
func f1Body(k doc.BlockKind) bool {
	return k == doc.BlockParagraph || k == doc.BlockQuote
}

// f1LastAttribution is the index of the last top-level direct, mixed
// or indirect quotation lying in paragraph prev, before quotation i,
// when it has a speaker; -1 if it has none or there is none.
func (a *attributor) f1LastAttribution(i int, prev doc.Paragraph) int {
	d := a.d
	best, bestEnd := -1, -1
	for j := i - 1; j >= 0 && j >= i-f1ContinueBack && d.Quotes[j].End > prev.Start; j-- {
		o := &d.Quotes[j]
		if o.Parent >= 0 || o.Start < prev.Start || o.End > prev.End {
			continue
		}
		if o.Kind != doc.QuoteDirect && o.Kind != doc.QuoteMixed && o.Kind != doc.QuoteIndirect {
			continue
		}
		if o.End > bestEnd {
			best, bestEnd = j, o.End
		}
	}
	if best < 0 || d.Quotes[best].Speaker.Name == "" || d.Quotes[best].Speaker.Mention.End <= d.Quotes[best].Speaker.Mention.Start {
		return -1
	}
	return best
}

// f1FirstIn is the index of the first quotation in block b, reading
// back from quotation o (which lies in it), at most f1ContinueBack.
func (a *attributor) f1FirstIn(o int, b doc.Paragraph) int {
	for j := o; j > 0 && j > o-f1ContinueBack && a.d.Quotes[j-1].Start >= b.Start; j-- {
		o = j - 1
	}
	return o
}

// f1Dialogue reports whether the paragraph before paragraph p holds a
// top-level direct quotation with another speaker than quotation o's,
// or none: two voices in consecutive paragraphs are a dialogue, whose
// next bare line is the other's reply.
func (a *attributor) f1Dialogue(o, p int) bool {
	if p < 1 {
		return false
	}
	d := a.d
	b := d.Paragraphs[p-1]
	name := d.Quotes[o].Speaker.Name
	for j := o - 1; j >= 0 && j >= o-f1ContinueBack && d.Quotes[j].End > b.Start; j-- {
		x := &d.Quotes[j]
		if x.Parent >= 0 || x.Kind != doc.QuoteDirect || x.Start < b.Start || x.End > b.End {
			continue
		}
		if x.Speaker.Name == "" || !samePerson(x.Speaker.Name, name) {
			return true
		}
	}
	return false
}

// f1Exclaims reports whether a quotation's text ends on a question
// or exclamation mark, before its closing marks: a line that asks or
// exclaims is answered by someone else, and a news continuation asks
// nothing of the reader.
func f1Exclaims(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '?' && r != '!' })
	return strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

// f1Beat reports whether the narration after an attribution goes on
// with a participle after a comma: "“…,” she continued, leaning
// forward." is a novel's beat, and the bare line after it is as often
// the other person's reply. News ends the attribution on when and
// where it was said.
func f1Beat(s string) bool {
	for {
		c := strings.IndexByte(s, ',')
		if c < 0 {
			return false
		}
		s = s[c+1:]
		w := strings.TrimLeft(s, " ")
		e := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if e < 0 {
			e = len(w)
		}
		if e > 4 && strings.HasSuffix(w[:e], "ing") {
			return true
		}
	}
}

// f1Words counts the words in the spans, stopping at limit.
func f1Words(text string, spans []doc.Span, limit int) int {
	n := 0
	for _, s := range spans {
		in := false
		for _, r := range text[s.Start:s.End] {
			l := unicode.IsLetter(r) || unicode.IsDigit(r)
			if l && !in {
				n++
				if n >= limit {
					return n
				}
			}
			in = l
		}
	}
	return n
}

// f1OtherNamed reports whether a mention of someone other than name
// (outside quotations, not a thing) lies in [from, to).
func (a *attributor) f1OtherNamed(from, to int, name string) bool {
	ms := a.mentions
	k := sort.Search(len(ms), func(j int) bool { return ms[j].Start >= from })
	for ; k < len(ms) && ms[k].Start < to; k++ {
		if !ms[k].inQuote && !ms[k].thing && !samePerson(ms[k].text, name) {
			return true
		}
	}
	return false
}
