package speaker

import (
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n31Marked gives a phrase in marks that no rule gave a speaker the one
// its own sentence names as the phrase's source, in shapes of news and
// web prose that the readers before it miss:
//
//   - a passive of naming whose agent follows the marks: "The plan was
//     described as “reckless” by the harbour board", "Called a “brutal
//     game” by its makers, Gridlock …"; or a written source after "in":
//     "(described as “a small fix” in the release notes)". The agent is
//     read as n18Passives reads one (n18Agent, n18Speaks: a name, a
//     person, a body, a thing that carries words, or n31Doers), the
//     written source not a pronoun's ("in his statement" is left, as
//     whose it is is another reader's business); "by" or "in" must
//     follow the closing mark at once (past a comma), and the naming
//     participle must come right before the marks (past "as" and an
//     article);
//     The agent may stand between the participle and "as": "was
//     described by the mayor as “reckless”" (n31AgentBefore);
//   - a relative clause of naming whose verb has auxiliaries or adverbs
//     before it: "what Globex is now calling “living” pictures", "the
//     plan that the mayor has been calling “a gift”" (subjectNaming
//     reads the plain "what Globex calls “…”");
//   - a relative clause of speech on a head before a comma: "Acme Corp,
//     which accuses the firm of “stealing” designs", "Ed Moss, who
//     called the levy “a tax on work”", with the verb at most
//     n31RelReach words before the marks and no comma between;
//   - an adverb of frankness in marks right after a verb of speaking,
//     whose sentence's subject speaks in that manner in their own word:
//     "He would speak “bluntly” about graft" (n31Manner, n31Frank);
//   - a verb of claiming or promising with "to" and its infinitive's
//     words up to the marks: "while advertisers claim to let users opt
//     out of “tracked ads”" (n31ClaimTo);
//   - a possessor's noun of speech and "that" right before the marks:
//     "Ann Moss’s insistence that “anyone can cook”", "his claim that
//     “…”", the possessor a name the text knows (n31Known) or a
//     person's description, not a time ("Monday’s statement that").
//
// The phrase becomes mixed, with the speaker, the verb or noun as its
// cue, and a chain of the speaker alone. Before these, n31Inner hands a
// nested mixed phrase to the inner speaker where a paper relays the
// report, and n31Predicate reads a phrase after "is the" inside an
// attribution of speech as the speaker's. What it must not read: a
// participle that names without a source ("known as “the Rock”", "was
// called “Tom” by mistake": "mistake" is no agent), a relative clause
// whose verb is no verb of speech ("the law, which bans “assault
// weapons”"), a noun of speech with no possessor ("the claim that
// “…”"), a phrase in marks that another reader gave a speaker.
//
// Each quotation reads at most n31Back bytes before its opening mark
// and n31Ahead after its closing one, within its sentence (n31Manner
// reads from the sentence's start only when it lies within n31Back
// bytes of the mark), and n31Inner, n6SpokenIn and n31Known look at a
// bounded number of quotations or mentions each, so time is linear.
//
// None of the shapes is read where the sentence denies or asks it
// (n31Denied: "was not described as “…” by", "Was it called “…” by the
// mayor?"), nor with a subject or possessor that names no speaker
// (n31NoSpeaker: "Many claim to …", "Monday’s insistence that …"), nor
// "called" as announcing ("The election was called “early” by …").
func (a *attributor) n31Marked() {
	d, text := a.d, a.text
	n31Inner(d)
	ss := d.Sentences
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if len(q.Marks) == 0 || q.Speaker.Name != "" || q.Kind != doc.QuoteScare && q.Kind != doc.QuoteMixed {
			continue
		}
		open, end := q.Start, q.End
		k := sort.Search(len(ss), func(k int) bool { return ss[k].End > open })
		if k >= len(ss) || ss[k].Start > open {
			continue
		}
		sent := ss[k].Span
		if n6Headline(text, sent) {
			continue
		}
		toks := a.ix.tokens(max(sent.Start, open-n31Back), min(sent.End, end+n31Ahead))
		o := sort.Search(len(toks), func(j int) bool { return toks[j].s >= open })
		c := sort.Search(len(toks), func(j int) bool { return toks[j].s >= end })
		if o >= len(toks) || o == 0 || c > len(toks) {
			continue
		}
		if a.n31Predicate(i, toks, o) {
			continue
		}
		f, ok := a.n31ByAgent(toks, o, c)
		if !ok {
			f, ok = a.n31CallingWhat(toks, o)
		}
		if !ok {
			f, ok = a.n31Relative(toks, o)
		}
		if !ok {
			f, ok = a.n31Insistence(toks, o)
		}
		if !ok {
			f, ok = a.n31Manner(i, toks, o, sent)
		}
		if !ok && q.Parent < 0 {
			f, ok = a.n31ClaimTo(toks, o)
		}
		if !ok || n31Denied(text, toks, f.cue, sent) {
			continue
		}
		if len(q.Content) == 1 && strings.EqualFold(text[f.cue.Start:f.cue.End], "called") && n31CallTimes[strings.ToLower(text[q.Content[0].Start:q.Content[0].End])] {
			continue // "The election was called “early” by the prime minister": announced, not named
		}
		f, nm := a.n6Name(f, i)
		if nm == "" {
			continue
		}
		q.Kind = doc.QuoteMixed
		q.Speaker = doc.Speaker{Name: nm, Mention: f.subj}
		q.Cue = f.cue
		q.Chain = []string{nm}
	}
}

