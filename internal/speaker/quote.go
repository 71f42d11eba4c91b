package speaker

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/quote"
)

// paragraph returns the index of the paragraph holding offset i, or -1.
func (a *attributor) paragraph(i int) int {
	ps := a.d.Paragraphs
	k := a.paraAt.k
	// Most often the last answer, tested here before the search.
	if !(k < len(ps) && ps[k].End > i && (k == 0 || ps[k-1].End <= i)) {
		k = a.paraAt.firstEndAfter(a.ends.of(a).para, i) // u2_ends.go
	}
	if k < len(ps) && ps[k].Start <= i {
		return k
	}
	return -1
}

// windowStart returns where the clause before quotation qi may begin:
// not before its paragraph, maxReach, the end of the previous quotation
// that is not an ancestor, nor the start of the parent's content part
// holding it.
func (a *attributor) windowStart(qi int) int {
	q := &a.d.Quotes[qi]
	lo := max(0, q.Start-maxReach)
	if p := a.paragraph(q.Start); p >= 0 {
		lo = max(lo, a.d.Paragraphs[p].Start)
	}
	// Nor before its sentence, as the text's sentences divide it: a
	// note number after a full stop ("repair.2 A spokesman said") hides
	// the boundary from the tokens.
	if s := a.sentenceStart(q.Start); s > lo && s < q.Start && noteBefore(a.text, s) {
		lo = s
	}
	if q.Parent >= 0 {
		for _, c := range a.d.Quotes[q.Parent].Content {
			if c.Start <= q.Start && q.Start < c.End {
				lo = max(lo, c.Start)
			}
		}
	}
	for j := qi - 1; j >= 0 && j >= qi-16; j-- {
		o := &a.d.Quotes[j]
		if o.End <= q.Start && !o.Span.Contains(q.Span) {
			lo = max(lo, o.End)
			break
		}
	}
	for lo < len(a.text) && !utf8.RuneStart(a.text[lo]) {
		lo++
	}
	return lo
}

// afterEnd returns where the narration after quotation qi must stop.
func (a *attributor) afterEnd(from int) int {
	hi := min(len(a.text), from+maxReach)
	if p := a.paragraph(from); p >= 0 {
		hi = min(hi, a.d.Paragraphs[p].End)
	} else if p := a.paragraph(max(0, from-1)); p >= 0 {
		hi = min(hi, a.d.Paragraphs[p].End)
	}
	for hi > from && hi < len(a.text) && !utf8.RuneStart(a.text[hi]) {
		hi--
	}
	return max(hi, from)
}

