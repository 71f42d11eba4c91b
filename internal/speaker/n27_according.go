package speaker

import (
	"slices"
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// News says where it heard a speech act from with "according to" right
// after the speech clause: "These deals take time, Ann Lee said,
// according to a transcript." / "Ann Lee said, according to court
// records, that the pier was unsafe." / "“…,” she told jurors,
// according to a pool report." The speaker is the subject of the speech
// clause and the cue its verb; the "according to" phrase is the hand
// the words came through, a hop of the chain between the author and
// the speaker, not the speaker. Read as the frame "…, according to X"
// (parc.go), the sentence gave "These deals take time, Ann Lee said" as
// X's words; read from the verb, "said according to X that …" gave
// "according to X that …" as its content.
//
// The rule reads only an "according to" that follows the speech clause
// at once (a comma between, or none; a verb's object after "told" and a
// time or place after the verb, four words at most), outside words in
// marks, whose phrase accordingTo reads as a source (not "according to
// plan"). It leaves alone an "according to" that is a sentence's only
// source ("The pier is old, according to the report."), one in another
// clause ("…, which, according to the board, was needed"), and one
// inside quotation marks. The reading around the verb is bounded: the
// speech clause's last few tokens before the phrase, trailingCue's own
// reach, and the phrase after it.

// n27Said reads toks[k] (a comma, or the speech verb itself) and the
// "according to" at toks[k+1] as a speech clause and the hand it came
// through. The hook in attributions' "…, according to X" frame (parc.go)
// calls it before that frame is read: when it reads the sentence, it
// adds the attribution through add, with the hop in its chain (out is
// the list add appends to), and reports true; the frame is then not read.
//
// Two shapes are read. Trailing, after the reported clause: "<clause>,
// Ann Lee said[,] according to X." (the phrase ends the clause), read by
// trailingCue on the tokens up to the speech clause's end. Fronted,
// before it: "Ann Lee said, according to X, [that] <clause>" or "Ann Lee
// said according to X that <clause>" (without the commas, "that" must
// follow the phrase: in "He said according to the rules no one could
// enter" the phrase is the clause's own).
func (a *attributor) n27Said(out *[]doc.Quote, add func(found, []doc.Span), toks []tok, k int, s doc.Span, end int) bool {
	text := a.text
	if k+3 >= len(toks) || toks[k+1].low != "according" || toks[k+2].low != "to" {
		return false
	}
	v, comma := k, false // v: the speech clause's last token
	if !toks[k].word {
		if toks[k].str(text) != "," {
			return false
		}
		v, comma = k-1, true
	}
	if v < 1 || !toks[v].word || !n27CueNear(toks, v) || a.inMarks(s, toks[k+1].s) {
		return false
	}
	lim := len(toks) // where the phrase may end: before "that" when no comma opens it
	if !comma {
		for t := k + 4; t < len(toks) && t <= k+10; t++ {
			if toks[t].low == "that" {
				lim = t // "said according to court records that …"
				break
			}
		}
	}
	g := accordingTo(text, toks[:lim], k+1)
	if !g.ok || g.name == "" || g.pronoun != "" || g.subj.End > end || !n27Hop(g.name) {
		return false
	}
	pe := k + 3 // the token after the phrase
	for pe < len(toks) && toks[pe].s < g.subj.End {
		pe++
	}
	var f found
	var content doc.Span
	if sf, c, ok := a.n27Fronted(toks, v, pe, g, comma, end); ok {
		f, content = sf, c
	} else if tf, c, ok := a.n27Trailing(toks, v, pe, g, s, end); ok {
		f, content = tf, c
	} else {
		return false
	}
	n := len(*out)
	add(f, []doc.Span{content})
	if len(*out) == n {
		return false // add refused it ("she said" with no one to be "she"): the frame is read as before
	}
	q := &(*out)[n]
	q.Chain = n27WithHop(q.Chain, g.name)
	a.n27Marked(q, g.cue)
	return true
}

// n27Hop reports whether name, the source an "according to" phrase gives
// after a speech clause, is a hand the words passed through: not an
// object pronoun ("according to him" names the speaker again) nor a rule
// the act followed ("said, according to the law", "company policy",
// "the deal's terms"), which conformityNouns leaves to accordingTo only
// bare.
func n27Hop(name string) bool {
	w := strings.ToLower(name)
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	}
	return !n27RuleNouns[w] && !conformityNouns[w]
}

