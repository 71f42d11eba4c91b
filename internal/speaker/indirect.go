package speaker

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Words around the cue of an indirect quotation; the verbs themselves
// are in reporting.txt (parc.go).
var (
	// objectCues take an object before "that" ("X told reporters that").
	// tellForms are the objectCues that never stand inverted before
	// their subject: "…, told reporters" has no teller after it, while
	// "…, warned the mayor" and "…, answered Ed Moss" may.
	tellForms  = map[string]bool{"tell": true, "tells": true, "told": true}
	objectCues = map[string]bool{"tell": true, "tells": true, "told": true, "warn": true, "warned": true, "promise": true, "promised": true, "answered": true, "reminded": true, "assured": true}
	// timeWords may stand between a cue and "that": "said Friday that".
	timeWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "yesterday": true, "today": true, "tonight": true, "earlier": true, "recently": true, "previously": true, "repeatedly": true, "publicly": true, "privately": true, "now": true, "often": true, "again": true, "also": true, "last": true, "week": true, "month": true, "year": true}
	// quantities after a determiner make an object, not a clause's
	// subject: "says a lot about ferries", "said a great deal".
	quantities = map[string]bool{"lot": true, "bit": true, "little": true, "few": true, "great": true, "good": true}
	// clauseOpeners open a reported clause without "that".
	clauseOpeners = map[string]bool{"it": true, "there": true, "this": true, "these": true, "those": true, "it’s": true, "it's": true, "there’s": true, "there's": true, "that’s": true, "that's": true}
	// notIndirect are cues that do not report a clause: the attribution
	// reader skips them after a comma and in a passive.
	notIndirect = map[string]bool{"went": true, "began": true, "begin": true, "begins": true, "continue": true, "continued": true, "laugh": true, "laughed": true, "sigh": true, "sighed": true, "cry": true, "cried": true, "written": true, "post": true, "posted": true, "tweet": true, "tweeted": true, "joke": true, "joked": true, "ask": true, "asks": true, "asked": true}
)

// indirectReach bounds how far into a sentence the cue of an indirect
// quotation is looked for.
const indirectReach = 800

// indirect adds the indirect quotations of d: the attributions that
// attributions (parc.go) reads in each sentence, clause by clause between
// semicolons, several a sentence. A sentence may hold quotations in
// marks: a direct one keeps its own attribution (its cue is not read
// again, and a reported clause stops where it starts); mixed quotations,
// scare quotes and titles that a reported clause encloses whole, when
// the clause has words of its own, become its children. A sentence split
// by a quotation's narration, or one that leaves its parent's words, is
// not read. The new quotations are merged into d.Quotes by Start,
// parents first, with every Parent index remapped.
func (a *attributor) indirect() {
	d := a.d
	r := &a.ix.reads // its arrays, kept by the index from the document before
	defer r.recycle()
	var innerBuf []int // sentenceQuotes' arrays, reused sentence after sentence
	var blockedBuf []doc.Quote
	// qk is the first quotation that starts at or after the sentence's
	// start, a search of d.Quotes by Start that sentenceQuotes and
	// narrationAfter made for every sentence: the sentences come in
	// order, so it only moves forward (a search again where one does
	// not).
	qs, qk, last := d.Quotes, 0, -1
	for i := range d.Sentences { // by index: a range copies each 48-byte sentence
		span := d.Sentences[i].Span
		if span.Start < last {
			qk = sort.Search(len(qs), func(k int) bool { return qs[k].Start >= span.Start })
		}
		for qk < len(qs) && qs[qk].Start < span.Start {
			qk++
		}
		last = span.Start
		parent, inner, blocked, ok := a.sentenceQuotesAt(span, qk, innerBuf[:0], blockedBuf[:0])
		if ok {
			innerBuf, blockedBuf = inner, blocked
		} else {
			span, parent, inner, blocked, ok = a.narrationAfter(span, qk, innerBuf[:0], blockedBuf[:0])
			if !ok {
				continue
			}
			innerBuf, blockedBuf = inner, blocked
		}
		a.readParts(r, span, parent, inner, blocked, qk)
	}
	add, children := r.add, r.children
	if add.n == 0 {
		return
	}
	// By Start, for the merge; several may come from one sentence. They
	// mostly come in order already, and then the copies are not made.
	if !add.sortedByStart() {
		flat := add.flat()
		order := make([]int, len(flat))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(i, j int) bool { return flat[order[i]].Start < flat[order[j]].Start })
		sortedAdd := make([]doc.Quote, len(flat))
		sortedKids := make([][]int, len(flat))
		for i, o := range order {
			sortedAdd[i], sortedKids[i] = flat[o], children[o]
		}
		add, children = quoteChunks{chunks: [][]doc.Quote{sortedAdd}, n: len(sortedAdd)}, sortedKids
	}
	// Merge: existing quotations first at equal Start (an indirect one is
	// never a parent).
	old := d.Quotes
	merged := make([]doc.Quote, 0, len(old)+add.n)
	remap := make([]int, len(old))
	newAt := make([]int, 0, add.n)
	i, next := 0, quoteCursor{l: &add}
	for i < len(old) || next.more() {
		// The run of old quotations before the next added one (all
		// that are left, after the last), copied in one piece: a
		// quotation is some 200 bytes, and an append of each one
		// checked the room and copied it field by field.
		j := len(old)
		if next.more() {
			at := next.peek().Start
			for j = i; j < len(old) && old[j].Start <= at; j++ {
			}
		}
		for k := i; k < j; k++ {
			remap[k] = len(merged) + k - i
		}
		merged = append(merged, old[i:j]...)
		i = j
		if next.more() {
			newAt = append(newAt, len(merged))
			merged = append(merged, *next.peek())
			next.next()
		}
	}
	for k := range merged {
		if p := merged[k].Parent; p >= 0 {
			merged[k].Parent = remap[p]
		}
	}
	var gave map[int]bool // the phrases the loop gave a source's speaker
	for j, kids := range children {
		for _, c := range kids {
			k := &merged[remap[c]]
			k.Parent = newAt[j]
			p := &merged[newAt[j]]
			if k.Kind == doc.QuoteDirect {
				k.Kind = doc.QuoteMixed // the tail of the clause in marks (n114ClauseTail)
			}
			if k.Kind == doc.QuoteMixed && k.Speaker.Name != "" && k.Speaker.Mention == p.Speaker.Mention && p.Speaker.Name != "" && p.Speaker.Name != k.Speaker.Name {
				// A phrase whose own reading found the source's
				// mention takes the name the attribution's reading
				// chose from it ("His widow, Bridie, who met him in
				// 1969, said he had ‘never come home’" is Bridie's,
				// not "His widow"'s); its chain keeps its hops.
				if n := len(k.Chain); n > 0 && k.Chain[n-1] == k.Speaker.Name {
					k.Chain = append(k.Chain[:n-1:n-1], p.Speaker.Name)
				}
				k.Speaker.Name = p.Speaker.Name
			}
			// A phrase in marks inside a reported clause is the
			// source's words: "the survey called the roof “beyond
			// economic repair”". The added quotations come in order
			// of their starts, so a later one that encloses the
			// phrase too is reported inside the earlier's clause; its
			// source takes the phrase where a full name of the
			// source's own speaks it ("…, hours after his challenger,
			// Ilona Sardova, told supporters that the vote had been
			// “stolen in plain sight.”"): an inner clause's other
			// readings ("said the vote", "the couple wanted") are
			// more often wrong than the outer source.
			if k.Kind == doc.QuoteMixed && (k.Speaker.Name == "" || gave[remap[c]] && n103NamedSource(d.Text, p) || n115MentionInWords(k, p)) {
				k.Speaker, k.Chain = p.Speaker, p.Chain
				if gave == nil {
					gave = map[int]bool{}
				}
				gave[remap[c]] = true
			}
		}
	}
	d.Quotes = merged
	a.words = nil
}

// An indirectRead is what indirect keeps from one sentence to the next:
// the quotations it adds, and the arrays its readers reuse.
type indirectRead struct {
	add      quoteChunks // chunks never copied (quoteChunks)
	children [][]int     // per added quotation, the old indexes of the quotations it encloses
	parts    []doc.Span  // the sentence's clauses
	found    []doc.Quote // attributionsInto's array, reused clause after clause
	trig     []int32     // clauseWords' positions, reused clause after clause
	// semi is the offset of the first semicolon of the text at or after
	// semiFrom, or the text's length for none (semicolonAfter).
	semi, semiFrom int
	semiSet        bool
}

// recycle empties r for the next document, keeping its arrays, cleared
// of what points into this one.
func (r *indirectRead) recycle() {
	r.add.recycle()
	clear(r.children)
	clear(r.found[:cap(r.found)])
	*r = indirectRead{add: r.add, children: r.children[:0], parts: r.parts[:0], found: r.found[:0], trig: r.trig[:0]}
}

// semicolonAfter returns the offset of the first semicolon of text at or
// after at, or len(text) for none. readParts asks it of every sentence,
// in text order, and most hold no semicolon: the text is searched once
// from sentence to semicolon, a stretch of many sentences, and the
// answer serves every sentence that starts before it (no semicolon lies
// between). Each sentence was searched on its own by semicolonParts, a
// call of IndexByte over some 130 bytes (about 8 M instructions on issue
// 3's pipeline); the one search over the text is a fifth of that. A
// start before the last search's start is searched again from there.
//
// The answer kept is given here, small enough to be inlined into
// readParts: nearly every call is answered so, and the search is
// semicolonSearch's.
func (r *indirectRead) semicolonAfter(text string, at int) int {
	if r.semiSet && at >= r.semiFrom && at <= r.semi {
		return r.semi
	}
	return r.semicolonSearch(text, at)
}