func (a *attributor) attribute(qi int) {
	d, text := a.d, a.text
	q := &d.Quotes[qi]
	var f found
	// The stretches read for hops: four at most but for a quotation
	// in many parts, kept on the stack (they were four allocations a
	// quotation, growing).
	var loBuf, hiBuf [6]int
	hopLo, hopHi := loBuf[:0], hiBuf[:0]
	// Where the clause before the quotation may begin: rule 4 reads
	// it for every quotation, and rule 2 up to three times more.
	lo := a.windowStart(qi)

	// 1. Narration inside a split quotation.
	for k := 1; k < len(q.Content) && !f.ok; k++ {
		gs, ge := q.Content[k-1].End, q.Content[k].Start
		if strings.Contains(text[gs:ge], "\n\n") || !strings.ContainsFunc(text[gs:ge], unicode.IsLetter) {
			continue
		}
		f = afterClause(text, a.ix.scratch(3, gs, min(ge, gs+maxReach)))
		hopLo, hopHi = append(hopLo, gs), append(hopHi, ge)
	}
	// 2. After the quotation, unless that clause introduces the next
	// quotation ("Ida asked: ‘Why?’ I said, ‘Because.’") and one before
	// this quotation introduces it.
	if !f.ok {
		end := a.afterEnd(q.End)
		if q.Kind == doc.QuoteMixed {
			// A phrase in marks that ends the author's sentence
			// ("…is “unhinged, even for him.” She says …") is not
			// attributed by the next sentence.
			end = min(end, a.sentenceEnd(q.End-1))
		}
		// In passiveBy's slot: rule 2c reads the same stretch of a
		// direct quotation again (afterEnd), and finds it there, where
		// slot 3 had been read over by then (some 36 k toks a 2 MB text,
		// 3% of those the stage makes).
		toks := a.ix.scratch(slotPassiveBy, q.End, end)
		f = afterClause(text, toks)
		if !f.ok && q.Kind == doc.QuoteDirect {
			f = n69CalledAfter(text, toks, text[q.Start:q.End]) // "“Come back!” the Caterpillar called after her" (n69_called.go)
		}
		if !f.ok && q.Parent < 0 {
			if g := n106HeadlineAfter(text, toks); g.ok {
				if _, ok := a.n106InHeadline(q.Start, q.End); ok {
					f = g // "Shoplifter ‘had stopped caring’, solicitor says" (n106_readings.go)
				}
			}
		}
		if f.ok && invertedGoesOn(text, toks, f) {
			// "…, who called it “reckless,” said the pier would fail":
			// "the pier" is the clause's subject; the name a relative
			// clause before the quotation hangs on speaks, if any.
			f = relativeHead(text, a.ix.scratch(3, lo, q.Start))
		}
		if f.ok && a.introducesNext(qi, f) {
			if g := introClause(text, a.ix.scratch(3, lo, q.Start)); g.ok {
				f = g
			}
		} else if f.ok && f.pronoun == "" && strings.HasSuffix(strings.TrimSpace(text[lo:q.Start]), ":") && closesSentence(text[q.Start:q.End]) {
			// "Ann Reed on the strike: “We will not back down.” The
			// strike began on Monday.": a quotation that ends its
			// sentence after a colon introduction is the introducer's;
			// a cue in the next sentence is that sentence's own.
			if g := introClause(text, a.ix.scratch(3, lo, q.Start)); g.ok && g.name != "" && capital(g.name) {
				f = g
			}
		} else if f.ok && f.pronoun != "" && strings.HasSuffix(strings.TrimSpace(text[lo:q.Start]), ":") {
			// "Sen. Ana Ruiz scolded him: “…,” she said.": the name
			// that introduces the quotation, not the pronoun after it.
			if g := introClause(text, a.ix.scratch(3, lo, q.Start)); g.ok && g.name != "" && capital(g.name) && g.cue.End > g.cue.Start {
				f = g
			}
		}
		if f.ok {
			hopLo, hopHi = append(hopLo, q.End), append(hopHi, end)
		}
	}
	// 2a. "“…,” it said": a body or a text that speaks as "it".
	if !f.ok && q.Kind == doc.QuoteDirect {
		f = a.itSaid(q.End)
		for k := 1; k < len(q.Content) && !f.ok; k++ {
			f = a.itSaid(q.Content[k-1].End) // between the pieces: "‘…,’ it says, ‘…’"
		}
	}
	// 2b. A block quotation's credit line or footer: "— Ana Ruiz".
	if !f.ok {
		f = a.credit(qi)
	}
	// 2c. A passive with its agent: "“…” was written by Ed Moss".
	if !f.ok && q.Kind == doc.QuoteDirect {
		toks := a.ix.scratch(slotPassiveBy, q.End, a.afterEnd(q.End))
		if f = passiveBy(text, toks); !f.ok && n105HowAfter(text, q.End) {
			f = n105IsHow(text, toks) // "“Regrettable,” is how the mayor described the cuts"
		}
	} else if !f.ok && q.Kind == doc.QuoteMixed && n105HowAfter(text, q.End) {
		f = n105IsHow(text, a.ix.scratch(slotPassiveBy, q.End, a.afterEnd(q.End))) // "“A slow bleed” was how one nurse put it"
	}
	// 3. "Name: ‘…" at the start of the quotation's words.
	// Only a quotation whose next one is its child can be one (the
	// test is the rule's own, made before its words are read: most
	// quotations hold none).
	if !f.ok && len(q.Content) > 0 && qi+1 < len(d.Quotes) && d.Quotes[qi+1].Parent == qi {
		c := q.Content[0]
		// The colon the rule reads is a byte of the stretch: without
		// one, its toks are not made.
		if hi := min(c.End, c.Start+80); c.Start < hi && strings.IndexByte(text[c.Start:hi], ':') >= 0 {
			toks := a.ix.scratch(3, c.Start, hi)
			if n, ok := nameAt(text, toks, 0); ok && n.from == 0 && n.to+1 < len(toks) && toks[n.to].str(text) == ":" && qi+1 < len(d.Quotes) && d.Quotes[qi+1].Parent == qi && d.Quotes[qi+1].Start == toks[n.to+1].s {
				f = found{subj: doc.Span{Start: n.start, End: n.end}, name: n.text, ok: true}
			}
		}
	}
	// 3b. A transcript's turn: "“WALLACE: Will you be there?" names
	// its speaker in capitals before a colon.
	if !f.ok && len(q.Content) > 0 {
		// The label is read from the opening mark: the quote stage
		// leaves it out of the words.
		from := q.Content[0].Start
		if len(q.Marks) > 0 && q.Marks[0].End <= from {
			from = q.Marks[0].End
		}
		// A label ends at a colon: without one in the stretch, the
		// stretch is not read, and the label is none (found{}, which
		// clears what an earlier rule left in f, as the call does).
		if hi := min(q.Content[0].End, from+80); from < hi && strings.IndexByte(text[from:hi], ':') >= 0 {
			f = transcriptLabel(text, a.ix.scratch(3, from, hi))
		} else {
			f = found{}
		}
	}
	// 4. Before it, in its clause.
	if !f.ok && q.Kind == doc.QuoteMixed {
		// "what the council has described as “…”": the subject of
		// the "what" clause names the words (n50_what.go).
		f = a.n50WhatNames(a.ix.scratch(3, lo, q.Start))
	}
	if !f.ok && a.named == qi {
		// Made mixed for the subject that names or voices it: that
		// subject, not a cue that a noun seems to make later in the
		// clause ("FactCheck rated 32% of Republican claims as “…”").
		if f = a.headline; !f.ok {
			f = subjectNaming(text, a.ix.scratch(3, lo, q.Start))
		}
	}
	if !f.ok {
		toks := a.ix.scratch(3, lo, q.Start)
		if f = readIntro(text, toks); !f.ok {
			f = introClause(text, toks)
		}
	}
	if !f.ok && q.Kind == doc.QuoteMixed {
		f = subjectNaming(text, a.ix.scratch(3, lo, q.Start))
		if !f.ok && q.Parent < 0 {
			if ls, ok := a.n106InHeadline(q.Start, q.End); ok {
				f = n106HeadlineBefore(text, a.ix.scratch(3, ls, q.Start)) // "…; lawyer says case ‘built on nothing’" (n106_readings.go)
			}
		}
	} else if !f.ok && q.Kind == doc.QuoteDirect {
		// "a nurse had typed “…”": the words are the object of a
		// verb of writing or voicing that is no cue of its own.
		if toks := a.ix.scratch(3, lo, q.Start); len(toks) > 0 && toks[len(toks)-1].word && quote.IsVerbatim(toks[len(toks)-1].low) {
			f = subjectNaming(text, toks)
		}
	}
	if !f.ok {
		f = a.addingAfterCue(qi, lo)
	}
	if !f.ok {
		f = a.cueAfterRelative(qi, lo)
	}
	if !f.ok {
		f = a.n100AndCueAfterPhrase(qi, lo)
	}
	hopLo, hopHi = append(hopLo, lo), append(hopHi, q.Start)
	// 5. A block quotation introduced by the paragraph before.
	if p := a.paragraph(q.Start); p > 0 && p2OnlySpace(text[d.Paragraphs[p].Start:q.Start]) {
		prev := d.Paragraphs[p-1]
		body := trimRightSpace(text[prev.Start:prev.End])
		if strings.HasSuffix(body, ":") {
			pe := prev.Start + len(body)
			ps := max(prev.Start, pe-maxReach)
			for ps < pe && !utf8.RuneStart(text[ps]) {
				ps++
			}
			if !f.ok {
				f = introClause(text, a.ix.scratch(3, ps, pe))
			}
			hopLo, hopHi = append(hopLo, ps), append(hopHi, pe)
		}
	}
	// The enclosing quotation's words before this one.
	if q.Parent >= 0 {
		p := &d.Quotes[q.Parent]
		if len(p.Content) > 0 {
			s := max(p.Content[0].Start, q.Start-parentReach)
			for s < q.Start && !utf8.RuneStart(text[s]) {
				s++
			}
			hopLo, hopHi = append(hopLo, s), append(hopHi, q.Start)
		}
	}

	// Resolve.
	if f.ok {
		f = widen(a.ix, f)
		nm := f.name
		if f.pronoun != "" {
			nm = a.resolve(f.pronoun, f.subj, qi)
			if nm == "" && f.pronoun == "it" && f.subj.End <= q.Start {
				// "The report is long. It says: “…”": a text named in
				// the sentence before, or a body named before, speaks
				// as "it", as after the words (itSaid).
				if nm = a.thingBefore(f.subj.Start); nm == "" {
					nm = a.bodyBefore(f.subj.Start, false)
				}
			}
			if f.pronoun == "they" {
				nm = a.theyName(nm, f.subj.Start) // as makeQuote does: a group, or no one
			}
			if nm == "" && q.Parent >= 0 && len(d.Quotes[q.Parent].Marks) == 0 && (f.pronoun == "he" || f.pronoun == "she" || f.pronoun == "they") {
				nm = a.resolveBefore(f.pronoun, q.Parent) // narration in a block quotation
			}
		} else if r := a.resolveDescription(a.text[f.subj.Start:f.subj.End], f.subj.Start); r != "" {
			nm = r
		}
		q.Speaker = doc.Speaker{Name: nm, Mention: f.subj}
		if nm == "" {
			q.Speaker.Mention = doc.Span{}
		}
	}
	if f.cue.End > f.cue.Start {
		q.Cue = f.cue
	}

	// Chain. It is made in a buffer of the attributor's, reused from
	// quotation to quotation, and copied out once, at its length: it
	// grew from nothing by append (the parent's chain, the hops, the
	// speaker), two or three allocations a quotation.
	chain := a.chainBuf[:0]
	if q.Parent >= 0 {
		chain = append(chain, d.Quotes[q.Parent].Chain...)
	}
	// The parent's words are read for the translation separately.
	tlo, thi := hopLo, hopHi
	if q.Parent >= 0 && len(d.Quotes[q.Parent].Content) > 0 {
		tlo, thi = tlo[:len(tlo)-1], thi[:len(thi)-1]
	}
	trans := ""
	if a.translates {
		trans = a.translator(qi, tlo, thi)
	}
	var work string
	for k := range hopLo {
		if hopHi[k] <= hopLo[k] {
			continue
		}
		chain = append(chain, hopsIn(a.ix, hopLo[k], hopHi[k])...)
		if work == "" {
			work = workIn(a.ix, hopLo[k], hopHi[k])
		}
	}
	if trans != "" {
		chain = append(chain, trans)
	}
	if nm := q.Speaker.Name; nm != "" {
		if work != "" {
			chain = append(chain, nm+"’s "+work)
		}
		chain = append(chain, nm)
	}
	a.chainBuf = chain[:0]
	q.Chain = a.keepChain(dedupe(chain))
}

