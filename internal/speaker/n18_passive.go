package speaker

import (
	_ "embed"
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n18_passive.go reads passives whose agent after "by" is a source the
// sentence's other readers miss (passive in parc.go reads the plain
// shape of a verb of reporting.txt: "The plan was criticized by the
// mayor"). Three shapes of news prose are read here:
//
//   - a participle of n18_passive.txt, a verb read here only in the
//     passive with a source: a judgement on a ruling or a view ("his
//     ruling was overturned by an appeals court", "whose findings were
//     seconded by the institute"), a naming with its complement before
//     "by" ("has been called a fraud by rival doctors"), a wish ("the
//     levels desired by the alliance"). Decisions that enact, impose or
//     appoint ("was passed by", "imposed by", "appointed by") are acts,
//     not reports, and are not in the list (TestReviewedIndirect);
//   - a passive of a verb of reporting.txt whose subject stands before
//     a parenthesis between commas or dashes, which passive does not
//     read ("Calls for an inquiry, which the rebels backed, were
//     rejected by the council"; "The mayor, meanwhile, is supported by
//     far fewer papers"; "Ed Moss — a surgeon and host — has been
//     called a fraud by …"), or whose source is a share ("was
//     supported by 42 percent of those polled");
//   - the same participles after a noun phrase and a comma, a reduced
//     relative on the clause's subject ("The pier plans, first rejected
//     by the council in 2010, are back"), and those of a judgement or a
//     wish right after a noun phrase ("the levels desired by the
//     alliance");
//   - a question put by the agent ("When pressed by the host about how
//     …", n18Question), and a source adjunct of reckoning that frames
//     the sentence ("By her own admission, …", "…, by one estimate.",
//     n18Adjunct).
//
// Last, n18AgentTails widens the mention of any passive's agent after
// "by" over a participle or a relative clause with no relative word
// that follows it ("by dozens of papers ranging from … to …").
//
// The subject (the noun phrase the participle is said of) is the
// content, as PolNeAR marks it; the agent is the speaker. The agent
// must be able to hold a view: a name, a person, a body or a thing that
// carries words (n18Speaks). "by 2020", "by mail", "by a wide margin",
// "by investing" name no source. A sentence that another quotation
// already covers is left alone, as is a participle another reader used
// as its cue. Every look-back and look-ahead is bounded in tokens.

//go:embed n18_passive.txt
var n18PassiveData []byte

// n18Words maps the participles of n18_passive.txt to their group ('d'
// judgement, 'n' naming, 'w' wish), and n18Agents holds its agent
// nouns.
var n18Words, n18Agents = func() (map[string]byte, map[string]bool) {
	words, agents := map[string]byte{}, map[string]bool{}
	for line := range wordSet(n18PassiveData, true) {
		g, w, ok := strings.Cut(line, " ")
		if !ok || len(g) != 1 {
			continue
		}
		if g[0] == 'a' {
			agents[w] = true
		} else {
			words[w] = g[0]
		}
	}
	return words, agents
}()

// n18Passives adds the passives n18_passive.go reads to d.Quotes, after
// the indirect reader (speaker.go calls it).
func (a *attributor) n18Passives() {
	d := a.d
	text := a.text
	var add []doc.Quote
	var covered [3]spanIndex // made at the first candidate (n18Covered)
	sites := n18Sites(a.ix.lower)
	k := 0 // sites[k] is the first site at or after the sentence's start
	for i := range d.Sentences {
		span := d.Sentences[i].Span
		if span.End-span.Start > indirectReach {
			continue
		}
		if k > 0 && sites[k-1] >= span.Start {
			k = sort.SearchInts(sites, span.Start) // a sentence before the last: not in this stage's order
		}
		for k < len(sites) && sites[k] < span.Start {
			k++
		}
		if k == len(sites) || sites[k]+2 > span.End {
			continue // no "by" in it: most sentences, passed over without a call
		}
		if !n18HasByAt(text, sites[k:], span.Start, span.End) || !a.n18MayRead(sites[k:], span.Start, span.End) {
			continue
		}
		toks := a.ix.tokens(span.Start, span.End)
		for b := 0; b+1 < len(toks); b++ {
			if toks[b].low != "by" {
				continue
			}
			var f found
			var content []doc.Span
			ok := false
			if b > 0 {
				f, content, ok = a.n18At(toks, b)
			}
			if !ok {
				f, content, ok = n18Adjunct(text, toks, b)
			}
			if !ok || n18Covered(&covered, d.Quotes, min(content[0].Start, f.subj.Start), max(content[len(content)-1].End, f.subj.End), f.cue) {
				continue
			}
			var q doc.Quote
			if a.quoteInto(&q, f, content, -1) {
				add = append(add, q)
			}
		}
	}
	if len(add) > 0 {
		n18Merge(d, add)
	}
	a.n18AgentTails()
}

// n18Sites returns the offsets at which lower, the text's ASCII lower
// case, holds "by", in order: every token "by" starts at one, as does
// every " by " and "By " that n18HasByAt looks for. The text is
// searched once, not each sentence in turn (a search of every sentence
// of the 10.5 MB benchmark came to some 26 M instructions, most of them
// in starting each search).
func n18Sites(lower string) []int {
	var at []int
	for i := 0; i+1 < len(lower); i++ {
		// Each "b" in turn, by IndexByte: strings.Index for "by" over
		// the whole text fell back to a search of every byte, which
		// cost twice as much.
		j := strings.IndexByte(lower[i:len(lower)-1], 'b')
		if j < 0 {
			break
		}
		if i += j; lower[i+1] == 'y' {
			at = append(at, i)
		}
	}
	return at
}

// n18HasByAt reports whether the sentence text[lo:hi] holds " by " or
// opens with "By ", given sites, the offsets of n18Sites from the first
// at or after lo on: strings.Contains(text[lo:hi], " by ") ||
// strings.HasPrefix(text[lo:hi], "By ") (TestN18HasBy).
func n18HasByAt(text string, sites []int, lo, hi int) bool {
	if strings.HasPrefix(text[lo:hi], "By ") {
		return true
	}
	for _, p := range sites {
		if p+3 > hi {
			return false
		}
		if p > lo && text[p-1] == ' ' && text[p:p+3] == "by " {
			return true
		}
	}
	return false
}

// n18ByLex is the lexicon entry of "by": a token is "by" exactly when
// its entry is this one (every word of the lists has an entry of its
// own; TestN18ByLex).
var n18ByLex = lexOf("by")

// n18MayRead reports whether n18Passives may read a passive or an
// adjunct in the sentence text[lo:hi], from the index's tokens in
// place, given sites, the offsets of n18Sites from the first at or
// after lo on (every token "by" starts at one of them). It makes a
// sentence's toks (some 40 bytes a token, with a string each) only
// where a "by" of it that is not its last token has, within five
// tokens before it, a participle of n18Words (n18At reads its
// participle and a naming verb's there), within three a verb of
// reporting in -ed, -en or -wn (n18Reporting's participle, past at
// most two adverbs), or within six after it a noun of n18Reckonings
// (n18Adjunct's, after "by", a possessor of up to four tokens and
// "own"). Most sentences that hold "by " ("the plaque by the
// slipway", "by 2020") have none of these. A stretch that cuts a token
// is read as before (true), as every stretch is with the gates open
// (TestGates).
func (a *attributor) n18MayRead(sites []int, lo, hi int) bool {
	x := a.ix
	if gatesOff {
		return true
	}
	i, j, ok := x.uncut(lo, hi)
	if !ok {
		return true
	}
	for _, p := range sites {
		if p+2 > hi {
			break
		}
		b := x.endAfter(p)
		if b+1 >= j || int(x.all[b].s) != p || x.all[b].lex != n18ByLex {
			continue // no token "by", or the sentence's last, which n18Passives does not read
		}
		for k := max(i, b-5); k < b; k++ {
			if w := x.low(x.all[k]); w != "" && w[len(w)-1] == 'd' && n18Words[w] != 0 {
				return true // every participle of n18_passive.txt ends in "d"
			}
			if k >= b-3 && x.all[k].is(isReporting) {
				if w := x.low(x.all[k]); strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn") {
					return true
				}
			}
		}
		for k := b + 2; k < j && k <= b+6; k++ {
			if n18Reckonings(x.low(x.all[k])) {
				return true
			}
		}
	}
	return false
}

