package speaker

import (
	_ "embed"
	"sort"
	"strings"
	"unicode"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// This file holds the readings of a verb of reporting, or of its
// subject, that report nothing: a precision review of the indirect
// reader found each as a false attribution, which a fact-checker reads
// as noise. Each predicate is asked from a one-line hook in parc.go,
// indirect.go or attribute.go, so that the rules stay apart from the
// readers they refine.

//go:embed nonreport.txt
var nonreportData []byte

// nonreportLists are the lists of nonreport.txt by name.
var nonreportLists = readNonreport(nonreportData)

// objectNouns maps a verb's base form to the nouns that make its object
// a physical one (the "object" lines of nonreport.txt).
var objectNouns = map[string]map[string]bool{}

func readNonreport(data []byte) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		name, words := f[0], f[1:]
		if name == "object" {
			if len(words) < 2 {
				continue
			}
			if objectNouns[words[0]] == nil {
				objectNouns[words[0]] = map[string]bool{}
			}
			for _, w := range words[1:] {
				objectNouns[words[0]][w] = true
			}
			continue
		}
		if out[name] == nil {
			out[name] = map[string]bool{}
		}
		for _, w := range words {
			out[name][w] = true
		}
	}
	return out
}

// formBases maps each form of the verbs the rules of this file name
// (and of the "object" lines' verbs) to its base form, made once, so
// that a rule asks one map lookup of a cue rather than building forms.
var formBases = makeFormBases()

func makeFormBases() map[string]string {
	_ = nonreportLists // read first: it fills objectNouns
	m := map[string]string{"found": "find"}
	add := func(base string) {
		stem := strings.TrimSuffix(base, "e")
		d := base + base[len(base)-1:]
		for _, f := range []string{base, base + "s", base + "es", stem + "ed", stem + "ing", d + "ed", d + "ing"} {
			if _, ok := m[f]; !ok {
				m[f] = base
			}
		}
	}
	for _, b := range []string{"call", "find", "rule", "admit", "confirm"} {
		add(b)
	}
	for b := range objectNouns {
		add(b)
	}
	return m
}

// tokAt returns the index of the token that starts at offset at, or -1.
func tokAt(toks []tok, at int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= at })
	if i < len(toks) && toks[i].s == at {
		return i
	}
	return -1
}

// quoteMark reports whether toks[k] is a quotation mark.
func quoteMark(text string, toks []tok, k int) bool {
	return k < len(toks) && !toks[k].word && strings.ContainsAny(toks[k].str(text), "“”‘’\"'")
}

// nonReport reports whether the cue toks[c], read by readCue with the
// subject f and the content from offset from, names no report: a
// naming participle, "call" as to telephone, "find" with a thing in a
// state, a plural noun read as a verb, a wish to know more, or a verb
// whose object is a physical one. Its hook is the last test of readCue.
func nonReport(text string, toks []tok, c int, senses []verbSense, f found, from int) bool {
	j := tokAt(toks, from)
	if j < 0 {
		return false
	}
	base := ""
	if toks[c].is2(isFormBase) { // most cues are no form of these verbs: the bit spares hashing them
		base = formBases[toks[c].low]
	}
	switch {
	case namingUse(text, toks, c):
		return true
	case j == c+1 && base == "call" && telephoned(text, toks, j):
		return true
	case base == "find" && foundState(text, toks, f, j):
		return true
	case pluralNounCue(text, toks, c, j):
		return true
	case wishToKnow(text, toks, j):
		return true
	case danglingThat(text, toks, j):
		return true
	case j == c+1 && base != "" && physicalObject(text, toks, base, j):
		return true
	case c3ByForce(text, toks, c, j, f.subj):
		return true // "Gunmen attacked a checkpoint": arms, not words (c3_force.go)
	case j >= 2 && toks[j-1].low == "with" && j-2 == c && toks[c].is2(isAgreeForm) && !agreedObject(text, toks, j):
		return true
	case j >= 2 && strings.HasPrefix(toks[c].low, "back") && (toks[j-1].low == "off" && j-2 == c || toks[j-1].low == "from" && j-3 == c && toks[j-2].low == "off") && !agreedObject(text, toks, j):
		return true // "the truck backed off the ramp": a place, not a stance (a4_agree.go)
	case toks[c].is2(isFeeling) && (toks[j].low == "when" || toks[j].low == "where" || toks[j].low == "while"):
		return true // "were surprised when Trump …": a clause of time, not what is felt (a4_agree.go)
	case j >= 2 && toks[j-1].low == "against" && j-2 == c && strings.HasPrefix(toks[c].low, "decid") && !strings.HasSuffix(toks[j].low, "ing"):
		return true // "the jury decided against the city": a ruling against a party, not a decision not to act (decidedAgainst, a4_agree.go)
	}
	return false
}

