package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// maxNarration is the most words a narration may have between the parts of
// a split quotation: enough for "said Michael Oppenheimer, a professor of
// geosciences and international affairs at Princeton University,", short
// of a sentence that tells a story of its own.
const maxNarration = 25

// maxCueNarration is the most words of a narration whose cue comes
// within its first cueLead words and whose speaker is described by an
// appositive that opens within them too: a cue, then a long
// description of the speaker ("said Ed Moss, a professor of surgery at
// the medical school of the state university and the editor of a blog
// on medicine."), is still the one clause that splits the quotation,
// as news attribution corpora join it. A narration that goes on with a
// story of its own ("cried the stranger, though he had …") has no
// appositive there.
const (
	maxCueNarration = 40
	cueLead         = 6
)

// join merges split quotations ("“A,” he said, “B.”", "“A,” said Jones.
// “B.”") into their first part, and returns the quotations left. The two
// parts are quotations in marks of the same family, next to each other
// under the same enclosing quotation, in one paragraph. The first opens
// its sentence or follows a colon, cue or comma, is closed by its mark,
// and does not end with a full stop. The narration between them is one
// clause of at most maxNarration words (maxCueNarration when the cue
// comes first and an appositive describes the speaker) with a cue word
// in it; it does not
// start with a sentence end ("“How is he now?”. I said, “…”" is two
// quotations), it ends with punctuation ("he said, adding that “…”"
// goes on in the author's words), and it has no second cue in -ing ("he
// said, adding later, “…”" is two quotations). The second part does not
// run on in the author's lower-case words after its marks (see runsOn).
// qs must be sorted, with parents set; parents must be set again after.
func (c *classifier) join() []doc.Quote {
	qs := c.qs
	prev := make([]int, len(qs)+1) // by parent+1: the last quotation seen with that parent
	for i := range prev {
		prev[i] = -1
	}
	before := make([]int, len(qs)) // the quotation seen with the same parent before each, or -1
	leader := make([]int, len(qs)) // the quotation each was merged into, or -1
	first := -1                    // the first quotation merged into another
	for j := range qs {
		leader[j] = -1
		c.ctx = contextMemo{} // each decision reads the quotations as they are now
		key := qs[j].Parent + 1
		i := prev[key]
		prev[key] = j
		before[j] = i
		if i < 0 {
			continue
		}
		if !c.splits(i, j) {
			// A title in the narration ("“A,” says Ann Lee, who has
			// hosted “The Late Hour” for years. “B.”") stands between
			// the parts; the part before it may still go on here.
			p := before[i]
			if p < 0 || leader[i] >= 0 || !c.splits(p, j) || !c.inNarration(i) { // splits turns most pairs away at its first tests
				continue
			}
			i = p
		}
		l := i
		if leader[i] >= 0 {
			l = leader[i]
		}
		if leader[i] < 0 && !c.opensClause(l) {
			continue
		}
		if leader[i] < 0 && c.attributedBefore(l) {
			continue // "Ida asked: ‘Why?’ I said, ‘Because.’": two turns
		}
		lq, b := &qs[l], qs[j]
		lq.Content = c.spans.append(lq.Content, b.Content...)
		lq.Marks = c.spans.append(lq.Marks, b.Marks...)
		lq.End = b.End
		lq.Kind = doc.QuoteDirect
		leader[j] = l
		if first < 0 {
			first = j
		}
	}
	if first < 0 {
		return qs
	}
	// The quotations before the first merged one stay where they are; a
	// Quote is large, and copying each onto itself cost as much as the
	// rest of the join.
	// The rest move down in runs, one copy for each run of quotations
	// kept, not one for each quotation.
	out := qs[:first]
	for j := first + 1; j < len(qs); {
		if leader[j] >= 0 {
			j++
			continue
		}
		k := j + 1
		for k < len(qs) && leader[k] < 0 {
			k++
		}
		out = append(out, qs[j:k]...)
		j = k
	}
	return out
}