// n31Back and n31Ahead bound the bytes read before a phrase's opening
// mark and after its closing one; n31RelReach the words between a
// relative clause's verb and the marks.
const (
	n31Back     = 160
	n31Ahead    = 120
	n31RelReach = 6
)

// n31Namings are participles of naming or characterising that put a
// phrase in marks before an agent after "by": "described as “…” by",
// "called “…” by", "hailed as “…” by".
var n31Namings = map[string]bool{"described": true, "called": true, "dubbed": true, "labeled": true, "labelled": true, "branded": true, "termed": true,
	"characterized": true, "characterised": true, "hailed": true, "billed": true, "touted": true, "derided": true, "decried": true, "denounced": true,
	"nicknamed": true, "praised": true, "criticized": true, "criticised": true, "dismissed": true, "portrayed": true, "lauded": true, "slammed": true}

// n31ByAgent reads the passive of naming around the marks toks[o:c]:
// the participle right before them (past "as" and an article, or "to
// as" after "referred"), the agent right after them after "by" (past a
// comma), or a written source after "in".
func (a *attributor) n31ByAgent(toks []tok, o, c int) (found, bool) {
	text := a.text
	p := o - 1
	if p >= 0 && toks[p].word && (toks[p].low == "a" || toks[p].low == "an" || toks[p].low == "the") {
		p--
	}
	if p >= 0 && toks[p].low == "as" {
		if g, ok := n31AgentBefore(text, toks, p); ok {
			return g, true // "described by the mayor as “reckless”"
		}
		p--
		if p >= 1 && toks[p].low == "to" && toks[p-1].low == "referred" {
			p--
		}
	}
	if p < 0 || !toks[p].word || !n31Namings[toks[p].low] && toks[p].low != "referred" {
		return found{}, false
	}
	b := c
	if b < len(toks) && toks[b].str(text) == "," {
		b++
	}
	if b+1 >= len(toks) || !toks[b].word {
		return found{}, false
	}
	var g found
	switch toks[b].low {
	case "by":
		g, _ = n18Agent(text, toks, b+1)
		if !g.ok {
			g = n31DoerPhrase(text, toks, b+1)
		}
		if !g.ok || !n18Speaks(text, toks, g) && !n31Doers(text, toks, g) {
			return found{}, false
		}
	case "in":
		g = n31Work(text, toks, b+1)
		if !g.ok {
			return found{}, false
		}
	default:
		return found{}, false
	}
	g.cue = doc.Span{Start: toks[p].s, End: toks[p].e}
	return g, true
}

// n31AgentBefore reads the agent of a passive of naming between its
// participle and "as" at toks[as]: "was described by the mayor as
// “…”", "branded by critics as a “…”". The agent (n18Agent, n18Speaks
// or n31Doers) must end right before "as", at most six words after
// "by".
func n31AgentBefore(text string, toks []tok, as int) (found, bool) {
	for b := as - 2; b >= 1 && b >= as-7; b-- {
		if !toks[b].word {
			return found{}, false
		}
		if toks[b].low != "by" {
			continue
		}
		if !n31Namings[toks[b-1].low] {
			return found{}, false
		}
		g, _ := n18Agent(text, toks, b+1)
		if !g.ok {
			g = n31DoerPhrase(text, toks, b+1)
		}
		if !g.ok || g.subj.End != toks[as-1].e || !n18Speaks(text, toks, g) && !n31Doers(text, toks, g) {
			return found{}, false
		}
		g.cue = doc.Span{Start: toks[b-1].s, End: toks[b-1].e}
		return g, true
	}
	return found{}, false
}