// namingUse reports whether the naming participle toks[c] ("called",
// "named") gives a thing its name rather than reporting a label: a
// name follows ("the Daily Record", "Jack Lowe"), and after the name
// comes no second phrase of a small clause ("called Clinton a liar",
// "called Clinton “crooked”") but the end of the phrase (a mark, a
// preposition, a conjunction, a relative pronoun) or a finite verb
// whose subject the whole phrase is ("A village called Lowther lies
// beyond the river"): "call" takes no clause. Names in a list ("called
// Reed and Moss liars") or a name that modifies a plural after it
// ("called Labour voters cowards") take a label: a list or a noun
// phrase is rarely the name given to a thing.
func namingUse(text string, toks []tok, c int) bool {
	if !toks[c].is(isNamingParticiple) {
		return false
	}
	k := c + 1
	if k+1 < len(toks) && toks[k].low == "the" && toks[k+1].word && capital(toks[k+1].str(text)) {
		k++ // "a newspaper called the Daily Record": the article is the name's
	}
	if k >= len(toks) || !toks[k].word || !capital(toks[k].str(text)) || toks[k].is(isPronoun) {
		return false
	}
	if k == c+1 && toks[k].is(isTimeWord) && timeBeforeParticle(toks, k, "for") > 0 {
		return false // a day, then the particle: "called Friday for an inquiry" (a4_particle.go)
	}
	e := k + 1
	for e < len(toks) && (toks[e].word && (capital(toks[e].str(text)) || (toks[e].low == "of" || toks[e].low == "and") && e+1 < len(toks) && capital(toks[e+1].str(text))) || toks[e].str(text) == "." && toks[e].s == toks[e-1].e && e+1 < len(toks) && capital(toks[e+1].str(text))) {
		e++ // "Mr. Obama": the abbreviation's point is the name's
	}
	for _, t := range toks[k:e] {
		if strings.HasSuffix(t.low, "’s") || strings.HasSuffix(t.low, "'s") {
			return false // a possessive opens a noun phrase: "called Mr. Obama's remarks “a wake-up call”"
		}
	}
	if e >= len(toks) {
		return true
	}
	n := &toks[e]
	if !n.word {
		return !quoteMark(text, toks, e)
	}
	if n.is(isPrep) || n.is(isSubordinator) || n.is(isAuxiliary) || n.is(isTimeWord) {
		return true
	}
	switch n.low {
	case "and", "but", "or", "who", "which", "that", "whose", "to":
		return true
	}
	if n.is(isFinite) || n.is2(isPastVerb) && !baseLikePast[n.low] || n.is(isReporting) && !strings.HasSuffix(n.low, "s") {
		return true // "A charity called Shelter said …"
	}
	for _, t := range toks[k:e] {
		if t.low == "and" {
			return false // "called Reed and Moss liars": names in a list take a label
		}
	}
	if e+1 < len(toks) && toks[e+1].word && strings.HasSuffix(toks[e+1].low, "s") && !toks[e+1].is(isFunction) {
		return false // "called Labour voters cowards": a second phrase
	}
	// A finite verb in -s after a singular name: "Lowther lies". A
	// plural name may be followed by a noun in -s ("called Democrats
	// hypocrites"), which is a small clause.
	// Only where an article opens the sentence right before, so that
	// the phrase is the subject: "Democratic bigwigs" after "called"
	// may be a noun phrase.
	last := toks[e-1].low
	return c <= 4 && (toks[0].low == "a" || toks[0].low == "an" || toks[0].low == "the") && strings.HasSuffix(n.low, "s") && !strings.HasSuffix(n.low, "ss") && !strings.HasSuffix(last, "s")
}