// n18Title reports whether w, before a stop, is an abbreviation of a
// title or an initial: a key of titles (whose value may be 0), or one
// letter.
func n18Title(w string) bool {
	_, ok := titles[w]
	return ok || len(w) == 1
}

// n18AgentTails widens the mention of a passive's agent after "by" over
// a participle in -ing that follows it, to the end of its clause, as
// PolNeAR marks the agent ("by dozens of papers ranging from the Times
// to the Enquirer"). The tail ends at a stop (not a title's: "Mrs."), a
// semicolon, a colon, a dash, or a comma before a word that opens a
// clause ("…, as I did"), within 40 tokens, and never reaches into
// another quotation. A relative clause with no relative word ("by a
// number of experts I spoke to this week about …") is left to the
// mention readers, which end it where the round-twelve tests say
// (TestRoundTwelveMentionsIndirect: "a group of pilots we met" before
// "on the quay"), though PolNeAR marks such a tail whole once on dev.
func (a *attributor) n18AgentTails() {
	d := a.d
	text := a.text
	var spans spanIndex // the quotations' spans, made at the first tail
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m := q.Speaker.Mention
		if q.Kind != doc.QuoteIndirect || m.End <= m.Start || q.Cue.End <= q.Cue.Start || q.Cue.End >= m.Start || m.Start-q.Cue.End > 40 {
			continue
		}
		between := strings.Fields(text[q.Cue.End:m.Start])
		if len(between) == 0 || len(between) > 3 || !strings.EqualFold(between[len(between)-1], "by") {
			continue
		}
		// The sentence's end, within 400 bytes.
		si := sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].Span.End > m.Start })
		if si >= len(d.Sentences) || d.Sentences[si].Span.End <= m.End {
			continue
		}
		hi := min(d.Sentences[si].Span.End, m.End+400)
		toks := a.ix.tokens(m.End, hi)
		if len(toks) < 3 || !toks[0].word || capital(toks[0].str(text)) {
			continue
		}
		w := toks[0].low
		if len(w) <= 5 || !strings.HasSuffix(w, "ing") || toks[0].is(isFunction) || toks[0].is(isPrep) {
			continue
		}
		e := -1
		for j := 0; j < len(toks) && j < 40; j++ {
			t := &toks[j]
			if t.word {
				e = j
				continue
			}
			ps := t.str(text)
			if ps == "." && j > 0 && toks[j-1].word && n18Title(toks[j-1].low) {
				continue // "Mrs.", "Sen.", "J.": the stop of an abbreviation
			}
			if ps == "." || ps == ";" || ps == ":" || ps == "—" || ps == "–" || ps == "(" || ps == "“" || ps == "\"" {
				break
			}
			if ps == "," && j+1 < len(toks) && toks[j+1].word && (toks[j+1].is(isSubordinator) || toks[j+1].is(isClauseLead) || toks[j+1].is(isSubjectPronoun) || toks[j+1].low == "which" || toks[j+1].low == "who") {
				break
			}
			if j == 39 {
				e = -1
			}
		}
		if e < 0 {
			continue
		}
		end := toks[e].e
		if spans.starts == nil {
			spans = quoteSpans(d.Quotes, func(q *doc.Quote) doc.Span { return q.Span }, true)
		}
		if !spans.overlaps(m.End, end, i) {
			q.Speaker.Mention.End = end
		}
	}
}