// semicolonSearch is semicolonAfter where the answer kept does not
// serve: it searches the text from at.
func (r *indirectRead) semicolonSearch(text string, at int) int {
	r.semi, r.semiFrom, r.semiSet = len(text), at, true
	if k := strings.IndexByte(text[at:], ';'); k >= 0 {
		r.semi = at + k
	}
	return r.semi
}

// readParts reads the clauses of the sentence span for indirect, which
// found its quotations (parent, inner, blocked) and qk, and adds what
// attributions finds in them to r. It is apart from indirect's loop
// over the sentences so that neither loop keeps the other's values in
// registers: together, the compiler moved a dozen of them between the
// stack and registers at each clause.
func (a *attributor) readParts(r *indirectRead, span doc.Span, parent int, inner []int, blocked []doc.Quote, qk int) {
	d := a.d
	// Each clause between semicolons is read on its own: "It is
	// unlikely; her team says she will go on."
	semiFree := r.semicolonAfter(d.Text, span.Start) >= span.End
	if semiFree {
		r.parts = oneClause(d.Text, span, r.parts[:0])
	} else {
		r.parts = semicolonParts(d.Text, span, r.parts[:0])
	}
	if s := span.Start; len(r.parts) > 0 && r.parts[0].Start == s && s+2 < len(d.Text) && d.Text[s]-'A' < 26 && d.Text[s+1]-'A' < 26 {
		r.parts[0].Start = datelineSkip(d.Text, s, r.parts[0].End) // "BRANNOCK FALLS — Kestrel said …": two capitals first, or no dateline
		if dl := a.dateline; dl.End > 0 && r.parts[0].Start <= dl.Start && dl.End < r.parts[0].End {
			r.parts[0].Start = dl.End // "AMRAKOT: The High Court …" (colonDateline)
		}
	}
	for _, part := range r.parts {
		end := min(part.End, part.Start+indirectReach)
		if len(blocked) > 0 && insideBlocked(blocked, part.Start, end) {
			continue // all in a quotation's words: attributions reads nothing (p1_inside.go)
		}
		// The clause's lists and verbs are read from the index as it
		// lies, before its toks are made, and its toks only where
		// they are read (clauseToks).
		var pre *clauseRead
		toks, has, trig, may, ok := a.ix.clauseToks(part.Start, end, r.trig[:0]) // toks: slot 2, let go of after the part
		if ok {
			r.trig = trig
			pre = &clauseRead{has: has, trig: trig, semiFree: semiFree}
		} else if may = a.ix.mayAttribute(part.Start, end); may {
			toks = a.ix.scratch(2, part.Start, end)
		}
		if !may {
			continue // no word a rule of attributions opens with: its toks are not made
		}
		if strings.IndexByte(d.Text[part.Start:end], '(') >= 0 {
			toks, pre = n107DropLabels(d.Text, toks, pre) // "The Lok Jagriti Dal (LJD) leader promised" (n107_readings.go)
		}
		r.found = a.attributionsInto(r.found[:0], toks, part, parent, blocked, pre, qk)
		for k := range r.found { // by index: a range copies each quotation, some 200 bytes
			q := &r.found[k]
			kids, ok := a.within(q.Span, parent, inner)
			if ok {
				if len(r.children) == cap(r.children) {
					// Twice the room: append grows a long list by
					// about a quarter at a time, copying it each
					// time; a news text adds thousands.
					r.children = slices.Grow(r.children, max(len(r.children), 16))
				}
				r.add.push(*q)
				r.children = append(r.children, kids)
			}
		}
	}
}

// partitiveOf reads a trailing cue's subject that names a part of a
// group, "one of the aides", "two of the drivers", "some of them":
// rest[0] a quantifier, a number or "one", then "of", then the group,
// which g (read before the cue at rest[sc]) ends. It returns the whole
// phrase, named by it.
func partitiveOf(text string, rest []tok, g found, sc int) (found, bool) {
	if sc < 3 || sc > 8 || !rest[0].word || rest[1].low != "of" || !(rest[0].is(isQuantifier) || numberTok(&rest[0]) || rest[0].low == "one" || rest[0].low == "each") {
		return found{}, false
	}
	if them := sc == 3 && (rest[2].low == "them" || rest[2].low == "us" || rest[2].low == "those"); !them && (!g.ok || g.subj.End != rest[sc-1].e) {
		return found{}, false
	}
	sp := doc.Span{Start: rest[0].s, End: rest[sc-1].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}, true
}

// datelineSkip returns where the words of a sentence that starts at s
// (and ends at e) begin after a news story's dateline: a first word in
// capitals ("BRANNOCK FALLS —", "OSLO (Reuters) -", "FAIRVIEW, W.Va.
// –"), then within datelineReach bytes a spaced dash, with no line
// break and no lower-case word longer than three letters before it,
// and a capital or an opening mark after it, as a sentence opens. A
// dateline names where the story was filed; read as words of the
// sentence it was a trailing attribution's content ("…, Kestrel said
// Wednesday that …" gave Kestrel the words "BRANNOCK FALLS"). It
// returns s when there is none.
func datelineSkip(text string, s, e int) int {
	w := s
	for w < e && (text[w] >= 'A' && text[w] <= 'Z' || text[w] == '.' || text[w] == '\'') {
		w++
	}
	if w-s < 3 || w < e && text[w] != ' ' && text[w] != ',' {
		return s
	}
	lower := 0     // the length of the lower-case run being read
	paren := false // inside an agency's credit: "(Reuters)"
	named := false // the run is a capitalised word's after the place's comma: "ZAMIRSK, Orvania (HP) —"
	for i := w; i+2 < e && i < s+datelineReach; i++ {
		c := text[i]
		switch {
		case c == '\n':
			return s
		case c == '(' || c == ')':
			paren = c == '('
		case c >= 'a' && c <= 'z':
			if lower == 0 {
				named = i >= 3 && text[i-1] >= 'A' && text[i-1] <= 'Z' && text[i-2] == ' ' && text[i-3] == ','
			}
			if lower++; lower > 3 && !paren && !named && !n101MonthAt(text, i) {
				return s
			}
			continue
		case c == ' ':
			for _, dash := range [...]string{" — ", " – ", " -- ", " - "} {
				if at := i + len(dash); strings.HasPrefix(text[i:], dash) && at < e && (text[at] >= 'A' && text[at] <= 'Z' || text[at] == '"' || strings.HasPrefix(text[at:], "“")) {
					return at // the sentence opens after it: "NATO - the alliance - met" has no dateline
				}
			}
		}
		lower = 0
	}
	return s
}

// datelineReach bounds the dateline datelineSkip reads, in bytes.
const datelineReach = 60

// within returns which of the quotations inner (under parent) the
// reported clause at c encloses; ok is false when one crosses its edge
// or when the clause is nothing but them ("said that “…”" is a mixed
// quotation already). A clause may open with one and go on past it:
// "“The board must change” for the town's sake, she said" reports the
// words in marks and those after them.
func (a *attributor) within(c doc.Span, parent int, inner []int) (kids []int, ok bool) {
	if len(inner) == 0 {
		return nil, true
	}
	qs := a.d.Quotes
	words := false
	at := c.Start
	for _, k := range inner {
		q := &qs[k]
		switch {
		case q.End <= c.Start || q.Start >= c.End:
			continue
		case q.Start < c.Start || q.End > c.End || q.Start == c.Start && q.End == c.End:
			return nil, false
		}
		words = words || strings.ContainsFunc(a.text[at:q.Start], unicode.IsLetter)
		at = q.End
		kids = append(kids, k)
	}
	words = words || strings.ContainsFunc(a.text[at:c.End], unicode.IsLetter)
	return kids, words
}

// enclosing returns the quotation whose words hold the whole of span s,
// or -1 for none; ok is false when a quotation starts, ends or is split
// by narration inside s. k is the index of the first quotation that
// starts at or after s.Start (a search of d.Quotes by Start), which the
// caller has in hand.
func (a *attributor) enclosing(s doc.Span, k int) (int, bool) {
	qs := a.d.Quotes
	if k < len(qs) && qs[k].Start < s.End {
		return -1, false
	}
	k--
	for k >= 0 && qs[k].End <= s.Start {
		k = qs[k].Parent
	}
	if k < 0 {
		return -1, true
	}
	for _, c := range qs[k].Content {
		if c.Start <= s.Start && s.End <= c.End {
			return k, true
		}
	}
	return -1, false
}

// narrationAfter reads the narration of a sentence that opens inside a
// direct quotation of several sentences and runs past its end: "“… . This
// is in their heads,” said Ed Moss, speaking of the pier." The words
// after the closing mark are read as a sentence of their own, with the
// quotation blocked before them, so that its cue is not read again and a
// participle after it ("speaking of", "adding that") is its speaker's.
// inner and blocked are empty slices whose arrays it may fill, as
// sentenceQuotes does. qk is the first quotation that starts at or
// after s.Start.
func (a *attributor) narrationAfter(s doc.Span, qk int, inner []int, blocked []doc.Quote) (span doc.Span, parent int, _ []int, _ []doc.Quote, ok bool) {
	qs := a.d.Quotes
	k := qk // the last quotation that starts at or before s.Start, below
	for k < len(qs) && qs[k].Start <= s.Start {
		k++
	}
	k--
	for n := 0; k >= 0 && n < 4; k, n = qs[k].Parent, n+1 {
		q := &qs[k]
		if q.Start <= s.Start && s.Start < q.End {
			break
		}
	}
	if k >= 0 && qs[k].Kind == doc.QuoteDirect && qs[k].Start <= s.Start && qs[k].End >= s.End {
		return a.narrationBetween(s, k)
	}
	if k < 0 || qs[k].Kind != doc.QuoteDirect || qs[k].End >= s.End || qs[k].Start > s.Start {
		return s, -1, nil, nil, false
	}
	q := qs[k]
	span = doc.Span{Start: q.End, End: s.End}
	if parent, inner, blocked, ok = a.sentenceQuotes(span, inner, append(blocked, q)); !ok || parent != q.Parent {
		return s, -1, nil, nil, false
	}
	return span, parent, inner, blocked, true // q first, then those of the narration
}

