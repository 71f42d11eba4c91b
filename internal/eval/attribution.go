package eval

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Attribution kinds scored by ScoreAttributions, in the order printed.
var attributionKinds = []doc.QuoteKind{doc.QuoteDirect, doc.QuoteMixed, doc.QuoteIndirect}

// AttributionScores score quotations of every reported kind and their
// speaker mentions the way BBC Citron's evaluation does: content spans
// and speaker mentions, exact and overlapping, per kind and over all
// kinds.
type AttributionScores struct {
	// Content[k] compares the content of gold quotations of kind
	// attributionKinds[k] (the gold file's type) with found quotations
	// of that kind (an indirect one that encloses a quotation in marks
	// counts as mixed, as the gold files type it); All compares them
	// whatever their kind.
	Content    [3]Matches
	ContentAll Matches
	// Speaker[k] and SpeakerAll count speaker mentions: Gold is gold
	// quotations with a speaker span, Predicted found quotations with a
	// mention, Exact the found mentions whose quotation overlaps the gold
	// one and whose span is the gold speaker span (white space aside),
	// GoldFound and PredictedHit the same with overlapping mentions.
	Speaker    [3]Matches
	SpeakerAll Matches
	// SpeakerAsGiven is SpeakerAll with mentions compared as the two
	// sides give them, white space aside: a closing comma or dash
	// counts, as it does for a scorer that compares token spans (BBC
	// Citron's), and PolNeAR's mentions keep the one that closes an
	// appositive ("The chairman, Phil Lovas, said").
	SpeakerAsGiven Matches
	// CuePaired scores sources and contents over all kinds as Citron's
	// evaluation pairs quotations, by their cues.
	CuePaired CuePaired
	// DoubleMarks types a found direct quotation as the gold file types
	// its spans when it types only quotations in double marks direct
	// (typesByDoubleMarks): direct between double marks, else mixed or
	// indirect.
	DoubleMarks bool
	// Paragraphs, with DoubleMarks, types direct a found quotation over
	// paragraphs, re-opened at each and closed once at its end, as a
	// gold file does that types such a quotation direct (one of its
	// direct spans crosses a line break: typesParagraphs). PolNeAR's
	// types none so.
	Paragraphs bool
	// Nested counts the found quotations left out because a reported
	// one encloses them (gold sets annotate none inside another): what
	// precision would count against the stage if they were scored.
	Nested int
	// Errors, when not nil, receives up to MaxErrors errors of the
	// direct speaker score, as the score counts them (c2SpeakerErrors);
	// a pointer keeps the scores comparable.
	MaxErrors int
	Errors    *[]Error
}

func (a AttributionScores) String() string {
	var b strings.Builder
	for k, kind := range attributionKinds {
		fmt.Fprintf(&b, "\n  content %-8s %v", kind+":", a.Content[k])
	}
	fmt.Fprintf(&b, "\n  content all:     %v", a.ContentAll)
	for k, kind := range attributionKinds {
		fmt.Fprintf(&b, "\n  speaker %-8s %v", kind+":", a.Speaker[k])
	}
	fmt.Fprintf(&b, "\n  speaker all:     %v", a.SpeakerAll)
	fmt.Fprintf(&b, "\n  speaker all, closing comma or dash counted: %v", a.SpeakerAsGiven)
	b.WriteString(a.CuePaired.String())
	fmt.Fprintf(&b, "\n  found inside a reported quotation, not scored: %d", a.Nested)
	return b.String()
}

// An item is a quotation as the attribution score reads it: its kind
// (an index in attributionKinds), its content and its speaker mention,
// both trimmed as the score compares them.
type item struct {
	kind    int
	content []doc.Span
	speaker doc.Span
	given   doc.Span // the speaker mention with only white space trimmed
}

// goldKind maps a gold file's type to a kind; "" if not scored.
func goldKind(t string) int {
	for k, kind := range attributionKinds {
		if string(kind) == t {
			return k
		}
	}
	return -1
}