// n18Covered reports whether an existing quotation overlaps the stretch
// from lo to hi (the content and the agent) or uses the cue. It asks
// three indexes of qs's spans, contents and mentions (made at the first
// call, into idx), so that a document with many passives and many
// quotations is read in n log n, not in passives times quotations.
func n18Covered(idx *[3]spanIndex, qs []doc.Quote, lo, hi int, cue doc.Span) bool {
	if idx[0].starts == nil {
		idx[0] = quoteSpans(qs, func(q *doc.Quote) doc.Span { return q.Span }, true)
		idx[1] = quoteSpans(qs, func(q *doc.Quote) doc.Span { return q.Cue }, false)
		idx[2] = quoteSpans(qs, func(q *doc.Quote) doc.Span { return q.Speaker.Mention }, false)
	}
	return idx[0].overlaps(lo, hi, -1) || idx[1].overlaps(cue.Start, cue.End, -1) || idx[2].overlaps(lo, hi, -1)
}

// n18Merge puts the quotations add (in text order, none a parent) into
// d.Quotes by Start, remapping the parents of those after them.
func n18Merge(d *doc.Document, add []doc.Quote) {
	old := d.Quotes
	qs := make([]doc.Quote, 0, len(old)+len(add))
	remap := make([]int, len(old))
	i := 0
	// The runs of old between additions go over with one append each
	// (a bulk copy): a Quote is over 200 bytes, and copying them one by
	// one was most of the merge's cost on a long document.
	for _, q := range add {
		j := i
		for j < len(old) && old[j].Start <= q.Start {
			j++
		}
		for k := i; k < j; k++ {
			remap[k] = len(qs) + k - i
		}
		qs = append(qs, old[i:j]...)
		qs = append(qs, q)
		i = j
	}
	for k := i; k < len(old); k++ {
		remap[k] = len(qs) + k - i
	}
	qs = append(qs, old[i:]...)
	for k := range qs {
		if p := qs[k].Parent; p >= 0 {
			qs[k].Parent = remap[p]
		}
	}
	d.Quotes = qs
}

