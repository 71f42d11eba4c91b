package speaker

import (
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n2SkipAsides cuts out of a reported clause an attribution of its own
// that stands between commas inside it: "Kim said the plant, the
// officials said, would close" reports "the plant … would close", and
// "To cut the risk, the officials said, the utility moved its cables,
// Ann Hale said" reports "To cut the risk, … the utility moved its
// cables". News prose drops such a parenthetical ", NP said," (or ",
// NP reported,", ", they say,") into any clause; it hands the clause on
// from another source and is never part of what the outer speaker
// said. Left in, the content runs over a second speaker's name and cue.
//
// The aside is a comma, "as" or not ("…, as officials noted, …"), a subject read by subjectAt that ends right
// before a verb of cues.txt (not one of notIndirect: "went", "asked"),
// which is not a participle in -ing, then at most a phrase of time
// ("said Monday", "said last week"), then a comma and a word: the
// clause resumes. The outer reading's own cue is never its aside
// (trailingCue reads "The store, the council says, will be sold" with
// the aside as its cue), and an aside inside words in marks is the
// quoted speaker's own. The cut is made only in a content with two
// commas (a byte count, before any token is visited); a content is a
// bounded stretch of one clause, and toks are visited once.
func (a *attributor) n2SkipAsides(toks []tok, s doc.Span, f found, content []doc.Span) []doc.Span {
	text := a.text
	if len(content) == 1 && content[0].End-content[0].Start < 8 {
		return content
	}
	var out []doc.Span
	for pi, p := range content {
		if p.End-p.Start < 8 || strings.Count(text[p.Start:p.End], ",") < 2 {
			if out != nil {
				out = append(out, p)
			}
			continue
		}
		cut := p
		var pieces []doc.Span
		// From comma to comma by the bytes; the token of each is
		// found by a search, the tokens between them are not visited.
		lo := 0
		for at := cut.Start; at < cut.End; {
			o := strings.IndexByte(text[at:cut.End], ',')
			if o < 0 {
				break
			}
			at += o + 1
			i := lo + sort.Search(len(toks)-lo, func(k int) bool { return toks[lo+k].s >= at-1 })
			if i >= len(toks) {
				break
			}
			lo = i
			if t := &toks[i]; t.s != at-1 || t.word || t.e-t.s != 1 {
				continue
			}
			j, ok := n2AsideAt(text, toks, i, f)
			if !ok || toks[j].e >= cut.End || toks[j+1].s >= cut.End || a.inMarks(s, toks[i].s) {
				continue
			}
			left := doc.Span{Start: cut.Start, End: toks[i].s}
			if strings.TrimSpace(text[left.Start:left.End]) != "" {
				pieces = append(pieces, left)
			}
			cut.Start = toks[j+1].s
			at, lo = cut.Start, j+1
		}
		if pieces == nil {
			if out != nil {
				out = append(out, p)
			}
			continue
		}
		if out == nil {
			out = append(make([]doc.Span, 0, len(content)+len(pieces)), content[:pi]...)
		}
		out = append(append(out, pieces...), cut)
	}
	if out == nil {
		return content
	}
	return out
}

// n2AsideAt reports whether the comma at toks[i] opens an aside
// ", NP cue [time]," whose closing comma is toks[j] and after which a
// word follows; the aside holds no cue of f. See n2SkipAsides.
func n2AsideAt(text string, toks []tok, i int, f found) (j int, ok bool) {
	k := i + 1
	if k+3 < len(toks) && toks[k].low == "as" {
		k++ // ", as officials noted,": the comment clause of "as" is an aside too
	}
	if k+2 >= len(toks) || !toks[k].word || toks[k].is(isSubordinator) || relativeWord(toks[k].low) || toks[k].low == "as" || toks[k].low == "and" || toks[k].low == "but" || toks[k].low == "or" {
		return 0, false
	}
	// The cue within five words after the comma: the subject is short.
	c := -1
	for m := k + 1; m < len(toks) && m <= k+5; m++ {
		if !toks[m].word {
			return 0, false
		}
		if toks[m].is(isCue) && !toks[m].is(isNotIndirect) && !strings.HasSuffix(toks[m].low, "ing") {
			c = m
			break
		}
	}
	if c < 0 || f.cue.Start <= toks[c].s && toks[c].s < f.cue.End || toks[c-1].is(isNounMarker|isDet) {
		// A noun, not a verb, after a determiner or an adjective:
		// "…, her proudest boast, …" (as trailingCue tells it).
		return 0, false
	}
	g, e := subjectAt(text, toks, k, c)
	if !g.ok || e != c || g.subj.Start < toks[k].s || g.pronoun == "who" || g.pronoun == "it" || !agrees(text, g, toks[c].senses()) {
		// A base form after a singular is a noun: "…, her proudest
		// boast, …", not "…, critics say, …".
		return 0, false
	}
	j = c + 1
	if t := timeAfterCue(text, toks, j); t > j {
		j = t
	}
	if j+1 >= len(toks) || toks[j].word || toks[j].e-toks[j].s != 1 || text[toks[j].s] != ',' || !toks[j+1].word {
		return 0, false
	}
	return j, true
}

// n2AdverbContent reports whether a content opens with a manner adverb
// in -ly that only a preposition or the clause's end follows: "Officials
// monitor weather forecasts closely during the season" read "forecasts"
// as a verb with the content "closely during the season". A verb of
// reporting hands over a clause, an object or an infinitive; an adverb
// and a phrase of place or time are neither, so no reading stands
// ("said quietly that …" opens its content at "that", "called for
// immediately deducting …" has a gerund after the adverb, and "wanted
// badly to see it" an infinitive). n2LyFirst has tested the first
// word's bytes before any token is looked up.
func n2AdverbContent(text string, toks []tok, content []doc.Span) bool {
	c := content[0]
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= c.Start })
	if i >= len(toks) || toks[i].s != c.Start || !lyAdverb(toks[i].low) {
		return false
	}
	n := i + 1
	return n >= len(toks) || toks[n].s >= c.End || !toks[n].word || toks[n].is(isPrep) && toks[n].low != "to"
}