// spanChunk is the most spans one of keepSpans's arrays holds: 32 KB.
const spanChunk = 2048

// keepSpans returns a copy of c, as keepChain does for a chain: the
// contents of the indirect quotations that attributions reads are
// copied one after another into arrays of up to spanChunk spans
// (nextChunk), each with no room after it (an append to one copies it
// out), not allocated one by one. A content longer than a quarter of an array is allocated
// alone; an empty one is returned as it is.
func (a *attributor) keepSpans(c []doc.Span) []doc.Span {
	n := len(c)
	if n == 0 {
		return nil // not c: the result holds none of c, which the caller's literal may then keep on the stack
	}
	if n > spanChunk/4 {
		return append([]doc.Span(nil), c...)
	}
	if cap(a.spans)-len(a.spans) < n {
		a.spans = make([]doc.Span, 0, nextChunk(cap(a.spans), n, spanChunk))
	}
	at := len(a.spans)
	a.spans = append(a.spans, c...)
	return a.spans[at : at+n : at+n]
}

// chainChunk is the most strings one of keepChain's arrays holds: 64 KB.
const chainChunk = 4096

// keepChain returns a copy of c (nil when c is empty, as slices.Clone
// returns for dedupe's nil): the chains of the quotations, direct and
// indirect, are copied one after another into arrays of up to
// chainChunk strings (nextChunk), each chain with no room after it, so
// that an append to one copies it out and never writes over the next.
// Each chain was an allocation of its own, a few strings long, for
// every quotation the stage attributes (some 15 M instructions on
// issue 3's pipeline). A chain longer than a quarter of an array is
// allocated alone.
func (a *attributor) keepChain(c []string) []string {
	n := len(c)
	if n == 0 {
		return nil
	}
	if n > chainChunk/4 {
		return slices.Clone(c)
	}
	if cap(a.chains)-len(a.chains) < n {
		a.chains = make([]string, 0, nextChunk(cap(a.chains), n, chainChunk))
	}
	at := len(a.chains)
	a.chains = append(a.chains, c...)
	return a.chains[at : at+n : at+n]
}

// nextChunk is the size of keepChain's or keepSpans's next array: twice
// the last one's, from 64 up to most, with room for n. A quotation keeps
// the whole array it sits in alive, so a document with a few quotations
// (a library caller holding many such documents, the server's requests)
// keeps a small array, not 64 KB.
func nextChunk(last, n, most int) int {
	return min(most, max(64, 2*last, 4*n))
}

// dedupe drops entries equal to the one before them, and any repeat of
// an earlier hop that is not the speaker. It filters c in place, which
// every caller makes afresh for the quotation: a copy was one more
// allocation for each quotation, direct or indirect.
func dedupe(c []string) []string {
	if len(c) == 0 {
		return nil
	}
	out := c[:0]
	// The entries met so far are those of out (each is kept the first
	// time it comes): a chain of a few hops is searched there, with no
	// map made for every quotation; a long one, of deeply nested
	// quotations, in a map, so that the pass stays linear.
	var seen map[string]bool
	if len(c) > dedupeScan {
		seen = make(map[string]bool, len(c))
	}
	prev := ""
	for i, s := range c {
		// out never runs ahead of i, so c[i] is still the input's;
		// prev is c[i-1] as it was, which out may have written over.
		if i > 0 && s == prev {
			continue
		}
		prev = s
		var met bool
		if seen != nil {
			met, seen[s] = seen[s], true
		} else {
			met = slices.Contains(out, s)
		}
		if met && i != len(c)-1 {
			continue
		}
		out = append(out, s)
	}
	return out
}