// namingAside reports whether rest, the words after a comma, open with
// a naming participle and its name ("The newspaper, called the Courier,
// closed"): an appositive, never an inverted cue. Its hook is in
// trailingCue (indirect.go).
func namingAside(text string, rest []tok) bool {
	return len(rest) > 1 && namingUse(text, rest, 0)
}

// telephoned reports whether "call" before toks[j] means to telephone
// (or to summon, "called a meeting"): its object is a pronoun or a
// determiner with one noun, and no second phrase or words in marks
// follow it ("called the police", "called his brother in Leeds"). The
// label a speaker gives comes as a small clause: "called the strike a
// betrayal", "called the plan reckless", "called him “a liar”", also
// after a longer object ("called the decision to close the plant a
// betrayal"): an article that no preposition governs opens that label.
// "her" with a common noun after it is a determiner ("called her
// lawyer"), as "his" is. A bare service or number ("called police",
// "called 911") is summoned or dialled, and "called time on" ends a
// thing.
func telephoned(text string, toks []tok, j int) bool {
	for k := j; k < len(toks); k++ {
		if quoteMark(text, toks, k) {
			return false // a label in marks further on: "called them in a column “…”"
		}
	}
	for k := j + 1; k < len(toks) && toks[k].word; k++ { // the object's words, up to a comma: "as her cousins called her, was …" has no label
		if k > j+1 && (toks[k].low == "a" || toks[k].low == "an") && !toks[k-1].is(isPrep) {
			return false // a label further on: "called the decision to close the plant a betrayal"
		}
	}
	t := &toks[j]
	var e int
	switch {
	case t.is(isObjectPronoun) && t.low != "it" && !(t.low == "her" && j+1 < len(toks) && toks[j+1].word && !toks[j+1].is(isFunction) && !capital(toks[j+1].str(text))):
		e = j + 1
	case t.is(isDet) || t.is2(isPossessive) || t.low == "his" || t.low == "her" || t.low == "their":
		if j+1 >= len(toks) || !toks[j+1].word || toks[j+1].is(isFunction) || capital(toks[j+1].str(text)) {
			return false
		}
		e = j + 2
	case nonreportLists["summoned"][t.low] || strings.Trim(t.low, "0123456789") == "":
		e = j + 1 // a service or a number, bare: "called police", "called 911"
	case t.low == "time" && j+1 < len(toks) && toks[j+1].low == "on":
		return true // "called time on her career": to end it
	default:
		return false
	}
	if e >= len(toks) {
		return true
	}
	n := &toks[e]
	if !n.word {
		return !quoteMark(text, toks, e) && n.str(text) != ":"
	}
	if n.is(isPrep) || n.is(isTimeWord) || n.is(isSubordinator) {
		return true
	}
	switch n.low {
	case "and", "but", "to", "back", "again", "twice":
		return true
	}
	return false
}