// n18At reads the passive whose "by" is toks[b]: its cue (the
// participle), its agent and its content.
func (a *attributor) n18At(toks []tok, b int) (found, []doc.Span, bool) {
	text := a.text
	// The participle: right before "by", past up to two adverbs, or for
	// a naming verb before its complement of up to four words.
	p := b - 1
	for n := 0; n < 2 && p > 0 && toks[p].word && toks[p].adverbish() && n18Words[toks[p].low] == 0; n++ {
		p--
	}
	group := n18Words[toks[p].low]
	var complement doc.Span
	if group == 0 || group == 'n' {
		group = 0
		for j := b - 2; j >= 1 && j >= b-5; j-- {
			if !toks[j].word {
				break
			}
			// The complement opens with an article or a lower-case
			// word: "called a fraud", "deemed unsafe"; "called Tom
			// by his friends" gives a name, not a view.
			if n18Words[toks[j].low] == 'n' && j+1 < b && (toks[j+1].is(isDet) || !toks[j+1].is(isFunction) && !capital(toks[j+1].str(text))) {
				p, group = j, 'n'
				complement = doc.Span{Start: toks[j+1].s, End: toks[b-1].e}
				break
			}
		}
	}
	if group == 'q' {
		return a.n18Question(toks, p, b)
	}
	reporting := false
	if group == 0 {
		if !n18Reporting(toks, p) {
			return found{}, nil, false
		}
		reporting = true
	}
	g, quantity := n18Agent(text, toks, b+1)
	if !g.ok || !n18Speaks(text, toks, g) {
		return found{}, nil, false
	}
	g.cue = doc.Span{Start: toks[p].s, End: toks[p].e}
	g = withArticle(text, toks, widen(a.ix, g))
	if i := strings.IndexByte(text[g.subj.Start:g.subj.End], ','); i > 0 {
		// "by Mrs Moss, who gave …": the agent ends at its comma.
		g.subj.End = g.subj.Start + i
		g.name = strings.TrimSuffix(text[g.subj.Start:g.subj.End], " ")
		g.subj.End = g.subj.Start + len(g.name)
		g.whole = true
	}
	// The subject: before a form of "be", else a noun phrase and a comma
	// (a reduced relative on the clause's subject).
	k, be := auxBefore(toks, p)
	var subj doc.Span
	var ok bool
	paren := false
	switch {
	case be && k >= 0:
		subj, paren, ok = n18Subject(text, toks, k)
	case !be && k >= 1 && toks[k].str(text) == ",":
		subj, ok = n18CommaSubject(text, toks, k)
	case !be && k == p-1 && k >= 1 && (group == 'd' || group == 'w'):
		subj, ok = n18NounBefore(text, toks, k)
	}
	if !ok || subj.End <= subj.Start {
		return found{}, nil, false
	}
	// A verb of reporting.txt is passive's (parc.go) where it has a
	// plain subject and agent: here only past a parenthesis, a share as
	// its source, or after a comma.
	if reporting && be && !paren && !quantity {
		return found{}, nil, false
	}
	content := []doc.Span{subj}
	if complement.End > complement.Start {
		content = append(content, complement)
	}
	return g, content, true
}