// dedupeScan is the longest chain dedupe searches without a map.
const dedupeScan = 16

// credit reads the source of a block quotation from the line that
// follows its words inside the block: an HTML footer or a credit line
// ("— Ana Ruiz", "— a letter to the Valley Courier, 28 August 2026").
// The source is the name that opens the line, or else the line up to
// its first comma, kept as written.
func (a *attributor) credit(qi int) found {
	d, text := a.d, a.text
	q := &d.Quotes[qi]
	if len(q.Marks) > 0 {
		return found{}
	}
	var block doc.Span
	switch {
	case q.Element >= 0 && d.Elements[q.Element].Kind == doc.ElemBlockQuote:
		block = d.Elements[q.Element].Span
	case q.Element < 0:
		block = doc.Span{Start: q.Start, End: len(text)}
	default:
		return found{}
	}
	p := sort.Search(len(d.Paragraphs), func(k int) bool { return d.Paragraphs[k].Start >= q.End })
	if p >= len(d.Paragraphs) {
		return found{}
	}
	para := d.Paragraphs[p]
	if !block.Contains(para.Span) || q.Element < 0 && para.Quote == 0 || !quote.IsCredit(text, para.Span) {
		if q.Element < 0 || !a.footer(q.Element, para.Span) {
			return found{}
		}
	}
	toks := a.ix.scratch(3, para.Start, para.End)
	k := 0
	for k < len(toks) && !toks[k].word {
		k++
	}
	if k >= len(toks) {
		return found{}
	}
	if n, ok := nameAt(text, toks, k); ok && n.from == k && n.start == toks[k].s {
		return found{subj: doc.Span{Start: n.start, End: n.end}, name: n.text, ok: true, whole: true}
	}
	end := k
	for end < len(toks) && toks[end].str(text) != "," {
		end++
	}
	sp := doc.Span{Start: toks[k].s, End: toks[end-1].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
}

// footer reports whether the paragraph at p lies in a footer element
// inside the blockquote element b (elements are in document order, so
// only those inside b are read).
func (a *attributor) footer(b int, p doc.Span) bool {
	els := a.d.Elements
	for j := b + 1; j < len(els) && els[j].Start < els[b].End; j++ {
		if els[j].Kind == doc.ElemFooter && els[b].Contains(els[j].Span) && els[j].Contains(p) {
			return true
		}
	}
	return false
}

// introducesNext reports whether the cue clause f read after quotation
// qi ends with a comma or colon right before the next quotation under
// the same parent.
func (a *attributor) introducesNext(qi int, f found) bool {
	qs := a.d.Quotes
	q := &qs[qi]
	for j := qi + 1; j < len(qs) && j < qi+8; j++ {
		if qs[j].Start < q.End {
			continue
		}
		if qs[j].Parent != q.Parent {
			return false
		}
		from := max(f.subj.End, f.cue.End)
		if from > qs[j].Start {
			return false
		}
		gap := strings.TrimSpace(a.text[from:qs[j].Start])
		return gap == "," || gap == ":"
	}
	return false
}

// transcriptLabel reads a speaker's label that opens a quotation's words
// in a transcript: one to three words in capitals, then a colon
// ("WALLACE:", "SEN. ANN ORTIZ:").
func transcriptLabel(text string, toks []tok) found {
	k := 0
	for k < len(toks) && k < 6 && (toks[k].word || toks[k].str(text) == ".") {
		if toks[k].word && (strings.ToUpper(toks[k].str(text)) != toks[k].str(text) || !strings.ContainsFunc(toks[k].str(text), unicode.IsLetter)) {
			return found{}
		}
		k++
	}
	words := 0
	for j := 0; j < k; j++ {
		if toks[j].word {
			words++
		}
	}
	if words == 0 || words > 3 || k >= len(toks) || toks[k].str(text) != ":" || len(text[toks[0].s:toks[k-1].e]) < 2 {
		return found{}
	}
	sp := doc.Span{Start: toks[0].s, End: toks[k-1].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
}

// sentenceEnd returns the end of the sentence holding offset i, or the
// text's end.
func (a *attributor) sentenceEnd(i int) int {
	ss := a.d.Sentences
	k := a.sentAt.k
	if !(k < len(ss) && ss[k].End > i && (k == 0 || ss[k-1].End <= i)) {
		k = a.sentAt.firstEndAfter(a.ends.of(a).sents, i) // u2_ends.go
	}
	if k < len(ss) && ss[k].Start <= i {
		return ss[k].End
	}
	return len(a.text)
}

// namedBySubject reports whether the clause before quotation qi opens
// with a subject and a naming verb (see subjectNaming): "Ann called the
// plan ‘risky’", "Ed says he has “big plans”". After a verb of saying, a
// term right after a determiner may be the author's own distance ("Ann
// said the ‘reform’ failed") and stays a scare quote, and so it does
// after "that" ("mentioned that the ‘reform’ …"); not after "as"
// ("blasted the levy as a “tax on work”" characterises it).
//
// After a verb of voicing (voicing.txt) that names nothing, a
// determiner or a possessive right before the marks makes them the
// object the subject acts on, in the author's marks: "rated the
// “improvements” poorly", "defended its “strategic” pause", "invoked
// the “nuclear option”". The words the subject voices come bare ("rated
// 40% of the claims “false”") or after "as". And after a verb of
// characterising, a lower-case content word right after the closing
// mark makes the marks a modifier of a noun, a role in a literal sense:
// "treated the patient as a “priority” case".
func (a *attributor) namedBySubject(qi int) bool {
	q := &a.d.Quotes[qi]
	toks := a.ix.scratch(3, a.windowStart(qi), q.Start)
	if f := a.n50WhatNames(toks); f.ok {
		return true // "what the mayor calls “a fresh start”" (n50_what.go)
	}
	f := subjectNaming(a.text, toks)
	if !f.ok {
		return false
	}
	verb := strings.ToLower(a.text[f.cue.Start:f.cue.End])
	n := len(toks)
	last := n > 0 && toks[n-1].word
	detBefore := last && toks[n-1].is(isDet)
	possBefore := last && possessivePronouns[toks[n-1].low]
	afterAs := n > 1 && toks[n-2].low == "as"
	reports := cues[verb] || thatBetween(toks, f.cue.End)
	if detBefore && !afterAs && reports {
		return false // "Ann said the ‘reform’ failed"
	}
	if (detBefore || possBefore) && !afterAs && voiceVerb(verb) && !naming[verb] {
		return false // "defended her “record”"
	}
	if _, as := asVerbs[verb]; as && !naming[verb] && nounAfter(a.text, q.End) {
		return false // "treated the patient as a “priority” case"
	}
	return true
}

// nounAfter reports whether the word right after offset end, past one
// space, starts in lower case and is no function word: "“priority”
// case", where the marked words modify the noun after them.
func nounAfter(text string, end int) bool {
	if end+1 >= len(text) || text[end] != ' ' || text[end+1] < 'a' || text[end+1] > 'z' {
		return false
	}
	i := end + 1
	for i < len(text) && (text[i] >= 'a' && text[i] <= 'z' || text[i] == '-') {
		i++
	}
	return !function[text[end+1:i]]
}

// thatBetween reports whether "that" opens a clause in toks after
// offset from: "Ed mentioned that the ‘reform’ would pass" reports a
// clause, whose determiner and term may be the author's distance, as
// after a verb of saying.
func thatBetween(toks []tok, from int) bool {
	for k := len(toks) - 1; k >= 0 && toks[k].s >= from; k-- {
		if toks[k].word && toks[k].low == "that" {
			return true
		}
	}
	return false
}

// closesSentence reports whether a quotation's words end with a full
// stop, a question or an exclamation mark inside its closing marks
// ("“We will not back down.”"), so that what follows opens a sentence.
func closesSentence(quoted string) bool {
	t := strings.TrimRight(quoted, " \t\n”’\"'»›」』")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

// sentenceStart returns the start of the sentence holding offset i, or
// 0.
func (a *attributor) sentenceStart(i int) int {
	ss := a.d.Sentences
	k := a.sentAt.k
	if !(k < len(ss) && ss[k].End > i && (k == 0 || ss[k-1].End <= i)) {
		k = a.sentAt.firstEndAfter(a.ends.of(a).sents, i) // u2_ends.go
	}
	if k < len(ss) && ss[k].Start <= i {
		return ss[k].Start
	}
	return 0
}

// noteBefore reports whether the text before offset s ends with a full
// stop and a note number ("repair.2 "), a boundary the tokens do not
// show.
func noteBefore(text string, s int) bool {
	// strings.TrimRight twice, read a byte at a time: its cut sets
	// were made anew at each call (windowStart asks it of most
	// quotations).
	t := text[max(0, s-12):s]
	e := len(t)
	for e > 0 && (t[e-1] == ' ' || t[e-1] == '\t' || t[e-1] == '\n') {
		e--
	}
	d := e
	for d > 0 && '0' <= t[d-1] && t[d-1] <= '9' {
		d--
	}
	return d < e && d > 0 && t[d-1] == '.'
}

// readCue reports whether toks[j], in the narration right after a
// quotation, is "read" as a text's verb of saying: "“…,” the statement
// read.", "one sign read, in part,", "“…,” read one sign." The word is
// no cue in cues.txt, as a reader's "read" is common in narration
// ("Katharine read what her mother had written", "when he read it"):
// here it must end its clause (a full stop, a comma, or "in part"), or
// come first with a determiner's noun phrase after it that ends the
// sentence.
//
// It also reads a finding's verb ("found", "finds", "showed", "shows")
// after a noun for research that ends its clause ("“…,” the study
// found.", "“…,” a 2015 survey shows"): a study says what it found,
// while "found" after a person is a finder's verb ("“…,” she found
// herself saying"). And a retort's verb before "back" at its clause's
// end ("“…,” Ann Lee shot back.").
func readCue(text string, toks []tok, j int) bool {
	if j < len(toks) && toks[j].word && toks[j].is2(isFindingVerb) {
		return j > 0 && toks[j-1].is(isFindingNoun) && (j+1 == len(toks) || !toks[j+1].word)
	}
	if j > 0 && j+1 < len(toks) && toks[j+1].low == "back" && toks[j].word && retortVerbs[toks[j].low] { // "back" first: most words are asked, few before it
		return j+2 == len(toks) || !toks[j+2].word // "“…,” Ann Lee shot back."
	}
	if j >= len(toks) || !toks[j].word || toks[j].low != "read" {
		return false
	}
	if j+1 == len(toks) || !toks[j+1].word {
		return j > 0 // "the statement read." (after its subject)
	}
	if toks[j+1].low == "in" && j+2 < len(toks) && toks[j+2].low == "part" {
		return true
	}
	if j > 0 || !toks[j+1].is(isDet) {
		return false
	}
	e := j + 2
	for e < len(toks) && e < j+6 && toks[e].word && !toks[e].is(isFunction) {
		e++
	}
	return e > j+2 && (e == len(toks) || !toks[e].word)
}

// retortVerbs report a retort with "back" after them ("shot back",
// "fired back", "hit back", "snapped back") and no speech without it.
var retortVerbs = map[string]bool{"shot": true, "fired": true, "hit": true, "snapped": true, "shoots": true, "fires": true, "hits": true, "snaps": true}

// findingVerbs say what a study or a report found; findingNouns name
// the research that finds it (readCue).
var (
	findingVerbs = map[string]bool{"found": true, "finds": true, "showed": true, "shows": true}
	findingNouns = map[string]bool{"study": true, "report": true, "survey": true, "poll": true, "analysis": true, "audit": true, "review": true, "investigation": true, "research": true, "paper": true, "studies": true, "reports": true, "surveys": true, "polls": true}
)

// passiveVerbs are the past participles by which a passive gives a
// quotation to its author: "“…” was written by Ed Moss".
var passiveVerbs = map[string]bool{"written": true, "said": true, "sung": true, "spoken": true, "uttered": true, "tweeted": true, "posted": true, "penned": true, "coined": true, "delivered": true, "composed": true}

// passiveBy reads the narration right after a quotation as a passive
// whose agent wrote or spoke it: "“The Pier” was written by Ed Moss
// after the storm", "“…,” were the words spoken by Ann Ortiz" is not
// read (the verb must follow the auxiliary). The agent is a subject
// as any cue's is; the participle is the cue.
func passiveBy(text string, toks []tok) found {
	k := 0
	for k < len(toks) && k < 2 && !toks[k].word && toks[k].str(text) == "," {
		k++
	}
	if k+3 >= len(toks) || !toks[k].word || (toks[k].low != "was" && toks[k].low != "were" && toks[k].low != "is") {
		return found{}
	}
	v := k + 1
	if toks[v].word && toks[v].is(isAdverb) && v+1 < len(toks) {
		v++ // "was first sung by"
	}
	if !toks[v].word || !passiveVerbs[toks[v].low] || v+2 >= len(toks) || toks[v+1].low != "by" {
		return found{}
	}
	f, _ := subjectAt(text, toks, v+2, len(toks))
	if !f.ok || f.pronoun != "" && f.pronoun != "he" && f.pronoun != "she" && f.pronoun != "they" {
		return found{}
	}
	f.cue = doc.Span{Start: toks[v].s, End: toks[v].e}
	return f
}

// addingAfterCue reads the narration between two quotations that gives
// the first its speaker and then introduces the second with a
// participle of speech: "“…,” said Ed Moss, adding: “…”", "“…,” she
// said, noting, “…”". The window before the second quotation opens
// after the first one's closing mark, so the participle's subject is
// not in it; it is the speaker of the first quotation, whose cue and
// mention lie in this narration. It returns found{} when the narration
// does not end with a comma, a participle and nothing or a colon or
// comma, or when the quotation before has no speaker named there.
func (a *attributor) addingAfterCue(qi, lo int) found {
	q := &a.d.Quotes[qi]
	toks := a.ix.scratch(3, lo, q.Start)
	n := len(toks)
	if n > 0 && (toks[n-1].str(a.text) == ":" || toks[n-1].str(a.text) == ",") {
		n--
	}
	if n < 4 || !toks[n-1].word || !toks[n-1].is(isParticiple) || toks[n-2].str(a.text) != "," {
		return found{}
	}
	for j := qi - 1; j >= 0 && j >= qi-16; j-- {
		p := &a.d.Quotes[j]
		if p.End > q.Start || p.Span.Contains(q.Span) {
			continue
		}
		if p.End != lo || p.Speaker.Name == "" || p.Speaker.Mention.Start < lo || p.Speaker.Mention.End > toks[n-2].s || p.Cue.Start < lo || p.Cue.End > toks[n-2].s {
			return found{}
		}
		return found{subj: p.Speaker.Mention, name: p.Speaker.Name, ok: true, whole: true, cue: doc.Span{Start: toks[n-1].s, End: toks[n-1].e}}
	}
	return found{}
}

// invertedGoesOn reports whether the subject that afterClause read
// after its cue ("said the pier") is followed by a verb of its own (an
// auxiliary or a finite form: "said the pier would fail"): the noun
// phrase is then the subject of the cue's reported clause, not an
// inverted speaker, as "“…,” said the pier master." has it.
func invertedGoesOn(text string, toks []tok, f found) bool {
	if f.cue.End <= f.cue.Start || f.cue.End > f.subj.Start {
		return false
	}
	return verbAfterSubject(text, toks, f.subj)
}

// verbAfterSubject reports whether the noun phrase subj read after a cue
// goes on with a verb of its own (an auxiliary, a finite form, or a past
// in -ed that opens no participle's phrase), or was read on into one
// ("the plan failed"): it is then the subject of a reported clause, not
// an inverted cue's speaker.
func verbAfterSubject(text string, toks []tok, subj doc.Span) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].s >= subj.End })
	if i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= subj.Start }); k-i >= 3 && toks[i].is(isDet) && !toks[i].is(isPronoun) && n110Past(toks[k-1]) && !capital(toks[k-1].str(text)) {
		k-- // the subject read on into its verb: "said the plan failed"
	}
	k = n103PastAppositiveName(text, toks, k) // "…, said his mother, Leanne, had not left": the name between commas (n103_readings.go)
	k = n107PastAppositive(text, toks, k)     // "…, said the price, a little under $8,900 an acre, was a record" (n107_readings.go)
	if k >= len(toks) || !toks[k].word {
		return false
	}
	if !toks[k].is(isAuxiliary|isFinite) && !(n110Past(toks[k]) && (k+1 == len(toks) || !toks[k+1].word || !toks[k+1].is(isPrep|isTimeWord) && toks[k+1].low != "by")) {
		return false // not a participle's phrase: "said a report released by the council", "said a man arrested Monday"
	}
	// Not when a relative word in the subject opens a clause that the
	// verb goes on with: "cried the guests whose ship had been
	// fixed".
	for j := k - 1; j >= 0 && toks[j].s >= subj.Start; j-- {
		if w := toks[j].low; w == "who" || w == "whose" || w == "which" || w == "that" || w == "whom" {
			return false
		}
	}
	return true
}

