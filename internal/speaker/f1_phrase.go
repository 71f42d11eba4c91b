package speaker

import (
	"slices"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// f1Participle reports whether t is a reporting participle ("saying",
// "adding", "noting"): the participles that participleTail reads, with
// a sense of saying.
func f1Participle(t *tok) bool {
	return t.word && t.is(isParticiple) && len(t.senses()) > 0
}

// f1PhraseReach bounds how far before a quotation f1Phrases reads, in
// bytes: a sentence longer than that before its quotation is left alone.
const f1PhraseReach = 240

// f1PhraseWords are the nouns that make "in X's phrase" a hop to X:
// the words are X's coinage, quoted by the writer.
var f1PhraseWords = []string{"phrase", "words", "term", "formulation", "coinage", "description"}

// f1Phrases gives speakers to quoted words whose clause names their
// owner in three patterns of news prose that attribute reads no
// speaker for:
//
//   - a reporting participle after a comma carries the main clause's
//     subject into the words it introduces: "Ann Moss apologized for the
//     delays, saying they “came from the rush” to reopen"; a second piece
//     of the same sentence ("… but “caused anxiety”") is hers too;
//   - a split quotation whose pieces "as X reported" joins: "– “causing,”
//     as the Harbour Times reported, “chaos on the quay”": the first
//     piece takes the second's speaker and cue;
//   - "in X's phrase" (or words, term) right before the marks: "(in
//     economist Ed Moss's phrase) “markets in everything”" quotes Moss,
//     whatever else the clause's subject is.
//
// Each reads at most f1PhraseReach bytes before the quotation, within
// its sentence.
func (a *attributor) f1Phrases() {
	d, text := a.d, a.text
	lastSent, lastSrc := -1, -1 // the sentence and quotation of the last participle reading
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Parent >= 0 || len(q.Marks) == 0 || q.Kind != doc.QuoteMixed && q.Kind != doc.QuoteDirect {
			continue
		}
		// Cheap gates before any token is made: a phrase noun right
		// before the opening mark; for a quotation without a speaker,
		// words ending on a comma ("as X reported" may follow), or for a
		// mixed one an -ing word in the last 120 bytes or a piece of a
		// sentence whose first piece was read.
		phrase := f1EndsWithPhraseWord(text, q.Start)
		if !phrase {
			if q.Speaker.Name != "" {
				continue
			}
			if f1EndsWithComma(text, q) {
				if j := a.f1AsReported(i); j >= 0 {
					o := &d.Quotes[j]
					q.Speaker, q.Cue = o.Speaker, o.Cue
					q.Chain = append(o.Chain[:0:0], o.Chain...)
					continue
				}
			}
			if q.Kind != doc.QuoteMixed || !(lastSrc >= 0 && d.Quotes[lastSrc].End > q.Start-f1PhraseReach || strings.Contains(text[max(0, q.Start-120):q.Start], "ing")) {
				continue
			}
		}
		toks, s, whole := a.beforeMark(q.Start, f1PhraseReach)
		if m, ok := f1InPhrase(text, toks); phrase && ok {
			name := text[m.Start:m.End]
			q.Speaker = doc.Speaker{Name: name, Mention: m}
			q.Chain = append(q.Chain[:0:0], name)
			continue
		}
		if q.Speaker.Name != "" || q.Kind != doc.QuoteMixed {
			continue
		}
		if s == lastSent && lastSrc >= 0 && !a.f1CueBetween(d.Quotes[lastSrc].End, q.Start) {
			src := &d.Quotes[lastSrc]
			q.Speaker, q.Cue = src.Speaker, src.Cue
			q.Chain = append(src.Chain[:0:0], src.Chain...)
			continue
		}
		if !whole {
			continue // the sentence opens further back than the reach
		}
		c := f1ParticipleAt(text, toks)
		if c < 2 {
			continue
		}
		cue := doc.Span{Start: toks[c+1].s, End: toks[c+1].e}
		if j := a.f1EarlierInSentence(i, s, toks[c].s); j >= 0 {
			// The main clause's own attribution: its subject read.
			q.Speaker = d.Quotes[j].Speaker
			q.Chain = append(d.Quotes[j].Chain[:0:0], d.Quotes[j].Chain...)
		} else if f, ok := a.f1Subject(toks[:c]); ok {
			q.Speaker = doc.Speaker{Name: f.name, Mention: f.subj}
			q.Chain = append(q.Chain[:0:0], f.name)
		} else {
			continue
		}
		q.Cue = cue
		lastSent, lastSrc = s, i
	}
}