// foundState reports whether "find" before toks[j], whose subject f is
// no inquiry (a poll, a study, investigators), has a thing in a state
// for its object, which is no finding reported: a past participle
// after the object ("found her budget cut", "found the door locked"),
// a reflexive ("found himself alone"), or "it" with an adjective and
// "to" ("found it hard to relax"). A "that" clause, or a subject of
// inquiry ("A study found the drug ineffective"), reports; so does a
// past form with an object or a modifier after it, which is the finite
// verb of a bare clause found ("found the minister broke the code"),
// and a participle that judges (the "evaluative" list of nonreport.txt:
// "found the report flawed"), which is a finding whoever finds.
func foundState(text string, toks []tok, f found, j int) bool {
	if f.ok && f.subj.End > f.subj.Start {
		s := strings.ToLower(text[f.subj.Start:f.subj.End])
		head := s[strings.LastIndexAny(s, " ")+1:]
		if nonreportLists["inquiry"][head] {
			return false
		}
	}
	t := &toks[j]
	if strings.HasSuffix(t.low, "self") || strings.HasSuffix(t.low, "selves") {
		return true
	}
	if t.low == "it" && j+2 < len(toks) && toks[j+1].word && toks[j+2].low == "to" {
		return true
	}
	if !(t.is(isDet) || t.is2(isPossessive) || t.low == "his" || t.low == "her" || t.low == "their" || t.is(isObjectPronoun)) || t.low == "that" {
		return false
	}
	// A thing at a place: "found the body in a river", "found him near
	// the station". The phrase of place ends the clause: no verb or
	// adjective of a small clause follows.
	if t.is(isObjectPronoun) && placePhrase(text, toks, j+1) || j+2 < len(toks) && !t.is(isObjectPronoun) && toks[j+1].word && !toks[j+1].is(isFunction) && placePhrase(text, toks, j+2) {
		return true
	}
	for k := j + 1; k < len(toks) && k <= j+3 && toks[k].word; k++ {
		w := toks[k].low
		if toks[k].is(isFunction) || toks[k].is(isAuxiliary) {
			return false
		}
		if nonreportLists["evaluative"][w] {
			return false // a judgement is a finding: "found the figures inflated"
		}
		if len(w) > 4 && strings.HasSuffix(w, "ed") || nonreportLists["participle"][w] || pastVerbs[w] && k > j+1 {
			if n := k + 1; n < len(toks) && toks[n].word && (!toks[n].is(isFunction) && !toks[n].is(isTimeWord) && !toks[n].is(isFinite) && !toks[n].is(isVerblessPrep) || toks[n].is(isDet)) {
				return false // a finite verb with its object: "found the minister broke the code"
			}
			return k > j+1 || t.is(isObjectPronoun)
		}
	}
	return false
}

// pluralNounCue reports whether the cue toks[c] in -s is a plural noun,
// the head of the subject, rather than a verb: what would be its
// content opens, perhaps after an adverb, with a verb ("His links get
// overlooked", "Such reports rarely reach the public", "Local reports
// say that …"). A verb in -s takes an object or a clause, which does
// not open with a finite or base verb.
func pluralNounCue(text string, toks []tok, c, j int) bool {
	w := toks[c].low
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || j != c+1 && !(j > c+1 && toks[c+1].adverbish()) || verbOnly(w) {
		return false // "says", "tells", "writes" are no nouns: "The mayor says help is coming" (fifty-fifth session)
	}
	if c == 0 || !toks[c-1].word || toks[c-1].is(isAuxiliary) || toks[c-1].is(isSubjectPronoun) || c > 1 && capital(toks[c-1].str(text)) && toks[c-2].word && !toks[c-2].is(isDet) && !toks[c-2].is2(isPossessive) && toks[c-2].low != "his" && toks[c-2].low != "her" && toks[c-2].low != "their" {
		return false // "Ann Ortiz says more must be done": a name is the subject
	}
	v := c + 1
	for n := 0; n < 2 && v < len(toks) && toks[v].word && toks[v].adverbish(); n++ {
		v++
	}
	if v >= len(toks) || !toks[v].word || capital(toks[v].str(text)) {
		return false
	}
	x := toks[v].low
	if toks[v].is(isFinite) || toks[v].is(isAuxiliary) && x != "to" || toks[v].is2(isPastVerb) && !toks[v].is2(isBaseLikePast) || toks[v].is2(isBaseVerb) {
		return true
	}
	// A verb of saying in the past before its own clause: "Local
	// reports said that …". Not a participle before a noun: "supports
	// proposed cuts".
	return (x == "said" || strings.HasSuffix(x, "ed")) && speechSense(reportingSenses(x)) && v+1 < len(toks) && (toks[v+1].low == "that" || toks[v+1].is(isWhWord))
}