// inNarration reports whether quotation i can be a name or title in the
// author's words between the parts of a split quotation: a few words in
// marks, in the middle of a sentence after the author's own words.
func (c *classifier) inNarration(i int) bool {
	q := &c.qs[i]
	if c.intro(q) != introWords {
		return false
	}
	sh := c.shape(q)
	return sh.title || sh.words <= 4 && !sh.comma
}

// opensClause reports whether quotation i stands where speech does: at the
// start of its sentence, or after a colon, a cue or a comma.
func (c *classifier) opensClause(i int) bool {
	in := c.intro(&c.qs[i])
	return in == introStart || in == introColon || in == introCue || in == introComma
}

// attributedBefore reports whether quotation i has its own cue before
// it ("Ida asked: ‘Why?’", "told reporters “…”"): a quotation that
// follows it after more narration with a cue is another utterance, not
// the second part of this one.
func (c *classifier) attributedBefore(i int) bool {
	q := &c.qs[i]
	switch c.intro(q) {
	case introCue:
		return true
	case introColon:
		text := c.d.Text
		lo := c.contextStart(q)
		j, _ := spaceBefore(text, lo, q.Start)
		return cueBefore(text, lo, j-1, 3)
	}
	return false
}

// splits reports whether quotations i and j, consecutive siblings, are the
// two parts of one split quotation (see join).
func (c *classifier) splits(i, j int) bool {
	a, b := &c.qs[i], &c.qs[j]
	if a.Element >= 0 || b.Element >= 0 || len(a.Marks) < 2 || a.Marks[len(a.Marks)-1].End != a.End || len(b.Marks) == 0 || len(a.Content) == 0 || len(b.Content) == 0 {
		return false // from markup, or not closed by a mark; or a second part with no mark or words of its own (FuzzAttribute found one)
	}
	text := c.d.Text
	lastContent := a.Content[len(a.Content)-1]
	words := strings.TrimRightFunc(text[lastContent.Start:lastContent.End], isQuoteRune)
	last, _ := utf8.DecodeLastRuneInString(words) // before an inner quotation's mark: "…people,’”"
	if last == '.' {
		return false // told before the gap is read
	}
	gap := strings.TrimSpace(text[a.End:min(b.Start, a.End+maxReach)])
	first, _ := utf8.DecodeRuneInString(gap)
	if strings.ContainsRune(".!?", first) {
		return false
	}
	if !strings.ContainsRune(",;:—–-…?!", last) && first != ',' && first != '—' && first != '–' {
		return false
	}
	ga, _ := glyphAt(text, a.Marks[0].Start, len(text))
	gb, _ := glyphAt(text, b.Marks[0].Start, len(text))
	if ga.family() != gb.family() || strings.Contains(gap, "\n\n") || c.paragraph(a.End-1).Span != c.paragraph(b.Start).Span {
		return false
	}
	if bw := text[b.Content[len(b.Content)-1].Start:b.Content[len(b.Content)-1].End]; bw != "" {
		if r, _ := utf8.DecodeLastRuneInString(bw); unicode.IsLetter(r) && c.runsOn(b) {
			return false // "“A,” she said. “B” to do C": the second part is a phrase of the author's sentence
		}
	}
	if g := strings.TrimSpace(text[a.End:b.Start]); g != "" && strings.ContainsRune(".!?", rune(g[len(g)-1])) && c.answered(b) {
		return false // "“Good night,” said the man. “Good night, Sir John,” said the parson.": two turns
	}
	return c.narration(a.End, b.Start)
}