// f1ParticipleAt finds in toks, a sentence up to a quotation's opening
// mark, the comma before a reporting participle at most 12 tokens
// before the mark, with no sentence boundary or other mark between:
// "…, saying they “…". It returns the comma's index, or -1.
func f1ParticipleAt(text string, toks []tok) int {
	n := len(toks)
	for j := n - 2; j >= 0 && j >= n-14; j-- {
		t := &toks[j]
		if !t.word {
			if boundary(text, toks, j) || strings.ContainsAny(t.str(text), "“”\"‘’()") {
				return -1
			}
			if t.str(text) == "," && toks[j+1].word && f1Participle(&toks[j+1]) {
				return j
			}
		}
	}
	return -1
}

// f1EarlierInSentence returns the last top-level quotation before
// quotation i whose speaker's mention lies in its sentence (from s)
// before offset end, the participle's comma: "Ann Moss apologized for
// the delays, saying …" read as an indirect one, whose subject is the
// main clause's. -1 if none.
func (a *attributor) f1EarlierInSentence(i, s, end int) int {
	d := a.d
	for j := i - 1; j >= 0 && j >= i-8 && d.Quotes[j].End > s; j-- {
		o := &d.Quotes[j]
		m := o.Speaker.Mention
		if o.Parent < 0 && o.Speaker.Name != "" && m.Start >= s && m.End <= end && m.End > m.Start {
			return j
		}
	}
	return -1
}

// f1Subject reads the subject that opens toks, the main clause before
// the participle's comma: a name or a description, or he, she or they
// resolved, followed by a lower-case verb.
func (a *attributor) f1Subject(toks []tok) (found, bool) {
	text := a.text
	c := len(toks)
	k := 0
	for k < c && !toks[k].word {
		k++
	}
	f, e := subjectAt(text, toks, k, c)
	if !f.ok || e >= c || !toks[e].word || capital(toks[e].str(text)) || toks[e].is(isFunction) {
		return found{}, false
	}
	switch f.pronoun {
	case "":
		if f.name == "" || toks[k].is(isDet) && !capital(f.name) {
			return found{}, false
		}
	case "he", "she", "they":
		f.name = a.resolveAt(f.pronoun, f.subj)
		if f.name == "" {
			return found{}, false
		}
	default:
		return found{}, false
	}
	return f, true
}

// f1CueBetween reports whether a cue word lies in [from, to): the
// second piece of a sentence after one is another's if a verb of
// speech stands between.
func (a *attributor) f1CueBetween(from, to int) bool {
	if to-from > f1PhraseReach {
		return true
	}
	toks := a.ix.scratch(slotBeats, from, to)
	for k := range toks {
		if toks[k].word && (toks[k].is(isCue) || f1Participle(&toks[k])) {
			return true
		}
	}
	return false
}