// n27RuleNouns are the heads of an "according to" phrase that name what
// an act conformed to, not who reported it.
var n27RuleNouns = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true, "law": true, "laws": true, "rule": true, "rules": true, "policy": true, "policies": true, "terms": true, "regulations": true, "guidelines": true, "statute": true, "constitution": true, "contract": true, "agreement": true, "instructions": true, "orders": true}

// n27Marked gives words in marks inside the reported clause of q that
// were read as the "according to" phrase's (their cue is that phrase,
// cue) to q's speaker, through the hop: in "Ann Lee said, according to
// a transcript, that deals “take time.”" the phrase in marks is Ann
// Lee's words, as the clause around it is. It reads at most 16
// quotations from the clause's start.
func (a *attributor) n27Marked(q *doc.Quote, cue doc.Span) {
	qs := a.d.Quotes
	k := sort.Search(len(qs), func(k int) bool { return qs[k].Start >= q.Start })
	for n := 0; k < len(qs) && qs[k].Start < q.End && n < 16; k, n = k+1, n+1 {
		if m := &qs[k]; m.Cue == cue && len(m.Marks) > 0 && m.End <= q.End {
			m.Speaker, m.Cue, m.Chain = q.Speaker, q.Cue, slices.Clone(q.Chain)
		}
	}
}

// n27Fronted reads "Ann Lee said, according to X, [that] <clause>" and
// "Ann Lee said according to X that <clause>": the subject opens the
// clause and runs to the verb at toks[v] (or to "told" and its object),
// and the reported clause follows the phrase, which ends before
// toks[pe]. Without the commas "that" must follow the phrase: in "He
// said according to the rules no one could enter" the phrase is the
// reported clause's own.
func (a *attributor) n27Fronted(toks []tok, v, pe int, g found, comma bool, end int) (found, doc.Span, bool) {
	text := a.text
	if toks[0].is(isAuxiliary) || strings.HasSuffix(strings.TrimSpace(text[toks[0].s:end]), "?") {
		return found{}, doc.Span{}, false // "Did Ann Lee say, according to …, that …?": asked, not said
	}
	j := pe
	if comma {
		if e := appositiveEnd(text, toks, g, j); e > 0 {
			j = e // "according to Ed Moss, the mayor, that …": the appositive is the phrase's
		}
		if j >= len(toks) || toks[j].str(text) != "," {
			return found{}, doc.Span{}, false
		}
		j++
	}
	if j < len(toks) && toks[j].low == "that" {
		j++
		if j < len(toks) && toks[j].word && (toks[j].is(isAuxiliary) || strings.HasSuffix(toks[j].low, "ed") && !capital(toks[j].str(text))) {
			return found{}, doc.Span{}, false // "according to a transcript that was leaked": the phrase's relative clause
		}
	} else if !comma {
		return found{}, doc.Span{}, false
	}
	if j >= len(toks) || !toks[j].word || !wordsAtLeast(toks[j:], 2) {
		return found{}, doc.Span{}, false
	}
	vi := n27Verb(toks, v)
	if vi < 1 {
		return found{}, doc.Span{}, false
	}
	f, e := subjectAt(text, toks, 0, vi)
	if !f.ok || e > vi || n27NoOne[strings.ToLower(f.name)] {
		return found{}, doc.Span{}, false // "Nobody said, according to …, that …": no one's words
	}
	for ; e < vi; e++ {
		if !toks[e].word || !toks[e].adverbish() {
			return found{}, doc.Span{}, false // "Ann Lee also said", not "The pier Ann Lee said"
		}
	}
	to := contentEnd(text, toks, toks[j].s, end)
	if to <= toks[j].s {
		return found{}, doc.Span{}, false
	}
	f.cue = doc.Span{Start: toks[vi].s, End: toks[vi].e}
	return f, doc.Span{Start: toks[j].s, End: to}, true
}

