package speaker

import (
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// The fortieth session's readings: deeds that report no words, the
// shapes of foreign and wire copy's subjects, and whom a pronoun next
// to a quotation means. Each has its table test in n102_test.go.

// n102MayDeed reports whether w may be a verb n102DeedObject reads
// ("ar…", "an…", "di…"), told by its first two letters: most words are
// none, and its callers ask it first, where it is inlined.
func n102MayDeed(w string) bool {
	return len(w) >= 5 && (w[0] == 'a' && (w[1] == 'r' || w[1] == 'n') || w[0] == 'd' && w[1] == 'i')
}

// n102DeedObject reports whether the verb at toks[k] takes, in the
// words after it, an object that makes it a deed and not a saying: a
// lawyer "argued the case" or "argued a similar case before the court"
// in a courtroom; one "answered a handwritten ad" or "answered the
// door"; a commander "directed the search". Such a clause after a name
// ("Ann Reed, who argued the case in June, said …") describes the
// speaker, and the verb reports no words. "argued the case for lower
// fares", "argued the case was weak" and "argued that …" still report.
func n102DeedObject(toks []tok, k int) bool {
	if !n102MayDeed(toks[k].low) {
		return false
	}
	var nouns map[string]bool
	switch toks[k].low {
	case "argued", "argues", "argue", "arguing":
		nouns = n102ArguedObjects
	case "answered", "answers", "answer", "answering":
		nouns = n102AnsweredObjects
	case "directed", "directs", "direct", "directing":
		nouns = n102DirectedObjects
	default:
		return false
	}
	if k+2 >= len(toks) || !toks[k+1].word || !(toks[k+1].is(isDet) || toks[k+1].is2(isPossessive)) || toks[k+1].low == "that" {
		return false
	}
	for j := k + 2; j < len(toks) && j < k+5 && toks[j].word; j++ {
		if nouns[toks[j].low] {
			n := j + 1
			return n >= len(toks) || !toks[n].word || !toks[n].is(isAuxiliary|isFinite) && toks[n].low != "for" && toks[n].low != "that" && toks[n].low != "against"
		}
	}
	return false
}

// n102ArguedObjects are what a lawyer argues in court;
// n102AnsweredObjects what one answers without words of one's own;
// n102DirectedObjects what one directs as a task ("who directed the
// search from a cutter"), not a person told to act.
var (
	n102ArguedObjects   = map[string]bool{"case": true, "cases": true, "appeal": true, "appeals": true, "motion": true}
	n102AnsweredObjects = map[string]bool{"ad": true, "advert": true, "advertisement": true, "door": true, "doorbell": true, "phone": true, "summons": true}
	n102DirectedObjects = map[string]bool{"search": true, "operation": true, "operations": true, "rescue": true, "investigation": true, "inquiry": true, "film": true, "play": true, "movie": true, "production": true, "campaign": true, "response": true, "evacuation": true, "traffic": true}
)

// n102WhoAs moves the start cs of the phrase before a cue at toks[k]
// back over "as" to the relative clause it completes: in "A man who
// identified himself as a spokesman for the group told …" or "A
// woman who worked as a nurse there said …" the phrase after "as" is
// the clause's complement, no subject of its own, and the subject is
// the head before "who". It returns cs unchanged where no such clause
// stands before "as": a verb (or a verb and a reflexive) right before
// it, and "who" right before the verb.
func n102WhoAs(text string, toks []tok, cs, k int) int {
	if cs < 4 || toks[cs-1].low != "as" {
		return cs
	}
	v := cs - 2
	if reflexives[toks[v].low] {
		v--
	}
	if v < 2 || !toks[v].word || toks[v-1].low != "who" || capital(toks[v].str(text)) || !(pastForm(toks[v]) || toks[v].is2(isPastVerb) || strings.HasSuffix(toks[v].low, "s")) {
		return cs
	}
	if !relativeVerbAt(text, toks, v, k) {
		return cs
	}
	return v
}

// n102OwnedNoun reports whether the cue word at toks[c] is a noun that
// a possessive owns, with a verb of being after it before the
// quotation at toks[n]: "Kolvenia’s claim to the waters was “a
// fantasy …”", "his plan was “dead on arrival”". The words in marks
// say what the claim is, in another's words, and the owner did not
// say them; a past ("Ann’s said", a perfect) is no noun, and a claim
// "that" … holds its owner's words.
func n102OwnedNoun(text string, toks []tok, c, n int) bool {
	if c < 1 || !toks[c-1].word {
		return false
	}
	p := toks[c-1].low
	if !strings.HasSuffix(p, "’s") && !strings.HasSuffix(p, "'s") && !toks[c-1].is2(isPossessive) && p != "his" && p != "her" && p != "their" || pastForm(toks[c]) || toks[c].low == "said" || toks[c].low == "told" {
		return false
	}
	for j := c + 1; j < n; j++ {
		if toks[j].low == "that" {
			return false // "Trump’s claim that there have been “…”": the claim's own words
		}
		if toks[j].is(isBeForm) {
			return true
		}
	}
	return false
}

// n102SubjectBefore reports whether m, a name of no known sex and the
// last before a "he" or "she" at offset at, is the subject of the
// sentence right before the pronoun's quotation in its paragraph: the
// name, then a verb in the past or in "-s" ("Yusef looked out at the
// water for a long moment. “…,” he said."; not a verb of being, as in
// "Port Elsby was quiet"), after the sentence's start or after the
// comma of an opening clause ("Asked whether …, Yusef looked"). News prose names a speaker so and quotes them next;
// a name of known sex further back is the less likely one. A name that
// ends the sentence or stands in an object's place is not read.
func (a *attributor) n102SubjectBefore(m *mention, at int) bool {
	text := a.text
	if m.object || m.thing || m.End+2 >= len(text) || text[m.End] != ' ' || a.paragraph(m.Start) != a.paragraph(at) {
		return false
	}
	// The verb after the name: a lower-case word in "-ed" or "-s", or
	// a past of pastVerbs.
	e := m.End + 1
	for e < len(text) && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	v := text[m.End+1 : e]
	if len(v) < 3 || v == "was" || v == "has" || v == "does" || !(strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") || pastVerbs[v]) {
		return false
	}
	// Before the name: the sentence's start, or an opening clause's
	// comma.
	b := strings.TrimRight(text[max(0, m.Start-3):m.Start], " ")
	if b != "" && !strings.HasSuffix(b, ",") && !strings.HasSuffix(b, ".") && !strings.HasSuffix(b, "\n") {
		return false
	}
	// One sentence between the name and the quotation the pronoun
	// tags: no sentence's end before the name's own.
	end := strings.IndexAny(text[e:min(len(text), at)], ".!?")
	if end < 0 {
		return false
	}
	rest := text[e+end+1 : at]
	return !strings.ContainsAny(strings.TrimLeft(rest, " "), ".!?") || opensWithMark(strings.TrimLeft(rest, " "))
}

// n102Speech are the verbs after a sentence's subject that make the
// rest of the sentence its words, for n102Reporter. Fewer than
// n67Said, the list of the same use for a subject named just before:
// with n67Said's verbs one quotation of the probe sets ("…, Ottilie
// Marsh-Ng, wrote …. ¶ “…” she said") went to her company.
var n102Speech = map[string]bool{"said": true, "says": true, "told": true, "added": true, "insisted": true, "noted": true, "argued": true, "warned": true, "explained": true, "stressed": true, "wrote": true, "recalled": true}

// n102Reporter returns the subject of the sentence that holds mention
// j when that subject reports the sentence ("Sarrow said she had met
// separately with Donescu and Sardova on Monday …") and the "he" or
// "she" at offset at tags a quotation in the next sentence ("“I told
// her what I told him,” she said"): the one who spoke goes on
// speaking, where the names in their words are the ones spoken of.
// The subject opens the sentence and a verb of n102Speech follows it
// (past an appositive between commas); it must fit the pronoun by its
// sex, or be of no known sex where j is of none too; not a thing, a
// description or a name in an object's place. Otherwise "". It reads
// the mentions of one sentence, at most 16 back. Its caller asks that
// the pronoun is "he" or "she", outside quoted words; whether it tags a
// quotation (f14AtQuote) is asked last, once a resolution (atQuote).
func (a *attributor) n102Reporter(j, at int, pron string, atQuote *int8) string {
	m := &a.mentions[j]
	ss := a.sentenceStart(m.Start)
	ps := a.sentenceStart(at)
	b := max(0, ps-1)
	for b > m.End && (a.text[b] == '\n' || a.text[b] == ' ' || a.text[b] == '\r' || a.text[b] == '\t') {
		b-- // the paragraph's break: "… Des and Glenys Prentice.¶In sentencing, she said: “…”"
	}
	if ps <= m.Start || ps < m.End || a.sentenceStart(b) != ss && !opensWithMark(strings.TrimLeft(a.text[ps:at], " ")) { // a mention across a sentence's start ("B. I he …") reads nothing
		return ""
	}
	// The pronoun's sentence is the next one, or the quotation's own
	// sentences stand between: the last sentence end before the
	// pronoun's quotation closes j's sentence.
	if k := strings.LastIndexAny(a.text[m.End:ps], ".!?"); k < 0 {
		return ""
	} else if e := m.End + k; strings.ContainsAny(strings.TrimSpace(a.text[e+1:ps]), ".!?") && !opensWithMark(strings.TrimLeft(a.text[e+1:ps], " \n")) {
		return ""
	}
	// The sentence's first mention, its subject.
	c := j
	for c > 0 && c > j-16 && a.mentions[c-1].Start >= ss {
		c--
	}
	if c == j {
		return ""
	}
	r := &a.mentions[c]
	if r.thing || r.person || r.object || r.inQuote || strings.TrimSpace(a.text[ss:r.Start]) != "" {
		return ""
	}
	want := pronounSex(pron)
	g := r.gender
	if g == 0 {
		g = a.f4SexOf(c) // the sex the narration gives it: "Sarrow said she …" (f4_sex.go)
	}
	if g != want && !(g == 0 && m.gender != want) {
		return ""
	}
	// Its verb of speech, past an appositive between commas.
	e := r.End
	if e < len(a.text) && a.text[e] == ',' {
		k := strings.IndexByte(a.text[e+1:min(len(a.text), e+120)], ',')
		if k < 0 {
			return ""
		}
		e += k + 2
	}
	w := strings.TrimLeft(a.text[e:min(len(a.text), e+16)], " ")
	if sp := strings.IndexAny(w, " ,."); sp > 0 {
		w = w[:sp]
	}
	if !n102Speech[w] {
		return ""
	}
	if *atQuote < 0 {
		*atQuote = 0
		if f14AtQuote(a.text, at) {
			*atQuote = 1 // asked once a resolution, and last: most candidates are turned away above
		}
	}
	if *atQuote == 0 {
		return ""
	}
	return r.text
}

// n102BodyAppositive reports whether toks[k] is the comma of an
// appositive that calls the name before it a body: ", a press-freedom
// group", ", an advocacy organization", "the country's largest relief
// organization": an article, then within five words a noun of bodies.
func n102BodyAppositive(toks []tok, k int) bool {
	if k+2 >= len(toks) || toks[k].low != "," || toks[k+1].low != "a" && toks[k+1].low != "an" && toks[k+1].low != "the" {
		return false
	}
	for h := k + 2; h < len(toks) && h <= k+6 && toks[h].word; h++ {
		if n101BodyHeads[toks[h].low] || n102BodyNouns[toks[h].low] {
			return true
		}
	}
	return false
}

// n102BodyNouns are more nouns of bodies that an appositive names.
var n102BodyNouns = map[string]bool{"organization": true, "organisation": true, "body": true, "charity": true, "agency": true, "watchdog": true, "nonprofit": true, "ngo": true}

// n102AppositiveComma returns the index of the comma that opens an
// appositive of a description inside the mention that starts at
// toks[m], a name, and runs to toks[k]: "States, a regional body that
// sent 140 monitors," gives the comma after "States". -1 if the
// mention holds no such comma.
func n102AppositiveComma(text string, toks []tok, m, k int) int {
	for p := m + 1; p < k && p <= m+6; p++ {
		if !toks[p].word {
			if toks[p].low == "," && p+1 < k && (toks[p+1].low == "a" || toks[p+1].low == "an" || toks[p+1].low == "the") {
				return p
			}
			return -1
		}
	}
	return -1
}

// n102PhraseBeforeAppositive widens f, a name with the appositive that
// describes it up to the cue after toks[k], to the noun phrase that
// ends in the name from the clause's start cs: "Observers from the
// League of Northern States, a regional body that sent 140 monitors,
// said" is the observers, whom the mention names whole; the reader
// took "States" and its appositive. The phrase must be one phraseAt
// reads, and the name's last token the one before the appositive's
// comma.
func n102PhraseBeforeAppositive(text string, toks []tok, f found, cs, k int) found {
	if w := text[f.subj.Start:f.subj.End]; strings.IndexByte(w, ',') < 0 || !strings.Contains(w, ", a") && !strings.Contains(w, ", the ") {
		return f // no appositive with an article: most subjects, told from their bytes
	}
	m := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
	if m <= cs+1 || m >= len(toks) || toks[m-1].word == false {
		return f
	}
	p := n102AppositiveComma(text, toks, m, k)
	if p < 0 {
		return f
	}
	np, ok := phraseAt(text, toks, cs, p)
	nm := ""
	if ok {
		nm = text[np.Start:np.End]
	} else {
		// A participle's phrase whose agent the appositive describes:
		// "An assessment published last week by the Hunger
		// Classification Panel, a technical body …, estimated".
		st := subjectStarts{k: p - 1}
		if r := reducedRelative(text, toks, p-1, &st); r.ok {
			np, nm, ok = r.subj, r.name, true
		}
	}
	if !ok || np.Start >= f.subj.Start {
		return f
	}
	f.subj.Start, f.name, f.whole = np.Start, nm, true
	return f
}

// n102TimeAfterParticiple reports whether toks[q], after a participle
// in a subject ("A joint statement released after the meeting said",
// "A report published last week found"), opens a phrase of time: a
// conjunction of time used as a preposition, "last" or "this" before a
// time word, or a time word.
func n102TimeAfterParticiple(toks []tok, q int) bool {
	switch toks[q].low {
	case "after", "before", "since", "following":
		return true
	case "last", "this", "earlier", "late", "early":
		return q+1 < len(toks) && (toks[q+1].is(isTimeWord) || toks[q+1].is2(isPartOfDay|isMonth))
	}
	return toks[q].is(isTimeWord)
}

// n102PluralThenVerb reports whether toks[j] is a plural noun with a
// verb of no lexicon right after it, a clause's subject and its verb
// after a possessive: "says its troops retook Hollek" ("retook" is no
// form finiteSoon knows). The word after the noun is in lower case and
// no function word, participle in "-ing", adverb in "-ly" or plural.
func n102PluralThenVerb(text string, toks []tok, j int) bool {
	if j+1 >= len(toks) || !toks[j].word || !toks[j].pluralNoun() || capital(toks[j].str(text)) {
		return false
	}
	v := &toks[j+1]
	return v.word && !capital(v.str(text)) && !v.is(isFunction|isAdverb) && !strings.HasSuffix(v.low, "ing") && !strings.HasSuffix(v.low, "ly") && !v.pluralNoun()
}

// n102ItsOwners are the nouns after "its" of those who own, make or
// run a thing and speak for it (itsRole, a1_parc.go): "A trial has been
// stopped, its maker said", "…, its owners told families in a letter",
// "…, its board of trustees announced Monday".
var n102ItsOwners = map[string]bool{"maker": true, "makers": true, "owner": true, "owners": true, "operator": true, "operators": true, "board": true, "manufacturer": true, "developer": true, "developers": true, "publisher": true, "publishers": true, "trustees": true, "management": true, "founder": true, "founders": true, "shareholders": true, "creditors": true, "landlord": true, "insurer": true, "lender": true, "lenders": true, "leadership": true}

// n102Told returns the index after the one a trailing "told" spoke to,
// when that is a bare plural noun or a noun after "our", and the cue's
// words end there or go on with a phrase of when or where: "…, its
// owners told families in a letter on Friday". It returns a, the index after the cue, otherwise.
// Not a determiner and a noun: "— something a 911 caller also told a
// dispatcher" is a relative clause, no trailing cue.
func n102Told(text string, rest []tok, a int) int {
	e := n103ToldModifiers(text, rest, a) // "…, he told state legislators in March, …" (n103_readings.go)
	// Or the paper's own reporter, any noun after "our": "…, Ann Lee
	// told our correspondent." (n104OwnAddresseeEnd).
	own := false
	if n104OwnPossessive(rest[e].low) && e+1 < len(rest) {
		e, own = e+1, true
	}
	if !own && e == a {
		if x := n105ToldThe(text, rest, e); x > e {
			e = x - 1 // "…, the company told the state board in a filing." (n105_readings.go)
		}
	}
	if !own && e == a {
		if x := n107ToldAudience(rest, e); x > e {
			e = x - 1 // "…, Dr. Mishra told a press conference." (n107_readings.go)
		}
	}
	t := &rest[e]
	if !t.word || capital(t.str(text)) || t.is(isFunction|isAuxiliary|isCue) || !own && e == a && !t.pluralNoun() {
		return a
	}
	e++
	if e >= len(rest) || asideMark(text, &rest[e]) || rest[e].word && rest[e].is(isAfterCueOK) && rest[e].low != "to" && rest[e].low != "of" {
		return e
	}
	return a
}

// n102TrailingDescribed reads the subject of a trailing cue at rest[sc]
// that is a description and a name between commas: "…, the speaker of
// the National Assembly, Ansgar Rindahl, announced." The description
// opens rest (describesPerson) and ends at a comma; the name fills the
// words from there to the comma before the cue. The mention is the
// whole, the name the person's.
func n102TrailingDescribed(text string, rest []tok, sc int) (found, bool) {
	if sc < 5 || rest[sc-1].str(text) != "," {
		return found{}, false
	}
	for p := sc - 3; p >= 2; p-- {
		if rest[p].str(text) != "," {
			continue
		}
		n, ok := nameAt(text, rest, p+1)
		if !ok || n.from != p+1 || n.to != sc-1 || !describesPerson(text, rest, 0, p) {
			return found{}, false
		}
		return found{subj: doc.Span{Start: rest[0].s, End: rest[sc-1].e}, name: n.text, ok: true, whole: true}, true
	}
	return found{}, false
}

// n102ColonVerb returns the index of the verb that ends the words
// toks[:n] before a colon when a text reads out or goes on with the
// quotation after it: "read:", "read in full:", "read in part:",
// "read simply:", "read aloud:", "goes on:", "went on:". "read" alone
// is a present as often as a past, and names a reader, not a text,
// before most objects; right before the colon it hands words on. -1 for none.
func n102ColonVerb(toks []tok, n int) int {
	if n < 3 || !toks[n-1].word {
		return -1
	}
	switch w := toks[n-1].low; {
	case w == "read":
		return n - 1
	case (w == "full" || w == "aloud") && toks[n-2].low == "read":
		return n - 2
	case (w == "full" || w == "part") && toks[n-2].low == "in" && n >= 4 && (toks[n-3].low == "read" || toks[n-3].low == "reads"):
		return n - 3 // "read in full:", "The statement read in part:"
	case w == "simply" && (toks[n-2].low == "read" || toks[n-2].low == "reads"):
		return n - 2 // "One post read simply:"
	case w == "on" && (toks[n-2].low == "goes" || toks[n-2].low == "went"):
		return n - 2
	}
	return -1
}