// scoreAttributions adds one text's quotations to a. Found quotations
// count if they are direct, mixed or indirect and no such quotation
// encloses them, as gold sets annotate no quotation inside another.
// Spans on both sides are normalised as ScoreQuotes does, and also lose
// a trailing full stop or comma, which gold sets place inside or outside
// the content as their convention has it.
func (a *AttributionScores) add(g SpeakerText, d *doc.Document) {
	var gold, found []item
	var goldCues, foundCues []cueItem
	for i, q := range g.Quotes {
		k := goldKind(q.Type)
		if k < 0 {
			continue
		}
		it := item{kind: k, content: loose(g.Text, q.Spans)}
		ci := cueItem{content: it.content}
		if i < len(g.Speakers) {
			it.speaker, it.given = trimSpan(g.Text, g.Speakers[i].Span), trimSpaceSpan(g.Text, g.Speakers[i].Span)
			ci.cue, ci.sources = g.Speakers[i].Cue, sortedSources(g.Text, g.Speakers[i].All)
		}
		gold = append(gold, it)
		goldCues = append(goldCues, ci)
	}
	// marked[j]: quotation j encloses words in marks, a quotation of
	// its own with its marks (an apostrophe, "Trump’s", is no mark),
	// also through a reported clause nested in its words ("Ann said the
	// board believes the pier is “safe”").
	marked := make([]bool, len(d.Quotes))
	for _, q := range d.Quotes {
		if len(q.Marks) == 0 {
			continue
		}
		for p := q.Parent; p >= 0 && !marked[p] && within(q.Content, d.Quotes[p].Content); p = d.Quotes[p].Parent {
			marked[p] = true
		}
	}
	for j := range d.Quotes {
		q := &d.Quotes[j]
		k := goldKind(string(q.Kind))
		if k < 0 {
			continue
		}
		if insideReported(d.Quotes, j) {
			a.Nested++
			continue
		}
		switch {
		case q.Kind == doc.QuoteIndirect && marked[j]:
			k = 1 // a reported clause holding words in marks: mixed, as the gold files type it
		case q.Kind == doc.QuoteDirect && a.DoubleMarks && !doubleMarked(g.Text, *q, a.Paragraphs):
			// Typed as the gold files type a span: direct only
			// between double marks on every side, else mixed if it
			// holds words in marks, else indirect (a transcript's
			// turns, ''…'' or ‘…’).
			k = 2
			if marked[j] {
				k = 1
			}
		}
		found = append(found, item{kind: k, content: loose(g.Text, q.Content), speaker: trimSpan(g.Text, q.Speaker.Mention), given: trimSpaceSpan(g.Text, q.Speaker.Mention)})
		foundCues = append(foundCues, cueItem{cue: q.Cue, sources: sortedSources(g.Text, []doc.Span{q.Speaker.Mention}), content: found[len(found)-1].content})
	}
	a.CuePaired.add(goldCues, foundCues, d.Tokens)
	key := func(s []doc.Span) string { return fmt.Sprint(s) }
	pick := func(items []item, k int, speaker bool) [][]doc.Span {
		var out [][]doc.Span
		for _, it := range items {
			if k >= 0 && it.kind != k || speaker && it.speaker.Start >= it.speaker.End {
				continue
			}
			out = append(out, it.content)
		}
		return out
	}
	for k := range attributionKinds {
		a.Content[k].add(pick(gold, k, false), pick(found, k, false), key)
	}
	a.ContentAll.add(pick(gold, -1, false), pick(found, -1, false), key)

	speakers := func(m *Matches, k int, asGiven bool) {
		for _, f := range found {
			if (k < 0 || f.kind == k) && f.speaker.Start < f.speaker.End {
				m.Predicted++
			}
		}
		for i, best := range pairSpeakers(gold, found, k, key) {
			if best == notScored {
				continue
			}
			m.Gold++
			if best < 0 {
				continue
			}
			got, want := found[best].speaker, gold[i].speaker
			if asGiven && found[best].given == gold[i].given || !asGiven && got == want {
				m.Exact++
			}
			if got.Start < want.End && want.Start < got.End {
				m.GoldFound++
				m.PredictedHit++
			}
		}
	}
	for k := range attributionKinds {
		speakers(&a.Speaker[k], k, false)
	}
	speakers(&a.SpeakerAll, -1, false)
	speakers(&a.SpeakerAsGiven, -1, true)
	if a.Errors != nil && a.MaxErrors > len(*a.Errors) {
		*a.Errors = c2SpeakerErrors(*a.Errors, a.MaxErrors, g, gold, found, key)
	}
}

