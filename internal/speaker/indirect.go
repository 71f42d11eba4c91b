package speaker

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Cue words that report speech in an indirect quotation. Words of the
// lexicon that rarely introduce a reported clause ("went", "began",
// "laughed") are left out.
var (
	// bareCues take a clause without "that" when a subject opens it ("X
	// said he would go").
	bareCues = map[string]bool{"say": true, "says": true, "said": true, "claim": true, "claims": true, "claimed": true, "argue": true, "argues": true, "argued": true, "insist": true, "insists": true, "insisted": true, "add": true, "adds": true, "added": true, "note": true, "notes": true, "noted": true, "wrote": true, "writes": true, "warned": true, "warns": true, "predicted": true, "predicts": true, "suggested": true, "suggests": true, "acknowledged": true, "acknowledges": true, "admitted": true, "admits": true, "explained": true, "reported": true, "reports": true, "announced": true, "stated": true, "declared": true, "conceded": true, "complained": true, "recalled": true, "confirmed": true, "asserted": true}
	// objectCues take an object before "that" ("X told reporters that").
	objectCues = map[string]bool{"tell": true, "tells": true, "told": true, "warn": true, "warned": true, "promise": true, "promised": true, "answered": true, "reminded": true, "assured": true}
	// notIndirect are lexicon cues that do not report a clause.
	// thinkCues report a belief or a finding rather than speech: they
	// take an indirect quotation but never a direct one.
	thinkCues = map[string]bool{"believe": true, "believes": true, "believed": true, "think": true, "thinks": true, "thought": true, "found": true, "finds": true, "estimate": true, "estimates": true, "estimated": true, "expect": true, "expects": true, "expected": true, "fear": true, "fears": true, "feared": true, "hope": true, "hopes": true, "hoped": true, "agree": true, "agrees": true, "agreed": true, "show": true, "shows": true, "showed": true, "indicate": true, "indicates": true, "indicated": true, "allege": true, "alleges": true, "alleged": true, "contend": true, "contends": true, "contended": true, "maintain": true, "maintains": true, "maintained": true, "emphasized": true, "stressed": true, "mentioned": true, "revealed": true}
	// timeWords may stand between a cue and "that": "said Friday that".
	timeWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "yesterday": true, "today": true, "tonight": true, "earlier": true, "recently": true, "previously": true, "repeatedly": true, "publicly": true, "privately": true, "now": true, "often": true, "again": true, "also": true, "last": true, "week": true, "month": true, "year": true}
	// quantities after a determiner make an object, not a clause's
	// subject: "says a lot about ferries", "said a great deal".
	quantities = map[string]bool{"lot": true, "bit": true, "little": true, "few": true, "great": true, "good": true}
	// clauseOpeners open a reported clause without "that".
	clauseOpeners = map[string]bool{"it": true, "there": true, "this": true, "these": true, "those": true, "it’s": true, "it's": true, "there’s": true, "there's": true, "that’s": true, "that's": true}
	notIndirect   = map[string]bool{"went": true, "began": true, "begin": true, "begins": true, "continue": true, "continued": true, "laugh": true, "laughed": true, "sigh": true, "sighed": true, "cry": true, "cried": true, "written": true, "post": true, "posted": true, "tweet": true, "tweeted": true, "joke": true, "joked": true, "ask": true, "asks": true, "asked": true}
)

// reportCues are the words that may report a clause: cues of any kind,
// less notIndirect. One map, built once, so each word of a sentence is
// looked up once.
var reportCues = func() map[string]bool {
	set := map[string]bool{}
	for _, m := range []map[string]bool{cues, thinkCues, bareCues, objectCues} {
		for w := range m {
			if !notIndirect[w] {
				set[w] = true
			}
		}
	}
	return set
}()

// indirectReach bounds how far into a sentence the cue of an indirect
// quotation is looked for.
const indirectReach = 800