// n31Work reads a written source at toks[k] after "in": an article or a
// possessive name, up to three words, and a head that carries words
// (the release notes, Acme's annual report, a statement). A possessive
// pronoun ("in his statement", "in its report") is left: the source
// would be the pronoun's referent, which this reader does not resolve.
func n31Work(text string, toks []tok, k int) found {
	if k >= len(toks) || !toks[k].word || !n31Owner(&toks[k]) || possessivePronouns[toks[k].low] {
		return found{}
	}
	for e := k + 1; e < len(toks) && e <= k+3 && toks[e].word; e++ {
		if toks[e].is(isFunction) || toks[e].is(isPrep) {
			break
		}
		if w := toks[e].low; carriers[w] || carriers[trimPlural(w)] || w == "announcement" || w == "notes" || w == "changelog" {
			if e+1 < len(toks) && toks[e+1].word && !toks[e+1].is(isFunction) && !toks[e+1].is(isPrep) {
				continue // "in the report card": the head goes on
			}
			sp := doc.Span{Start: toks[k].s, End: toks[e].e}
			return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
		}
	}
	return found{}
}

// trimPlural drops a plural's "s".
func trimPlural(w string) string {
	if len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
		return w[:len(w)-1]
	}
	return w
}

// n31CallingWhat reads a relative clause of naming that ends at the
// marks toks[o:], with auxiliaries or adverbs between its subject and
// its verb: "what Globex is calling “…”", "that the mayor has long
// called a “…”". The subject is a name or a description (a pronoun is
// left to subjectNaming's other readers), after "what", "which" or
// "that".
func (a *attributor) n31CallingWhat(toks []tok, o int) (found, bool) {
	text := a.text
	v := o - 1
	if v >= 0 && toks[v].word && (toks[v].low == "a" || toks[v].low == "an") {
		v--
	}
	if v < 2 || !toks[v].word || !toks[v].is(isNaming) {
		return found{}, false
	}
	k, _ := auxBefore(toks, v)
	if k == v-1 || k < 1 {
		return found{}, false // no auxiliary: subjectNaming's shape
	}
	f := subjectEnding(text, toks, k)
	if !f.ok || f.subj.End != toks[k].e {
		return found{}, false
	}
	s := sort.Search(len(toks), func(j int) bool { return toks[j].s >= f.subj.Start })
	if s < 1 || !toks[s-1].word {
		return found{}, false
	}
	if w := toks[s-1].low; w != "what" && w != "which" && w != "that" {
		return found{}, false
	}
	f.cue = doc.Span{Start: toks[v].s, End: toks[v].e}
	return f, true
}

// n31Relative reads a relative clause of speech on a head before a
// comma, whose verb stands at most n31RelReach words before the marks
// toks[o:]: "Acme Corp, which accuses the firm of “stealing” designs".
// The verb is one of speech or writing (k1SpeechCue) or of naming; the
// head is a name or a description ending right before the comma.
func (a *attributor) n31Relative(toks []tok, o int) (found, bool) {
	text := a.text
	for v := o - 1; v >= 2 && v >= o-1-n31RelReach; v-- {
		if !toks[v].word {
			return found{}, false // a comma or another mark between
		}
		if toks[v-1].low != "which" && toks[v-1].low != "who" {
			continue
		}
		if toks[v-2].str(text) != "," || v < 3 {
			return found{}, false
		}
		cue := doc.Span{Start: toks[v].s, End: toks[v].e}
		if !k1SpeechCue(text, cue) && !toks[v].is(isNaming) {
			return found{}, false
		}
		f := subjectEnding(text, toks, v-3)
		if !f.ok || f.pronoun != "" || f.subj.End != toks[v-3].e {
			return found{}, false
		}
		f.cue = cue
		return f, true
	}
	return found{}, false
}