// notScored marks, in pairSpeakers' answer, a gold quotation that is
// not of the kind scored or has no speaker.
const notScored = -2

// pairSpeakers pairs each gold quotation of kind k (any kind when k < 0)
// with a speaker with the first unused found quotation of that kind
// with a mention overlapping its content, preferring one with the same
// content. It returns, for each gold quotation, the index of its found
// one, -1 when none, or notScored.
func pairSpeakers(gold, found []item, k int, key func([]doc.Span) string) []int {
	pair := make([]int, len(gold))
	used := make([]bool, len(found))
	for i, gq := range gold {
		pair[i] = notScored
		if k >= 0 && gq.kind != k || gq.speaker.Start >= gq.speaker.End {
			continue
		}
		best := -1
		for j, f := range found {
			if used[j] || k >= 0 && f.kind != k || f.speaker.Start >= f.speaker.End || !overlaps(gq.content, f.content) {
				continue
			}
			if best < 0 || key(f.content) == key(gq.content) {
				best = j
			}
		}
		if best >= 0 {
			used[best] = true
		}
		pair[i] = best
	}
	return pair
}

// doubleMarked reports whether the quotation stage closed q and every
// one of its marks is a double mark: the test by which the gold files
// type a quotation direct ("every sub-span starts and ends with a double
// quote mark"), read from the marks the stage found rather than from
// where its content ends, so that a span run past its closing mark stays
// an error among the direct quotations. The files' test reads an
// opening mark at a span's start and a closing one at its end: a span
// opened with ” (a typesetting slip some news sites make: ”The pier
// is unsafe.”) or closed with “ is mixed there, as every such span of
// PolNeAR's dev file is (8 of 8; every span it calls direct opens with
// " or “ and closes with " or ”).
func doubleMarked(text string, q doc.Quote, paragraphs bool) bool {
	if len(q.Marks) == 0 {
		return true // from markup: the files' test is about marks
	}
	if paragraphs && !closedAtEnd(q) || !paragraphs && unclosed(q) {
		return false
	}
	if len(q.Marks) != 2*len(q.Content) {
		// Over paragraphs, re-opened at each and closed once at the
		// end: every mark opens but the last, which closes; a split
		// quotation's part may close before the next opens ("“A,” she
		// said. “B.¶“C.”", each of the gold's spans between double
		// marks), but no mark closes twice in a row.
		last := len(q.Marks) - 1
		prev := rune(0)
		for i, m := range q.Marks {
			r, _ := utf8.DecodeRuneInString(text[m.Start:m.End])
			if !isDoubleMark(r) || r == '”' && (i == 0 || prev == '”') || i == last && r == '“' {
				return false
			}
			prev = r
		}
		return true
	}
	for i, m := range q.Marks {
		r, _ := utf8.DecodeRuneInString(text[m.Start:m.End])
		// Marks come in pairs, each span's opening one first.
		if !isDoubleMark(r) || i%2 == 0 && r == '”' || i%2 == 1 && r == '“' {
			return false
		}
	}
	return true
}