// n27Trailing reads "<clause>, Ann Lee said[,] according to X." with
// trailingCue on the tokens up to the speech clause's end (toks[v]),
// under the tests attributions makes of a trailing cue. The phrase g
// ends the sentence, or is followed by a comma or a participle's phrase
// ("according to a transcript reviewed by the Herald"), not by a
// clause, nor by the predicate of a subject the speech clause stood
// after ("The store, the council says, according to a memo, will be
// sold").
func (a *attributor) n27Trailing(toks []tok, v, pe int, g found, s doc.Span, end int) (found, doc.Span, bool) {
	text := a.text
	rest := strings.TrimSpace(text[g.subj.End:end])
	if rest != "" && rest != "." && !strings.HasPrefix(rest, ",") && !n27Modifier(rest) {
		return found{}, doc.Span{}, false
	}
	if pe+1 < len(toks) && toks[pe].str(text) == "," && toks[pe+1].word && (toks[pe+1].is(isAuxiliary) || toks[pe+1].is(isFinite)) {
		return found{}, doc.Span{}, false // "The store, the council says, according to a memo, will be sold": the clause goes on around the aside
	}
	tg, c, resume := trailingCue(text, toks[:v+1])
	if !tg.ok || resume > 0 || tg.pronoun == "it" || capital(text[tg.cue.Start:tg.cue.End]) {
		return found{}, doc.Span{}, false
	}
	ci := sort.Search(v, func(i int) bool { return toks[i].s >= c }) // the comma before the speech clause, or the mark after it
	if ci < 2 || v-ci > 9 || !wordsAtLeast(toks[:ci], 2) {
		return found{}, doc.Span{}, false
	}
	if !(tg.cue.End > tg.subj.Start || trailingOK(text, tg.subj.End, toks[v].e) && !clauseAsSubject(a.ix, tg.subj)) {
		return found{}, doc.Span{}, false
	}
	return tg, doc.Span{Start: s.Start, End: c}, true
}

// n27Modifier reports whether rest, the words after an "according to"
// phrase that follows a trailing speech clause, open with a participle's
// phrase or a relative clause that modifies its noun ("reviewed by the
// Herald", "obtained by NBC", "seen by Reuters", "that was leaked"), no
// clause of their own.
func n27Modifier(rest string) bool {
	w, _, _ := strings.Cut(rest, " ")
	w = strings.ToLower(w)
	return n27Participles[w] || strings.HasSuffix(w, "ed") && strings.Contains(rest, " by ") || w == "that" || w == "which"
}

// n27Participles are the participles of n27Modifier that do not end in
// "-ed".
var n27Participles = map[string]bool{"seen": true, "shown": true, "given": true, "made": true, "released": true, "written": true, "sent": true, "kept": true, "held": true, "filed": true, "read": true}

// n27CueNear reports whether a cue or a verb of reporting is among the
// last ten tokens up to toks[v]: every speech clause the rule reads
// holds one there (trailingCue's cue comes within ten words of its
// comma), and a sentence whose "according to" follows none ("The pier
// is old, according to the report.") is turned away before its phrase
// is read, which the frame reads after.
func n27CueNear(toks []tok, v int) bool {
	for i := v; i >= 0 && i >= v-9; i-- {
		if toks[i].word && toks[i].gate(isCue|isReporting) {
			return true
		}
	}
	return false
}

// n27Verb returns the index of the speech verb that ends the clause at
// toks[v], or of an object verb ("told", "assured") whose object runs
// up to toks[v] (at most three words: "told the jurors"); -1 if none.
func n27Verb(toks []tok, v int) int {
	for i := v; i >= 0 && i >= v-3; i-- {
		t := &toks[i]
		if !t.word {
			return -1
		}
		if t.is(isCue) || r2SpeechClass(t.senses()) {
			if i == v || t.is(isObjectCue) {
				return i
			}
			return -1
		}
		if t.is(isFinite) || t.is(isAuxiliary) || t.is(isSubjectPronoun) {
			return -1
		}
	}
	return -1
}

// n27WithHop returns chain with hop put before its last entry, the
// speaker: "the author → a transcript → Ann Lee".
func n27WithHop(chain []string, hop string) []string {
	if len(chain) == 0 {
		return chain
	}
	c := slices.Insert(slices.Clone(chain), len(chain)-1, hop)
	return dedupe(c)
}