// cueAfterRelative reads the speaker of a quotation whose clause is
// only a cue right after another quotation that ends a relative clause
// on "who", its comma inside the closing mark: in "Ed Moss, who called
// the plan “reckless,” said: “We will fight.”" the window before the
// second quotation stops at the first one and holds "said:" alone, and
// the subject is the name the relative clause hangs on (relativeHead).
// lo is the window's start.
func (a *attributor) cueAfterRelative(qi, lo int) found {
	j := qi - 1
	if j < 0 || a.d.Quotes[j].End != lo || a.d.Quotes[j].Parent >= 0 {
		return found{}
	}
	o := &a.d.Quotes[j]
	if !strings.HasSuffix(strings.TrimRight(a.text[o.Start:o.End], "”\"’'"), ",") {
		return found{}
	}
	toks := a.ix.scratch(3, lo, a.d.Quotes[qi].Start)
	if len(toks) == 0 || len(toks) > 2 || !toks[0].word || !toks[0].is(isCue) || len(toks) == 2 && toks[1].str(a.text) != ":" && toks[1].str(a.text) != "," {
		return found{}
	}
	cue := doc.Span{Start: toks[0].s, End: toks[0].e}
	f := relativeHead(a.text, a.ix.scratch(3, a.windowStart(j), o.Start))
	if !f.ok || f.whole {
		return found{}
	}
	f.cue = cue
	return f
}