// narrationBetween reads the narration between two parts of a split
// direct quotation qs[k] when sentence s starts in the first part and
// ends before the second: "“… . This is in their heads,” said Ed Moss,
// speaking of the pier. “It worries them.”" The words after the first
// part's closing mark are read with the quotation blocked, as
// narrationAfter reads them.
func (a *attributor) narrationBetween(s doc.Span, k int) (span doc.Span, parent int, inner []int, blocked []doc.Quote, ok bool) {
	q := a.d.Quotes[k]
	for i := 0; i+1 < len(q.Content); i++ {
		c, next := q.Content[i], q.Content[i+1]
		if c.Start > s.Start || s.Start >= c.End || next.Start < s.End {
			continue
		}
		start := c.End
		for _, m := range q.Marks {
			if m.Start >= c.End && m.End <= s.End {
				start = m.End // past the closing mark
				break
			}
		}
		if start >= s.End || strings.TrimSpace(a.text[start:s.End]) == "" {
			return s, -1, nil, nil, false
		}
		first := q // the first part only: the narration after it is not blocked
		first.End, first.Content = start, q.Content[:i+1]
		return doc.Span{Start: start, End: s.End}, q.Parent, nil, []doc.Quote{first}, true
	}
	return s, -1, nil, nil, false
}

// finiteWords mark a finite verb: a clause, not an object, follows the
// cue when one of them comes within a few words ("said praise from
// Putin would not change it", not "said nothing at all").
var finiteWords = map[string]bool{"is": true, "are": true, "was": true, "were": true, "would": true, "will": true, "has": true, "have": true, "had": true, "could": true, "can": true, "should": true, "may": true, "might": true, "must": true, "did": true, "does": true, "do": true, "isn’t": true, "wasn’t": true, "won’t": true, "wouldn’t": true, "don’t": true, "doesn’t": true, "didn’t": true,
	"aren’t": true, "weren’t": true, "hasn’t": true, "haven’t": true, "hadn’t": true, "can’t": true, "cannot": true, "couldn’t": true, "shouldn’t": true, "mustn’t": true}

// finiteSoon reports whether a finite verb comes within eight words from
// toks[k], which opens the clause with a word, before any punctuation.
func finiteSoon(text string, toks []tok, k int) bool {
	if k >= len(toks) || !toks[k].word || toks[k].is(isFinite) || toks[k].is(isFunction) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		if !toks[j].word {
			return false
		}
		w := toks[j].lower(text)
		// A word without a straight apostrophe is its own form: its
		// lexicon entry tells finiteWords without hashing it.
		finite := toks[j].is(isFinite)
		if strings.IndexByte(w, '\'') >= 0 {
			finite = finiteWords[strings.ReplaceAll(w, "'", "’")]
		}
		if finite {
			return true
		}
		if toks[j].is(isCue) || w == "and" || w == "but" || w == "or" {
			return false // "claimed vast savings and said …": an object, then another verb
		}
	}
	return false
}

// isModifierCue reports whether w is a key of modifierCues. trailingCue
// asks it last, after the tests of the words around w, which turn most
// cues away without hashing w.
func isModifierCue(w string) bool {
	_, ok := modifierCues[w]
	return ok
}

// afterCueOK words may follow a trailing cue: "…, officials said on
// Monday", "…, she said in a statement".
var afterCueOK = map[string]bool{"on": true, "in": true, "at": true, "during": true, "after": true, "before": true, "last": true, "this": true, "earlier": true, "later": true, "recently": true, "yesterday": true, "today": true, "tonight": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "via": true, "through": true, "to": true, "of": true, "when": true, "while": true, "as": true}

// nounMarkers before a cue word make it a noun: "a note", "the claim",
// "his report", "her own recall".
var nounMarkers = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true, "similar": true, "same": true, "own": true}

// openingReach bounds where, in a long sentence, the comma before a cue
// that stands between commas may be read past the last 40 tokens: after
// an opening phrase ("Yet over the summer, aides to the mayor say, the
// mayor has …"), whose comma comes early however long the clause that
// follows is.
const openingReach = 12