// n18Question reads a question put by the agent after "by": "When
// pressed by the host about how he would pay for it, …", "He was asked
// by reporters whether he would run". The participle toks[p] (group q)
// opens its clause (after "when", "if", "after", "once", a comma or the
// sentence's start) or follows a form of "be"; the content is what the
// question is about, after "about", "on" or "over", or a clause that
// "whether", "if" or a wh-word opens, up to the next comma or stop
// (at most 40 tokens), of two words or more. The hearer is no source.
func (a *attributor) n18Question(toks []tok, p, b int) (found, []doc.Span, bool) {
	text := a.text
	if k, be := auxBefore(toks, p); !be {
		if k = p - 1; k >= 0 && toks[k].word && toks[k].low != "when" && toks[k].low != "if" && toks[k].low != "after" && toks[k].low != "once" || k >= 0 && !toks[k].word && toks[k].str(text) != "," {
			return found{}, nil, false
		}
	}
	g, _ := n18Agent(text, toks, b+1)
	if !g.ok || !n18Speaks(text, toks, g) {
		return found{}, nil, false
	}
	j := b + 1
	for j < len(toks) && toks[j].e <= g.subj.End {
		j++
	}
	if j >= len(toks) || !toks[j].word {
		return found{}, nil, false
	}
	switch w := toks[j].low; {
	case w == "about" || w == "on" || w == "over":
		j++
	case w == "whether" || w == "if" || toks[j].is(isWhWord):
	default:
		return found{}, nil, false
	}
	e, words := j, 0
	for e < len(toks) && e < j+40 {
		if s := toks[e].str(text); s == "," || s == ";" || s == "." || s == ":" || s == "?" || s == "—" {
			break
		}
		if toks[e].word {
			words++
		}
		e++
	}
	if words < 2 || e >= len(toks) || e >= j+40 {
		return found{}, nil, false
	}
	g.cue = doc.Span{Start: toks[p].s, End: toks[p].e}
	g = withArticle(text, toks, widen(a.ix, g))
	if g.subj.End > toks[j].s {
		return found{}, nil, false
	}
	return g, []doc.Span{{Start: toks[j].s, End: toks[e-1].e}}, true
}

// n18Reporting reports whether toks[p] is a participle of a verb of
// reporting.txt that passive (parc.go) would read with an agent: not
// one of making ("written by"), not a decision passive, no sense with a
// particle or in -ing.
func n18Reporting(toks []tok, p int) bool {
	w := toks[p].low
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !strings.HasSuffix(w, "wn") {
		return false
	}
	senses := reportingSenses(w)
	if len(senses) == 0 || onlyClass(senses, 'a') || toks[p].is(isNotIndirect) || w == "published" || decisionPassive(toks, p) {
		return false
	}
	for _, s := range senses {
		if s.ing || s.particle != "" {
			return false
		}
	}
	return true
}

// n18Agent reads the agent at toks[k]: a share of a group ("42 percent
// of those polled", quantity true), else agentAt's reading, else a
// plural noun of a person or a body within three words.
func n18Agent(text string, toks []tok, k int) (found, bool) {
	if k+2 < len(toks) && n18Number(&toks[k]) && (toks[k+1].low == "percent" || toks[k+1].str(text) == "%") && toks[k+2].low == "of" {
		e := k + 3
		for e < len(toks) && e < k+7 && toks[e].word && !toks[e].is(isPrep) {
			e++
		}
		if e > k+3 {
			sp := doc.Span{Start: toks[k].s, End: toks[e-1].e}
			return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}, true
		}
		return found{}, false
	}
	if g := agentAt(text, toks, k); g.ok {
		// The agent ends before a preposition other than "of" that the
		// reader took in: "by the host about how …".
		for e := k + 1; e < len(toks) && toks[e].e <= g.subj.End; e++ {
			if toks[e].s <= g.subj.Start {
				continue // before the agent's first word: "by one In Jones" reads "Jones"
			}
			if toks[e].word && toks[e].is(isPrep) && toks[e].low != "of" {
				g.subj.End, g.whole = toks[e-1].e, true
				g.name = text[g.subj.Start:g.subj.End]
				break
			}
		}
		return g, false
	}
	// A plural of a person or a body with up to two words before it,
	// before a word agentAt does not stop at ("by reporters about …").
	for e := k; e < len(toks) && e < k+3 && toks[e].word && !toks[e].is(isFunction); e++ {
		if toks[e].pluralNoun() && n18AgentNoun(toks[e].low) {
			sp := doc.Span{Start: toks[k].s, End: toks[e].e}
			return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}, false
		}
	}
	return found{}, false
}