// indirect adds the indirect quotations of d: sentences that report
// speech or belief, "X said that <clause>", "X claims <clause>", "X told
// Y that <clause>", "X believes <clause>", "according to X, <clause>",
// "<clause>, according to X", "<clause>, sources said", "<clause>, the
// council says, <clause>". The reported clause runs to the end of the
// sentence without its final punctuation, a note marker or what follows
// a semicolon (or up to the comma before a trailing attribution); it is
// the Content (two parts around an attribution between commas) and
// spans the Span. Without "that", the clause must open with a subject
// (a pronoun, a name, a determiner, "it", "there") or reach a finite
// verb within a few words ("said praise from Putin would not …"). The
// subject may be a name, a pronoun that resolves to a name (one that
// does not is no attribution), or a description, "a source", "Republican
// officials", kept as the name unless it resolves to a person the text
// gave that role. A sentence may hold phrases in marks (mixed, scare,
// title) when the clause encloses them whole and has words of its own:
// they become its children; a direct quotation has its own attribution.
// At most one per sentence. They are merged into d.Quotes by Start,
// parents first, with every Parent index remapped.
func (a *attributor) indirect() {
	d := a.d
	names := map[string]bool{}
	for _, m := range a.mentions {
		names[m.text] = true
	}
	var add []doc.Quote
	var children [][]int // per added quotation, the old indexes of the quotations it encloses
	for _, s := range d.Sentences {
		parent, inner, blocked, ok := a.sentenceQuotes(s.Span)
		if !ok {
			continue
		}
		// Each clause between semicolons is read on its own: "It is
		// unlikely; her team says she will go on."
		for _, part := range semicolonParts(d.Text, s.Span) {
			toks := a.ix.tokens(part.Start, min(part.End, part.Start+indirectReach))
			for _, q := range a.attributions(toks, part, parent, blocked) {
				kids, ok := a.within(q.Span, parent, inner)
				if ok {
					add = append(add, q)
					children = append(children, kids)
				}
			}
		}
	}
	// By Start, for the merge; several may come from one sentence.
	order := make([]int, len(add))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return add[order[i]].Start < add[order[j]].Start })
	sortedAdd := make([]doc.Quote, len(add))
	sortedKids := make([][]int, len(add))
	for i, o := range order {
		sortedAdd[i], sortedKids[i] = add[o], children[o]
	}
	add, children = sortedAdd, sortedKids
	if len(add) == 0 {
		return
	}
	// Merge: existing quotations first at equal Start (an indirect one is
	// never a parent).
	old := d.Quotes
	merged := make([]doc.Quote, 0, len(old)+len(add))
	remap := make([]int, len(old))
	var newAt []int
	i, j := 0, 0
	for i < len(old) || j < len(add) {
		if j >= len(add) || i < len(old) && old[i].Start <= add[j].Start {
			remap[i] = len(merged)
			merged = append(merged, old[i])
			i++
		} else {
			newAt = append(newAt, len(merged))
			merged = append(merged, add[j])
			j++
		}
	}
	for k := range merged {
		if p := merged[k].Parent; p >= 0 {
			merged[k].Parent = remap[p]
		}
	}
	for j, kids := range children {
		for _, c := range kids {
			merged[remap[c]].Parent = newAt[j]
		}
	}
	d.Quotes = merged
	a.words = nil
}

// enclosingWith is enclosing for a sentence that may hold quotations in
// marks: it returns the quotation whose words hold the whole sentence
// (or -1) and the quotations under it that start in the sentence, all of
// which must end in it and be mixed, scare quotes or titles (a direct
// quotation has its own attribution); ok is false otherwise.
func (a *attributor) enclosingWith(s doc.Span) (parent int, inner []int, ok bool) {
	parent, ok = a.enclosing(doc.Span{Start: s.Start, End: s.Start})
	if !ok {
		return -1, nil, false
	}
	qs := a.d.Quotes
	if parent >= 0 && !slices.ContainsFunc(qs[parent].Content, func(c doc.Span) bool { return c.Start <= s.Start && s.End <= c.End }) {
		return -1, nil, false
	}
	k := sort.Search(len(qs), func(k int) bool { return qs[k].Start >= s.Start })
	for ; k < len(qs) && qs[k].Start < s.End; k++ {
		q := &qs[k]
		if q.End > s.End || q.Kind == doc.QuoteDirect || q.Kind == doc.QuoteIndirect || len(inner) >= 8 {
			return -1, nil, false
		}
		if q.Parent == parent {
			inner = append(inner, k)
		} else if len(inner) == 0 || q.Parent < inner[0] {
			return -1, nil, false
		}
	}
	return parent, inner, true
}