// trailingCue reads an attribution that ends a sentence after a comma:
// "<clause>, X said", "<clause>, said X", "<clause>, X added on
// Monday", or stands between commas inside it ("The store, the council
// says, will be sold"). It returns the attribution, where the clause
// ends (the comma), and, for the second form, where it resumes (else 0).
func trailingCue(text string, toks []tok) (found, int, int) {
	n := len(toks)
	for n > 0 && !toks[n-1].word {
		n--
	}
	if n < len(toks) && n111ColonAfter(text, toks[n]) {
		return found{}, 0, 0 // "Pressed on whether …, the mayor said:¶“…”": the colon's words are the report (n111_readings.go)
	}
	if n >= 3 {
		// Only a comma or a dash among toks[1:n-1] ends a clause
		// (below): a clause with neither is turned away by a search
		// of its bytes, not a visit to each tok.
		if b := text[toks[1].s:toks[n-2].e]; strings.IndexByte(b, ',') < 0 && (strings.IndexByte(b, 0xE2) < 0 || !strings.Contains(b, "—") && !strings.Contains(b, "–")) { // both dashes start with 0xE2
			return found{}, 0, 0
		}
	}
	// The cue is a word within the first ten after a comma (below):
	// a comma after the clause's last word with the cue's bits has
	// none, and the loop starts before that word. Every comma after it
	// is passed over below in any case, with nothing read and nothing
	// changed, so the answer is the same; most sentences' last cue word
	// comes early, and their commas after it are not read.
	last := n - 1
	for last >= 0 && !(toks[last].word && toks[last].gate(isCue|isReporting)) {
		last--
	}
	if last < 2 {
		return found{}, 0, 0 // no cue word after the first comma there can be (at toks[1])
	}
	for k := min(n-2, last-1); k >= 1; k-- {
		// Only a comma or a dash ends the clause. The loop visits every
		// token of every sentence, so its word flag turns away the
		// words (no word is a mark) first, before the reach is
		// asked: a word is passed over wherever it stands.
		if toks[k].word {
			continue
		}
		if k < n-40 {
			if k > openingReach {
				k = openingReach + 1
				continue
			}
		}
		// The first byte turns away most other marks (a comma is ',',
		// a dash's UTF-8 starts 0xE2) before the exact test, and the
		// opener tests below run only at a mark.
		if t := &toks[k]; t.e <= t.s || text[t.s] != ',' && text[t.s] != 0xE2 || (t.e-t.s != 1 || text[t.s] != ',') && !dashAt(text, t) { // t.str(text) != ",", without making the string
			continue
		}
		if k == 1 && !pluralOpener(text, toks) && !nameOpener(text, toks) && !leadOpener(text, toks) {
			break // one word before the comma: "Well, she said, …" is an interjection's
		}
		m := closingMarks(text, toks, k)
		if k+1+m > n || m > 0 && opensWithCue(toks, k) {
			continue // "Ed Moss said she felt … “…,” she said": the clause has its own cue
		}
		rest := toks[k+1+m : n]
		if len(rest) < 2 || !toks[k-1].word && toks[k-1].str(text) != ")" && !n101AttachedEnd(text, toks, k-1) && !n114PhraseInMarks(text, toks, k) {
			continue
		}
		// The cue within the first words after the comma, and no
		// later than the last word that may be one (last).
		modifier := -1 // a cue word read as a noun before the subject's plural
		reach := 10
		for c := 10; c < len(rest) && c < 16; c++ {
			// Past ten words only a cue word right after a comma, with
			// a description and a name before it: "…, the speaker of
			// the National Assembly, Ansgar Rindahl, announced."
			// (n102TrailingDescribed, below).
			if rest[c].word && !rest[c-1].word && rest[c-1].str(text) == "," && rest[c].gate(isCue|isReporting) {
				if _, ok := n102TrailingDescribed(text, rest, c); ok || n115RelativeBefore(rest, c) {
					reach = c + 1 // "…, one passenger, who asked not to be named, said." (n115_readings.go)
				}
				break
			}
		}
		for c, cn := 0, min(len(rest), reach, last-(k+m)); c < cn; c++ {
			if !rest[c].word || !rest[c].gate(isCue|isReporting) {
				continue // neither a cue nor a verb of reporting: the test below turns it away, after reading more
			}
			w := rest[c].lower(text)
			if c > 0 && c+1 < len(rest) && capital(rest[c].str(text)) && rest[c-1].word && capital(rest[c-1].str(text)) && rest[c+1].word && capital(rest[c+1].str(text)) {
				continue // inside a name: "…, the National Crop Estimates Bureau said"
			}
			if w == "posts" || w == "post" {
				continue // a noun as often as a verb after its subject: "…, between the veranda posts, …", "blog posts"
			}
			if j := n109TrailingParticiple(text, rest, c); j > c {
				cn = max(cn, min(j+1, last-(k+m)))
				continue // "…, a large study published Wednesday in the Annals suggests.": the participle describes the subject of the verb at the end (n109_readings.go)
			}
			if n42NameModifier(text, rest, c) {
				continue // "…, a senior State Department official said" (n42_modifier.go)
			}
			if n115NamedCue(text, rest, c) {
				continue // "…, CS Sang told the Senate team": a surname ("sang"), the verb after it (n115_readings.go)
			}
			if c5MayNotCue(rest, c) && c5TrailingNotCue(text, rest, c) {
				continue // "…, state Sen. Ann Lee said", "…, less than forecast" (c5_cue.go)
			}
			// A perfect before the cue: "…, the paper has learned",
			// "…, investigators have found". The subject is before it.
			perfect := c > 1 && rest[c-1].is(isPerfectAux)
			if !rest[c].word || !(rest[c].is(isCue) || rest[c].gate(isReporting) && (trailingSense(rest[c].senses(), w, perfect) || findingAfter(rest, c) || n110TrailingIt(rest, c) || n113FindingAside(text, rest, c)) || n115Rules(text, rest, c)) || rest[c].is(isNotIndirect) || rest[c].is(isObjectCue) && c == 0 && tellForms[w] {
				continue
			}
			if c > 0 && rest[c-1].is(isNounMarker) {
				continue // a noun, not a verb: "…, struck a similar note."
			}
			if c >= 3 && n105ContactNoun(text, rest, c) {
				continue // "…, a figure the administration disputes.": a clause on the noun, no attribution
			}
			if c+1 < len(rest) && rest[c].is(isCompoundFirst) && rest[c+1].word && compoundHeads[rest[c].low][rest[c+1].low] {
				continue // a noun before its head: "…, think tank finds"
			}
			if c+2 < len(rest) && rest[c+2].word && rest[c+2].is(isCue) && rest[c+1].word && !capital(rest[c+1].str(text)) && (strings.HasSuffix(rest[c+1].low, "s") || groupPlurals[rest[c+1].low]) && isModifierCue(w) {
				modifier = c
				continue // a noun before the plural subject of the cue after it: "…, state officials said.", "…, state police said."
			}
			sc := c // where the subject ends
			if perfect {
				sc = c - 1
			}
			// The one told, then when or where: "…, he told me on
			// Friday, is that …".
			a := c + 1
			if c > 0 && a < len(rest) && rest[c].is(isObjectCue) && rest[a].is(isObjectPronoun) && rest[a].lower(text) != "it" {
				a++
			} else if c > 0 && a < len(rest) && rest[c].is(isObjectCue) {
				a = n102Told(text, rest, a) // "…, its owners told families in a letter on Friday."
			}
			if c > 0 && a < len(rest) && rest[c].is(isObjectCue) && rest[a].word && (capital(rest[a].str(text)) || theName(text, rest, a)) {
				// The one told, by name: "The plan, she told The Times,
				// would fail", "…, she told the Harbour Gazette, …".
				j := a
				if !capital(rest[a].str(text)) {
					j++ // "the"
				}
				for j < len(rest) && j < a+8 && rest[j].word && (capital(rest[j].str(text)) || n105NameLink(text, rest, j)) {
					j++ // "told the Calverra Oil and Gas Conservation Board"
				}
				j = n115BodyTail(text, rest, j) // "tells Bellhaven murder trial" (n115_readings.go)
				if j >= len(rest) || asideMark(text, &rest[j]) || rest[j].word && rest[j].is(isAfterCueOK) && rest[j].low != "to" {
					a = j // not "told The Times to stop": a request's infinitive
				}
			}
			// A phrase of time that dates the cue, up to the comma or
			// the end: "…, the senator said then, was …", "…, she said
			// at the time." (timeAfterCue).
			timeEnd := 0
			if c > 0 {
				if e := timeAfterCue(text, rest, a); e > a && (e >= len(rest) || asideMark(text, &rest[e])) {
					a, timeEnd = e, e
				}
			}
			if particleAfter(text, rest, c) {
				break // "In June, the chief called on the pilots to …": the verb's particle, not a time or place after a cue
			}
			if c == 0 && namingAside(text, rest) {
				break
			}
			var g found
			invEnd := -1 // after an inverted cue: the token after its subject
			if modifier >= 0 && c == modifier+2 {
				// The modifier and the plural: the subject that
				// subjectAt does not read past a cue word.
				sp := doc.Span{Start: rest[modifier].s, End: rest[c-1].e}
				if modifier == 1 && rest[0].is(isDet) || modifier == 1 && rest[0].is(isQuantifier) {
					sp.Start = rest[0].s // "…, the state officials said", "…, some state officials said"
				}
				if modifier <= 1 && !(a < len(rest) && !(rest[a].word && rest[a].is(isAfterCueOK) && !infinitiveAt(text, rest, a)) && !asideMark(text, &rest[a])) {
					g = found{subj: sp, name: text[sp.Start:sp.End], ok: true}
				}
			} else if c == 0 {
				if ss := rest[0].senses(); len(ss) > 0 && allBase(ss) && (n104SingularAfter(text, rest, 1) || n115VerbEnds(text, rest, 1)) {
					continue // a base form before a singular is no inverted cue: "…, due in 2028, confirm the benefit." ("…, say analysts" is one); nor before a verb that ends the sentence: "…, report shows" (n115_readings.go)
				}
				if e := timeAfterCue(text, rest, 1); e > 1 && e == len(rest) || asideMark(text, &rest[1]) {
					// "…, the minister, Ann Lee, said on Monday.", "…,
					// the drummer, Ann Lee, said, at the funeral …":
					// only a time or a comma after the cue, whose
					// subject is before it.
					continue
				}
				if appositiveClause(text, toks, k) {
					return found{}, 0, 0 // "Ed Moss, a historian, said the pier needs work": the cue's subject before it, no inverted reading
				}
				var e int
				if g, e = subjectAt(text, rest, 1, len(rest)); !g.ok {
					g, e = invertedPlural(text, rest, 1)
				}
				g, e = n52InvertedHead(text, rest, g, e)  // "…, said White House officials", "…, said state officials" (n52_inverted.go)
				g, e = n115NameThenRole(text, rest, g, e) // "…, says NPRC member" (n115_readings.go)
				g, e = n115NameOfBody(text, rest, g, e)   // "…, said Ann Lee of the union" (n115_readings.go)
				if h, he := n101InvertedAndName(text, rest); he > e {
					g, e = h, he // "…, said the Food and Drug Administration" (n101_readings.go)
				}
				if !g.ok {
					g, e = n115RoleName(text, rest, 1) // "…, said operator spokeswoman Ann Lee" (n115_readings.go)
				}
				if !g.ok && len(rest) > 1 {
					if g = nearSubject(text, rest[1:], len(rest)-1); g.ok {
						e = len(rest) // "…, said those close to him"
					}
				}
				if !g.ok && len(rest) > 3 && rest[1].word && rest[2].low == "of" && rest[3].word && phrasePronouns[rest[3].low] && rest[3].low != "whom" && (rest[1].is(isQuantifier) || numberTok(&rest[1]) || rest[1].low == "none" || rest[1].low == "each" || rest[1].low == "one") {
					// "…, said many of them": a part of a group after an
					// inverted cue, which pronounPhrase reads only before
					// one.
					sp := doc.Span{Start: rest[1].s, End: rest[3].e}
					g, e = found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}, 4
				}
				if g.pronoun != "" && rest[0].is(isObjectCue) {
					g = found{} // "…, warned him": the one warned
				}
				g = invertedPostModified(text, rest, g, e)
				if g.ok && g.pronoun == "" && verbAfterSubject(text, rest, g.subj) {
					g = found{} // "…, said the plan failed": the reported clause's subject, no speaker
				}
				if g.ok {
					invEnd = e
				}
				g = participleAfterSubject(text, rest, g, e) // "…, said a lawyer representing the family"
				if !g.ok {
					if g = n106HeadlineInverted(text, toks, rest); g.ok {
						invEnd = len(rest) // "…, says woman who set it" in a headline (n106_readings.go)
					}
				}
				if h, ok := contactSubject(text, rest[1:], len(rest)-2); ok && g.ok && g.pronoun == "" && h.subj.Start == g.subj.Start {
					g = h // "…, said the experts I spoke to" (a3_contact.go)
				}
			} else if a < len(rest) && !(rest[a].word && rest[a].is(isAfterCueOK) && !infinitiveAt(text, rest, a)) && !asideMark(text, &rest[a]) {
				// A clause follows the cue: "…, experts say it …", "…,
				// the board has proved to be weak". No subject before
				// the cue is read: whichever was, there is none.
			} else if h, ok := n102TrailingDescribed(text, rest, sc); ok {
				g = h // "…, the speaker of the National Assembly, Ansgar Rindahl, announced." (n102_readings.go)
			} else if h, ok := contactSubject(text, rest[:sc], sc-1); ok {
				g = h // "…, the experts I spoke to said" (a3_contact.go)
			} else if h, ok := n107PastParticipleSubject(text, rest, sc); ok {
				g = h // "…, an order issued by the Collector late on Wednesday said" (n107_readings.go)
			} else if g = participleBefore(text, rest, sc); g.ok {
				// "…, a lawyer representing the family said": not the
				// participle's object (a3_participle.go).
			} else if g = beforeCue(text, rest, sc); !g.ok {
				if h, ok := partitiveOf(text, rest, g, sc); ok {
					g = h // "…, one of them said"
				} else {
					g = whoSubject(text, rest, sc)
				}
			} else if h, ok := n101AndName(text, rest, sc); ok {
				g = h // "…, the Food and Drug Administration said" (n101_readings.go)
			} else if g.subj.Start != rest[0].s && !describes(text, rest, 0, g.subj.Start) && !c5StateTitled(text, rest, &g) {
				// A subject with its phrase up to the cue: "…, advisers
				// to the mayor say, …"; a part of a group: "…, one of
				// the aides said" (partitiveOf).
				if h := n107TitleBefore(text, rest, g); h.subj.Start == rest[0].s && !possessive(strings.ToLower(g.name)) && rest[0].low != "including" {
					g = h // "…, founder and chief executive Ann Lee said" (n107_readings.go)
				} else if h, ok := partitiveOf(text, rest, g, sc); ok {
					g = h
				} else if g = describedBy(text, rest, 0, sc); !g.ok {
					g = pluralDescribed(text, rest, sc)
				}

				if !g.ok {
					g = whoSubject(text, rest, sc) // "…, an aide who was at the meeting said"
				}
				if !g.ok {
					g = nearSubject(text, rest, sc) // "…, people close to the mayor said"
				}
			}
			if !g.ok && c > 2 && (a >= len(rest) || asideMark(text, &rest[a]) || rest[a].word && rest[a].is(isAfterCueOK) && !infinitiveAt(text, rest, a)) {
				g = n42LongDescription(text, rest, 0, sc) // n42_long.go: "…, the city’s former deputy harbor master said"
			}
			if !g.ok && c > 0 && c == sc && c+1 == len(rest) {
				g = n101HeadlineNoun(text, toks, rest, c) // "…, regulator warns" in a headline (n101_readings.go)
			}
			if !g.ok && c > 0 && c == sc && c+1 < len(rest) {
				g = n113HeadlineTells(text, toks, rest, c) // "…, chairman tells shareholders" in a headline (n113_readings.go)
			}
			if !g.ok && c == 1 && rest[0].low == "it" && onlyClasses(rest[c].senses(), "skvo") && (a >= len(rest) || asideMark(text, &rest[a]) || rest[a].word && rest[a].is(isAfterCueOK) && !infinitiveAt(text, rest, a)) {
				// "The average benefit, it says, would be $300": a
				// document speaks; the caller names it by the carrier
				// before it (thingBefore) or drops it.
				g = found{subj: doc.Span{Start: rest[0].s, End: rest[0].e}, pronoun: "it", ok: true}
			}
			if g.ok && g.pronoun == "" && c > 0 && g.subj.Start > rest[0].s && g.subj.End == rest[sc-1].e {
				g = n107TitleBefore(text, rest, g) // "…, co-founder and chief operating officer Nivedita Lakra said" (n107_readings.go)
			}
			if g.ok && g.pronoun != "" && g.pronoun != "it" && slices.ContainsFunc(rest[:sc], func(t tok) bool {
				return t.word && t.s < g.subj.Start && !t.is(isFunction) && !t.adverbish()
			}) {
				g = found{} // a pronoun after words of its own clause: "…, please check the notes I wrote last year"
			}
			if g.ok && presentStance[w] && (g.pronoun == "i" || g.pronoun == "we" || g.pronoun == "you") {
				g = found{} // "…, I think, …": the speaker's own hedge, no view reported
			}
			if g.ok && c > 0 && thatClauseAfter(text, rest, a) {
				g = found{} // "…, X said at an event in May that …": the cue's own clause
			}
			if g.ok {
				g.cue = doc.Span{Start: rest[c].s, End: rest[c].e}
				resume := 0
				e := a
				for e < len(rest) && e < a+5 && rest[e].word && (rest[e].is(isAfterCueOK) || rest[e].is(isTimeWord) || capital(rest[e].str(text)) || rest[e].is(isDet)) {
					e++
				}
				occ := -1
				if c > 0 {
					if occ = n104OccasionEnd(text, rest, c+1); occ > c+1 {
						e = occ // "The officers, Ruiz said in an interview, had acted lawfully."
					}
				}
				if c > 0 && e+1 < len(rest) && asideMark(text, &rest[e]) && rest[e+1].word && rest[e+1].low != "as" && (e == c+1 || e == occ || rest[c].is(isObjectCue) || (e <= c+3 && timePhrase(rest[c+1:e]) || e == timeEnd) && !rest[e+1].is(isSubordinator) && rest[e+1].low != "as" && !strings.HasSuffix(rest[e+1].low, "ing")) {
					resume = rest[e+1].s
					if strings.HasSuffix(rest[e+1].low, "ing") && rest[e+1].is(isReporting) {
						resume = 0 // "…, she told The Times, adding that …": the participle is the cue's, no resumed clause
					}
				}
				if c == 0 && resume == 0 {
					resume = n2InvertedResume(text, rest, g, invEnd) // "The plan, says Ann Moss, is too costly" (n2_aside.go)
					if resume > 0 {
						g.whole = true
					}
				}
				if resume == 0 && k < n-40 {
					break // far from the end, only a cue between commas: its clause goes on
				}
				if k == 1 && (resume == 0 || !((pluralOpener(text, toks) || nameOpener(text, toks)) && rest[e+1].is(isFinite|isAuxiliary)) && !(leadOpener(text, toks) && leadClause(rest, e+1, g, w))) {
					break // the opener is the subject of the verb after the cue, or a lead adverb before a clause of its own ("Now, he said, the pier is old"), or no subject: "Thanks, she said, it was late"
				}
				if m > 0 {
					return g, toks[k+m].e, resume // the content keeps the closing mark: "… open,” Mr. Moss said"
				}
				if dashAt(text, &toks[k]) {
					return g, toks[k-1].e, resume // the space before a dash is no part of the clause
				}
				return g, toks[k].s, resume
			}
			break
		}
	}
	return found{}, 0, 0
}