// n18Number reports whether t is a number: in digits ("42", "1,200")
// or in words ("three").
func n18Number(t *tok) bool {
	if t.low != "" && t.low[0] >= '0' && t.low[0] <= '9' {
		return true
	}
	return numberTok(t)
}

// n18Speaks reports whether the agent g may hold a view: a share of a
// group, a name (a capital word that is no time word nor number), or a
// noun phrase whose head is a person (persons.txt), a body
// (n18_passive.txt) or a thing that carries words (carriers.txt).
func n18Speaks(text string, toks []tok, g found) bool {
	if g.pronoun != "" {
		return false
	}
	first, last, of := -1, -1, -1
	for i := range toks {
		if toks[i].s < g.subj.Start || !toks[i].word {
			continue
		}
		if toks[i].e > g.subj.End {
			break
		}
		if first < 0 {
			first = i
		}
		if toks[i].low == "of" && of < 0 {
			of = i
		}
		last = i
	}
	if first < 0 {
		return false
	}
	if first+1 <= last && n18Number(&toks[first]) && (toks[first+1].low == "percent" || toks[first+1].str(text) == "%") {
		return true
	}
	if toks[first].is(isTimeWord) || n18Number(&toks[first]) && of < 0 {
		return false
	}
	head := last
	if of > first {
		head = of - 1 // "the head of the agency", "dozens of papers": the count or the office
		if n := toks[head].low; n == "dozens" || n == "hundreds" || n == "thousands" || n == "number" || n == "majority" || n == "group" || n == "handful" {
			head = last
		}
	}
	if capital(toks[head].str(text)) && !toks[head].is(isTimeWord) {
		return true
	}
	return n18AgentNoun(toks[head].low)
}

// n18AgentNoun reports whether w (or its singular) names a person, a
// body or a carrier of words.
func n18AgentNoun(w string) bool {
	for _, v := range [...]string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es")} {
		if _, ok := persons[v]; ok || n18Agents[v] || carriers[v] || stanceHolders[w] {
			return true
		}
	}
	return false
}

// n18Subject reads the subject of a passive whose auxiliaries end after
// toks[k]: a plain subject as passive reads it, or where toks[k] closes
// a parenthesis (a comma or a dash), the subject before it. paren
// tells which. Within a comma's parenthesis of one adverb ("The mayor,
// meanwhile, is …") the subject ends before it; otherwise the
// parenthesis (a relative clause, an apposition) is part of it, from
// the clause's start, which must be a noun phrase up to the first
// comma.
func n18Subject(text string, toks []tok, k int) (doc.Span, bool, bool) {
	if toks[k].word {
		cs := n3PastWh(toks, max(clauseStart(text, toks, k+1), localStart(text, toks, k)), k)
		// A function word ends no subject ("as was reported by"), but a
		// personal pronoun does ("She was labelled a risk by …"); an
		// expletive "it" or "there" does not.
		if cs > k || toks[k].is(isFunction) && !toks[k].is(isDet) && !(toks[k].is(isPronoun) && toks[k].low != "it" && toks[k].low != "there") {
			return doc.Span{}, false, false
		}
		return doc.Span{Start: toks[cs].s, End: toks[k].e}, false, true
	}
	mark := toks[k].str(text)
	if mark != "," && mark != "—" && mark != "–" {
		return doc.Span{}, false, false
	}
	// The mark that opens the parenthesis, within 30 tokens.
	o := -1
	for j := k - 1; j >= 1 && j >= k-30; j-- {
		if s := toks[j].str(text); s == mark {
			o = j
			break
		}
		if s := toks[j].str(text); s == "." || s == ";" || s == ":" || s == "“" || s == "”" || s == "\"" {
			break
		}
	}
	if o < 1 || !toks[o-1].word {
		return doc.Span{}, false, false
	}
	if mark == "," && o+2 == k && toks[o+1].word && (toks[o+1].adverbish() || !capital(toks[o+1].str(text)) && !toks[o+1].is(isDet)) {
		// "The mayor, meanwhile, is supported by …": the adverb aside.
		cs := max(clauseStart(text, toks, o), localStart(text, toks, o-1))
		if cs > o-1 || toks[cs].is(isFunction) && !toks[cs].is(isDet) {
			return doc.Span{}, false, false
		}
		return doc.Span{Start: toks[cs].s, End: toks[o-1].e}, true, true
	}
	cs := clauseStart(text, toks, o)
	if cs >= o || !n18NounPhrase(text, toks, cs, o) {
		return doc.Span{}, false, false
	}
	return doc.Span{Start: toks[cs].s, End: toks[k-1].e}, true, true
}