// relativeHead reads a name and the relative clause with "who" or
// "which" that runs from it to the end of toks, where a quotation
// opens: "Ed Moss, who called it “…”" gives Ed Moss, whose words the
// clause reports (the mention is the name, not the pronoun). The clause
// holds no other comma or mark; the name ends right at the comma
// before the relative word.
func relativeHead(text string, toks []tok) found {
	w := len(toks) - 1
	for w > 0 && toks[w].word && toks[w].low != "who" && toks[w].low != "which" {
		w--
	}
	if w < 2 || toks[w].low != "who" && toks[w].low != "which" || toks[w-1].str(text) != "," {
		return found{}
	}
	for k := max(0, w-6); k < w-1; k++ {
		if n, ok := nameAt(text, toks, k); ok && n.to == w-1 {
			// After a verb or a preposition the name is an object: widen
			// would take the words before it ("The mayor thanked Ed Moss").
			obj := k > 0 && toks[k-1].word && (pastForm(toks[k-1]) || toks[k-1].is(isCue|isPrep))
			return found{subj: doc.Span{Start: n.start, End: n.end}, name: n.text, ok: true, whole: obj}
		}
	}
	return found{}
}

// readIntro reads a text's "read" that introduces a quotation: "The
// statement read: “…”", "A sign at the gate read, in part: “…”". The
// word is no cue (a reader's "read" is common in narration), so the
// introduction read "The statement read" as the mention, or nothing
// after a phrase. Here "read" or "reads" must come right before the
// colon or comma that ends the clause (or "in part" and it), and the
// subject before it, from the clause's start, must be a description
// whose head is a text: a writing, an utterance, a research noun or a
// sign (readNouns).
func readIntro(text string, toks []tok) found {
	n := len(toks)
	if n < 3 || toks[n-1].str(text) != ":" && toks[n-1].str(text) != "," {
		return found{}
	}
	c := n - 2
	if c >= 3 && toks[c].low == "part" && toks[c-1].low == "in" && toks[c-2].str(text) == "," {
		c -= 3 // "read, in part:"
	}
	if c < 1 || !toks[c].word || toks[c].low != "read" && toks[c].low != "reads" {
		return found{}
	}
	// end: where the subject ends, before an aside between commas
	// that closes right before the verb: "The statement, issued in
	// two languages, read:".
	end := c
	if c >= 2 && toks[c-1].str(text) == "," {
		for j := c - 2; j > 0; j-- {
			if !toks[j].word && boundary(text, toks, j) {
				break
			}
			if toks[j].str(text) == "," {
				end = j
				break
			}
		}
	}
	s := 0
	for k := end - 1; k >= 0; k-- {
		if !toks[k].word && boundary(text, toks, k) {
			s = k + 1
			break
		}
		if toks[k].str(text) == "," && k+1 < end {
			s = k + 1 // after an opening phrase: "On Monday, the statement read:"
			break
		}
	}
	f := describedBy(text, toks, s, end)
	if !f.ok {
		if f, _ = subjectAt(text, toks, s, end); !f.ok || f.subj.End != toks[end-1].e {
			return found{}
		}
	}
	if end < c {
		f.subj.End = toks[c-2].e // the mention holds the aside
	}
	if f.pronoun != "" {
		return found{}
	}
	// The head: the last word before the description's phrase, or its
	// last word.
	head := ""
	for j := s; j < end && toks[j].s < f.subj.End; j++ {
		if toks[j].word && toks[j].is(isPostPreposition) && head != "" {
			break
		}
		if toks[j].word {
			head = toks[j].low
		}
	}
	if !readNouns[head] && !writings[head] && !speechNouns[head] && !findingNouns[head] {
		return found{}
	}
	f.cue = doc.Span{Start: toks[c].s, End: toks[c].e}
	return f
}