// appositiveClause reports whether toks[:k], the words before the comma
// at toks[k] that an inverted cue follows, are a subject and its
// appositive, with no clause for the cue to report: "Ed Moss, a
// historian, said the pier needs work", "The mayor, 52, said …". The
// subject runs from the first token to a comma, and the appositive
// after that comma opens with a determiner, a possessive or a number
// (an age: "Ed Moss, 52,"), or is a relative clause ("Ed Moss, who
// called it “reckless,” said the plan failed"; "The union, which
// represents nurses, said the police used force").
// Read as "<clause>, said X", the sentence made "Ed Moss, a historian"
// the words and "the pier needs work" the speaker, where a present
// verb in -s reads as a plural noun.
func appositiveClause(text string, toks []tok, k int) bool {
	// The first comma and the word after it first, from the tokens'
	// bits: most clauses before an inverted cue have no such comma, and
	// their subject is then not read.
	// A sentence's opening adverb and its comma come first: "Here in
	// Colverton, the mayor, Ann Lee, said …" (n100Opener).
	s0 := n100Opener(text, toks, 0, k)
	c := s0 + 1
	for c < k && (toks[c].word || toks[c].str(text) != ",") {
		c++
	}
	if c+1 >= k {
		return false
	}
	t := &toks[c+1]
	// Or a description and the name after it: "The mayor, Ann Lee,
	// said the plan failed".
	named := t.word && capital(t.str(text)) && toks[s0].word && (toks[s0].is(isDet) && !toks[s0].is(isPronoun) || possessivePronouns[toks[s0].low])
	if named {
		// The name may have an age and a clause of "who" after it:
		// "Her daughter, Ann Lee, 42, who took over the bakery, said
		// the shop employs 19 people" (n92WhoClause).
		n, ok := nameAt(text, toks[:k], c+1)
		named = ok && n.from == c+1 && (n.to == k || n.to+2 == k && toks[n.to].str(text) == "," && n104Age(&toks[n.to+1]) || n92WhoClause(text, toks, n.to, k))
	}
	// Or a participle's phrase: "Ann Lee, speaking to reporters, said
	// the plan failed".
	ptcp := t.word && !capital(t.str(text)) && len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && toks[c-1].word && (toks[c-1].is(isPerson) || capital(toks[c-1].str(text)) && !toks[s0].is(isDet)) // a person's name or description, not a clause: "The ferry sank, killing two, said …"
	if !named && !ptcp && !(text[t.s] >= '0' && text[t.s] <= '9' || numberTok(t) || t.word && (t.is(isDet) || k1Possessives[t.low] || t.low == "who" || t.low == "whose" || t.low == "which")) {
		return false
	}
	f, e := subjectAt(text, toks, s0, k)
	// The subject ends at that comma, or at a party label before it:
	// "Rep. Jim Clyburn (D-S.C.), the assistant leader, said".
	return f.ok && f.pronoun == "" && (e == c || e < c && toks[e].str(text) == "(" && toks[c-1].str(text) == ")")
}

// invertedPlural reads a subject of lower-case words after an inverted cue
// that ends with a plural noun and has no article: "…, said police",
// "…, noted local officials", "…, argued staff". subjectAt reads a bare
// plural only before a cue. It returns the token after the subject.
func invertedPlural(text string, toks []tok, k int) (found, int) {
	for j := k; j < len(toks) && j < k+3; j++ {
		t := &toks[j]
		if !t.word || capital(t.str(text)) || t.is(isFunction|isAuxiliary|isCue|isAdverb|isFinite|isPronoun) {
			break
		}
		if len(t.low) > 3 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && !strings.HasSuffix(t.low, "’s") && !strings.HasSuffix(t.low, "'s") || t.is2(isGroupNoun) {
			sp := doc.Span{Start: toks[k].s, End: t.e}
			return found{subj: sp, name: text[sp.Start:sp.End], ok: true}, j + 1
		}
	}
	return found{}, k
}

// phrasePronouns end a subject as the object of its preposition:
// "many of them", "many of whom", "those close to him".
var phrasePronouns = map[string]bool{"him": true, "her": true, "them": true, "us": true, "whom": true}

// nearAdjectives stand before "to" or "with" ("aware" before "of") in a
// phrase that says who knows a person or a matter: "those close to
// him", "people familiar with them", "sources aware of the deal".
var nearAdjectives = map[string]bool{"close": true, "familiar": true, "loyal": true, "near": true, "aware": true}