// wishToKnow reports whether the content at toks[j] is an infinitive
// of knowing with "more" or nothing after it: "keen to know more",
// "wanted to learn more about the case", "want to hear more". A wish
// for information reports no view; "wanted to know why …" asks a
// question and is read.
func wishToKnow(text string, toks []tok, j int) bool {
	if j+1 >= len(toks) || toks[j].low != "to" || !toks[j+1].word {
		return false
	}
	k := j + 2
	switch v := toks[j+1].low; {
	case nonreportLists["knowing"][v]:
	case v == "find" && k < len(toks) && toks[k].low == "out":
		k++
	default:
		return false
	}
	return k >= len(toks) || !toks[k].word && !quoteMark(text, toks, k) || toks[k].low == "more"
}

// danglingThat reports whether the content at toks[j] is "that" and a
// comma with no main clause after the clause the comma opens: "Tom
// Reed said that, if he lost the vote." The "that" is a demonstrative
// (what was said before), and the words after the comma are an
// adjunct of "said". "said that, if he lost the vote, he would
// resign" has its clause after the second comma, and "said that, if
// elected she would cut taxes" a second verb group (the first is the
// adjunct's) with no comma before it.
func danglingThat(text string, toks []tok, j int) bool {
	if j+2 >= len(toks) || toks[j].low != "that" || toks[j+1].str(text) != "," || !toks[j+2].word || !toks[j+2].is(isSubordinator) && !toks[j+2].is(isWhWord) {
		return false // only an adjunct clause after the comma: "that, “Of course …”" quotes a clause
	}
	if toks[j+2].low == "but" {
		return true // "know that, but …": a clause of its own follows, never the content
	}
	finite, inVerb := 0, false
	for k := j + 2; k < len(toks); k++ {
		w := toks[k].low
		verb := toks[k].word && (toks[k].is(isFinite) || toks[k].is(isAuxiliary) && w != "to" && w != "be" && w != "been" || toks[k].is2(isPastVerb) && !toks[k].is2(isBaseLikePast) || len(w) > 4 && strings.HasSuffix(w, "ed"))
		if verb && !inVerb {
			if finite++; finite > 1 {
				return false // "said that, if elected she would cut taxes": the clause after the adjunct
			}
		}
		inVerb = verb
		switch toks[k].str(text) {
		case ",", ":", ";", "—", "–":
			return false
		case ".", "!", "?":
			return true
		}
	}
	return true
}

// physicalObject reports whether the verb toks[c] has an object at
// toks[j] that makes it a verb of doing: "claimed the lives of",
// "added 300 jobs", "raised three children", "answered the phone"
// (the "object" lines of nonreport.txt). The noun is read among the
// object's first three words, and must end the object: a verb, an
// adjective or a noun after it makes it the subject of a bare clause
// ("added the jobs would be lost", "backed the car ban").
func physicalObject(text string, toks []tok, base string, j int) bool {
	nouns := objectNouns[base]
	if nouns == nil || toks[j].low == "that" || toks[j].low == "to" || toks[j].is(isWhWord) {
		return false // a clause: "maintains that the roads are safe"
	}
	for k := j; k < len(toks) && k < j+3 && toks[k].word; k++ {
		if nouns[toks[k].low] {
			n := k + 1 // the noun heads the object: nothing but a mark, "of", a preposition or "and" after it
			return n >= len(toks) || !toks[n].word || toks[n].is(isFunction) && !toks[n].is(isAuxiliary) || toks[n].is(isTimeWord)
		}
	}
	return false
}

// decisionPassive reports whether a passive is that of "rule", which
// with "by" means to govern ("is ruled by a junta"): "rule" reports
// only a clause ("ruled that …"), never an object, so its passive has
// no content, unless the clause comes extraposed after the agent ("It
// was ruled by the court that …", extraposedThat). Other verbs of
// decision keep their subject as content: PolNeAR marks the subject of
// a passive "decide" with an agent (a case to be settled by a court).
// Its hook opens passive (parc.go).
func decisionPassive(toks []tok, c int) bool {
	// Every form formBases gives "rule" for starts with "rul"
	// (makeFormBases): the prefix turns away the other verbs that
	// passive is asked of without hashing them.
	return strings.HasPrefix(toks[c].low, "rul") && formBases[toks[c].low] == "rule" && thatAfter(toks, c) < 0
}