// n18CommaSubject reads the noun phrase before the comma toks[k] that a
// reduced relative after it is said of: the clause's subject, from the
// clause's start, with no verb in it ("Pier funds, first rejected by the
// …"; not "Schools remain a favorite, promoted by …", whose subject the
// verb hides).
func n18CommaSubject(text string, toks []tok, k int) (doc.Span, bool) {
	cs := clauseStart(text, toks, k)
	if cs >= k || k-cs > 8 || !n18NounPhrase(text, toks, cs, k) {
		return doc.Span{}, false
	}
	return doc.Span{Start: toks[cs].s, End: toks[k-1].e}, true
}

// n18NounBefore reads the noun phrase that ends at toks[h] right
// before a participle of a judgement or a wish (a reduced relative with
// no comma: "a ruling overturned by the high court", "the levels
// desired by the alliance"): from a determiner within six tokens back, words
// only, the head a noun.
func n18NounBefore(text string, toks []tok, h int) (doc.Span, bool) {
	t := &toks[h]
	if !t.word || t.is(isFunction|isAuxiliary|isPronoun) || t.adverbish() || len(t.low) > 4 && strings.HasSuffix(t.low, "ed") {
		return doc.Span{}, false
	}
	for j := h - 1; j >= 0 && j >= h-6; j-- {
		u := &toks[j]
		if !u.word {
			if s := u.str(text); s != "-" && s != "$" && s != "’" && s != "'" {
				return doc.Span{}, false
			}
			continue
		}
		if u.is(isDet) || u.low == "its" || u.low == "their" || u.low == "his" || u.low == "her" {
			return doc.Span{Start: u.s, End: t.e}, true
		}
		if u.is(isFunction) || u.is(isAuxiliary) || u.is(isFinite) || u.is(isReporting) && !capital(u.str(text)) {
			return doc.Span{}, false
		}
	}
	return doc.Span{}, false
}

// n18NounPhrase reports whether toks[from:to] read as a noun phrase of
// at most twelve words: words only (a hyphen, an apostrophe or a
// dollar sign inside), no auxiliary, no verb of reporting, no word in
// -ed, a first word that is a determiner, a capital or a content word.
func n18NounPhrase(text string, toks []tok, from, to int) bool {
	if to-from > 16 || to <= from || !toks[from].word {
		return false
	}
	if t := &toks[from]; t.is(isFunction) && !t.is(isDet) && !t.is(isQuantifier) || t.is(isPronoun) {
		return false
	}
	words := 0
	for j := from; j < to; j++ {
		t := &toks[j]
		if !t.word {
			if s := t.str(text); s != "-" && s != "’" && s != "'" && s != "$" && s != "." {
				return false
			}
			continue
		}
		words++
		// "calls to establish a panel": a plural noun of reporting as
		// the head, an infinitive after it.
		inf := j > from && toks[j-1].low == "to" || j == from && t.pluralNoun()
		if t.is(isAuxiliary) || t.is(isFinite) && !inf || t.is(isReporting) && !capital(t.str(text)) && !inf || len(t.low) > 4 && strings.HasSuffix(t.low, "ed") || t.is(isSubordinator) {
			return false
		}
	}
	return words > 0 && words <= 12
}