// nearHead returns the word before the first of nearAdjectives among
// the first three words of subj, the head of a phrase such as "those
// close to him" or "two people familiar with it", whose number is the
// verb's.
func nearHead(subj string) (string, bool) {
	prev, i := "", 0
	for w := range strings.FieldsSeq(subj) {
		if i > 3 {
			break
		}
		if i > 0 && classOf2(lexOfWord(w))&isNearAdjective != 0 { // nearAdjectives[strings.ToLower(w)], without the string or hashing
			return prev, true
		}
		prev = w
		i++
	}
	return "", false
}

// phraseSubject reads a subject with a phrase that nounPhrase turns
// away, running from toks[0] up to the verb at toks[c]: a relative
// clause on "who" ("as an aide who was at the meeting has said"), a
// phrase of people near someone or briefed on something ("as those
// close to him have said", "as two officials briefed on the plan have
// said"), or a part of a group ("as many of them have said").
func phraseSubject(text string, toks []tok, c int) found {
	if c < 2 || c > 10 {
		return found{}
	}
	if g := whoSubject(text, toks, c); g.ok {
		return g
	}
	if g := nearSubject(text, toks, c); g.ok {
		return g
	}
	if g := pronounPhrase(text, toks, c-1); g.ok && g.subj.Start == toks[0].s {
		return g
	}
	return found{}
}

// nearSubject reads a subject of people near someone that runs from
// toks[0] up to a cue at toks[c]: "people close to the mayor", "two
// aides familiar with the plan", "those close to him", "officials
// briefed on the talks". The head, a plural or "those", stands right
// before one of nearAdjectives and "to" or "with", or one of
// briefedWords and a preposition; no punctuation comes before the cue.
func nearSubject(text string, toks []tok, c int) found {
	for i := 1; i < 4 && i+2 < c; i++ {
		if !((toks[i+1].low == "to" || toks[i+1].low == "with" || toks[i+1].low == "of" && toks[i].low == "aware") && toks[i].is2(isNearAdjective) || toks[i+1].is(isPrep) && briefedWords[toks[i].low]) { // the next word first: it spares most words the lookups
			continue
		}
		if h := toks[i-1].low; h != "those" && !pluralWord(h) || toks[i-1].is(isPronoun) && h != "those" {
			return found{}
		}
		for j := 0; j < c; j++ {
			if !toks[j].word || j < i-1 && toks[j].is(isCue|isAuxiliary) {
				return found{}
			}
		}
		sp := doc.Span{Start: toks[0].s, End: toks[c-1].e}
		return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
	}
	return found{}
}

// briefedWords are participles that tell how people know what they
// say, before a preposition: "officials briefed on the plan", "people
// involved in the talks".
var briefedWords = map[string]bool{"briefed": true, "involved": true}

// pronounPhrase reads a subject that ends with a pronoun after a
// preposition right before a cue at toks[k+1]: a part of a group ("Many
// of them say", "…, many of whom say", "two of us said") or people near
// someone ("Those close to him say", "aides close to her said"). The
// pronoun alone would name the one the phrase is about. The phrase opens
// its clause: the sentence's start, a comma or a word that leads a
// clause comes before it.
func pronounPhrase(text string, toks []tok, k int) found {
	if k < 2 || !toks[k].word || !toks[k].is2(isPhrasePronoun) || !toks[k-1].word {
		return found{}
	}
	h := -1
	switch p := toks[k-1].low; {
	case p == "of" && toks[k-2].word && (toks[k-2].is(isQuantifier) || numberTok(&toks[k-2]) || toks[k-2].low == "none" || toks[k-2].low == "each" || toks[k-2].low == "one"):
		h = k - 2
	case (p == "to" || p == "with") && k >= 3 && toks[k-2].is2(isNearAdjective) && toks[k-3].word:
		h = k - 3
		if hw := toks[h].low; hw != "those" && hw != "people" && hw != "sources" && !(len(hw) > 3 && strings.HasSuffix(hw, "s") && !toks[h].is(isFunction|isCue)) {
			return found{}
		}
		if h > 0 && toks[h-1].word && (toks[h-1].is(isDet) || !toks[h-1].is(isFunction)) && !toks[h-1].is(isClauseLead) {
			h-- // "two people close to him", "senior aides close to her"
		}
	default:
		return found{}
	}
	if h > 0 && toks[h-1].word && !toks[h-1].is(isClauseLead) {
		return found{}
	}
	sp := doc.Span{Start: toks[h].s, End: toks[k].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
}

// statedPast reports whether toks[i] is a past form in -ed of a verb
// of the lexicon that states a clause (class 's' or 'k') but is no cue
// word, or its base form (or that of a verb of speech to someone, class
// 'o'), or a present view of presentStance, and ends its clause: "…,
// analysts estimated.", "…, analysts estimate.", "…, experts think." subjectAt reads a bare
// plural before it as before a cue. A word after it makes it more often
// a participle of a reduced relative ("figures published by the
// ministry"), which is left alone.
func statedPast(toks []tok, i int) bool {
	t := &toks[i]
	if !t.is(isReporting) || i+1 < len(toks) && toks[i+1].word {
		return false
	}
	if presentStance[t.low] {
		return true
	}
	past := strings.HasSuffix(t.low, "ed")
	for _, s := range t.senses() {
		if s.particle == "" && (past && (s.class == 's' || s.class == 'k') || s.base && !s.ing && (s.class == 's' || s.class == 'k' || s.class == 'o')) {
			return true // a base form too: "…, analysts estimate.", "…, critics charge." (fiftieth session)
		}
	}
	return false
}

// postModifiers open a phrase that modifies the noun before it, after
// the subject of an inverted cue: "…, said two people familiar with the
// talks", "…, said a senior official who asked not to be named",
// "…, said residents of the town". Prepositions of place and time are
// left out: "…, said officials at a news conference" puts the verb, not
// the officials, there (see pluralOfAfterCue).
var postModifiers = map[string]bool{"who": true, "familiar": true, "close": true, "of": true, "for": true, "involved": true, "briefed": true}

// invertedPostModified widens a description after an inverted cue, g read up to
// toks[e], over the phrase that modifies it up to the sentence's end,
// when that phrase is a modifier (postModifiers) and, unless a relative
// "who" opens it, holds no finite verb: "…, said police in the town
// were …" reports a clause and is left as read. A comma ends no such
// phrase: "…, said the event brought back memories of her father, and
// …" is a clause after "said" that a description misread. Names are
// left to the readers of names (trailingOK).
func invertedPostModified(text string, toks []tok, g found, e int) found {
	if !g.ok || g.pronoun != "" || capital(g.name) || e >= len(toks) || !toks[e].word || e == 0 {
		return g
	}
	if h := &toks[e-1]; !h.is(isPerson) && !pluralWord(h.low) && !postModifiers[h.low] {
		return g // a thing, no speaker: "…, demanded a glass of liquor", "…, expressed the need for more light"
	}
	if !postModifiers[toks[e].low] && !((toks[e].low == "with" || toks[e].low == "to" || toks[e].is(isPrep)) && postModifiers[toks[e-1].low]) {
		return g // "familiar with", "close to", "briefed on": the adjective or participle is read already
	}
	rel := toks[e].low == "who"
	end := e
	for end < len(toks) {
		if !toks[end].word && toks[end].str(text) != ")" || !rel && (toks[end].is(isAuxiliary) || toks[end].is(isFinite)) {
			return g
		}
		end++
	}
	if end == e+1 && !rel {
		return g // a preposition alone
	}
	g.subj.End = toks[end-1].e
	g.name = text[g.subj.Start:g.subj.End]
	g.whole = true
	return g
}

// whoSubject reads a subject with a relative clause on "who"
// before a cue at toks[c] that ends the sentence: "…, a senior official
// who asked not to be named said". The head is read from toks[0]; the
// clause runs to the cue with no punctuation in it.
func whoSubject(text string, toks []tok, c int) found {
	for w := 1; w < c-1 && w < 6; w++ {
		if toks[w].low != "who" {
			continue
		}
		if f, e := subjectAt(text, toks, 0, w); !f.ok || e != w || f.pronoun != "" {
			return found{}
		}
		for j := w + 1; j < c; j++ {
			if !toks[j].word {
				return found{}
			}
		}
		sp := doc.Span{Start: toks[0].s, End: toks[c-1].e}
		return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
	}
	return found{}
}

// pluralOpener reports whether the sentence opens with one plural noun
// and a comma, a subject that a cue between commas splits from its
// verb: "Talks, officials said, will resume on Monday".
func pluralOpener(text string, toks []tok) bool {
	t := &toks[0]
	return len(toks) > 3 && t.word && asideMark(text, &toks[1]) && len(t.low) > 3 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && !t.is(isFunction|isAdverb|isPronoun) && !t.adverbish()
}

// nameOpener reports whether the sentence opens with one capitalised
// word that may be a name and a comma: a subject that a cue between
// commas splits from its verb, as pluralOpener's ("Krantz, she said,
// was a careful writer"); the caller asks for the finite verb after
// the cue that tells it from an interjection ("Well, she said, …").
func nameOpener(text string, toks []tok) bool {
	t := &toks[0]
	return len(toks) > 3 && t.word && asideMark(text, &toks[1]) && len(t.low) > 1 && capital(t.str(text)) && !t.is(isFunction|isAdverb|isPronoun|isTimeWord) && !t.adverbish()
}

// leadOpener reports whether the sentence opens with one adverb that
// leads a clause and a comma ("Now, he said, the pier is old", "Still,
// officials warned, …"): the adverb is the clause's, which resumes after
// the cue between commas. An interjection ("Well", "Thanks") is no lead.
func leadOpener(text string, toks []tok) bool {
	return len(toks) > 5 && toks[0].word && asideMark(text, &toks[1]) && (toks[0].is(isClauseLead) || toks[0].low == "today" || toks[0].low == "yesterday" || toks[0].low == "tonight")
}

// leadClause reports whether the words from toks[i] on, after a cue
// between commas that follows a lead adverb, are a clause of their own
// that the cue reports: a verb and at least three words, or a subject
// pronoun and a word after it, and neither a
// participle nor a subordinator first ("Now, he said, the pier is
// old"; not "But, I say, being there, …" nor "Indeed, I have observed,
// though it may seem …, that …"). A first or second person's present
// ("I say", "you know") is the speaker's own aside.
func leadClause(toks []tok, i int, g found, cue string) bool {
	if i >= len(toks) || !toks[i].word || toks[i].is(isSubordinator) || strings.HasSuffix(toks[i].low, "ing") {
		return false
	}
	if !(hasVerb(toks[i:]) && wordsAtLeast(toks[i:], 3) || toks[i].is(isSubjectPronoun) && toks[i].low != "who" && wordsAtLeast(toks[i:], 2)) {
		return false // a subject pronoun opens a clause whatever its verb: "Then, she said, she left"
	}
	if (g.pronoun == "i" || g.pronoun == "we" || g.pronoun == "you") && !strings.HasSuffix(cue, "ed") && cue != "said" && cue != "told" && cue != "wrote" {
		return false
	}
	return true
}

// dashAt reports whether t is a dash, which sets an aside off as commas
// do: "The ferry — police said — was late".
func dashAt(text string, t *tok) bool {
	if t.e-t.s != len("—") { // both dashes are three bytes in UTF-8: most tokens stop here
		return false
	}
	s := text[t.s:t.e]
	return s == "—" || s == "–"
}

// asideMark reports whether t is a comma or a dash, the marks that end
// an aside.
func asideMark(text string, t *tok) bool {
	return t.e-t.s == 1 && text[t.s] == ',' || dashAt(text, t)
}

// infinitiveAt reports whether toks[a] is "to" before a verb rather
// than before the one spoken to ("…, she said to reporters"): an
// auxiliary or a base form of the lexicon ("…, the board has proved to
// be weak", "…, the mayor has vowed to fight"), so the cue has an
// infinitive of its own and is no trailing cue.
func infinitiveAt(text string, toks []tok, a int) bool {
	if toks[a].low != "to" || a+1 >= len(toks) || !toks[a+1].word {
		return false
	}
	n := &toks[a+1]
	if n.low == "be" && a+2 < len(toks) && frankAdjectives[toks[a+2].low] {
		return false // "…, Ed Moss said to be clear": a comment on the saying, which stays a trailing cue
	}
	return !capital(n.str(text)) && (n.is(isAuxiliary) || n.is(isReporting) && allBase(n.senses()))
}

// frankAdjectives follow "to be" in a comment on how frankly one
// speaks ("to be clear", "to be fair", "to be honest", "to be sure"),
// no infinitive that the verb governs.
var frankAdjectives = map[string]bool{"clear": true, "fair": true, "honest": true, "sure": true, "frank": true}

// opensWithCue reports whether a cue word stands among the first six
// words before toks[k]: the clause is already attributed by its own
// verb, which a trailing cue after words in marks repeats.
func opensWithCue(toks []tok, k int) bool {
	for j, n := 0, 0; j < k && n < 6; j++ {
		if toks[j].word {
			if toks[j].is(isCue) {
				return true
			}
			n++
		}
	}
	return false
}

// closingMarks returns how many closing quotation marks follow the
// comma at toks[k] with no space: words in marks that end a reported
// clause ("… that the priority “is keeping the pier open,” Ed Moss
// said") put their comma inside the marks, and the cue follows them.
func closingMarks(text string, toks []tok, k int) int {
	m := 0
	for j := k + 1; j < len(toks) && m < 2 && !toks[j].word && toks[j].s == toks[j-1].e; j++ {
		if s := toks[j].str(text); s != "”" && s != "’" && s != "'" && s != "''" && s != "\"" {
			break
		}
		m++
	}
	return m
}

// thatClauseAfter reports whether a "that" opening a clause follows
// toks[a], past a phrase of time or place and before any comma: the
// verb before the phrase reports that clause ("X said at an event in
// May that …"), so it is no trailing cue.
func thatClauseAfter(text string, toks []tok, a int) bool {
	for j := a; j+1 < len(toks) && j < a+12; j++ {
		if !toks[j].word {
			if s := toks[j].str(text); s == "," || boundary(text, toks, j) {
				if q := n42Aside(text, toks, j); s == "," && j > a && q > 0 && q+2 < len(toks) && toks[q+1].low == "that" {
					n := &toks[q+2] // an appositive: "…, residents complained to the paper, the Sentinel, that …"
					return !n.word || n.is(isDet) || n.is(isSubjectPronoun) || capital(n.str(text))
				}
				return false
			}
			continue
		}
		if toks[j].lower(text) == "that" && j > a {
			n := toks[j+1]
			return !n.word || n.is(isDet) || n.is(isSubjectPronoun) || capital(n.str(text))
		}
	}
	return false
}

// particleAfter reports whether the word after the cue toks[c] is the
// particle of one of its senses ("called on", "pointed out"), not a
// day after it ("called on Monday").
func particleAfter(text string, toks []tok, c int) bool {
	if c+1 >= len(toks) || !toks[c+1].word {
		return false
	}
	p := toks[c+1].lower(text)
	if c+2 < len(toks) && toks[c+2].is(isTimeWord) {
		return false
	}
	for _, s := range toks[c].senses() {
		if s.particle != "" && firstWord(s.particle) == p {
			return true
		}
	}
	return false
}

// perfectAux make a perfect with a participle: "has learned".
var perfectAux = map[string]bool{"has": true, "have": true, "had": true}

// trailingSense reports whether w, not in cues.txt, is a verb of
// reporting.txt that may end a sentence as its attribution: any form
// of a verb of speech ("…, he acknowledges", "…, she notes"), or a
// participle of cognition or evidence after a perfect ("…, the paper
// has learned", "…, researchers have found"), which reports what the
// source found out. A bare verb of thought ("…, officials believe.")
// is not read: it is as often the writer's hedge. A verb of speech to
// someone stands there with no addressee as one of speech does ("…, it
// warns, …", "…, she warns.").
//
// senses are reporting[w], which the caller's token carries.
func trailingSense(senses []verbSense, w string, perfect bool) bool {
	for _, s := range senses {
		if s.particle != "" || s.ing {
			continue
		}
		if s.class == 'c' && presentStance[w] {
			return true // "…, police believe": a present view, as news reports it
		}
		if s.class == 's' || s.class == 'k' || s.class == 'o' || perfect && (s.class == 'c' || s.class == 'v') && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "wn") || w == "found") {
			return true
		}
		if s.class == 'x' && n111Ruling(w) {
			return true // "…, an employment tribunal has ruled.", "…, the judge ruled." (n111_readings.go)
		}
	}
	return false
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// clauseEnd returns the end of sentence s without trailing space and
// final punctuation.
func clauseEnd(text string, s doc.Span) int {
	if i := strings.IndexByte(text[s.Start:s.End], ';'); i > 0 {
		s.End = s.Start + i // a second clause after a semicolon is the author's
	}
	return clauseEndFree(text, s)
}

