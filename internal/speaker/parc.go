package speaker

import (
	"bufio"
	"bytes"
	_ "embed"
	"slices"
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// This file reads attributions in the sense of the Penn Attribution
// Relation Corpus (PARC) and PolNeAR, which annotate every relation of a
// source, a cue and a content, not only speech: belief ("voters think
// …"), intention ("she wants to triple …"), evaluation ("he attacked
// the plan"), evidence ("the poll shows …") and requests ("they urged
// the council to …"). News prose is full of them, and a reader weighing
// an article wants to know whose view each clause is, not only whose
// words are in marks.

//go:embed reporting.txt
var reportingData []byte

//go:embed carriers.txt
var carrierData []byte

// carriers are the things that may speak as "it" (carriers.txt).
var carriers = wordSet(carrierData, true)

//go:embed stancenouns.txt
var stanceNounData []byte

// stanceNouns report their possessor's stance or statement before a
// clause (stancenouns.txt).
var stanceNouns = wordSet(stanceNounData, true)

// A verbSense is one reading of a reporting verb form: its class (see
// reporting.txt) and the particle it needs after it ("out" of "point
// out"), if any.
type verbSense struct {
	class    byte
	particle string
	first    string // the particle's first word (firstWord), read once here: cueContent asks it of every sense with a particle
	ing      bool   // the -ing form: a participle or a progressive
	base     bool   // the base form: "they say", not "he say"
}

// reporting maps every form of the verbs of reporting.txt to its senses.
var reporting = readReporting(reportingData)

// readReporting reads reporting.txt: "base [particle] class [past
// [participle]]" a line.
func readReporting(data []byte) map[string][]verbSense {
	out := map[string][]verbSense{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		f := strings.Fields(strings.ToLower(sc.Text()))
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		// The class is the last one-letter field: a particle may hold
		// the article "a" ("issue a warning s", "strike a deal i"),
		// which is also the letter of class a, and no irregular form is
		// one letter long.
		ci := -1
		for i := 1; i < len(f); i++ {
			if len(f[i]) == 1 && strings.Contains("skoicevraxt", f[i]) {
				ci = i
			}
		}
		if ci < 0 {
			continue
		}
		base, particle, class := f[0], strings.Join(f[1:ci], " "), f[ci][0]
		irregular := f[ci+1:]
		nounish := strings.HasSuffix(base, "!")
		base = strings.TrimSuffix(base, "!")
		forms := verbForms(base, irregular)
		if nounish {
			// "text!": the base and its -s are nouns far more often
			// ("in an email", "the texts show"); only the past, the
			// participle and -ing report.
			forms = slices.DeleteFunc(forms, func(w string) bool { return w == base || w == base+"s" })
		}
		for _, w := range forms {
			s := verbSense{class: class, particle: particle, first: firstWord(particle), ing: strings.HasSuffix(w, "ing") && !strings.HasSuffix(base, "ing"), base: w == base && !slices.Contains(irregular, w)}
			if !containsSense(out[w], s) {
				out[w] = append(out[w], s)
			}
		}
	}
	return out
}

func containsSense(ss []verbSense, s verbSense) bool {
	for _, t := range ss {
		if t == s {
			return true
		}
	}
	return false
}

// verbForms makes the forms of a verb: base, third person, past and
// participle (regular unless given), and -ing. Where English doubles a
// final consonant for some verbs and not others ("admitted",
// "visited"), both spellings are made: the wrong one never occurs in
// text, so it costs nothing.
func verbForms(base string, irregular []string) []string {
	forms := []string{base}
	n := len(base)
	last := base[n-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "x") || strings.HasSuffix(base, "z") || strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "sh"):
		forms = append(forms, base+"es")
	case last == 'y' && n > 1 && !vowel(base[n-2]):
		forms = append(forms, base[:n-1]+"ies")
	default:
		forms = append(forms, base+"s")
	}
	cvc := n >= 3 && !vowel(last) && strings.IndexByte("wxy", last) < 0 && vowel(base[n-2]) && !vowel(base[n-3])
	if len(irregular) > 0 {
		forms = append(forms, irregular...)
	} else {
		switch {
		case last == 'e':
			forms = append(forms, base+"d")
		case last == 'y' && n > 1 && !vowel(base[n-2]):
			forms = append(forms, base[:n-1]+"ied")
		default:
			forms = append(forms, base+"ed")
			if cvc {
				forms = append(forms, base+string(last)+"ed")
			}
		}
	}
	switch {
	case strings.HasSuffix(base, "ie"):
		forms = append(forms, base[:n-2]+"ying")
	case last == 'e' && !strings.HasSuffix(base, "ee"):
		forms = append(forms, base[:n-1]+"ing")
	default:
		forms = append(forms, base+"ing")
		if cvc {
			forms = append(forms, base+string(last)+"ing")
		}
	}
	return forms
}

// Words around a reporting verb.
var (
	// auxiliaries and negation stand between a subject and its verb:
	// "is once again questioning", "has not said", "could call on".
	auxiliaries = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "am": true, "has": true, "have": true, "had": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true, "should": true, "must": true, "did": true, "does": true, "do": true, "not": true, "never": true, "didn’t": true, "doesn’t": true, "don’t": true, "won’t": true, "wouldn’t": true, "hasn’t": true, "haven’t": true, "isn’t": true, "wasn’t": true, "weren’t": true, "aren’t": true, "weren't": true, "aren't": true, "isn't": true, "wasn't": true, "can’t": true, "couldn’t": true, "didn't": true, "doesn't": true, "don't": true, "won't": true, "wouldn't": true, "hasn't": true, "haven't": true,
		// The rest of the negated modals and "had", in both spellings of
		// the apostrophe: "can't say when …", "hadn't said whether …".
		"can't": true, "couldn't": true, "cannot": true, "shouldn’t": true, "shouldn't": true, "hadn’t": true, "hadn't": true, "mustn’t": true, "mustn't": true}
	// beForms make a progressive with an -ing verb and a passive with a
	// participle: "was criticized by" has its source after "by".
	beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "am": true, "isn’t": true, "wasn’t": true, "weren’t": true, "aren’t": true, "isn't": true, "wasn't": true, "weren't": true, "aren't": true}
	// contracted are a subject pronoun and an auxiliary in one word:
	// "she’s sure", "they’re willing", "he’s said".
	contracted = map[string]string{"he’s": "he", "she’s": "she", "they’re": "they", "we’re": "we", "i’m": "i", "they’ve": "they", "we’ve": "we", "i’ve": "i", "he’d": "he", "she’d": "she", "they’d": "they", "we’d": "we", "i’d": "i", "he'll": "he", "he’ll": "he", "she’ll": "she", "they’ll": "they", "we’ll": "we", "i’ll": "i",
		"he's": "he", "she's": "she", "they're": "they", "we're": "we", "i'm": "i", "they've": "they", "we've": "we", "i've": "i", "he'd": "he", "she'd": "she", "they'd": "they", "we'd": "we", "i'd": "i", "she'll": "she", "they'll": "they", "we'll": "we", "i'll": "i",
		// A relative "who" with its auxiliary: "Ann Ortiz, who’s called
		// for a new pier, …" (the relative is the mention, as for "who
		// has called").
		"who’s": "who", "who's": "who", "who’ve": "who", "who've": "who", "who’d": "who", "who'd": "who"}
	// verbAdverbs stand between a subject and its verb or a verb and
	// its content, besides words in -ly.
	verbAdverbs = map[string]bool{"very": true, "so": true, "quite": true, "more": true, "less": true, "also": true, "once": true, "twice": true, "again": true, "even": true, "still": true, "already": true, "then": true, "now": true, "later": true, "first": true, "further": true, "long": true, "just": true, "only": true, "often": true, "never": true, "always": true, "soon": true, "too": true, "together": true, "sometimes": true, "nowadays": true, "afterwards": true, "afterward": true, "in": false}
	// whWords open a reported question: "asked whether", "wonders how".
	whWords = map[string]bool{"what": true, "how": true, "whether": true, "why": true, "if": true, "who": true, "when": true, "where": true, "which": true}
	// objectPronouns may be the object of a verb, or the addressee of
	// one that tells.
	objectPronouns = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true, "you": true, "it": true, "everyone": true, "reporters": true, "voters": true, "supporters": true}
	// aboutWords take the content after a verb of speech, thought or
	// evaluation: "complained about his microphone", "spoke of".
	aboutWords = map[string]bool{"about": true, "on": true, "over": true}
	// noContent are objects that report no content: "said nothing".
	noContent = map[string]bool{"nothing": true, "something": true, "anything": true, "everything": true, "little": true, "much": true, "so": true, "yes": true, "no": true, "otherwise": true, "goodbye": true, "hello": true, "thanks": true, "sorry": true, "herself": true, "himself": true, "themselves": true, "itself": true, "myself": true, "ourselves": true, "yourself": true, "out": true, "up": true, "down": true, "off": true, "away": true, "back": true, "later": true}
	// nobody names no source: "Nobody knows where …".
	nobody = map[string]bool{"nobody": true, "no one": true, "none": true, "nothing": true, "neither": true, "everybody": true, "anybody": true, "anyone": true, "someone": true, "somebody": true}
	// labels head a note, not a statement: "Correction: …".
	labels = map[string]bool{"correction": true, "clarification": true, "update": true, "updated": true, "note": true, "related": true, "read": true, "watch": true, "advertisement": true, "editor’s": true, "editor's": true, "source": true, "sources": true, "photo": true, "image": true, "credit": true, "disclosure": true}
	// preps open a phrase that may stand between a verb and its content.
	preps = map[string]bool{"in": true, "at": true, "on": true, "during": true, "with": true, "for": true, "from": true, "after": true, "before": true, "outside": true, "inside": true, "over": true, "about": true, "to": true, "through": true, "via": true, "by": true, "since": true, "throughout": true}
	// raising verbs pass their subject to the infinitive after them.
	raising = map[string]bool{"appear": true, "appears": true, "appeared": true, "seem": true, "seems": true, "seemed": true, "continue": true, "continues": true, "continued": true, "began": true, "begin": true, "begins": true, "tend": true, "tends": true, "tended": true, "went": true, "goes": true, "go": true, "happened": true, "proceeded": true, "stopped": true}
	// quantifiers may be a subject by themselves: "all agreed".
	quantifiers = map[string]bool{"all": true, "both": true, "many": true, "most": true, "some": true, "several": true, "others": true, "few": true}
	// phraseLinks may stand inside a subject noun phrase: "A new ad from
	// Donald Trump’s campaign", "Critics of the program".
	phraseLinks = map[string]bool{"of": true, "for": true, "from": true, "in": true, "at": true, "by": true, "with": true, "and": true, "on": true, "its": true}
	// clauseLeads open a sentence before its subject: "But Trump said".
	clauseLeads = map[string]bool{"but": true, "and": true, "yet": true, "so": true, "still": true, "meanwhile": true, "however": true, "now": true, "instead": true, "indeed": true, "also": true, "then": true, "later": true, "earlier": true, "separately": true, "perhaps": true, "maybe": true, "suddenly": true, "next": true}
	// subjectPronouns are read as the subject next to a verb.
	subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "who": true}
)

// adverbish reports whether w may stand between a subject and its verb
// or a verb and its content.
func adverbish(w string) bool {
	return adverbFilter.Maybe(w) && wordIs(w, isVerbAdverb|isTimeWord) || lyAdverb(w)
}

// occasionPreps open the phrase of an occasion after an addressee:
// "told analysts on a conference call that …".
var occasionPreps = map[string]bool{"on": true, "in": true, "at": true, "during": true, "after": true}

// lyName reports whether toks[k], a word in -ly that lyAdverb reads as
// an adverb, is a name that opens its clause before the verb: "Tully
// says the petition has …", "Connolly told reporters …". Capitalised,
// with no word before it, it is the verb's subject, for an adverb
// there would leave the verb none; n3LyNames lists the names in -ly
// that lyAdverb knows, and surnames are too many to list. After a
// capitalised word it is a surname too: "Mayor Oona Farrelly told".
func lyName(text string, toks []tok, k int) bool {
	return strings.HasSuffix(toks[k].low, "ly") && (k == 0 || !toks[k-1].word || capital(toks[k-1].str(text))) && capital(toks[k].str(text)) && !wordIs(toks[k].low, isVerbAdverb)
}

// lyAdverb reports whether w is an adverb by its -ly, not a noun in -ly.
func lyAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !n3LyNames[w]
}

// adverbish is adverbish(t.low), from the token's lexicon entry: the
// readers ask it of most tokens they step over, and the word's bits are
// in hand where adverbish looked them up again (wordIs hashes it).
func (t *tok) adverbish() bool {
	return t.is(isVerbAdverb|isTimeWord) || lyAdverb(t.low)
}

// parcMaxPerSentence bounds the attributions read in one sentence.
const parcMaxPerSentence = 6

// attributions reads the attributions of sentence s (toks, its first
// indirectReach bytes), at most parcMaxPerSentence. First the forms that
// frame the whole sentence: "According to X, …", "…, according to X",
// "…, according to X, …", "…, X said", "…, the council says, …", a
// headline "Poll: …" or "Mayor Says …". Then every verb of
// reporting.txt used as a verb (not after a determiner or a possessive,
// not an infinitive, not a passive but one with "by"), each with its own
// subject (readCue) and content, so that "X said that Y believes Z"
// gives both X's and Y's. A content runs from "that", "to", a wh-word, a
// bare clause or an object to the end of the clause (contentEnd), and
// not past the start of a trailing attribution. blocked holds the
// quotations in the sentence that have an attribution of their own
// (direct ones): a cue inside one, or one's own cue, is not read again,
// and a content stops where one starts; the framing forms are read only
// in sentences without them. A passive of reporting with no agent ("was
// accused of …") gives an attribution with no source (agentless), and
// last, a noun of stance after its possessor ("his claim that …") one
// where no attribution read before holds it.
func (a *attributor) attributions(toks []tok, s doc.Span, parent int, blocked []doc.Quote) []doc.Quote {
	return a.attributionsInto(nil, toks, s, parent, blocked, nil, 0)
}

// attributionsInto is attributions writing into out, an empty slice
// whose array it may reuse. indirect calls it for most clauses of a text
// and copies each result out before the next call: one array serves
// them all, where a list of its own for each clause cost about 0.4 MB
// of allocation per 1 MB of news text. pre, when not nil, is what
// clauseWords read of toks from the index: their lists and the
// positions of their verbs of reporting, which are then not read again
// from the toks. q0 is the index of a quotation of the document at or
// before the first that starts at or after s.Start (every quotation
// before it starts before s): where the quotations searched from s on
// are searched from.
func (a *attributor) attributionsInto(out []doc.Quote, toks []tok, s doc.Span, parent int, blocked []doc.Quote, pre *clauseRead, q0 int) []doc.Quote {
	text := a.text
	var end int
	if pre != nil && pre.semiFree {
		end = clauseEndFree(text, s)
	} else {
		end = clauseEnd(text, s)
	}
	var trig []int32 // the clause's verbs of reporting (below)
	var asides int8  // whether the clause may hold ", the officials said,": 0 not yet read (n2QuoteInto)
	add := func(f found, content []doc.Span) {
		if len(out) >= parcMaxPerSentence {
			return
		}
		// The quotation is made in its place at the end of out, a
		// zeroed slot: made apart, it was copied twice (some 200
		// bytes each time), out of makeQuote and into out.
		out = append(out, doc.Quote{})
		// The content is copied into the attributor's array of
		// contents (keepSpans): the rules' literals then stay on the
		// stack, where each was an allocation.
		if !a.n2QuoteInto(&out[len(out)-1], f, a.keepSpans(content), parent, toks, s, trig, &asides) || n105Repeat(out) { // quoteInto, with asides cut out (n2_aside.go)
			out = out[:len(out)-1]
		}
	}
	// By index, in these closures: a range copies each quotation,
	// some 200 bytes, at each of the many calls.
	isBlocked := func(at int) bool {
		for i := range blocked {
			q := &blocked[i]
			if _, gap := partsGap(q, at); q.Start <= at && at < q.End && !gap || q.Cue.Start <= at && at < q.Cue.End && q.Cue.End > q.Cue.Start {
				return true
			}
		}
		return false
	}
	// stop returns where a content starting at from ends: before a
	// quotation with its own attribution, or the next part of one whose
	// parts the content stands between.
	// splitAt: where the main clause's content breaks for a trailing
	// cue that a second clause of the same content resumes after ("…,
	// he said, and walked off"): a content read before it ends there.
	// Not where one clause goes on ("the ferry, the inspectors said,
	// would stop …").
	splitAt := -1
	stop := func(from, to int) int {
		if splitAt >= 0 && from < splitAt && to > splitAt {
			to = splitAt
		}
		for i := range blocked {
			q := &blocked[i]
			if q.Start >= from && q.Start < to {
				to = q.Start
			}
			if e, gap := partsGap(q, from); gap && e < to {
				to = e
			}
		}
		return to
	}
	limit := end          // where the main clause ends: before a trailing attribution
	tail := -1            // the first token of a clause of its own after a trailing cue
	var asClause doc.Span // a comment clause with "as", read whole: "as Ed Moss noted,"
	// The lists the words are in: a rule whose words are absent is not
	// read. And the words the main loop below reads further, each a
	// word of isReportTrigger (every token with the gates open).
	var has wordClass
	if pre != nil {
		has, trig = pre.has, pre.trig
	} else {
		var buf [32]int32
		has, trig = sentenceClass(toks), reportTriggers(toks, buf[:0])
	}
	if len(blocked) == 0 {
		if len(toks) > 5 && toks[0].low == "in" && has&isStance != 0 {
			// "In the mayor's view, …", "In the view of the board, …".
			if g, k, ok := a.inView(toks); ok && wordsAtLeast(toks[k+1:], 3) {
				add(g, []doc.Span{{Start: toks[k+1].s, End: end}})
				return out
			}
		}
		if len(toks) > 4 && toks[1].low == "according" && n87Lead(toks[0].low) {
			toks = toks[1:] // "But according to a filing …, the campus would …" (n87_lead.go)
		}
		if len(toks) > 3 && (toks[0].lower(text) == "according" || toks[0].low == "per") {
			if g, content, ok := openingAccording(text, toks, end); ok {
				add(g, []doc.Span{content})
			}
			return out
		}
		for k := 1; k+2 < len(toks) && has&isAccording != 0; k++ {
			if toks[k+1].low == "according" && a.n27Said(&out, add, toks, k, s, end) {
				return out // "…, Ann Lee said, according to a transcript": Ann Lee's, through the transcript (n27_according.go)
			}
			if p := toks[k].str(text); (p == "," || p == "—" || p == "–") && (toks[k+1].lower(text) == "according" || toks[k+1].low == "per") && !a.inMarks(s, toks[k].s) {
				src := k + 3 // the source's first token
				if toks[k+1].low == "per" {
					src = k + 2 // "…, per the agency’s bulletin."
				}
				g := accordingTo(text, toks, k+1)
				if !g.ok {
					g = n81WholeSource(text, toks, k+1, end) // "…, according to reports filed with the board this month." (n81_according.go)
				}
				if src == k+2 && (!g.ok || n107PerRule(text, g)) {
					continue // "…, per day": no source; "per the plan": what a thing goes by (n107_readings.go)
				}
				if !g.ok || g.subj.End > end {
					break
				}
				// Between commas, before a clause: "Among black voters,
				// according to a poll, Ms. Ortiz leads."
				before := toks[k].s // where the clause before the aside ends
				if p != "," {
					before = toks[k-1].e // not the space before a dash
				}
				for j := k + 3; j+1 < len(toks) && j < k+18; j++ {
					if toks[j].str(text) != p || p == "," && thousandsComma(text, &toks[j]) || toks[j].s < g.subj.End {
						continue // the aside ends with the mark it opened with: "The ferry — according to police — was late"; not a number's comma, nor one inside the source ("Ann Reed, Ed Moss and Tom Lee")
					}
					if j > k+3 && k > 1 && toks[j+1].word && (toks[j+1].is(isAuxiliary) || toks[j+1].is(isFinite) || n105PastAfterPhrase(text, toks, k, j+1)) && toks[k-1].word && wordsAtLeast(toks[j+1:], 2) {
						// Between the subject and its verb: "The pier,
						// according to the board, is old." The content
						// is the clause around the aside.
						g.whole = true
						g.subj = doc.Span{Start: toks[src].s, End: max(g.subj.End, toks[j-1].e)}
						add(g, []doc.Span{{Start: s.Start, End: before}, {Start: toks[j+1].s, End: end}})
						return out
					}
					// A participle that ends the sentence describes the
					// source: "…, according to the study, published
					// Wednesday in the journal Polar Science." (n103_readings.go)
					if x := n103SourceParticiple(text, toks, j, end); x > 0 && k > 0 && !toks[k-1].is(isAuxiliary) { // not "he was, according to custom, boarded …"
						g.whole = true
						g.subj = doc.Span{Start: toks[src].s, End: x}
						add(g, []doc.Span{{Start: s.Start, End: before}})
						return out
					}
					// A name that ends the sentence is the source's
					// appositive, no clause: "…, according to its lead
					// author, Dr. Yuki Tanaka."
					if n107OpenerAside(text, toks, k, j) {
						// After an opening phrase, before the clause:
						// "In that time, according to the league, his
						// teams have won …", "Last year, according to
						// police, crime fell." The clause is the content.
						g.whole = true
						g.subj = doc.Span{Start: toks[src].s, End: max(g.subj.End, toks[j-1].e)}
						add(g, []doc.Span{{Start: toks[j+1].s, End: end}})
						return out
					}
					if h, he := subjectAt(text, toks, j+1, len(toks)); toks[j+1].word && !toks[j+1].is(isFunction) && (h.ok && (h.pronoun != "" || capital(h.name)) && wordsAtLeast(toks[he:], 1) || bareClause(text, toks, j+1) || hasVerb(toks[j+1:])) && wordsAtLeast(toks[j+1:], 3) {
						g.whole = true
						g.subj = doc.Span{Start: toks[src].s, End: max(g.subj.End, toks[j-1].e)}
						add(g, []doc.Span{{Start: s.Start, End: before}, {Start: toks[j+1].s, End: end}})
						return out
					}
					break
				}
				if e := n81TrailingSource(text, g.subj.End, end); e > g.subj.End {
					g.subj.End, g.whole = e, true // "…, according to a plan released last week by the budget office." (n81_according.go)
				}
				if rest := strings.TrimSpace(text[g.subj.End:end]); rest == "" || strings.HasPrefix(rest, ",") {
					limit = toks[k].s
					e := finalAppositive(text, toks, g.subj.End, end) // "…, according to an analysis by Ann Reed, a former tax aide."
					e = finalRelative(text, toks, e, end)             // "…, according to the complaint, which seeks class-action status."
					if e > g.subj.End {
						g.subj.End, g.whole = e, true
						if t := &toks[src]; t.s < g.subj.Start && t.is(isDet) && !t.is(isPronoun) {
							g.subj.Start = t.s // the mention read whole keeps its article, as one read alone does: "the Legal Aid Network, a volunteer group"
						}
					}
					add(g, []doc.Span{{Start: s.Start, End: s.Start + len(spaceLineSet.trimRight(text[s.Start:limit]))}})
					// A second clause after the aside with a trailing cue of
					// its own: "…, according to data compiled by X, and its
					// notes fell, traders said." (n101AndClause)
					if i := n101AndClause(text, toks, g.subj.End); i > 0 {
						if tg, c, resume := trailingCue(text, toks[i:]); tg.ok && resume == 0 && tg.pronoun == "" && !capital(text[tg.cue.Start:tg.cue.End]) && (tg.cue.End > tg.subj.Start || trailingOK(text, tg.subj.End, end) && !clauseAsSubject(a.ix, tg.subj)) {
							add(tg, []doc.Span{{Start: toks[i].s, End: c}})
						}
					}
				}
				break
			}
		}
		if len(out) == 0 && has&(isCue|isReporting) != 0 {
			g, comma, resume := trailingCue(text, toks)
			if g.ok && g.pronoun == "it" {
				// "it says" after the content: a carrier named before
				// it is the source ("The report … The benefit, it says,
				// would be $300"), else there is none.
				g.ok = false
				if nm := a.itBefore(g.subj.Start); nm != "" {
					g = found{subj: g.subj, name: nm, cue: g.cue, ok: true, whole: true}
				}
			}
			if g.ok && !capital(text[g.cue.Start:g.cue.End]) && (g.cue.End > g.subj.Start || trailingOK(text, g.subj.End, end) && !clauseAsSubject(a.ix, g.subj)) {
				limit = comma
				content := []doc.Span{{Start: s.Start, End: comma}}
				if resume > 0 && resume < end {
					content = append(content, doc.Span{Start: resume, End: end})
					limit = end
				} else {
					tail = subordinateTail(text, toks, g.cue.End)
					if tail < 0 {
						tail = n2WhoTail(text, toks, g) // ", said the officials, who added that …" (n2_extent.go)
					}
				}
				n := len(out)
				add(g, content)
				if len(content) > 1 && len(out) > n && finiteAt(toks, g.cue.Start) && (strings.HasPrefix(text[resume:], "and ") || strings.HasPrefix(text[resume:], "but ")) {
					splitAt = comma
				}
				if resume <= 0 {
					// "…, Ann Reed told The Times, adding that …":
					// the participle after the trailing cue is its
					// subject's (participleTail).
					if f, c, ok := a.participleTail(toks, g, end, stop); ok {
						add(f, c)
					}
				}
			}
		}
		if len(out) == 0 && has&isReporting != 0 && evidenceLast(toks) {
			// "Fares rose, a Gazette analysis of county records
			// shows." (a2_evidence.go)
			if g, comma, ok := trailingEvidence(text, toks); ok {
				limit = comma
				add(g, []doc.Span{{Start: s.Start, End: comma}})
			}
		}
		if len(out) == 0 && has&isAs != 0 {
			if g, content, clause, ok := n42AsCue(text, toks, s, end); ok { // asCue, and a subject with an aside (n42_aside.go)
				if !n3AsNaming(text, g.subj) {
					add(g, content)
				}
				asClause = clause
				if clause.End >= end {
					limit = content[0].End // "The mayor did not say whether …, as police have said": the clause ends the mayor's content
				}
			}
		}
		if len(out) == 0 && has&isAs != 0 {
			// "As reported by the Gazette, …", "…, as first reported
			// by the Gazette." (a2_as.go)
			if g, c, ok := asParticiple(text, toks, end); ok && !isBlocked(g.cue.Start) && !isBlocked(c.Start) {
				if to := contentEnd(text, toks, c.Start, stop(c.Start, c.End)); to > c.Start {
					add(g, []doc.Span{{Start: c.Start, End: to}})
					return out
				}
			}
		}
		if len(out) == 0 && headlineColon(text, toks) {
			if g, c := headline(text, toks, end); g.ok {
				add(g, []doc.Span{c})
				return out
			}
		}
	}
	if len(out) == 0 && has&isReporting != 0 && titleVerb(text, toks, trig) && titleCase(text, toks) {
		// Words in marks after the verb ("Mayor Says Ferry Will Sail
		// 'in Style'") end the content; any before it leave the
		// headline unread.
		if g, c := r3TitleCue(text, toks, end); g.ok && !slices.ContainsFunc(blocked, func(q doc.Quote) bool { return q.Start < g.cue.End }) {
			c.End = c.Start + len(spaceLineSet.trimRight(text[c.Start:stop(c.Start, c.End)]))
			if wordsAtLeast(a.ix.tokens(c.Start, c.End), 2) {
				add(g, []doc.Span{c})
				return out
			}
		}
	}
	if len(out) == 0 && len(toks) > 3 && toks[len(toks)-1].word { // a headline ends with a word
		if _, ok := a.n106InHeadline(toks[0].s, toks[len(toks)-1].e); ok {
			if g, c, ok := n106HeadlineClauses(text, toks); ok && !isBlocked(c.Start) && !isBlocked(g.cue.Start) {
				add(g, []doc.Span{c}) // "…, coroner rules", "Judge rules …", "Tribunal upholds …, says …" (n106_readings.go)
				return out
			}
		}
	}
	// The subject of the sentence's first attribution, for participles:
	// that of the clause of the first verb read (mainAt), or failing it
	// the first attribution's (first, kept until then). It is read when
	// a rule first asks for it, as most sentences read have no
	// participle, and most that have an attribution nothing after it
	// that asks.
	var main, first found
	mainDone, mainAt := false, -1
	mainOf := func() found {
		if !mainDone {
			main, mainDone = a.mainSubject(toks, mainAt), true
			if main.ok && main.pronoun == "" && mainAt > 0 && !first.ok {
				if g, ok := n92DescribedName(text, toks, mainAt, main); ok {
					main = g // "The leader of the opposition Liberty Party, Leif Aasvik, accused … and warned that …" (n92_described.go)
				}
			}
			for _, q := range blocked {
				if main.ok && q.Start <= main.subj.Start && main.subj.Start < q.End {
					// "“The pier is old,” he said, adding that …": the
					// clause's subject is the quotation's speaker, not
					// a word inside it.
					main = found{}
					if m := q.Speaker.Mention; m.End > m.Start {
						main = found{subj: m, name: q.Speaker.Name, ok: true, whole: true}
					}
				}
			}
			if first.ok && (!main.ok || main.pronoun == "" && first.subj.Start <= main.subj.Start && main.subj.End <= first.subj.End) {
				// The first attribution read the subject whole, with
				// its appositive: "Corvane’s vice president, Lars
				// Holmqvist, said … and warned …" is Holmqvist's, not
				// "Corvane’s".
				main = first
			}
		}
		return main
	}
	// The first "which", "what" or "that" of the clause: objectRelative
	// reads only a verb whose subject such a word opens, so a verb at
	// or before the first of them is not read (relativeWord). The toks
	// are searched up to the verb asked of, from where the search last
	// stopped (the verbs come in order): once in all. A clause with
	// neither bit has none, and is not searched.
	relFirst, relScan := -1, 0
	if has&(isSubordinator|isWhWord) == 0 {
		relScan = len(toks)
	}
	relativeSeen := func(c int) bool {
		if relFirst < 0 {
			// The search runs on a local index, stored back once:
			// relScan and relFirst, which the closure shares with the
			// function, live in memory, and were read and written at
			// every token.
			k := relScan
			for ; k < c; k++ {
				// "that" and "which" are subordinators, "what" and
				// "which" wh-words: the bits turn away the other words
				// before the strings are compared.
				if toks[k].is(isSubordinator|isWhWord) && relativeWord(toks[k].low) {
					relFirst = k
					break
				}
			}
			relScan = k
		}
		return relFirst >= 0 && relFirst < c
	}
	// Every other token the loop turned away at once, and the toks are
	// in order: the first of trig at or past limit ends it as the first
	// token there did.
	// "Ortiz's plan would raise fares": the plan's verb is what the
	// plan proposes, no report by the plan (a4_plan.go, read below).
	planVerb := -1
	var plan found // read once here, added below
	var planContent doc.Span
	// Each of planHeads is a noun of stance: a clause without the bit
	// has no plan, and neither planWould nor underPlan is asked.
	if len(blocked) == 0 && len(toks) > 4 && has&isStance != 0 {
		if f, c, v, ok := a.planWould(toks, limit); ok {
			planVerb, plan, planContent = v, f, c
		}
	}
	for _, c32 := range trig {
		c := int(c32)
		if toks[c].s >= limit || has&isReportTrigger == 0 {
			break
		}
		t := &toks[c]
		if !t.word || asClause.Start <= t.s && t.s < asClause.End || c == planVerb {
			continue
		}
		if c > 0 && len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && toks[c-1].word && !toks[c-1].is(isFunction|isAuxiliary|isPronoun) && slices.ContainsFunc(out, func(q doc.Quote) bool { return q.Cue.End > q.Cue.Start && q.Cue.End <= t.s && t.e <= q.Start }) {
			continue // a participle after a noun between a cue and its content, in the addressee or the phrase: "told the Gazette in an interview published Monday that …"
		}
		senses := t.senses()
		if commentRequest(toks, c) {
			senses = intentSenses
		} else if len(senses) == 0 && seeAs(toks, c) {
			senses = seeSenses
		} else if len(senses) == 0 && t.low == "like" && c > 0 && c+1 < len(toks) && (toks[c-1].low == "would" || toks[c-1].low == "’d" || toks[c-1].low == "'d") && toks[c+1].low == "to" {
			senses = intentSenses // "would like to …": a wish; "like" is otherwise a preposition as often as a verb
		}
		if len(senses) == 0 && t.low == "heard" {
			// "Ann Reed can be heard yelling to the guards that …" (n48_heard.go)
			if f, from, ok := n48Heard(text, toks, c, limit); ok && !isBlocked(from) && !slices.ContainsFunc(out, func(q doc.Quote) bool { return q.Cue.Start == f.cue.Start }) {
				if to := contentEnd(text, toks, from, stop(from, limit)); to > from {
					add(f, []doc.Span{{Start: from, End: to}})
				}
			}
			continue
		}
		if len(senses) == 0 || capital(t.str(text)) || isBlocked(t.s) {
			continue
		}
		if strings.HasPrefix(t.low, "add") && (t.low == "add" || t.low == "adds" || t.low == "added" || t.low == "adding") && n103Amount(text, toks, c+1) {
			continue // "would add about 1,100 permanent jobs": a sum, no words added (n103_readings.go)
		}
		if c >= 2 && c+1 < len(toks) && toks[c+1].is(isTimeWord|isFunction) && pastInEd(t.low) && n103ReducedParticiple(text, toks, c, trig, limit) {
			continue // "A study published Wednesday in the journal found …": the participle describes the subject of the verb after it (n103_readings.go)
		}
		if n106ArticleCompound(text, toks, c) {
			continue // "a police report number" (n106_readings.go)
		}
		if c >= 3 && n106ThereParticiple(text, toks, c) {
			continue // "there were no hate crimes reported on campus" (n106_readings.go)
		}
		if strings.HasSuffix(t.low, "s") && c+2 < len(toks) && (toks[c+1].low == "such" && toks[c+2].low == "as" || toks[c+1].low == "including") {
			continue // a plural noun before its examples: "advocates such as …", "steep challenges including …"
		}
		if c+1 < len(toks) && toks[c+1].word && t.is(isCompoundFirst) && compoundHeads[t.low][toks[c+1].low] || t.is(isNounForm) && !rulesVerb(text, toks, c) {
			continue // a noun that modifies the next one ("a federal appeals court ruled"), or a plural noun
		}
		if c+1 < len(toks) && toks[c+1].word && !strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "s") && !t.is2(isPastVerb) && t.low != "said" && (toks[c+1].is2(isPastVerb) || toks[c+1].is(isBeForm)) && !toks[c+1].is(isCue) {
			continue // a noun before its verb: "Public comment ran past 10 p.m.", "Public comment was heated"
		}
		if c > 0 && t.is(isCriticismNoun) && (toks[c-1].is(isFacing) || toks[c-1].low == "under") {
			continue // a noun after a verb of facing: "face questions about", read below
		}
		if c >= 1 && n110CallNoun(toks, c) {
			continue // "on the company’s earnings call in July" (n110_readings.go)
		}
		if capitalModifiedMay(text, toks, c) && capitalModified(text, toks, c) && (c+1 >= len(toks) || toks[c+1].low != "that" || n100AfterPrep(text, toks, c)) {
			continue // a noun after a determiner and a capital: "A Texas judge ruled" (mention.go); nameNounAt reads "a Harbour Gazette report that …"
		}
		if c > 0 && nounBefore(text, &toks[c-1]) && !relativeThat(text, toks, c-1) && !quantifierSubject(text, toks, c) && !(c >= 2 && toks[c-2].low == "in" && numberTok(&toks[c-1])) && !(numberTok(&toks[c-1]) && verbOnly(t.low)) && !n106LoneOne(text, toks, c-1) && !(c >= 3 && toks[c-2].low == "but" && n113AllBut(toks, c-3)) || possessiveBefore(text, toks, c) {
			continue // a noun: "the claim", "Trump’s plans", "his support" (read last, below, with its possessor); not after a ratio's number, "one voter in ten said"
		}
		if c >= 2 && (strings.HasSuffix(t.low, "en") || strings.HasSuffix(t.low, "wn")) && toks[c-2].is(isDet) && toks[c-1].word && !toks[c-1].is(isFunction) && c+1 < len(toks) && toks[c+1].word && !capital(toks[c+1].str(text)) && !toks[c+1].is(isFunction|isAuxiliary) {
			continue // a participle before its noun: "In a brief written statement, she …" (n102)
		}
		if c >= 1 && c+1 < len(toks) && pastInEd(t.low) && (toks[c-1].low == "a" || toks[c-1].low == "an" || toks[c-1].low == "the") && toks[c+1].word && !capital(toks[c+1].str(text)) && !toks[c+1].is(isFunction|isAuxiliary) {
			continue // a participle after an article, before its noun: "in an emailed statement"
		}
		if c >= 1 && c+1 < len(toks) && pastInEd(t.low) && (toks[c-1].low == "most" || toks[c-1].low == "more" || toks[c-1].low == "least" || toks[c-1].low == "less") && toks[c+1].word && !capital(toks[c+1].str(text)) && !toks[c+1].is(isFunction|isAuxiliary) {
			continue // a graded participle before its noun: "the year’s most anticipated games" (n103)
		}
		if mainAt < 0 {
			mainAt = c
		}
		// readCue, its content read here first: most verbs have none
		// (two in three on issue 3's pipeline), and for them neither
		// the call past it (readCueFrom) nor the speaker of a quotation
		// before the verb is asked. readCue returns no subject and
		// offset 0 for a verb without a content; from is read below
		// only where ok holds, and f is zero where it does not.
		var f found
		from, cueEnd, ok := cueContent(text, toks, c, senses, limit)
		if ok && strings.HasPrefix(t.low, "paint") && !asWithin(toks, c+1, 8) {
			ok = false // "painted the portrait in 1871" depicts, "painted him as a villain" reports
		}
		if ok {
			m := mainOf
			if q := quoteBefore(text, toks, c, blocked); q != nil {
				// A participle right after a direct quotation or its cue
				// is its speaker's: "“…,” she said, adding that …",
				// "Ed Moss said: “…,” adding that …".
				qm := found{subj: q.Speaker.Mention, name: q.Speaker.Name, ok: true, whole: true}
				m = func() found { return qm }
			}
			f, from, ok = a.readCueFrom(toks, c, senses, m, limit, from, cueEnd)
		}
		if !ok || timeClauseAt(text, toks, from) {
			// Only where the cue read no content of its own, or a
			// clause of time: objectRelative is asked no more than that.
			if relativeSeen(c) {
				if g, content, rel := a.objectRelative(toks, c, limit); rel {
					add(g, []doc.Span{content})
					continue
				} else if g, spans, rel := a.r3Bridge(toks, c, limit); rel { // r3_bridge.go: "…, which the mayor said would reopen"
					add(g, spans)
					continue
				}
			}
			if a.g2Who(toks, c, limit, has, add) { // g2_who.go: "…, who police said was 25"
				continue
			}
		}
		if !ok {
			// quotedAs, passive and agentless each read a form of "be"
			// among the auxiliaries before the verb (auxBefore), and
			// turn the verb away without one; reducedPassive reads
			// "by" right after it. Most verbs that come here have
			// neither, and the readers are not called (nor stop).
			_, be := auxBefore(toks, c)
			var g found
			var content doc.Span
			read := false
			if be && toks[c].low == "quoted" {
				// "was quoted (by the Gazette) as saying …" before the
				// passive: the one quoted is the speaker, not the agent.
				g, content, read = quotedAs(text, toks, c, stop(toks[c].e, limit))
				if !read && quotedAsAt(toks, c) > 0 {
					continue // "was quoted as saying: “…”": the quotation's own cue, no report of the subject
				}
			}
			if !read && be {
				g, content, read = a.passive(toks, c, senses, limit)
			}
			if !read && c+1 < len(toks) && toks[c+1].low == "by" {
				g, content, read = a.reducedPassive(toks, c, senses, limit)
			}
			if read {
				add(g, []doc.Span{content})
			} else if be {
				if content, cue, ok := agentless(text, toks, c, senses, stop(toks[c].e, limit)); ok && len(out) < parcMaxPerSentence {
					out = append(out, a.unsourced(content, cue, parent))
				}
			}
			continue
		}
		if from >= limit || isBlocked(from) {
			continue
		}
		if f.subj.End > f.subj.Start && c > 0 && toks[c-1].s == f.subj.Start && n106NounObject(text, toks, c) {
			continue // "The board, which announced his death on Tuesday, said": the clause describes the source, whose mention keeps it
		}
		to := stop(from, limit)
		to = frontedEnd(text, toks, from, to)
		if f.pronoun == "who" || hasSuffixFold(f.name, " of whom") || f.subj.End-f.subj.Start == 5 && strings.EqualFold(text[f.subj.Start:f.subj.End], "which") {
			to = relativeEnd(text, toks, f, from, to) // "Ed Moss, who …," and "The board, which …,": the clause ends before the main verb
		} else if c > 0 && toks[c-1].low == "who" {
			to = relativeEnd(text, toks, found{subj: doc.Span{Start: toks[c-1].s, End: toks[c-1].e}, pronoun: "who"}, from, to) // f3_relative.go: "Reed, a Republican who warned of …,"
		}
		to = dashEnd(text, toks, f, from, to)
		to = a.pastMarks(toks, s, q0, from, contentEnd(text, toks, from, to), to)
		if has&isWhWord != 0 {
			to = r3BridgeEnd(text, toks, from, to) // r3_bridge.go: "…, which he said were …" is a report of its own
		}
		if i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= from }); i < len(toks) && toks[i].s == from && soAlone(text, toks, i) {
			to = toks[i].e // "said so on Friday": the pro-form alone (proForm)
		}
		if to <= from {
			continue
		}
		if !mainDone {
			if !first.ok {
				first = f // for mainOf, if it is ever asked
			}
		} else if !main.ok {
			main = f
		}
		if objectGap(text, toks, f, from, to) {
			continue
		}
		add(f, []doc.Span{{Start: from, End: to}})
	}
	// A question put to the subject, opening the sentence: "Asked
	// about the levy, Ed Moss said …", "Asked to name a date, she …".
	// The question is an attribution of its own, whose source (who
	// asked) the text does not name; the answer is read above.
	if len(toks) > 4 && toks[0].low == "asked" && len(out) < parcMaxPerSentence && !isBlocked(toks[1].s) {
		j := 1
		if toks[1].low == "about" || toks[1].low == "on" {
			j = 2
		} else if toks[1].low != "to" && toks[1].low != "whether" && toks[1].low != "if" && !toks[1].is(isWhWord) {
			j = 0
		}
		if j > 0 && toks[j].word {
			for e := j + 1; e < len(toks) && e < j+30 && toks[e].s < limit; e++ {
				if toks[e].str(text) == "," {
					if e+1 < len(toks) && toks[e+1].word {
						out = append(out, a.unsourced([]doc.Span{{Start: toks[j].s, End: toks[e-1].e}}, doc.Span{Start: toks[0].s, End: toks[j-1].e}, parent))
					}
					break
				}
				if !toks[e].word && toks[e].str(text) != "’" && toks[e].str(text) != "'" && toks[e].str(text) != "-" {
					break
				}
			}
		}
	}
	// A participle of reporting that opens the sentence: "Citing a drop
	// in traffic, the board closed the pier." (a2_fronted.go)
	if len(toks) > 5 && len(out) < parcMaxPerSentence && has&isReporting != 0 && toks[0].word && strings.HasSuffix(toks[0].low, "ing") && capital(toks[0].str(text)) { // "ing": frontedParticiple's own first test
		if f, content, ok := frontedParticiple(text, toks, limit); ok && !isBlocked(content.Start) {
			add(f, []doc.Span{content})
		}
	}
	a.g2Fronted(toks, limit, has, isBlocked, add) // g2_fronted.go: "After saying …, she …"
	if has&(isFacing|isAppearance) != 0 {
		out = a.unsourcedIn(out, toks, has, limit, parent, isBlocked, stop)
	}
	// Nouns of stance with their possessor, last, where no attribution
	// read so far holds them: "his claim that …", "Ed Moss's promise
	// to …".
	for c := 1; has&isStance != 0 && c+2 < len(toks) && toks[c].s < limit && len(out) < parcMaxPerSentence; c++ { // the clause's bit first: most clauses have none
		if !toks[c].word || !toks[c].is(isStance) || isBlocked(toks[c].s) {
			continue
		}
		f, ok := a.possessor(toks, c)
		j := c + 1
		if !ok {
			// The source after "from": "warnings from his lawyer that
			// …", "a pledge from the board to …".
			f, j, ok = fromSource(text, toks, c)
		}
		mod, verb := false, -1 // n48: an adjective read as the source; a reading of toks[c] as a verb, made before
		if !ok {
			f, j, ok = n48Modifier(text, toks, c) // n48_source.go: "media pronouncements that …", "Republican warnings that …"
			if ok {
				mod, verb = true, n48VerbReading(out, toks[c])
			}
		}
		if !ok {
			continue
		}
		if j == c+1 && c+3 < len(toks) && (toks[j].low == "is" || toks[j].low == "was") && toks[j+1].low == "that" && toks[j+2].word && !toks[j+2].is(isPostPreposition) {
			j++ // a predicate: "Ed Moss's view is that …", "her argument was that …"
		}
		if !toks[j].word || !(toks[j].low == "that" || toks[j].low == "to") || !toks[j+1].word || toks[j].s >= limit || toks[j].low == "that" && demonstrative(text, toks, j) {
			continue
		}
		if verb >= 0 {
			if !n48NounWins(text, toks, f, c, j, contentEnd(text, toks, toks[j].s, stop(toks[j].s, limit))) {
				continue // "The Russian claims that …": the verb's reading holds
			}
			out = slices.Delete(out, verb, verb+1) // "Russian claims that … proved false"
		}
		if slices.ContainsFunc(out, func(q doc.Quote) bool { return q.Start <= f.subj.Start && f.subj.Start < q.End }) {
			continue // inside another's content: that one is the attribution
		}
		to := contentEnd(text, toks, toks[j].s, stop(toks[j].s, limit))
		if mod {
			to = n48SubjectEnd(text, toks, f, c, j, to) // "The Republican warnings that … went unheeded"
		} else {
			to = v1StanceSubjectEnd(text, toks, f, c, j, to) // v1_stance.go: "The mayor's claim that … drew criticism"
		}
		if to <= toks[j].s {
			continue
		}
		f.cue = doc.Span{Start: toks[c].s, End: toks[c].e}
		add(f, []doc.Span{{Start: toks[j].s, End: to}})
	}
	// Nouns of evaluation with their possessor and their object, last
	// too: "his support for the levy", "Ed Moss's criticism of the
	// board".
	for c := 1; has&isEvalNoun != 0 && c+2 < len(toks) && toks[c].s < limit && len(out) < parcMaxPerSentence; c++ { // the clause's bit first: most clauses have none
		if !toks[c].gate(isEvalNoun) {
			continue
		}
		p, ok := evalNouns[toks[c].low]
		k := c + 1 // the preposition
		if ok && toks[k].low != p {
			k = n48CommentPrep(toks, c) // n48_comment.go: "Ann Reed's comments Tuesday on …"
		}
		if !ok || k < 0 || !toks[c].word || !toks[k+1].word || toks[k].s >= limit || isBlocked(toks[c].s) {
			continue
		}
		f, ok := a.possessor(toks, c)
		if !ok || slices.ContainsFunc(out, func(q doc.Quote) bool { return q.Start <= f.subj.Start && f.subj.Start < q.End }) {
			continue
		}
		to := clauseCommaEnd(text, toks, c, f, contentEnd(text, toks, toks[k+1].s, stop(toks[k+1].s, limit)))
		if n48CommentNouns[toks[c].low] {
			to = n48TopicEnd(text, toks, k, to) // "… on the pier closure came as …"
		}
		if to <= toks[k+1].s {
			continue
		}
		f.cue = doc.Span{Start: toks[c].s, End: toks[k].e}
		add(f, []doc.Span{{Start: toks[k+1].s, End: to}})
	}
	// A noun for one who holds a stance, after "be": "Ed Moss has been
	// a staunch supporter of the levy", "…, who is an outspoken critic
	// of the board". The subject holds the stance toward the object.
	for c := 1; has&isStanceHolder != 0 && c+2 < len(toks) && toks[c].s < limit && len(out) < parcMaxPerSentence; c++ { // the clause's bit first: most clauses have none
		if toks[c+1].low != "of" || !toks[c].word || !toks[c].is(isStanceHolder) || !toks[c+2].word || toks[c+2].s >= limit || isBlocked(toks[c].s) {
			continue
		}
		f, ok := a.holderSubject(toks, c)
		if ok && (!personHolder(text, toks, f) || teamObject(toks, c+2)) {
			continue // "The dog is a foe of the postman", "a supporter of the local football club"
		}
		if !ok || slices.ContainsFunc(out, func(q doc.Quote) bool { return q.Start <= f.subj.Start && f.subj.Start < q.End }) {
			continue
		}
		to := clauseCommaEnd(text, toks, c, f, contentEnd(text, toks, toks[c+2].s, stop(toks[c+2].s, limit)))
		if to <= toks[c+2].s {
			continue
		}
		f.cue = doc.Span{Start: toks[c].s, End: toks[c+1].e}
		add(f, []doc.Span{{Start: toks[c+2].s, End: to}})
	}
	// A label in marks after "as", ascribed by the subject of the
	// clause: "Ann Ortiz has gone after Ed Moss as a “con artist”",
	// "She is describing as “unhinged” a plan …". The words in marks
	// are the subject's, whatever the verb.
	if len(out) == 0 && has&isAs != 0 {
		if f, content, ok := labelAs(text, toks, stop(s.Start, limit)); ok && !isBlocked(f.cue.Start) {
			add(f, []doc.Span{content})
		}
	}
	// A noun of saying or stance before a colon, the words after it
	// its content: "The mayor's message was simple: the pier must
	// close", "The report reached a stark conclusion: the pier is
	// unsafe".
	// colonNoun reads only a noun of saying or of stance (its noun):
	// the clause's bits first, then its bytes.
	if len(out) == 0 && has&(isSpeechNoun|isStance) != 0 && strings.IndexByte(text[s.Start:end], ':') >= 0 {
		if f, from, ok := a.colonNoun(toks, limit); ok && !isBlocked(f.cue.Start) && !isBlocked(from) {
			if to := contentEnd(text, toks, from, stop(from, end)); to > from {
				add(f, []doc.Span{{Start: from, End: to}})
			}
		}
	}
	// A noun of saying or stance as a light verb's object, with a
	// "that" clause: "The mayor made the argument that the pier must
	// close", "The board took the position that …".
	if len(out) == 0 && has&(isSpeechNoun|isStance) != 0 {
		if f, from, ok := a.lightNounThat(toks, limit); ok && !isBlocked(f.cue.Start) && !isBlocked(from) {
			to := stop(from, end)
			if f.pronoun == "who" || strings.EqualFold(f.name, "which") {
				to = relativeEnd(text, toks, f, from, to)
			}
			if to = contentEnd(text, toks, from, to); to > from {
				add(f, []doc.Span{{Start: from, End: to}})
			}
		}
	}
	// A poll or a study after "In" that opens the sentence, where no
	// other attribution holds it: "In the latest Gazette poll, Ortiz
	// leads." (a2_inpoll.go)
	if len(out) == 0 && len(toks) > 5 && toks[0].low == "in" && len(blocked) == 0 {
		if f, c, ok := inInquiry(text, toks, limit); ok {
			if to := contentEnd(text, toks, c.Start, stop(c.Start, c.End)); to > c.Start {
				add(f, []doc.Span{{Start: c.Start, End: to}})
			}
		}
	}
	// A plan with its author: "Under the mayor's plan, fares would
	// rise", "Ortiz's plan would cap deductions" (a4_plan.go).
	if len(out) == 0 && len(blocked) == 0 && len(toks) > 4 && has&isStance != 0 {
		if f, c, ok := a.underPlan(toks, limit); ok || toks[0].low != "under" {
			if !ok {
				f, c, ok = plan, planContent, planVerb >= 0
			}
			if ok && !isBlocked(c.Start) {
				if to := contentEnd(text, toks, c.Start, stop(c.Start, c.End)); to > c.Start {
					add(f, []doc.Span{{Start: c.Start, End: to}})
				}
			}
		}
	}
	// A clause of its own after a trailing cue: "…, the sailors said on
	// Friday, as they bristled at the new fees." It is read as a
	// sentence of its own (its toks are a suffix of these, so this ends).
	if tail > 0 && tail < len(toks) && len(out) < parcMaxPerSentence {
		for _, q := range a.attributionsInto(nil, toks[tail:], doc.Span{Start: toks[tail].s, End: s.End}, parent, blocked, nil, q0) {
			if len(out) < parcMaxPerSentence {
				out = append(out, q)
			}
		}
	}
	if len(out) == 0 && len(blocked) == 0 && b2ColonEnd(text, toks) {
		// "The governor added:" and the next paragraph, without marks
		// (b2_colon.go).
		if q, ok := a.b2ColonParagraph(toks, s, parent); ok {
			out = append(out, q)
		}
	}
	if len(out) == 0 {
		return out // most clauses: not worth dropInSubject's call
	}
	return dropInSubject(text, out) // "Leaders who oppose the pipeline said …" (mention.go)
}

// reportTriggers appends to out the positions of the toks that the main
// loop of attributions reads further: the words with isReportTrigger,
// every token with the gates open.
func reportTriggers(toks []tok, out []int32) []int32 {
	for k := range toks { // by index: a range copies each 40-byte tok
		if toks[k].gate(isReportTrigger) {
			out = append(out, int32(k))
		}
	}
	return out
}

// tailOpeners open a clause of its own after a trailing cue.
var tailOpeners = map[string]bool{"as": true, "while": true, "because": true, "after": true, "when": true, "since": true, "before": true, "though": true, "although": true}

// subordinateTail returns the index of the subject of a clause that a
// conjunction opens after a comma past a trailing cue that ends at
// offset cueEnd ("…, they said Friday, as they bristled at …"); -1 if
// none. The subject is a pronoun, a name or a description.
func subordinateTail(text string, toks []tok, cueEnd int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= cueEnd })
	for ; i+3 < len(toks) && i < len(toks); i++ {
		if toks[i].str(text) != "," {
			continue
		}
		if !tailOpeners[toks[i+1].low] {
			return -1
		}
		n := toks[i+2]
		if n.word && (n.is(isSubjectPronoun) || n.is(isDet) || capital(n.str(text))) {
			return i + 2
		}
		return -1
	}
	return -1
}

// possessor reads the possessive right before the noun at toks[c]: "his",
// "her", "their" (a pronoun to resolve) or a name or description with
// "’s" ("Ed Moss’s", "the president's"), which is the mention with its
// "’s", as PolNeAR marks it.
func (a *attributor) possessor(toks []tok, c int) (found, bool) {
	text := a.text
	p := c - 1
	for p > 0 && toks[p].word && (toks[p].adverbish() || stanceAdjective(&toks[p])) {
		p-- // "his earlier claim", "her own plan", "the mayor's unfounded claim"
	}
	if p < 0 || !toks[p].word {
		return found{}, false
	}
	t := toks[p]
	if t.low == "his" || t.low == "her" || t.low == "their" {
		if f, ok := clauseOwner(text, toks, p); ok {
			return f, true
		}
	}
	switch t.low {
	case "his":
		return found{subj: doc.Span{Start: t.s, End: t.e}, pronoun: "he", ok: true}, true
	case "her":
		return found{subj: doc.Span{Start: t.s, End: t.e}, pronoun: "she", ok: true}, true
	case "their":
		return found{subj: doc.Span{Start: t.s, End: t.e}, pronoun: "they", ok: true}, true
	}
	w := t.str(text)
	base := strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
	if base == w || base == "" {
		return found{}, false
	}
	start := p
	for n := 0; n < 4 && start > 0 && toks[start-1].word; n++ {
		q := toks[start-1]
		if q.is(isDet) && q.low != "his" && q.low != "her" && q.low != "their" {
			start--
			break
		}
		if q.is(isFunction|isAuxiliary|isReporting) || !capital(q.str(text)) && capital(w) {
			break
		}
		start--
	}
	if start >= 2 && toks[start-1].str(text) == "." && toks[start-1].s == toks[start-2].e && toks[start-2].word {
		if _, ok := titles[toks[start-2].low]; ok {
			start -= 2 // a title with its full stop: "Mr. Moss's bet"
		}
	}
	if !capital(text[toks[start].s:toks[start].e]) && !toks[start].is(isDet) {
		return found{}, false // "the company's" needs its article; "nobody's" names no one
	}
	name := text[toks[start].s : t.e-(len(w)-len(base))]
	return found{subj: doc.Span{Start: toks[start].s, End: t.e}, name: name, ok: true, whole: true}, true
}

// clauseOwner reads the name that opens the clause of a possessive
// pronoun at toks[p] that follows that clause's verb: "Ed Moss continues
// his adulation of …", "Ann Ortiz has been frank in her acknowledgment
// that …". The pronoun stands for the subject, and PolNeAR marks the
// subject as the source. Only a name at the start of the sentence (past
// an adverb) and a verb phrase of a few words without a comma, "to" or a
// conjunction between: a clause within the sentence, an infinitive
// ("was dragged in to defend his …"), a pronoun subject or a
// description ("The crew ignored his claim …") keeps the possessive.
func clauseOwner(text string, toks []tok, p int) (found, bool) {
	j := p - 1
	verb := false
	for n := 0; j >= 0 && n < 5 && toks[j].word && !capital(toks[j].str(text)); n++ {
		w := toks[j].low
		if w == "to" || w == "that" || w == "and" || w == "but" || w == "or" || w == "who" || w == "which" || toks[j].is(isSubjectPronoun|isObjectPronoun|isDet) {
			return found{}, false
		}
		if !toks[j].is(isFunction|isAuxiliary) && !adverbish(w) {
			verb = true
		}
		j--
	}
	if !verb || j < 0 || j == p-1 || !toks[j].word || !capital(toks[j].str(text)) {
		return found{}, false
	}
	f := beforeCue(text, toks, j+1)
	if !f.ok || f.name == "" || f.pronoun != "" || f.subj.End != toks[j].e {
		return found{}, false
	}
	i := 0
	for i < j && toks[i].word && (toks[i].adverbish() || toks[i].is(isPhraseStop)) {
		i++ // "Meanwhile Ed Moss continues …"
	}
	if toks[i].s < f.subj.Start || !capital(toks[i].str(text)) || toks[i].is(isDet) {
		return found{}, false
	}
	if toks[i].s > f.subj.Start {
		f.subj.Start = toks[i].s
		f.name = text[f.subj.Start:f.subj.End]
	}
	return f, true
}

// relativeSubject reads a subject whose relative clause on a thing
// stands between it and its verb, toks[k] closing the clause: "The
// alliance, which includes two unions, advocates …", or between
// dashes. The name is the noun phrase alone. The mention takes a
// clause of "which" or "whose" between commas, as it takes one of
// "who" (mention.go): "Kelderby District Council, which ran the count,
// said". PolNeAR's sources keep such a clause in some places and leave
// it out in others (20 of 32 kept in its dev file); the team's blind
// news sets keep all of theirs (22), and keeping them moved 7 of those
// mentions to exact and lost 1 of PolNeAR's (thirty-sixth session). A
// clause that reports on its own ("Ed Moss, who stressed that …,
// told", "The report, which found that …, said"), one after another
// relative clause, and a participle between dashes stay out of the
// mention.
func relativeSubject(text string, toks []tok, k int) found {
	if k < 3 {
		return found{}
	}
	k0 := k // the token that closes the clause, a mark after its comma
	if closingComma(text, toks, k) && toks[k-1].str(text) == "," {
		k-- // the comma inside the marks of a quoted word the clause ends with: "who called it “reckless,” said"
	}
	p := toks[k].str(text)
	if p != "," && p != "—" && p != "―" && p != "–" {
		return found{}
	}
	for j := k - 2; j >= 1 && j > k-30; j-- {
		if toks[j].word {
			continue
		}
		q := toks[j].str(text)
		if q == "," && (thousandsComma(text, &toks[j]) || p == "," && j+1 < k && nameEndsAt(text, toks, j+1, k)) {
			continue // a number's comma ("3,100"), or a name in apposition that ends the clause: "signed by its director, Ann Reed,"
		}
		// "who" with a clause that reports on its own ("Ed Moss, who
		// stressed that …, told"): that clause is another attribution,
		// and the subject is the name before it.
		whoReports := toks[j+1].low == "who" && p == "," && j+2 < k && toks[j+2].is(isReporting) && !strings.HasSuffix(toks[j+2].low, "ing") && !(n102MayDeed(toks[j+2].low) && n102DeedObject(toks, j+2)) && !n106NounObject(text, toks, j+2) && !n110ReportsTo(text, toks, j+2) && (speechVerb(toks[j+2].senses()) || reportsHere(text, toks, j+2, toks[k].s))
		// aside: a participle and its agent or phrase between dashes
		// ("The record of the hearing — released by the Gazette —
		// shows"); the mention is the noun phrase alone, as for a
		// relative clause.
		aside := p != "," && j+2 < k && toks[j+1].word && !capital(toks[j+1].str(text)) && (len(toks[j+1].low) > 4 && strings.HasSuffix(toks[j+1].low, "ed") || toks[j+1].is2(isRelParticiple)) && toks[j+2].word && toks[j+2].is(isPrep)
		// anon: "who spoke on condition of anonymity", "who declined
		// to be named" says why the source goes unnamed, and reports
		// nothing (anonymity, mention.go).
		anon := toks[j+1].low == "who" && p == "," && j+2 < k && anonymity(toks, j+2)
		// ptcp: a participle phrase between commas ("The club’s
		// accounts, filed in March, show", "The study, titled “…”,
		// found"), which the mention keeps as a relative clause.
		ptcp := p == "," && q == "," && commaParticiple(text, toks, j+1, k)
		if q != p || !(toks[j+1].low == "which" || toks[j+1].low == "whose" || whoReports || aside || anon || ptcp) {
			if q == "." && toks[j].s == toks[j-1].e {
				continue // an abbreviation: "the U.S. PIRG"
			}
			if q == "-" || q == "’" || q == "'" || q == "&" || q == "“" || q == "”" || q == "‘" || q == "\"" {
				continue // the marks of a word quoted in the clause: "who called the plan “reckless”, said"
			}
			if q == "%" || currencyAmount(text, toks, j) {
				continue // an amount in the clause: "which spent more than $600,000 backing Ann Lee"
			}
			if q == "," && p == "," && n110ListComma(text, toks, j, k) {
				continue // a list in the clause: "which represents tenured, tenure-track and part-time instructors," (n110_readings.go)
			}
			return found{}
		}
		cs := clauseStart(text, toks, j)
		if cs >= j {
			return found{}
		}
		np, ok := phraseAt(text, toks, cs, j)
		if !ok && ptcp && possessivePronouns[toks[cs].low] && cs+1 < j {
			// "Its complaint, filed in May, says": the owner's pronoun
			// and the noun phrase after it.
			ok = j-cs <= 6 && !slices.ContainsFunc(toks[cs+1:j], func(t tok) bool {
				return !t.word || t.is(isAuxiliary|isFinite|isFunction|isPronoun) && !t.is(isDet) && t.low != "of" // "Its statement of defence, filed last month, claims"
			})
			np = doc.Span{Start: toks[cs].s, End: toks[j-1].e}
		} else if toks[cs].is(isPronoun) {
			return found{}
		}
		whoHead, whoseHead, headName := false, false, ""
		if !ok && anon {
			// A head with a relative clause of its own before the one
			// that says why it goes unnamed: "Two people who work in
			// the mayor's office, who asked not to be named, said".
			if g := whoSubject(text, toks[cs:], j-cs); g.ok {
				np, ok, whoHead = g.subj, true, true
			} else if g := n111WhoseSubject(text, toks, j-1); g.ok && g.subj.Start == toks[cs].s {
				np, ok, headName, whoseHead = g.subj, true, g.name, true // "A graduate student whose car was among them, who asked not to be named," (n111_readings.go)
			} else if describesPerson(text, toks, cs, j) {
				// A head with its phrase, named by the head ("A
				// source close to the board, who asked not to be
				// named, said" is "A source"), or a part of a group:
				// "One of them, who requested anonymity, said".
				np, ok = doc.Span{Start: toks[cs].s, End: toks[j-1].e}, true
				if h, e := subjectAt(text, toks, cs, j); h.ok && h.pronoun == "" && e < j && toks[e].low != "of" {
					headName = text[h.subj.Start:h.subj.End]
				}
			}
		}
		if !ok && n110OneWordBody(text, toks, cs, j) {
			np, ok = doc.Span{Start: toks[cs].s, End: toks[cs].e}, true // "Hopwell, which went public in 2023, warned" (n110_readings.go)
		}
		if !ok && (ptcp || toks[j+1].low == "which") {
			// A reduced relative before the phrase in commas: "A 2019
			// report commissioned by the department, titled “…”,
			// concluded", "A memo sent to staff after the meeting,
			// which the paper reviewed, said".
			for m := cs + 2; m < j-1 && m < cs+8; m++ {
				if toks[m].word && !capital(toks[m].str(text)) && (pastInEd(toks[m].low) || n27Participles[toks[m].low]) && toks[m+1].word && toks[m+1].is(isPrep) {
					if head, hok := phraseAt(text, toks, cs, m); hok && commaParticiple(text, toks, m, j) {
						np, ok = doc.Span{Start: head.Start, End: toks[j-1].e}, true
					}
					break
				}
			}
		}
		if !ok {
			return found{}
		}
		name := text[np.Start:np.End]
		if whoHead {
			w := cs + slices.IndexFunc(toks[cs:j], func(t tok) bool { return t.low == "who" })
			name = text[np.Start:toks[w-1].e] // the head: "Two people"
		} else if headName != "" {
			name = headName
		}
		describes := toks[j+1].low == "which" && (!toks[j+2].is(isReporting) || n106NounObject(text, toks, j+2)) || toks[j+1].low == "whose" || anon || ptcp // a noun follows "whose", never a verb: "whose state has …"
		if p == "," && describes && (whoHead || whoseHead || !hasRelative(toks[cs:j])) {
			np.End = toks[k-1].e // the clause, up to its closing comma
			if k0 > k {
				np.End = toks[k0].e // and the mark after it: "The study, titled “Drawdown,”"
			}
		}
		return found{subj: np, name: name, ok: true, whole: true}
	}
	return found{}
}

// nameEndsAt reports whether a name starts at toks[a] and runs up to
// toks[k].
func nameEndsAt(text string, toks []tok, a, k int) bool {
	n, ok := nameAt(text, toks, a)
	return ok && n.from == a && n.to == k
}

// commaParticiple reports whether toks[a:k] are a participle phrase
// set off by commas after a subject: a past in "-ed" in lower case, or
// a past participle of relParticiples, then at most 17 tokens with no
// verb of their own ("filed in March", "released last month", "titled
// “Drawdown”", "signed by the managing director, Ann Reed").
func commaParticiple(text string, toks []tok, a, k int) bool {
	if k-a < 2 || k-a > 18 || !toks[a].word || capital(toks[a].str(text)) || !(pastInEd(toks[a].low) || toks[a].is2(isRelParticiple)) {
		return false
	}
	for i := a + 1; i < k; i++ {
		if t := &toks[i]; t.word && (t.is(isAuxiliary|isFinite|isSubjectPronoun) || t.low == "who" || t.low == "which" || t.low == "that") {
			return false
		}
	}
	return true
}

// ownerOpens reports whether t opens a description by its owner, a
// capitalised word in "’s" ("Corvane’s vice president for
// operations"), as a determiner opens one ("The minister of the
// economy").
func ownerOpens(text string, t *tok) bool {
	return t.word && capital(t.str(text)) && possessive(t.low)
}

// reportsHere reports whether the verb of reporting toks[v] has a
// content of its own before limit: "who understood that …"; not "who
// came on as a recruit" ("came" is the lexicon's only with "out
// against") nor "who voted with the majority" (a decision takes a
// clause or "to").
func reportsHere(text string, toks []tok, v, limit int) bool {
	_, _, ok := cueContent(text, toks, v, toks[v].senses(), limit)
	return ok
}

// speechVerb reports whether senses hold a verb of speech without a
// particle (classes s, k, o and r): "who stressed", "who asked for a
// raise", whose clause is an attribution of its own whatever follows;
// a verb of another class reports only with a content (reportsHere).
func speechVerb(senses []verbSense) bool {
	return slices.ContainsFunc(senses, func(s verbSense) bool {
		return s.particle == "" && (s.class == 's' || s.class == 'k' || s.class == 'o' || s.class == 'r')
	})
}

// hasRelative reports whether toks hold a relative pronoun: a subject
// with a clause of its own before the one relativeSubject reads
// ("leaders who oppose the pipeline, which runs to the coast,") is
// read by the readers of "who".
func hasRelative(toks []tok) bool {
	return slices.ContainsFunc(toks, func(t tok) bool { return t.low == "who" || t.low == "which" || t.low == "that" || t.low == "whose" })
}

// relParticiples are participles that end in neither -ed nor -en but head a reduced
// relative clause as often: "a coalition led by …", "a study paid for
// by …".
var relParticiples = map[string]bool{"led": true, "held": true, "paid": true, "sent": true, "built": true, "run": true, "hit": true, "brought": true, "made": true, "found": true, "known": true, "shown": true, "given": true, "taken": true, "written": true, "chosen": true, "drawn": true, "seen": true, "obtained": true, "cited": true, "viewed": true}

// reducedRelative reads a subject that a participle phrase describes
// up to its verb, toks[k] the phrase's last word: "A poll released in
// late August found", "Emails combed through by reporters suggest",
// "A study being released on Tuesday by researchers shows". A finite
// verb of reporting right after the phrase makes the participle a
// modifier, not the main verb. The mention is the whole phrase, as
// PolNeAR mostly marks it.
//
// The clause's starts are asked of st, whose k is k (subjectStarts).
func reducedRelative(text string, toks []tok, k int, st *subjectStarts) found {
	if k < 2 || !toks[k].word {
		return found{}
	}
	cs := st.clause(text, toks)
	if ls := st.local(text, toks); ls > cs && toks[ls-1].word && toks[ls-1].is(isSubordinator) && !(ls >= 2 && toks[ls-1].is(isPrep) && (pastForm(toks[ls-2]) || toks[ls-2].is2(isRelParticiple))) {
		cs = ls // a clause of its own: "…, since other emails combed through by reporters suggest"; not a participle's phrase: "A statement released after the meeting said"
	}
	reach := 7
	if cs+2 < k && toks[cs+2].low == "by" {
		reach = 10 // the head's agent before the participle: "A review by the Healthcare Quality Council published in March had warned"
	}
	for p := cs + 1; p < k && p < cs+reach; p++ {
		t := toks[p]
		if !t.word {
			if s := t.str(text); s == "-" || s == "’" || s == "'" || s == "." && t.s == toks[p-1].e {
				continue
			}
			return found{}
		}
		q := p + 1
		if (t.low == "i" || t.low == "we" || t.low == "you" || t.low == "they" || t.low == "he" || t.low == "she") && p+1 == k && toks[k].word && !capital(toks[k].str(text)) && (len(toks[k].low) > 4 && strings.HasSuffix(toks[k].low, "ed") || toks[k].is2(isRelParticiple)) {
			// A relative clause without "that": "the experts I
			// interviewed said".
			if head, ok := quantifiedPhrase(text, toks, cs, p); ok && !toks[cs].is(isPronoun) {
				return found{subj: doc.Span{Start: head.Start, End: toks[k].e}, name: text[head.Start:head.End], ok: true, whole: true}
			}
			return found{}
		}
		if t.low == "being" {
			q++
			if q > k {
				return found{}
			}
			t = toks[p+1]
		}
		if capital(t.str(text)) || !(t.is2(isRelParticiple) || len(t.low) > 4 && strings.HasSuffix(t.low, "ed")) {
			continue
		}
		if !toks[q].is(isPrep) && toks[q].low != "across" && toks[q].low != "of" && !toks[q].adverbish() && !n102TimeAfterParticiple(toks, q) && !(q+2 <= k && n105AgoAfterParticiple(toks, q+2)) || k-q > 14 {
			return found{} // "of" too: "A man accused of arson said"
		}
		head, ok := phraseAt(text, toks, cs, p)
		if !ok && p > cs+1 && headOpeners[toks[cs].low] {
			// "other emails obtained by …", "these documents …": a
			// word that picks out members of a plural, before it.
			if np, ok0 := phraseAt(text, toks, cs+1, p); ok0 && toks[p-1].pluralNoun() {
				head, ok = doc.Span{Start: toks[cs].s, End: np.End}, true
			}
		}
		if !ok && p == cs+1 && (cs == 0 || !toks[cs-1].word) && toks[cs].pluralNoun() {
			// One plural noun that opens the sentence, capitalised
			// only for that: "Emails obtained by the paper suggest".
			head, ok = doc.Span{Start: toks[cs].s, End: toks[cs].e}, true
		}
		if !ok || toks[cs].is(isPronoun) {
			return found{}
		}
		for r := q; r <= k; r++ {
			w := &toks[r]
			if !w.word {
				if s := w.str(text); s == "-" || s == "’" || s == "'" || s == "." && w.s == toks[r-1].e {
					continue
				}
				return found{}
			}
			if w.is(isAuxiliary|isFinite) || w.is(isSubordinator) && w.low != "since" && w.low != "after" && w.low != "before" || w.is(isSubjectPronoun) || w.low == "and" && r+1 <= k && toks[r+1].is(isSubjectPronoun) {
				return found{}
			}
		}
		return found{subj: doc.Span{Start: head.Start, End: toks[k].e}, name: text[head.Start:head.End], ok: true, whole: true}
	}
	return found{}
}

// headOpeners open a plural noun phrase as a determiner does: "other
// emails", "these documents", "those letters".
var headOpeners = map[string]bool{"other": true, "these": true, "those": true}

// pluralNoun reports whether the lower-case word w looks like a plural
// noun: "emails", "documents"; not a function word, an auxiliary or a
// word in -ss. A verb of the lexicon in -s ("documents") passes: the
// caller has a participle right after it, which no verb takes.
func pluralNoun(w string) bool {
	// The tests of the word's letters first: most words end in no
	// "s", and each map lookup hashes the word.
	return len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'s") && !function[w] && !auxiliaries[w]
}

// pluralNoun is pluralNoun of the token's lower-case form, its lists
// read from the token's entry.
func (t *tok) pluralNoun() bool {
	w := t.low
	return len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'s") && !t.is(isFunction|isAuxiliary)
}

// carrierBefore reads the subject of a clause whose object, ending at
// toks[k] right before a participle, names a carrier of words: "they
// sent a letter to the board urging …", "it issued a paper welcoming
// …", "Ed Moss has a new ad hitting …". What the letter urges is its
// sender's view. The carrier comes within a few words after a
// determiner, the verb right before that, and the subject before the
// verb.
func carrierBefore(text string, toks []tok, k int) (found, bool) {
	for j := k; j >= 2 && j > k-8 && toks[j].word; j-- {
		w := toks[j].low
		if !carriers[strings.TrimSuffix(w, "s")] || capital(toks[j].str(text)) {
			continue
		}
		// Back to the object's determiner: "a new ad", "a flurry of tweets".
		d := j - 1
		for d >= 1 && d > j-6 && toks[d].word && !toks[d].is(isDet) {
			d--
		}
		if d < 1 || !toks[d].word || !toks[d].is(isDet) || !toks[d-1].word {
			return found{}, false
		}
		v := d - 1
		if toks[v].is(isFunction) && !toks[v].is(isAuxiliary) || capital(toks[v].str(text)) {
			return found{}, false
		}
		e := v
		for n := 0; n < 3 && e >= 1 && toks[e-1].word && (toks[e-1].is(isAuxiliary) || toks[e-1].adverbish()); n++ {
			e--
		}
		g := beforeCue(text, toks, e)
		if cs := max(clauseStart(text, toks, e), localStart(text, toks, e-1)); cs < e && (!g.ok || toks[cs].s < g.subj.Start) {
			// The whole noun phrase up to the verb: "A group of
			// parents sent …".
			if np, ok := phraseAt(text, toks, cs, e); ok {
				g = found{subj: np, name: text[np.Start:np.End], ok: true, whole: true}
			}
		}
		return g, g.ok
	}
	return found{}, false
}

// closingComma reports whether toks[k] is a closing quotation mark
// right after a comma: "“…,” adding that …".
func closingComma(text string, toks []tok, k int) bool {
	w := toks[k].str(text)
	return k > 0 && (w == "”" || w == "\"" || w == "’" || w == "'") && strings.HasSuffix(strings.TrimRight(text[:toks[k].s], " "), ",")
}

// quoteBefore returns the direct quotation with a speaker that a
// participle at toks[c] follows: the quotation ends right before it
// ("“…,” adding that"), or its cue does, with a comma between ("“…,”
// she said, adding that"). A participle there says what the same
// speaker did next. It returns nil for none, and else one of blocked
// (which the caller only reads): the loop of attributions asks it of
// every verb it reads, and a quotation returned by value is some 200
// bytes zeroed or copied each time.
func quoteBefore(text string, toks []tok, c int, blocked []doc.Quote) *doc.Quote {
	if c < 1 || len(blocked) == 0 || !strings.HasSuffix(toks[c].low, "ing") {
		return nil
	}
	prev := &toks[c-1]
	for i := range blocked {
		q := &blocked[i]
		if q.Speaker.Name == "" || q.Speaker.Mention.End <= q.Speaker.Mention.Start || q.Kind != doc.QuoteDirect {
			continue
		}
		if closingComma(text, toks, c-1) && q.End == prev.e {
			return q
		}
		if e := max(q.Cue.End, q.Speaker.Mention.End); prev.str(text) == "," && q.Cue.End > q.Cue.Start && e <= prev.s && strings.TrimSpace(text[e:prev.s]) == "" {
			return q
		}
	}
	return nil
}

// mainSubject reads the subject that opens the clause of toks[c]: past
// a leading conjunction or an introductory phrase ended by a comma.
func (a *attributor) mainSubject(toks []tok, c int) found {
	text := a.text
	k := clauseStart(text, toks, c)
	f, e := subjectAt(text, toks, k, c)
	if !f.ok || f.pronoun != "" {
		return f
	}
	if e-k >= 2 && e < c && toks[e-1].word && !capital(toks[e-1].str(text)) && pastInEd(toks[e-1].low) && toks[e].word && (capital(toks[e-2].str(text)) || toks[e].is(isObjectPronoun) && toks[e].low != "it" || capital(toks[e].str(text))) {
		// The main verb read into a name: "the Supreme Court blocked a
		// company …, citing" names the court; a short one too ("… in
		// Marlow Forge sued the company, saying"), not a noun ("seed");
		// and a participle right before a name or "him", which no
		// participle of a subject takes ("The league suspended Ann Lee,
		// saying").
		e--
		f.subj.End = toks[e-1].e
		f.name = strings.TrimSuffix(strings.TrimSpace(text[f.subj.Start:f.subj.End]), ",")
	}
	if w := toks[k].str(text); capital(w) && strings.HasSuffix(w, "ing") {
		return found{} // "Having said that, …": no subject
	}
	// The whole phrase up to the verb: "A group of doctors is calling
	// for …", not "A group".
	v := e
	for v < c && v < e+10 && toks[v].word && !toks[v].is(isAuxiliary) && !(toks[v].is(isReporting) && !detNoun(text, toks, v)) && !pastInEd(toks[v].low) && !(pastVerbs[toks[v].low] && capital(toks[v-1].str(text))) {
		v++ // not past an irregular past after a name: "Sandpiper Ratings cut Velloran's rating …, saying"
	}
	if v > e && v < c && toks[v].word {
		if np, ok := phraseAt(text, toks, k, v); ok {
			f.subj, f.whole = np, true
			return f
		}
	}
	// Else its "of" phrase at least: "A group of doctors in 2015 sent
	// a letter, calling for …".
	if f.name != "" && !f.whole && e+1 < c && toks[e].low == "of" {
		x := e + 1
		if toks[x].is(isDet) {
			x++
		}
		y := x
		for y < c && y < x+3 && toks[y].word && !toks[y].is(isFunction) && !toks[y].is(isAuxiliary) && !(toks[y].is(isReporting) && !detNoun(text, toks, y)) && !(len(toks[y].low) > 4 && strings.HasSuffix(toks[y].low, "ed")) {
			y++
		}
		if y > x && y < c && (!toks[y].word || toks[y].is(isFunction)) {
			f.subj.End, f.whole = toks[y-1].e, true
			if toks[k].is(isDet) {
				f.name = text[f.subj.Start:f.subj.End] // a description, as written
			}
		}
	}
	return f
}

// pastInEd reports whether the lower-case word w looks like a past in
// "-ed": longer than four letters ("blocked"), or of four and not in
// "-eed" ("sued", "used", "owed"; not "seed", "need").
func pastInEd(w string) bool {
	return strings.HasSuffix(w, "ed") && (len(w) > 4 || len(w) == 4 && w[1] != 'e')
}

// clauseStart returns the index of the first word of the clause that
// holds toks[c]: the sentence start, past "But", "And", "However," and
// an introductory phrase that ends with a comma ("On Tuesday, …",
// "After the debate, …").
func clauseStart(text string, toks []tok, c int) int {
	k := 0
	for k < c && !toks[k].word {
		k++
	}
	k = openerEnd(text, toks, k, c)
	if k < c && toks[k].word && n103TimeLead(toks[k].low) {
		k = n103TimeOpener(text, toks, k, c) // "Last week, …", "That evening Mabey …" (n103_readings.go)
	}
	for round := 0; round < 3; round++ {
		for k < c && toks[k].word && (toks[k].is(isClauseLead) || toks[k].is(isSubordinator) && toks[k].is2(isOpeningSubordinator) || toks[k].adverbish() && k+1 < c && toks[k+1].str(text) == ",") {
			k++
			if k < c && toks[k].str(text) == "," {
				k++
			}
		}
		if focusBefore(text, toks, k, c) {
			return k + 1 // "Even China, its only ally, said"
		}
		w := ""
		if k < c && toks[k].word {
			w = toks[k].low
		}
		if w == "" || !toks[k].is(isFunction) || toks[k].is(isDet|isPronoun|isSubjectPronoun) || toks[k].is2(isPossessive) {
			return k // a possessive opens a noun phrase as an article does: "Its chairman, Leonard Fitzkee, closed the hearing, saying …"
		}
		// An introductory phrase: "On Thursday, however, Trump …".
		j := k + 1
		for j < c && j < k+16 && toks[j].str(text) != "," {
			j++
		}
		if j >= c || j >= k+16 {
			return k
		}
		k = j + 1
	}
	return k
}

// floatingWord reports whether w is a quantifier that may follow the
// subject it counts: "they all said", "the senators each argued". (Two
// words compared, where a map hashed every word asked of.)
func floatingWord(w string) bool { return w == "all" || w == "each" }

// floatingSubject reads the subject before a floating quantifier at
// toks[k]: a noun phrase, or a list of names, each with its party label
// ("Ann Ortiz (D-Ore.), Ed Moss (D-Ohio) and Jo Lee (D-N.J.)"). The
// mention runs to the quantifier, as PolNeAR marks it.
func floatingSubject(text string, toks []tok, k int) found {
	e := beforeLabel(text, toks, k-1)
	if e < 0 || !toks[e].word {
		return found{}
	}
	f := subjectEnding(text, toks, e)
	if !f.ok || f.pronoun != "" && f.pronoun != "they" && f.pronoun != "we" {
		return found{}
	}
	if f.pronoun == "" && !capital(f.name) && !toks[e].is(isFunction) && !strings.HasSuffix(toks[e].low, "s") {
		return found{} // a singular noun: "the crew all" is rare, "the case all" no subject
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
	for n := 0; n < 6 && i >= 2 && f.pronoun == "" && capital(f.name); n++ {
		j := i - 1
		if toks[j].low == "and" && j > 0 && toks[j-1].str(text) == "," {
			j--
		}
		if toks[j].low != "and" && toks[j].str(text) != "," || j < 1 {
			break
		}
		g := subjectEnding(text, toks, beforeLabel(text, toks, j-1))
		if !g.ok || g.pronoun != "" || !capital(g.name) {
			break
		}
		f.subj.Start = g.subj.Start
		i = sort.Search(len(toks), func(i int) bool { return toks[i].s >= g.subj.Start })
	}
	f.subj.End = toks[k].e
	if f.pronoun == "" {
		f.name = text[f.subj.Start:toks[e].e]
	}
	f.whole = true
	return f
}

// compoundHeads are the nouns that a plural noun which is also a verb
// of reporting modifies in a fixed compound: "an appeals court", "the
// claims process". Read as a verb, "appeals" would make "A federal"
// the subject of "court ruled".
var compoundHeads = map[string]map[string]bool{
	"appeals": {"court": true, "courts": true, "judge": true, "judges": true, "panel": true, "process": true},
	"claims":  {"court": true, "process": true, "adjuster": true, "adjusters": true},
	"think":   {"tank": true, "tanks": true},                                                                 // "…, think tank finds"
	"comment": {"period": true, "periods": true, "card": true, "cards": true, "section": true, "form": true}, // "during the public comment period, Ed Moss told …"
}

// labelAs reads "Subject verb object as (a) “label”" in toks, up to
// offset limit: the subject opens the sentence (past a short phrase and
// its comma: "In recent weeks, the mayor has lashed out at …"), the verb follows
// it after auxiliaries and adverbs, with a particle, and "as" comes
// within a few words after it, with no comma between, before words in
// marks. The content runs from after the verb to the end of the clause.
func labelAs(text string, toks []tok, limit int) (found, doc.Span, bool) {
	// Most sentences hold no "as" before words in marks: they are left
	// before their subject is read, which costs more than this scan.
	if !asBeforeMarks(text, toks) {
		return found{}, doc.Span{}, false
	}
	i := 0
	for k := 1; k < len(toks) && k <= 5; k++ {
		if toks[k].str(text) == "," {
			i = k + 1 // a short fronted phrase
			break
		}
	}
	f, n := subjectAt(text, toks, i, len(toks))
	if !f.ok || n >= len(toks) {
		return found{}, doc.Span{}, false
	}
	v := n
	be := false
	for v < len(toks) && v < n+4 && toks[v].word && (toks[v].is(isAuxiliary) || toks[v].adverbish() || toks[v].low == "not") {
		be = be || toks[v].is(isBeForm)
		v++
	}
	if be && v < len(toks) && !strings.HasSuffix(toks[v].low, "ing") {
		// A passive: "The practice is known as “skimming”", "The plan
		// was described as “bold”". Its subject is what is labelled,
		// not who labels it; agentless reads it with no source (n2).
		// A progressive labels: "Ann Ortiz is describing as
		// “unhinged” a tweet …".
		return found{}, doc.Span{}, false
	}
	// Only a verb of speech or judgement ascribes the label: "filed
	// the report as a “draft”" or "wore it as a “joke”" names how a
	// thing was used, not what anyone called it.
	if v >= len(toks) || !toks[v].word || capital(toks[v].str(text)) || toks[v].is(isFunction) || len(toks[v].senses()) == 0 {
		return found{}, doc.Span{}, false
	}
	cue := doc.Span{Start: toks[v].s, End: toks[v].e}
	from := v + 1
	if from < len(toks) && (toks[from].low == "after" || toks[from].low == "off" || toks[from].low == "out") {
		cue.End, from = toks[from].e, from+1
	}
	for c := from; c+1 < len(toks) && c <= from+10 && toks[c].s < limit; c++ {
		if !toks[c].word {
			if toks[c].str(text) == "," || boundary(text, toks, c) {
				return found{}, doc.Span{}, false
			}
			continue
		}
		if toks[c].low != "as" {
			continue
		}
		m := c + 1
		if toks[m].low == "a" || toks[m].low == "an" {
			m++
		}
		if m >= len(toks) || marksIn(toks[m].str(text))&(mLeftDouble|mDouble|mLeftSingle|mApos) == 0 {
			return found{}, doc.Span{}, false
		}
		end := contentEnd(text, toks, toks[from].s, limit)
		if end <= toks[m].e {
			return found{}, doc.Span{}, false
		}
		f.cue = cue
		return f, doc.Span{Start: toks[from].s, End: end}, true
	}
	return found{}, doc.Span{}, false
}

// asBeforeMarks reports whether toks hold, past their first, an "as"
// followed (after "a" or "an") by a word with a quotation mark: the
// words labelAs needs, in the test it makes of them.
func asBeforeMarks(text string, toks []tok) bool {
	if gatesOff {
		return true // TestGates: the rule reads the same without this test
	}
	for c := 1; c+1 < len(toks); c++ {
		if !toks[c].word || toks[c].low != "as" {
			continue
		}
		m := c + 1
		if toks[m].low == "a" || toks[m].low == "an" {
			m++
		}
		if m < len(toks) && marksIn(toks[m].str(text))&(mLeftDouble|mDouble|mLeftSingle|mApos) != 0 {
			return true
		}
	}
	return false
}

// nounForms are forms of verbs of reporting that are plural nouns far
// more often than verbs: "the new rules that promise …" (the verb "rule"
// is read as "ruled", "rule", "ruling").
var nounForms = map[string]bool{"rules": true}

// rulers are the ones whose "rules" is a verb of decision: a court, a
// judge and the bodies that decide cases.
var rulers = map[string]bool{"judge": true, "court": true, "panel": true, "justice": true, "tribunal": true, "commission": true, "board": true, "arbitrator": true, "referee": true, "umpire": true, "regulator": true, "magistrate": true, "jury": true, "coroner": true, "inquest": true}

// rulesVerb reports whether "rules" at toks[c] is the verb, not the
// plural noun: after a ruling body or a name, and before "that" and a
// clause's subject ("The judge rules that the pier …", "Judge Ortiz
// rules that it …"); "new harbour rules that promise …" and "the
// board's rules that …" stay nouns.
func rulesVerb(text string, toks []tok, c int) bool {
	if c < 1 || c+2 >= len(toks) || !toks[c-1].word || toks[c+1].low != "that" || !toks[c+2].word {
		return false
	}
	n := toks[c+2]
	if !(n.is(isDet) || n.is(isSubjectPronoun) || n.low == "it" || capital(n.str(text))) {
		return false
	}
	b := toks[c-1]
	if rulers[b.low] {
		return true
	}
	// A name, not a capitalised noun after a determiner: "The Harbour
	// rules that the board set are strict" is the noun.
	if c >= 2 && toks[c-2].word && toks[c-2].is(isDet) {
		return false
	}
	return capital(b.str(text)) && !b.is(isFunction) && !strings.HasSuffix(b.low, "s") && !strings.HasSuffix(b.low, "’s")
}

// evalNouns are nouns of evaluation, with the preposition that takes
// their object: "his support for …", "her criticism of …".
var evalNouns = map[string]string{
	"support": "for", "opposition": "to", "criticism": "of", "criticisms": "of",
	"praise": "for", "adulation": "of", "admiration": "for", "condemnation": "of",
	"defense": "of", "defence": "of", "endorsement": "of", "embrace": "of",
	"rejection": "of", "denunciation": "of", "attacks": "on", "attack": "on",
	"announcement": "of", "theory": "of",
	"comment": "about", "comments": "about", "remark": "about", "remarks": "about",
	"complaint": "about", "complaints": "about",
}

// participleAdverbs may stand between a comma and a participle that
// takes the main clause's subject: "…, perhaps recognizing that …",
// "…, also saying …".
var participleAdverbs = map[string]bool{"perhaps": true, "maybe": true, "also": true, "even": true, "still": true, "again": true, "then": true}

// catenativeVerbs take a gerund whose subject is their own: verbs of
// aspect (begin, keep, continue, stop) and of avoidance (avoid, resist).
var catenativeVerbs = map[string]bool{
	"begin": true, "begins": true, "began": true, "begun": true, "beginning": true,
	"start": true, "starts": true, "started": true, "starting": true,
	"keep": true, "keeps": true, "kept": true, "keeping": true,
	"continue": true, "continues": true, "continued": true, "continuing": true,
	"stop": true, "stops": true, "stopped": true,
	"avoid": true, "avoids": true, "avoided": true, "avoiding": true,
	"resist": true, "resists": true, "resisted": true,
}

// catenative reports whether toks[k] is a verb of catenativeVerbs right
// before a gerund, not a noun ("a fresh start", "the stop").
func catenative(toks []tok, k int) bool {
	return k > 0 && toks[k].word && catenativeVerbs[toks[k].low] && toks[k-1].word && !toks[k-1].is(isDet)
}

// catenativeSubject reads the subject of the verb at toks[k], before
// its auxiliaries, "not" and adverbs ("could not resist"): a pronoun, a
// name or a noun phrase next to it.
func catenativeSubject(text string, toks []tok, k int) found {
	j := k - 1
	for n := 0; j >= 0 && n < 4 && toks[j].word && (toks[j].is(isAuxiliary) || toks[j].adverbish() || toks[j].low == "not" || toks[j].low == "never"); n++ {
		j--
	}
	if j < 0 || !toks[j].word {
		return found{}
	}
	if toks[j].is(isSubjectPronoun) {
		return found{subj: doc.Span{Start: toks[j].s, End: toks[j].e}, pronoun: toks[j].low, ok: true}
	}
	return beforeCue(text, toks, j+1)
}

// frameVerbs open an infinitive whose subject is theirs, with a second
// word before "to": "went on to discuss", "has yet to explain", "was
// forced to admit" (a passive of compulsion: the one forced speaks),
// "was quick to point out".
var frameVerbs = map[string]string{
	"went": "on", "goes": "on", "go": "on", "going": "on", "gone": "on",
	"yet":    "",
	"forced": "", "compelled": "", "obliged": "", "pressed": "", "pressured": "",
	// Adjectives of manner and ability after "be": "was quick to point
	// out", "was careful to note", "is unable to say". The speaker is
	// the subject of "be"; "eager" and "willing" are cues of their own.
	"quick": "", "careful": "", "slow": "", "ready": "", "able": "", "unable": "",
}

// modalFrames stand right before "to" and say that the subject must,
// will or is about to do what the infinitive says: "has to explain why
// …", "needs to tell voters …", "is likely to argue …", "is set to
// announce …". The subject is the inner verb's, and PolNeAR marks the
// saying as the subject's. Only a verb of speech is read after them
// (modalFrame's caller): "we need to work out a plan" is the
// writer's own deliberation, not a report. The words other than "have"
// and "need" are a frame only after "be" ("a report set to tell …" is
// a participle's phrase), and frameReport says which contents make a
// report.
var modalFrames = map[string]bool{"has": true, "have": true, "had": true, "need": true, "needs": true, "needed": true,
	"likely": true, "unlikely": true, "set": true, "due": true, "poised": true, "about": true}

// modalFrame reads a frame of modalFrames before the "to" at toks[k]
// and returns the index of the last token before it, its auxiliaries
// and adverbs, where the subject ends.
func modalFrame(toks []tok, k int) (int, bool) {
	if k < 2 || toks[k].low != "to" || !toks[k-1].word || !modalFrames[toks[k-1].low] {
		return k, false
	}
	j := k - 2
	for n := 0; j >= 0 && n < 4 && toks[j].word && (toks[j].is(isAuxiliary) || toks[j].adverbish() || toks[j].low == "not"); n++ {
		j--
	}
	if h := toks[k-1].low; h != "has" && h != "have" && h != "had" && !strings.HasPrefix(h, "need") && !slices.ContainsFunc(toks[j+1:k-1], func(t tok) bool { return t.is(isBeForm) }) {
		return k, false // "A report set to tell …", "Voters most likely to say …": a participle or adjective with no "be" is no frame
	}
	if j >= 0 && (toks[j].low == "we" || toks[j].low == "you" || toks[j].low == "i") {
		return k, false // "we need to work out …", "you have to wonder …": the writer's own deliberation, said to all
	}
	if h := toks[k-1].low; (h == "has" || h == "have" || h == "had") && j >= 1 && (toks[j-1].is(isWhWord) || toks[j-1].low == "whatever" || toks[j-1].low == "that") {
		return k, false // "whatever she had to offer": "have" holds the fronted object, no frame
	}
	return j, j >= 0
}

// frameReport reports whether a verb of speech after a modal frame
// (modalFrame), with the content from from and the subject f, is a
// report. A frame of schedule or likelihood ("is set to", "is due to",
// "is poised to", "is about to", "is likely to") makes a report only
// of a clause: its verb with a noun object is an act that is planned
// ("is due to report earnings", "is poised to announce a merger", "is
// set to tell the story of …"). After "has to", content that opens on
// a preposition ("has to say about the pier is false") or a noun or
// quantifier right before the subject ("everything the mayor has to
// say", "the first thing she had to say") is a contact relative: the
// thing said is the head outside, and the frame's verb has no content
// of its own. The one who must speak can speak: a person, a body, or a
// thing that carries words ("the report has to explain …"), not "the
// sign needs to tell drivers …".
func frameReport(text string, toks []tok, frame string, f found, from int) bool {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= from })
	if i >= len(toks) || !toks[i].word {
		return false
	}
	if m := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start }); f.pronoun == "" && !canSpeak(text, toks, f) {
		if e := sort.Search(len(toks), func(i int) bool { return toks[i].e >= f.subj.End }); e >= len(toks) || e < m || !carriers[toks[e].low] && !carriers[strings.TrimSuffix(toks[e].low, "s")] {
			return false
		}
	}
	switch frame {
	case "has", "have", "had":
		if toks[i].is(isPrep) && toks[i].low != "to" {
			return false
		}
		m := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
		if m == 0 || !toks[m-1].word {
			return true
		}
		if h := &toks[m-1]; h.is(isQuantifier) || contactHeads[h.low] {
			return false
		}
		// A noun after an article, with at most one word between:
		// "the things she has to say", "the first thing he had to say"
		// ("This means the mayor has to …" is a verb before it).
		for d := m - 2; d >= 0 && d >= m-3; d-- {
			if articles[toks[d].low] {
				if d == m-3 && (strings.HasSuffix(toks[m-1].low, "s") || strings.HasSuffix(toks[m-1].low, "ed")) {
					return true // "The ruling means the mayor has to …": a verb after the article's noun
				}
				return slices.ContainsFunc(toks[d+1:m], func(t tok) bool { return !t.word || t.is(isFunction|isAuxiliary) || t.is(isReporting) })
			}
		}
		return true
	case "need", "needs", "needed":
		return true
	}
	return toks[i].low == "that" || toks[i].is(isWhWord) || bareClause(text, toks, i)
}

// articles open a noun phrase that a contact relative may follow.
var articles = map[string]bool{"the": true, "a": true, "an": true, "every": true, "each": true, "any": true, "no": true}

// contactHeads are pronouns of things that a clause with no relative
// word may follow: "everything the mayor has to say".
var contactHeads = map[string]bool{"everything": true, "anything": true, "something": true, "nothing": true, "all": true, "much": true, "little": true}

// speechSense reports whether one of senses is a verb of speech
// (classes s, k and o) with no particle.
func speechSense(senses []verbSense) bool {
	return slices.ContainsFunc(senses, func(s verbSense) bool {
		return s.particle == "" && (s.class == 's' || s.class == 'k' || s.class == 'o')
	})
}

// infinitiveFrame reads a frame of frameVerbs before the "to" at
// toks[k] and returns the index of the last token before the frame,
// its auxiliaries and adverbs, where the subject ends.
func infinitiveFrame(toks []tok, k int) (int, bool) {
	if k < 2 || toks[k].low != "to" {
		return k, false
	}
	j := k - 1
	if m, ok := takeToFrame(toks, k); ok {
		j = m
	} else {
		if toks[j].low == "on" {
			j--
		}
		second, ok := frameVerbs[toks[j].low]
		if !ok || second != "" && toks[j+1].low != second || second == "" && j != k-1 {
			return k, false
		}
	}
	j--
	for n := 0; j >= 0 && n < 4 && toks[j].word && (toks[j].is(isAuxiliary) || toks[j].adverbish() || toks[j].low == "not"); n++ {
		j--
	}
	return j, j >= 0
}

// takeForms are the forms of "take" in "took to Twitter to …".
var takeForms = map[string]bool{"take": true, "takes": true, "took": true, "taken": true, "taking": true}

// takeToFrame reads "took to" and a medium before the "to" at toks[k]:
// "took to Twitter to accuse …", "took to the floor to argue …". The
// one who took to it speaks. A medium is one word, after "the" or
// alone (a name as the text spells it, or a noun of channelNouns); it
// returns the index of the form of "take".
func takeToFrame(toks []tok, k int) (int, bool) {
	m := k - 1
	if m > 0 && toks[m].word && toks[m].adverbish() {
		m-- // an adverb before "to": "took to Twitter again to …"
	}
	if m < 3 || !toks[m].word {
		return 0, false
	}
	if !channelNouns[toks[m].low] && toks[m].low != "twitter" && toks[m].low != "facebook" && toks[m].low != "instagram" && toks[m].low != "airwaves" {
		return 0, false
	}
	if toks[m-1].low == "the" {
		m--
	}
	if m < 2 || toks[m-1].low != "to" || !takeForms[toks[m-2].low] {
		return 0, false
	}
	return m - 2, true
}

// proForm reports whether toks[j] is "so" standing for a clause said
// or thought before, after a verb of speech or cognition and before
// the clause's end or a phrase of time or place ("He doesn't think
// so.", "she said so on Friday", "said so in an interview"),
// which PolNeAR marks as the content, as it marks "said as much"; not
// "so" that opens a clause of its own ("said so that …", "said so
// many times").
func proForm(text string, toks []tok, j int, cl byte) bool {
	return (cl == 's' || cl == 'k' || cl == 'c') && soAlone(text, toks, j)
}

// answerWord reports whether toks[j] is "yes" or "no" said as an
// answer, before the clause's end or a comma ("Melanie said yes, yes,
// yes", "the board said no."), which PolNeAR marks as the content.
func answerWord(text string, toks []tok, j int, cl byte) bool {
	if toks[j].low != "yes" && toks[j].low != "no" || cl != 's' && cl != 'k' {
		return false
	}
	if j+1 >= len(toks) {
		return true
	}
	s := toks[j+1].str(text)
	return s == "," || s == "." || s == ";"
}

// soAlone reports whether toks[j] is "so" before the clause's end or a
// phrase of time or place (see proForm).
func soAlone(text string, toks []tok, j int) bool {
	if toks[j].low != "so" {
		return false
	}
	if j+1 >= len(toks) {
		return true
	}
	n := toks[j+1]
	if !n.word {
		s := n.str(text)
		return s == "." || s == "," || s == ";" || s == ")" || s == "—" || s == "–"
	}
	return n.is(isTimeWord) || n.is(isPrep) || n.low == "too" || n.low == "publicly" || n.low == "repeatedly" || n.low == "explicitly"
}

// dashBefore reports whether a dash ("—", "–" or "--") stands right
// before toks[k].
func dashBefore(text string, toks []tok, k int) bool {
	p := toks[k-1].str(text)
	return p == "—" || p == "–" || p == "-" && toks[k-2].str(text) == "-"
}

// dashEnd ends the content of a relative clause that opens after a
// dash at the closing dash: "the study -- which notes that … -- should
// be …".
func dashEnd(text string, toks []tok, f found, from, to int) int {
	w := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
	if w < 2 || w >= len(toks) || toks[w].low != "which" || !dashBefore(text, toks, w) {
		return to
	}
	for i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= from }); i < len(toks) && toks[i].s < to; i++ {
		if p := toks[i].str(text); p == "—" || p == "–" || p == "-" && i+1 < len(toks) && toks[i+1].str(text) == "-" {
			return toks[i].s
		}
	}
	return to
}

// absoluteSubject reads the subject of a participle in an absolute
// phrase with "with", which ends at toks[k]: a name or a noun phrase of
// at most four words right after "with" ("with Russia backing …",
// "with many experts offering …").
func absoluteSubject(text string, toks []tok, k int) found {
	for w := k - 1; w >= 0 && w >= k-4; w-- {
		if !toks[w].word {
			return found{}
		}
		if toks[w].low != "with" && !causativeHave[toks[w].low] {
			continue
		}
		if w+1 > k || w > 0 && toks[w-1].is(isReporting) {
			return found{} // "charged with": the verb's own phrase
		}
		if causativeHave[toks[w].low] && !causedParticipleAfter(toks, k) {
			return found{} // "has workers thinking about lunch": a plain scene, not a stance caused
		}
		f, e := subjectAt(text, toks, w+1, k+1)
		if !f.ok || e != k+1 || f.pronoun != "" && f.pronoun != "they" && f.pronoun != "he" && f.pronoun != "she" {
			if np, ok := phraseAt(text, toks, w+1, k+1); ok {
				return found{subj: np, name: text[np.Start:np.End], ok: true, whole: true}
			}
			return found{}
		}
		return f
	}
	return found{}
}

// causativeHave make the noun after them the subject of a participle,
// as "with" does: "the storm had pilots wondering about …", "has
// skittish riders weighing …".
var causativeHave = map[string]bool{"has": true, "had": true, "have": true, "having": true}

// causedParticiples are the participles of doubt, deliberation and
// outcry that a causative "have" reports ("had pilots wondering
// whether …", "has riders weighing …", "had voters demanding …"); with
// another ("has workers thinking about lunch") it tells a scene.
var causedParticiples = map[string]bool{"wondering": true, "contemplating": true, "weighing": true, "questioning": true, "debating": true, "speculating": true, "worrying": true, "guessing": true, "pondering": true, "doubting": true, "second-guessing": true, "reconsidering": true, "rethinking": true, "asking": true, "demanding": true, "complaining": true, "clamoring": true, "clamouring": true, "calling": true, "predicting": true, "warning": true, "fearing": true, "musing": true}

// causedParticipleAfter reports whether the participle after the
// subject that ends at toks[k], past an adverb or two, is one of
// causedParticiples.
func causedParticipleAfter(toks []tok, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].word; j++ {
		if causedParticiples[toks[j].low] {
			return true
		}
		if !toks[j].adverbish() {
			return false
		}
	}
	return false
}

// partsGap reports whether offset at lies between two parts of a split
// quotation q, outside their marks ("“…,” she said, adding that …
// “…”"): the narration there is not the quotation's words, and is read
// for attributions of its own. end is where the next part's opening
// mark starts.
func partsGap(q *doc.Quote, at int) (end int, ok bool) {
	for i := 0; i+1 < len(q.Content); i++ {
		lo, hi := q.Content[i].End, q.Content[i+1].Start
		if at < lo || at >= hi {
			continue
		}
		gapStart, gapEnd := lo, hi
		for _, m := range q.Marks {
			if m.Start == lo {
				gapStart = m.End // the closing mark of part i
			}
			if m.End == hi {
				gapEnd = m.Start // the opening mark of part i+1
			}
		}
		return gapEnd, gapStart <= at && at < gapEnd
	}
	return 0, false
}

// pastConjunction moves a clause start at toks[cs] past "and" after a
// comma: a new clause with its own subject opens there ("The fleet is
// big, and the report says …"), whose noun phrase starts after the
// conjunction. Names were read by beforeCue already; this lets a noun
// phrase whose head is also a cue word ("the report", "the post") be
// read as the subject ("but" opens a clause as a subordinator does).
func pastConjunction(text string, toks []tok, cs, k int) int {
	if cs > 0 && cs < k && toks[cs].low == "and" && toks[cs-1].str(text) == "," && toks[cs+1].word {
		return cs + 1
	}
	return cs
}

// longAccording reads the source of "According to" that opens a
// sentence when it is too long for accordingTo's phrase: up to the
// first comma within thirty tokens, words and the marks inside names
// only ("According to a 12-count complaint filed by the board and a
// second complaint by the city, the developers …"). The source opens
// with a determiner, a number or a capital, and a clause of its own
// comes after the comma (a word, not a mark).
func longAccording(text string, toks []tok) found {
	if len(toks) < 4 || toks[1].low != "to" || !toks[2].word || !(toks[2].is(isDet) || toks[2].is(isQuantity) || capital(toks[2].str(text)) || n81BareNoun(&toks[2])) {
		return found{}
	}
	for j := 3; j < len(toks) && j < 32; j++ {
		if toks[j].word {
			if toks[j].is(isSubjectPronoun) {
				return found{} // a clause of its own: "According to what she said, …"
			}
			continue
		}
		switch toks[j].str(text) {
		case "-", "’", "'", "&", ".":
			if toks[j].str(text) == "." && boundary(text, toks, j) {
				return found{}
			}
			continue
		case ",":
			if j+1 >= len(toks) || !toks[j+1].word {
				return found{}
			}
			return found{subj: doc.Span{Start: toks[2].s, End: toks[j-1].e}, name: text[toks[2].s:toks[j-1].e], ok: true, whole: true, cue: doc.Span{Start: toks[0].s, End: toks[1].e}}
		}
		return found{}
	}
	return found{}
}

// commaAt reports whether the first token at or after offset at is a
// comma.
func commaAt(text string, toks []tok, at int) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].s >= at })
	return k < len(toks) && toks[k].str(text) == ","
}

// fromSource reads the source of a noun of stance at toks[c] in a
// phrase with "from" ("repeated warnings from his lawyer that …", "a
// pledge from the board to …"): a noun phrase or a name after "from",
// right before "that" or "to". It returns the source and the index of
// "that" or "to". The noun follows a determiner, an adjective or a
// preposition ("despite warnings from …"), not an auxiliary or a
// pronoun ("was warning from the podium that …" is a verb).
func fromSource(text string, toks []tok, c int) (found, int, bool) {
	if c < 1 || c+3 >= len(toks) || toks[c+1].low != "from" || !toks[c-1].word {
		return found{}, 0, false
	}
	b := toks[c-1]
	if b.is(isAuxiliary) || b.is(isPronoun) || b.is(isReporting) && !strings.HasSuffix(b.low, "ed") || strings.HasSuffix(toks[c].low, "ing") && !b.is(isDet) && !(len(b.low) > 4 && strings.HasSuffix(b.low, "ed")) {
		return found{}, 0, false
	}
	g, e := subjectAt(text, toks, c+2, len(toks))
	if !g.ok || g.pronoun != "" || e >= len(toks) || e > c+9 || !(toks[e].low == "that" && !demonstrative(text, toks, e) || toks[e].low == "to" && toInfinitive(text, toks, e)) || e+1 >= len(toks) || !toks[e+1].word {
		return found{}, 0, false
	}
	g.subj.End = toks[e-1].e
	g.whole = true
	return g, e, true
}

// toInfinitive reports whether the "to" at toks[e] opens an
// infinitive: a verb of the lexicon as infinitiveAt reads it, or a
// lower-case word with no ending of a noun's plural, a past or an
// adverb, before an object or a phrase (an article, a pronoun, a
// preposition), or a verb of deedVerbs before a bare object ("to cut
// taxes"). "took a warning from the cat to heart." and "warnings
// from his doctor to the nurses" hold no infinitive.
func toInfinitive(text string, toks []tok, e int) bool {
	if infinitiveAt(text, toks, e) {
		return true
	}
	if e+2 >= len(toks) || !toks[e+1].word || !toks[e+2].word {
		return false
	}
	n, after := toks[e+1], toks[e+2]
	w := n.low
	if deedVerbs[w] && after.word && !capital(after.str(text)) && !after.is(isFunction) && !after.is(isAuxiliary) {
		return true // a bare object: "a pledge from the governor to cut taxes"
	}
	if capital(n.str(text)) || n.is(isFunction) || n.is(isDet) || n.is(isPronoun) || n.is(isPrep) || n.is(isTimeWord) || n.is(isAdverb) || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") {
		return false
	}
	return after.is(isDet) || after.is(isPronoun) || after.is(isPrep) || after.low == "that"
}

// deedVerbs are base forms of verbs of doing that a pledge, a call or
// a plan names with a bare object after them ("to cut taxes", "to fix
// roads") and that are rarely a noun before another noun, as "staff"
// in "to staff members" is: toInfinitive reads "to" before one as an
// infinitive whatever follows.
var deedVerbs = map[string]bool{"cut": true, "fix": true, "raise": true, "lower": true, "build": true, "rebuild": true, "repair": true, "ban": true, "hire": true, "reduce": true, "expand": true, "protect": true, "create": true, "restore": true, "stop": true, "sell": true, "buy": true, "pay": true, "keep": true, "give": true, "bring": true, "spend": true, "widen": true, "pave": true, "improve": true, "reform": true, "replace": true, "boost": true, "freeze": true, "scrap": true, "tighten": true, "curb": true, "defend": true, "oppose": true, "veto": true, "reopen": true, "extend": true, "enforce": true, "approve": true, "increase": true, "slash": true, "eliminate": true, "abolish": true, "repeal": true, "tackle": true, "lift": true, "ease": true}

// nameNounAt returns the index of "a" or "an" when the base form at
// toks[c] follows a name that the indefinite article opens and comes
// before "that" ("a Harbour Gazette report that …"): a singular phrase,
// so the base form is its noun, not its verb. Else -1.
func nameNounAt(text string, toks []tok, c int, senses []verbSense) int {
	if c < 2 || c+2 >= len(toks) || toks[c+1].low != "that" || !toks[c+2].word || !allBase(senses) || capital(toks[c].str(text)) || !toks[c-1].word || !capital(toks[c-1].str(text)) {
		return -1 // with "that" after it only: "a GAO report released in May found …" is the subject of "found"
	}
	for j := c - 1; j >= 1 && j >= c-5 && toks[j].word && capital(toks[j].str(text)); j-- {
		if toks[j-1].low == "a" || toks[j-1].low == "an" {
			return j - 1
		}
	}
	return -1
}

// lightVerbs take a noun of saying or stance as their object and say
// no more than that the subject holds or gives it: "reached a
// conclusion:", "had a warning for the board:", "made her position
// clear:", "took the view:". Other verbs say what the subject does
// with the noun ("enjoys a comfortable position:").
var lightVerbs = map[string]bool{"have": true, "has": true, "had": true, "reach": true, "reaches": true, "reached": true, "make": true, "makes": true, "made": true, "take": true, "takes": true, "took": true, "give": true, "gives": true, "gave": true, "draw": true, "draws": true, "drew": true, "hold": true, "holds": true, "held": true, "share": true, "shares": true, "shared": true}

// colonNoun reads a noun of saying or stance (speechNouns,
// stanceNouns) whose words follow a colon, at the first colon of the
// clause before offset limit: with its possessor and "is" or "was" and
// an adjective ("The mayor's message was simple: …", "Her view is
// clear: …"), or as the object of the clause's verb, with its
// modifiers and a short phrase after it ("The report reached a stark
// conclusion: …", "had a warning for the board: …", "made her position
// clear: …"), the clause's subject the source. It returns the source,
// with its cue, and where the content starts: the word after the
// colon, which opens a clause of at least three words.
func (a *attributor) colonNoun(toks []tok, limit int) (found, int, bool) {
	text := a.text
	p := -1
	for i, t := range toks {
		if t.s >= limit {
			break
		}
		if !t.word && t.str(text) == ":" {
			p = i
			break
		}
	}
	if p < 3 || !wordsAtLeast(toks[p+1:], 3) || !toks[p+1].word {
		return found{}, 0, false
	}
	noun := func(t *tok) bool { return t.is(isSpeechNoun) || t.is(isStance) && stanceNouns[t.low] } // isStance: stanceNouns and their plurals
	from := toks[p+1].s
	// "The mayor's message was simple:", "Her view is the same:": only
	// an adjective that says how plainly the words are put; "Her view
	// was stunning:" speaks of a landscape, not of a stance.
	j := p - 1
	if toks[j].low == "same" && j >= 4 && toks[j-1].low == "the" {
		j--
	}
	if j >= 3 && plainAdjectives[toks[p-1].low] && (toks[j-1].low == "is" || toks[j-1].low == "was") && noun(&toks[j-2]) {
		if f, ok := a.possessor(toks, j-2); ok && possessorSpeaks(text, toks, f) {
			f.cue = doc.Span{Start: toks[j-2].s, End: toks[j-2].e}
			return f, from, true
		}
		return found{}, 0, false
	}
	// The object of the clause's verb.
	j = p - 1
	if toks[j].low == "clear" || toks[j].low == "plain" || toks[j].low == "known" {
		j-- // "made her position clear:"
	}
	n := -1
	for k := j; k >= 1 && k > j-5 && toks[k].word; k-- {
		if noun(&toks[k]) {
			n = k
			break
		}
		if k == j || !toks[k].is(isFunction) || toks[k].is(isDet) {
			continue // a short phrase after the noun: "for the board"
		}
		if !toks[k].is(isPrep) {
			break
		}
	}
	if n < 2 {
		return found{}, 0, false
	}
	v := n - 1
	for k := 0; k < 3 && v >= 1 && toks[v].word && (toks[v].is(isDet) || toks[v].is2(isPossessive) || toks[v].low == "his" || toks[v].low == "her" || toks[v].low == "their" || !toks[v].is(isFunction) && !toks[v].is(isAuxiliary) && !(len(toks[v].low) > 4 && strings.HasSuffix(toks[v].low, "ed")) && !toks[v].is2(isRelParticiple)); k++ {
		v-- // "a stark", "her", "essentially the same"
	}
	if v < 1 || !toks[v].word || !lightVerbs[toks[v].low] {
		return found{}, 0, false // "boasts a fine old name:" holds no view
	}
	// "have" holds anything: a plan or a view that one has is no words
	// of one's own, and a thing may have a promise printed on it. Only
	// a noun of saying, with a holder who can speak.
	have := toks[v].low == "have" || toks[v].low == "has" || toks[v].low == "had"
	if have && !toks[n].is(isSpeechNoun) {
		return found{}, 0, false
	}
	f, ok := a.lightSubject(toks, v, have)
	if !ok {
		return found{}, 0, false
	}
	f.cue = doc.Span{Start: toks[v].s, End: toks[p-1].e}
	return f, from, true
}

// lightSubject reads the subject of the light verb at toks[v]: right
// before the verb, else the clause's, as colonNoun and lightNounThat
// read it. With "have" (have), the holder must be able to speak.
func (a *attributor) lightSubject(toks []tok, v int, have bool) (found, bool) {
	text := a.text
	// The subject right before the verb, else the clause's: an opening
	// phrase or clause ("Eight years ago, when …, both men had …") is
	// no part of it.
	f := beforeCue(text, toks, v)
	if f.ok && f.pronoun == "" {
		f = withPredeterminer(text, toks, withArticle(text, toks, f))
	}
	if cs := max(clauseStart(text, toks, v), localStart(text, toks, v-1)); cs < v && (!f.ok || f.subj.Start > toks[cs].s) {
		if np, ok := quantifiedPhrase(text, toks, cs, v); ok {
			f = found{subj: np, name: text[np.Start:np.End], ok: true, whole: true} // "both men had …"
		}
	}
	if !f.ok && !slices.ContainsFunc(toks[clauseStart(text, toks, v):v], func(t tok) bool { return !t.word && t.str(text) == "," }) {
		f = a.mainSubject(toks, v) // not across a comma, where the clause's start is not read right
	}
	if !f.ok || f.subj.End > toks[v].s || have && !canSpeak(text, toks, f) {
		return found{}, false
	}
	return f, true
}

// lightNounThat reads a noun of saying or stance as the object of a
// light verb with a "that" clause after it, the clause's subject its
// source: "The mayor made the argument that …", "took the position
// that …", "holds the view that …", "reached the conclusion that …",
// "gave assurances that …". It returns the source, with the verb and
// the noun as its cue, and where the content starts ("that"). The noun
// has at most three words before it back to the verb (a determiner, a
// possessive pronoun, adjectives); "have" takes only a noun of saying
// whose holder can speak, as in colonNoun. The clause after "that" is
// a complement, not a relative clause: it has a subject of its own
// ("made the claim that went viral" has none) and no object gap ("took
// the position that he had held for years"). A verb that does
// something to another's words ("rejected the argument that …") is no
// light verb, and "heard the claim that …" gives the claim no holder.
func (a *attributor) lightNounThat(toks []tok, limit int) (found, int, bool) {
	text := a.text
	for n := 2; n+3 < len(toks) && toks[n].s < limit; n++ {
		t := &toks[n]
		if !t.word || toks[n+1].low != "that" || !(t.is(isSpeechNoun) || t.is(isStance) && (stanceNouns[t.low] || stanceNouns[strings.TrimSuffix(t.low, "s")])) || demonstrative(text, toks, n+1) {
			continue
		}
		c := n + 2
		if g, _ := subjectAt(text, toks, c, len(toks)); !g.ok || !bareClause(text, toks, c) || objectGapClause(text, toks, c) {
			continue
		}
		v := n - 1
		for k := 0; k < 3 && v >= 1 && toks[v].word && !lightVerbs[toks[v].low] && (toks[v].is(isDet) || possessivePronouns[toks[v].low] || !toks[v].is(isFunction) && !toks[v].is(isAuxiliary) && !toks[v].is(isReporting) && !capital(toks[v].str(text))); k++ {
			v-- // "the", "a strong", "her"
		}
		if v < 1 || !toks[v].word || !lightVerbs[toks[v].low] {
			continue
		}
		have := toks[v].low == "have" || toks[v].low == "has" || toks[v].low == "had"
		if have && !t.is(isSpeechNoun) {
			continue
		}
		head := strings.TrimSuffix(t.low, "s")
		if lightActNouns[head] || strings.HasPrefix(toks[v].low, "t") && !heldNouns[head] || head == "point" && !strings.HasPrefix(toks[v].low, "ma") {
			continue // "made the decision that …" is an act; "took the warning that … seriously" gives the warning no holder; one makes a point, "reached the point that …" is a stage
		}
		f, ok := a.lightSubject(toks, v, have)
		if !ok {
			continue
		}
		f.cue = doc.Span{Start: toks[v].s, End: t.e}
		return f, toks[n+1].s, true
	}
	return found{}, 0, false
}

var lightActNouns = map[string]bool{"decision": true, "determination": true, "plan": true, "effort": true, "attempt": true, "intention": true, "desire": true, "wish": true, "bet": true, "refusal": true, "eagerness": true, "willingness": true, "reluctance": true}
var heldNouns = map[string]bool{"position": true, "view": true, "opinion": true, "stance": true, "line": true}

// possessivePronouns stand before a noun as its holder: "made her
// case that …".
var possessivePronouns = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}

// plainAdjectives say how plainly words are put, after a noun of
// saying or stance and "is" before a colon: "The mayor's message was
// simple: …". "The same" is read with its article.
var plainAdjectives = map[string]bool{"simple": true, "clear": true, "blunt": true, "plain": true, "same": true}

// canSpeak reports whether the holder f can give words of its own: a
// person (personHolder) or a body of people named by its noun ("the
// board", "the councils"), not a thing ("the menu").
func canSpeak(text string, toks []tok, f found) bool {
	if personHolder(text, toks, f) {
		return true
	}
	if f.pronoun != "" {
		return false
	}
	i, _ := slices.BinarySearchFunc(toks, f.subj.End, func(t tok, e int) int { return t.e - e })
	if i >= len(toks) || toks[i].e != f.subj.End || !toks[i].word {
		return false
	}
	return toks[i].is2(isBody) || bodies[strings.TrimSuffix(toks[i].low, "s")]
}

// andDescribed reads a subject of two nouns joined by "and" whose
// second has a phrase up to the cue at toks[c]: "Regulators and
// advisers to the board argued", "The mayor and aides to the governor
// said". The first is a noun phrase of its own (a plural noun alone
// may open the sentence with its capital); the second is a plural
// noun, or a noun after a determiner, then a preposition of
// postPrepositions and a noun phrase or a name that ends at the cue.
// Words of time and adverbs that open the clause ("Yesterday
// regulators and …") are the clause's, and the subject starts after
// them, as mention.go's phraseHeadBefore reads it.
func andDescribed(text string, toks []tok, cs, c int) (found, bool) {
	opens := cs == slices.IndexFunc(toks, func(t tok) bool { return t.word })
	for n := 0; n < 3 && cs < c && toks[cs].word && (toks[cs].is(isTimeWord|isClauseLead) || toks[cs].adverbish() && (!strings.HasSuffix(toks[cs].low, "ly") || wordIs(toks[cs].low, isVerbAdverb))); n++ {
		cs++ // "Yesterday regulators and …": the time is the clause's, not the subject's
		opens = true
	}
	for a := cs + 1; a < c-2 && a < cs+5; a++ {
		if toks[a].low != "and" {
			if !toks[a].word {
				return found{}, false
			}
			continue
		}
		left, ok := quantifiedPhrase(text, toks, cs, a)
		if !ok && a == cs+1 && opens && toks[cs].pluralNoun() && !toks[cs].is(isReporting) {
			left, ok = doc.Span{Start: toks[cs].s, End: toks[cs].e}, true // "Regulators and …" opening the sentence
		}
		if !ok {
			return found{}, false
		}
		h := a + 1
		if toks[h].is(isDet) {
			h++
		}
		if h+2 >= c || !toks[h].word || toks[h].is(isFunction) || toks[h].is(isReporting) || h == a+1 && !toks[h].pluralNoun() || !toks[h+1].is(isPostPreposition) {
			return found{}, false
		}
		obj, ok := phraseAt(text, toks, h+2, c)
		if !ok {
			if n, ok0 := nameAt(text, toks, h+2); ok0 && n.to == c {
				obj, ok = doc.Span{Start: toks[h+2].s, End: toks[c-1].e}, true
			}
		}
		if !ok {
			return found{}, false
		}
		sp := doc.Span{Start: left.Start, End: obj.End}
		return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}, true
	}
	return found{}, false
}

// viewNouns name a stance that "In" opens before the clause it holds:
// "In the mayor's view, …", "In the opinion of the board, …", "In Welk's telling, …". All are
// in stancenouns.txt, whose bit lets the sentence be read at all.
var viewNouns = map[string]bool{"view": true, "opinion": true, "telling": true}

// inView reads a sentence that opens with "In" and a noun of
// viewNouns with its possessor ("In the mayor's view,", "In her
// view,") or its "of" phrase ("In the view of the board,") before a
// comma: the possessor is the source of the clause after the comma. It
// returns the source, with the noun as its cue, and the comma's index.
func (a *attributor) inView(toks []tok) (found, int, bool) {
	text := a.text
	for c := 2; c < len(toks) && c < 8; c++ {
		if !toks[c].word || !viewNouns[toks[c].low] {
			continue
		}
		if c+1 < len(toks) && toks[c+1].str(text) == "," {
			f, ok := a.possessor(toks, c)
			if !ok || f.subj.Start != toks[1].s && !(toks[1].is(isDet) && f.subj.Start == toks[2].s) {
				return found{}, 0, false
			}
			f.cue = doc.Span{Start: toks[c].s, End: toks[c].e}
			return f, c + 1, true
		}
		if c == 2 && toks[1].low == "the" && c+2 < len(toks) && toks[c+1].low == "of" {
			for k := c + 3; k < len(toks) && k < c+12; k++ {
				if toks[k].str(text) != "," {
					continue
				}
				np, ok := phraseAt(text, toks, c+2, k)
				if !ok {
					if n, ok0 := nameAt(text, toks, c+2); ok0 && n.to == k {
						np, ok = doc.Span{Start: toks[c+2].s, End: toks[k-1].e}, true
					}
				}
				if !ok {
					return found{}, 0, false
				}
				return found{subj: np, name: text[np.Start:np.End], ok: true, whole: true, cue: doc.Span{Start: toks[c].s, End: toks[c].e}}, k, true
			}
		}
		return found{}, 0, false
	}
	return found{}, 0, false
}

// relativeVerbAt reports whether toks[cs], right after "who" or
// "that", opens a relative clause with its verb, up to toks[k] before
// the cue: "The woman who runs the ferry said", "The head of the
// agency that oversees the port said". After "who" any lower-case word
// does; after "that", which also opens a reported clause ("argued
// that officials say …"), only an auxiliary, or a verb in -s or -ed
// with an object after it that a noun would not have (a determiner, a
// possessive, a number or a name), so "that officials in the city
// say" stays a reported clause.
func relativeVerbAt(text string, toks []tok, cs, k int) bool {
	if cs < 2 || cs >= k || !toks[cs].word || !toks[cs-2].word || toks[cs-2].is(isFunction) && !toks[cs-2].is(isQuantity) && toks[cs-2].low != "those" {
		return false
	}
	switch toks[cs-1].low {
	case "who":
		return !capital(toks[cs].str(text)) && !toks[cs].is(isSubjectPronoun) && !toks[cs].is(isDet)
	case "that":
		w := toks[cs].low
		if toks[cs].is(isDet) || toks[cs].is2(isPossessive) {
			return objectGapAt(text, toks, cs, k) || n52PresentGap(text, toks, cs, k) // "The report that the board released said", "The plan that the mayor backs says" (n52_inverted.go)
		}
		if capital(toks[cs].str(text)) {
			return false
		}
		if toks[cs].is(isAuxiliary) {
			return true
		}
		if toks[cs].is(isFunction) || !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed")) {
			return false
		}
		n := toks[cs+1]
		return n.word && (n.is(isDet) || n.is2(isPossessive) || n.is(isObjectPronoun) || n.is(isQuantity) || capital(n.str(text)))
	}
	return false
}

// objectGapAt reports whether the words from toks[cs] to toks[k] are
// an object relative's subject and verb, with the object gone: a
// determiner and at most three words, then a verb in -ed or a past
// participle of relParticiples, then only time words or adverbs ("the
// board released last week"). Two verbs in a row with nothing between
// the first and the cue can only be read so.
func objectGapAt(text string, toks []tok, cs, k int) bool {
	v := cs + 1
	for v <= k && v < cs+4 && toks[v].word && !toks[v].is(isFunction) && !toks[v].is(isAuxiliary) && !(len(toks[v].low) > 4 && strings.HasSuffix(toks[v].low, "ed")) {
		v++
	}
	if v > k || v == cs+1 || !toks[v].word || capital(toks[v].str(text)) || !(len(toks[v].low) > 4 && strings.HasSuffix(toks[v].low, "ed") || toks[v].is2(isRelParticiple)) {
		return false
	}
	for j := v + 1; j <= k; j++ {
		if !toks[j].word || !toks[j].is(isTimeWord) && !toks[j].adverbish() && toks[j].low != "last" && toks[j].low != "this" && toks[j].low != "on" {
			return false
		}
	}
	return true
}

// copulas link an adjective of stance to the subject as "be" does:
// "The mayor remains skeptical that …". Only "remain": "seem",
// "become", "grow" and "stay" were tried with it, and half B lost a
// mention.
var copulas = map[string]bool{"remain": true, "remains": true, "remained": true}

// readCue reads the reporting verb at toks[c]: its subject and where
// its content starts. ok is false when the word is not used as a verb
// that attributes (a noun, an infinitive, a passive, a participle used
// as an adjective) or nothing it could report follows. main gives the
// main clause's subject, for a participle or a verb after "and"; it is
// a function so that the subject is read only where a case asks for it.
func (a *attributor) readCue(toks []tok, c int, senses []verbSense, main func() found, limit int) (found, int, bool) {
	text := a.text
	// The content first: a verb without one is no attribution, and the
	// words before it are not read. Most verbs asked of have none, so
	// the tests of the verb's use (notReport, c1Preposition), which turn
	// away few, come after it: each test only says no, and none has an
	// effect, so the order does not change the answer.
	from, cueEnd, ok := cueContent(text, toks, c, senses, limit)
	if !ok {
		return found{}, 0, false
	}
	return a.readCueFrom(toks, c, senses, main, limit, from, cueEnd)
}

// readCueFrom is readCue past cueContent, which found the verb's content
// at offset from (the cue ends at cueEnd): attributions calls it itself
// after cueContent, so that a verb without a content costs no call of
// readCue.
func (a *attributor) readCueFrom(toks []tok, c int, senses []verbSense, main func() found, limit, from, cueEnd int) (found, int, bool) {
	text := a.text
	if r3NounBeforeVerb(text, toks, c) { // r3_evidence.go: "Court documents revealed …" has a noun before the verb
		return found{}, 0, false
	}
	if notReport(text, toks, c, senses) || c1Preposition(toks, c) || c5MayNotCue(toks, c) && c5NotCue(text, toks, c) {
		return found{}, 0, false // c1Preposition: "concerns regarding the status of …" (c1_prep.go)
	}
	return a.cueSubject(toks, c, senses, main, limit, from, cueEnd)
}

// cueSubject is readCue past the verb's content, which starts at
// offset from (the cue ends at cueEnd): its subject and the tests that
// need it. It is a function of its own so that readCue, asked of every
// verb of reporting and turning most away at cueContent, is a short
// call: this part's many locals are set up only for the few verbs
// with a content.
func (a *attributor) cueSubject(toks []tok, c int, senses []verbSense, main func() found, limit, from, cueEnd int) (found, int, bool) {
	text := a.text
	var ok bool
	// Back over adverbs and auxiliaries to the subject's last token.
	k := c - 1
	be, aux := false, false
	for j := 0; k >= 0 && j < 5 && toks[k].word; j++ {
		w := toks[k].low
		if toks[k].is(isAuxiliary) && k > 0 && capital(toks[k].str(text)) && toks[k-1].word {
			break // a name or a month in the sentence: "in late May found"
		}
		if toks[k].is(isAuxiliary) {
			aux = true
			be = be || toks[k].is(isBeForm)
		} else if toks[k].is(isCopula) && !be && slices.ContainsFunc(senses, func(s verbSense) bool { return s.class == 'a' }) {
			aux, be = true, true // "remains skeptical that …": "remain" links the adjective as "be" does
		} else if (w == "both" || w == "each") && k > 0 && toks[k-1].word {
			// "DuVernay both documents …": a floating quantifier.
		} else if w == "ago" && n105AgoAfterParticiple(toks, k) {
			break // the participle's phrase of time, the subject's: "A poll released two weeks ago showed"
		} else if w == "since" && k > 0 && toks[k-1].is(isPerfectAux) && k == c-1 {
			// "has since said": an adverb of time between a perfect's
			// auxiliary and its participle, no conjunction.
		} else if !adverbish(w) || lyName(text, toks, k) || n111PaperLy(text, toks, k) {
			break
		}
		if toks[k].is(isTimeWord) && k > 0 && (toks[k-1].low == "on" || toks[k-1].low == "last" || toks[k-1].low == "this") {
			if k >= 3 && pastForm(toks[k-2]) && toks[k-3].word && !toks[k-3].is(isFunction|isPronoun) && !capital(toks[k-2].str(text)) || n104AgentBefore(text, toks, k-2) {
				break // a participle's phrase of time, the subject's: "A statement released on Monday said", "A statement released by the ministry on Monday said"
			}
			k-- // "Ann Ortiz on Tuesday said"
		}
		k--
	}
	k = n108PhraseBack(toks, k)                            // "The chief, Ann Lee, in a statement said that" (n108_readings.go)
	if j := n111AsideAdverbBack(text, toks, k, c); j < k { // "Data from the tracking service, however, show" (n111_readings.go)
		k = n113RelativeClosed(text, toks, j) // "The owner, who gave his name as Ann Lee, however, denied" (n113_readings.go)
	}
	if k >= 3 && !toks[k].word {
		k = n103AsideBack(text, toks, k) // "…and, in a statement issued the following week, claimed that" (n103_readings.go)
	}
	// A month or a year after the subject: "the pilots in April
	// walked out", "the board in 2009 voted". A month has its capital: "in
	// march" is no month.
	timeEnd := 0 // where that phrase ends: the mention keeps it, as PolNeAR does ("A review board in 2012 found")
	if k >= 2 && toks[k].word && toks[k-1].low == "in" && (toks[k].is2(isMonth) && capital(toks[k].str(text)) || yearLike(toks[k].low)) && !n104ParticipleOf(text, toks, k-2) {
		timeEnd = toks[k].e
		k -= 2
	}
	frame := "" // the head of a modal frame before "to" ("has", "set"), read once the content and the subject are
	// "appeared to suggest", "seems to think": the verb before "to"
	// says how the subject relates to the inner verb, whose attribution
	// it is.
	if k >= 2 && toks[k].low == "to" && (toks[k-1].is(isRaising) || n103Habit(toks, k, c)) {
		k -= 2
		aux = true // the inner verb is an infinitive: no agreement to check
		for j := 0; k >= 0 && j < 4 && toks[k].word; j++ {
			w := toks[k].low
			if toks[k].is(isAuxiliary) {
				aux = true
			} else if !adverbish(w) {
				break
			}
			k--
		}
	} else if j, ok := infinitiveFrame(toks, k); ok {
		k, aux = j, true
	} else if j, ok := modalFrame(toks, k); ok && speechSense(senses) {
		frame = toks[k-1].low
		k, aux = j, true
	}
	ing := false
	for _, s := range senses {
		ing = ing || s.ing
	}
	if k >= 0 && toks[k].word && toks[k].is(isContracted) {
		be, aux = true, true // "He’s claiming that …": a progressive
		if perfectS(toks, k, c, senses, ing) || n7PerfectTo(toks, k, c, senses, ing) {
			be = false // "He’s said that …": "has", a perfect (mention.go); "he’s vowed to" (n7_contracted.go)
		}
	}
	var f found
	if be && n53DeterminedToHave(toks, c) {
		return found{}, 0, false // "was determined to have caused": a passive of finding, no stance (n53_determined.go)
	}
	if be && !ing && !onlyClass(senses, 'a') && slices.ContainsFunc(senses, func(s verbSense) bool { return s.class == 'a' }) && !(c+1 < len(toks) && toks[c+1].low == "by") {
		// A participle that is also a stance adjective, after "is" and
		// not before "by": "is (also) determined to …" is the
		// adjective, not the passive of "determine".
		senses = slices.DeleteFunc(slices.Clone(senses), func(s verbSense) bool { return s.class != 'a' })
		// The adjective's own content. cueContent tries each sense on
		// its own, so where none had one above, none of these has.
		if from, cueEnd, ok = cueContent(text, toks, c, senses, limit); !ok {
			return found{}, 0, false
		}
	}
	if onlyClass(senses, 'a') && !be {
		return found{}, 0, false // an adjective reports a stance after "is", "was": "she was sure that …"
	}
	var caused found // "forced Moss to admit that …": the object speaks (a4_caused.go)
	if k >= 2 && toks[k].low == "to" && k == c-1 && causedContent(toks, c, senses, from, cueEnd) {
		if g, ok := causedSpeaker(text, toks, k); ok {
			caused, aux = g, true
		} else if g, ok := n20Caused(text, toks, k); ok { // n20_caused.go: "prompted the board at its meeting to order …"
			caused, aux = g, true
		}
	}
	// Where the subject's clause starts, before toks[k]: asked by
	// reducedRelative, the phrase before the cue and evidenceSubject,
	// of the same k, and read once.
	starts := subjectStarts{k: k}
	switch {
	case caused.ok:
		f = caused
	case k >= 2 && contactAt(text, toks, k): // a3_contact.go: "The experts I spoke to said"
		f, _ = contactSubject(text, toks, k)
	case k >= 3 && toks[k].low == "to" && a.r2Predicate(toks, c, k, senses).ok: // r2_predicate.go: "his answer was to say …"
		f, aux = a.r2Predicate(toks, c, k, senses), true
	case k >= 2 && toks[k].low == "to" && r2Purpose(text, toks, c, k, senses, from, cueEnd).ok: // r2_purpose.go: "went on a tour to talk with …"
		f, aux = r2Purpose(text, toks, c, k, senses, from, cueEnd), true
	case k >= 3 && toks[k].low == "to" && n42Occasion(text, toks, c, k, senses).ok: // n42_occasion.go: "took the opportunity to remind voters that …"
		f, aux = n42Occasion(text, toks, c, k, senses), true
	case k >= 2 && !toks[k].word && n42TitleSubject(text, toks, c, k, senses).ok: // n42_title.go: "DuVernay’s “13th” documents how …"
		f = n42TitleSubject(text, toks, c, k, senses)
	case k >= 0 && toks[k].low == "to":
		return found{}, 0, false // an infinitive: "wants to criticize", read with "wants"
	case be && !ing && !onlyClass(senses, 'a'):
		return found{}, 0, false // a passive: "was criticized by", read by passive
	case k >= 0 && toks[k].word && toks[k].is(isContracted):
		p := contracted[toks[k].low] // the mention is the pronoun: "He" of "He’s"
		f = found{subj: doc.Span{Start: toks[k].s, End: toks[k].s + len(p)}, pronoun: p, ok: true}
	case ing && !be && absoluteSubject(text, toks, k).ok:
		// "with experts offering their assessments", "with Russia
		// backing the government": the noun after "with" does it.
		f = absoluteSubject(text, toks, k)
	case ing && !be && k >= 1 && participleAdverbs[toks[k].low] && toks[k-1].str(text) == "," && main().ok && main().subj.Start < toks[k].s:
		// ", perhaps recognizing that …": an adverb between the comma
		// and the participle, which takes the main clause's subject.
		f = main()
	case ing && !be && catenative(toks, k):
		// A gerund after a verb of aspect or avoidance shares its
		// subject: "The crew could not resist pointing out that …",
		// "Ed Moss kept saying …", "avoids condemning …".
		f = catenativeSubject(text, toks, k)
		if !f.ok {
			return found{}, 0, false
		}
	case ing && !be && r2GerundFrame(toks, k) >= 0: // r2_frame.go: "stopped short of calling …"
		f = r2FrameSubject(text, toks, r2GerundFrame(toks, k), main)
	case ing && !be && k >= 2 && toks[k].low == "for" && r2Judged(text, toks, k).ok: // r2_judged.go: "criticized Ed Moss for saying …"
		f = r2Judged(text, toks, k)
	case ing && !be:
		// A participle after the main clause: ", saying that …", or
		// opening one: "Citing the poll, she …" is left alone.
		if g, ok := a.n17Carrier(toks, k); ok && (k < 0 || toks[k].word) { // n17_carrier.go: carrierBefore, and "it issued a paper welcoming …"
			f = g
			break
		}
		if k < 0 || !(toks[k].str(text) == "," || toks[k].low == "and" || toks[k].low == "while" || toks[k].low == "by" || closingComma(text, toks, k)) || !main().ok || main().subj.Start >= toks[c].s {
			return found{}, 0, false
		}
		f = main()
		if n15Imperative(text, f.subj) { // n15_title.go: "Sell her plan (…)\nGet those jokes off, adding …"
			return found{}, 0, false
		}
		if toks[k].low == "by" {
			f = a.n3ByRelative(toks, f, k) // "the party, which tried to rally support by saying …" (n3_relative.go)
		} else if g, ok := n106SubordinateSubject(text, toks, f, k); ok {
			f = g // "The by-election was called after the MP resigned, saying …" (n106_readings.go)
		}
	case n113ThenVerb(text, toks, k, c) && main().ok && main().subj.Start < toks[k].s:
		f = main() // "said she had not decided, then said she would" (n113_readings.go)
	case k >= 0 && (toks[k].low == "and" || n29Yet(text, toks, k) || toks[k].low == "but" && k > 0 && b2ButShares(text, toks, k) && (!onlyClasses(senses, "ver") || n106ButAfterSpeech(text, toks, main(), k))) && (!aux || n29Have(toks, k, c)) && main().ok && main().subj.Start < toks[k].s: // n29_extent.go: ", yet refuses …", "and has called for …"
		// "He claimed vast wealth and said …", "They said they want
		// calm, but pledged to …" (b2_coord.go); not for a verb of
		// evaluation, which after "and" tells what the subject does
		// ("are always unsuccessful and always blame someone else").
		if onlyClass(senses, 'e') && !r3CommaEval(text, toks, c, k, main) { // r3_coord.go: ", and criticized …"
			return found{}, 0, false
		}
		f = main()
		r := relativeBefore(text, toks, f.subj.End, k)
		if r < 0 {
			var shares bool // a subject the first verb does not have (c1_coord.go)
			if r, shares = c1Shares(text, toks, f, k); !shares {
				return found{}, 0, false
			}
		}
		if r >= 0 {
			// "…, who make up most buyers and see the fund as …": the
			// relative clause's two verbs share its pronoun.
			nm := a.antecedent(toks[r].s)
			if nm == "" && r >= 2 && toks[r-2].word {
				nm = toks[r-2].str(text) // the noun before the comma
			}
			f = found{subj: doc.Span{Start: toks[r].s, End: toks[r].e}, name: nm, ok: true, whole: true}
		}
	case k >= 0 && toks[k].word && toks[k].is(isSubjectPronoun):
		f = found{subj: doc.Span{Start: toks[k].s, End: toks[k].e}, pronoun: toks[k].low, ok: true}
	case k >= 0 && toks[k].low == "it" && (k == 0 || !toks[k-1].word || toks[k-1].is(isClauseLead) || toks[k-1].is(isSubordinator)) && (n1ItSpeech(senses) || onlyClasses(senses, "c") && !a.n1Channel(toks[k].s) && a.thingBefore(toks[k].s) != "" || a.n110ItFinds(toks[k].s)): // n1_it.go; n110_readings.go; "The report came out. It concluded that …": a carrier of words may conclude
		// "It says the campaign broke the law": a document or a study
		// speaks; the thing the text named last before it is the name.
		if nm := a.itBefore(toks[k].s); nm != "" {
			f = found{subj: doc.Span{Start: toks[k].s, End: toks[k].e}, name: nm, ok: true, whole: true}
		}
	case k >= 2 && toks[k].low == "which" && dashBefore(text, toks, k):
		// "the study -- which notes that …": a relative clause between
		// dashes; the noun before the dash names the source.
		at := toks[k-1].s
		if toks[k-1].str(text) == "-" {
			at = toks[k-2].s
		}
		if nm := a.antecedent(at); nm == "" {
			return found{}, 0, false
		} else {
			f = found{subj: doc.Span{Start: toks[k].s, End: toks[k].e}, name: nm, ok: true, whole: true}
		}
	case k >= 1 && toks[k].low == "which" && toks[k-1].str(text) == ",":
		// "the report, which found that …": the thing before names the
		// source; "which" is the mention.
		if nm := a.antecedent(toks[k].s); nm != "" {
			f = found{subj: doc.Span{Start: toks[k].s, End: toks[k].e}, name: nm, ok: true, whole: true}
		}
	case (!onlyClass(senses, 'e') || r2RelativeHolder(toks, k)) && relativeThat(text, toks, k): // r2_holder.go: "cities that support …"
		// "towns that support the levy": "that" is the mention, as
		// "which" and "who" are; the noun before it names the source.
		nm := a.antecedent(toks[k].s)
		if nm == "" {
			nm = a.n2ProperHead(toks[k].s) // "New York magazine that …" (n2_name.go)
		}
		if nm == "" {
			nm = toks[k-1].str(text)
		}
		f = found{subj: doc.Span{Start: toks[k].s, End: toks[k].e}, name: nm, ok: true, whole: true}
	case k >= 1 && toks[k].word && floatingWord(toks[k].low) && floatingSubject(text, toks, k).ok:
		// A quantifier after its subject: "Ann Ortiz (D-Ore.), Ed Moss
		// (D-Ohio) and Jo Lee all suggested", "The sailors all said".
		f = floatingSubject(text, toks, k)
	case k >= 0 && toks[k].word && (toks[k].is(isQuantifier) || indefinite(toks[k].low)) && (k == 0 || !toks[k-1].word || toks[k-1].low == "not" || toks[k-1].is(isClauseLead) || !toks[k-1].is(isDet) && !nounBefore(text, &toks[k-1]) && !capital(toks[k-1].str(text))):
		// "all agreed that …", "many believe …": the quantifier is the
		// mention; what it counts was named before. An indefinite
		// pronoun is a subject as well ("everyone agrees"), and "not"
		// before either is the mention's, since it says how many hold
		// the view ("Not everyone agrees that …").
		if allBase(senses) && k > 0 && toks[k-1].word && toks[k-1].low != "not" && !toks[k-1].is(isClauseLead|isSubordinator) {
			// A base form agrees with a plural quantifier only where
			// the quantifier opens its clause ("But many believe …"),
			// not after a verb or a preposition ("they'll all think
			// me …", "does not at all apologize").
			return found{}, 0, false
		}
		start := k
		if k > 0 && toks[k-1].word && toks[k-1].low == "not" {
			start = k - 1
		}
		f = found{subj: doc.Span{Start: toks[start].s, End: toks[k].e}, name: text[toks[start].s:toks[k].e], ok: true, whole: true}
	case k >= 0:
		// A subject behind a relative clause or a participle phrase
		// ("The alliance, which includes …, advocates", "A poll
		// released in May found"), read only when no case above holds.
		if g, ok := g2ShareBefore(text, toks, k); ok { // g2_share.go: "Only 52 percent of registered voters agreed"
			f = g // "73 percent said …" (a2_share.go)
			break
		}
		rel := n101WhoThenNames(text, toks, k) // "Two voters who watched at a bar, Alma Rusk and Terrence Boyle, said" (n101_readings.go)
		if !rel.ok {
			rel = n110DemonstrativeCarrier(text, toks, k) // "That filing said" (n110_readings.go)
		}
		if !rel.ok {
			rel = relativeSubject(text, toks, k)
		}
		if !rel.ok {
			rel = n98AndWhoSubject(text, toks, k) // "A strategist who …, and who asked not to be named, said" (n95_andwho.go)
		}
		if !rel.ok {
			rel = n99BecauseSubject(text, toks, k) // "A nurse who … and asked not to be named because she feared for her job said" (n95_andwho.go)
		}
		if !rel.ok {
			rel = n101AnonSubject(text, toks, k) // "A woman who … and did not want to give her name told" (n101_readings.go)
		}
		if !rel.ok {
			rel = n111WhoseSubject(text, toks, k) // "A student whose car was damaged said" (n111_readings.go)
		}
		if !rel.ok {
			rel = reducedRelative(text, toks, k, &starts)
		}
		if rel.ok {
			f = rel
			break
		}
		f = beforeCue(text, toks, k+1)
		if !f.ok {
			f = pluralCueSubject(text, toks, k)
		}
		if f.ok && n103NoOneBefore(toks, f.subj.Start) {
			return found{}, 0, false // "no one in the front office had told him …": no source (n103_readings.go)
		}
		if f.ok && f.pronoun == "" {
			f = widen(a.ix, found{subj: f.subj, name: f.name, ok: true, cue: doc.Span{Start: toks[c].s, End: toks[c].e}})
			f = withArticle(text, toks, f)
			f = n102PhraseBeforeAppositive(text, toks, f, starts.clause(text, toks), k) // "Observers from the League of Northern States, a regional body …, said"
		}
		if cs := pastConjunction(text, toks, max(starts.clause(text, toks), starts.local(text, toks)), k); cs <= k && toks[cs].s < toks[k].e {
			np, ok := phraseAt(text, toks, cs, k+1)
			if !ok && f.ok && f.subj.Start > toks[cs].s {
				// An appositive after the phrase: "The minister of the
				// economy, Ed Moss, argues".
				m := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
				if m > cs+1 && m < len(toks) && toks[m-1].str(text) == "," {
					if np, ok = phraseAt(text, toks, cs, m-1); ok {
						np.End = f.subj.End
					}
				}
			}
			if !ok && f.ok && f.subj.Start > toks[cs].s {
				// A subject with a phrase up to the cue that ends in a
				// name: "An adviser to Ed Moss said" is the adviser.
				if d := describedBy(text, toks, cs, k+1); d.ok && d.subj.Start == toks[cs].s {
					np, ok = d.subj, true
					f.name = d.name
				} else if d, ok0 := andDescribed(text, toks, cs, k+1); ok0 {
					np, ok = d.subj, true
					f.name = d.name
				}
			}
			// rel: the words from cs are a relative clause's verb
			// and object, which also read as a noun phrase ("The
			// woman who runs the ferry said": "runs the ferry").
			cs = n102WhoAs(text, toks, cs, k) // "A man who identified himself as a spokesman for the group told" (n102_readings.go)
			rel, relHead := relativeVerbAt(text, toks, cs, k), ""
			if (!ok || rel) && cs > 0 && (toks[cs-1].low == "that" || toks[cs-1].low == "who") && (rel || !(toks[cs-1].low == "that" && f.ok && f.subj.Start == toks[cs].s)) {
				// A relative clause in the subject: "Surety companies
				// that had insured the mines agreed …".
				if c0 := clauseStart(text, toks, cs-1); c0 < cs-1 {
					head, ok0 := phraseAt(text, toks, c0, cs-1)
					if !ok0 && c0 == cs-2 && toks[c0].word && (!toks[c0].is(isFunction) || rel && toks[c0].low == "those") && !toks[c0].is(isReporting) {
						head, ok0 = doc.Span{Start: toks[c0].s, End: toks[c0].e}, true // "Insurers that …", "Those who know him say"
					}
					if !ok0 && rel {
						// A head with its phrase: "A former aide to the
						// mayor who works for the governor said".
						if d := describedBy(text, toks, c0, cs-1); d.ok && d.subj.Start == toks[c0].s {
							head, ok0 = d.subj, true
						}
					}
					if ok0 && !strings.Contains(text[toks[cs-1].e:toks[k].e], ",") {
						np, ok = doc.Span{Start: head.Start, End: toks[k].e}, true
						if rel {
							f = found{} // the clause's words name no one
							relHead = text[head.Start:head.End]
						}
					}
				}
			}
			if ok && (!f.ok || np.Start < f.subj.Start && f.subj.End <= toks[k].e) {
				nm := f.name
				if !f.ok {
					nm = text[np.Start:np.End]
				}
				if relHead != "" {
					nm = relHead // the head's number is the verb's: "People who ride the ferry say"
				}
				f = found{subj: doc.Span{Start: np.Start, End: max(np.End, f.subj.End)}, name: nm, ok: true, whole: true}
			}
		}
	}
	if !ing && evidenceSense(senses) && (!f.ok || f.pronoun == "" && !f.whole) {
		// A source read in part, or not at all: "The latest poll
		// released Friday shows …", "Leaked documents from the audit
		// show …" (a2_evidence.go).
		if g, ok := evidenceSubjectIn(text, toks, k, &starts); ok && (!f.ok || g.subj.Start < f.subj.Start && f.subj.End <= g.subj.End) {
			f = g
		} else if g, ok := r3EvidenceAfter(text, toks, k, &f); ok {
			f = g // r3_evidence.go: "after leaked documents showed …"
		}
	}
	if f.ok && f.pronoun == "" {
		f = withoutAdjunct(text, toks, f, k)
		f = withPredeterminer(text, toks, f)
		f = withProportion(text, toks, f)
	}
	if g, ok := n92DescribedName(text, toks, c, f); ok {
		f = g // n92_described.go: "The committee’s ranking Republican, Sen. Ann Reed, said"
	} else if f.ok && f.pronoun == "" && capital(f.name) {
		// A description before the name, between commas: "The minister
		// of the economy, Ed Moss, argues" is one mention, as a name
		// with its appositive after it is.
		m := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
		// Not a description that opens the sentence before a name
		// and its verb: "A defender of the plan, Ed Moss likened it
		// to …" names Ed Moss only.
		after := ""
		if f.subj.End < toks[c].s { // a mention taken from a quotation's speaker may run past the cue
			after = strings.TrimLeft(text[f.subj.End:toks[c].s], " ")
		}
		if c0 := clauseStart(text, toks, m); m >= 2 && m < c && c0 < m-1 && toks[m-1].str(text) == "," && (toks[c0].is(isDet) || ownerOpens(text, &toks[c0]) || n109OwnerName(text, toks, c0, m-1) || toks[c0].word && capital(toks[c0].str(text)) && toks[c0].pluralNoun() && !toks[c0].is(isReporting)) && (strings.HasPrefix(after, ",") || c0 > 0) {
			if d, ok := phraseAt(text, toks, c0, m-1); ok && !slices.ContainsFunc(toks[c0:m-1], func(t tok) bool {
				return t.is(isTimeWord) || timeWords[strings.TrimSuffix(t.low, "s")] || t.low == "ago" || t.low == "day"
			}) {
				f.subj.Start, f.whole = d.Start, true // not a time: "Several weeks ago, Ed Moss said"
			}
		}
	}
	if f.ok && f.pronoun == "" {
		f = n111ParticipleHead(text, toks, f, c) // "Counsel assisting the coroner, Michael Otieno, told" (n111_readings.go)
		f = n110PlaceOpener(text, toks, f)       // "At the Ogbaruka Main Market, Mrs Chinyere Onwuka-Lawal, 52, said" (n110_readings.go)
		f = n110CallingItself(text, toks, f)     // "a group of season-ticket holders calling itself Ironclad Nation accused" (n110_readings.go)
	}
	if g, ok := n20Subject(text, toks, k, f); ok { // n20_subject.go: "presidential contenders of both parties have understood …"
		f = g
	}
	if !f.ok {
		f = n12Subject(text, toks, k) // n12_subject.go: "although few experts believe …"
	}
	if !f.ok {
		f = n113AllButSubject(text, toks, k) // "All but one said" (n113_readings.go)
	}
	if !f.ok {
		f = n113MarkedSubject(text, toks, k) // "Kettlebrook Games, the studio behind “Ashfall Reach,” said" (n113_readings.go)
	}
	if !f.ok || c1NoSource(text, f) {
		return found{}, 0, false // c1NoSource: "Another day's travel found …" (c1_source.go)
	}
	if timeEnd > 0 && f.pronoun == "" && k >= 0 && f.subj.End == toks[k].e && (timeKept(toks[k]) || relativeInside(text[f.subj.Start:f.subj.End]) || n109DatedThing(text, toks, sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start }), k)) {
		// the relative clause's own time too: "A man who fled the city in 1938 said"
		f.subj.End = timeEnd
	}
	f = n111TimeInMention(text, toks, c, f) // "Workers leaving the plant’s last shift on Friday said" (n111_readings.go)
	if w := text[f.subj.Start:f.subj.End]; len(w) <= 9 && f.pronoun == "" && (classOf2(lexOfWord(w))&isNobody != 0 || strings.HasSuffix(w, "ing") && !strings.Contains(w, " ") && !n105IngName(text, w, f.subj.Start)) {
		return found{}, 0, false // "Nobody knows", "Having said that, …": no source
	}

	if f.subj.Start >= toks[c].s {
		return found{}, 0, false
	}
	if at := nameNounAt(text, toks, c, senses); at >= 0 && !aux {
		// "carries a Harbour Gazette report that …": the noun of a
		// phrase whose name is its source, as PolNeAR marks it ("a
		// Harbour Gazette"), not a verb whose subject runs back over
		// the clause.
		f = found{subj: doc.Span{Start: toks[at].s, End: toks[c-1].e}, name: text[toks[at+1].s:toks[c-1].e], ok: true, whole: true}
	} else if !aux && !ing && !onlyClass(senses, 'a') && !agrees(text, f, senses) && !exampleOf(text, toks, f) {
		return found{}, 0, false // "the emissions reduction target": a noun after a singular
	}
	if c+1 < len(toks) && toks[c+1].low == "at" && strings.HasPrefix(toks[c].low, "hint") && !canSpeak(text, toks, f) {
		return found{}, 0, false // "The clouds hint at what is coming": a thing hints, no one speaks
	}
	if frame != "" && !frameReport(text, toks, frame, f, from) {
		return found{}, 0, false
	}
	if nonReport(text, toks, c, senses, f, from) || f3Gate(toks[c].low, text, from) && f3NonReport(text, toks, c, &f, from) {
		return found{}, 0, false // f3NonReport: "The app supports …", "They charge way more" (f3_object.go)
	}
	f = n113WithoutOccasion(text, toks, k, f) // "The commissioner, Dr. Ann Lee, in a statement, urged" (n113_readings.go)
	f.cue = doc.Span{Start: toks[c].s, End: cueEnd}
	return f, from, true
}

// cueContent finds where the content of the verb toks[c] starts, after
// its particle and adverbs, trying a sense with a particle first
// ("complained about" before "complained"), and where the cue ends:
// past the particle of the last sense whose particle is there. ok is
// false where no sense has a content. It reads only the words after
// the verb, so readCue asks it before the costlier subject: most verbs
// it is asked of have no content and no attribution.
func cueContent(text string, toks []tok, c int, senses []verbSense, limit int) (from, cueEnd int, ok bool) {
	cueEnd = toks[c].e
	if n102MayDeed(toks[c].low) && n102DeedObject(toks, c) {
		return 0, 0, false // "answered a handwritten ad", "argued the case before the court" (n102_readings.go)
	}
	if !particlesFirst(senses) {
		// The array is zeroed where it is declared: here, for the few
		// verbs whose senses need reordering, not at every call.
		var sorted [8]verbSense
		senses = particleFirst(senses, sorted[:0])
	}
	for i := range senses {
		s := &senses[i] // not copied: most cues have two or three senses
		j := c + 1
		if s.particle != "" {
			first := s.first
			// "spoke emotionally of": an adverb before the particle.
			if j+1 < len(toks) && toks[j].word && strings.HasSuffix(toks[j].low, "ly") && toks[j].adverbish() && toks[j+1].low == first {
				j++
			} else if j < len(toks) && toks[j].low != first && toks[j].is(isTimeWord|isFunction) {
				// "called Friday for …", "called on Tuesday for …" (a4_particle.go)
				if k := timeBeforeParticle(toks, j, first); k > 0 {
					j = k
				}
			}
			if k := r2TopicParticle(text, toks, j, first); k > 0 {
				j = k // "spoke at length about", "talked with workers about" (r2_topic.go)
			}
			// The first word, then those after it (particleRest).
			if j >= len(toks) || toks[j].low != first {
				continue
			}
			var matched bool
			if j, _, matched = particleRest(toks, j+1, s.particle[len(first):], false); !matched {
				continue
			}
			cueEnd = toks[j-1].e
		}
		if s.particle == "" && toks[c].is(isResponseVerb) && responseGerund(toks, c) { // its first test, inlined
			if toks[c+1].s >= limit {
				return 0, 0, false
			}
			return toks[c+1].s, cueEnd, true
		}
		if n58LearnTo(toks, c, j) {
			return 0, 0, false // "learned to read" (n58_learn.go)
		}

		if from, ok := contentStart(text, toks, j, s.class, limit); ok {
			return from, cueEnd, true
		}
	}
	return n22Content(text, toks, c, senses, limit) // n22_object.go: n14Content ("weighed in Friday about", "talked about all the …"), then "isn't saying much about"
}

// particleRest reads the words of a particle after its first (rest, as
// readReporting keeps it: the words joined by single spaces, after a
// space or empty) from toks[j] on, and returns the index after the last
// word read. With timeInside a time phrase may stand before each word
// ("weighed in Friday about", timeBeforeParticle), and timed says one
// did. Each word is cut from rest as strings.Fields would split it,
// without its iterator: most particles have one word, and no string is
// cut for them.
func particleRest(toks []tok, j int, rest string, timeInside bool) (next int, timed, ok bool) {
	rest = strings.TrimPrefix(rest, " ")
	for more := rest != ""; more; {
		var w string
		w, rest, more = strings.Cut(rest, " ")
		if timeInside && j < len(toks) && toks[j].low != w {
			if k := timeBeforeParticle(toks, j, w); k > 0 {
				j, timed = k, true
			}
		}
		if j >= len(toks) || toks[j].low != w {
			return j, timed, false
		}
		j++
	}
	return j, timed, true
}

// particlesFirst reports whether no sense without a particle comes
// before one with it: particleFirst would return senses as they are.
func particlesFirst(senses []verbSense) bool {
	plain := false
	for i := range senses {
		if senses[i].particle == "" {
			plain = true
		} else if plain {
			return false
		}
	}
	return true
}

// responseVerbs answer what was said before; "by" and a gerund of
// saying or showing after them are the answer, as PolNeAR marks it
// ("responded by using the ferry as an example"). With "with" and a noun ("responded
// with a letter") it was tried and dropped: half B found one more that
// PolNeAR does not mark.
var responseVerbs = map[string]bool{"respond": true, "responds": true, "responded": true, "responding": true, "reply": true, "replies": true, "replied": true, "replying": true, "retort": true, "retorts": true, "retorted": true, "answer": true, "answers": true, "answered": true, "counter": true, "counters": true, "countered": true}

// responseGerunds are gerunds of saying or showing after "responded
// by": the answer is a thing said or shown ("responded by citing the
// report"), not an act ("the immune system responded by producing
// antibodies").
var responseGerunds = map[string]bool{"citing": true, "using": true, "pointing": true, "issuing": true, "releasing": true, "calling": true, "quoting": true, "referring": true, "invoking": true, "highlighting": true, "showing": true, "sharing": true, "posting": true, "tweeting": true, "publishing": true, "mentioning": true, "repeating": true, "listing": true, "dismissing": true, "mocking": true, "attacking": true, "questioning": true, "challenging": true, "accusing": true, "blaming": true, "labeling": true, "labelling": true, "describing": true, "comparing": true, "defending": true, "writing": true}

// responseGerund reports whether the verb of response at toks[c] is
// followed by "by" and a gerund of responseGerunds that is no verb of
// reporting (that one is read on its own: "responded by saying that
// …"). The content is "by" and what follows, as PolNeAR marks it.
func responseGerund(toks []tok, c int) bool {
	if !toks[c].is(isResponseVerb) || c+2 >= len(toks) || toks[c+1].low != "by" || !toks[c+2].word {
		return false
	}
	g := toks[c+2].low
	return responseGerunds[g] && len(reportingSenses(g)) == 0 && !cues[g]
}

// relativeThat reports whether toks[k] is a relative "that" that is
// the subject of the verb after it: a noun right before it ("towns that
// support the levy", "states that may not want to pay"), not a verb of
// reporting whose complement it opens ("said that"), nor a function
// word ("so that", "now that") or a noun of stance or speech whose
// content clause it may open ("the claim that …").
func relativeThat(text string, toks []tok, k int) bool {
	if k < 1 || toks[k].low != "that" || !toks[k-1].word {
		return false
	}
	p := &toks[k-1]
	w := p.low
	if p.is(isFunction|isAuxiliary) || adverbish(w) || p.is(isTimeWord|isSubjectPronoun|isObjectPronoun) || p.is(isReporting) && !p.is(isNounForm) || p.is(isStance) && stanceNouns[w] || p.is(isCue) {
		return false
	}
	// A verb before it makes "that" a determiner: "made that claim",
	// "rejected that plan".
	return !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "ed") && !p.is2(isPastVerb)
}

// channelNouns are where news says a thing is said: "on his blog", "on
// a conference call", "on the air". After "on" they are the medium of
// the saying, not its topic.
var channelNouns = map[string]bool{"blog": true, "website": true, "site": true, "show": true, "program": true, "programme": true, "podcast": true, "radio": true, "television": true, "tv": true, "air": true, "page": true, "account": true, "feed": true, "call": true, "broadcast": true, "stage": true, "floor": true, "camera": true, "record": true, "phone": true, "telephone": true, "line": true, "livestream": true, "video": true, "media": true, "platform": true, "app": true, "forum": true, "newsletter": true}

// channelThat reads "on" at toks[j] as the medium of a saying: "wrote
// on Twitter that …", "said on his blog that …", "said on a conference
// call that …", "wrote on social media on Sunday evening that …". The
// medium is a name of up to three capitalised words or a determiner's
// phrase that ends in a noun of channelNouns, maybe with a time after
// it; without this, "on" read as "about" made "Twitter that …" the
// content. It returns where a "that" after it starts, or 0; channel
// reports a medium of channelNouns, with or without "that" (a name
// may be a topic: "spoke on Iraq").
func channelThat(text string, toks []tok, j, limit int) (at int, channel bool) {
	i := j + 1
	if i < len(toks) && toks[i].word && capital(toks[i].str(text)) && !toks[i].is(isTimeWord) {
		for n := 0; n < 3 && i < len(toks) && toks[i].word && capital(toks[i].str(text)); n++ {
			i++
		}
		// A time after a medium named: "posted on X on Saturday
		// evening that …".
		if i+2 < len(toks) && toks[i].low == "on" && toks[i+1].is(isTimeWord) {
			i += 2
			if toks[i].is2(isPartOfDay) {
				i++
			}
		}
	} else {
		if i < len(toks) && toks[i].word && (toks[i].is(isDet) || toks[i].is2(isPossessive) || toks[i].low == "his" || toks[i].low == "her" || toks[i].low == "their") {
			i++
		}
		for n := 0; n < 2 && i+1 < len(toks) && toks[i].word && !channelNouns[toks[i].low] && !toks[i].is(isFunction); n++ {
			i++ // "a conference call", "its official account"
		}
		if i >= len(toks) || !channelNouns[toks[i].low] {
			return 0, false
		}
		i++
		channel = true
		// A phrase of time after the medium, words only: "on social
		// media on Sunday evening that", "during the debate that".
		for k := i; k < len(toks) && k < i+8 && toks[k].word && toks[k].s < limit; k++ {
			if toks[k].low == "that" {
				i = k
				break
			}
			if toks[k].is(isCue | isAuxiliary | isFinite | isSubjectPronoun) {
				break
			}
		}
	}
	if i+1 < len(toks) && toks[i].low == "that" && toks[i].s < limit && wordOrMark(text, toks, i+1) {
		return toks[i].s, channel
	}
	return 0, channel
}

// gapClauseAt reports whether "that" at toks[i], after a noun, opens
// a relative clause on it rather than a reported clause: a verb comes
// right after it, as the clause's subject is the gap ("a storm that
// could hit", "a pier that burned", "a plan that includes a new pier"),
// or a subject and then a clause whose object is the gap ("a pier that
// he built"). A clause with its own subject ("that most riders
// wanted …", "that prices rose") is reported.
func gapClauseAt(text string, toks []tok, i int) bool {
	if i+1 >= len(toks) || !toks[i+1].word {
		return false
	}
	n := toks[i+1]
	if capital(n.str(text)) {
		return false
	}
	if n.is(isAuxiliary) || n.is(isFinite) || n.is2(isPastVerb) || len(n.low) > 4 && strings.HasSuffix(n.low, "ed") {
		return true
	}
	if !n.is(isFunction) && !n.is(isDet|isPronoun|isQuantifier) && i+2 < len(toks) && toks[i+2].word && (toks[i+2].is(isDet|isObjectPronoun) || possessivePronouns[toks[i+2].low]) {
		return true // "a plan that includes the pier": a verb and its object
	}
	// objectGapClause reads a clause with no subject it knows ("it",
	// "prices") as a gap too: only a subject read makes the test.
	f, _ := subjectAt(text, toks, i+1, len(toks))
	return f.ok && objectGapClause(text, toks, i+1)
}

// pastVerbs are common irregular past forms, which before "that" make
// it a determiner rather than a relative pronoun.
var pastVerbs = map[string]bool{"made": true, "gave": true, "took": true, "got": true, "saw": true, "kept": true, "left": true, "put": true, "set": true, "sent": true, "brought": true, "bought": true, "held": true, "won": true, "lost": true, "paid": true, "read": true, "ran": true, "met": true, "chose": true, "drew": true, "hit": true, "cut": true, "let": true, "sold": true, "told": true, "heard": true, "knew": true, "meant": true, "felt": true, "thought": true, "found": true, "became": true, "began": true, "came": true, "went": true, "wrote": true, "broke": true, "spent": true}

// phraseAt reads a noun phrase that fills toks[from:to] as a subject:
// it opens with a determiner, a name or a capitalised word, and holds no
// verb or punctuation but a possessive's and a hyphen ("A new ad from
// Donald Trump’s presidential campaign"), in at most sixteen tokens ("A
// preliminary statement from the observer mission of the Continental
// Council for Democratic Governance" is thirteen).
func phraseAt(text string, toks []tok, from, to int) (doc.Span, bool) {
	if to-from < 1 || to-from > 16 || !toks[from].word {
		return doc.Span{}, false
	}
	ft := &toks[from] // its lexicon entry answers the list tests below
	w := ft.low
	if to-from == 1 {
		// One word: a plural noun ("companies seek"); names are read
		// by beforeCue.
		if capital(toks[from].str(text)) || ft.is(isFunction) || len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "’s") || ft.is(isAuxiliary) || ft.is(isReporting) {
			return doc.Span{}, false
		}
		return doc.Span{Start: toks[from].s, End: toks[from].e}, true
	}
	plural := !capital(toks[from].str(text)) && !ft.is(isFunction) && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !ft.is(isReporting)
	// opening: toks[from] opens the sentence, where a capital says nothing.
	opening := slices.IndexFunc(toks, func(t tok) bool { return t.word }) == from
	if last := &toks[to-1]; !plural && to-from <= 3 && last.word && last.pluralNoun() && !last.is(isReporting) && (!capital(toks[from].str(text)) || opening && to-from == 2 && strings.HasSuffix(w, "ing")) && !ft.is(isFunction) && !ft.is(isQuantifier) && !ft.is(isAuxiliary) && (!ft.is(isReporting) || to-from == 2 && allBase(ft.senses())) && !adverbish(w) && (!strings.HasSuffix(w, "ing") || to-from == 2) && !strings.HasSuffix(w, "ed") {
		// A modifier before a plural noun: "state regulators",
		// "federal prosecutors". A base form of the lexicon is a
		// modifier too right before a plural noun and the cue ("state
		// officials said"): as a verb it would leave the cue no subject;
		// so is a word in -ing ("Leading economists say",
		// "restructuring experts say"), which as a gerund with its
		// object would take a singular verb.
		plural = true
	}
	if !(ft.is(isDet) || plural || capital(toks[from].str(text)) && !ft.is(isFunction) && !strings.HasSuffix(w, "ing")) || ft.is(isPronoun) {
		return doc.Span{}, false
	}
	for j := from; j < to; j++ {
		t := &toks[j]
		if !t.word {
			if s := t.str(text); s == "," && j > from && j+1 < to && capital(toks[j+1].str(text)) && listGoesOn(text, toks[j+1:to]) {
				continue // a list of sources: "the United States, Britain and France"
			} else if s != "-" && s != "’" && s != "'" && s != "." && s != "&" {
				return doc.Span{}, false
			}
			continue
		}
		coordinated := j > from && (toks[j-1].low == "and" || toks[j-1].low == "or") && j+1 < to && toks[j+1].word && !capital(toks[j+1].str(text)) // "Federal and state officials"
		// A base form after a singular word cannot be its verb: "The New
		// York state attorney general".
		coordinated = coordinated || j > from && j+1 < to && toks[j-1].word && !strings.HasSuffix(toks[j-1].low, "s") && !toks[j-1].is(isSubjectPronoun) && toks[j-1].low != "you" && allBase(t.senses())
		if t.is(isReporting) && j > from && !capital(t.str(text)) && !coordinated && !nounBefore(text, &toks[j-1]) && !n1OfNoun(toks, j) && !(toks[j-1].word && !capital(toks[j-1].str(text)) && !toks[j-1].is(isFunction) && !strings.HasSuffix(toks[j-1].low, "s")) && !n105RoleBeforeComma(text, toks, j, to) {
			return doc.Span{}, false // a verb, unless a determiner or an adjective makes it a noun: "A new report from …"
		}
		if t.is(isAuxiliary) || t.is(isFinite) || t.is(isFunction) && !t.is(isDet) && !t.is(isPhraseLink) && !(t.low == "to" && j > from && relationalTo[toks[j-1].low]) && !(t.low == "that" && j > from && j+1 < to && toks[j-1].low == "of" && toks[j+1].word) && !n105MarchNoun(text, toks, j) {
			return doc.Span{}, false // not "to" after a noun of service: "aides to the governor" (relationalTo); not "that" after "of", a determiner: "The authors of that study"
		}
		if j > from && !capital(t.str(text)) && pastInEd(t.low) {
			return doc.Span{}, false // a verb: "Members of the caucus held a press …", "… in Marlow sued the firm"
		}
	}
	if last := &toks[to-1]; last.low != "one" && (last.is(isFunction) && !n105MarchNoun(text, toks, to-1) || last.is(isPhraseLink) || last.is(isDet) && !(to-from >= 3 && toks[to-2].low == "of" && numberTok(last))) {
		// A noun phrase ends with its noun (or "one", a pronoun:
		// "some one"), never with "of", "and" or an article: "with a
		// sort of appealing air" has no subject "a sort of" for
		// "appealing". A number after "of" is one: "A father of two".
		return doc.Span{}, false
	}
	return doc.Span{Start: toks[from].s, End: toks[to-1].e}, true
}

// wordOrMark reports whether toks[k] is a word, or an opening mark right
// before one: a reported clause may open with words in marks ("said
// that “the pier is old” and …", "told them to “go home”"), the mixed
// quotation PolNeAR annotates as the whole clause, or with an amount
// whose currency sign is no word ("said that $180 million had been set
// aside": currencyAmount).
func wordOrMark(text string, toks []tok, k int) bool {
	if toks[k].word {
		return true
	}
	return k+1 < len(toks) && toks[k+1].word && toks[k+1].s == toks[k].e && (marksIn(toks[k].str(text))&(mLeftDouble|mLeftSingle|mDouble) != 0 || currencyAmount(text, toks, k))
}

// contentStart finds where the content of a verb of class cl starts,
// looking from toks[j].
func contentStart(text string, toks []tok, j int, cl byte, limit int) (int, bool) {
	if j+2 < len(toks) && toks[j].low == "on" {
		if e := n105DateEnd(text, toks, j+1); e > j+1 && e < len(toks) {
			j = e // "said on Oct. 30 that …", "said on March 3 the …"
		}
	} else if j+3 < len(toks) && n105Ago(toks, j) {
		j += 3 // "said two weeks ago that …"
	} else if j+2 < len(toks) && toks[j].low == "at" {
		j = n111ClockEnd(text, toks, j) // "announced at 04:07 that …" (n111_readings.go)
	}
	if (cl == 's' || cl == 'k' || cl == 'c' || cl == 'v') && n105PossessiveDate(text, toks, j) && toks[j].s < limit && bareClause(text, toks, j+1) {
		return toks[j].s, true // "said next Monday's sale would go ahead": the day's possessive opens the clause
	}
	j0, plain := j, false // plain: an adverb that is not a time word was skipped
	for n := 0; n < 3 && j < len(toks) && toks[j].word && (toks[j].adverbish() || timeLead(toks[j].low) && j+1 < len(toks) && (toks[j+1].is(isTimeWord) || toks[j+1].is2(isPartOfDay))); n++ {
		if timeLead(toks[j].low) {
			j++ // "said on Monday that", "said this week that", "said late Tuesday that"
		}
		plain = plain || !toks[j].is(isTimeWord)
		j++
		if j < len(toks) && toks[j].is2(isPartOfDay) && toks[j-1].is(isTimeWord) {
			j++ // "said Tuesday night she would …"
		}
	}
	if plain && j < len(toks) && toks[j].low != "that" && !toks[j].is(isWhWord) && toks[j].str(text) != ":" {
		j = j0 // "says too much was spent on it": the adverb is the content's
	}
	if j >= len(toks) || toks[j].s >= limit {
		return 0, false
	}
	t := &toks[j] // read where it lies: a tok is 40 bytes
	next := j+1 < len(toks) && wordOrMark(text, toks, j+1) && toks[j+1].s < limit
	w := t.low
	switch {
	case !t.word:
		if k, ok := n1MarkedClause(text, toks, j, cl, limit); ok {
			return k, true // `said "budget reforms" would help` (n1_marked.go)
		}
		if t.str(text) == ":" && next {
			return toks[j+1].s, true
		}
		if j > 0 && toks[j-1].low == "at" && currencyAmount(text, toks, j) && toks[j+1].s < limit {
			return t.s, true // "put the cost at $1 trillion" (a4_estimate.go)
		}
		if (cl == 's' || cl == 'k' || cl == 'c' || cl == 'v') && n105AmountClause(text, toks, j, limit) {
			return t.s, true // "said $180 million had been set aside"
		}
		if t.str(text) == "," {
			// A parenthetical, then "that": "cautioned, as did the
			// campaign, that …".
			for i := j + 2; i+1 < len(toks) && i < j+14 && toks[i].s < limit; i++ {
				if toks[i].str(text) == "," {
					if toks[i+1].low == "that" && i+2 < len(toks) && toks[i+2].word {
						return toks[i+1].s, true
					}
					break
				}
			}
		}
		return 0, false
	case cl == 'e' && decidedAgainst(toks, j) && next:
		return t.s, true // "decided against recommending charges": the gerund may be a verb of speech (a4_agree.go)
	case w == "that" && demonstrative(text, toks, j) && cl == 'e' && j+1 < len(toks) && evaluatedThat(toks[j+1].low):
		return t.s, true // "rejected that argument": a verb of evaluation judges the thing pointed at (a4_that.go)
	case w == "that" && (demonstrative(text, toks, j) || n106ThatThenWhen(text, toks, j)):
		return 0, false // "repeated that phrase on Friday": words said before, not new content; "said that as he rolled up a sleeping bag" (n106_readings.go)
	case w == "that" && (next || j+2 < len(toks) && toks[j+1].str(text) == "," && wordOrMark(text, toks, j+2)):
		return t.s, true // "said that, if elected, he would …"
	case t.is(isWhWord) && next:
		return t.s, true
	case w == "to" && next && (cl == 'i' || cl == 'r' || cl == 'c' || cl == 'a' || cl == 'x'):
		return t.s, true
	case w == "not" && j+2 < len(toks) && toks[j+1].low == "to" && toks[j+2].word && (cl == 'i' || cl == 'r' || cl == 'c' || cl == 'a' || cl == 'x'):
		return t.s, true // "decided not to recommend charges"
	}
	if cl == 'o' && addresseeless(text, toks, j) {
		return t.s, true // "warned the ferry was late", "warned no decision had been made"
	}
	// "said as much", "indicated as much": the words stand for a
	// proposition said before, and PolNeAR marks them as the content;
	// not "as much as …", a comparison.
	if w == "as" && j+1 < len(toks) && toks[j+1].low == "much" && (j+2 >= len(toks) || toks[j+2].low != "as") && (cl == 's' || cl == 'k' || cl == 'c' || cl == 'v') {
		return t.s, true
	}
	if (cl == 's' || cl == 'k' || cl == 'c' || cl == 'v' || cl == 'a' || cl == 'x') && !(t.is(isPrep) && !t.is(isFunction) && !t.is(isAboutWord)) && bareClause(text, toks, j) {
		return t.s, true
	}
	if proForm(text, toks, j, cl) || answerWord(text, toks, j, cl) {
		return t.s, true
	}
	if cl != 'k' && cl != 'a' && cl != 'x' && cl != 't' && anyObject(toks, j) {
		return t.s, true // "denied any role in …" (a2_object.go)
	}
	if cl == 'o' && w == "of" && next && toks[j+1].word && verbStemBefore(toks, j, warnStems) {
		return toks[j+1].s, true // "warned of higher fares", as "warned against …" below (a2_object.go)
	}
	// "at least" or "at most" that bounds a share of a group, the
	// object or a clause's subject: "said at least half of the
	// riders want change". The words are the content's. A bound on
	// anything else ("said at least twice that …", "at least four
	// times that …") is an adjunct, read on below as a phrase.
	if w == "at" && (cl == 's' || cl == 'k' || cl == 'c' || cl == 'v') && boundedShare(text, toks, j, limit) {
		return t.s, true
	}
	if w == "to" && next {
		if k, ok := n48SaidTo(text, toks, j, cl, limit); ok {
			return k, true // "said to reporters that …" (n48_heard.go)
		}
	}
	// A prepositional phrase, then "that": "said in an interview that".
	if ((t.is(isFunction) || t.is(isPrep)) && !t.is(isDet) && !t.is(isObjectPronoun) && w != "to" || t.is(isAboutWord)) && !(cl == 'o' && (n101ThisNoun(text, toks, j) || n104OwnPossessive(w))) {
		if cl == 'a' && (t.is(isAboutWord) || w == "of" || w == "with") && next {
			return toks[j+1].s, true // "critical of the plan", "worried about costs"; "of" is no preposition of place or time, so this comes first
		}
		if !t.is(isPrep) && !t.is(isAboutWord) {
			return 0, false
		}
		if w == "on" && next {
			if k, channel := channelThat(text, toks, j, limit); k > 0 {
				return k, true
			} else if channel {
				return 0, false // "wrote on social media on Sunday:": a medium, no topic
			}
		}
		if t.is(isAboutWord) && next && (cl == 's' || cl == 'c' || cl == 'e') && !(w == "on" && j+1 < len(toks) && toks[j+1].is(isTimeWord)) {
			return toks[j+1].s, true
		}
		for i := j + 1; i < len(toks) && i < j+14 && toks[i].s < limit; i++ {
			if !toks[i].word {
				// A place with its state or country: "at a stop in
				// Toledo, Ohio, that …".
				if toks[i].str(text) == "," && i+1 < len(toks) && (capital(toks[i+1].str(text)) && capital(toks[i-1].str(text)) || toks[i+1].low == "that") {
					continue
				}
				if toks[i].str(text) == "." && toks[i].s == toks[i-1].e && i+1 < len(toks) && toks[i+1].str(text) == "," {
					continue // "Ashton, Md., that"
				}
				if n105DateEnd(text, toks, i-1) > i {
					continue // a month's short form: "in a letter dated Oct. 30 that"
				}
				if q := n42Aside(text, toks, i); q > 0 && i > j+1 && q+2 < len(toks) && toks[q+1].low == "that" && toks[q+2].word && !toks[i+1].is(isWhWord) {
					return toks[q+1].s, true // a noun's appositive: "in a letter to the county paper, the Sentinel-Ledger, that …"
				}
				break
			}
			if toks[i].is(isAuxiliary) && !toks[i].is(isCue) && toks[i].low != "not" || i > j+1 && i+1 < len(toks) && toks[i].is(isCue) && !capital(toks[i].str(text)) && !toks[i-1].is(isDet) && (strings.HasSuffix(toks[i].low, "ed") || tellForms[toks[i].low] || toks[i].low == "said") && !toks[i+1].is(isPrep) && toks[i+1].low != "by" {
				break // a verb of its own ends the phrase: "gifts gathered from a single firm were legal but cautioned that …" is no "gathered … that", "A man charged with arson told a jury that …" no "charged … that"; a participle with its phrase stays: "in a statement posted on its website that"
			}
			if toks[i].low == "that" && i+1 < len(toks) && (wordOrMark(text, toks, i+1) || toks[i+1].str(text) == "," && i+2 < len(toks) && wordOrMark(text, toks, i+2)) && !demonstrative(text, toks, i) {
				return toks[i].s, true // "said in a statement that, “…”"; not "wrote for riders in that position"
			}
			// A clause without "that" after the phrase's noun: "said
			// in a statement the pier would close", "said after the
			// meeting she would run". Its subject opens with a
			// determiner or is a pronoun, after a noun that ends the
			// phrase, and only a verb of saying or thinking takes it.
			if i > j+1 && (cl == 's' || cl == 'k' || cl == 'c' || cl == 'v') && phraseNounEnd(text, toks[i-1]) && ((toks[i].is(isDet) && toks[i].low != "that" || toks[i].is2(isPossessive)) && bareClause(text, toks, i) || (toks[i].is(isSubjectPronoun) || toks[i].low == "it") && i+1 < len(toks) && toks[i+1].word && (toks[i+1].is(isAuxiliary) || toks[i+1].is(isFinite))) && !objectGapClause(text, toks, i) {
				return toks[i].s, true
			}
			// A question or an infinitive after the phrase: "shows in
			// detail how …", "decided after a long inquiry not to …".
			if i > j+1 && i+1 < len(toks) && toks[i+1].word && (toks[i].is(isWhWord) && toks[i].low != "which" && toks[i].low != "who" && toks[i].low != "when" && toks[i].low != "where" || toks[i].low == "not" && toks[i+1].low == "to" && (cl == 'i' || cl == 'r' || cl == 'x' || cl == 'c')) {
				return toks[i].s, true
			}
		}
		return 0, false
	}
	switch cl {
	case 'o':
		if (t.is(isAboutWord) || w == "of" || w == "against") && next {
			return toks[j+1].s, true // "warned against hackers", "told of a plan"
		}
		// The addressee, then the content: "told reporters that …",
		// "told CNN he would …", "reminded them to …".
		e := j + 1
		if !t.is(isObjectPronoun) {
			if _, x := subjectAt(text, toks, j, len(toks)); x > j {
				e = x
			} else if n, ok := nameAt(text, toks, j); ok {
				e = n.to
			} else if n101ThisNoun(text, toks, j) {
				e = j + 2 // "told this newspaper that …"
			} else if j+1 < len(toks) && strings.HasSuffix(toks[j].low, "ing") && !toks[j].is(isCue) && toks[j+1].word && toks[j+1].pluralNoun() {
				e = j + 2 // "told cheering supporters outside her headquarters that …"
			}
			if e > j && (strings.HasSuffix(toks[e-1].low, "’s") || strings.HasSuffix(toks[e-1].low, "'s")) {
				// "told NBC’s Today Show that": the name after the
				// possessive is the addressee too.
				for e < len(toks) && e < j+8 && toks[e].word && capital(toks[e].str(text)) {
					e++
				}
			}
		}
		if w == "her" {
			e = max(e, herAddresseeEnd(text, toks, j)) // "told her staff that"
		} else if n104OwnPossessive(w) {
			e = max(e, n104OwnAddresseeEnd(text, toks, j)) // "told our correspondent that"
		}
		e = n107AddresseeEnd(toks, j, e)         // "told a packed rally here that" (n107_readings.go)
		e = n42AddresseeAside(text, toks, j, e)  // "told Ann Lee, the port chief, that" (n42_aside.go)
		e = n111CompoundAddressee(text, toks, e) // "told aid workers that" (n111_readings.go)
		e = n52AddresseeList(text, toks, j, e)   // "told Ann Lee, Ed Moss and the board that" (n52_inverted.go)
		if k := n116AfterNamedAddressee(text, toks, j, e); k > 0 {
			return toks[k].s, true // "tells The Bulletin most of his regulars signed …", "told The Bulletin crews spent …" (n116_readings.go)
		}
		for n := 0; n < 3 && e < len(toks) && toks[e].word && toks[e].adverbish(); n++ {
			e++
		}
		if e >= len(toks) || toks[e].s >= limit {
			return 0, false
		}
		if x := toks[e].low; (x == "that" || toks[e].is(isWhWord) || x == "to") && e+1 < len(toks) && wordOrMark(text, toks, e+1) {
			return toks[e].s, true
		}
		// A longer addressee, or one with a day or an occasion after
		// it: "warned state election officials to …", "told reporters
		// on Friday that …", "told reporters after the meeting that …", "told a crowd of supporters in Ohio that …", "told
		// the Gazette in an interview published Monday that …". Marks
		// are passed over, for a title in the addressee that no
		// quotation reader took; a participle after a noun is a
		// reduced relative in it.
		// reach: how far past j the "that" may be; a phrase of occasion
		// with a place in it runs longer ("told reporters on the
		// sidelines of a community event in Changkat Lumba on Thursday
		// that …") than a phrase of "of" may before its own clause.
		longer := func(reach int) (int, bool) {
			for i := e; i < len(toks) && i < j+reach && toks[i].s < limit; i++ {
				x := toks[i].low
				if !toks[i].word {
					if marksIn(toks[i].str(text))&(mLeftDouble|mRightDouble|mDouble|mRightSingle|mApos) != 0 {
						continue
					}
					if at := n104ThatAfterAside(text, toks, i, limit); at > 0 {
						return at, true // "told analysts last month, before the report was released, that …"
					}
					if n105DateEnd(text, toks, i-1) > i {
						continue // "told the board on Oct. 30 that …"
					}
					break
				}
				if (x == "that" || x == "to" && i+1 < len(toks) && !toks[i+1].is(isDet) && !capital(toks[i+1].str(text))) && i+1 < len(toks) && wordOrMark(text, toks, i+1) {
					return toks[i].s, true
				}
				if n103ClauseAfterPhrase(text, toks, e, i) {
					return toks[i].s, true // "told council in November the service needed …" (n103_readings.go)
				}
				reduced := (i > e || e > j) && len(x) > 4 && strings.HasSuffix(x, "ed") && toks[i-1].word && !toks[i-1].is(isFunction|isAuxiliary|isPronoun) && !capital(toks[i].str(text))
				// A noun of speech in a phrase of occasion, after "on",
				// "in", "at", "during" or "after" and a determiner, or
				// a determiner and a noun: "on a conference call that",
				// "in a statement that": no verb ("of his plans to"
				// is the content's, not an occasion).
				d := i - 1
				if d > e && toks[d].word && !toks[d].is(isDet|isFunction|isAuxiliary|isPronoun) {
					d-- // "a conference call": the noun before
				}
				noun := d > e && toks[d].word && toks[d].is(isDet) && occasionPreps[toks[d-1].low] || d >= e && d < i && toks[d].is(isPrep) || possessivePronouns[toks[i-1].low] && i >= 2 && toks[i-2].low != "of" || n110CallNoun(toks, i) // or right after a preposition or a possessive: "via video link that", "outside her campaign headquarters that"; not "of his plans to", the content
				if toks[i].is(isAuxiliary|isSubjectPronoun) || toks[i].is(isReporting) && !capital(toks[i].str(text)) && !reduced && !noun || toks[i].is(isWhWord) || toks[i].is(isFunction) && !toks[i].is(isDet|isTimeWord) && !n103Month(&toks[i]) && x != "on" && x != "of" && x != "at" && x != "in" && x != "after" && x != "during" && x != "before" && x != "outside" && x != "by" && x != "via" && x != "over" && !(possessivePronouns[x] && i > e && toks[i-1].is(isPrep)) && !(x == "to" && i+1 < len(toks) && toks[i+1].is(isDet)) {
					break // not "to" before a determiner, a place in the phrase: "during a visit to the area on Sunday that"
				}
			}
			return 0, false
		}
		if x := toks[e].low; x == "about" || x == "of" || x == "against" {
			if x == "of" {
				reach := 12
				if n104Audiences[toks[e-1].low] {
					reach = 18 // "told a crowd of several thousand outside the city hall on Saturday night that …"
				}
				if at, ok := longer(reach); ok {
					// A "that" which opens a relative clause on the
					// noun after "of" leaves the phrase to be the
					// content: "warned residents of a storm that could
					// hit", "told the story of a pier that burned".
					i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= at })
					if toks[i].low == "that" && gapClauseAt(text, toks, i) {
						return toks[e+1].s, e+1 < len(toks) && toks[e+1].word
					}
					return at, true // "told a crowd of supporters … that …": the phrase is the addressee's
				}
			}
			if e+1 < len(toks) && (toks[e+1].word || n106MarkAfterParticle(text, toks, e+1, limit)) {
				return toks[e+1].s, true // "accused the board of “empire-building …”" (n106_readings.go)
			}
		}
		if placePreps[toks[e].low] || toks[e].is(isPrep) && e > j {
			if at, ok := longer(18); ok {
				return at, true // "told reporters outside parliament that …", "told reporters over the phone that …": no clause opens with the preposition
			}
		}
		if e > j && len(toks[e].low) > 4 && strings.HasSuffix(toks[e].low, "ed") && !capital(toks[e].str(text)) {
			if at, ok := longer(18); ok {
				return at, true // "told reporters gathered outside that …": a participle after the addressee is its reduced relative
			}
		}
		if bareClause(text, toks, e) {
			return toks[e].s, true
		}
		return longer(18)
	}
	// An object: it runs from here, unless it says how much rather
	// than what ("said a lot", "said nothing").
	if cl == 'k' || cl == 'a' || cl == 'x' || cl == 't' || t.is(isNoContent) && !(cl != 'c' && reflexiveAs(toks, j) && verbStemBefore(toks, j, depictionStems)) || j+1 < len(toks) && toks[j+1].is(isQuantity) {
		return 0, false
	}
	if (w == "very" || w == "too") && next && toks[j+1].is(isNoContent) && (j+2 >= len(toks) || !toks[j+2].word) {
		return 0, false // "could not say very much, because …": how much, not what ("says too much was spent on it" goes on)
	}
	if t.is(isObjectPronoun) || t.is(isDet) || capital(t.str(text)) || !t.is(isFunction) && !t.is(isAuxiliary) && !t.is(isReporting) {
		return t.s, true
	}
	if cl != 'c' && reflexiveAs(toks, j) && verbStemBefore(toks, j, depictionStems) {
		return t.s, true // "portrayed himself as …" (a2_object.go)
	}
	// A bare plural noun of stance with its complement: "announced
	// plans to close the pier", "denied claims that …". The plural is
	// also a verb's form, so only "to" or "that" after it makes it a
	// noun here.
	if strings.HasSuffix(w, "s") && stanceNouns[strings.TrimSuffix(w, "s")] && next && (toks[j+1].low == "to" || toks[j+1].low == "that" && !demonstrative(text, toks, j+1)) && j+2 < len(toks) && toks[j+2].word {
		return t.s, true
	}
	if strings.HasSuffix(w, "s") && stanceNouns[strings.TrimSuffix(w, "s")] && next && toks[j+1].is(isTimeWord|isFunction) {
		if k := timeBeforeParticle(toks, j+1, "to"); k > 0 && toInfinitive(text, toks, k) {
			return t.s, true // "announced plans this week to …": the day between (a4_particle.go)
		}
	}
	return 0, false
}

// boundedShare reports whether "at least" or "at most" at toks[j]
// bounds a share of a group ("half of", "a third of", "40 percent
// of", "one of", "most of"): the phrase is the verb's object or the subject of
// its clause, as "half of the riders …" alone is ("at least half of
// the riders want change").
func boundedShare(text string, toks []tok, j, limit int) bool {
	if j+4 >= len(toks) || toks[j+1].low != "least" && toks[j+1].low != "most" {
		return false
	}
	k := j + 2
	if (toks[k].low == "a" || toks[k].low == "one") && shareWords[toks[k+1].low] {
		k++ // "a third of", "one half of"; "one of" is a number's
	}
	if k >= len(toks) || !toks[k].word || toks[k].s >= limit {
		return false
	}
	if !(numberTok(&toks[k]) || toks[k].low[0] >= '0' && toks[k].low[0] <= '9' || toks[k].is(isQuantifier) || toks[k].is(isPartitive) || shareWords[toks[k].low]) {
		return false
	}
	k++
	if k < len(toks) && (toks[k].low == "percent" || toks[k].low == "per") {
		k++
		if k < len(toks) && toks[k].low == "cent" {
			k++
		}
	}
	if k+1 < len(toks) && toks[k].low == "of" && toks[k+1].s < limit && toks[k+1].word && !toks[k+1].is(isAuxiliary) {
		return true
	}
	// A bounded count that is the clause's subject: "said at least 90
	// people were sleeping outside" (a noun or two, then its verb; a
	// phrase may follow the noun: "said at least six members from
	// dairy districts had threatened …").
	for m := k + 1; m < len(toks) && m <= k+6 && toks[m].s < limit && toks[m].word && toks[k].word && !toks[k].is(isFunction) && !toks[k].is(isAdverb); m++ {
		if toks[m].low == "that" || toks[m].is(isWhWord) {
			break // "said at least four times that …": a bound on how often, the clause after it
		}
		if toks[m].is(isAuxiliary) || toks[m].is(isFinite) || pastForm(toks[m]) { // "said at least 14 journalists remained in prison"
			return true
		}
	}
	return false
}

// shareWords name a part of a whole before "of": "half of the
// riders", "a third of the town".
var shareWords = map[string]bool{"half": true, "third": true, "thirds": true, "quarter": true, "quarters": true, "fifth": true, "fifths": true, "tenth": true, "majority": true, "minority": true, "dozen": true, "dozens": true, "hundreds": true, "thousands": true}

// objectGapClause reports whether the clause at toks[i] may be a
// relative clause on the noun before it with its object gone ("at a
// hearing the council called", "in a letter the board received on
// Monday"): its verb, a past or present form right after the subject
// or a participle after an auxiliary, ends the sentence or is followed
// by a comma, a preposition or a time word. A modal or an auxiliary
// and a base form or an adjective reads as a reported clause ("the
// pier would close", "the pier is safe").
func objectGapClause(text string, toks []tok, i int) bool {
	f, v := subjectAt(text, toks, i, len(toks))
	if toks[i].low == "it" {
		f.ok, v = true, i+1 // "said in a statement it would …", which subjectAt reads as no one
	}
	if !f.ok {
		return true
	}
	aux, perfect := false, false // perfect: the last auxiliary is a form of "be" or "have", which a participle follows
	for n := 0; n < 4 && v < len(toks) && toks[v].word && (toks[v].is(isAuxiliary) || toks[v].low == "not" || toks[v].adverbish()); n++ {
		if toks[v].is(isAuxiliary) {
			aux = true
			perfect = toks[v].is(isBeForm) || toks[v].low == "has" || toks[v].low == "have" || toks[v].low == "had"
		}
		v++
	}
	if aux && v < len(toks) && toks[v].word && !(perfect && (len(toks[v].low) > 3 && (strings.HasSuffix(toks[v].low, "ed") || strings.HasSuffix(toks[v].low, "en")) || toks[v].is2(isRelParticiple))) {
		return false
	}
	if aux && v+1 < len(toks) && !toks[v].word && toks[v+1].word && toks[v+1].s == toks[v].e && (toks[v].str(text) == "“" || toks[v].str(text) == "\"") {
		return false // the verb in marks: "said in a statement the government had “invested record amounts”"
	}
	if v+1 >= len(toks) || !toks[v].word {
		return true
	}
	n := toks[v+1]
	return !n.word || n.is(isPrep) || n.is(isTimeWord)
}

// phraseNounEnd reports whether t can end a prepositional phrase's
// noun phrase before a clause: a lower-case noun or a capitalised
// word (a name, a day: "said in a filing Tuesday it would …", whose
// name function.txt has), not a function word, an auxiliary or a verb
// in -ed ("said in a statement released …").
func phraseNounEnd(text string, t tok) bool {
	return t.word && (!t.is(isFunction) || t.is2(isWeekday) && capital(t.str(text))) && !t.is(isAuxiliary) && !(len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && !capital(t.str(text)))
}

// partsOfDay follow a day's name in a phrase of time: "Tuesday night".
var partsOfDay = map[string]bool{"night": true, "morning": true, "afternoon": true, "evening": true}

// bareClause reports whether a clause without "that" opens at toks[k]:
// a subject and a verb-like word, "it"/"there" and a word, or a finite
// verb within a few words.
func bareClause(text string, toks []tok, k int) bool {
	if k >= len(toks) {
		return false
	}
	if h, e := subjectAt(text, toks, k, len(toks)); h.ok && e < len(toks) && h.pronoun != "" && n111MarkThenVerb(text, toks, e) {
		return true // "but said they “almost certainly bought people a couple of minutes”" (n111_readings.go)
	} else if h.ok && e < len(toks) && toks[e].word && !capital(toks[e].str(text)) && (!toks[e].is(isFunction) || toks[e].is(isAdverb) || toks[e].is(isFinite)) && !(k+1 < len(toks) && toks[k+1].is(isQuantity)) && (h.pronoun != "" || capital(h.name) || toks[k].is(isDet)) && !c1MannerAdverb(toks, e) {
		return true
	} else if h.ok && h.pronoun != "" && n113AdverbThenVerb(text, toks, e) {
		return true // "said she now spent twice as much" (n113_readings.go)
	}
	if toks[k].is2(isPossessive) && k+1 < len(toks) {
		return finiteSoon(text, toks, k+1) || n111OwnedVerb(toks, k+1) || n102PluralThenVerb(text, toks, k+1) || n103NounThenPast(text, toks, k+1) || n103AsideThenFinite(text, toks, k+1) // "said its fares would rise", "says its troops retook Hollek", "says its plan failed", "said its own tally, based on …, put him ahead"
	}
	if toks[k].word && (toks[k].low == "about" || toks[k].low == "nearly" || toks[k].low == "roughly" || toks[k].low == "almost") && n103AmountThenVerb(text, toks, k) {
		return true // "says about £240,000 passed through her account" (n103_readings.go)
	}
	if n113AllBut(toks, k) {
		return true // "said all but one of the nurses had left" (n113_readings.go)
	}
	if n113OnlyAmount(text, toks, k) {
		return true // "saying only 23 per cent of the money had arrived" (n113_readings.go)
	}
	if n103PhraseThenAux(text, toks, k) {
		return true // "told trustees the addition at Maplestone would be ready" (n103_readings.go)
	}
	if k+1 < len(toks) && toks[k].is(isClauseOpener) && toks[k+1].word {
		return true
	}
	if quantifiedSubject(text, toks, k) || n105EverySubject(text, toks, k) || n113QuantifierAlone(toks, k) { // n113: "said all of them had signed"
		return true
	}
	if toks[k].low == "no" {
		return noSubject(text, toks, k)
	}
	if n106PluralOf(toks, k) {
		return n106OfThenVerb(text, toks, k+2) // "says reports of stalking fell" (n106_readings.go)
	}
	return finiteSoon(text, toks, k)
}

// noSubject reports whether "no" at toks[k] opens the subject of a
// clause: "said no decision had been made", "told reporters no one was
// hurt", "said no new charges would be filed". One to three words of
// the noun phrase, none a function word, then a finite verb: a refusal
// ("said no to the plan", "said no more") and an object ("showed no
// little dismay over the scene that had …", "had no reason to be …")
// stay no clause.
func noSubject(text string, toks []tok, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		t := &toks[j]
		if !t.word {
			return false
		}
		if j > k+1 && t.is(isFinite) && t.low != "not" && t.low != "never" {
			return true
		}
		if j > k+1 && (prepTok(t) || t.low == "between") {
			return n103PhraseThenFinite(toks, j) // "said no one in the front office had told him" (n103_readings.go); "said no meeting between the two leaders had been set"
		}
		if t.is(isFunction|isAuxiliary|isCue) && t.low != "one" {
			return false
		}
	}
	return false
}

// indefinites are pronouns that count people without naming them and
// can be the subject of a verb of reporting: "everyone agrees", "not
// everybody agrees", as PolNeAR marks them. "Nobody", "no one",
// "someone" and "somebody" are left out on purpose (readCue names no
// source for them): they say that a source is missing or unknown.
var indefinites = map[string]bool{"everyone": true, "everybody": true}

// indefinite reports whether w is a key of indefinites, comparing the
// two words: cueSubject asks it of the word before most cues, where
// the map hashed each (TestIndefinite).
func indefinite(w string) bool { return w == "everyone" || w == "everybody" }

// quantifierSubject reports whether toks[c], a verb of the lexicon
// after a quantifier that opens its clause ("Many believe …", "But
// few agree …", "Some fear …"), is that quantifier's verb, not a noun
// it counts: the word is not a plural in -s ("many reports", "some
// claims" stay nouns), and no article or verb comes before the
// quantifier ("the many", "there is some doubt").
func quantifierSubject(text string, toks []tok, c int) bool {
	if c < 1 || !toks[c-1].word || !toks[c-1].is(isQuantifier) || strings.HasSuffix(toks[c].low, "s") {
		return false
	}
	if c+1 < len(toks) && toks[c+1].word && (toks[c+1].is(isFunction) && toks[c+1].low != "that" && !toks[c+1].is(isDet) && !toks[c+1].is(isPronoun) || toks[c+1].is(isAuxiliary)) && !verbOnly(toks[c].low) {
		return false // "some support for", "most fear is": a noun before a preposition or an auxiliary ("many believe the …" reads on); "some said on Monday" is the verb
	}
	if bare, ok := modifierCues[toks[c].low]; ok && c+2 < len(toks) && toks[c+1].word && !capital(toks[c+1].str(text)) && strings.HasSuffix(toks[c+1].low, "s") && toks[c+2].word && (toks[c+2].is(isCue) || !bare && strings.HasSuffix(toks[c+2].low, "ed")) {
		// "Some state officials said": the cue word is a noun that
		// modifies the plural subject of the cue after it. Another
		// past form is the verb of the quantifier's reported clause
		// ("Some claim officials lied", "Some report prices jumped"),
		// unless the cue word takes its clause only after "that"
		// ("Some state officials voted").
		return false
	}
	return c < 2 || !toks[c-2].word || toks[c-2].is(isClauseLead|isSubordinator)
}

// modifierCues are cue words that are also nouns often set before
// another noun ("state officials", "claim adjusters", "report
// cards"), each true when the word as a verb takes a bare clause
// ("some claim prices rose"), false when it takes one only after
// "that" ("officials state that …").
var modifierCues = map[string]bool{"state": false, "claim": true, "report": true}

// addresseeless reports whether a clause with no addressee before it
// opens at toks[k] after a verb of speech to someone: its subject is
// followed at once by a finite verb ("warned the ferry was late",
// "warned residents would pay more"), or "no" or a quantifier heads it
// ("warned no decision had been made", "warned none of the money was
// left"). "told reporters no decision …" has an addressee, read before
// its clause.
func addresseeless(text string, toks []tok, k int) bool {
	if !toks[k].word || toks[k].is(isObjectPronoun) {
		return false
	}
	if toks[k].low == "no" {
		return noSubject(text, toks, k)
	}
	if toks[k].low == "none" && k+2 < len(toks) && toks[k+1].low == "of" {
		j := k + 2
		if toks[j].is(isDet) && j+1 < len(toks) {
			j++
		}
		return finiteSoon(text, toks, j) // "warned none of the money was left"
	}
	if quantifiedSubject(text, toks, k) {
		return true
	}
	// A finite verb, not "not" or "never", which the auxiliaries hold
	// but which stand before the addressee's infinitive ("told his
	// staff never to speak of it").
	verb := func(e int) bool {
		return e < len(toks) && toks[e].word && (toks[e].is(isFinite) || toks[e].is(isAuxiliary)) && !capital(toks[e].str(text)) && toks[e].low != "not" && toks[e].low != "never"
	}
	if verb(k+1) && !toks[k].is(isFunction|isPronoun|isAuxiliary) && pluralWord(toks[k].low) {
		return true // a bare plural: "warned talks would fail"; not "advised history is silent", where "advised" has no object
	}
	h, e := subjectAt(text, toks, k, len(toks))
	return h.ok && h.pronoun == "" && verb(e)
}

// quantifiedSubject reports whether a clause opens at toks[k] with a
// subject that a quantifier or predeterminer heads ("said all the
// sailors were safe", "believes most of the riders will stay", "said
// many voters had left"): the words after it reach a finite verb soon.
func quantifiedSubject(text string, toks []tok, k int) bool {
	if k+1 < len(toks) && toks[k].low == "any" {
		return n103AnySubject(toks, k) // "said any complaints would be investigated" (n103_readings.go)
	}
	if k+1 >= len(toks) || !toks[k].word || !toks[k].is(isQuantifier) && !predeterminer(toks[k].low) && !(toks[k].low == "much" && toks[k+1].low == "of") {
		return false
	}
	j := k + 1
	if toks[j].low == "of" && j+1 < len(toks) {
		j++
	}
	if toks[j].word && toks[j].is(isDet) && j+1 < len(toks) {
		j++
	}
	return finiteSoon(text, toks, j) || toks[k+1].low == "of" && n116PastSoon(toks, j) // "said much of the delay lay with insurers" (n116_readings.go)
}

// possessives open a noun phrase as a determiner does: "said its fares
// would rise", "knows your returns are audited".
var possessives = map[string]bool{"your": true, "my": true, "our": true, "its": true}

// contentEnd returns where a content from offset from ends, at most at
// to: before ", but", before a participle that opens an attribution of
// its own (", saying …", ", citing …"), without trailing punctuation.
func contentEnd(text string, toks []tok, from, to int) int {
	to = inversionEnd(text, toks, from, to)
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= from })
	// aside: the content is a participle's after a comma ("The mayor,
	// citing safety concerns, said …"), which ends at a comma before
	// the main verb.
	aside := i >= 2 && strings.HasSuffix(toks[i-1].low, "ing") && toks[i-2].str(text) == ","
	// asideOpen: no comma of the content read yet, so the next one is
	// the aside's own; sawPast: the aside holds a verb in -ed, and a
	// past form after its comma may go on its list.
	asideOpen, sawPast := aside, false
	// closes reports whether toks[j] is a closing mark right after the
	// word or comma before it: "is “depleted” and says", "a “strong
	// leader,” comparing him" end the content at the mark as they would
	// without it.
	closes := func(j int) bool {
		return j > 0 && j < len(toks) && !toks[j].word && toks[j].s == toks[j-1].e && marksIn(toks[j].str(text))&(mRightDouble|mRightSingle|mDouble) != 0
	}
	// governs: the content holds a modal, an auxiliary or "to", which
	// a base form after "and" may share ("said the plan would cut
	// taxes and ensure that …").
	// open: a parenthesis opened in the content and not closed, whose
	// words are an aside with verbs of its own.
	governs, open := false, 0
	// inf: the content opens with "to", an infinitive (d1_coord.go).
	first := i
	inf := i < len(toks) && toks[i].low == "to"
words:
	for ; i+1 < len(toks) && toks[i].s < to; i++ {
		if t := &toks[i]; t.word && !t.is(isAuxiliary) && !contentJoint(t.low) {
			// A word that is no auxiliary, "and", "but" or "to": of
			// the tests below only sawPast's reads it (a word is no
			// parenthesis or comma). Most of a content's tokens are
			// such words.
			if len(t.low) > 4 && strings.HasSuffix(t.low, "ed") {
				sawPast = true
			}
			continue
		}
		if inf && (toks[i].low == "and" || toks[i].low == "but") && i > first && d1FiniteAfterInfinitive(toks, first, i) {
			to = toks[i].s // "vowed to cut taxes and has since left the race" (d1_coord.go)
			break
		}
		switch toks[i].str(text) {
		case "(":
			if i > first && n3ParenSource(text, toks, i) {
				to = toks[i].s // "… in the immediate term (they want lower tax rates and …" (n3_extent.go)
				break words
			}
			open++
		case ")":
			open--
		}
		if toks[i].low == "and" && i > 0 && (toks[i-1].word || closes(i-1)) && (coordinated(toks, i+1) && !n111GoesOn(toks, first, i+1) || !governs && open <= 0 && baseThat(toks, i+1) || n103AsideThenVerb(text, toks, i+1)) {
			to = toks[i].s // "claimed vast savings and said …", "said … but added that …": the second verb has its own content
			break
		}
		if toks[i].low == "but" && i > 0 && toks[i-1].word && b2ButShares(text, toks, i) && coordinated(toks, i+1) {
			to = toks[i].s // "praised the crews but warned that …" (b2_coord.go)
			break
		}
		if n29End(text, toks, first, i) || (toks[i].low == "but" || toks[i].low == "and") && i > 0 && toks[i-1].word && !n3PluralSingular(toks, i+1) && ownAttribution(text, toks, i+1) { // n29End: a second predicate, a writer's aside (n29_extent.go)
			to = toks[i].s // "said no decision had been made but staff say …": a second source, no comma
			break
		}
		if toks[i].word && (toks[i].low == "to" || toks[i].is(isAuxiliary) && !toks[i].is(isBeForm)) {
			governs = true
		}
		if p := toks[i].str(text); p != "," && p != "—" && p != "–" {
			if toks[i].word && len(toks[i].low) > 4 && strings.HasSuffix(toks[i].low, "ed") {
				sawPast = true
			}
			continue
		}
		if b2CommaVerb(text, toks, i) {
			to = toks[i].s // "said the pier was unsafe, and vowed to …": the second verb has its own content (b2_coord.go)
			break
		}
		if n := toks[i+1]; (n.low == "and" || n.low == "while" || n.low == "whereas" || n.low == "where") && i+2 < len(toks) && ownAttribution(text, toks, i+2) {
			to = toks[i].s // "Democrats want more revenue, and Republicans want less": a second source
			break
		}
		if g2SourceAfterMark(text, toks, i, &to) { // g2_share.go: "…,” while 73 percent said …"
			break
		}
		if toks[i].str(text) != "," {
			continue
		}
		if n105ContactTail(text, toks, i+1, to) {
			to = toks[i].s // "…, a figure the administration disputes": the writer's, not the content's
			break
		}
		cut, at := toks[i].s, i+1
		if closes(i+1) && i+2 < len(toks) {
			cut, at = toks[i+1].e, i+2
		}
		n := &toks[at]
		if n.low == "who" {
			if j := n2RelativeEnd(text, toks, at, to); j > 0 {
				i = j // "said radical clerics, who had been jailed, won the right to preach" (n2_extent.go)
				continue
			}
		}
		if n.low == "who" || n.low == "but" || n.low == "though" || n.low == "although" || n.low == "even" && at+1 < len(toks) && reporting[toks[at+1].low] != nil {
			to = cut
			break
		}
		if n.low == "according" && at+1 < len(toks) && toks[at+1].low == "to" {
			to = cut
			break
		}
		if n.is(isSubjectPronoun) && at+2 < len(toks) && toks[at+1].is(isCue) && toks[at+2].str(text) == ":" {
			to = cut // "…would consider governing with them, he said: “…”": the cue opens the quotation after it
			break
		}
		if n.low == "with" && n3WithSource(text, toks, at) {
			to = cut // "…, with experts offering their assessments" (n3_extent.go)
			break
		}
		if inf && n3ClauseAfterComma(text, toks, at) {
			to = cut // "His promises … notwithstanding, analysts agree …" (n3_extent.go)
			break
		}
		for _, s := range n.senses() {
			if s.ing {
				to = cut
				break
			}
		}
		if to == cut {
			break
		}
		// A participle's content between commas ends before the main
		// verb after them: "The mayor, citing safety concerns, said
		// the pier would close" (a past form: no base form, which may
		// be a list's noun), of speech: a list of deeds ("have weakened
		// X, stifled Y") goes on.
		// At the aside's own comma any past form is the main verb
		// ("The board, noting the cost, approved the budget"), unless
		// the aside has one of its own.
		if aside && (n.low == "said" || len(n.low) > 4 && strings.HasSuffix(n.low, "ed")) && at+1 < len(toks) && toks[at+1].word && !capital(n.str(text)) && (asideOpen && !sawPast || slices.ContainsFunc(reportingSenses(n.low), func(s verbSense) bool {
			return s.particle == "" && (s.class == 's' || s.class == 'k' || s.class == 'o')
		})) {
			to = cut
			break
		}
		asideOpen = false
	}
	if to > len(text) {
		to = len(text)
	}
	to = n3SubordinateEnd(text, toks, first, to) // "described her as a “disgrace” after she attacked …" (n3_extent.go)
	for to > from && contentTrim[text[to-1]] {
		if text[to-1] == '"' && to-1 > from && !openSpace[text[to-2]] {
			break // a straight mark that closes a quotation ends the content with it
		}
		to--
	}
	// A sentence in parentheses: "(I find this believable.)" ends
	// before its closing parenthesis and full stop.
	if t := text[from:to]; strings.HasSuffix(t, ")") && !strings.Contains(t, "(") {
		to = from + len(strings.TrimRight(strings.TrimSuffix(t, ")"), " .!?…"))
	}
	// A note number after the full stop: "…beyond repair.2"; not a
	// decimal's digits: "… would be 3.95".
	if d := digitSet.trimRight(text[from:to]); len(d) < to-from && strings.HasSuffix(d, ".") && (len(d) < 2 || d[len(d)-2] < '0' || d[len(d)-2] > '9') {
		to = from + len(d) - 1
	}
	return to
}

// contentTrim and openSpace are the bytes that contentEnd's trims
// asked of strings.ContainsRune(" \t\n,;:—–-“‘\"", rune(b)) and
// strings.ContainsRune(" \t\n(", rune(b)), a search a byte: a byte
// converted to a rune is below U+0100, so of the set's characters only
// its ASCII ones can be it (the dashes and curly marks never were).
var (
	contentTrim = byteSetOf(" \t\n,;:-\"")
	openSpace   = byteSetOf(" \t\n(")
)

// hasSuffixFold reports whether strings.ToLower(s) ends with suffix
// without making the lower case, for a suffix of lower-case ASCII
// letters and spaces without "i", "k" or "s": the characters that
// lower-case or fold to such letters are ASCII (only "i", "k" and "s"
// have others: the dotted capital I, the Kelvin sign, the long s), so
// the tail of s itself is compared, ignoring case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// contentJoint reports whether w is a word contentEnd's loop reads
// beyond sawPast: "and" and "but" (a second verb or source may follow)
// and "to" (governs).
func contentJoint(w string) bool {
	return w == "and" || w == "but" || w == "to"
}

// frontOpeners open a subordinate clause that may come before the main
// clause, ended by a comma: "When Ed Moss said the pier was safe, the
// board …".
var frontOpeners = map[string]bool{"when": true, "after": true, "while": true, "as": true, "because": true, "if": true, "although": true, "though": true, "since": true, "before": true, "until": true, "once": true, "unless": true, "whereas": true}

// openerAdverbs may stand before the conjunction that opens a fronted
// clause: "Back when he wrote his book, …", "Even after the vote, …".
var openerAdverbs = map[string]bool{"back": true, "even": true, "just": true, "long": true, "only": true, "soon": true, "shortly": true, "right": true, "ever": true, "well": true}

// frontedEnd returns where a content from offset from ends, at most
// to, when the sentence opens with a subordinate clause that holds it:
// at the comma that closes that clause before the main one ("After Ed
// Moss claimed the pier was safe, the board reopened it" reports "the
// pier was safe"). The main clause is a subject and a verb after the
// comma.
func frontedEnd(text string, toks []tok, from, to int) int {
	k := 0
	for k < len(toks) && !toks[k].word {
		k++
	}
	k = g3CapsLead(text, toks, k) // "THE BORROWING Back when …" (g3_lead.go)
	if k+1 < len(toks) && toks[k].low == "the" && (toks[k+1].low == "day" || toks[k+1].low == "week" || toks[k+1].low == "morning" || toks[k+1].low == "night") {
		k += 2 // "The day after …"
	}
	k = n74LeadPhrase(text, toks, k, from) // "Following the first reports, but before …" (n74_fronted.go)
	if k+1 < len(toks) && (toks[k+1].is(isSubordinator) || toks[k+1].low == "once") && openerAdverbs[toks[k].low] && frontOpeners[toks[k+1].low] {
		k++ // "Back when …", "Even after …"
	}
	if k >= len(toks) || !(toks[k].is(isSubordinator) || toks[k].low == "once") || !frontOpeners[toks[k].low] || toks[k].s >= from { // each of frontOpeners is a subordinator but "once": the bit first
		if k >= len(toks) || toks[k].s >= from || !n105AskedOpener(text, toks, k) {
			return to
		}
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= from })
	for ; i+2 < len(toks) && toks[i].s < to; i++ {
		if toks[i].str(text) == "," && toks[i+1].word && !toks[i+1].is(isFunction) || toks[i].str(text) == "," && (toks[i+1].is(isDet) || toks[i+1].is(isSubjectPronoun)) {
			if bareClause(text, toks, i+1) || mainClauseAt(text, toks, i+1) {
				return toks[i].s
			}
		}
	}
	return to
}

// mainClauseAt reports whether a subject and a verb in the past or
// with an auxiliary open at toks[k]: "the board reopened it", "Ed Moss
// has left".
func mainClauseAt(text string, toks []tok, k int) bool {
	if !(toks[k].is(isDet) || toks[k].is(isSubjectPronoun) || capital(toks[k].str(text)) && !toks[k].is(isFunction)) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+6 && toks[j].word; j++ {
		w := toks[j].low
		if toks[j].is(isAuxiliary|isFinite) || !capital(toks[j].str(text)) && len(w) > 3 && strings.HasSuffix(w, "ed") {
			return true
		}
		if toks[j].is(isFunction) && !toks[j].is(isDet) {
			return false
		}
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if !toks[j].word {
			return n74AppositiveVerb(text, toks, j) // "…, the governor, Ann Pell, said" (n74_fronted.go)
		}
	}
	return false
}

// relativeEnd returns where the content of a relative clause between
// commas ends, at most to: at the comma before the main clause's verb
// ("Ed Moss, who understood that the vote was lost, told his aides …"
// reports "that the vote was lost").
func relativeEnd(text string, toks []tok, f found, from, to int) int {
	w := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
	if e, ok := restrictiveEnd(text, toks, w, from, to); ok {
		return e
	}
	if w < 1 || toks[w-1].str(text) != "," && !f3AppositiveWho(text, toks, w) { // f3_relative.go: "Reed, a Republican who …,"
		return to
	}
	for i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= from }); i+1 < len(toks) && toks[i].s < to; i++ {
		if toks[i].str(text) != "," {
			continue
		}
		// A comma inside the marks that close a quoted word ("called
		// the plan “reckless,” said …") ends the clause with the marks.
		cut, at := toks[i].s, i+1
		if !toks[at].word && toks[at].s == toks[i].e && marksIn(toks[at].str(text))&(mRightDouble|mRightSingle|mDouble) != 0 && at+1 < len(toks) {
			cut, at = toks[at].e, at+1
		}
		at = f3SkipAdverbs(toks, at) // "…, nevertheless played down …"
		if !toks[at].word || capital(toks[at].str(text)) {
			continue
		}
		n := toks[at].low
		if t := &toks[at]; t.is(isAuxiliary) || len(n) > 4 && strings.HasSuffix(n, "ed") || t.is(isReporting) && !strings.HasSuffix(n, "ing") || t.is2(isPastVerb) && !t.is2(isBaseLikePast) {
			return cut // the main verb: "The pilots, who say the pier is unsafe, went on strike."
		}
	}
	return to
}

// baseLikePast are pastVerbs spelled as their base form, which after a
// comma may open an imperative or a list as well as a main verb.
var baseLikePast = map[string]bool{"put": true, "set": true, "cut": true, "hit": true, "let": true, "read": true}

// media are the means a statement is made in, besides carriers.txt:
// "in an interview", "during a hearing".
var media = map[string]bool{"interview": true, "speech": true, "appearance": true, "hearing": true, "remarks": true, "broadcast": true, "podcast": true, "conversation": true, "briefing": true, "conference": true, "call": true, "op-ed": true}

// withoutAdjunct drops from a subject a phrase that says where or how
// its words were said, which belongs to the verb: "Ann Ortiz in an
// interview said" names Ann Ortiz, and so does "Ann Ortiz in a
// televised interview appeared to blame" when the subject read is the
// interview. toks[k] is the subject's last token.
func withoutAdjunct(text string, toks []tok, f found, k int) found {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
	medium := func(w string) bool { return media[w] || carriers[w] }
	if i >= 2 && i <= k && (toks[i-1].low == "in" || toks[i-1].low == "during") && medium(toks[k].low) {
		// The subject read is the phrase's object: the name before it.
		if g := beforeCue(text, toks, i-1); g.ok && g.pronoun == "" && capital(g.name) && g.subj.End == toks[i-2].e {
			g.whole = true // as read: widening would take a time before it in ("Last week Ed Moss")
			return g
		}
		return f
	}
	for p := i + 1; p < k && p < i+8; p++ {
		if (toks[p].low != "in" && toks[p].low != "during") || !capital(toks[p-1].str(text)) || !medium(toks[k].low) {
			continue
		}
		ok := true
		for q := p + 1; q < k; q++ {
			if !toks[q].word || capital(toks[q].str(text)) || toks[q].is(isFunction) && !toks[q].is(isDet) {
				ok = false
				break
			}
		}
		if ok {
			f.subj.End = toks[p-1].e
			f.name = strings.TrimSpace(text[f.subj.Start:f.subj.End])
			if toks[i].is(isDet) {
				f.name = text[f.subj.Start:f.subj.End]
			}
		}
		return f
	}
	return f
}

// ownAttribution reports whether a clause with its own attribution
// opens at toks[k]: a subject, then a verb of reporting.txt that agrees
// with it ("Republicans want …", "he noted that …").
func ownAttribution(text string, toks []tok, k int) bool {
	// comma: the conjunction before k follows a comma, where it joins
	// clauses; without one "and" joins nouns as often ("he and his
	// sister were talking", "a pledge he and other candidates made").
	comma := k >= 2 && toks[k-2].str(text) == ","
	// verbAt: a finite verb of speech at e, after up to three
	// auxiliaries or adverbs. A participle in -ing is finite only after
	// a form of "be", the progressive of a second source's own report,
	// read after a comma ("…, and the governor is promising to …", "…,
	// while critics are warning that …"); alone it is an aside ("…, and
	// citing …"). passive: the verb came after "be" and not in -ing
	// ("…, where pipes are made to leak"), which a bare plural's
	// subject does not report by.
	passive := false
	verbAt := func(e int) bool {
		be := false
		for n := 0; n < 3 && e < len(toks) && toks[e].word && (toks[e].is(isAuxiliary) || toks[e].adverbish()); n++ {
			be = be || toks[e].is(isBeForm)
			e++
		}
		if e >= len(toks) || !toks[e].word || capital(toks[e].str(text)) {
			return false
		}
		senses := reportingSenses(toks[e].low)
		if len(senses) == 0 || onlyClass(senses, 'a') {
			return false
		}
		ing := strings.HasSuffix(toks[e].low, "ing")
		passive = be && !ing
		if comma && be && ing {
			return true
		}
		return !slices.ContainsFunc(senses, func(s verbSense) bool { return s.ing })
	}
	if f, e := subjectAt(text, toks, k, len(toks)); f.ok && e-k <= 6 && verbAt(e) {
		return true
	}
	if e, ok := shareAt(toks, k); ok && verbAt(e) {
		return true // "…, while 5 percent prefer …" (a2_share.go)
	}
	// A quantifier alone: "…, and some say it should close", "…, but
	// many believe …", as quantifierSubject reads one after "And".
	if toks[k].word && toks[k].is(isQuantifier) && k+1 < len(toks) && verbAt(k+1) {
		return true
	}
	// A fraction of the group: "…, and nearly half said …", "…, while
	// about a third said …" (n100Fraction).
	if j := n100Fraction(toks, k); j > k && verbAt(j) {
		return true
	}
	if comma && n105ItSpeaks(text, toks, k) {
		return true // "…, and it said the approval would …"
	}
	if comma && n104WhoThenVerb(text, toks, k, verbAt) {
		return true // "…, and several Democrats who backed it said privately that …"
	}
	// A description: "the owners want".
	e := k + 1
	for e < len(toks) && e < k+5 && toks[e].word && !toks[e].is(isReporting) && !toks[e].is(isAuxiliary) {
		e++
	}
	// Or, after a comma and its conjunction, a bare plural, which needs
	// no determiner: "…, and human rights groups warned that …", "…,
	// while economists expect …". Without the comma "and" joins nouns
	// more often than clauses ("rules for his wife and young models
	// opposed to …", "a pledge he and other candidates made").
	_, ok := phraseAt(text, toks, k, e)
	bare := comma && e-k <= 3 && e > k && toks[e-1].pluralNoun() && !capital(toks[k].str(text))
	return ok && (toks[k].is(isDet) || bare) && verbAt(e) && (toks[k].is(isDet) || !passive)
}

// headlineColon is headline's first test: the first mark among the
// second to fifth tokens is a colon ("Poll: …", "Ed Moss: …").
// attributions asks it first, as most clauses have none there, and
// headline's locals are then not set up.
func headlineColon(text string, toks []tok) bool {
	for k := 1; k < len(toks) && k <= 4; k++ {
		if !toks[k].word {
			return toks[k].str(text) == ":"
		}
	}
	return false
}

// headline reads an attribution by colon that opens a headline or a
// sentence: "Poll: Wealthy Voters Abandon …", "Pence: Trump Was …". The
// source is a name or a short capitalised phrase before the colon.
func headline(text string, toks []tok, end int) (found, doc.Span) {
	if !headlineColon(text, toks) {
		return found{}, doc.Span{}
	}
	for k := 1; k < len(toks) && k <= 4; k++ {
		if !toks[k].word {
			if toks[k].str(text) != ":" || k+3 >= len(toks) || !toks[k+1].word {
				break
			}
			for j := 0; j < k; j++ {
				if !capital(toks[j].str(text)) {
					return found{}, doc.Span{}
				}
				// A phrase, not a source: a preposition inside it
				// ("Stealth Over Health:"), or a superlative with its
				// noun left out ("The Latest:").
				if w := toks[j].low; j > 0 && preps[w] || j == k-1 && j > 0 && len(w) > 5 && strings.HasSuffix(w, "est") && toks[0].is(isDet) {
					return found{}, doc.Span{}
				}
			}
			if w := toks[k-1].str(text); k == 1 && (labels[toks[0].low] || len(w) > 1 && strings.ToUpper(w) == w) {
				return found{}, doc.Span{} // "Correction:", "UPDATE:": a label, not a source
			}
			if c3NoSource(text, toks, k) {
				return found{}, doc.Span{} // "Gallery:", "Part Two:", "But First:" (c3_label.go)
			}
			if toks[k+1].s >= end || !wordsAtLeast(toks[k+1:], 3) {
				break
			}
			for j := k + 2; j < len(toks) && j <= k+5; j++ {
				if toks[j].word && !capital(toks[j].str(text)) && toks[j].is(isReporting) {
					return found{}, doc.Span{} // "The Latest: Trump urges …": the attribution is after the colon
				}
			}
			s := doc.Span{Start: toks[0].s, End: toks[k-1].e}
			return found{subj: s, name: text[s.Start:s.End], ok: true, whole: true, cue: doc.Span{Start: toks[k].s, End: toks[k].e}}, doc.Span{Start: toks[k+1].s, End: end}
		}
	}
	return found{}, doc.Span{}
}

// makeQuote makes the indirect quotation of an attribution: it widens
// the mention and resolves the name. ok is false when the content is
// empty or a pronoun names no one.
func (a *attributor) makeQuote(f found, content []doc.Span, parent int) (doc.Quote, bool) {
	var q doc.Quote
	ok := a.quoteInto(&q, f, content, parent)
	return q, ok
}

// quoteInto is makeQuote writing the quotation into *q, which is
// zeroed: attributions makes its quotations in place in its list. *q
// is left as it was where ok is false.
func (a *attributor) quoteInto(q *doc.Quote, f found, content []doc.Span, parent int) bool {
	text := a.text
	if len(content) == 0 || content[0].End <= content[0].Start || !a.ix.hasWord(content[0].Start, content[len(content)-1].End) {
		return false
	}
	if c3Fronted(a.ix, f, content) || g3OccasionPhrase(a.ix, f, content) {
		return false // "In a wide-ranging interview, Obama said:" (c3_fronted.go, g3_fronted.go)
	}
	f = widen(a.ix, f)
	// A mention before its content ends where the content starts: an
	// appositive read past the comma of "According to the data, voters
	// …" would name the reported clause as the speaker.
	if c := content[0].Start; f.subj.Start < c && f.subj.End > c {
		e := f.subj.Start + len(strings.TrimRight(text[f.subj.Start:c], " \t\n,—–-"))
		if e > f.subj.Start {
			f.subj.End = e
			if len(f.name) > e-f.subj.Start {
				f.name = text[f.subj.Start:e]
			}
		}
	}
	f, content = a.dashAside(f, content)
	nm := f.name
	switch {
	case f.pronoun == "i" || f.pronoun == "we":
		if parent >= 0 {
			nm = a.d.Quotes[parent].Speaker.Name
		} else {
			nm = a.author()
		}
	case f.pronoun == "who" && a.n2ProperHead(f.subj.Start) != "":
		nm = a.n2ProperHead(f.subj.Start) // "New Zealand’s indigenous people, who …" (n2_name.go)
	case f.pronoun != "":
		nm = a.resolveAt(f.pronoun, f.subj)
		if (f.pronoun == "he" || f.pronoun == "she") && a.reportNamesBefore(content, f.subj.Start, nm) {
			// The one who reports is not the subject of the report
			// their cue interrupts: "The captain, she said, was a
			// careful writer". The pronoun means the next name that
			// fits. (After the cue a report may name its reporter, in
			// the writer's words: "He notes that … with Trump’s
			// microphone", said of Trump.)
			nm = a.resolveAtExcept(f.pronoun, f.subj, nm)
		}
		if f.pronoun == "they" {
			nm = a.theyName(nm, f.subj.Start) // a3_calendar.go: "The committee met. They said …"
		}
		if nm == "" && f.pronoun == "who" {
			nm = a.antecedent(f.subj.Start) // "an architect who said …"
		}
		if nm == "" && f.pronoun == "who" {
			nm = a.n21WhoName(f.subj.Start) // "Christie, who has campaigned for …" (n21_who.go)
		}
		if nm == "" && parent >= 0 && len(a.d.Quotes[parent].Marks) == 0 && (f.pronoun == "he" || f.pronoun == "she" || f.pronoun == "they") {
			// A block quotation without marks holds narration too
			// ("> She added that …"): a pronoun that names no one in
			// the block means someone named before it.
			nm = a.resolveBefore(f.pronoun, parent)
		}
	default:
		if r := a.resolveDescription(text[f.subj.Start:f.subj.End], f.subj.Start); r != "" {
			nm = r
		} else if len(f.name) < f.subj.End-f.subj.Start && f.name != "" && n2ModifierName(text, f) {
			nm = text[f.subj.Start:f.subj.End] // "Deficit hawks have gone silent": not "Deficit" (n2_name.go)
		}
	}
	if nm == "" {
		return false
	}
	q.Span = doc.Span{Start: content[0].Start, End: content[len(content)-1].End}
	q.Content = content
	q.Kind = doc.QuoteIndirect
	q.Parent = parent
	q.Element = -1
	q.Speaker = doc.Speaker{Name: nm, Mention: f.subj}
	q.Cue = f.cue
	// The chain is made in the attributor's buffer and copied out once,
	// at its length: appended to from nothing, it was grown for the
	// parent's hops and again for the speaker.
	// In the attributor's buffer, then copied out at its length
	// (keepChain).
	chain := a.chainBuf[:0]
	if parent >= 0 {
		chain = append(chain, a.d.Quotes[parent].Chain...)
	}
	chain = append(chain, nm)
	a.chainBuf = chain[:0]
	q.Chain = a.keepChain(dedupe(chain))
	return true
}

// appositiveEnd returns the index of the comma that closes an
// appositive after a name that ends before the comma at toks[k] ("Ann
// Ortiz, the mayor, …", "Ed Moss, a pilot with the port, …"), when a
// clause with a verb follows it; 0 if none. The appositive opens with
// an article and is a noun phrase of at most eight words, or is a
// clause of "who" (n104WhoAppositiveEnd); the words before the comma
// are a name, not a description ("According to the data, the pier,
// which …" keeps its content).
func appositiveEnd(text string, toks []tok, g found, k int) int {
	if g.pronoun != "" || g.subj.End <= g.subj.Start || !capital(text[g.subj.Start:g.subj.End]) && !n110EndsWithName(text, toks, k) || k+2 >= len(toks) {
		return 0
	}
	w := toks[k+1].low
	if w == "who" || w == "whose" {
		return n104WhoAppositiveEnd(text, toks, k) // "According to Ann Lee, who chairs the committee, the budget is balanced."
	}
	if w != "the" && w != "a" && w != "an" {
		return 0
	}
	for j := k + 2; j < len(toks) && j <= k+9; j++ {
		if toks[j].word {
			continue
		}
		if toks[j].str(text) != "," || j+3 >= len(toks) {
			return 0
		}
		if _, ok := phraseAt(text, toks, k+1, j); !ok {
			return 0
		}
		if n := toks[j+1]; !n.word || n.low == "who" || n.low == "which" || n.low == "and" || !hasVerb(toks[j+1:]) || !wordsAtLeast(toks[j+1:], 3) {
			return 0
		}
		for i := j + 1; i < len(toks) && i < j+10 && toks[i].word && !toks[i].is(isFinite) && !toks[i].is(isAuxiliary); i++ {
			if toks[i].low == "and" || toks[i].low == "or" {
				return 0 // a list: "the pier, the ferry and the port are …"
			}
		}
		return j
	}
	return 0
}

// dashes are the marks of an aside between dashes: the dashes proper
// and the typewriter's "--" and spaced " - ".
var dashes = []string{"—", "–", "―", " -- ", " - "}

// lastDash returns the index just past the last dash in s, or -1: the
// end of the dash that ends last. A dash ends with a hyphen and a space
// (" -- ", " - ") or is the bytes 0xE2 0x80 and 0x93 to 0x95 ("–", "—",
// "―"): the hyphens and the bytes 0xE2 are found by strings.IndexByte,
// which reads many bytes an instruction, and only there are the dashes
// asked about, where a walk back over every byte tested each: makeQuote
// asks it of every mention it makes.
func lastDash(s string) int {
	best := -1
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '-')
		if j < 0 {
			break
		}
		j += i
		if e := j + 2; e <= len(s) && s[j+1] == ' ' && dashEnds(s[:e]) {
			best = e // the hyphens come in order: the last one found ends last
		}
		i = j + 1
	}
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], 0xE2)
		if j < 0 {
			break
		}
		j += i
		if e := j + 3; e <= len(s) && e > best && s[j+1] == 0x80 && s[j+2] >= 0x93 && s[j+2] <= 0x95 && dashEnds(s[:e]) {
			best = e
		}
		i = j + 1
	}
	return best
}

// dashEnds reports whether s ends with one of dashes.
func dashEnds(s string) bool {
	for _, d := range dashes {
		if strings.HasSuffix(s, d) {
			return true
		}
	}
	return false
}

// firstDash returns the index of the first dash in s, or -1.
func firstDash(s string) int {
	best := -1
	for _, d := range dashes {
		if i := strings.Index(s, d); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// dashAside reads an attribution that an aside between dashes holds:
// "The pier -- critics say it is a folly -- has cost a lot", "… the
// town - critics would call it a folly - it has …". The mention does
// not reach back across the opening dash (the words before it are
// another clause's), and the content ends at the closing dash. The
// content is cut only when the mention starts right after a dash.
func (a *attributor) dashAside(f found, content []doc.Span) (found, []doc.Span) {
	text := a.text
	if f.subj.End <= f.subj.Start || f.subj.End > f.cue.Start || f.cue.End <= f.cue.Start {
		return f, content
	}
	if d := lastDash(text[f.subj.Start:f.subj.End]); d > 0 && !appositiveDashes(text, f.subj, f.cue) {
		st := f.subj.Start + d
		for st < f.subj.End && text[st] == ' ' {
			st++
		}
		if st < f.subj.End {
			f.subj.Start = st
			f.name = text[st:f.subj.End]
			f.pronoun = ""
			if p := strings.ToLower(f.name); pronouns[p] {
				f.pronoun = p
			}
		}
	}
	before := strings.TrimRight(text[max(0, f.subj.Start-4):f.subj.Start], " ")
	// A dash in before, or one that ends with the space trimmed off
	// it (" - ", " -- "): lastDash(before+" ") without the string made.
	if lastDash(before) < 0 && !strings.HasSuffix(before, " -") && !strings.HasSuffix(before, " --") {
		return f, content
	}
	for i, c := range content {
		if c.Start < f.cue.End {
			continue
		}
		if d := firstDash(text[c.Start:c.End]); d > 0 {
			e := c.Start + len(spaceCommaSet.trimRight(text[c.Start:c.Start+d]))
			if e > c.Start {
				out := append([]doc.Span(nil), content[:i]...)
				return f, append(out, doc.Span{Start: c.Start, End: e})
			}
		}
		break
	}
	return f, content
}

// sentenceQuotes is enclosingWith for a sentence that may also hold
// direct quotations: it returns the quotation whose words hold the whole
// sentence (or -1), the mixed quotations, scare quotes and titles under
// it that lie in the sentence (children of a reported clause that
// encloses them), and the quotations with an attribution of their own
// that start in it (direct ones, and any that run past its end), which
// no attribution of the sentence reads into. ok is false when the
// sentence is split by a quotation's narration or leaves its parent's
// words. inner and blocked are appended to the slices given, empty ones
// whose arrays indirect reuses sentence after sentence (a quotation is
// copied whole into blocked, 200 bytes, and news sentences hold many).
func (a *attributor) sentenceQuotes(s doc.Span, inner []int, blocked []doc.Quote) (parent int, _ []int, _ []doc.Quote, ok bool) {
	qs := a.d.Quotes
	// The first quotation at or after the sentence's start: enclosing
	// and the loop below start from it.
	k := sort.Search(len(qs), func(k int) bool { return qs[k].Start >= s.Start })
	return a.sentenceQuotesAt(s, k, inner, blocked)
}

// sentenceQuotesAt is sentenceQuotes with k, the first quotation that
// starts at or after s.Start, in hand: indirect keeps it as it goes
// through the sentences.
func (a *attributor) sentenceQuotesAt(s doc.Span, k int, inner []int, blocked []doc.Quote) (parent int, _ []int, _ []doc.Quote, ok bool) {
	qs := a.d.Quotes
	parent, ok = a.enclosing(doc.Span{Start: s.Start, End: s.Start}, k)
	if !ok {
		return -1, nil, nil, false
	}
	if parent >= 0 && !slicesContainsSpan(qs[parent].Content, s) {
		return -1, nil, nil, false
	}
	block := -1 // the end of the last blocked quotation: those inside it are skipped
	for n := 0; k < len(qs) && qs[k].Start < s.End; k, n = k+1, n+1 {
		if n >= 64 {
			return -1, nil, nil, false // a run of quotations, not prose: each cue would be checked against every one
		}
		q := &qs[k]
		if q.Start < block {
			continue
		}
		if (q.Kind == doc.QuoteDirect && !a.n114ClauseTail(q, s)) || q.Kind == doc.QuoteIndirect || q.End > s.End || q.Parent != parent || len(inner) >= 8 {
			blocked = append(blocked, *q)
			block = q.End
			continue
		}
		inner = append(inner, k)
		block = q.End
	}
	return parent, inner, blocked, true
}

// inMarks reports whether offset at lies inside words in marks that
// open within sentence s: an "according to" there is the quoted
// speaker's own source ("the report says the firm “has 90 offices,
// according to its website”"), not one that attributes the sentence,
// and a content cut before it would cross the closing mark.
func (a *attributor) inMarks(s doc.Span, at int) bool {
	qs := a.d.Quotes
	k := sort.Search(len(qs), func(k int) bool { return qs[k].Start >= s.Start })
	for n := 0; k < len(qs) && qs[k].Start < at && n < 16; k, n = k+1, n+1 {
		if len(qs[k].Marks) > 0 && at < qs[k].End {
			return true
		}
	}
	return false
}

// pastMarks returns where a content from offset from ends when
// contentEnd cut it at end, at most limit: a cut inside words in marks
// that open in the content ("said the firm “has ninety offices, according
// to its website”", "…, but …" or "…, saying …" in the marks) is the
// quoted speaker's punctuation, not the reporting clause's, so the
// content runs on past the closing mark, to where contentEnd cuts it
// after it. A cut that crossed the mark would leave the quotation
// neither inside the content nor outside it.
func (a *attributor) pastMarks(toks []tok, s doc.Span, q0, from, end, limit int) int {
	for round := 0; round < 4; round++ {
		qs := a.d.Quotes
		k := quoteFrom(qs, q0, from)
		moved := false
		for n := 0; k < len(qs) && qs[k].Start < end && n < 16; k, n = k+1, n+1 {
			q := &qs[k]
			if len(q.Marks) == 0 || end >= q.End || q.End > limit || q.End > s.End {
				continue
			}
			end = contentEnd(a.text, toks, q.End, limit)
			if end < q.End {
				end = q.End
			}
			moved = true
			break
		}
		if !moved {
			break
		}
	}
	return end
}

// quoteFrom returns the index of the first of qs, sorted by Start, that
// starts at or after at, given k0, an index at or before it: a few
// steps forward from k0, then a search of the rest. The readers of a
// sentence ask from the sentence's first quotation, and a sentence
// holds few: a search of the whole document's quotations, some 200
// bytes apart, was a string of cache misses each time.
func quoteFrom(qs []doc.Quote, k0, at int) int {
	for n := 0; n < 8; n, k0 = n+1, k0+1 {
		if k0 >= len(qs) || qs[k0].Start >= at {
			return k0
		}
	}
	return k0 + sort.Search(len(qs)-k0, func(i int) bool { return qs[k0+i].Start >= at })
}

func slicesContainsSpan(cs []doc.Span, s doc.Span) bool {
	for _, c := range cs {
		if c.Start <= s.Start && s.End <= c.End {
			return true
		}
	}
	return false
}

// nounBefore reports whether the token before a reporting word makes it
// a noun: a determiner, a possessive, a number ("the claim", "Trump’s
// plans", "his support", "two reports").
func nounBefore(text string, t *tok) bool {
	if !t.word {
		return false
	}
	w := t.low
	if t.is(isContracted) {
		return false // "he’s claiming": a pronoun and "is", not a possessive
	}
	if t.is(isNounMarker|isDet) || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s’") {
		return true
	}
	if numberTok(t) {
		return true // "Twenty-seven states", "three reports"
	}
	r := firstRune(w)
	return r >= '0' && r <= '9' && len(w) != 4 && !strings.HasSuffix(w, "-old") // a count, not a year: "two reports", not "an ad in 2008 questioned"; not an age, "the 67-year-old told"
}

// asWithin reports whether "as" is among the n words from toks[k].
func asWithin(toks []tok, k, n int) bool {
	for j := k; j < len(toks) && j < k+n; j++ {
		if toks[j].low == "as" {
			return true
		}
	}
	return false
}

// verbOnly reports whether w, a word of reporting, is a verb wherever it
// stands: after a number it is no noun ("A father of two said …", "Two
// told reporters …"), as "claims" and "reports" are ("three reports").
func verbOnly(w string) bool {
	switch w {
	case "said", "says", "told", "tells", "wrote", "writes", "added", "argued", "insisted", "explained", "recalled", "testified", "acknowledged", "conceded", "admitted":
		return true
	}
	return false
}

// stanceAdjectives stand between a possessive and its noun of saying or
// stance: "his earlier claim", "the mayor's repeated warnings", "her
// famous remark". They are words of time, order and repute that news
// puts before a statement, not nouns, so "Trump's aides claim" stays a
// subject and its verb.
var stanceAdjectives = map[string]bool{"earlier": true, "latest": true, "own": true, "recent": true, "previous": true, "first": true, "last": true, "new": true, "original": true, "initial": true, "famous": true, "infamous": true, "main": true, "central": true, "frequent": true, "public": true, "private": true, "false": true, "controversial": true, "stern": true, "dire": true, "bold": true, "key": true}

// stanceAdjective reports whether w may stand between a possessive and
// its noun of saying: a word of stanceAdjectives or a participle in
// "-ed" ("his repeated claims", "her unfounded assertion"). It takes
// the token, whose lexicon entry tells stanceAdjectives without hashing
// the word.
func stanceAdjective(t *tok) bool {
	return t.is(isStanceAdjective) || len(t.low) > 4 && strings.HasSuffix(t.low, "ed")
}

// possessiveBefore reports whether the reporting word at toks[c] is a
// noun after a possessive and an adjective of stanceAdjective: "the
// mayor's earlier claim that …", "his repeated claims that …". Without
// it the possessive phrase read as the subject of "claim" as a verb.
func possessiveBefore(text string, toks []tok, c int) bool {
	if c < 2 || !toks[c-1].word || !stanceAdjective(&toks[c-1]) || !toks[c-2].word {
		return false
	}
	w := toks[c-2].low
	if w == "his" || w == "her" || w == "their" || w == "its" || w == "our" || w == "my" || w == "your" {
		return true
	}
	return !toks[c-2].is(isContracted) && (strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s’"))
}

// numberWords count things: "two reports", "Twenty-seven states".
// Not "one", which is also a pronoun ("one said").
var numberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true, "eighteen": true, "nineteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true, "ninety": true, "hundred": true, "thousand": true, "million": true, "dozen": true, "dozens": true, "hundreds": true, "thousands": true, "millions": true}

// numberWord reports whether w is a number word, or two joined by a
// hyphen ("twenty-seven").
func numberWord(w string) bool {
	if a, b, ok := strings.Cut(w, "-"); ok {
		return wordIs(a, isNumberWord) && (wordIs(b, isNumberWord) || b == "one")
	}
	return wordIs(w, isNumberWord)
}

// numberTok is numberWord of the token's lower-case form: a word
// without a hyphen is a number word exactly when its lexicon entry has
// the numberWords bit, which spares hashing it.
func numberTok(t *tok) bool {
	if strings.IndexByte(t.low, '-') < 0 {
		return t.is(isNumberWord)
	}
	return numberWord(t.low)
}

// agrees reports whether a verb form agrees with its subject in number:
// a base form ("say") does not follow a singular name or noun, so "the
// emissions reduction target" and "Clinton support" are nouns.
func agrees(text string, f found, senses []verbSense) bool {
	base := true
	for _, s := range senses {
		base = base && s.base
	}
	if !base {
		return true
	}
	if f.pronoun != "" {
		return f.pronoun != "he" && f.pronoun != "she"
	}
	subj := spaceCommaSet.trimRight(text[f.subj.Start:f.subj.End])
	if f.whole && f.name != "" && strings.HasPrefix(subj, f.name) {
		// A mention that runs past its head: the head's number is the
		// verb's ("Emails obtained by the paper suggest …").
		subj = f.name
	}
	if strings.EqualFold(subj, "that") {
		return true // a relative "that" has its antecedent's number, which is not checked
	}
	last := subj[strings.LastIndexByte(subj, ' ')+1:]
	// The last word first: every test below can only say yes, and
	// none has an effect, so the one that most subjects of a base
	// form pass ("the company's own ledgers", "many") comes before
	// the readers of the subject's words.
	if pluralWord(strings.ToLower(last)) {
		return true
	}
	if shareText(subj) {
		return true // a share takes the number of its group: "44 percent back …" (a2_share.go)
	}
	if strings.Contains(subj, " and ") {
		return true
	}
	if rest, ok := quantityOf(subj); ok {
		subj = rest // "A number of members of the board say …": the number of what follows "of" (a4_agree.go)
	}
	if h, ok := phraseHead(subj); ok && pluralWord(strings.ToLower(h)) {
		return true // "Critics of the plan say …", "Members of the board argue …": the head's number
	}
	if h, ok := nearHead(subj); ok && pluralWord(strings.ToLower(h)) {
		return true // "Those close to him say …": the head's number
	}
	return false // the last word is singular: asked first, above
}

// pluralWord reports whether the last word of a subject, l in lower
// case, is plural, so that a base form of a verb agrees with it.
func pluralWord(l string) bool {
	return strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "’s") && !strings.HasSuffix(l, "'s") || l == "people" || l == "police" || l == "data" || l == "those" || l == "these" || l == "children" || l == "men" || l == "women" || l == "i" || l == "you" || l == "public" || quantifiers[l] || groupNouns[l] // "many believe", "few agree", "staff say"
}

// headPreps join a noun phrase's head to its phrase: "critics of the
// plan", "experts in the field", "advocates for the poor".
var headPreps = map[string]bool{"of": true, "in": true, "at": true, "for": true, "from": true, "on": true, "across": true, "around": true, "with": true, "inside": true, "outside": true, "within": true}

// phraseHead returns the word before the first preposition of headPreps
// in a subject of words, where one or two words come before it (its
// head, with an article, a quantifier or a modifier): "Critics of the
// plan" gives "Critics", "Several members of the board" "members".
func phraseHead(subj string) (string, bool) {
	// Word by word, as strings.Fields splits them, without the list:
	// agrees asks it of the subject of most verbs it reads.
	i, prev, head, found := 0, "", "", false
	for w := range strings.FieldsSeq(subj) {
		switch {
		case found:
			return head, true // a word after the preposition
		case i > 3:
			return "", false
		case i >= 1:
			if classOf2(lexOfWord(w))&isHeadPrep != 0 { // headPreps[strings.ToLower(w)], without the string or hashing
				head, found = prev, true
			} else if strings.ContainsAny(w, ",;:—") {
				return "", false
			}
		}
		prev = w
		i++
	}
	return head, false
}

// trailingOK reports whether the subject of a trailing "…, said X" ends
// its sentence, or is followed by a comma: "…, said the suing states
// were …" reports a clause instead.
func trailingOK(text string, at, end int) bool {
	if at >= end {
		return true
	}
	rest := strings.TrimSpace(text[at:end])
	return rest == "" || strings.HasPrefix(rest, ",") || bodyTail(text, at, end) || whereTail(rest) || affiliationTail(text, at, end) || // "…, said the Institute for Fiscal Studies." (mention.go)
		n26PlaceTail(text, at, end) || // "…, said one aide in the room." (n26_tail.go)
		n115DescribedNameTail(text, at, end) // "…, said the head of the union, Ann Lee." (n115_readings.go)
}

// onlyClass reports whether every sense is of class cl.
func onlyClass(senses []verbSense, cl byte) bool {
	for _, s := range senses {
		if s.class != cl {
			return false
		}
	}
	return true
}

// coordinated reports whether a finite reporting verb, past adverbs,
// starts at toks[k]: the second of two verbs that share a subject.
func coordinated(toks []tok, k int) bool {
	for n := 0; n < 2 && k < len(toks) && toks[k].word && toks[k].adverbish(); n++ {
		k++
	}
	if k >= len(toks) || !toks[k].word {
		return false
	}
	ss := toks[k].senses()
	if len(ss) == 0 {
		return false
	}
	for _, s := range ss {
		if s.ing || s.base {
			return false
		}
	}
	return true
}

// baseThat reports whether toks[k] is a base form of a verb of the
// lexicon that takes a clause, with "that" right after it: "Critics
// say the plan is too costly and argue that it will hurt riders". A
// base form after "and" is the second verb of a plural subject only
// where nothing in the content before it could govern it (contentEnd
// checks), and "that" after it shows it reports a clause of its own.
func baseThat(toks []tok, k int) bool {
	if k+1 >= len(toks) || !toks[k].word || toks[k+1].low != "that" {
		return false
	}
	for _, s := range toks[k].senses() {
		if s.base && s.particle == "" && (s.class == 's' || s.class == 'k' || s.class == 'c' || s.class == 'v') {
			return true
		}
	}
	return false
}

// semicolonParts splits sentence s at its semicolons, each part starting
// at its first non-space character; a sentence without one is one part.
// The parts are appended to out (the caller's buffer, reused from
// sentence to sentence: one allocation a sentence before).
func semicolonParts(text string, s doc.Span, out []doc.Span) []doc.Span {
	start := s.Start
	for {
		i := strings.IndexByte(text[start:s.End], ';')
		end := s.End
		if i >= 0 {
			end = start + i
		}
		for start < end && (text[start] == ' ' || text[start] == '\n' || text[start] == '\t') {
			start++
		}
		if end > start {
			out = append(out, doc.Span{Start: start, End: end})
		}
		if i < 0 {
			return out
		}
		start = end + 1
	}
}

// oneClause is semicolonParts of a sentence s that holds no semicolon:
// its one part, from its first non-space character (none if it is all
// spaces).
func oneClause(text string, s doc.Span, out []doc.Span) []doc.Span {
	start := s.Start
	for start < s.End && (text[start] == ' ' || text[start] == '\n' || text[start] == '\t') {
		start++
	}
	if s.End > start {
		out = append(out, doc.Span{Start: start, End: s.End})
	}
	return out
}

// subjectStarts holds clauseStart(text, toks, k+1) and localStart(text,
// toks, k), the starts of the clause and of the stretch that may be the
// subject ending at toks[k], each read when first asked. cueSubject's
// readers ask them of the same k, one after another (reducedRelative,
// the phrase before the cue, evidenceSubject), and each is a walk over
// the clause before the cue: both are functions of the toks and k
// alone, so the first answer is every answer.
type subjectStarts struct {
	k      int
	cs, ls int // +1: 0 is not yet read
}

// clause returns clauseStart(text, toks, st.k+1).
func (st *subjectStarts) clause(text string, toks []tok) int {
	if st.cs == 0 {
		st.cs = clauseStart(text, toks, st.k+1) + 1
	}
	return st.cs - 1
}

// local returns localStart(text, toks, st.k).
func (st *subjectStarts) local(text string, toks []tok) int {
	if st.ls == 0 {
		st.ls = localStart(text, toks, st.k) + 1
	}
	return st.ls - 1
}

// localStart returns the index of the first token of the stretch that
// may be the subject ending at toks[k]: after the nearest punctuation,
// conjunction that opens a clause, or relative word before it ("…
// Sudan as China and Russia support …").
func localStart(text string, toks []tok, k int) int {
	for j := k; j >= 0 && j > k-14; j-- {
		t := toks[j]
		if !t.word {
			if s := t.str(text); s == "," && j > 0 && toks[j-1].word && capital(toks[j-1].str(text)) && listGoesOn(text, toks[j+1:k+1]) {
				continue // "the United States, Britain and France"
			} else if s != "-" && s != "’" && s != "'" && s != "." && s != "&" {
				return j + 1
			}
			continue
		}
		if t.is(isSubordinator) && !(t.low == "that" && j > 0 && toks[j-1].low == "of") {
			return j + 1 // not "that" after "of", a determiner: "The authors of that study said"
		}
		// A verb of reporting that opens a clause: "Both say the
		// management has …" starts the subject after "say".
		if j < k && j > 0 && t.is(isReporting) && !capital(t.str(text)) && toks[j+1].word && (toks[j+1].is(isDet) || toks[j+1].is(isSubjectPronoun)) && toks[j-1].word && !nounBefore(text, &toks[j-1]) && toks[j-1].low != "who" {
			return j + 1
		}
	}
	return max(0, k-13)
}

// subordinators open a clause whose subject follows them.
// openingSubordinators open a sentence with a clause whose subject
// follows them ("Though she called the plan “outrageous” and called
// for …"): the subject is "she", not "Though".
// ("since" and "while" are function words, read as an opening phrase
// up to its comma: "Since 2010, Ann Ortiz has …").
var openingSubordinators = map[string]bool{"though": true, "although": true, "whereas": true, "because": true, "unless": true}

var subordinators = map[string]bool{"as": true, "because": true, "while": true, "when": true, "whenever": true, "after": true, "before": true, "since": true, "although": true, "though": true, "if": true, "unless": true, "but": true, "so": true, "that": true, "where": true, "whereas": true, "until": true, "which": true, "who": true, "whom": true, "whether": true, "than": true}

// antecedent returns the noun phrase that ends just before "who" at
// offset at, from its determiner: "an architect" of "an architect who
// said …"; "" when none is there.
func (a *attributor) antecedent(at int) string {
	text := a.text
	toks := a.ix.scratch(slotAntecedent, max(0, at-80), at)
	for j, reach := len(toks)-1, 5; j >= 0 && j >= len(toks)-reach; j-- {
		t := toks[j]
		if t.word && n105NameLink(text, toks, j) && reach < 9 {
			reach += 2 // "the Fair Trading and Competition Commission, which": one name
			continue
		}
		if !t.word {
			if t.str(text) == "," && j == len(toks)-1 {
				continue
			}
			return ""
		}
		if t.is(isDet) && j < len(toks)-1 {
			e := toks[len(toks)-1]
			if !e.word {
				e = toks[len(toks)-2]
			}
			return text[t.s:e.e]
		}
		if t.is(isFunction|isAuxiliary|isFinite|isPrep) || gluedPrepositions[t.low] {
			// A bare plural after a verb or a preposition is the
			// phrase: "The plan has critics who say …", "… against
			// residents who say …"; not the clause before it.
			if e := &toks[len(toks)-1]; j < len(toks)-1 && j >= len(toks)-3 && e.word && e.pluralNoun() && !strings.HasSuffix(toks[j+1].low, "ing") {
				return text[toks[j+1].s:e.e] // one or two words: "critics", "angry residents"
			}
			return ""
		}
	}
	return ""
}

// titleCase reports whether toks are a headline in title case: most of
// their longer words capitalised.
func titleCase(text string, toks []tok) bool {
	n, caps := 0, 0
	for k := range toks { // by index: a range copies each 40-byte tok
		t := &toks[k]
		if t.word && len(t.low) > 3 {
			n++
			if capital(t.str(text)) {
				caps++
			}
		}
	}
	return n >= 4 && caps*4 >= n*3
}

// titleVerb reports whether toks hold a capitalised verb of reporting
// where titleCue looks for one: the last word, or one of the second to
// seventh tokens. Without one titleCue reads nothing, so a sentence
// need not be counted for titleCase, which reads every token. The verb
// is asked for by its list bit (isReporting is reporting's words), and
// among the second to seventh tokens only at trig, the positions of
// the words with isReportTrigger (attributionsInto's list), which every
// word of reporting has.
func titleVerb(text string, toks []tok, trig []int32) bool {
	if gatesOff {
		return true // TestGates: the rule reads the same without this test
	}
	c := len(toks) - 1
	for c > 0 && !toks[c].word {
		c--
	}
	if c >= 0 && capital(toks[c].str(text)) && toks[c].is(isReporting) && headlineVerb(text, toks, c) {
		return true
	}
	for _, p := range trig {
		c := int(p)
		if c+2 >= len(toks) || c > 6 {
			break
		}
		if c >= 1 && capital(toks[c].str(text)) && toks[c].is(isReporting) && headlineVerb(text, toks, c) {
			return true
		}
	}
	return false
}

// postName reports whether toks[c], a capitalised "Post" in a
// headline, is a newspaper's name, as after a capitalised word it is
// ("Washington Post Hit Piece …"), not the verb.
func postName(toks []tok, c int) bool {
	return (toks[c].low == "post" || toks[c].low == "posts") && c > 0 && toks[c-1].word
}

// titleCue reads an attribution in a headline in title case, where the
// verb is capitalised too: "Mayor Says Ferry Will Sail in May". The
// source is the words before the verb, the content those after it.
func titleCue(text string, toks []tok, end int) (found, doc.Span) {
	if g, c := titleCueAfter(text, toks, end); g.ok {
		return g, c
	}
	if len(toks) == 0 || toks[0].is(isFunction) && !toks[0].is(isDet) {
		return found{}, doc.Span{} // "How a Town Remembers …": a clause, not a source
	}
	for c := 1; c+2 < len(toks) && c <= 6; c++ {
		t := &toks[c]
		if !t.word {
			return found{}, doc.Span{}
		}
		ss := t.senses()
		if len(ss) == 0 || !capital(t.str(text)) || onlyClass(ss, 'a') || onlyClass(ss, 'r') || !headlineVerb(text, toks, c) || n15TitleSkip(toks, c) {
			continue // the verb of a headline is capitalised too; one of evaluation too ("Pilots Slam Pier Plan"); not "Hits Back" (n15_title.go)
		}
		if c == 1 && (toks[0].is(isDet) || toks[0].low == "one" || numberTok(&toks[0])) {
			continue // the noun after a determiner or a number: "One Letter Sums Up …", "A Report Finds …"
		}
		if midDeterminer(toks, c) {
			return found{}, doc.Span{} // a word after a determiner inside the headline is a noun: "One Letter Sums Up The Odd Double Rule …" (the verb was not read)
		}
		if toks[c+1].s >= end || !wordsAtLeast(toks[c+1:], 3) || !toks[c-1].word {
			return found{}, doc.Span{}
		}
		s := doc.Span{Start: toks[0].s, End: toks[c-1].e}
		if j := headlineParticleEnd(text, toks, c); j > c+1 && j < len(toks) && toks[j].s < end && wordsAtLeast(toks[j:], 2) {
			// "Union Strikes A Deal To Reopen Ferry" (b2_title.go)
			return found{subj: s, name: text[s.Start:s.End], ok: true, whole: true, cue: doc.Span{Start: t.s, End: toks[j-1].e}}, doc.Span{Start: toks[j].s, End: end}
		}
		return found{subj: s, name: text[s.Start:s.End], ok: true, whole: true, cue: doc.Span{Start: t.s, End: t.e}}, doc.Span{Start: toks[c+1].s, End: end}
	}
	return found{}, doc.Span{}
}

// titleCueAfter reads a headline in title case whose source and verb
// end it after a comma: "Ferry Will Sail in May, Mayor Says." The
// source is the capitalised words between the comma and the verb, the
// content the words before the comma.
func titleCueAfter(text string, toks []tok, end int) (found, doc.Span) {
	c := len(toks) - 1
	for c > 0 && !toks[c].word {
		c--
	}
	if c < 3 || toks[c].s >= end || !capital(toks[c].str(text)) {
		return found{}, doc.Span{}
	}
	ss := toks[c].senses()
	if len(ss) == 0 || onlyClass(ss, 'e') || onlyClass(ss, 'a') || onlyClass(ss, 'r') || !headlineVerb(text, toks, c) {
		return found{}, doc.Span{}
	}
	k := c - 1
	for k > 0 && c-k <= 5 && toks[k].word && capital(toks[k].str(text)) {
		k--
	}
	if k == c-1 || toks[k].str(text) != "," || !wordsAtLeast(toks[:k], 3) {
		return found{}, doc.Span{}
	}
	s := doc.Span{Start: toks[k+1].s, End: toks[c-1].e}
	return found{subj: s, name: text[s.Start:s.End], ok: true, whole: true, cue: doc.Span{Start: toks[c].s, End: toks[c].e}}, doc.Span{Start: toks[0].s, End: toks[k].s}
}

// hasVerb reports whether toks, up to a comma, hold a word that is
// surely a verb: an auxiliary or a verb of reporting.txt ("most want
// later ferries", not "head of the board").
func hasVerb(toks []tok) bool {
	for _, t := range toks {
		if t.low == "," {
			return false
		}
		if t.word && (t.is(isAuxiliary) || t.is(isFinite) || t.is(isReporting)) {
			return true
		}
	}
	return false
}

// passive reads a passive reporting verb with its agent: "The plan was
// criticized by the mayor", "The story was first reported by the Post":
// the agent after "by" is the source, the subject the content.
func (a *attributor) passive(toks []tok, c int, senses []verbSense, limit int) (found, doc.Span, bool) {
	text := a.text
	if onlyClass(senses, 'a') || toks[c].is(isNotIndirect) || toks[c].low == "published" || toks[c].low == "held" || toks[c].low == "examined" || toks[c].low == "identified" && c >= 2 && toks[c-1].low == "be" {
		return found{}, doc.Span{}, false // "written by", "published by": who made it, not whose view it is; "held by armed groups", "examined by doctors": no words at all; "asked to be identified only by his first name": a name
	}
	if decisionPassive(toks, c) {
		return found{}, doc.Span{}, false
	}
	for _, s := range senses {
		if s.ing || s.particle != "" && !(s.particle == "against" && strings.HasPrefix(toks[c].low, "decid")) {
			return found{}, doc.Span{}, false // "decide against" (a4_agree.go) leaves "was decided by" a passive
		}
	}
	k, be := auxBefore(toks, c)
	if !be || k < 0 || !toks[k].word {
		return found{}, doc.Span{}, false
	}
	j := c + 1
	for n := 0; n < 2 && j < len(toks) && toks[j].word && toks[j].adverbish(); n++ {
		j++
	}
	if j+1 >= len(toks) || toks[j].low != "by" && toks[j].low != "in" || toks[j+1].s >= limit {
		return found{}, doc.Span{}, false
	}
	var g found
	if toks[j].low == "in" {
		g = carrierIn(text, toks, j+1)
	} else {
		g = agentAt(text, toks, j+1)
	}
	if !g.ok || g.subj.Start >= limit {
		return found{}, doc.Span{}, false
	}
	g.cue = doc.Span{Start: toks[c].s, End: toks[c].e}
	g = withArticle(text, toks, widen(a.ix, g))
	cs := n3PastWh(toks, max(clauseStart(text, toks, k+1), localStart(text, toks, k)), k)
	if cs > k {
		return found{}, doc.Span{}, false
	}
	return g, extraposedThat(toks, c, cs, k, g.subj.End, limit), true
}

// carrierIn reads the source of a passive after "in": a thing that
// carries content, with its determiner and a word or two before the
// noun ("is documented in the film", "was detailed in a new report").
func carrierIn(text string, toks []tok, k int) found {
	if k >= len(toks) || !toks[k].word || !toks[k].is(isDet) && toks[k].low != "its" && toks[k].low != "this" {
		return found{}
	}
	for e := k + 1; e < len(toks) && e <= k+3 && toks[e].word; e++ {
		w := toks[e].low
		if carriers[w] || carriers[strings.TrimSuffix(w, "s")] {
			if e+1 < len(toks) && toks[e+1].word && !toks[e+1].is(isFunction) && !toks[e+1].is(isTimeWord) {
				return found{} // "in the report card": the noun goes on
			}
			sp := doc.Span{Start: toks[k].s, End: toks[e].e}
			return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
		}
		if toks[e].is(isFunction) {
			break
		}
	}
	return found{}
}

// stanceHolders name one who holds a stance toward what follows "of".
// "champion" is left out: "a champion of the 100 metres" won a race.
var stanceHolders = map[string]bool{"supporter": true, "supporters": true, "opponent": true, "opponents": true, "critic": true, "critics": true, "defender": true, "defenders": true, "proponent": true, "proponents": true, "advocate": true, "advocates": true, "backer": true, "backers": true, "foe": true, "foes": true, "skeptic": true, "skeptics": true}

// clauseCommaEnd ends the content of a noun of evaluation or of
// stanceHolders at toks[c] (its object from toks[c+2] up to to) at a
// comma or a semicolon where the holder f is a relative "who" or comes
// after the noun: "Ann Ortiz, who is a critic of the levy, spoke"; "A
// critic of the levy, Ann Ortiz said …".
func clauseCommaEnd(text string, toks []tok, c int, f found, to int) int {
	if f.pronoun != "who" && f.subj.Start <= toks[c].s {
		return to
	}
	for i := c + 3; i < len(toks) && toks[i].s < to; i++ {
		if s := toks[i].str(text); s == "," || s == ";" {
			return toks[i].s
		}
	}
	return to
}

// personHolder reports whether the holder f of a noun of stanceHolders
// is a person: a personal pronoun or "who", a name (a capital word with
// no article before it), or a description whose last word names a
// person ("the mayor"). "The dog is a foe of the postman" holds no
// stance.
func personHolder(text string, toks []tok, f found) bool {
	switch f.pronoun {
	case "":
	case "he", "she", "they", "i", "we", "you", "who":
		return true
	default:
		return false
	}
	// The holder's tokens, found by a binary search: the loop over the
	// nouns stays linear.
	first, last := -1, -1
	i, _ := slices.BinarySearchFunc(toks, f.subj.Start, func(t tok, s int) int { return t.s - s })
	for ; i < len(toks) && toks[i].e <= f.subj.End; i++ {
		if toks[i].word {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return false
	}
	if capital(toks[first].str(text)) && !toks[first].is(isDet) && !toks[first].is(isFunction) {
		return true
	}
	return toks[last].is(isPerson)
}

// teamObject reports whether the object of "supporter of" at toks[k]
// names a sports side within its first five words ("a supporter of the
// local football club"): a fan, not a stance.
func teamObject(toks []tok, k int) bool {
	for j := k; j < len(toks) && j < k+5 && toks[j].word; j++ {
		switch toks[j].low {
		case "club", "clubs", "team", "teams", "side", "squad", "fc":
			return true
		}
	}
	return false
}

// holderSubject reads the subject of a noun of stanceHolders at toks[c]
// that "be" predicates of it: back over adjectives and "and" to an
// article, then a form of "be" with its auxiliaries and adverbs, then
// the subject, a name, a description, a pronoun or a relative "who".
func (a *attributor) holderSubject(toks []tok, c int) (found, bool) {
	text := a.text
	j := c - 1
	for n := 0; j > 0 && n < 5 && toks[j].word && !toks[j].is(isDet) && (toks[j].low == "and" || !toks[j].is(isFunction) && !toks[j].is(isAuxiliary) && (!toks[j].is(isReporting) || onlyClass(reportingSenses(toks[j].low), 'a')) && !capital(toks[j].str(text))); n++ {
		j--
	}
	if j < 0 || !toks[j].word || toks[j].low != "a" && toks[j].low != "an" {
		return found{}, false
	}
	if j == 0 {
		// A description that opens the sentence before its subject: "A
		// passionate defender of the pier, Ed Moss likened it to …".
		for i := c + 2; i+1 < len(toks) && i < c+14; i++ {
			if !toks[i].word {
				if toks[i].str(text) != "," {
					return found{}, false
				}
				f, e := subjectAt(text, toks, i+1, len(toks))
				if !f.ok || f.pronoun == "" && !capital(f.name) || f.pronoun != "" && f.pronoun != "he" && f.pronoun != "she" && f.pronoun != "they" || e >= len(toks) || !toks[e].word || !(toks[e].is(isReporting) || toks[e].is(isAuxiliary) || toks[e].is(isFinite) || strings.HasSuffix(toks[e].low, "ed")) {
					return found{}, false
				}
				return f, true
			}
		}
		return found{}, false
	}
	if j < 2 {
		return found{}, false
	}
	j--
	if !toks[j].word || !toks[j].is(isBeForm) || toks[j].low == "being" {
		return found{}, false
	}
	for n := 0; j > 0 && n < 4 && toks[j-1].word && (toks[j-1].is(isAuxiliary) || toks[j-1].adverbish()); n++ {
		j--
	}
	k := j - 1
	if k > 0 && toks[k].str(text) == "," {
		// "Ed Moss, a pilot with the port, has been a critic of …":
		// the subject with its appositive (a4_holder.go).
		return appositiveHolder(a, toks, k)
	}
	if k < 0 || !toks[k].word {
		return found{}, false
	}
	if toks[k].is(isSubjectPronoun) { // "who" too: makeQuote resolves it
		return found{subj: doc.Span{Start: toks[k].s, End: toks[k].e}, pronoun: toks[k].low, ok: true}, true
	}
	f := beforeCue(text, toks, k+1)
	if !f.ok {
		return found{}, false
	}
	return withArticle(text, toks, widen(a.ix, f)), true
}

// deliveredNouns name what is said to an audience: what "deliver" reports.
var deliveredNouns = map[string]bool{"message": true, "messages": true, "speech": true, "speeches": true, "remarks": true, "address": true, "warning": true, "warnings": true, "verdict": true, "rebuke": true, "ultimatum": true, "statement": true, "lecture": true, "eulogy": true, "sermon": true, "keynote": true, "apology": true, "testimony": true, "critique": true, "assessment": true}

// speechNounAfter reports whether one of deliveredNouns comes within five
// words after the verb at toks[c].
func speechNounAfter(toks []tok, c int) bool {
	for j := c + 1; j < len(toks) && j <= c+5 && toks[j].word; j++ {
		if deliveredNouns[toks[j].low] {
			return true
		}
	}
	return false
}

// months name a time after a subject: "in April".
var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// yearLike reports whether w is a year of four digits.
func yearLike(w string) bool {
	if len(w) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w[0] == '1' || w[0] == '2'
}

// objectRelative reads a verb of reporting whose object is a relative
// pronoun before its subject: "what" after a form of "be" ("That was
// what Ann Ortiz said before the vote", "That is what the board
// believes"), "that" after its noun with nothing after the verb ("the
// leader that Ed Moss so admires."), "which" after a comma with a verb
// of speech ("…, which the port detailed in its report"). The pronoun
// is the content, as PolNeAR marks it. Not a pseudo-cleft
// ("What Ed Moss said was that …": the clause after "was" is the
// content). The verb has no content of its own after it: the caller
// asks only where none was read or where it read a clause of time
// ("before the vote"). Tried and dropped: "what" after any word
// ("knew what she said": 20 more in each novel sample, half B one
// more that PolNeAR does not mark), and "which" after a comma with any
// verb, not only one of speech (half B one more unmarked).
func (a *attributor) objectRelative(toks []tok, c, limit int) (found, doc.Span, bool) {
	text := a.text
	k := c - 1
	for n := 0; n < 3 && k >= 0 && toks[k].word && (toks[k].is(isAuxiliary) || toks[k].adverbish()); n++ {
		k--
	}
	if k < 1 || !toks[k].word {
		return found{}, doc.Span{}, false
	}
	// The tests of the word after the verb first, which need no
	// subject: subjectEnding reads some hundreds of instructions of
	// words before the verb, and most verbs asked of here have an
	// object after them. Every reading below ends with the last of
	// these tests; "that" needs no word after the verb at all, and
	// "which" a word only where it is "in"; "what" is read only if
	// one stands at or before the subject's last word (the relative
	// word comes before the subject, which ends at toks[k]).
	if n := c + 1; n < len(toks) && toks[n].word {
		if t := &toks[n]; t.is(isBeForm) || t.low == "that" || t.is(isDet) || t.is(isObjectPronoun) {
			return found{}, doc.Span{}, false // "What she said was …", "what he told them": an object or a clause of its own
		}
		if toks[n].low != "in" && !slices.ContainsFunc(toks[:k+1], func(t tok) bool { return t.low == "what" }) {
			return found{}, doc.Span{}, false
		}
	}
	g := subjectEnding(text, toks, k)
	if !g.ok || g.pronoun == "who" || g.subj.End != toks[k].e {
		return found{}, doc.Span{}, false
	}
	m := sort.Search(len(toks), func(i int) bool { return toks[i].s >= g.subj.Start })
	if m < 1 || m >= len(toks) {
		return found{}, doc.Span{}, false
	}
	r := toks[m-1]
	if m < 2 || r.s >= limit {
		return found{}, doc.Span{}, false
	}
	switch b := toks[m-2]; r.low {
	case "which":
		// After a comma, with a verb of speech: "…, which the bank
		// detailed in its filings".
		if b.str(text) != "," || !slices.ContainsFunc(toks[c].senses(), func(s verbSense) bool { return s.class == 's' || s.class == 'k' }) {
			return found{}, doc.Span{}, false
		}
		// The clause ends after the verb, or "in" names what carries
		// the words ("in its filings") or a named source's papers ("in
		// Senate filings"): "which the firm detailed in red and gold"
		// is no report.
		if n := c + 1; n < len(toks) && toks[n].word && (toks[n].low != "in" || n+1 >= len(toks) || !capital(toks[n+1].str(text)) && !carrierIn(text, toks, n+1).ok) {
			return found{}, doc.Span{}, false
		}
	case "what":
		if !b.is(isBeForm) && !beContracted[b.low] {
			return found{}, doc.Span{}, false // "That was what Ann Ortiz said"; "knew what she said" is left as it was
		}
		if a.n50NamesMarks(toks, c) {
			return found{}, doc.Span{}, false // "is what the mayor calls “…”": the marked name is the content (n50_what.go)
		}
	case "that":
		// An object relative after its noun, the verb with nothing
		// after it: "the kind of leader that Ed Moss so admires.".
		if !b.word || b.is(isFunction) || b.is(isAuxiliary) || capital(b.str(text)) && b.is(isDet) || b.is(isReporting) || stanceNouns[b.low] || b.is(isCue) || b.adverbish() || c5ToldThat(text, toks, m-1) {
			return found{}, doc.Span{}, false
		}
		if n := c + 1; n < len(toks) && toks[n].word {
			return found{}, doc.Span{}, false
		}
	default:
		return found{}, doc.Span{}, false
	}
	if n := c + 1; n < len(toks) && toks[n].word && (toks[n].is(isBeForm) || toks[n].low == "that" || toks[n].is(isDet) || toks[n].is(isObjectPronoun)) {
		return found{}, doc.Span{}, false // "What she said was …", "what he told them": an object or a clause of its own
	}
	g.cue = doc.Span{Start: toks[c].s, End: toks[c].e}
	g = withArticle(text, toks, widen(a.ix, g))
	return g, doc.Span{Start: r.s, End: r.e}, true
}

// relativeWord reports whether w opens the subject of objectRelative's
// clause: it reads a verb at toks[c] only where the word before the
// subject, which ends before c, is one of them. Most verbs of reporting
// it is asked of have none before them, and their subjects
// (subjectEnding, several tries each) were read for nothing.
func relativeWord(w string) bool {
	return w == "that" || w == "which" || w == "what"
}

// beContracted are a pronoun and "is" in one word, before a relative
// "what": "that’s what the board hopes".
var beContracted = map[string]bool{"that’s": true, "that's": true, "it’s": true, "it's": true, "here’s": true, "here's": true}

// timeClauseAt reports whether the token at offset at opens a clause
// of time or reason ("before the vote"), which no verb of reporting
// takes as its content.
func timeClauseAt(text string, toks []tok, at int) bool {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= at })
	if i >= len(toks) || toks[i].s != at {
		return false
	}
	switch toks[i].low {
	case "when", "before", "after", "while", "because", "since", "until", "as":
		return true
	}
	return false
}

// reducedPassive reads a participle of reporting with its agent right
// after a noun phrase, with no "be" (a reduced relative): "a view
// echoed by every pilot", "a plan backed by the mayor". The noun phrase
// is the content and the agent its source, as in a passive with "be".
// The phrase opens with a determiner within six words before the
// participle and holds words only.
func (a *attributor) reducedPassive(toks []tok, c int, senses []verbSense, limit int) (found, doc.Span, bool) {
	text := a.text
	if c < 2 || c+2 >= len(toks) || toks[c+1].low != "by" || !toks[c+2].word || toks[c+2].s >= limit {
		return found{}, doc.Span{}, false
	}
	if w := toks[c].low; !(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn") || relParticiples[w]) || onlyClass(senses, 'a') || toks[c].is(isNotIndirect) || w == "published" {
		return found{}, doc.Span{}, false
	}
	if !slices.ContainsFunc(senses, func(s verbSense) bool { return !s.ing && s.particle == "" }) {
		return found{}, doc.Span{}, false // "backed" has "back away from" too: one sense without a particle is enough
	}
	h := toks[c-1]
	if !h.word || h.is(isFunction) || h.is(isAuxiliary) || h.is(isPronoun) || h.adverbish() || len(h.low) > 4 && strings.HasSuffix(h.low, "ed") || h.is(isReporting) && !nounBefore(text, &toks[c-2]) {
		return found{}, doc.Span{}, false
	}
	if !stanceNoun(h.low) && !proposalNoun(h.low) {
		return found{}, doc.Span{}, false // "A loan backed by the bank" holds no content of the bank's
	}
	start := -1
	for j := c - 2; j >= 0 && j >= c-6; j-- {
		t := toks[j]
		if !t.word {
			if s := t.str(text); s != "-" && s != "$" && s != "’" && s != "'" {
				return found{}, doc.Span{}, false
			}
			continue
		}
		if t.is(isDet) || t.low == "this" || t.low == "its" || t.low == "that" && j > 0 && !toks[j-1].word {
			start = j
			break
		}
		if t.is(isFunction) || t.is(isAuxiliary) || t.is(isFinite) || t.is(isReporting) && !capital(t.str(text)) {
			return found{}, doc.Span{}, false
		}
	}
	if start < 0 {
		return found{}, doc.Span{}, false
	}
	g := agentAt(text, toks, c+2)
	if w := toks[c+2].low; !g.ok && (w == "everyone" || w == "everybody") {
		g = found{subj: doc.Span{Start: toks[c+2].s, End: toks[c+2].e}, name: toks[c+2].str(text), ok: true}
	}
	if !g.ok || g.subj.Start >= limit || g.pronoun != "" {
		return found{}, doc.Span{}, false
	}
	// The agent ends before the main clause's verb: "A plan backed by
	// the mayor passed on Monday", "… by the mayor wins support", "… by
	// the council raises the fare" (a verb in -s after the agent's noun,
	// with an object after it).
	for j := c + 3; j < len(toks) && toks[j].s < g.subj.End; j++ {
		if w := toks[j].low; toks[j].word && !capital(toks[j].str(text)) && (toks[j].is(isFinite) || toks[j].is(isAuxiliary) || len(w) > 4 && strings.HasSuffix(w, "ed") || presentVerbAt(text, toks, j)) {
			g.subj.End = toks[j-1].e
			g.name = text[g.subj.Start:g.subj.End]
			break
		}
	}
	g.cue = doc.Span{Start: toks[c].s, End: toks[c].e}
	g = withArticle(text, toks, widen(a.ix, g))
	return g, doc.Span{Start: toks[start].s, End: h.e}, true
}

// proposalNouns name content a source may back, echo or approve besides
// stanceNouns: what reducedPassive takes as its content ("a bill backed
// by the mayor"); "a loan backed by the bank" is no content.
var proposalNouns = map[string]bool{"bill": true, "idea": true, "measure": true, "policy": true, "motion": true, "resolution": true, "amendment": true, "report": true, "statement": true, "study": true, "notion": true, "stance": true, "message": true, "account": true, "sentiment": true, "concern": true, "criticism": true, "complaint": true, "charge": true, "estimate": true, "analysis": true, "assessment": true, "opinion": true, "argument": true, "call": true, "request": true, "initiative": true, "agenda": true, "approach": true, "strategy": true, "reform": true, "legislation": true}

// proposalNoun is proposalNouns with a plural in "s".
func proposalNoun(w string) bool {
	return proposalNouns[w] || strings.HasSuffix(w, "s") && proposalNouns[strings.TrimSuffix(w, "s")]
}

// presentVerbAt reports whether toks[j] reads as the main clause's verb
// in the present after an agent's noun: a lower-case word in -s after a
// noun, with an article or a lower-case content word after it ("the
// mayor wins support", "the council raises the fare"), not a plural
// before a preposition ("the city councils of …").
func presentVerbAt(text string, toks []tok, j int) bool {
	w := toks[j].low
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || toks[j].is(isFunction) || toks[j].is(isPrep) || j+1 >= len(toks) || !toks[j-1].word || toks[j-1].is(isFunction) || toks[j-1].is(isDet) {
		return false
	}
	n := toks[j+1]
	if !n.word {
		return false
	}
	return n.is(isDet) || !capital(n.str(text)) && !n.is(isFunction) && !n.is(isPrep) && !n.is(isTimeWord) && !n.is(isAdverb)
}

// agentAt reads the agent after "by" at toks[k]: a subject, or a plural
// noun with its modifiers, also where a capitalised adjective opens it
// ("by Republican governors", which subjectAt reads as a name, "Republican").
func agentAt(text string, toks []tok, k int) found {
	g, e := subjectAt(text, toks, k, len(toks))
	if !g.ok {
		return pluralAgent(text, toks, k)
	}
	if g.pronoun == "" && e < len(toks) && toks[e].word && !capital(toks[e].str(text)) && toks[e].pluralNoun() && !toks[e].is(isReporting) {
		if p := pluralAgent(text, toks, k); p.ok && p.subj.End > g.subj.End {
			return p
		}
	}
	if g.pronoun == "" && e+1 < len(toks) && toks[e].low == "of" && toks[e+1].word {
		// The group the head counts or leads: "by a number of
		// experts", "by the head of the agency" ("a number" names no
		// one).
		h, x := subjectAt(text, toks, e+1, len(toks))
		if !h.ok || h.pronoun != "" {
			h, x = pluralAgent(text, toks, e+1), 0
		}
		if h.ok && h.pronoun == "" && h.subj.End > g.subj.End && (x == 0 || x > e+1) {
			g.subj.End, g.whole = h.subj.End, true
			if toks[k].is(isDet) {
				g.name = text[g.subj.Start:g.subj.End]
			}
		}
	}
	return g
}

// pluralAgent reads an agent after "by" that subjectAt, which wants a
// name, a determiner or a cue after it, does not: a plural noun with
// its count or modifiers ("by three unions", "by far fewer shops", "by
// dozens of papers", "by fellow pilots"), up to the first word that
// is not part of it.
func pluralAgent(text string, toks []tok, k int) found {
	e, of := k, false
	for e < len(toks) && e < k+6 && toks[e].word {
		w := toks[e].low
		if w == "of" && !of && e > k {
			of = true
			e++
			continue
		}
		if t := &toks[e]; t.is(isFunction) && !t.is(isQuantifier) && w != "far" || t.is(isAuxiliary) || t.is(isReporting) && e > k || strings.HasSuffix(w, "ing") {
			break
		}
		e++
	}
	if e == k {
		return found{}
	}
	last := toks[e-1].low
	if !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || strings.HasSuffix(last, "’s") || strings.HasSuffix(last, "'s") || last == "of" {
		return found{}
	}
	sp := doc.Span{Start: toks[k].s, End: toks[e-1].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
}

// auxBefore walks back over up to five auxiliaries and adverbs before
// the verb at toks[c] ("has long been criticized"): k is the word before
// them, be whether one of them is a form of "be", as a passive needs.
func auxBefore(toks []tok, c int) (k int, be bool) {
	k = c - 1
	for j := 0; k >= 0 && j < 5 && toks[k].word; j++ {
		if toks[k].is(isAuxiliary) {
			be = be || toks[k].is(isBeForm)
		} else if !toks[k].adverbish() {
			break
		}
		k--
	}
	return k, be
}

// quotedAs reads "was quoted as saying …" at toks[c], "quoted": the
// passive's subject is the speaker, whom the writer quotes (an
// agentless passive of another verb names no source), and the content
// is what the verb of speech in -ing after "as" reports ("Ed Moss was
// quoted as saying the pier was safe"). The cue runs from "quoted" to
// that verb.
func quotedAs(text string, toks []tok, c, limit int) (found, doc.Span, bool) {
	as := quotedAsAt(toks, c)
	if as < 0 || as+2 >= len(toks) {
		return found{}, doc.Span{}, false
	}
	k, be := auxBefore(toks, c)
	if !be || k < 0 || !toks[k].word && toks[k].str(text) != "," { // the comma closes an appositive: "Ann Lee, the mayor, was quoted as saying"
		return found{}, doc.Span{}, false
	}
	f := beforeCue(text, toks, k+1)
	if !f.ok || f.subj.End > toks[k].e || f.pronoun == "it" {
		return found{}, doc.Span{}, false
	}
	from, ok := contentStart(text, toks, as+2, 's', limit)
	if !ok || from >= limit {
		return found{}, doc.Span{}, false
	}
	to := limit
	if f.pronoun == "who" || strings.EqualFold(f.name, "which") {
		to = relativeEnd(text, toks, f, from, to)
	}
	to = contentEnd(text, toks, from, to)
	if to <= from {
		return found{}, doc.Span{}, false
	}
	f.cue = doc.Span{Start: toks[c].s, End: toks[as+1].e}
	return f, doc.Span{Start: from, End: to}, true
}

// quotedAsAt returns the index of "as" in "quoted (by X) as saying" at
// toks[c], "quoted", or -1.
func quotedAsAt(toks []tok, c int) int {
	if toks[c].low != "quoted" {
		return -1
	}
	as := c + 1
	for as < len(toks) && as < c+7 && toks[as].word && toks[as].low != "as" {
		as++ // where: "was quoted in the Gazette as saying"
	}
	if as+1 >= len(toks) || toks[as].low != "as" || !toks[as+1].word || !strings.HasSuffix(toks[as+1].low, "ing") || !speechSense(reportingSenses(toks[as+1].low)) {
		return -1
	}
	return as
}

// agentless reads a passive verb of reporting with no agent and a
// complement that says what is reported of the subject: "He was
// accused of fraud", "Turnout is expected to rise", "The plan has been
// criticized for its cost", "She has been mentioned as a candidate",
// "It was reported that …". PolNeAR annotates them as attributions
// whose source is not named; the content is the subject and the
// complement ("it" is no content). ok is false without such a
// complement: "The report was released" reports nothing.
func agentless(text string, toks []tok, c int, senses []verbSense, limit int) ([]doc.Span, doc.Span, bool) {
	if agentlessNot(text, toks, c) {
		return nil, doc.Span{}, false
	}
	if onlyClass(senses, 'a') || toks[c].is(isNotIndirect) || toks[c].low == "published" || !strings.HasSuffix(toks[c].low, "ed") && !strings.HasSuffix(toks[c].low, "n") && !strings.HasSuffix(toks[c].low, "t") && toks[c].low != "said" {
		return nil, doc.Span{}, false
	}
	k, be := auxBefore(toks, c)
	if !be || k < 0 || !toks[k].word || toks[k].is(isSubjectPronoun) && toks[k].low != "he" && toks[k].low != "she" && toks[k].low != "they" {
		return nil, doc.Span{}, false
	}
	j := c + 1
	if j < len(toks) && toks[j].word && toks[j].adverbish() && !toks[j].is(isTimeWord) {
		j++
	}
	if j+1 >= len(toks) || !toks[j+1].word || toks[j+1].s >= limit {
		return nil, doc.Span{}, false
	}
	comp := toks[j].low
	has := func(cls string) bool {
		return slices.ContainsFunc(senses, func(s verbSense) bool { return s.particle == "" && !s.ing && strings.IndexByte(cls, s.class) >= 0 })
	}
	expletive := toks[k].low == "it"
	switch {
	case expletive && comp == "that" && has("skcv"):
	case expletive:
		return nil, doc.Span{}, false
	case comp == "to" && has("scvr") && !toks[j+1].is(isDet) && !capital(toks[j+1].str(text)) && !toks[j+1].is(isPrep) && !toks[j+1].is(isTimeWord):
		// Not a stranded "to" before a phrase: "the hearing he was
		// called to in May".
	case comp == "of" && has("oe"):
	case comp == "for" && has("e"):
	case comp == "as" && has("sce"):
	default:
		return nil, doc.Span{}, false
	}
	from := toks[j].s
	if comp == "of" || comp == "as" {
		from = toks[j+1].s // part of the cue: "accused of", "described as"; "for" is the content's, as in the active "criticized X for …"
	}
	to := contentEnd(text, toks, from, limit)
	if to <= from {
		return nil, doc.Span{}, false
	}
	cue := doc.Span{Start: toks[c].s, End: toks[c].e}
	if expletive {
		return []doc.Span{{Start: from, End: to}}, cue, true
	}
	cs := n3PastWh(toks, max(clauseStart(text, toks, k+1), localStart(text, toks, k)), k)
	cs = n106AfterCue(text, toks, cs, k) // "…, said the Duchess was expected to …": the subject is the reported clause's
	if cs > k || toks[cs].low == "who" || toks[cs].low == "which" || toks[cs].low == "that" {
		return nil, doc.Span{}, false
	}
	subj := doc.Span{Start: toks[cs].s, End: toks[k].e}
	if k > cs && (toks[k].low == "and" || toks[k].low == "but") {
		// The second predicate of a subject: "…, said Alsop was in fair
		// condition and was expected to go home". The subject is the
		// first predicate's, after any verb of speech whose clause
		// this is, and before that predicate's own verb.
		var ok bool
		if subj, ok = agentlessSharedSubject(toks, cs, k); !ok {
			return nil, doc.Span{}, false
		}
	}
	return []doc.Span{subj, {Start: from, End: to}}, cue, true
}

// agentlessSharedSubject returns the subject of the first predicate in
// toks[cs:and], a clause "Alsop was in fair condition" before "and":
// from after the last verb of reporting (the clause may be one's
// content), up to the first auxiliary or finite verb. ok is false when
// no word stands before that verb.
func agentlessSharedSubject(toks []tok, cs, and int) (doc.Span, bool) {
	for j := and - 1; j >= cs; j-- {
		if toks[j].word && toks[j].is(isCue) && !strings.HasSuffix(toks[j].low, "ing") {
			cs = j + 1
			break
		}
	}
	for j := cs; j < and; j++ {
		if toks[j].word && (toks[j].is(isAuxiliary) || toks[j].is(isFinite)) {
			if j == cs {
				return doc.Span{}, false
			}
			return doc.Span{Start: toks[cs].s, End: toks[j-1].e}, true
		}
	}
	return doc.Span{}, false
}

// seeSenses read "see X as Y" for seeAs: a judgement, whose content is
// the object and what it is seen as, as "view" and "regard" read.
var seeSenses = []verbSense{{class: 'c'}}

// seeForms are the finite forms of "see"; "seeing" and "seen" are as
// often a participle of sight.
var seeForms = map[string]bool{"see": true, "sees": true, "saw": true}

// seeAs reports whether toks[c] is "see" with an object and "as" after
// it: "see the levy as a tax", "who saw the remark as a slight". Seeing
// without "as" is sight, not stance, so "see" is not in the lexicon.
func seeAs(toks []tok, c int) bool {
	if !seeForms[toks[c].low] {
		return false
	}
	for j := c + 2; j < len(toks) && j <= c+7; j++ {
		if !toks[j].word {
			return false
		}
		if toks[j].low == "as" {
			// Not a comparison or a time: "as well", "as it left".
			if j+1 == len(toks) {
				return false
			}
			n := toks[j+1].low
			return toks[j+1].word && !subjectPronouns[n] && n != "it" && n != "well" && n != "much" && n != "many" && n != "soon" && n != "long"
		}
		if toks[j].low == "that" || toks[j].is(isWhWord) || toks[j].is(isAuxiliary) {
			return false
		}
	}
	return false
}

// intentSenses read "respond to …" for commentRequest (the content is
// "to" and the request, as PolNeAR marks it) and "would like to …".
var intentSenses = []verbSense{{class: 'i'}}

// requestNouns are what a source is asked for comment with.
var requestNouns = map[string]bool{"request": true, "requests": true, "inquiry": true, "inquiries": true, "message": true, "messages": true, "call": true, "calls": true, "email": true, "emails": true, "questions": true}

// commentRequest reports whether toks[c] is "respond" answering a
// request for comment: "did not immediately respond to requests for
// comment", which news reports as the source's stance (PolNeAR marks
// it); the lexicon's "respond" reads a clause ("responded that …"),
// and other responses with "to" ("responded to the fire") report
// nothing.
//
// Its first test, the verb's form, is apart from the rest
// (commentRequestAfter), so that the call is inlined: the loop of
// attributions asks it of every verb of reporting it reads, and few
// are "respond".
func commentRequest(toks []tok, c int) bool {
	switch toks[c].low {
	case "respond", "responds", "responded":
		return commentRequestAfter(toks, c)
	}
	return false
}

// commentRequestAfter is commentRequest past the verb: "to", a request
// and "comment" after it.
func commentRequestAfter(toks []tok, c int) bool {
	j := c + 1
	if j+1 >= len(toks) || toks[j].low != "to" {
		return false
	}
	j++
	if toks[j].is(isDet) || toks[j].low == "repeated" || toks[j].low == "several" || toks[j].low == "multiple" {
		j++
	}
	if j >= len(toks) || !requestNouns[toks[j].low] {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+6; k++ {
		if toks[k].low == "comment" {
			return true
		}
		if !toks[k].word {
			break
		}
	}
	return false
}

// facingVerbs take a noun of criticism whose source is not named:
// "faced ridicule", "is drawing criticism", "came under scrutiny".
var facingVerbs = map[string]bool{"face": true, "faces": true, "faced": true, "facing": true, "draw": true, "draws": true, "drew": true, "drawn": true, "drawing": true, "attract": true, "attracts": true, "attracted": true, "attracting": true, "come": true, "comes": true, "came": true, "coming": true}

// criticismNouns are what facingVerbs take.
var criticismNouns = map[string]bool{"criticism": true, "criticisms": true, "ridicule": true, "scrutiny": true, "backlash": true, "condemnation": true, "questions": true, "accusations": true, "allegations": true, "complaints": true, "scorn": true, "derision": true, "mockery": true, "skepticism": true, "scepticism": true, "outrage": true, "pushback": true, "censure": true, "rebuke": true, "rebukes": true, "fire": true, "attack": true, "attacks": true, "praise": true}

// facing reads a verb of facingVerbs with its noun of criticism (a few
// modifiers between: "faced withering criticism") as an attribution
// whose source the text does not name: the content is the subject, who
// is criticised, and a "for …", "over …" or "about …" phrase after the
// noun ("faced questions about the fund"), as PolNeAR marks it. "come"
// needs "under" ("came under fire"), and "fire" needs "come under".
func facing(text string, toks []tok, c int, limit int) ([]doc.Span, doc.Span, bool) {
	w := toks[c].low
	j := c + 1
	under := strings.HasPrefix(w, "com") || w == "came"
	if under {
		if j >= len(toks) || toks[j].low != "under" {
			return nil, doc.Span{}, false
		}
		j++
	}
	n := j
	for ; n < len(toks) && n < j+3 && toks[n].word && !toks[n].is(isCriticismNoun); n++ {
		if t := &toks[n]; t.is(isFunction) && !t.is(isDet) || t.is(isReporting) {
			return nil, doc.Span{}, false
		}
	}
	if n >= len(toks) || !toks[n].is(isCriticismNoun) || toks[n].s >= limit {
		return nil, doc.Span{}, false
	}
	if toks[n].low == "fire" && !under {
		return nil, doc.Span{}, false // "faced fire": shots
	}
	k := c - 1
	for i := 0; k >= 0 && i < 4 && toks[k].word && (toks[k].is(isAuxiliary) || toks[k].adverbish()); i++ {
		k--
	}
	if k < 0 || !toks[k].word || toks[k].low == "to" || toks[k].low == "it" {
		return nil, doc.Span{}, false
	}
	cs := max(clauseStart(text, toks, k+1), localStart(text, toks, k))
	if cs > k {
		return nil, doc.Span{}, false
	}
	cue := doc.Span{Start: toks[c].s, End: toks[n].e}
	content := []doc.Span{{Start: toks[cs].s, End: toks[k].e}}
	if f := n + 1; f+1 < len(toks) && (toks[f].low == "for" || toks[f].low == "over" || toks[f].low == "about") && toks[f+1].word && toks[f+1].s < limit {
		if to := contentEnd(text, toks, toks[f+1].s, limit); to > toks[f+1].s {
			content = append(content, doc.Span{Start: toks[f+1].s, End: to})
		}
	}
	return content, cue, true
}

// appearance reads a verb of appearance at toks[c] ("seems", "appeared",
// "looks like") with its subject and complement, as agentless reads a
// passive: the content is the subject and the complement, or the
// clause alone after "it" ("it seems that …"). The complement is what
// makes it a judgement: an infinitive that is not itself a verb of
// reporting (which readCue reads through "appeared to suggest"), "that",
// "like", "as if", or an adjective; "appeared on television", "appeared
// in court" and "looks at" say where someone was or what they did.
func appearance(text string, toks []tok, c int, limit int) ([]doc.Span, doc.Span, bool) {
	w := toks[c].low
	look := w == "look" || w == "looks" || w == "looked"
	if !look && !(toks[c].is(isRaising) && (strings.HasPrefix(w, "seem") || strings.HasPrefix(w, "appear"))) || capital(toks[c].str(text)) {
		return nil, doc.Span{}, false
	}
	k := c - 1
	for j := 0; k >= 0 && j < 4 && toks[k].word && (toks[k].is(isAuxiliary) || toks[k].adverbish() || toks[k].low == "sure"); j++ {
		k--
	}
	if k < 0 || !toks[k].word || toks[k].low == "to" {
		return nil, doc.Span{}, false
	}
	j := c + 1
	if j+1 >= len(toks) || !toks[j].word || !toks[j+1].word || toks[j+1].s >= limit {
		return nil, doc.Span{}, false
	}
	from, x := toks[j].s, toks[j].low
	switch {
	case x == "like" || x == "as" && (toks[j+1].low == "if" || toks[j+1].low == "though"):
		from = toks[j+1].s
		if x == "as" {
			from = toks[j].s
		}
	case look:
		return nil, doc.Span{}, false
	case x == "that" && !demonstrative(text, toks, j):
	case x == "to" && !toks[j+1].is(isDet) && !capital(toks[j+1].str(text)) && !toks[j+1].is(isObjectPronoun) && !toks[j+1].is(isReporting):
		// Not "seems to me": the one it seems to is named, and the
		// judgement is theirs, not a source left unnamed.
	case !toks[j].is(isFunction|isAuxiliary|isDet|isTimeWord|isReporting) && !capital(toks[j].str(text)) && !strings.HasSuffix(x, "ing"):
		// An adjective or a degree word and one: "seems too risky".
	default:
		return nil, doc.Span{}, false
	}
	to := contentEnd(text, toks, from, limit)
	if to <= from {
		return nil, doc.Span{}, false
	}
	cue := doc.Span{Start: toks[c].s, End: toks[c].e}
	if toks[k].low == "it" || toks[k].low == "there" {
		return []doc.Span{{Start: from, End: to}}, cue, true
	}
	if strings.HasSuffix(w, "ed") {
		// "She seemed tired", "the sea looked like glass": in a past
		// narration, how a thing looked is the narrator's telling more
		// often than a judgement reported. Novels are full of them
		// (PDNC 58 and LitBank 47 more attributions when they were
		// read, which their gold files do not annotate); the news lost
		// about as many matches as it won by leaving them out.
		return nil, doc.Span{}, false
	}
	cs := max(clauseStart(text, toks, k+1), localStart(text, toks, k))
	if cs > k {
		return nil, doc.Span{}, false
	}
	return []doc.Span{{Start: toks[cs].s, End: toks[k].e}, {Start: from, End: to}}, cue, true
}

// unsourced makes the indirect quotation of an attribution whose source
// the text does not name: it has no speaker, and its chain is its
// parent's.
func (a *attributor) unsourced(content []doc.Span, cue doc.Span, parent int) doc.Quote {
	q := doc.Quote{
		Span:    doc.Span{Start: content[0].Start, End: content[len(content)-1].End},
		Content: content,
		Kind:    doc.QuoteIndirect,
		Parent:  parent,
		Element: -1,
		Cue:     cue,
	}
	if parent >= 0 {
		q.Chain = slices.Clone(a.d.Quotes[parent].Chain)
	}
	return q
}

// withArticle puts the article before a name into its mention, as news
// attribution corpora do ("by the Washington Post", "with the United
// States balking"), where widen leaves it out after a preposition.
func withArticle(text string, toks []tok, f found) found {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
	if i > 0 && i < len(toks) && toks[i].s == f.subj.Start && (toks[i-1].low == "the" || toks[i-1].low == "a" || toks[i-1].low == "an") {
		f.subj.Start = toks[i-1].s
		f.whole = true
	}
	return f
}

// predeterminer reports whether w is a predeterminer, which stands
// before a determiner or a number in a noun phrase: "all the experts",
// "both his advisers", "all three pilots". (Three words compared, where
// a map hashed each word asked of.)
func predeterminer(w string) bool { return w == "all" || w == "both" || w == "half" }

// withPredeterminer widens a mention to a predeterminer right before it
// ("All the sailors said", "both his advisers say"), which belongs to
// the noun phrase as PolNeAR marks it.
func withPredeterminer(text string, toks []tok, f found) found {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
	if i < 1 || i >= len(toks) || toks[i].s != f.subj.Start || !toks[i-1].word || !predeterminer(toks[i-1].low) {
		return f
	}
	w := toks[i].low
	if !toks[i].is(isDet) && !numberTok(&toks[i]) && w != "these" && w != "those" && w != "its" && w != "our" && (w == "" || w[0] < '0' || w[0] > '9') || w == "a" || w == "an" {
		return f
	}
	if i >= 2 && toks[i-2].word && !toks[i-2].is(isClauseLead) && !toks[i-2].is(isSubordinator) {
		return f // "said all the …": not the subject's own word
	}
	f.subj.Start = toks[i-1].s
	f.whole = true
	return f
}

// proportionNouns name a share of a group: "60 percent of voters",
// "half of those surveyed", "a majority of residents".
var proportionNouns = map[string]bool{"percent": true, "%": true, "half": true, "third": true, "thirds": true, "quarter": true, "quarters": true, "majority": true, "minority": true, "share": true, "fraction": true, "plurality": true}

// proportionLeads may open a share before its number: "More than 60
// percent", "Nearly half", "Just 20 percent", "At least 60 percent"
// (a bound before the number, as mention.go's quantityBefore reads it).
var proportionLeads = map[string]bool{"more": true, "less": true, "fewer": true, "than": true, "nearly": true, "almost": true, "about": true, "roughly": true, "just": true, "only": true, "over": true, "under": true, "some": true, "around": true, "a": true, "the": true, "two": true, "three": true, "one": true, "at": true, "least": true}

// withProportion widens a mention that follows "of" after a share of
// the group it names to the share ("More than 60 percent of voters
// say …": PolNeAR marks the whole phrase, and the share is the
// subject's head). Only where the share opens its clause.
func withProportion(text string, toks []tok, f found) found {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
	if i < 2 || i >= len(toks) || toks[i].s != f.subj.Start || toks[i-1].low != "of" || !proportionNouns[toks[i-2].low] {
		return f
	}
	j := i - 2
	for n := 0; n < 4 && j > 0 && (proportionLeads[toks[j-1].low] || toks[j-1].is(isQuantity) || numberTok(&toks[j-1]) || toks[j-1].low != "" && toks[j-1].low[0] >= '0' && toks[j-1].low[0] <= '9'); n++ {
		j--
	}
	if j > 0 && toks[j-1].word && !toks[j-1].is(isClauseLead) && !toks[j-1].is(isSubordinator) {
		return f // "said 60 percent of voters …": not the subject's own words
	}
	f.subj.Start = toks[j].s
	f.whole = true
	return f
}

// quantifiedPhrase reads a noun phrase from toks[from] to toks[to], as
// phraseAt does, also after a predeterminer: "All the experts".
func quantifiedPhrase(text string, toks []tok, from, to int) (doc.Span, bool) {
	if np, ok := phraseAt(text, toks, from, to); ok {
		return np, true
	}
	if from+1 < to && predeterminer(toks[from].low) {
		if np, ok := phraseAt(text, toks, from+1, to); ok {
			np.Start = toks[from].s
			return np, true
		}
	}
	return doc.Span{}, false
}

// allBase reports whether every sense is a base form.
func allBase(senses []verbSense) bool {
	for _, s := range senses {
		if !s.base {
			return false
		}
	}
	return len(senses) > 0
}

// onlyClasses reports whether every sense is of one of the classes cls.
func onlyClasses(senses []verbSense, cls string) bool {
	for _, s := range senses {
		if strings.IndexByte(cls, s.class) < 0 {
			return false
		}
	}
	return len(senses) > 0
}

// thingBefore returns the last noun phrase with an article that names a
// thing that carries content (carriers.txt) in the 300 bytes before at,
// within the sentence before it ("a stern letter from the firm" for "It
// says …"), or "".
func (a *attributor) thingBefore(at int) string {
	if nm, ok := a.thingBeforeIndex(at); ok {
		return nm // read from the index in place (y8_thing.go)
	}
	return a.thingBeforeToks(at)
}

// relativeInside reports whether the mention m holds a relative clause
// of "who", "whose" or "which".
func relativeInside(m string) bool {
	return strings.Contains(m, " who ") || strings.Contains(m, " whose ") || strings.Contains(m, " which ")
}

// thingOwners open the noun phrase of a carrier that thingBefore
// reads: an article, or a person's possessive ("presented his own
// report to the board. It found …"). Not "its": a body that owns the
// carrier speaks as "it" itself ("The IMF cut its forecast. It said
// …").
var thingOwners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true}

// thingBeforeToks is thingBefore read from the toks of its window.
func (a *attributor) thingBeforeToks(at int) string {
	text := a.text
	toks := a.ix.scratch(slotThingBefore, max(0, at-300), at)
	stops := 0
	for j := len(toks) - 1; j >= 0; j-- {
		t := toks[j]
		if !t.word {
			if boundary(text, toks, j) {
				if stops++; stops > 1 {
					return ""
				}
			}
			continue
		}
		if thingOwners[t.low] && j+1 < len(toks) && toks[j+1].word && !capital(toks[j+1].str(text)) {
			e := j + 1
			if e+1 < len(toks) && toks[e+1].word && toks[e].low == "own" {
				e++ // "his own report"
			}
			for e+1 < len(toks) && e < j+4 && toks[e+1].word && !capital(toks[e+1].str(text)) && !toks[e+1].is(isFunction) && !toks[e+1].is(isAuxiliary) && (!toks[e+1].is(isReporting) || possessive(toks[e].low)) {
				e++
			}
			// The noun phrase stops before an auxiliary: "The study
			// was released …" names the study.
			if toks[e].is(isFunction) || !carriers[strings.TrimSuffix(toks[e].low, "s")] && !carriers[toks[e].low] {
				continue
			}
			return text[t.s:toks[e].e]
		}
	}
	return ""
}

// listGoesOn reports whether toks, the rest of a phrase after a comma,
// end a list of names: capitalised words and commas, then "and" and
// more ("Britain and France").
func listGoesOn(text string, toks []tok) bool {
	for i, t := range toks {
		if t.low == "and" || t.low == "or" {
			return i > 0 && i+1 < len(toks)
		}
		if t.word && !capital(t.str(text)) && !t.is(isDet) {
			return false
		}
	}
	return false
}

// demonstrative reports whether "that" at toks[j] points at a thing
// rather than opening a clause: a singular noun follows it, and then no
// verb but a preposition, "and" or the end of the clause ("repeated
// that phrase on Friday and said …", "denied that claim."). Such an
// object names words reported before, not new content.
func demonstrative(text string, toks []tok, j int) bool {
	if j+1 >= len(toks) || !toks[j+1].word {
		return false
	}
	nt := &toks[j+1]
	n := nt.low
	if capital(nt.str(text)) || nt.is(isFunction|isPronoun|isAuxiliary|isReporting) || strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") || strings.HasSuffix(n, "ly") {
		return false
	}
	if massNouns[n] {
		return false // "said that police in the city were …"
	}
	if n != "" && n[0] >= '0' && n[0] <= '9' {
		return false // a number: "said that 1,100 tents had been sent", whose comma is the number's
	}
	if j+2 >= len(toks) {
		return true
	}
	if x := &toks[j+2]; !x.word {
		return x.low == "." || x.low == "," || x.low == ";"
	} else if !(x.is(isPrep) && x.low != "to" || x.low == "and" || x.is(isTimeWord)) {
		return false
	}
	// No finite verb up to the end of the phrase: "that growth and jobs
	// would rise" is a clause; "that phrase on Friday and added …" ends
	// at a second verb of the subject's.
	for i := j + 2; i < len(toks) && i < j+10; i++ {
		t := toks[i]
		if !t.word {
			return t.low == "." || t.low == "," || t.low == ";"
		}
		if t.is(isFinite) || t.is(isAuxiliary) || t.low == "ought" {
			return false
		}
		if i == j+3 && toks[j+2].is(isTimeWord|isAdverb) && pastForm(t) && !capital(t.str(text)) {
			return false // "said that assessment now looked optimistic": an adverb, then the clause's verb
		}
		if t.low == "and" && i+1 < len(toks) && toks[i+1].word && (toks[i+1].is(isReporting) || strings.HasSuffix(toks[i+1].low, "ed")) {
			return true
		}
	}
	return false
}

// massNouns may be the subject of a reported clause after "that"
// without a plural ending.
var massNouns = map[string]bool{"police": true, "people": true, "staff": true, "everyone": true, "everybody": true, "government": true, "management": true, "congress": true, "parliament": true, "media": true, "public": true}

// objectGap reports whether an attribution is read inside a relative
// clause that lacks its object ("a pledge that councillors could not
// recall hearing before"): the subject follows "that" or "which" after a
// noun, and the content is a word or two, the rest of the clause
// without the object, which is the noun before "that".
func objectGap(text string, toks []tok, f found, from, to int) bool {
	if f.pronoun == "who" {
		return false
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
	if i < 2 || (toks[i-1].low != "that" && toks[i-1].low != "which") || !toks[i-2].word {
		return false
	}
	if toks[i-2].is(isFunction) || capital(toks[i-2].str(text)) || toks[i-2].is(isReporting) && !(i >= 3 && nounBefore(text, &toks[i-3])) {
		return false // "said that …", "so that …"; not "a pledge that …"
	}
	n := 0
	j0 := sort.Search(len(toks), func(j int) bool { return toks[j].s >= from })
	for j := j0; j < len(toks) && toks[j].s < to; j++ {
		if toks[j].word {
			n++
		}
	}
	if j0 >= len(toks) || n > 2 {
		return false
	}
	// What is left is no object: a verb in -ing, an adverb, a
	// preposition ("recall hearing before"), not "denied it himself".
	w := toks[j0].low
	return strings.HasSuffix(w, "ing") || adverbish(w) || preps[w] || w == "before"
}

// Words that, right after a verb of the lexicon, make it something other
// than a report whatever its subject.
var (
	// strandedParticles make a phrasal verb of another sense: "asked
	// around", "called back", "found out" is not in the lexicon either.
	strandedParticles = map[string]bool{"around": true, "away": true, "off": true, "back": true, "along": true, "down": true}
	// namingParticiples name a thing after a noun: "a forum called
	// Quora", "a book titled …".
	namingParticiples = map[string]bool{"called": true, "named": true, "titled": true, "entitled": true, "dubbed": true, "labelled": true, "labeled": true, "nicknamed": true}
	// objectVerbs before a form in -s make it a noun, their object: "I've
	// seen claims that …", "she heard reports that …".
	objectVerbs = map[string]bool{"seen": true, "saw": true, "heard": true, "read": true, "made": true, "had": true, "got": true, "received": true, "noticed": true, "dismissed": true, "rejected": true, "denied": true}
)

// notReport reports whether the lexicon's verb at toks[c] is not used as
// a verb of reporting here: a participle that modifies the noun before
// it ("Lenin supported by Trotsky", "a forum called Quora"), a phrasal
// verb of another sense ("I asked around"), or a noun in -s that is the
// object of the verb before it ("I've seen claims that").
// hintedContent reports whether the words after "hint at", from
// toks[k], are a speaker's: a wh-clause ("hinted at what she would
// do"), or a noun of saying or stance among the first three words
// ("hinted at plans to …", "hinted at a warning"). A plain noun phrase
// is what a thing hints at too ("The ruins hint at an older city"),
// and reports nothing.
func hintedContent(toks []tok, k int) bool {
	if k < len(toks) && toks[k].is(isWhWord) {
		return true
	}
	for j := k; j < len(toks) && j < k+3 && toks[j].word; j++ {
		if toks[j].is(isSpeechNoun) || stanceNoun(toks[j].low) {
			return true
		}
	}
	return false
}

// verblessPreps are prepositions that a finite verb never follows:
// a word of the lexicon after one is a participle used as an adjective
// or a noun ("despite repeated warnings", "amid mounting criticism").
var verblessPreps = map[string]bool{"despite": true, "amid": true, "among": true, "without": true, "against": true, "toward": true, "towards": true, "upon": true, "into": true, "onto": true, "under": true, "within": true, "throughout": true, "during": true}

func notReport(text string, toks []tok, c int, senses []verbSense) bool {
	next := ""
	if c+1 < len(toks) && toks[c+1].word {
		next = toks[c+1].low
	}
	w := toks[c].low
	if next != "" && toks[c+1].is(isStrandedParticle) && !slices.ContainsFunc(senses, func(s verbSense) bool { return firstWord(s.particle) == next }) {
		return true
	}
	if c == 0 || !toks[c-1].word {
		return false
	}
	if strings.HasPrefix(w, "deliver") && !speechNounAfter(toks, c) {
		return true // "delivered the mail"; "delivered a stern warning" is read
	}
	if next == "at" && strings.HasPrefix(w, "hint") && !hintedContent(toks, c+2) {
		return true // "The clouds hint at rain": only words, a plan or a clause are hinted at by a speaker
	}
	prev := toks[c-1].low
	if next == "by" && strings.HasSuffix(w, "ed") && !toks[c-1].is(isAuxiliary) && !adverbish(prev) && !responseGerund(toks, c) {
		return true // a reduced relative: "Lenin supported by Trotsky"; "was criticized by" is the passive reader's
	}
	if strings.HasSuffix(w, "s") && toks[c-1].is(isObjectVerb) {
		return true
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && prev == "at" && c >= 2 && toks[c-2].word {
		// "hinted at plans to …", "aimed at claims that …": a form in
		// -s right after "at" is its noun. A finite verb follows a
		// preposition only where it is stranded ("the group he works
		// with says"). "of" and "about" stay out: with them one
		// attribution of the dev data was lost.
		return true
	}
	if toks[c-1].is(isVerblessPrep) && (!capital(toks[c-1].str(text)) || slices.IndexFunc(toks, func(t tok) bool { return t.word }) == c-1) {
		return true // "despite repeated warnings", "Amid mounting calls …": no finite verb follows a preposition; a capital one is no name where it opens the sentence
	}
	if toks[c].is(isNamingParticiple) && c+1 < len(toks) && capital(toks[c+1].str(text)) {
		// "a forum called Quora", "There's a book called …", but not
		// "A spokesman called Clinton …", whose article opens the clause.
		for j := c - 1; j >= 0 && j >= c-6 && toks[j].word; j-- {
			if toks[j].low == "a" || toks[j].low == "an" {
				return j > 0 && toks[j-1].word
			}
		}
	}
	return false
}

// possessorSpeaks reports whether the possessor before a noun of saying
// can speak: a person, a pronoun of persons or a body, not "the film's".
func possessorSpeaks(text string, toks []tok, f found) bool {
	if f.pronoun != "" {
		return personHolder(text, toks, f)
	}
	w := text[f.subj.Start:f.subj.End]
	if b := strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s"); b != w {
		f.subj.End = f.subj.Start + len(b)
	}
	if personHolder(text, toks, f) {
		return true
	}
	n := strings.ToLower(text[f.subj.Start:f.subj.End])
	n = n[strings.LastIndexByte(n, ' ')+1:]
	_, person := persons[n]
	return person || bodies[n] || bodies[strings.TrimSuffix(n, "s")]
}

// finiteAt reports whether the token at offset at is a finite verb's
// form a trailing cue takes: a past ("said", "added", "wrote"), "say" or a
// present's "-s" ("says"). A base form is a noun's more often there:
// "…, her proudest boast, that she …".
func finiteAt(toks []tok, at int) bool {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= at })
	if i == len(toks) {
		return false
	}
	t := &toks[i]
	return pastForm(*t) || t.is2(isPastVerb) || t.low == "said" || t.low == "say" || strings.HasSuffix(t.low, "s")
}

// timeLead reports whether w opens a phrase of time before its time
// word: "on Monday", "this week", "late Tuesday", "early Friday".
func timeLead(w string) bool {
	return w == "on" || w == "this" || w == "late" || w == "early"
}

// unsourcedIn appends to out, for attributionsInto, the attributions of
// the clause toks (up to limit) whose source is not named: criticism
// met ("The clip has faced ridicule online", "Ed Moss is drawing
// criticism for …") and verbs of appearance with no one to whom it
// appears ("The levy seems too steep", "It appeared that the vote would
// fail"), which PolNeAR marks. A function of its own so that
// attributionsInto stays under the compiler's size for a big function,
// past which the calls it makes are no longer inlined.
func (a *attributor) unsourcedIn(out []doc.Quote, toks []tok, has wordClass, limit, parent int, isBlocked func(int) bool, stop func(int, int) int) []doc.Quote {
	text := a.text
	for c := 1; has&isFacing != 0 && c+1 < len(toks) && toks[c].s < limit && len(out) < parcMaxPerSentence; c++ { // the clause's bit first: most clauses have none
		if !toks[c].word || !toks[c].is(isFacing) || isBlocked(toks[c].s) {
			continue
		}
		if content, cue, ok := facing(text, toks, c, stop(toks[c].e, limit)); ok && !v1FacingStance(toks, c, content) { // v1_stance.go
			out = append(out, a.unsourced(content, cue, parent))
		}
	}
	for c := 1; has&isAppearance != 0 && c+1 < len(toks) && toks[c].s < limit && len(out) < parcMaxPerSentence; c++ {
		if !toks[c].word || !toks[c].gate(isAppearance) || isBlocked(toks[c].s) {
			continue
		}
		if content, cue, ok := appearance(text, toks, c, stop(toks[c].e, limit)); ok {
			out = append(out, a.unsourced(content, cue, parent))
		}
	}
	return out
}

// openingAccording reads a sentence that opens with "According to X,"
// or its shorthand "Per X,":
// the source X, with an appositive or an aside on it (appositiveEnd,
// n108SourceAside), and the clause after its comma up to end, the
// content. ok is false where no source is read or the clause has fewer
// than two words ("According to the network, basically.").
func openingAccording(text string, toks []tok, end int) (found, doc.Span, bool) {
	g := accordingTo(text, toks, 0)
	if l := longAccording(text, toks); l.ok && (!g.ok || g.subj.End < l.subj.End && !commaAt(text, toks, g.subj.End)) {
		g = l // the phrase read runs on past its comma's reach: a longer source
	}
	if !g.ok {
		return found{}, doc.Span{}, false
	}
	first := 2 // the source's first token
	if toks[0].low == "per" {
		first = 1 // "Per a memo obtained by the site, the campaign …"
		if h := g; n107PerRule(text, g) || n115OfHead(text, &h) && n107PerRule(text, h) {
			return found{}, doc.Span{}, false // "Per the terms of the deal, the club keeps …"
		}
	}
	for k := first; k < len(toks); k++ {
		if toks[k].s < g.subj.End {
			continue
		}
		if toks[k].str(text) != "," || k+1 >= len(toks) {
			return found{}, doc.Span{}, false
		}
		j := appositiveEnd(text, toks, g, k)
		if j <= 0 {
			j = n108SourceAside(text, toks, k) // "According to the policy, adopted in 2022, …" (n108_readings.go)
		}
		if j <= 0 && !capital(text[g.subj.Start:g.subj.End]) {
			j = n116NameAfterSource(text, toks, k) // "According to the head of the agency, Ann Lee, the …" (n116_readings.go)
		}
		if j > 0 {
			// "According to Ann Ortiz, the mayor, voters …": the
			// appositive is the mention's, the clause after it the
			// content.
			g.subj.End, g.whole = toks[j-1].e, true
			k = j
			if t := &toks[first]; t.s < g.subj.Start && t.is(isDet) && !t.is(isPronoun) {
				g.subj.Start = t.s // the mention read whole keeps its article: "the Valdane Elections Office, which …"
			}
		}
		if !wordsAtLeast(toks[k+1:], 2) {
			return found{}, doc.Span{}, false
		}
		return g, doc.Span{Start: toks[k+1].s, End: end}, true
	}
	return found{}, doc.Span{}, false
}