// n31Nouns are nouns of a claim whose possessor's words a clause after
// "that" in marks gives: "Ann Moss’s insistence that “…”".
var n31Nouns = map[string]bool{"insistence": true, "claim": true, "assertion": true, "contention": true, "promise": true, "pledge": true, "vow": true,
	"argument": true, "warning": true, "boast": true, "complaint": true, "allegation": true, "charge": true, "declaration": true, "statement": true, "suggestion": true}

// n31Insistence reads a possessor and a noun of n31Nouns before "that"
// right before the marks toks[o:]: "Ann Moss’s insistence that “…”",
// "his claim that “…”".
func (a *attributor) n31Insistence(toks []tok, o int) (found, bool) {
	text := a.text
	t := o - 1
	if t < 2 || toks[t].low != "that" || !n31Nouns[toks[t-1].low] {
		return found{}, false
	}
	p := t - 2
	switch w := toks[p].low; w {
	case "his":
		return found{subj: doc.Span{Start: toks[p].s, End: toks[p].e}, pronoun: "he", ok: true, cue: doc.Span{Start: toks[t-1].s, End: toks[t-1].e}}, true
	case "her":
		return found{subj: doc.Span{Start: toks[p].s, End: toks[p].e}, pronoun: "she", ok: true, cue: doc.Span{Start: toks[t-1].s, End: toks[t-1].e}}, true
	}
	s := toks[p].str(text)
	var base string
	switch {
	case len(s) > 4 && s[len(s)-4:] == "’s":
		base = s[:len(s)-4]
	case len(s) > 2 && s[len(s)-2:] == "'s":
		base = s[:len(s)-2]
	default:
		return found{}, false
	}
	if !capital(base) || n31NoSpeaker(base) {
		return found{}, false
	}
	start := toks[p].s
	// The name's earlier words: "Ann Moss’s", not a time before it
	// ("Yesterday Ann Moss’s").
	for j := p - 1; j >= 0 && j >= p-3 && toks[j].word && capital(toks[j].str(text)) && !toks[j].is(isFunction) && !n31NoSpeaker(toks[j].low); j-- {
		start = toks[j].s
	}
	sp := doc.Span{Start: start, End: toks[p].s + len(base)}
	if !a.n31Known(sp) && !personSubject(text, toks, sort.Search(len(toks), func(j int) bool { return toks[j].s >= sp.Start }), found{subj: sp}) {
		return found{}, false // a name of no person or body the text knows
	}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true, cue: doc.Span{Start: toks[t-1].s, End: toks[t-1].e}}, true
}

// n31Doers reports whether the agent g ends in a plural noun of those
// who do a thing after an article or a possessive ("by its creators",
// "by the organisers", "by some economists"): one in -ists, one that
// persons.txt lists, or one of n31Makers, the people who made, run or
// sell what the marked phrase names, which persons.txt need not list.
// A plural in -ers or -ors is not enough: "by the filters", "by its
// sensors", "by the numbers" name no one.
func n31Doers(text string, toks []tok, g found) bool {
	last := -1
	for j := range toks {
		if toks[j].s >= g.subj.Start && toks[j].e <= g.subj.End && toks[j].word {
			last = j
		}
	}
	if last < 1 || !n31Owner(&toks[last-1]) {
		return false
	}
	w := toks[last].low
	if len(w) < 6 || w[len(w)-1] != 's' {
		return false
	}
	_, person := persons[w[:len(w)-1]]
	return person || n31Makers[w] || w[len(w)-4:] == "ists" && w != "lists" && w != "twists"
}

// n31Makers are plurals of those who make, run or sell a thing, whose
// words its reviews and notes quote: "by its creators", "by the
// developers".
var n31Makers = map[string]bool{"makers": true, "creators": true, "developers": true, "designers": true, "builders": true, "founders": true, "publishers": true,
	"producers": true, "writers": true, "authors": true, "editors": true, "reviewers": true, "testers": true, "players": true, "users": true, "viewers": true,
	"readers": true, "listeners": true, "backers": true, "sponsors": true, "supporters": true, "promoters": true, "marketers": true, "sellers": true, "vendors": true,
	"manufacturers": true, "engineers": true, "programmers": true, "maintainers": true, "contributors": true, "curators": true, "operators": true, "owners": true,
	"inventors": true, "investors": true, "directors": true, "advertisers": true, "organisers": true, "organizers": true, "critics": true, "fans": true}