// f1EndsWithPhraseWord reports whether the text before offset at (an
// opening mark) ends with a noun of f1PhraseWords, maybe before a
// comma or a closing bracket, spaces and the mark's bytes: at most 8
// bytes are passed over, and the last letter is tested before any
// word is compared.
func f1EndsWithPhraseWord(text string, at int) bool {
	k := at
	for k > 0 && k > at-8 {
		c := text[k-1]
		if c != ' ' && c != ',' && c != ')' && c != '"' && c < 0x80 {
			break
		}
		k--
	}
	if k == 0 {
		return false
	}
	switch text[k-1] {
	case 'e', 's', 'm', 'n':
	default:
		return false
	}
	s := text[max(0, k-12):k]
	for _, w := range f1PhraseWords {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// f1EndsWithComma reports whether quotation q's words end on a comma.
func f1EndsWithComma(text string, q *doc.Quote) bool {
	if len(q.Content) == 0 {
		return false
	}
	c := q.Content[len(q.Content)-1]
	return strings.HasSuffix(strings.TrimRight(text[c.Start:c.End], " "), ",")
}

// f1AsReported returns the next top-level quotation after quotation i
// when only ", as X reported," (a cue and its subject after "as")
// stands between them and it has a speaker whose mention and cue lie
// there, the first piece ending on a comma: a split quotation whose
// pieces the stage did not join. -1 if none.
func (a *attributor) f1AsReported(i int) int {
	d, text := a.d, a.text
	q := &d.Quotes[i]
	if !f1EndsWithComma(text, q) {
		return -1
	}
	for j := i + 1; j < len(d.Quotes) && j <= i+4; j++ {
		o := &d.Quotes[j]
		if o.Parent >= 0 {
			continue
		}
		if o.Start-q.End > 80 || o.Speaker.Name == "" || len(o.Marks) == 0 {
			return -1
		}
		gap := strings.TrimSpace(text[q.End:o.Start])
		m := o.Speaker.Mention
		if !strings.HasPrefix(gap, "as ") || !strings.HasSuffix(gap, ",") || m.Start < q.End || m.End > o.Start || o.Cue.Start < q.End || o.Cue.End > o.Start {
			return -1
		}
		return j
	}
	return -1
}

// f1InPhrase reads the end of toks (the words right before a
// quotation's opening mark) as "in X's phrase": "in", maybe
// lower-case words ("economist"), a run of capitalised words whose last
// ends in 's or ’s, a noun of f1PhraseWords, and maybe a comma or a
// closing bracket. It returns the span of the capitalised run less
// its possessive ending.
func f1InPhrase(text string, toks []tok) (doc.Span, bool) {
	n := len(toks)
	for n > 0 && !toks[n-1].word && (toks[n-1].str(text) == "," || toks[n-1].str(text) == ")") {
		n--
	}
	if n < 3 || !toks[n-1].word || !slices.Contains(f1PhraseWords, toks[n-1].low) {
		return doc.Span{}, false
	}
	p := n - 2
	w := toks[p].str(text)
	var cut int
	switch {
	case strings.HasSuffix(w, "'s"):
		cut = 2
	case strings.HasSuffix(w, "’s"):
		cut = len("’s")
	default:
		return doc.Span{}, false
	}
	if !capital(w) {
		return doc.Span{}, false
	}
	first := p
	for j := p - 1; j >= 0 && j >= p-6; j-- {
		if !toks[j].word {
			return doc.Span{}, false
		}
		if toks[j].low == "in" {
			return doc.Span{Start: toks[first].s, End: toks[p].e - cut}, true
		}
		if capital(toks[j].str(text)) && first == j+1 {
			first = j
		}
	}
	return doc.Span{}, false
}

// beforeMark returns the tokens of the sentence before a quotation that
// opens at start, at most reach bytes of them, without the opening mark
// (in the slotBeats buffer), the sentence's start, and whether the
// tokens begin there (the sentence opens within reach). The readers of
// a phrase that introduces the quotation in its own sentence (f1's
// participles, n35's verbs of asking) read these.
func (a *attributor) beforeMark(start, reach int) (toks []tok, s int, whole bool) {
	s = a.sentenceStart(start)
	lo := max(s, start-reach)
	toks = a.ix.scratch(slotBeats, lo, start)
	n := len(toks)
	for n > 0 && !toks[n-1].word && strings.ContainsAny(toks[n-1].str(a.text), "“\"‘") {
		n-- // the opening mark
	}
	return toks[:n], s, lo == s
}