// n2InvertedResume returns where the clause resumes after an inverted
// cue and its subject between commas inside it: "The combination, say
// economists, marks a turn", "The plan, said the mayor, would cost too
// much". The subject of the inverted cue ends at rest[e], a comma or a
// dash; the clause resumes with a verb of its own: an auxiliary or a
// finite form, or a lower-case word in -s or -ed that is no function
// word (an appositive after the subject opens with a determiner or a
// capital: "…, said Ann Moss, the mayor, …" does not resume). It
// returns 0 otherwise, and trailingCue then reads the content before
// the cue alone, as before.
func n2InvertedResume(text string, rest []tok, g found, e int) int {
	if !g.ok || e < 1 || e+1 >= len(rest) || g.subj.End > rest[e].s || !asideMark(text, &rest[e]) {
		return 0
	}
	v := &rest[e+1]
	if !v.word || capital(v.str(text)) {
		return 0
	}
	if v.is(isAuxiliary|isFinite) || !v.is(isFunction|isDet|isPrep|isPronoun|isSubordinator) && (strings.HasSuffix(v.low, "s") || strings.HasSuffix(v.low, "ed")) && !strings.HasSuffix(v.low, "ss") {
		return v.s
	}
	return 0
}

// n2MayAside reports whether the clause toks may hold an aside of
// attribution (n2SkipAsides): one of its verbs of reporting (trig, their
// positions) is a cue of cues.txt with a comma right after it or after
// one more word ("…, the officials said, …", "…, she said Monday, …").
// It asks the bits of the words, not only trig's gate, so that it reads
// the same with the gates open (TestGates).
// It is read once a clause, so that each reading is tested by a flag.
func n2MayAside(text string, toks []tok, trig []int32) bool {
	if len(trig) < 2 {
		return false // the aside's cue and the reading's own
	}
	for _, k := range trig {
		if k < 2 || int(k) >= len(toks) || !toks[k].is(isCue) || !toks[k].is(isReporting) {
			continue
		}
		for j := int(k) + 1; j < len(toks) && j <= int(k)+3; j++ {
			if !toks[j].word {
				if toks[j].e-toks[j].s == 1 && text[toks[j].s] == ',' {
					return true
				}
				break
			}
		}
	}
	return false
}

// n2QuoteInto is quoteInto for attributions' readings: a content with
// the asides inside it cut out (n2SkipAsides), in a clause that may hold
// one (n2MayAside, read at the clause's first reading and kept in
// *asides: 1 no, 2 yes); and no reading for a content that opens with a
// manner adverb only (n2AdverbContent), which is looked for only right
// after the cue and by its first word's bytes. The rest pass with a flag
// and a few byte tests, so that the call that makes each reading stays
// one call.
func (a *attributor) n2QuoteInto(q *doc.Quote, f found, content []doc.Span, parent int, toks []tok, s doc.Span, trig []int32, asides *int8) bool {
	if *asides == 0 {
		*asides = 1
		if n2MayAside(a.text, toks, trig) {
			*asides = 2
		}
	}
	if *asides == 2 {
		content = a.n2SkipAsides(toks, s, f, content)
	}
	if len(content) == 1 && content[0].Start == f.cue.End+1 && n2LyFirst(a.text, content[0]) && n2AdverbContent(a.text, toks, content) {
		return false
	}
	return a.quoteInto(q, f, content, parent)
}

// n2LyFirst reports whether the span opens with a lower-case word of five
// letters or more in -ly, by its bytes: its first and fifth bytes first
// ("that", "the", "to" end before the fifth), then the word's end
// (n2LyEnd).
//
// A space among its second to fourth bytes ends the first word before
// the fifth ("the strike", "to be"): n2AdverbContent's token there has
// at most three bytes, whose lower case has at most four, and is no
// -ly adverb (lyAdverb), so the word is not read on (n2LyEnd read
// "strike" for the "the" before it).
func n2LyFirst(text string, c doc.Span) bool {
	return c.End-c.Start >= 5 && text[c.Start]-'a' < 26 && text[c.Start+4]-'a' < 26 && text[c.Start+3] != ' ' && text[c.Start+2] != ' ' && text[c.Start+1] != ' ' && n2LyEnd(text, c)
}

// n2LyEnd reads the word that opens c, whose first five bytes are
// lower-case letters, to its end (at most 20 bytes): it ends in -ly.
func n2LyEnd(text string, c doc.Span) bool {
	n := 5
	for lim := min(c.End-c.Start, 20); n < lim && text[c.Start+n]-'a' < 26; n++ {
	}
	return text[c.Start+n-1] == 'y' && text[c.Start+n-2] == 'l'
}