// answered reports whether quotation b, ending on a comma, question or
// exclamation inside its marks, is followed in its sentence by a clause
// with a cue of its own: "“B,” said the parson." After a first part whose
// narration ends its sentence ("“A,” said the man."), such a quotation
// has its own speaker, so it is not the second part of the one before,
// though both stand in one paragraph (novels set one line a sentence,
// and a dialogue's turns then share a paragraph). A second part carries
// on the first speaker's words instead: "“A,” he said. “B.”", and one
// after narration that ends on a comma carries on the sentence: "“A,”
// she said, “B,” she added.".
func (c *classifier) answered(b *doc.Quote) bool {
	text := c.d.Text
	lastContent := b.Content[len(b.Content)-1]
	words := strings.TrimRightFunc(text[lastContent.Start:lastContent.End], isQuoteRune)
	last, _ := utf8.DecodeLastRuneInString(words)
	if last != ',' && last != '?' && last != '!' || b.Marks[len(b.Marks)-1].End != b.End {
		return false
	}
	// The clause runs to its sentence's end, as the segmenter read it,
	// so that a title's full stop does not end it early ("“B,” Mr. Obi
	// stated."); the first stop or line's end is the fallback.
	sents := c.d.Sentences
	if s := c.sentenceAfter(b.End); s < len(sents) && sents[s].Start < b.End && sents[s].End > b.End && !strings.Contains(text[b.End:sents[s].End], "\n") {
		return c.narration(b.End, sents[s].End)
	}
	tail := text[b.End:min(len(text), b.End+maxReach)]
	k := strings.IndexAny(tail, ".!?\n")
	if k < 0 {
		return false
	}
	return c.narration(b.End, b.End+k+1)
}

// appositiveStarts open an appositive after a comma.
var appositiveStarts = map[string]bool{"a": true, "an": true, "the": true, "one": true}

// backCues are verbs that report a retort with "back" after them ("“A,”
// she shot back. “B.”"), and no speech without it.
var backCues = map[string]bool{"shot": true, "fired": true, "hit": true, "shoots": true, "fires": true, "hits": true}

// narration reports whether text[from:to] is a short clause with a cue
// word, within one sentence, ending with punctuation, and not longer than
// maxReach. A second cue in -ing after the first ("Ana said, adding
// later,", "Ana sings to Bo before asking him,") introduces words said
// on another occasion: two quotations, as attribution corpora count
// them.
func (c *classifier) narration(from, to int) bool {
	if to-from > maxReach {
		return false
	}
	text := c.d.Text
	n, cue, firstWord, lastWord, endsWord := 0, false, -1, -1, false
	early := false                    // a cue among the first cueLead words
	appositive, comma := false, false // an appositive opens near the start; a comma before this word
	for i := from; i < to; {
		if c := text[i]; c < utf8.RuneSelf && !asciiWord[c] {
			// ASCII space or punctuation, told without decoding
			// (unicode.IsSpace's ASCII spaces).
			endsWord = endsWord && (c == ' ' || '\t' <= c && c <= '\r')
			comma = comma || c == ','
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:to])
		if !doc.IsWordRune(r) {
			endsWord = endsWord && unicode.IsSpace(r)
			comma = comma || r == ','
			i += size
			continue
		}
		endsWord = true
		if n++; n > maxCueNarration || n > maxNarration && !(early && appositive) {
			return false
		}
		j := wordEnd(text, i, to)
		if n <= cueLead+4 && comma && appositiveStarts[strings.ToLower(text[i:j])] {
			appositive = true // ", a professor …", ", the editor …"
		}
		comma = false
		if inSet(cues, text[i:j]) || text[i:j] == "back" && lastWord >= 0 && backCues[text[lastWord:wordEnd(text, lastWord, to)]] {
			if cue && strings.HasSuffix(text[i:j], "ing") {
				return false // "he said, adding later, “…”": a second utterance
			}
			cue = true
			early = early || n <= cueLead
		}
		if firstWord < 0 {
			firstWord = i
		}
		lastWord, i = i, j
	}
	if !cue || endsWord {
		return false // no cue, or the narration runs on into the quotation: "adding that “…”"
	}
	sents := c.d.Sentences
	s := c.sentenceAfter(firstWord)
	return s == len(sents) || sents[s].End > lastWord
}