// thatAfter returns the index of a "that" after the passive cue toks[c]
// whose subject is a bare "it" ("It was ruled by the court that …", "It
// has been claimed by critics that …"), or -1: the "it" stands for the
// clause, extraposed after the agent. Only the few words of the verb
// group are looked at before the cue, and the clause's words after it.
func thatAfter(toks []tok, c int) int {
	i := c - 1
	for i > 0 && c-i <= 3 && toks[i].word && toks[i].is(isAuxiliary) {
		i--
	}
	if i == c-1 || i != 0 && toks[i-1].word || toks[i].low != "it" {
		return -1 // no bare "it" before the verb group, first in its clause
	}
	for k := c + 1; k < len(toks); k++ {
		if toks[k].low == "that" {
			return k
		}
		if !toks[k].word {
			return -1 // a comma or a mark ends the agent first
		}
	}
	return -1
}

// extraposedThat returns the content of the passive cue toks[c] whose
// subject runs from toks[cs] to toks[k]: the subject, or where that is
// a bare "it" with a "that" clause after the agent (which ends at
// agentEnd), the clause up to limit. Its hook is passive's last line
// (parc.go).
func extraposedThat(toks []tok, c, cs, k, agentEnd, limit int) doc.Span {
	sp := doc.Span{Start: toks[cs].s, End: toks[k].e}
	if cs != k || toks[k].low != "it" {
		return sp
	}
	if t := thatAfter(toks, c); t > 0 && toks[t].s >= agentEnd && toks[t].s < limit {
		return doc.Span{Start: toks[t].s, End: limit}
	}
	return sp
}

// agentlessNot reports whether the agentless passive toks[c] is a verb
// of doing: "was admitted to hospital" (a place after "to", no
// infinitive), "was confirmed as health minister" (an office after
// "as"; "confirmed as saying" reports). Its hook opens agentless
// (parc.go).
func agentlessNot(text string, toks []tok, c int) bool {
	j := c + 1
	if j < len(toks) && toks[j].word && toks[j].adverbish() {
		j++
	}
	if j+1 >= len(toks) {
		return false
	}
	switch toks[j].low {
	case "to":
		return formBases[toks[c].low] == "admit" && !toInfinitive(text, toks, j)
	case "as":
		return formBases[toks[c].low] == "confirm" && !strings.HasSuffix(toks[j+1].low, "ing") || toks[c].low == "identified" // "asked to be identified only as Katya": a name, no words
	}
	return false
}

// restrictiveEnd returns where the content of a verb in a restrictive
// "who" clause ends, whose "who" is toks[w]: before the main clause's
// verb, a finite verb after the content's own ("The people who think
// the tax is unfair are wrong"), or an adverb and a verb of reporting
// ("… also insist that …"). ok is false where the clause is set off by
// commas (relativeEnd reads it) or no such verb is found. After "and"
// or "or" the content may have a second clause with its own verb ("the
// tax is unfair and the fees are high"), which is no main clause. Its
// hook opens relativeEnd (parc.go).
func restrictiveEnd(text string, toks []tok, w, from, to int) (int, bool) {
	if w < 1 || w >= len(toks) || toks[w].low != "who" || !toks[w-1].word {
		return 0, false
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= from })
	verb := false // the content's own verb was read
	for ; i < len(toks) && toks[i].s < to; i++ {
		t := &toks[i]
		if !t.word {
			if t.str(text) != "-" {
				return 0, false // a comma or a mark: the clause reads on otherwise
			}
			continue
		}
		prev := &toks[i-1]
		finite := t.is(isFinite) || t.is(isAuxiliary) && t.low != "to" && t.low != "be" && t.low != "been" && t.low != "being"
		if t.low == "and" || t.low == "or" {
			// A second clause of the content opens with its own subject
			// ("the tax is unfair and the fees are high"); a second verb
			// shares the first one's ("should be sold and replaced are
			// wrong"), whose clause is read.
			if n := i + 1; n < len(toks) && toks[n].word && (toks[n].is(isDet|isPronoun) || capital(toks[n].str(text))) {
				verb = false
			}
			continue
		}
		if !verb {
			verb = finite || t.is2(isPastVerb)
			continue
		}
		if t.low == "that" || t.is(isSubordinator) || t.is(isWhWord) {
			return 0, false // a clause of its own inside the content: its verbs are not the main clause's
		}
		if finite && prev.word && !prev.is(isAuxiliary) && !prev.adverbish() && !prev.is(isSubjectPronoun) && !prev.is(isFunction) {
			return t.s, true
		}
		if t.adverbish() && i+1 < len(toks) && toks[i+1].word && !prev.is(isAuxiliary) && toks[i+1].is(isReporting) && !strings.HasSuffix(toks[i+1].low, "ing") {
			return t.s, true // "… also insist that …"
		}
	}
	return 0, false
}