// readNouns are texts that "read" what they say, besides writings,
// utterances and research: a sign, a note, a headline.
var readNouns = map[string]bool{"sign": true, "signs": true, "note": true, "notes": true, "headline": true, "caption": true, "banner": true, "placard": true, "plaque": true, "inscription": true, "memo": true, "email": true, "text": true, "tweet": true, "post": true, "release": true, "notice": true, "card": true, "letters": true, "statements": true, "messages": true, "ad": true, "advertisement": true, "label": true, "petition": true, "order": true, "ruling": true, "filing": true, "complaint": true, "indictment": true, "lawsuit": true, "suit": true, "document": true, "documents": true, "agreement": true, "contract": true, "bill": true, "law": true}

// itSaid reads "it" and a cue right after a quotation ("“…,” it said.",
// "“…,” it said in a statement"): a body or a text speaks, named
// before it (bodyBefore). afterClause reads no "it", which in
// narration is most often no speaker; here the antecedent must be
// found in the sentence before, else nothing is read. The mention is
// "it", as PolNeAR marks a pronoun; the name is the antecedent.
func (a *attributor) itSaid(from int) found {
	text := a.text
	hi := min(len(text), from+40)
	if from >= hi || !mayHoldIt(text[from:hi]) {
		return found{} // its first word is not "it": no toks made
	}
	toks := a.ix.scratch(slotItSaid, from, hi)
	k := 0
	for k < len(toks) && k < 3 && !toks[k].word && !boundary(text, toks, k) {
		k++
	}
	if k+1 >= len(toks) || toks[k].low != "it" {
		return found{}
	}
	// One adverb may stand between "it" and its cue: "it further
	// wrote", "it later added", "it pointedly noted"; not an
	// auxiliary, whose passive names the one told ("it was told").
	// Nor a negative adverb: "it barely said" denies the saying.
	c := k + 1
	if c+1 < len(toks) && toks[c].word && !toks[c].is(isAuxiliary) && !negativeAdverbs[toks[c].low] && (toks[c].is(isAdverb) || mannerLy(text, &toks[c])) && toks[c+1].word && toks[c+1].is(isCue) {
		c++
	}
	read := toks[c].word && (toks[c].low == "read" || toks[c].low == "reads") && c == k+1
	if !toks[c].word || !toks[c].is(isCue) && !read {
		return found{}
	}
	if c+1 < len(toks) && toks[c+1].word && !toks[c+1].is(isPostPreposition) && !toks[c+1].is(isTimeWord) {
		return found{} // "it said the pier …": the cue's own clause
	}
	nm := a.bodyBefore(toks[k].s, false)
	if read {
		// "“…,” it read": a text reads its words, not a body ("The
		// note said that … ¶ “…,” it read"); "read" is no cue.
		if w := nm[strings.LastIndexByte(nm, ' ')+1:]; !carriers[strings.ToLower(w)] && !readNouns[strings.ToLower(w)] {
			return found{}
		}
	}
	if nm == "" {
		nm = a.thingQuoted(from) // "“…,” the article read. ¶ “…,” it added." (a3_it.go)
	}
	if nm == "" {
		return found{}
	}
	return found{subj: doc.Span{Start: toks[k].s, End: toks[k].e}, name: nm, ok: true, whole: true, cue: doc.Span{Start: toks[c].s, End: toks[c].e}}
}