// clauseEndFree is clauseEnd for a clause s that holds no semicolon:
// indirect knows that of most sentences it reads (semicolonAfter), and
// the search of each clause's bytes for one is not made again.
func clauseEndFree(text string, s doc.Span) int {
	t := text[s.Start:s.End]
	// Most clauses end in a letter or digit and one full stop, question or
	// exclamation mark, of which the loop and trimEndMarks below trim
	// the mark alone: told at once, from the last two bytes
	// (attributions asks it of every clause it reads).
	if n := len(t); n >= 2 && (t[n-1] == '.' || t[n-1] == '?' || t[n-1] == '!') && asciiWord[t[n-2]] {
		return s.Start + n - 1
	}
	return s.Start + len(clauseTrim(t))
}

// clauseTrim is clauseEnd's trimming of a clause t (cut at its
// semicolon): trailing space, note markers and final punctuation.
func clauseTrim(t string) string {
	for {
		t = blankSet.trimRight(t)
		if u := trimNoteTail(t); strings.HasSuffix(u, "[") || strings.HasSuffix(t, "]") {
			if i := strings.LastIndexByte(t, '['); i > 0 && strings.HasSuffix(t, "]") {
				t = t[:i] // a note marker: "…October.[4]"
				continue
			}
		}
		break
	}
	return trimEndMarks(t)
}