// unfitHeShe reports whether a name of unknown sex cannot be what "he"
// or "she" stands for: a month or a day ("met in May. He said …"), or
// a plural of a group ("the Bolsheviks", "Trotskyists"), a body's
// short form in capitals ("MOH": n104Acronym), a body or a
// photograph's credit (f2BodyName). Its hook is
// in resolveAtExcept's fallback (attribute.go).
func unfitHeShe(name string) bool {
	if n := len(name); n >= 3 && n <= 9 && asciiWordIs2(name, isMonth|isWeekday) { // in lower case, with no allocation or hashing
		return true
	}
	if (strings.HasPrefix(name, "the ") || strings.HasPrefix(name, "The ")) && strings.HasSuffix(name, "s") && !strings.HasSuffix(name, "ss") {
		return true // "the Habsburgs": a family or a people
	}
	for _, suf := range []string{"ists", "ites", "iks", "ians", "eans"} {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	if n104Acronym(name) {
		return true // "MOH", "the HTB": a body's short form
	}
	return f2BodyName(name) // "the Consultative Group", "Getty Images": f2_pronoun.go
}

// weekdays are the names of the days of the week.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// pluralCueSubject reads a subject whose head, toks[k], is a plural in
// -s that is also a verb of reporting, with one modifier before it and
// perhaps a determiner, from the clause's start: "Local reports say
// that …", "Press reports suggest …". pluralNounCue turns the plural
// away as a verb; this reads it as the noun it is, where the subject
// reader stops at a word of reporting. Its hook is in readCue, after
// beforeCue finds no subject.
func pluralCueSubject(text string, toks []tok, k int) found {
	if k < 1 || !toks[k].word || len(toks[k].low) < 4 || capital(toks[k].str(text)) || !strings.HasSuffix(toks[k].low, "s") || strings.HasSuffix(toks[k].low, "ss") || !toks[k].is(isReporting) {
		return found{}
	}
	i := k - 1
	if !toks[i].word || toks[i].is(isFunction) || toks[i].is(isAuxiliary) || toks[i].is(isReporting) {
		return found{}
	}
	if i > 0 && toks[i-1].word && toks[i-1].is(isDet) {
		i--
	}
	if i > 0 && toks[i-1].word && !toks[i-1].is(isClauseLead) {
		return found{}
	}
	sp := doc.Span{Start: toks[i].s, End: toks[k].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
}

// inversionAux are the auxiliaries that open a main clause inverted
// after a fronted "only when …" or "not until …".
var inversionAux = map[string]bool{"did": true, "does": true, "do": true, "had": true, "has": true, "have": true, "was": true, "were": true, "is": true, "are": true, "could": true, "would": true, "will": true, "can": true, "should": true, "might": true}

// inversionEnd returns where a content from offset from ends, at most
// at to, in a sentence that opens with "Only" or "Not until": before an
// auxiliary with its subject after it, the inverted main clause the
// fronted clause leads to ("Only when Ann Carter said the pier was
// unsafe | did the board act"). "Only" fronts a clause only before a
// subordinator ("Only one senator said …" has none), and a form of
// "be" inverts only before a subject and a participle ("was the board
// told"), not as the copula of the content ("the bill was a mistake").
// Its hook opens contentEnd (parc.go).
func inversionEnd(text string, toks []tok, from, to int) int {
	if len(toks) < 4 || !(toks[0].low == "only" && toks[1].is(isSubordinator) || toks[0].low == "not" && toks[1].low == "until") {
		return to
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= from })
	for i++; i+1 < len(toks) && toks[i].s < to; i++ {
		t, n := &toks[i], &toks[i+1]
		if !t.word || !inversionAux[t.low] || !toks[i-1].word || toks[i-1].is(isAuxiliary) || toks[i-1].is(isSubjectPronoun) || toks[i-1].is(isFunction) {
			continue
		}
		if t.low == "was" || t.low == "were" || t.low == "is" || t.low == "are" {
			if p := i + 3; p >= len(toks) || !(strings.HasSuffix(toks[p].low, "ed") || toks[p].is2(isPastVerb) || strings.HasSuffix(toks[i+2].low, "ed")) {
				continue // a copula inside the content: "said the report was a fake"
			}
		}
		if n.word && (n.is(isSubjectPronoun) || n.is(isDet) || capital(n.str(text))) {
			return t.s
		}
	}
	return to
}

// cleftOpeners open a cleft sentence, whose "who" clause is said of
// the phrase right after them.
var cleftOpeners = []string{"It was ", "It is ", "It’s ", "It's ", "it was ", "it is "}

// cleftFocus returns the mention a "who" at offset at stands for in a
// cleft sentence: "It was Moss, backed by Reed and the senior
// officers, who agreed …" means Moss, the phrase after "It was",
// not the nearest name before "who". ms are the mentions that end
// before at, in order; "" where the sentence is no cleft. Its hook
// opens the "who" branch of resolveAtExcept (attribute.go).
func cleftFocus(text string, ms []mention, at int) string {
	// Only the 301 bytes before at are searched, and the sentence's
	// first mention is found by binary search: a text of one long line
	// with a "who" after every name would otherwise cost time quadratic
	// in its length.
	lo := max(0, at-301)
	start := lo + strings.LastIndexAny(text[lo:at], ".!?\n") + 1
	if start == lo && lo > 0 {
		return "" // no sentence start within reach: no cleft is read
	}
	if k := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= start }); k < len(ms) {
		pre := strings.TrimLeftFunc(text[start:ms[k].Start], func(r rune) bool { return unicode.IsSpace(r) || r == '“' || r == '"' })
		for _, o := range cleftOpeners {
			if pre == o && k < len(ms)-1 && !focusOpensPhrase(text, ms[k]) {
				return ms[k].text
			}
		}
		return ""
	}
	return ""
}