// within returns which of the quotations inner (under parent) the
// reported clause at c encloses; ok is false when one crosses its edge,
// when the clause starts with one, or when the clause is nothing but
// them ("said that “…”" is a mixed quotation already).
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
		case q.Start <= c.Start || q.End > c.End:
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
// by narration inside s.
func (a *attributor) enclosing(s doc.Span) (int, bool) {
	qs := a.d.Quotes
	k := sort.Search(len(qs), func(k int) bool { return qs[k].Start >= s.Start })
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

// reported reads one indirect quotation in the sentence s (toks, its
// first indirectReach bytes).
func (a *attributor) reported(toks []tok, s doc.Span, parent int, names map[string]bool) (doc.Quote, bool) {
	text := a.text
	end := clauseEnd(text, s)
	var f found
	var clause, second doc.Span // second: the clause going on after a parenthetical "…, the council says, …"
	switch {
	case len(toks) > 3 && toks[0].lower(text) == "according":
		// "According to X, <clause>".
		g := accordingTo(text, toks, 0)
		if !g.ok {
			return doc.Quote{}, false
		}
		for k := 2; k < len(toks); k++ {
			if toks[k].s >= g.subj.End {
				if toks[k].str(text) == "," && k+1 < len(toks) {
					f, clause = g, doc.Span{Start: toks[k+1].s, End: end}
				}
				break
			}
		}
	default:
		// "<clause>, according to X."
		for k := 1; k+2 < len(toks); k++ {
			if toks[k].str(text) == "," && toks[k+1].lower(text) == "according" {
				if g := accordingTo(text, toks, k+1); g.ok && g.subj.End <= end && (strings.TrimSpace(text[g.subj.End:end]) == "" || strings.HasPrefix(strings.TrimSpace(text[g.subj.End:end]), ",")) {
					f, clause = g, doc.Span{Start: s.Start, End: toks[k].s}
				}
				break
			}
		}
		if f.ok {
			break
		}
		// "<clause>, X said." and "<clause>, said X."
		if g, comma, resume := trailingCue(text, toks); g.ok {
			f, clause = g, doc.Span{Start: s.Start, End: comma}
			if resume > 0 && resume < end {
				second = doc.Span{Start: resume, End: end}
			}
			break
		}
		// "X said that <clause>", and "X claimed wealth and said <clause>".
		var first found // the subject of the sentence's first cue
		for c := 1; c < len(toks) && c < 40; c++ {
			if !toks[c].word {
				continue
			}
			w := toks[c].lower(text)
			if !reportCues[w] {
				continue
			}
			if !toks[c-1].word && toks[c-1].str(text) != "," && toks[c-1].str(text) != ")" {
				continue
			}
			g := beforeCue(text, toks, c)
			if !g.ok && first.ok && toks[c-1].lower(text) == "and" {
				g = first
			}
			if !g.ok {
				continue
			}
			if !first.ok {
				first = g
			}
			k := c + 1
			if k < len(toks) && objectCues[w] && toks[k].lower(text) != "that" {
				if _, e := subjectAt(text, toks, k, len(toks)); e > k {
					k = e
				} else if toks[k].word && !capital(toks[k].str(text)) {
					k++ // "told reporters"
				}
			}
			for j := 0; j < 3 && k < len(toks) && toks[k].word && (adverbs[toks[k].lower(text)] || timeWords[toks[k].lower(text)] || toks[k].lower(text) == "on" && k+1 < len(toks) && timeWords[toks[k+1].lower(text)]); j++ {
				k++ // "said recently that", "said on Friday that"
			}
			start := -1
			switch {
			case k+1 < len(toks) && toks[k].lower(text) == "that":
				start = k + 1
				for start < len(toks) && !toks[start].word {
					start++ // "said that, when …"
				}
				if start == len(toks) {
					start = -1
				}
			case k < len(toks) && (bareCues[w] || thinkCues[w]):
				// A clause without "that" must open with a subject
				// and go on with a verb-like lower-case word.
				if h, e := subjectAt(text, toks, k, len(toks)); h.ok && e < len(toks) && toks[e].word && !capital(toks[e].str(text)) && !(k+1 < len(toks) && quantities[toks[k+1].lower(text)]) && (h.pronoun != "" || capital(h.name) || dets[toks[k].lower(text)]) {
					start = k
				} else if k+1 < len(toks) && clauseOpeners[toks[k].lower(text)] && toks[k+1].word {
					start = k // "says there was", "said it would"
				} else if finiteSoon(text, toks, k) {
					start = k // "said praise from Putin would not …"
				}
			}
			if start < 0 {
				continue // "He claimed vast wealth and said …": a later cue may report
			}
			g.cue = doc.Span{Start: toks[c].s, End: toks[c].e}
			f, clause = g, doc.Span{Start: toks[start].s, End: end}
			if clause.Start >= clause.End {
				break
			}
			if i := strings.Index(text[clause.Start:clause.End], ", but "); i > 0 {
				clause.End = clause.Start + i // a clause set against it is the author's: "X agreed that …, but did they …?"
			}
			break
		}
	}
	if !f.ok || clause.End <= clause.Start || !wordsAtLeast(a.ix.tokens(clause.Start, clause.End), 3) {
		return doc.Quote{}, false
	}
	f = widen(a.ix, f)
	nm := f.name
	switch {
	case f.pronoun == "i" || f.pronoun == "we":
		if parent >= 0 {
			nm = a.d.Quotes[parent].Speaker.Name
		} else {
			nm = a.author()
		}
	case f.pronoun != "":
		nm = a.resolveAt(f.pronoun, f.subj)
	default:
		if r := a.resolveDescription(text[f.subj.Start:f.subj.End], f.subj.Start); r != "" {
			nm = r
		}
	}
	if nm == "" {
		return doc.Quote{}, false
	}
	content := []doc.Span{clause}
	if second.End > second.Start {
		content = append(content, second)
		clause.End = second.End
	}
	q := doc.Quote{
		Span:    clause,
		Content: content,
		Kind:    doc.QuoteIndirect,
		Parent:  parent,
		Element: -1,
		Speaker: doc.Speaker{Name: nm, Mention: f.subj},
		Cue:     f.cue,
	}
	var chain []string
	if parent >= 0 {
		chain = append(chain, a.d.Quotes[parent].Chain...)
	}
	q.Chain = dedupe(append(chain, nm))
	return q, true
}

// finiteWords mark a finite verb: a clause, not an object, follows the
// cue when one of them comes within a few words ("said praise from
// Putin would not change it", not "said nothing at all").
var finiteWords = map[string]bool{"is": true, "are": true, "was": true, "were": true, "would": true, "will": true, "has": true, "have": true, "had": true, "could": true, "can": true, "should": true, "may": true, "might": true, "must": true, "did": true, "does": true, "do": true, "isn’t": true, "wasn’t": true, "won’t": true, "wouldn’t": true, "don’t": true, "doesn’t": true, "didn’t": true}

// finiteSoon reports whether a finite verb comes within eight words from
// toks[k], which opens the clause with a word, before any punctuation.
func finiteSoon(text string, toks []tok, k int) bool {
	if k >= len(toks) || !toks[k].word || finiteWords[toks[k].lower(text)] || function[toks[k].lower(text)] {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		if !toks[j].word {
			return false
		}
		w := toks[j].lower(text)
		if finiteWords[strings.ReplaceAll(w, "'", "’")] {
			return true
		}
		if cues[w] || w == "and" || w == "but" || w == "or" {
			return false // "claimed vast savings and said …": an object, then another verb
		}
	}
	return false
}

// afterCueOK words may follow a trailing cue: "…, officials said on
// Monday", "…, she said in a statement".
var afterCueOK = map[string]bool{"on": true, "in": true, "at": true, "during": true, "after": true, "before": true, "last": true, "this": true, "earlier": true, "later": true, "recently": true, "yesterday": true, "today": true, "tonight": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "via": true, "through": true, "to": true, "of": true, "when": true, "while": true, "as": true}

// nounMarkers before a cue word make it a noun: "a note", "the claim",
// "his report".
var nounMarkers = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true, "similar": true, "same": true}

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
	for k := n - 2; k >= 2 && k >= n-40; k-- {
		if toks[k].str(text) != "," {
			continue
		}
		rest := toks[k+1 : n]
		if len(rest) < 2 || !toks[k-1].word && toks[k-1].str(text) != ")" {
			continue
		}
		// The cue within the first words after the comma.
		for c := 0; c < len(rest) && c < 10; c++ {
			w := rest[c].lower(text)
			if !rest[c].word || !cues[w] || notIndirect[w] || objectCues[w] && c == 0 {
				continue
			}
			if c > 0 && nounMarkers[rest[c-1].lower(text)] {
				continue // a noun, not a verb: "…, struck a similar note."
			}
			var g found
			if c == 0 {
				g, _ = subjectAt(text, rest, 1, len(rest))
			} else if g = beforeCue(text, rest, c); g.ok && g.subj.Start != rest[0].s && !describes(text, rest, 0, g.subj.Start) {
				g = found{}
			} else if c+1 < len(rest) && !(rest[c+1].word && afterCueOK[rest[c+1].lower(text)]) && rest[c+1].str(text) != "," {
				g = found{} // a clause follows the cue: "…, experts say it …"
			}
			if g.ok {
				g.cue = doc.Span{Start: rest[c].s, End: rest[c].e}
				resume := 0
				if c > 0 && c+2 < len(rest) && rest[c+1].str(text) == "," && rest[c+2].word {
					resume = rest[c+2].s
				}
				return g, toks[k].s, resume
			}
			break
		}
	}
	return found{}, 0, 0
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
	t := text[s.Start:s.End]
	if i := strings.IndexByte(t, ';'); i > 0 {
		t = t[:i] // a second clause after a semicolon is the author's
	}
	for {
		t = strings.TrimRight(t, " \t\r\n")
		if u := strings.TrimRight(t, "0123456789,–-"); strings.HasSuffix(u, "[") || strings.HasSuffix(t, "]") {
			if i := strings.LastIndexByte(t, '['); i > 0 && strings.HasSuffix(t, "]") {
				t = t[:i] // a note marker: "…October.[4]"
				continue
			}
		}
		break
	}
	t = strings.TrimRight(t, ".!?…")
	return s.Start + len(t)
}