// n31DoerPhrase reads at toks[k] an article or a possessive and up to
// three words that end in a plural noun of doers (n31Doers): "its
// creators", "the show's organisers", which agentAt, wanting a name or
// a cue after them, does not read.
func n31DoerPhrase(text string, toks []tok, k int) found {
	if k >= len(toks) || !toks[k].word || !n31Owner(&toks[k]) {
		return found{}
	}
	for e := k + 1; e < len(toks) && e <= k+3 && toks[e].word && !toks[e].is(isFunction); e++ {
		sp := doc.Span{Start: toks[k].s, End: toks[e].e}
		if g := (found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}); n31Doers(text, toks, g) {
			return g
		}
	}
	return found{}
}

// n31Owner reports whether t is an article, a determiner or a
// possessive ("the", "its", "Acme's").
func n31Owner(t *tok) bool {
	return t.is(isDet) || possessivePronouns[t.low] || n18Possessive(t.low)
}

// n31Inner gives a mixed phrase inside a nested attribution of speech
// the nested attribution's speaker, where the phrase took the outer
// one's and the outer one relays a report: "Ed Moss said in a memo that
// the “price gap has closed”, the Gazette reported", "as the Gazette's
// story explains, the new tool now reports that the boards are
// “uncertified”", "Ed Moss told staff the plan was “a mess,” the
// Gazette reported" (the phrase's own cue, inside the attribution, is
// the relay). The words in marks are those of the one who spoke
// or wrote them (Ed Moss, the tool), not the relaying speaker's. The
// phrase takes the nested attribution's speaker and cue, and as its
// chain the nested attribution's chain and speaker: the paper is in it
// only where the readers put it in that chain (in "Ed Moss told staff
// the plan was “a total mess,” the Gazette reported" the chain is just
// Ed Moss). The outer cue or the phrase's own must be one of relaying
// a report (n31Relays), the nested one of speech or writing
// (k1SpeechCue). So "Ed Moss said Ann Reed described it as “a mess”"
// keeps Ed Moss's reading (no relay: which of the two chose the words
// is unclear), while with ", the Gazette reported" after it the phrase
// goes to Ann Reed, whose describing chose them; "Ed said that Ann
// wants a “fair deal”, the Gazette reported" is not touched, as no
// reader gave that phrase a speaker (and wanting chooses no words).
// One pass over the quotations.
func n31Inner(d *doc.Document) {
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteMixed || q.Parent < 0 || q.Speaker.Name == "" {
			continue
		}
		p := &d.Quotes[q.Parent]
		if p.Kind != doc.QuoteIndirect || p.Speaker.Name == "" || p.Speaker.Vague || p.Speaker.Name == q.Speaker.Name {
			continue
		}
		if !k1SpeechCue(d.Text, p.Cue) {
			continue
		}
		if g := p.Parent; !(n31Relays(d.Text, q.Cue) && q.Cue.Start >= p.Start && q.Cue.End <= p.End) && (g < 0 || d.Quotes[g].Kind != doc.QuoteIndirect || d.Quotes[g].Speaker.Name != q.Speaker.Name || !n31Relays(d.Text, d.Quotes[g].Cue)) {
			continue
		}
		q.Speaker, q.Cue = p.Speaker, p.Cue
		q.Chain = dedupe(append(append([]string(nil), p.Chain...), p.Speaker.Name))
	}
}

// n31Relays reports whether the cue c is a verb by which a paper or a
// story relays a report: "reported", "explains", "wrote".
func n31Relays(text string, c doc.Span) bool {
	if c.End <= c.Start || c.End-c.Start > 12 {
		return false
	}
	return n31RelayWords[text[c.Start:c.End]]
}

// n31RelayWords are the cues of n31Relays, as written.
var n31RelayWords = map[string]bool{"reported": true, "reports": true, "report": true, "explains": true, "explained": true, "wrote": true, "writes": true, "noted": true, "notes": true, "revealed": true, "reveals": true}