// n27DirectHop puts the "according to" phrase that follows the speech
// clause of direct quotation i into its chain of hands: "“These deals
// take time,” Ann Lee said, according to a transcript." is Ann Lee's,
// through a transcript. Attribute calls it after each quotation's own
// reading, so that a quotation inside it inherits the hop. The phrase
// must follow the clause's last word (the speaker's mention or the
// cue) at once, after a comma or none, or after a few words of object,
// time or place ("she told jurors, according to a pool report", "he
// said in court, according to …"); a quotation whose cue is "according
// to" itself has no hop. Cost: the bytes after the clause (a full stop,
// a colon or a quotation mark there ends it), one search for a comma in
// the 48 bytes after them where a lower-case word follows, and tokens
// only where the phrase is there.
func (a *attributor) n27DirectHop(i int) {
	q := &a.d.Quotes[i]
	text := a.text
	if q.Speaker.Name == "" || q.Cue.End <= q.Cue.Start || len(q.Chain) == 0 {
		return
	}
	e := max(q.Cue.End, q.Speaker.Mention.End)
	p := e // the phrase's start: after a comma and a space, or a space
	for p < len(text) && p < e+2 && (text[p] == ' ' || text[p] == ',') {
		p++
	}
	at := -1
	switch {
	case p == e || p >= len(text):
		return // most clauses end the sentence or open the quotation: "she said.", "she said:"
	case n27AccordingAt(text, p):
		at = p
	case text[p] >= 'a' && text[p] <= 'z':
		// The one told, or a time or place, first: "she told
		// jurors, according to …", "she said in court, according to …".
		// A comma ends these words: the first one in reach must
		// open the phrase.
		hi := min(len(text), e+48)
		j := strings.IndexByte(text[p:hi], ',')
		if j < 0 || !n27AccordingAt(text, p+j+2) || text[p+j+1] != ' ' {
			return
		}
		at = p + j + 2
	default:
		return
	}
	if w := text[q.Cue.Start:q.Cue.End]; strings.EqualFold(w, "according to") || strings.EqualFold(w, "per") {
		return
	}
	for _, c := range q.Content {
		if c.Start <= at && at < c.End {
			return
		}
	}
	if q.Start < at && at < q.End && len(q.Content) < 2 {
		return
	}
	toks := a.ix.scratch(3, e, min(len(text), at+200))
	j := 0
	for ; j < len(toks) && toks[j].s < at; j++ {
		t := &toks[j]
		if !t.word {
			if t.str(text) == "," && j+1 < len(toks) && toks[j+1].s == at {
				continue // the comma before the phrase
			}
			return
		}
		if j >= 4 || t.is(isFinite) || t.is(isAuxiliary) || t.is(isSubjectPronoun) || t.is(isCue) || n27Joins[t.low] {
			return
		}
	}
	if j >= len(toks) || toks[j].s != at {
		return
	}
	g := accordingTo(text, toks, j)
	if !g.ok || g.name == "" || g.pronoun != "" || !n27Hop(g.name) {
		return
	}
	q.Chain = n27WithHop(q.Chain, g.name)
}

// n27NoOne are subjects that deny the act: "Nobody said, according to
// the minutes, that …".
var n27NoOne = map[string]bool{"nobody": true, "no one": true, "none": true, "no-one": true}

// n27Joins are words that open another clause or join another
// predicate between a speech clause and an "according to" phrase: the
// phrase is then that clause's.
var n27Joins = map[string]bool{"and": true, "but": true, "or": true, "that": true, "which": true, "who": true, "while": true, "because": true, "as": true, "if": true, "when": true}

// n27HopEnd returns where an "according to" phrase that follows an
// attribution ending at from ends, or from when none does: in "…, he
// said, according to a transcript reviewed by the Herald." the phrase
// is part of the attribution, not narration after it, so that a
// continuation paragraph after it (f1_continue.go) is still the
// speaker's. The phrase must open within a comma and spaces of from,
// and runs to the next comma, semicolon or end of sentence within
// n27HopReach bytes; else from.
func n27HopEnd(text string, from, to int) int {
	i := from
	for i < to && i < from+3 && (text[i] == ' ' || text[i] == ',') {
		i++
	}
	const a = "according to "
	if i+len(a) > to || !n27AccordingAt(text, i) {
		return from
	}
	hi := min(to, i+n27HopReach)
	if j := strings.IndexAny(text[i:hi], ".;,!?\n"); j > len(a) {
		return i + j
	}
	return from
}

// n27HopReach bounds the "according to" phrase n27HopEnd reads.
const n27HopReach = 120

// n27AccordingAt reports whether "according to " (its first letter in
// either case) starts at text[i].
func n27AccordingAt(text string, i int) bool {
	const w = "ccording to "
	return i+1+len(w) <= len(text) && (text[i] == 'a' || text[i] == 'A') && text[i+1:i+1+len(w)] == w
}