// n18Reckonings reports whether w is a noun of a reckoning or a telling
// whose owner, after "by", is the source of the clause it frames: "by
// one estimate", "by her own account", "by Ed Moss's count", "by his
// own admission". "by some measures" (a yardstick) and "by a wide
// margin" are not. It is a switch, not a map: n18MayRead asks it of
// the five tokens after every "by" of the text, and a map hashed each.
func n18Reckonings(w string) bool {
	switch w {
	case "estimate", "estimates", "account", "accounts", "count", "tally", "calculation", "calculations", "reckoning", "admission":
		return true
	}
	return false
}

// n18Adjunct reads "by" at toks[b] as opening a source adjunct: "by",
// a determiner, a quantifier or a possessive (a name's, "his"), "own"
// if there, and a noun of n18Reckonings, the adjunct alone between the
// sentence's start and a comma ("By her own account, the pier …") or
// between a comma and the sentence's end (", by one estimate."). The
// content is the rest of the sentence; the mention the possessor
// ("Ed Moss's", as PolNeAR marks it) or, with no possessor, the noun
// phrase ("one estimate"). A possessive pronoun names someone to
// resolve and is left alone.
func n18Adjunct(text string, toks []tok, b int) (found, []doc.Span, bool) {
	j := b + 1
	if j >= len(toks) || !toks[j].word {
		return found{}, nil, false
	}
	var f found
	switch w := toks[j].low; {
	case w == "one" || w == "some" || w == "many" || w == "most" || w == "all" || w == "any" || w == "the" || w == "a" || w == "an" || w == "this" || w == "that":
		j++
	default:
		// a name's: up to three capital words, the last one's
		e := j
		for e < len(toks) && e < j+3 && toks[e].word && capital(toks[e].str(text)) && !n18Possessive(toks[e].low) {
			e++
		}
		if e >= len(toks) || !toks[e].word || !capital(toks[e].str(text)) || !n18Possessive(toks[e].low) || toks[e].is(isPronoun) {
			return found{}, nil, false
		}
		if w := n18Base(toks[e].low); timeWords[w] || function[w] {
			return found{}, nil, false // "By Tuesday's count": a day, not a source
		}
		sp := doc.Span{Start: toks[j].s, End: toks[e].e}
		name := text[sp.Start:sp.End]
		name = strings.TrimSuffix(strings.TrimSuffix(name, "’s"), "'s")
		f = found{subj: sp, name: name, ok: true, whole: true}
		j = e + 1
	}
	if j < len(toks) && toks[j].low == "own" {
		j++
	}
	if j >= len(toks) || !n18Reckonings(toks[j].low) || j+1 >= len(toks) {
		return found{}, nil, false
	}
	if !f.ok {
		sp := doc.Span{Start: toks[b+1].s, End: toks[j].e}
		f = found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
	}
	f.cue = doc.Span{Start: toks[b].s, End: toks[b].e}
	after := toks[j+1].str(text)
	last := len(toks) - 1
	for last > j && !toks[last].word && strings.ContainsAny(toks[last].str(text), ".!”\"") {
		last--
	}
	switch {
	case b == 0 && after == ",":
		// "By her own account, the pier …": the sentence after the comma.
		if j+2 > last {
			return found{}, nil, false
		}
		return f, []doc.Span{{Start: toks[j+2].s, End: toks[last].e}}, true
	case b >= 2 && toks[b-1].str(text) == "," && j == last:
		// "…, by one estimate.": the sentence before the comma.
		if !toks[0].word {
			return found{}, nil, false
		}
		return f, []doc.Span{{Start: toks[0].s, End: toks[b-2].e}}, true
	}
	return found{}, nil, false
}

// n18Base returns w without its possessive ending.
func n18Base(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
}

// n18Possessive reports whether w ends in "’s" or "'s".
func n18Possessive(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s")
}