// mayHoldIt reports whether the first word of s, the words after a
// quotation that itSaid reads, may be "it": itSaid reads "it" only as
// the first word of its stretch (after at most three marks), and is
// asked after every direct quotation without an attribution, so a
// stretch whose first word is another is turned away before its toks
// are made (4% of those the stage made). It is false only where the
// first word is plainly not "it": s is ASCII up to it, and it does not
// open with "it" in any case (a word starts at the first ASCII letter
// or digit, as appendCompact reads it, and a character beyond ASCII
// before it is a mark or a space). A letter beyond ASCII before it, or
// a byte that is no character, answers true: Go lower-cases "İ" to "i".
func mayHoldIt(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError || doc.IsWordRune(r) {
				return true
			}
			i += n
			continue
		}
		if asciiWord[c] {
			return c|0x20 == 'i' && i+1 < len(s) && s[i+1]|0x20 == 't'
		}
		i++
	}
	return false
}

// negativeAdverbs deny or nearly deny what their verb says: "it barely
// said" reports no statement.
var negativeAdverbs = map[string]bool{"barely": true, "hardly": true, "scarcely": true, "rarely": true, "seldom": true, "never": true, "not": true}

// bodies are the nouns of bodies that speak in news prose and are then
// "it": "The board met on Monday. “The pier is old,” it said."
var bodies = map[string]bool{"administration": true, "agency": true, "association": true, "authority": true, "bank": true, "board": true, "bureau": true, "campaign": true, "center": true, "centre": true, "commission": true, "committee": true, "company": true, "corporation": true, "council": true, "court": true, "department": true, "firm": true, "foundation": true, "government": true, "group": true, "institute": true, "ministry": true, "network": true, "newspaper": true, "office": true, "organization": true, "panel": true, "party": true, "paper": true, "school": true, "union": true, "university": true}

// bodyBefore returns what "it" at offset at means when a body or a
// text speaks: the nearest, in its sentence or the one before and
// outside quotations, of a name after "the" of no known sex ("the
// Harbor Trust", "The New York Times") or a description whose noun is
// a body ("the board"); else the nearest carrier of words ("a new
// report"); "" when there is none. When strict, a name after "the" must
// be a body's by its form (orgName: "the Harbor Trust", "the IMF"), not
// any name of no known sex ("the Sunnylands estate", "the United
// States"): "it" before a verb of reported speech is read with no
// quotation marks to vouch for a speaker (itBefore); nor is a phrase
// after a preposition read then.
func (a *attributor) bodyBefore(at int, strict bool) string {
	text := a.text
	lo := a.sentenceStart(max(0, a.sentenceStart(at)-1))
	toks := a.ix.scratch(slotBodyBefore, max(lo, at-300), at)
	quoted, carrier := false, ""
	for j := len(toks) - 1; j >= 0; j-- {
		t := &toks[j]
		if !t.word {
			if strings.ContainsAny(t.str(text), "“”\"") {
				quoted = !quoted // the words in marks are no narration
			}
			continue
		}
		if quoted || !t.is(isDet) || t.low != "the" && t.low != "a" && t.low != "an" || j+1 >= len(toks) {
			continue
		}
		if strict && j > 0 && toks[j-1].word && toks[j-1].is(isPrep) {
			continue // the object of a preposition: "sent a van to the campaign. It says …" is seldom the campaign
		}
		if capital(toks[j+1].str(text)) {
			if n, ok := nameAt(text, toks, j+1); ok && n.from == j+1 && n.gender == 0 && !strings.HasSuffix(n.text, "’s") && !strings.HasSuffix(n.text, "'s") {
				if e := n105AndName(text, toks, n); e > 0 {
					return text[t.s:e] // "the Lintara Rescue and Fire Service"
				}
				if !strict || orgName(text, toks, n) {
					return text[t.s:n.end]
				}
			}
			continue
		}
		for e := j + 1; e < len(toks) && e <= j+3 && toks[e].word && !capital(toks[e].str(text)) && !toks[e].is(isFunction); e++ {
			w := strings.TrimSuffix(toks[e].low, "’s")
			if bodies[w] || carriers[w] {
				if bodies[w] {
					if nm := n105NamedBody(text, toks, e); nm != "" {
						return nm // "Fair Passage" for "The group Fair Passage"
					}
				}
				if e+1 < len(toks) && toks[e+1].word && !toks[e+1].is(isFunction|isCue|isAuxiliary) && !strings.HasSuffix(toks[e+1].low, "ed") && !strings.HasSuffix(toks[e+1].low, "s") && !verbBeforePrep(toks, e+1) {
					break // the noun goes on: "the board game"
				}
				if bodies[w] {
					return text[t.s:toks[e].e]
				}
				if carrier == "" {
					carrier = text[t.s:toks[e].e] // a body named before it wins: "The board issued a statement."
				}
				break
			}
		}
	}
	return carrier
}