// n31Predicate retypes a scare phrase after "is the" (or another form
// of "be") inside an attribution of speech as its speaker's words, as
// k1Finish does a phrase after "a": "Misuse is the “single leading
// cause” of the problem, the agency says". The phrase after "the" that
// k1Finish leaves alone names a thing the sentence refers to ("Ed said
// the “reform” failed"); after a form of "be" it is what the speaker
// says the subject is. The attribution must be a top-level indirect one
// with a speaker and a cue of speech or writing (k1SpeechCue).
func (a *attributor) n31Predicate(i int, toks []tok, o int) bool {
	d := a.d
	q := &d.Quotes[i]
	if q.Kind != doc.QuoteScare || q.Parent < 0 || o < 2 || toks[o-1].low != "the" || !toks[o-2].word || !toks[o-2].is(isBeForm) {
		return false
	}
	p := &d.Quotes[q.Parent]
	if p.Kind != doc.QuoteIndirect || p.Parent >= 0 || p.Speaker.Name == "" || !k1SpeechCue(a.text, p.Cue) {
		return false
	}
	q.Kind, q.Speaker, q.Cue = doc.QuoteMixed, p.Speaker, p.Cue
	q.Chain = append([]string(nil), p.Chain...)
	return true
}

// n31Speaking are the forms of the verbs of speaking that a marked
// adverb of manner follows: "speak “bluntly”", "talked “frankly”".
var n31Speaking = map[string]bool{"speak": true, "speaks": true, "spoke": true, "spoken": true, "speaking": true, "talk": true, "talks": true, "talked": true, "talking": true}

// n31Frank are the adverbs of frankness that a speaker uses of their
// own speech ("I will speak bluntly"), and so that a writer who puts
// one in marks after "speak" or "talk" quotes: "He would speak
// “bluntly” about graft". Other adverbs in -ly are as often the
// writer's irony ("The mayor spoke “briefly” — for two hours") or no
// manner at all ("spoke “really” well", "spoke “only” Greek").
var n31Frank = map[string]bool{"bluntly": true, "frankly": true, "candidly": true, "openly": true, "plainly": true, "honestly": true, "directly": true,
	"freely": true, "truthfully": true, "forthrightly": true}

// n31Manner reads a top-level phrase in marks of one adverb of
// frankness (n31Frank) right after a verb of speaking (n31Speaking),
// within n31Back bytes of the sentence's start, with the sentence's subject
// at its start and at most four words, all of them words, between the
// subject and the verb: "He would speak “bluntly” about graft", "Ann
// Reed talked “frankly” with the crew". The word is the speaker's own
// for how they would speak. A sentence in which another quotation has
// a speaker is left alone (n6SpokenIn); the subject must be one
// n6Subject takes (a name of the text, a person, a body, "he", "she").
func (a *attributor) n31Manner(i int, toks []tok, o int, sent doc.Span) (found, bool) {
	q := &a.d.Quotes[i]
	if q.Parent >= 0 || len(q.Content) != 1 || o < 1 || !toks[o-1].word || !n31Speaking[toks[o-1].low] || q.Start-sent.Start > n31Back {
		return found{}, false
	}
	if w := a.text[q.Content[0].Start:q.Content[0].End]; !n31Frank[strings.ToLower(w)] || n6SpokenIn(a.d, i, sent) {
		return found{}, false
	}
	st := a.ix.tokens(sent.Start, q.Start)
	if len(st) < 2 || len(st) > 12 {
		return found{}, false
	}
	f, e := subjectAt(a.text, st, 0, len(st))
	if !f.ok || f.subj.Start != st[0].s || !(f.pronoun == "he" || f.pronoun == "she" || f.pronoun == "" && (capital(f.name) && !st[0].is(isDet) && a.n6Named(f.subj.Start) || personSubject(a.text, st, 0, f))) {
		return found{}, false
	}
	if e < 1 || len(st)-1-e > 4 {
		return found{}, false
	}
	for j := e; j < len(st); j++ {
		if !st[j].word {
			return found{}, false
		}
	}
	f.cue = doc.Span{Start: st[len(st)-1].s, End: st[len(st)-1].e}
	return f, true
}

// n31Claims are the verbs of claiming and promising that take "to" and
// an infinitive whose words the subject says: "claim to offer", "vowed
// to punish".
var n31Claims = map[string]bool{"claim": true, "claims": true, "claimed": true, "purport": true, "purports": true, "purported": true,
	"promise": true, "promises": true, "promised": true, "pledge": true, "pledges": true, "pledged": true, "vow": true, "vows": true, "vowed": true}