// doubleBefore and doubleAfter report whether a double mark is the first
// character before or after offset i, white space aside.
func doubleBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(text[:i], unicode.IsSpace))
	return isDoubleMark(r)
}

func doubleAfter(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(text[i:], unicode.IsSpace))
	return isDoubleMark(r)
}

// typesByDoubleMarks reports whether a gold set types quotations by
// their marks: it calls some quotation other than direct, and every one
// it calls direct lies between double marks (its spans hold them or are
// next to them). PolNeAR's file is typed so, and calls a transcript's
// turns or words in ”…” indirect; LitBank's calls quotations in ‘…’
// direct, so there a found quotation keeps its own kind.
func typesByDoubleMarks(gold []SpeakerText) bool {
	other := false
	for _, g := range gold {
		for _, q := range g.Quotes {
			if q.Type != string(doc.QuoteDirect) {
				other = other || goldKind(q.Type) >= 0
				continue
			}
			for _, s := range q.Spans {
				body := strings.TrimFunc(g.Text[s.Start:s.End], unicode.IsSpace)
				first, _ := utf8.DecodeRuneInString(body)
				last, _ := utf8.DecodeLastRuneInString(body)
				if !isDoubleMark(first) && !doubleBefore(g.Text, s.Start) || !isDoubleMark(last) && !doubleAfter(g.Text, s.End) {
					return false
				}
			}
		}
	}
	return other
}

// typesParagraphs reports whether a gold set types a quotation over
// paragraphs direct: one of its direct spans crosses a line break.
func typesParagraphs(gold []SpeakerText) bool {
	for _, g := range gold {
		for _, q := range g.Quotes {
			if q.Type != string(doc.QuoteDirect) {
				continue
			}
			for _, s := range q.Spans {
				if strings.Contains(g.Text[s.Start:s.End], "\n") {
					return true
				}
			}
		}
	}
	return false
}

func isDoubleMark(r rune) bool { return strings.ContainsRune("\"“”„‟«»〝〞＂", r) }

// within reports whether the words of inner lie inside the stretch that
// outer covers: the words in marks that type a quotation mixed must be
// among its words, as the gold files type it by the words of its content.
func within(inner, outer []doc.Span) bool {
	return len(inner) > 0 && len(outer) > 0 && outer[0].Start <= inner[0].Start && inner[len(inner)-1].End <= outer[len(outer)-1].End
}

// insideReported reports whether a direct, mixed or indirect quotation
// encloses quotation i.
func insideReported(qs []doc.Quote, i int) bool {
	for p := qs[i].Parent; p >= 0; p = qs[p].Parent {
		if goldKind(string(qs[p].Kind)) >= 0 {
			return true
		}
	}
	return false
}

// loose normalises spans as ScoreQuotes does (splitReopened) and drops a trailing full
// stop or comma (with any marks and space around it).
func loose(text string, spans []doc.Span) []doc.Span {
	out := splitReopened(text, spans)
	for i, s := range out {
		for s.End > s.Start && strings.ContainsRune(".,", rune(text[s.End-1])) {
			s.End--
			if t := normalise(text, []doc.Span{s}); len(t) == 1 {
				s = t[0]
			}
		}
		out[i] = s
	}
	return out
}

// trimSpan trims white space from both ends of a span, and commas,
// colons, semicolons and dashes (-, – and —) from its end: gold sets
// end an appositive before its closing comma or dash or after it
// ("Kall -- co-editor of a book --"), and a mention is the same
// either way.
func trimSpan(text string, s doc.Span) doc.Span {
	s = trimSpaceSpan(text, s)
	for s.End > s.Start {
		switch {
		case strings.ContainsRune(" \t\n,:;-", rune(text[s.End-1])):
			s.End--
		case strings.HasSuffix(text[s.Start:s.End], "–") || strings.HasSuffix(text[s.Start:s.End], "—"):
			s.End -= len("–")
		default:
			return s
		}
	}
	return s
}