// focusOpensPhrase reports whether the mention after "It was" is no
// focus of the cleft but a part of it: a possessive, whose noun comes
// after ("It was Ann Carter's brother, Tom Reed, who said …"), or the
// focus of a "that" cleft, where a "who" later belongs to a subject of
// the "that" clause ("It was Leeds that Tom Reed, who said …, chose").
func focusOpensPhrase(text string, m mention) bool {
	head := text[:m.End]
	return strings.HasSuffix(head, "'s") || strings.HasSuffix(head, "’s") || strings.HasPrefix(text[m.End:], " that ")
}

// placePhrase reports whether toks[k] opens a phrase of place that ends
// its clause: a preposition of place, a determiner, one noun, then a
// mark or the end ("in a river.", "near the station,"). A longer phrase
// may hold the adjective of a small clause ("found the flaw in the plan
// troubling"), a judgement.
func placePhrase(text string, toks []tok, k int) bool {
	if k+2 >= len(toks) || !nonreportLists["place"][toks[k].low] || !toks[k+1].is(isDet) && !toks[k+1].is2(isPossessive) && toks[k+1].low != "his" && toks[k+1].low != "her" && toks[k+1].low != "their" || !toks[k+2].word {
		return false
	}
	return k+3 >= len(toks) || !toks[k+3].word && !quoteMark(text, toks, k+3)
}