// n31ClaimTo reads a verb of n31Claims, "to" and up to n31ClaimReach
// words, all of them words, before the marks toks[o:], with a subject
// ending right before the verb (a name, a description, a bare plural,
// "he" or "she", not a quantifier: n31NoSpeaker): "advertisers claim
// to let users opt out of “tracked ads”". Where the indirect reader read the clause, the phrase is its
// child and no business of this one; here it reads what it left.
func (a *attributor) n31ClaimTo(toks []tok, o int) (found, bool) {
	text := a.text
	for t := o - 1; t >= 2 && t >= o-1-n31ClaimReach; t-- {
		if !toks[t].word {
			return found{}, false
		}
		if toks[t].low != "to" || !n31Claims[toks[t-1].low] {
			continue
		}
		f := subjectEnding(text, toks, t-2)
		if !f.ok && toks[t-2].word && toks[t-2].pluralNoun() && !capital(toks[t-2].str(text)) && n18AgentNoun(toks[t-2].low) {
			sp := doc.Span{Start: toks[t-2].s, End: toks[t-2].e}
			f = found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
		}
		if !f.ok || f.subj.End != toks[t-2].e || f.pronoun != "" && f.pronoun != "he" && f.pronoun != "she" {
			return found{}, false
		}
		if w, _, _ := strings.Cut(strings.TrimSpace(text[f.subj.Start:f.subj.End]), " "); n31NoSpeaker(w) {
			return found{}, false // "Many claim to …", "Nobody claims to …"
		}
		f.cue = doc.Span{Start: toks[t-1].s, End: toks[t-1].e}
		return f, true
	}
	return found{}, false
}

// n31ClaimReach bounds the words between "to" and the marks.
const n31ClaimReach = 14

// n31Denied reports whether the sentence sent denies or asks what the
// cue c reports, so that the source did not use the words in marks or
// the writer does not say it did: a "not", "never" or a verb in "n't"
// among the (at most four) words right before the cue ("was not
// described as “…” by", "did not speak “bluntly”", "what Ed Moss is not
// calling “…”"), or a sentence that ends in "?" ("Was the plan
// described as “…” by the mayor?"). It reads at most four tokens and
// the sentence's last few bytes.
func n31Denied(text string, toks []tok, c doc.Span, sent doc.Span) bool {
	k := sort.Search(len(toks), func(j int) bool { return toks[j].s >= c.Start })
	for j := k - 1; j >= 0 && j >= k-4 && toks[j].word; j-- {
		if w := toks[j].low; w == "not" || w == "never" || w == "cannot" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return strings.HasSuffix(strings.TrimRight(text[max(sent.Start, sent.End-16):sent.End], " \t\n\"')]”’»"), "?")
}

// n31NoSpeakers are the words that open a subject or a possessor and
// name no one who spoke: quantifiers ("Many claim to have seen “…”",
// "Nobody claims to be “perfect”") and days, months and other times
// ("Monday’s insistence that “…”", "Yesterday Ann Moss’s insistence").
func n31NoSpeaker(w string) bool {
	w = strings.ToLower(w)
	return n31Quantifiers[w] || weekdays[w] || months[w] || timeAdverbs[w]
}

// n31Quantifiers are the quantifiers of n31NoSpeaker.
var n31Quantifiers = map[string]bool{"many": true, "few": true, "some": true, "nobody": true, "none": true, "all": true, "most": true, "several": true,
	"others": true, "everyone": true, "everybody": true, "anyone": true, "anybody": true, "someone": true, "somebody": true, "each": true, "both": true, "no": true, "any": true}

// n31CallTimes are the words after "called" that make it a verb of
// announcing or summoning, not of naming: "The election was called
// “early” by the prime minister", "the meeting was called “off”".
var n31CallTimes = map[string]bool{"early": true, "late": true, "prematurely": true, "suddenly": true, "abruptly": true, "hastily": true, "quickly": true,
	"unexpectedly": true, "off": true, "back": true, "in": true, "out": true, "up": true, "snap": true, "again": true, "now": true, "soon": true}

// n31Known reports whether a name the text knows (a mention, not a
// thing's) covers the span sp: "Ann Moss" in "Yesterday Ann Moss’s
// insistence", where the mention may have taken the time word too.
func (a *attributor) n31Known(sp doc.Span) bool {
	ms := a.mentions
	k := sort.Search(len(ms), func(k int) bool { return ms[k].Start > sp.Start })
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if ms[j].Start <= sp.Start && ms[j].End >= sp.End && !ms[j].thing {
			return true
		}
	}
	return false
}