// asCue reads a comment clause of comparison with "as" that opens the
// sentence or stands between commas: "As Ed Moss noted, the pier is
// old", "The pier, as the engineers have pointed out, is old". The
// clause says whose view the rest of the sentence is, as a trailing
// "…, Ed Moss noted" does. Only verbs of speech and evidence are read,
// and only where a comma follows the verb (and its particle) at once,
// so that a clause of time ("As she spoke to the crowd, …", "As the
// poll closed, …") is not taken. It returns the attribution, its
// content (the sentence without the clause) and the offsets the clause
// covers, or ok false.
func asCue(text string, toks []tok, s doc.Span, end int) (found, []doc.Span, doc.Span, bool) {
	for k := 0; k+3 < len(toks) && k < 40; k++ {
		if toks[k].low != "as" || k > 0 && toks[k-1].str(text) != "," || asNot[toks[k+1].low] {
			continue // not "as if startled by …", "as to what they advised"
		}
		for c := k + 2; c < len(toks) && c < k+14; c++ {
			t := toks[c]
			if !t.word {
				if w := t.str(text); w == "." || w == "’s" || w == "'s" || handleMark(text, toks, c) {
					continue // "Mr.", "the mayor's", "one user @pierfan"
				}
				break
			}
			if t.low == "as" || t.low == "that" || t.low == "if" || t.low == "when" {
				break
			}
			e := 0 // the token after the verb and its particle
			for _, sn := range t.senses() {
				if sn.class != 's' && sn.class != 'k' && sn.class != 'v' || sn.ing {
					continue
				}
				if sn.particle == "" {
					e = c + 1
					break
				}
				if !strings.Contains(sn.particle, " ") && c+1 < len(toks) && toks[c+1].low == sn.particle {
					e = c + 2
					break
				}
			}
			if e == 0 && t.low == "put" && c+1 < len(toks) && toks[c+1].low == "it" {
				e = c + 2 // "as one rider put it,": the speaker's way of saying it
			}
			if e == 0 && (t.low == "sees" || t.low == "see" || t.low == "saw") && c+1 < len(toks) && toks[c+1].low == "it" {
				e = c + 2 // "as the mayor sees it,": the source's view of it
			}
			if e == 0 && (t.low == "saw" || t.low == "seen") {
				e = c + 1 // "as we saw in 2011,", "as we have seen,": what the source saw is the evidence; the comma must follow
			}
			if e == 0 {
				continue
			}
			ve := e // the end of the verb, for the cue
			if e < len(toks) && toks[e].word && toks[e].is(isPrep) {
				// A short phrase of place or time before the comma: "as
				// the harbour master put it in a note to the council,".
				for j := e + 1; j < len(toks) && j < e+14 && (toks[j].word || initialStop(text, toks, j)); j++ {
					if j+1 < len(toks) && toks[j+1].str(text) == "," {
						e = j + 1
						break
					}
				}
			}
			// A clause that ends the sentence: "The ferry was late, as
			// police have said." Only the full stop may follow the
			// verb, so "…, as the staff said goodbye" is no comment.
			final := k > 0 && (e >= len(toks) || e == len(toks)-1 && sentenceStop(toks[e].str(text))) && finiteCue(text, toks, c)
			if !final && (e >= len(toks) || toks[e].str(text) != "," || e+1 >= len(toks) || !toks[e+1].word) {
				break
			}
			// The subject: the words between "as" and the verb, less an
			// auxiliary and adverbs before the verb.
			se := c
			for se > k+1 && (toks[se-1].is(isPerfectAux) || final && modalWords[toks[se-1].low] || toks[se-1].low == "’ve" || toks[se-1].low == "'ve" || toks[se-1].low == "did" || toks[se-1].adverbish()) {
				se--
			}
			if se <= k+1 {
				break
			}
			var g found
			if w := toks[se-1].low; se == k+2 && (strings.HasSuffix(w, "’ve") || strings.HasSuffix(w, "'ve")) {
				// "as I've noted": the pronoun and the auxiliary are one token.
				p := toks[k+1]
				p.e -= len("’ve")
				if strings.HasSuffix(w, "'ve") {
					p.e = toks[k+1].e - len("'ve")
				}
				g = found{subj: doc.Span{Start: p.s, End: p.e}, pronoun: strings.ToLower(text[p.s:p.e]), ok: true}
			} else if se == k+2 && toks[k+1].is(isPronoun) {
				g = found{subj: doc.Span{Start: toks[k+1].s, End: toks[k+1].e}, pronoun: toks[k+1].low, ok: true}
			} else {
				// A noun phrase of a few words: "many lawyers", "one of
				// the mayor's advisers", "the latest poll".
				if se-(k+1) <= 8 && nounPhrase(text, toks[k+1:se]) {
					sp := doc.Span{Start: toks[k+1].s, End: toks[se-1].e}
					g = found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
				} else if g = phraseSubject(text, toks[k+1:], se-(k+1)); !g.ok {
					break
				}
			}
			g.cue = doc.Span{Start: t.s, End: toks[ve-1].e}
			if final {
				return g, []doc.Span{{Start: s.Start, End: toks[k-1].s}}, doc.Span{Start: toks[k].s, End: end}, true
			}
			clause := doc.Span{Start: toks[k].s, End: toks[e].e}
			var content []doc.Span
			if k > 0 && !(k == 2 && toks[0].is(isClauseLead)) { // not "Yet," alone
				content = append(content, doc.Span{Start: s.Start, End: toks[k-1].s})
			}
			if toks[e+1].s < end {
				content = append(content, doc.Span{Start: toks[e+1].s, End: end})
			}
			if len(content) == 0 {
				break
			}
			return g, content, clause, true
		}
	}
	return found{}, nil, doc.Span{}, false
}

// asNot follow an "as" that opens no comment clause on who said it:
// "as if", "as though", "as to", "as well".
var asNot = map[string]bool{"if": true, "though": true, "to": true, "well": true}

// modalWords may stand between the subject and the verb of an "as"
// clause that ends the sentence: "…, as Jo would say".
var modalWords = map[string]bool{"would": true, "might": true, "could": true, "will": true, "may": true, "can": true, "should": true, "must": true}

// finiteCue reports whether the verb at toks[c] of an "as" clause that
// ends its sentence is a verb, not a noun of the same spelling: a cue
// word, a form in -ed or -s, or a base form after an auxiliary ("as
// the Good Book says", "as police have said", "as Jo would say"; not
// "as if startled by the sound of a human voice").
func finiteCue(text string, toks []tok, c int) bool {
	t := &toks[c]
	if t.is(isCue) || strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "s") {
		return true
	}
	return c > 0 && toks[c-1].word && (toks[c-1].is(isAuxiliary) || modalWords[toks[c-1].low])
}

// presentStance are present forms of verbs of belief that may follow
// the content as its cue: "…, police believe", "…, experts think". Their
// past forms are left out: "…, she thought" narrates a character's
// mind in fiction far more often than it reports a view.
var presentStance = map[string]bool{"believe": true, "believes": true, "think": true, "thinks": true, "suspect": true, "suspects": true, "fear": true, "fears": true}

// sentenceStop reports whether w ends a sentence.
func sentenceStop(w string) bool {
	return w == "." || w == "!" || w == "?"
}

// initialStop reports whether toks[j] is the full stop of an initial
// or a title inside a name ("John Q. Public", "Mr. Moss"): a capital
// letter alone, or a title, right before it, a capitalised word after.
func initialStop(text string, toks []tok, j int) bool {
	if j < 1 || j+1 >= len(toks) || toks[j].str(text) != "." || toks[j].s != toks[j-1].e || !toks[j+1].word || !capital(toks[j+1].str(text)) {
		return false
	}
	w := toks[j-1].str(text)
	_, title := titles[toks[j-1].low]
	return len(w) == 1 && capital(w) || title
}

// handleMark reports whether toks[c] is the "@" of a social media
// handle, joined to the word after it: "one user @pierfan".
func handleMark(text string, toks []tok, c int) bool {
	return c+1 < len(toks) && toks[c].str(text) == "@" && toks[c+1].word && toks[c+1].s == toks[c].e
}

// nounPhrase reports whether toks are words of a noun phrase: no verb of
// reporting, pronoun after the first word, or relative word in them,
// and the last one no function word.
func nounPhrase(text string, toks []tok) bool {
	for i, t := range toks {
		w := t.lower(text)
		if !t.word && w != "." && w != "’s" && w != "'s" && !handleMark(text, toks, i) || i > 0 && pronouns[w] || w == "who" || w == "that" || w == "which" || len(t.senses()) > 0 && i == len(toks)-1 {
			return false
		}
	}
	return !toks[len(toks)-1].is(isFunction)
}

// pluralDescribed reads a bare plural noun and a phrase after it up to
// the cue at toks[c] as the subject of a trailing cue: "…, advisers to
// the mayor say, …", "…, officials in the city said." (describedBy
// takes a subject that a determiner or a name opens; a bare plural is a
// subject of its own only right before its verb). At most two words
// before the preposition, the last a plural noun; the phrase is words
// only, with no cue, pronoun or relative word, at most eight tokens.
func pluralDescribed(text string, toks []tok, c int) found {
	p := -1
	for j := 0; j < c && j < 3; j++ {
		if j > 0 && toks[j].is(isPostPreposition) {
			p = j
			break
		}
		if !toks[j].word || toks[j].is(isFunction|isCue|isAdverb|isPhraseStop) {
			return found{}
		}
	}
	if p < 1 || c-p > 8 || !pluralNoun(toks[p-1].lower(text)) || capital(toks[p-1].str(text)) || toks[p-1].is(isReporting) {
		return found{}
	}
	for j := p + 1; j < c; j++ {
		w := toks[j].lower(text)
		if !toks[j].word && w != "." && w != "’s" && w != "'s" || cues[w] || pronouns[w] || w == "who" || w == "that" || w == "which" {
			return found{}
		}
	}
	sp := doc.Span{Start: toks[0].s, End: toks[c-1].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true}
}

// timePhrase reports whether toks, the words between a cue and the comma
// that ends its aside, say when: "on Monday", "last week", "earlier",
// so that the clause resumes after the comma ("Talks, officials said on
// Monday, will resume"). Other words there ("said in a statement,
// adding …") may begin a phrase of the cue's own.
func timePhrase(toks []tok) bool {
	if len(toks) == 0 {
		return false
	}
	for i := range toks {
		t := &toks[i]
		if !t.word || !(t.is(isTimeWord) || i == 0 && (t.low == "on" || t.low == "last" || t.low == "this") && len(toks) > 1) {
			return false
		}
	}
	return true
}

// theName reports whether rest[a] is a lower-case "the" before a
// capitalised word: a paper or an agency told, "the Associated Press",
// which the capital test on rest[a] alone does not see.
func theName(text string, rest []tok, a int) bool {
	return a+1 < len(rest) && rest[a].low == "the" && rest[a+1].word && capital(rest[a+1].str(text))
}
