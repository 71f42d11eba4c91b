package speaker

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Words that end a speaker's noun phrase when read backwards from the
// name: prepositions, conjunctions and sentence adverbs ("Yesterday
// Trump said" names Trump, not "Yesterday Trump").
var phraseStops = map[string]bool{
	"about": true, "over": true, "under": true, "during": true, "against": true, "among": true,
	"like": true, "unlike": true, "without": true, "through": true, "because": true, "although": true,
	"though": true, "whereas": true, "including": true, "yesterday": true, "today": true, "tonight": true,
	"meanwhile": true, "however": true, "instead": true, "indeed": true, "asked": true, "saying": true,
	"adding": true, "noting": true, "told": true, "says": true, "said": true, "speaking": true,
	"perhaps": true, "maybe": true, "both": true,
}

// appositiveGoesOn are words after a comma that carry an appositive on:
// "Peter Morgan, a lawyer for the Sierra Club, who has …", "Tyrell
// Haskins, 29, an intensive care nurse,". "an" is "a" before a vowel
// (the thirty-seventh session; it was missing). "whom" as "who": "His
// widow, Bridie, whom he met on a picket line in 1969, said" (the
// forty-first). "where" after a place or a school the appositive
// named: "Duncan Normington, headteacher of Gallowfield Academy, where
// Kian is in the sixth form, said" (the forty-ninth). "which" after a
// body the appositive named, or after a body that speaks: "Ed Moss,
// head of the union, which represents 900 nurses, said", "The drug's
// maker, Verrall Pharma, which paid for the trial, said" (the
// fifty-third: the team's news sets keep the clause in every such
// mention, 14 on the dev sets; PolNeAR's dev file leaves it out after
// a person's appositive twice and keeps it after a body's).
var appositiveGoesOn = map[string]bool{"who": true, "whom": true, "whose": true, "a": true, "an": true, "the": true, "where": true, "which": true}

// widen makes the mention of an attributed speaker the whole noun phrase
// that names them, as a reader would underline it and as news
// attribution corpora (PARC, PolNeAR) annotate the source: a determiner
// and the words that describe the speaker before the name ("Trump
// campaign spokesman Jason Miller", "the Rev. Peter Wherry"), a party
// label in parentheses ("Rep. John Mica (R-Fla.)"), a place or body
// after "of" ("Charles Rangel of New York") and an appositive
// ("Douglas Brinkley, a historian who attended the session,"). A role
// word between two names hands the name to the second ("MSNBC host
// Chris Matthews" is Chris Matthews). Pronouns are left as they are.
//
// A mention widened lately is answered from the index's memory of
// widen's last answers (widenMemo), not read again, and so is one that
// an earlier pass widened (the memory's answers kept in text order:
// attribute's, asked for again by the indirect pass).
//
// A pronoun other than "I" and "we", and a mention without a subject,
// are their own answer (c4Floated and andPronoun pass them as they
// are): about one call in three on the example, each of which cost the
// memory's look-up and store, more than the answer.
//
// So is a mention that is widen's answer already (found.widened): the
// direct pass widens a speaker's mention, the indirect pass's
// cueSubject finds that answer in the memory, and makeQuote asked for
// it again, a mention the memory does not hold (it holds what was
// asked, not what was answered). widenText is not idempotent: read
// again, the answer's appositive was read as the start of another and
// the phrase ran on into the clause ("Maria Solis, her Democratic
// rival" became "Maria Solis, her Democratic rival, criticised the
// delay and"). The flag is honoured only on a mention not marked whole
// since: withArticle and withPredeterminer move its start and mark it
// whole, and that mention is read again ("the Harbour Institute" is
// "research conducted by the Harbour Institute"). An answer that took
// in a conjunct is not flagged (tookConjunct).
func widen(ix *tokIndex, f found) found {
	if f.widened && !f.whole || ownAnswer(f) {
		return f
	}
	m := &ix.widened
	i, ok := m.lookup(f)
	if ok {
		return m.out[i]
	}
	var g found
	if j := m.recall(f); j >= 0 {
		g = m.kept[j].out
	} else {
		g = widenMention(ix, f)
		m.keep(f, g)
	}
	m.in[i], m.out[i] = f, g // over the answer the slot held
	return g
}

// widenMention is widen, read from the text. Its answer is marked as
// one (found.widened), so that widen gives it back as it is when it is
// asked for again, unless it took in a conjunct (tookConjunct).
func widenMention(ix *tokIndex, f found) found {
	g := n114OneOf(ix.text, widenText(ix, f)) // "One of the signers, Ann Lee, said" (n114_readings.go)
	g.widened = !ownAnswer(f) && !tookConjunct(ix.text, f, g)
	return g
}

// ownAnswer reports whether widen gives f back as it is without reading
// it: a pronoun other than "I" and "we", or a mention without a subject.
func ownAnswer(f found) bool {
	return f.pronoun != "" && f.pronoun != "i" && f.pronoun != "we" || f.pronoun == "" && f.subj.End <= f.subj.Start
}

// widenText reads widen's answer from the text.
func widenText(ix *tokIndex, f found) found {
	c4Floated(ix, &f) // "The ministers have all said": c4_floated.go
	text := ix.text
	if f.pronoun != "" || f.subj.End <= f.subj.Start {
		return andPronoun(ix, f) // "My brother and I said"
	}
	if f.whole {
		return tidy(ix, f)
	}
	s := f.subj
	hasCue := f.cue.End > f.cue.Start
	cueBefore := hasCue && f.cue.End <= s.Start
	cueAfter := hasCue && s.End <= f.cue.Start
	lo, hi := runeWindow(text, s.Start, s.End, 120, 400)
	// Not past a paragraph's end: "“…,” says NPRC member ¶ The Council
	// …" read "member" as a title and the next paragraph's first words
	// as its name.
	if k := strings.Index(text[s.End:hi], "\n\n"); k >= 0 {
		hi = s.End + k
	}
	if k := lastBlankLine(text[lo:s.Start]); k >= 0 {
		lo += k + 2
	}
	if cueBefore {
		lo = max(lo, f.cue.End)
	}
	if cueAfter {
		hi = min(hi, f.cue.Start)
	}
	toks := ix.scratch(0, lo, hi)
	// The mention's tokens, toks[i0:i1]: the first to start in it, and
	// those that end in it. The toks are in order, by start and by end,
	// so both are binary searches (a scan from the window's start read
	// some thirty tokens a mention). When no token starts in it before
	// the first that ends after it, i0 is at or past i1, and the mention
	// is turned away below.
	i0 := sort.Search(len(toks), func(k int) bool { return toks[k].s >= s.Start })
	i1 := sort.Search(len(toks), func(k int) bool { return toks[k].e > s.End })
	if i1 <= i0 {
		return f
	}
	// The appositive between dashes read as the subject, its name
	// before the opening dash: "Ed Moss — the head of Acme — said"
	// (dashSubject).
	if cueAfter {
		if g := dashSubject(text, toks, i0, i1); g.ok {
			f.subj.Start = g.subj.Start
			if capital(g.name) {
				f.name = g.name
			}
			return tidy(ix, f)
		}
	}
	// Backwards: words that describe the speaker, up to a determiner;
	// none if they follow a preposition ("In a Bloomberg interview
	// Trump declared" names Trump).
	nameStart := s.Start
	// A mention that opens with its article is whole at the start
	// already: "Perhaps the debate moderators" names the moderators.
	opensWithArticle := toks[i0].word && (toks[i0].low == "the" || toks[i0].low == "a" || toks[i0].low == "an")
	quantified := false // the look-back took a quantifier that opens the clause (n1QuantifierOpens)
	role := false       // the look-back took a noun of a role: "former Cobras captain Jarrod Quilty"
	for j := i0 - 1; j >= 0 && i0-j <= 6 && !opensWithArticle; j-- {
		t := &toks[j]
		if hasNewline(text[t.e:toks[j+1].s]) {
			break // the phrase does not cross a line
		}
		if t.str(text) == "." && j > 0 && toks[j-1].word && toks[j-1].e == t.s && initial(toks[j-1].str(text)) && capital(toks[j-1].str(text)) {
			s.Start = toks[j-1].s // a title: "Rep."
			j--
			continue
		}
		if !t.word && j == i0-1 && j > 0 && capital(toks[j-1].str(text)) && n101OwnersBody(text, toks, j) {
			// "Reporters’ Shield, a press-freedom group, said": the
			// plural's possessive inside the body's name (n101_readings.go).
			if f.name == text[f.subj.Start:f.subj.End] {
				f.name = text[toks[j-1].s:f.subj.End]
			}
			s.Start = toks[j-1].s
			j--
			continue
		}
		if !t.word {
			break
		}
		if t.is(isTitle) && t.is(isFunction) && capital(t.str(text)) && j == i0-1 {
			s.Start = t.s // "Sir Crispin Wardlaw": the title the name leaves out ("sir" is a word of address too)
			continue
		}
		w := t.lower(text)
		if t.is(isDet) && w != "his" && w != "her" && w != "their" {
			s.Start = t.s
			break
		}
		if t.is(isQuantifier) && n1QuantifierOpens(text, toks, j, i0, i1) {
			s.Start, quantified = t.s, true // "Both campaigns said", "All officials said" (n1_quant.go)
			if f.name == text[f.subj.Start:f.subj.End] {
				f.name = text[s.Start:f.subj.End]
			}
			break
		}
		if n101OwnedKin(text, toks, j, i0) {
			s.Start = t.s // "Her brother Jonah, 12, said"
			break
		}
		if t.is(isFunction|isAdverb|isCue|isPhraseStop) && !(w == "state" && c5State(text, toks, j)) || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") {
			break // not "state" between an article and a name: "the state Department of Transportation"
		}
		s.Start = t.s
		role = role || t.is(isPerson)
	}
	if s.Start < nameStart && !quantified {
		before := ix.scratch(1, max(lo, s.Start-20), s.Start)
		// Not after a clause-opening word that opens the sentence, after
		// which its subject starts: "But senior White House officials
		// said" names all four words, not "officials".
		if n := len(before); n > 0 && before[n-1].word && before[n-1].is(isFunction) && !before[n-1].is(isDet|isPronoun) && !(before[n-1].is(isClauseLead) && sentenceFirst(text, before, n-1)) && !(role && n101CommaAnd(text, before, n-1)) {
			s.Start = nameStart
		}
	}
	// A description with a phrase before the name, the name between
	// commas after it: "“…,” a spokeswoman for Ann Ortiz, Jane Hicks,
	// said" is one mention, the description's determiner its start.
	// The determiner must open a clause or follow the cue, not a
	// preposition ("In a statement to the board, Ed Moss said" is a
	// phrase of the clause), and before the cue the name must be
	// followed by its comma too ("A defender of the plan, Ed Moss
	// likened …" opens with a phrase about the subject, no part of the
	// mention).
	if s.Start == nameStart && i0 >= 3 && toks[i0-1].str(text) == "," && (cueBefore || i1 < len(toks) && toks[i1].str(text) == ",") {
		for j := i0 - 3; j >= 0 && j >= i0-10; j-- {
			if !toks[j].word {
				break
			}
			if toks[j].is(isDet) && (j == 0 || !toks[j-1].word || toks[j-1].is(isCue)) && descriptionFor(text, toks, j, toks[i0].s) {
				// Not after a preposition: "In a statement to the
				// board, Ed Moss said" is a phrase of the clause.
				s.Start = toks[j].s
				break
			}
		}
	}
	k := i1
	// A role word, then the name: "MSNBC host Chris Matthews".
	if f.name != "" {
		j := k
		for j < len(toks) && j < k+3 && toks[j].word && !capital(toks[j].str(text)) && !toks[j].is(isFunction) && !toks[j].is(isCue) && !toks[j].is(isPhraseStop) && !strings.HasSuffix(toks[j].lower(text), "ed") {
			j++
		}
		if j > k && j < len(toks) {
			if n, ok := nameAt(text, toks, j); ok && n.from == j && !strings.HasSuffix(text[n.start:n.end], "’s") && !strings.HasSuffix(text[n.start:n.end], "'s") {
				s.End, f.name, k = n.end, n.text, n.to
			}
		}
	}
	// A party label: "(R-Utah)".
	if k+2 < len(toks) && toks[k].str(text) == "(" && toks[k+1].word && capital(toks[k+1].str(text)) {
		for j := k + 2; j < len(toks) && j < k+10; j++ {
			if toks[j].str(text) == ")" {
				s.End, k = toks[j].e, j+1
				break
			}
		}
	}
	// A place or body after "of": "Charles Rangel of New York", "Mr.
	// Morgan of the Sierra Club".
	if f.name != "" && k+1 < len(toks) && toks[k].lower(text) == "of" {
		j := k + 1
		if j+1 < len(toks) && toks[j].lower(text) == "the" {
			j++
		}
		e := j
		for e < len(toks) && toks[e].word && capital(toks[e].str(text)) && !hasNewline(text[toks[e-1].e:toks[e].s]) {
			e++
			if e < len(toks) && toks[e].s == toks[e-1].e && toks[e].str(text) == "." && initial(toks[e-1].str(text)) {
				e++ // "of Washington, D.C."
			}
		}
		if e == j && j > k+1 && capital(f.name) {
			e = n116BodyOfName(text, toks, j) // "…, said Ann Lee of the weather bureau." (n116_readings.go)
		}
		if e > j {
			s.End, k = toks[e-1].e, e
		}
	}
	// A body's name that goes on with "for" or "on" and capitalised
	// words: "the Center on Budget and Policy Priorities", "the
	// Institute for Fiscal Studies" (bodyNameGoesOn).
	if f.name != "" {
		if e := bodyNameGoesOn(text, toks, k); e > k {
			s.End, k = toks[e-1].e, e
		}
	}
	// A description's phrase after the cue: "said a spokeswoman for
	// Ann Ortiz, Jane Hicks" (before the cue, describedBy reads it).
	// Only "for" and "of", which say whose the speaker is: "in", "to",
	// "at" and "on" open phrases of the verb as often ("said a pilot
	// in an interview").
	// "from" after a noun of a person or of a thing that carries
	// words, up to the sentence's end or an adverbial, says where the
	// speaker or the words come from ("said a statement from the
	// port.", "said a pilot from Ashton."), as PolNeAR marks "A new ad
	// from the campaign".
	from := cueBefore && fromOrigin(text, toks, k)
	if cueBefore && toks[i0].is(isDet) && k < len(toks) && k > i0+1 && (toks[k].low == "for" || toks[k].low == "of" || knowsPrep(toks, k) || from) {
		j := k + 1
		// The phrase must say whose the speaker is: a name ("for Ann
		// Ortiz", "of the Forum"), "of" and a bare noun that ends a title
		// ("secretary of state"), or acquaintance ("familiar with the
		// talks"); not an adverbial ("for years", "of the dispute").
		// An adjective of acquaintance that ends the subject read
		// ("a man close") heads the phrase whatever it holds: "a man
		// close to tears" is one noun phrase.
		// "for" after a noun of a person's role and before a
		// determiner says whom the person works for ("said a
		// spokeswoman for the port"), as "of" does.
		named := from || knowsPrep(toks, k) || toks[k].low == "of" || toks[k].low == "for" && toks[k-1].is(isPerson) && k+2 < len(toks) && toks[k+1].is(isDet) && toks[k+1].low != "one" && !toks[k+2].is(isTimeWord) && !ordinals[toks[k+2].low] && !forIdioms[toks[k+2].low]
		// Past the phrase's first word, a preposition other than "of"
		// or a word of time opens an adverbial of the verb, which ends
		// the phrase: "said a fan of the team after the game", "said
		// the head of the agency for years"; "of" goes on with persons
		// ("a member of the board of directors"), and so do "at" and
		// "in" before a name, where the person works ("a professor of
		// law at Yale").
		adverbial := false
		for j < len(toks) && j <= k+7 && toks[j].word && (!toks[j].is(isCue) || nounAfterDet(text, toks, j)) && !toks[j].is(isPronoun) && toks[j].low != "who" && toks[j].low != "that" && toks[j].low != "which" && !hasNewline(text[toks[j-1].e:toks[j].s]) {
			if j > k+1 && (toks[j].is(isPrep|isTimeWord) && !knowsPrep(toks, j) && !affiliation(text, toks, j) || toks[j].low == "ago") {
				adverbial = true
				break
			}
			named = named || capital(toks[j].str(text))
			j++
		}
		if !named && !adverbial && j+1 < len(toks) && toks[j].str(text) == "," {
			// The speaker's name after the phrase, in apposition:
			// "said a spokeswoman for the port, Ann Ortiz".
			if n, ok := nameAt(text, toks, j+1); ok && n.from == j+1 && (n.to == len(toks) || !toks[n.to].word) {
				named = true
			}
		}
		if j > k+1 && named && (j == len(toks) || !toks[j].word || adverbial || contactClause(text, toks, j, f.cue) > j) {
			s.End, k = toks[j-1].e, j
		}
	}
	// A second name or group that shares the cue: "said Ann Ortiz and
	// Ed Moss", "Ed Moss and other Republicans said".
	if f.name != "" && (cueBefore || cueAfter) {
		if e := andAfter(text, toks, k); e > k {
			if f.name == text[s.Start:s.End] {
				f.name = text[s.Start:toks[e-1].e]
			}
			s.End, k = toks[e-1].e, e
		}
	}
	// A barrister's or a judge's part in the case between commas: "Gemma
	// Oakridge, prosecuting, said", "Ann Lee, for the council, said"
	// (n103_readings.go).
	if k+2 < len(toks) && !toks[k].word && toks[k+1].word && (n103CourtRoles[toks[k+1].low] || toks[k+1].low == "for") {
		if e := n103CourtRole(text, toks, k); e > k {
			s.End, k = toks[e-1].e, e
		}
	}
	// A rank's letters after the name: "Dr Kelechi Anyaegbu, SAN, said"
	// (n110_readings.go).
	if k+2 < len(toks) && toks[k].str(text) == "," && n110PostNominal(text, &toks[k+1]) && !toks[k+2].word {
		s.End, k = toks[k+1].e, k+2
	}
	// An appositive: ", a historian who attended the session".
	if k+1 < len(toks) && toks[k].str(text) == "," && toks[k+1].word {
		w := toks[k+1].lower(text)
		homeTown := homePlace(text, toks, k+1)                                                                                                      // "Ann Ortiz, of Ashton,", "Dora Feketeh, of the Central Castrelian University", "Ed Moss, from the University of the Plains," (a1_parc.go)
		including := w == "including" && cueAfter                                                                                                   // "Proponents, including the Conference of Mayors, have urged"
		anonPtcp := (w == "speaking" || w == "talking") && n104AnonParticiple(toks, k+1) || cueAfter && n106ParticipleAside(text, toks, k+1, f.cue) // "A shareholder, speaking on condition of anonymity, said"; "Ms Lee, wearing a navy suit, said" (n106_readings.go)
		byAuthor := w == "by" && cueAfter && k > 0 && carriers[toks[k-1].low] && k+2 < len(toks) && toks[k+2].word && !byIdioms[toks[k+2].low]      // "The 2019 report, by engineering firm Calder Pryce, described"
		was := (w == "then" || w == "formerly") && k+2 < len(toks) && toks[k+2].word && toks[k+2].is(isDet)                                         // "Anselm Lidgett, then the restaurant critic of the Dispatch, wrote"
		if (including || anonPtcp || was || byAuthor || !(toks[k+1].is(isFunction) && !toks[k+1].is(isDet) && w != "who" && w != "whose" && w != "now" && !homeTown) && !toks[k+1].is(isAdverb|isPhraseStop) && !(toks[k+1].is(isCue) && !titledModifier(text, toks, k+1)) && (!strings.HasSuffix(w, "ing") || n110IngTitle(toks, k+1))) && !relativeOfWhich(text, toks, k+1) {
			end := -1
			relative := false // a relative clause has opened: "who helmed the board from 1995,"
			seg := k          // the comma that opened the appositive's latest part
			for j := k + 1; j < len(toks); j++ {
				t := &toks[j]
				if t.str(text) == "." && t.s == toks[j-1].e && j+1 < len(toks) && toks[j+1].str(text) == "," {
					end = t.e // an abbreviation before a comma: "of Ashton, Md.,"
					continue
				}
				// A work's title in marks after "of": "Ed Moss, author
				// of “The Pier,” a history of the port" (titleInMarks).
				if e := titleInMarks(text, toks, j); e > j {
					end = toks[e].e
					j = e
					if titleClosesClause(text, toks, e) {
						break // "a critic of “The Plan,” and then he left"
					}
					continue
				}
				if !t.word && (boundary(text, toks, j) || strings.ContainsAny(t.str(text), "“”\"‘«»;—–―") && !inNickname(text, toks, j)) || hasNewline(text[toks[j-1].e:t.s]) {
					break
				}
				// A comma ends the appositive unless a relative clause
				// or a second description follows it, or it is a
				// number's ("who collected 1,100 signatures").
				if t.str(text) == "," && j+1 < len(toks) && !appositiveGoesOn[toks[j+1].lower(text)] && !n113OwnerAppositive(text, toks, j) && !ageOrPlace(text, toks, j+1) && !(relative && (relativeGoesOn(text, toks, j+1) || n114WhoseVerb(text, toks, j) || n114DistanceAside(toks, j+1) || n114NamedPerson(text, toks, j) || n116NearPlace(text, toks, j))) && !adjectiveList(text, toks, seg, j) && !amountAfterModifier(text, toks, j) && !thousandsComma(text, t) && !(!relative && n104OneOfPeople(toks, j+1)) {
					break
				}
				if t.str(text) == "," {
					seg = j
				}
				if t.word && (t.low == "who" || t.low == "whom" || t.low == "whose") {
					relative = true
				}
				// A relative clause that reports words of its own ("Ed
				// Moss, who stressed that …") is another attribution,
				// not part of the mention.
				if t.word && (t.lower(text) == "who" || t.low == "which") && reportsClause(text, toks, j+1) {
					break
				}
				// So does a second verb of the clause that reports
				// ("who was tired and feared that …"): the mention
				// ends before its "and".
				if t.word && j >= k+3 && (toks[j-1].low == "and" || toks[j-1].low == "but") && reportsClause(text, toks, j) {
					end = toks[j-2].e
					break
				}
				if t.word {
					if cueAfter && t.is(isAdverb) {
						continue
					}
					end = t.e
				} else if t.str(text) == ")" || t.str(text) == "." && !boundary(text, toks, j) {
					end = t.e
				}
			}
			// Before the cue an appositive closes with its comma: one
			// that runs on into the cue is the subject's predicate, a
			// verb the cue shares ("Its chairman, Ed Moss, closed the
			// hearing by predicting that …").
			ranIntoCue := cueAfter && end == toks[len(toks)-1].e && toks[len(toks)-1].word && strings.TrimSpace(text[end:f.cue.Start]) == "" && n105PredicateAppositive(text, toks, k+1)
			if end > s.End && !ranIntoCue {
				s.End = end
			}
		}
	}
	// A relative clause on "who" right after an inverted cue's
	// description, as the clause reading takes it: "“…,” said a
	// vulcaniser who gave his name only as Tanko."
	if cueBefore && s.End == toks[k-1].e {
		if e := n104InvertedWho(text, toks, k); e > s.End {
			s.End = e
		}
	}
	// A second name with its own appositive that shares the cue: "Ed
	// Moss, a Democrat, and Ann Ortiz, a Republican, said".
	if cueAfter && f.name != "" {
		s.End = max(s.End, andNameAppositive(text, toks, s.End))
	}
	// The group a name with its appositive belongs to: "according to
	// Ed Moss, head of the Pier Institute, and other engineers"
	// (groupAfterAppositive).
	if f.name != "" && (cueBefore || cueAfter) {
		s.End = max(s.End, groupAfterAppositive(text, toks, s))
	}
	// An appositive between dashes, or after a dash to the sentence's
	// end after the cue: "Ed Moss — the board's chairman — said",
	// "said Ed Moss — the board's chairman."
	// Its first word opens a description: an article, "who" or a
	// capital ("— and he meant it" is the sentence's own); before
	// the cue, any first word dashSetOff allows (dashAside in parc.go
	// keeps such a mention whole: appositiveDashes).
	if d := dashAfter(text, toks, k); f.name != "" && d > k && d < len(toks) && s.End == toks[k-1].e && (cueBefore || cueAfter) && toks[d].word && (toks[d].is(isDet) || toks[d].low == "who" || capital(toks[d].str(text)) || cueAfter && dashSetOff(text, toks, d)) {
		for j := d; j < len(toks) && j < d+25; j++ {
			t := &toks[j]
			if t.word {
				if cueBefore && j > d+1 && (t.is(isCue|isAuxiliary) || !capital(t.str(text)) && strings.HasSuffix(t.low, "ed")) {
					break // a clause of its own: "— Ann Ortiz disagreed", "— a claim the board rejected"
				}
				continue
			}
			if strings.ContainsAny(t.str(text), "“”\"‘«»;") || hasNewline(text[toks[j-1].e:t.s]) {
				break
			}
			if e := dashAfter(text, toks, j); e > j {
				if j > d && (e == len(toks) || cueBefore) {
					s.End = toks[j-1].e // the closing dash: before the cue, or before the sentence goes on
				}
				break
			}
			if cueBefore && boundary(text, toks, j) {
				if j > d {
					s.End = toks[j-1].e
				}
				break
			}
			if t.str(text) == "," && cueAfter {
				continue // an appositive inside the dashes, the closing dash before the cue: "Ed Moss -- the head of Acme, a firm that builds piers -- said"
			}
			if t.str(text) != "." && t.str(text) != "’s" && t.str(text) != "'s" {
				break // a comma or a parenthesis: another structure
			}
		}
	}
	f.subj = s
	// toks is dead from here: tidy reads its stretch into scratch slot
	// 0, the one widen holds toks in.
	return tidy(ix, f)
}

// pluralPossessive returns the index after the noun that a plural's
// possessive apostrophe at all[n] opens ("pilots’ union", "workers'
// rights group"): the apostrophe right after a word in "s", then one
// to three lower-case words that are no function word, cue, auxiliary
// or adverb, ending at punctuation, a preposition, the end of the
// window or the cue after the mention. It returns n when there is none.
func pluralPossessive(text string, all []tok, n int, cue doc.Span) int {
	if n < 1 || n+1 >= len(all) || all[n].s != all[n-1].e || all[n].str(text) != "’" && all[n].str(text) != "'" || !strings.HasSuffix(all[n-1].low, "s") || !all[n-1].word {
		return n
	}
	after := cue.End > cue.Start && cue.Start >= all[n].s
	e := n + 1
	for e < len(all) && e <= n+3 && all[e].word && !(after && all[e].s >= cue.Start) && !capital(all[e].str(text)) && !all[e].is(isFunction|isCue|isAuxiliary|isAdverb|isPronoun) && !strings.HasSuffix(all[e].low, "ly") {
		e++
	}
	if e == n+1 || e < len(all) && all[e].word && !(after && all[e].s >= cue.Start) && !all[e].is(isPostPreposition) {
		return n // the words go on: no noun phrase ends here
	}
	return e
}

// partitiveSubject reads a subject that names some of a group: a
// quantifier or a number, "of", and a description with its determiner
// ("one of the pilots", "some of the riders", "two of her aides"). The
// mention is the whole phrase, as a reader underlines it; the
// quantifier alone was read as no subject, so "“…,” said one of the
// pilots" had no speaker.
//
// After "of", "them" or "us" closes the phrase as a noun phrase does:
// "said one of them, a designer", "Some of us said" (the group is the
// one the text named before; the phrase is the name).
func partitiveSubject(text string, toks []tok, k, lim int) (found, int) {
	if k+2 >= lim || toks[k+1].low != "of" || !toks[k].word || !toks[k].is(isPartitive|isNumberWord) {
		return found{}, k
	}
	var f found
	e := k + 3
	if w := toks[k+2].low; w == "them" || w == "us" {
		f = found{subj: doc.Span{Start: toks[k+2].s, End: toks[k+2].e}, ok: true} // "one of them", "some of us": the group is the text's before
	} else if !toks[k+2].is(isDet) && !toks[k+2].is2(isPossessive) {
		return found{}, k
	} else if f, e = subjectAt(text, toks, k+2, lim); !f.ok || f.pronoun != "" || f.subj.Start != toks[k+2].s {
		return found{}, k
	}
	// The phrase ends a subject: a cue, punctuation or a preposition
	// follows, not a verb of its own clause ("said most of the riders
	// would stay" reports a clause whose subject this is).
	if e < lim && toks[e].word && !toks[e].is(isCue) && (!toks[e].is(isFunction) || toks[e].is(isAuxiliary)) {
		return found{}, k
	}
	s := doc.Span{Start: toks[k].s, End: f.subj.End}
	return found{subj: s, name: text[s.Start:s.End], ok: true}, e
}

// partitives name a part of a group before "of" (partitiveSubject).
var partitives = map[string]bool{"one": true, "some": true, "many": true, "most": true, "several": true, "each": true, "few": true, "both": true, "all": true}

// contactClause returns the index after a relative clause with no
// relative pronoun that opens at all[n], right after a mention's common
// noun: a personal pronoun and a past form ("everyone I interviewed",
// "the experts we consulted", "a group of pilots we met"). The clause
// runs to punctuation, the cue or the end of the window, at most twelve
// words, and holds no conjunction, relative word or cue (another
// clause); a preposition or word of time after its verb ends it. It
// returns n when there is none.
func contactClause(text string, all []tok, n int, cue doc.Span) int {
	if n+1 >= len(all) || !all[n].word || !all[n].is2(isContactPronoun) || !all[n+1].word || !pastForm(all[n+1]) || all[n+1].is(isCue) {
		return n
	}
	if all[n].low != "i" && capital(all[n].str(text)) {
		return n // a sentence's own subject after a full stop the tokens hide
	}
	if n < 1 {
		return n
	}
	if p := all[n-1]; !p.word || p.is(isFunction|isAdverb|isTimeWord) || adverbish(p.low) {
		return n // no noun before it: "Before long I wanted …" opens a clause
	}
	if n+3 < len(all) && all[n+2].low == "to" && all[n+3].word && !all[n+3].is(isDet|isPronoun|isFunction|isTimeWord) && !capital(all[n+3].str(text)) {
		return n // an infinitive: "I wanted to swim" is a clause of its own
	}
	after := cue.End > cue.Start && cue.Start >= all[n].s // the cue follows: the clause stops before it
	e := n + 2
	// A preposition right after the verb with no object is the
	// clause's own ("everyone I spoke with", also right before the
	// cue: "everyone I spoke with said", or before a phrase of time:
	// "the experts I spoke to this week", thisTime); the next preposition or
	// word of time opens an adverbial of the sentence's verb, which
	// ends the clause ("the coach we hired | last year", "the pilots
	// we met | on the quay").
	if e < len(all) && all[e].is(isPrep) && (e+1 == len(all) || !all[e+1].word || all[e+1].is(isPrep|isTimeWord) || thisTime(all, e+1) || after && all[e+1].s >= cue.Start) {
		e++
	}
	adverbial := false
	for e < len(all) && e < n+14 && (all[e].word || initialTok(text, &all[e-1]) && all[e].str(text) == "." && all[e].s == all[e-1].e) && !(after && all[e].s >= cue.Start) {
		w := all[e].low
		if all[e].is(isPrep|isTimeWord) || w == "ago" || thisTime(all, e) {
			adverbial = true
			break
		}
		if all[e].is(isCue|isPronoun) || w == "and" || w == "but" || w == "or" || w == "that" || w == "which" || w == "who" {
			break
		}
		e++
	}
	if !adverbial && e < len(all) && all[e].word && !(after && all[e].s >= cue.Start) {
		return n // the clause goes on into words it does not hold
	}
	return e
}

// contactBefore returns the index where a mention starts when the
// words read, all[i0:n], are the object of a preposition that ends a
// relative clause with no pronoun, right before the cue: in "Everyone
// I met at the party said" the subject is "Everyone I met at the
// party", not "the party". The clause is a personal pronoun, a past
// form and at most a particle ("everyone I spoke with at the port"),
// as contactClause reads it; a subject must end right before it. It
// returns i0 when there is none.
func contactBefore(text string, all []tok, i0, n int, cue doc.Span) int {
	if i0 < 4 || n >= len(all) || all[n].s != cue.Start || !all[i0-1].word || !all[i0-1].is(isPrep) {
		return i0
	}
	for k := i0 - 3; k >= i0-4 && k >= 1; k-- {
		if contactClause(text, all, k, cue) != i0-1 {
			continue
		}
		if h := subjectEnding(text, all, k-1); h.ok && h.subj.End == all[k-1].e {
			return sort.Search(len(all), func(i int) bool { return all[i].s >= h.subj.Start })
		}
	}
	return i0
}

// contactPronouns are the subjects of a relative clause with no
// pronoun after a speaker's noun ("everyone I interviewed").
var contactPronouns = map[string]bool{"i": true, "we": true, "you": true, "they": true, "he": true, "she": true}

// pastForm reports whether t is a past form a contact clause takes:
// in "-ed", or a common irregular past of meeting and speaking.
func pastForm(t tok) bool {
	return strings.HasSuffix(t.low, "ed") && len(t.low) > 4 || t.is2(isIrregularPast)
}

// irregularPast holds the irregular pasts of meeting and speaking that
// pastForm takes. Not "read" (a present as well: "The book he read: …"
// opens a quotation with a text) nor "got" (a verb of having or
// becoming more than of meeting).
var irregularPast = map[string]bool{"spoke": true, "met": true, "saw": true, "heard": true, "knew": true, "caught": true, "found": true}

// whichDescribes reports whether the "which" at toks[k], after the
// comma that ends a subject before its cue, opens a relative clause
// whose subject it is ("The alliance, which includes two unions,
// argues …", "the coalition, which represents 20 million voters,
// wants …"): the clause describes the speaker, a body, as "who"
// describes a person, and runs to the comma right before the cue. Not
// an object relative ("The treaty, which both towns ratified,
// obliges …": a determiner or a noun follows "which"), nor one that
// reports words of its own ("which said that …").
func whichDescribes(text string, toks []tok, k int) bool {
	if k+2 >= len(toks) || !toks[k+1].word || capital(toks[k+1].str(text)) || toks[k+1].is(isDet|isPronoun|isCue) || reportsClause(text, toks, k+1) {
		return false
	}
	v := toks[k+1].low
	if !(toks[k+1].is(isAuxiliary) || strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") || strings.HasSuffix(v, "ed")) {
		return false
	}
	// The clause ends at the last token before the cue, a comma, and
	// holds no other punctuation but a title's or an abbreviation's.
	if toks[len(toks)-1].str(text) != "," {
		return false
	}
	for j := k + 2; j < len(toks)-1; j++ {
		if !toks[j].word && toks[j].str(text) != "." && toks[j].str(text) != "’s" && toks[j].str(text) != "'s" {
			return false
		}
	}
	return true
}

// andNameAppositive returns the end of a second conjunct after a
// mention that ends at offset end, when toks run up to the cue: ", and",
// a name, and perhaps its own appositive between commas, then the cue
// ("Ed Moss, a Democrat, and Ann Ortiz, a Republican, said"). The two
// share the cue and are one mention. It returns end when there is
// none.
func andNameAppositive(text string, toks []tok, end int) int {
	j := sort.Search(len(toks), func(i int) bool { return toks[i].s >= end })
	if j+2 >= len(toks) || toks[j].str(text) != "," || toks[j+1].low != "and" {
		return end
	}
	n, ok := nameAt(text, toks, j+2)
	if !ok || n.from != j+2 {
		return end
	}
	if n.to == len(toks) {
		return n.end
	}
	if toks[n.to].str(text) != "," || toks[len(toks)-1].str(text) != "," || len(toks)-1-n.to < 2 || len(toks)-1-n.to > 12 {
		return end
	}
	for k := n.to + 1; k < len(toks)-1; k++ {
		if w := toks[k].str(text); !toks[k].word && w != "." && w != "’s" && w != "'s" || toks[k].is(isCue) {
			return end
		}
	}
	return toks[len(toks)-2].e
}

// relativeOfWhich reports whether the words from toks[k] open a relative
// clause whose pronoun follows its noun and "of" ("…, the composition
// of which depends on …", "…, most of whom …"): a clause about the
// speaker, not a description of them, so no appositive.
func relativeOfWhich(text string, toks []tok, k int) bool {
	for j := k + 1; j < len(toks) && j < k+6 && toks[j].word; j++ {
		if w := toks[j].lower(text); (w == "which" || w == "whom") && toks[j-1].lower(text) == "of" {
			return true
		}
	}
	return false
}

// runeWindow returns the bounds of the stretch from about before bytes
// before text[start:end] to about after bytes after it, widened to whole characters:
// the rules read a bounded window around a mention, so that the stage
// stays linear however long the text.
func runeWindow(text string, start, end, before, after int) (lo, hi int) {
	lo, hi = max(0, start-before), min(len(text), end+after)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	return lo, hi
}

// lastBlankLine returns strings.LastIndex(s, "\n\n"): where the last
// blank line of s starts, or -1. It goes from one line break to the
// next by strings.IndexByte, which passes over the bytes between many
// at a time: the stretch before a mention (some 120 bytes, widenText)
// holds few line breaks or none. LastIndex hashed every byte of it
// (Rabin-Karp), some 1,500 instructions a call, and a loop back from
// the end a byte at a time some 700.
func lastBlankLine(s string) int {
	last := -1
	for i := 0; ; {
		k := strings.IndexByte(s[i:], '\n')
		if k < 0 {
			return last
		}
		if i += k + 1; i < len(s) && s[i] == '\n' {
			last = i - 1
		}
	}
}

// tidy fixes the edges of a mention however it was read, as a reader
// would underline the noun phrase: a floating "both" before two names
// joined by "and" is no part of it ("Both Ann Ortiz and Ed Moss say"
// names the two); an adverb or an auxiliary after an appositive's comma
// belongs to the verb ("Ann Ortiz, a nurse, forcefully told", "some
// senators, including Ed Moss, were willing"); and a name of several
// capitalised words joined by "and" is whole ("the Harbour and Ferry
// Board", "Harbour Citizenship and Ferry Services", not "Ferry
// Services"), as are two names joined by "and" ("Ann Ortiz and Ed
// Moss").
func tidy(ix *tokIndex, f found) found {
	text := ix.text
	s := f.subj
	lo, hi := runeWindow(text, s.Start, s.End, 120, 80)
	all := ix.scratch(0, lo, hi) // over widen's window, whose toks it shares (readRun, y10_window.go)
	n := sort.Search(len(all), func(i int) bool { return all[i].s >= s.End })
	toks := all[:n]
	i0 := sort.Search(len(toks), func(i int) bool { return toks[i].s >= s.Start })
	if i0 >= len(toks) {
		return f
	}
	// A mention cut after an article or "of" ("The authors of the"):
	// the noun after it is the phrase's.
	if n-i0 >= 2 && (toks[n-1].is(isDet) && toks[n-1].low != "one" && toks[n-1].low != "two" || toks[n-1].low == "of") && n+1 < len(all) && all[n].word && !all[n].is(isFunction) && (all[n+1].str(text) == "," || all[n+1].str(text) == ")") {
		s.End = all[n].e
	}
	// Names given as examples of a plural before them, up to the cue:
	// "Critics of the program, like Senators Ed Moss and Ann Ortiz,
	// say" names the critics, the list with them (exampleHead).
	if f.cue.Start >= s.End {
		if h := exampleHead(text, all, i0); h >= 0 {
			s.Start = all[h].s
			i0 = h
		}
	}
	// A name read alone after the preposition of a plural's phrase:
	// "Inspectors and advisers to Harbourline said" names the inspectors
	// and advisers (phraseHeadBefore).
	if f.cue.Start >= s.End {
		if h := phraseHeadBefore(text, all, i0, n); h >= 0 {
			s.Start = all[h].s
			i0 = h
		}
	}
	// A role's holder before the body they speak for: "Officials at the
	// Pentagon, speaking on condition of anonymity, said" named "the
	// Pentagon" (roleHeadStart).
	if f.cue.Start >= s.End {
		if h := roleHeadStart(text, all, i0, n); h < i0 {
			s.Start = all[h].s
			i0 = h
		}
	}
	// A body's name read from inside it, or the agent of a participle
	// read alone, where the noun phrase opens the sentence: "The
	// union’s complaint to the Court of Appeals’ Board on Professional
	// Conduct says" named "Professional Conduct", "Research carried
	// out by the Harbour Board found" "the Harbour Board" (npFromStart).
	if f.cue.Start >= s.End {
		if h := npFromStart(text, all, i0, n); h < i0 {
			s.Start = all[h].s
			i0 = h
		}
	}
	// A subject read on into its predicate: "Baker largely agreed with
	// Moss and seemed to think" named "Baker largely agreed with Moss
	// and" (runOnEnd).
	if e := runOnEnd(text, all, i0, n); e < n && e > i0 {
		s.End = all[e-1].e
		toks = all[:e]
		n = e
		if m := text[s.Start:s.End]; strings.HasPrefix(f.name, m) {
			f.name = m // the name read with the verb's adverb: "Baker largely"
		}
	}
	// The last of coordinated phrases that open the sentence: "The
	// family, neighbors and church leaders have been demanding" named
	// "neighbors and church leaders" (coordinationStart).
	if f.cue.Start >= s.End {
		if h := coordinationStart(text, all, i0, n, f.cue); h < i0 {
			s.Start = all[h].s
			i0 = h
		}
	}
	// A quantifier floated after the coordinated subject: "The mayor,
	// the governor and the president all said" named "all"
	// (floatingQuantifier).
	if f.cue.Start >= s.End {
		if h := floatingQuantifier(text, all, i0, n, f.cue); h < i0 {
			q := i0 // the quantifier, left out as in "Reed and Moss both said"
			s.Start, s.End = all[h].s, all[q-1].e
			f.name = text[s.Start:s.End]
			i0, n = h, q
			toks = all[:n]
		}
	}
	// The object of a preposition in a participle's phrase after the
	// subject: "Protesters marching through the streets chanted"
	// named "the streets" (reducedRelativeStart).
	if f.cue.Start >= s.End {
		if h := reducedRelativeStart(text, all, i0, n, f.cue); h < i0 {
			s.Start = all[h].s
			i0 = h
		}
	}
	// A phrase of affiliation after an inverted cue's subject: "said one
	// Republican source on the committee" named "one Republican
	// source" (affiliationAfter).
	if f.cue.End > f.cue.Start && f.cue.End <= s.Start {
		if e := affiliationAfter(text, all, i0, n, f.cue); e > n {
			s.End = all[e-1].e
			toks = all[:e]
			n = e
		}
	}
	// A bound on a number read as the whole mention: "About 300
	// pilots signed the letter and said" named "About" (approxPhrase).
	if e := approxPhrase(text, all, i0, n, f.cue); e > n {
		s.End = all[e-1].e
		toks = all[:e]
		n = e
	}
	// The object of a restrictive relative clause's verb, read as the
	// subject because an appositive or a "which" clause follows it:
	// "Leaders who oppose the pipeline, which runs to the coast,
	// said" named the pipeline (relativeObject).
	if f.cue.Start >= s.End {
		if h := relativeObject(text, all, i0); h < i0 {
			s.Start = all[h].s
			i0 = h
		}
	}
	// A quantifier or a bound on a number right before the mention is
	// the noun phrase's: "some Republicans" (read as "Republicans"
	// after "Even"), "More than a dozen women", "At least two aides".
	if h := quantityBefore(text, all, i0, n); h < i0 {
		s.Start = all[h].s
		i0 = h
	}
	// A sum of money before a plural is the object of a clause with
	// no pronoun, not the plural's number: "the $20 million experts
	// say the town needs" names the experts (moneyBefore).
	if h := moneyBefore(text, all, i0, n); h > i0 {
		i0 = h
		s.Start = toks[i0].s
	}
	// "Neither … nor …": the two are one mention, whichever of them
	// was read ("Neither Ed Moss nor Ann Ortiz would say" named the
	// second alone, "“…,” neither Ed Moss nor Ann Ortiz said" the first).
	if a, b := neitherNor(text, all, i0, n); a < b {
		s.Start, s.End = all[a].s, all[b-1].e
		i0 = a
		if b > n {
			toks = all[:b]
			n = b
		}
	}
	// A plural's possessive with its noun after it: "the pilots’ union",
	// "a member of the teachers’ union" (the apostrophe alone ended the
	// words read, which named "the pilots").
	if e := pluralPossessive(text, all, n, f.cue); e > n {
		s.End = all[e-1].e
		toks = all[:e]
		n = e
	}
	// A relative clause with no pronoun after a common noun: "everyone
	// we asked", "a group of pilots we met" (contactClause); "Everyone"
	// is capitalised only as the sentence's first word.
	if e := contactClause(text, all, n, f.cue); e > n && toks[n-1].word && (!capital(toks[n-1].str(text)) || indefinites[toks[n-1].low]) {
		s.End = all[e-1].e
		toks = all[:e]
		n = e
	}
	// The object of a preposition that ends such a clause, read as the
	// mention because it stands next to the cue: "Everyone I met at the
	// party said" names everyone, the clause and its phrase with them
	// (contactBefore).
	if h := contactBefore(text, all, i0, n, f.cue); h < i0 {
		s.Start = all[h].s
		i0 = h
	}
	// A participle phrase cut before its word of time, the cue right
	// after it: "A report released last week found" named "A report
	// released"; the phrase is whole, as "A report released in May"
	// is (participleTime).
	if e := participleTime(text, all, i0, n, f.cue); e > n {
		s.End = all[e-1].e
		toks = all[:e]
		n = e
	}
	// A relative clause whose subject is "which", between the mention
	// and its cue (whichDescribes).
	// Not after an appositive or a phrase, whose last noun the clause
	// may be about ("Ed Moss, a spokesman for the Coalition, which is
	// made up of …, said", "A spokesman for the board, which runs the
	// ferries, said").
	if f.cue.Start >= s.End && n+1 < len(all) && all[n].str(text) == "," && all[n+1].low == "which" && !strings.Contains(text[s.Start:s.End], ",") && !slices.ContainsFunc(toks[i0:n], func(t tok) bool { return t.is(isPostPreposition) }) {
		if ct := ix.tokens(s.End, f.cue.Start); len(ct) >= 4 && whichDescribes(text, ct, 1) {
			s.End = ct[len(ct)-2].e
		}
	}
	// A "which" clause after an "of" phrase whose verb agrees with the
	// plural head, not with the singular noun of the phrase: "The
	// authors of the report, which include two funds, combed through
	// … and found" (pluralWhich).
	if f.cue.Start >= s.End {
		if e := pluralWhich(text, all, n, f.cue); e > n {
			s.End = all[e-1].e
			toks = all[:e]
			n = e
		}
	}
	// A subordinating conjunction or a sentence adverb that opens the
	// clause is no part of its subject, however the name before the
	// cue was read: "Although Ann Ortiz said …" and "Once the court
	// ruled …" name Ann Ortiz and the court (leadWord).
	if k := leadWord(text, toks, i0, n); k > i0 {
		if lead := text[toks[i0].s:toks[k].s]; strings.HasPrefix(f.name, lead) && len(f.name) > len(lead) {
			f.name = f.name[len(lead):] // "Though he" was read as a name
		}
		i0 = k
		s.Start = toks[i0].s
	}
	// The same word with its comma, or a place's adverb and its
	// phrase: "However, Ann Lee, the principal, said", "Back in
	// Colverton, the school’s principal, Dana Whitcombe, wrote" were
	// read as a name "However" or "Back" with appositives (n100Opener).
	if k := n100Opener(text, toks, i0, n); k > i0 {
		lead := toks[i0].str(text)
		i0 = k
		s.Start = toks[i0].s
		if f.name == lead || strings.HasPrefix(f.name, lead+" ") || strings.HasPrefix(f.name, lead+",") {
			f.name = n100OpenedName(text, toks, i0, n)
		}
	}
	// An opening participle phrase with no comma before the subject's
	// name: "Stung by the vote Reed said" names Reed
	// (participleOpener).
	if h := participleOpener(text, toks, i0, n); h > i0 {
		i0 = h
		s.Start = toks[i0].s
	}
	// A pronoun contracted with its auxiliary is the mention without
	// the auxiliary: "he" of "he’s", as readCue marks it.
	if toks[i0].word && toks[i0].is(isContracted) {
		if p := contracted[toks[i0].low]; p != "" {
			s.End = toks[i0].s + len(p)
			toks = toks[:i0+1]
			n = i0 + 1
		}
	}
	// A trailing adverb of degree or time before the cue is the
	// verb's: "Officials almost unanimously said" and "Officials late
	// Monday said" name the officials (trailingAdverb).
	if f.cue.Start >= s.End {
		if e := trailingAdverb(text, all, i0, n); e < n {
			s.End = toks[e-1].e
			toks = toks[:e]
			n = e
		}
	} else if f.cue.End > f.cue.Start && f.cue.End <= s.Start {
		// After the cue: "said an aide earlier this month" named "an
		// aide earlier" (timeAdverbAfter).
		if e := timeAdverbAfter(text, all, i0, n); e < n {
			s.End = toks[e-1].e
			toks = toks[:e]
			n = e
		}
		// "said a report released" read without its agent:
		// "said a report released by the council" (participleAgent).
		if e := participleAgent(text, all, i0, n); e > n {
			s.End = all[e-1].e
			toks = all[:e]
			n = e
		}
	}
	// A verb phrase read into the subject: "The inspectors spent a
	// week at the pier and concluded …" named "The inspectors spent",
	// "Ed Moss met with the pilots and came out convinced that …"
	// ran on to "came out" (finiteInside).
	if f.cue.Start >= s.End {
		if h, e := finiteInside(text, all, i0, n, f.cue); h > i0 {
			// Two clauses joined by "and": "The crew left and the
			// mayor said" names the mayor.
			i0 = h
			s.Start = toks[i0].s
		} else if e < n {
			s.End = toks[e-1].e
			toks = toks[:e]
			n = e
		}
	}
	// The object of an infinitive before "and" and the cue's own
	// subject: "The board met to discuss the levy and its chairman
	// said" named "the levy and its chairman" (objectAnd).
	if f.cue.Start >= s.End {
		if h := objectAnd(text, all, i0, n); h > i0 {
			i0 = h
			s.Start = toks[i0].s
		}
	}
	// A phrase of time between commas after the subject is the verb's,
	// no appositive: "Ed Moss, a week after the vote, said", "Ed Moss,
	// two days later, said" (timeAside).
	for n-i0 >= 4 {
		c := n - 1
		for c > i0 && toks[c].str(text) != "," {
			c--
		}
		if c <= i0 || !timeAside(text, toks, c+1, n) {
			break
		}
		s.End = toks[c-1].e
		toks = toks[:c]
		n = c
	}
	// Names joined by a slash before the mention's head: "the
	// Gallup/Ipsos poll" was read from "Ipsos" (slashNames); after an
	// inverted cue, the name read stops before the slash ("said the
	// Gallup/Ipsos pollster" named "the Gallup"; slashAfter).
	if h := slashNames(text, all, i0); h < i0 {
		s.Start = all[h].s
		i0 = h
	}
	if f.cue.End <= s.Start {
		if e := slashAfter(text, all, n); e > n {
			s.End = all[e-1].e
			toks = all[:e]
			n = e
		}
	}
	// A capitalised adjective read as a name before its plural noun:
	// "European ministers met and said" named "European"
	// (adjectivePlural).
	if f.cue.Start >= s.End {
		if e := adjectivePlural(text, all, i0, n, f.cue); e > n {
			s.End = all[e-1].e
			toks = all[:e]
			n = e
		}
	}
	// Two adjectives, or one of size, place or rank, and the plural's
	// "of" phrase: "Small groups of protesters continued …, chanting"
	// named "Small" (groupPlural); also with no cue, as a beat reads
	// its subject.
	if cue := f.cue; cue.Start >= s.End || cue.End <= cue.Start {
		if cue.End <= cue.Start {
			cue = doc.Span{Start: len(text), End: len(text)}
		}
		if e := groupPlural(text, all, i0, n, cue); e > n {
			s.End = all[e-1].e
			toks = all[:e]
			n = e
		}
	}
	// After an inverted cue too: "said Central Asian leaders" named
	// "Central Asian"; the adjective is the last of the capitalised
	// words read.
	if f.cue.End > f.cue.Start && f.cue.End <= s.Start && n-i0 <= 2 && (n-i0 == 1 || all[i0].word && capital(all[i0].str(text)) && !all[i0].is(isFunction|isTitle)) {
		if e := adjectivePlural(text, all, n-1, n, doc.Span{Start: len(text), End: len(text)}); e > n {
			s.End = all[e-1].e
			toks = all[:e]
			n = e
		}
	}
	// A list of names before "and others" or "and other …": "Ames,
	// Reed and others argued" names all three (listBefore).
	if f.cue.Start >= s.End {
		if h := listBefore(text, all, i0); h < i0 {
			s.Start = all[h].s
			i0 = h
		}
	}
	// A floating "both" before a coordination.
	if toks[i0].word && toks[i0].low == "both" && i0+2 < n && toks[i0+1].word && capital(toks[i0+1].str(text)) && slices.ContainsFunc(toks[i0+2:], func(t tok) bool { return t.low == "and" }) {
		i0++
		s.Start = toks[i0].s
	}
	// An imperative that sets up a supposition ("Say Ann Ortiz
	// demanded …", "Suppose the board said …") is no part of the name.
	if i0+1 < n && toks[i0].word && capital(toks[i0].str(text)) && toks[i0+1].word && supposeWords[toks[i0].low] { // the map look-up last
		i0++
		s.Start = toks[i0].s
	}
	// A phrase of time that is a noun phrase, before the subject of
	// its clause: "the third time Ann Ortiz said", "the last time
	// officials warned" name Ann Ortiz and officials.
	if i0+3 < n && toks[i0].low == "the" && (ordinals[toks[i0+1].low] || toks[i0+1].low == "last" || toks[i0+1].low == "next" || toks[i0+1].low == "only") && toks[i0+2].low == "time" && toks[i0+3].word {
		i0 += 3
		s.Start = toks[i0].s
	}
	// An adverb or an auxiliary after the appositive's last comma, or
	// a sentence adverb between commas ("Ed Moss, too, said", "The
	// pilots, however, said"; asideAdverbs).
	if n-i0 >= 4 && toks[n-2].str(text) == "," && toks[n-1].word {
		w := toks[n-1].low
		if toks[n-1].is(isAuxiliary) || len(w) > 4 && strings.HasSuffix(w, "ly") && !capital(toks[n-1].str(text)) && !toks[n-1].is2(isLyNoun) || toks[n-1].is2(isAsideAdverb) {
			s.End = toks[n-3].e
		}
	}
	// Capitalised words joined by "and" before the mention.
	if i0 >= 2 && toks[i0].word && capital(toks[i0].str(text)) && toks[i0-1].low == "and" && toks[i0-2].word && capital(toks[i0-2].str(text)) && !toks[i0-2].is(isTimeWord) {
		j := i0 - 2
		for j > 0 && toks[j-1].word && capital(toks[j-1].str(text)) && !toks[j-1].is(isFunction) && !toks[j-1].is(isClauseLead) && !toks[j-1].is(isTimeWord) && !strings.Contains(text[toks[j-1].e:toks[j].s], "\n") {
			j--
		}
		if j > 1 && toks[j-1].str(text) == "." && toks[j-2].e == toks[j-1].s && toks[j-2].is(isTitle) {
			j -= 2 // a title: "Mr. Ed Moss and …"
		}
		if j > 0 && toks[j-1].word && (toks[j-1].low == "the") {
			j--
		}
		if !toks[j].is(isFunction) || toks[j].low == "the" {
			s.Start = toks[j].s
		}
	}
	// One capitalised word after the capitalised words of a name that
	// opens with "the": "the United States", not "States".
	if i0 == n-1 && i0 >= 2 && capital(toks[i0].str(text)) && toks[i0-1].word && capital(toks[i0-1].str(text)) && !toks[i0-1].is(isFunction) && !toks[i0-1].is(isTimeWord) {
		j := i0 - 1
		for j > 0 && j > i0-4 && toks[j-1].word && capital(toks[j-1].str(text)) && !toks[j-1].is(isFunction) && !toks[j-1].is(isTimeWord) {
			j--
		}
		if j > 0 && toks[j-1].low == "the" && !strings.Contains(text[toks[j-1].s:toks[i0].s], "\n") {
			s.Start = toks[j-1].s
		}
	}
	// A subhead in capitals run into the sentence after it: "ON THE
	// PIER After Ann Lee wrote" named "PIER After Ann Lee" (n1_subhead.go).
	if i0 < n && toks[i0].e-toks[i0].s >= 2 && text[toks[i0].s+1]-'A' < 26 {
		if h := n1Subhead(text, toks, i0, n); h > i0 {
			i0 = h
			s.Start = toks[i0].s
			if m := text[s.Start:s.End]; len(f.name) > len(m) && strings.HasSuffix(f.name, m) {
				f.name = m
			}
		}
	}
	if s != f.subj {
		if f.name == text[f.subj.Start:f.subj.End] {
			f.name = text[s.Start:s.End]
		}
		f.subj = s
	}
	f.name = appositiveName(text, toks, i0, n, f.name)
	return f
}

// appositiveName returns the name in apposition that ends the mention
// toks[i0:n] when the speaker's name read is the description before it:
// "the port’s chief executive, Ed Moss" and "a spokeswoman for the
// port, Ann Ortiz" are Ed Moss and Ann Ortiz, as "Ed Moss, the port’s
// chief executive" is. A name that opens the mention keeps it ("Ed
// Moss, a pilot"). It returns nm as it is otherwise.
func appositiveName(text string, toks []tok, i0, n int, nm string) string {
	if nm == "" || n-i0 < 4 || !toks[i0].word || !toks[i0].is(isDet) && toks[i0].low != "its" && !strings.Contains(nm, "’s") && !strings.Contains(nm, "'s") {
		return nm
	}
	// commaBefore walks back from toks[c] to the comma that opens the
	// mention's last part, over words, full stops and (where hyphen)
	// hyphens; -1 at any other mark.
	commaBefore := func(c int, hyphen bool) int {
		for c > i0 && toks[c].str(text) != "," {
			if !toks[c].word && toks[c].str(text) != "." && !(hyphen && toks[c].str(text) == "-") {
				return -1
			}
			c--
		}
		return c
	}
	c := commaBefore(n-1, true)
	if c < 0 {
		return nm
	}
	if c > i0+1 && partyLabelTail(text, toks, c, n) {
		// A party label after the name: "…, state Sen. Lyle
		// Haberman, R-Pine Harbor" names Haberman.
		if n, c = c, commaBefore(c-1, false); c < 0 {
			return nm
		}
	}
	if c > i0+2 && c+2 == n && allDigits(toks[c+1].low) {
		// An age after the name: "…, Esteban Marchetti, 58" names
		// Marchetti.
		if n, c = c, commaBefore(c-1, true); c < 0 {
			return nm
		}
	}
	if c <= i0+1 || c+1 >= n {
		return nm
	}
	k := c + 1
	if toks[k].low == "the" && k+2 < n && n116Reverend(toks[k+1].low) {
		k++ // "The Dean of Thorncaster, the Very Rev Clare Mountjoy" (n116_readings.go)
	}
	if a, ok := nameAt(text, toks[:n], k); ok && a.from == k && a.to == n && capital(a.text) && (a.gender != 0 || a.to-a.from >= 2) {
		if k > c+1 {
			return n116WithoutReverend(a.text)
		}
		return a.text
	}
	return nm
}

// neitherNor returns the tokens [a, b) of a coordination "neither X nor
// Y" that holds the mention all[i0:n], when the mention is one of its
// two names ("Neither Ed Moss nor Ann Ortiz"), with "neither" first;
// a == b when there is none. Each conjunct is a name of at most four
// words, with a title's full stop.
func neitherNor(text string, all []tok, i0, n int) (a, b int) {
	nameWords := func(j int) bool {
		return all[j].word && capital(all[j].str(text)) || all[j].str(text) == "." && j > 0 && all[j].s == all[j-1].e
	}
	// The mention is the second name: "nor" before it, "neither" and a
	// name before that.
	if i0 >= 3 && all[i0-1].low == "nor" {
		for j := i0 - 2; j >= 0 && j >= i0-7 && nameWords(j); j-- {
			if j >= 1 && all[j-1].low == "neither" && capital(all[j].str(text)) {
				return j - 1, n
			}
		}
		// Or a description: "Neither the mayor nor the pilots think
		// …", words with no mark, no cue and no verb between
		// "neither" and "nor"; a past ("met", "-ed") is the first
		// clause's verb ("Neither the board met nor …").
		for j := i0 - 2; j >= 1 && j >= i0-6 && all[j].word && !all[j].is(isCue|isAuxiliary|isFinite) && !all[j].is2(isFinitePast) && !(len(all[j].low) > 4 && strings.HasSuffix(all[j].low, "ed")); j-- {
			if all[j-1].low == "neither" {
				return j - 1, n
			}
		}
		return 0, 0
	}
	// The mention is the first name, "neither" before or in it, and
	// "nor" and a name after it.
	if n+1 < len(all) && all[n].low == "nor" && (all[i0].low == "neither" || i0 >= 1 && all[i0-1].low == "neither") {
		e := n + 1
		for e < len(all) && e < n+6 && nameWords(e) {
			e++
		}
		if e > n+1 && capital(all[n+1].str(text)) {
			if all[i0].low == "neither" {
				return i0, e
			}
			return i0 - 1, e
		}
	}
	return 0, 0
}

// exampleHead returns the index of the first token of a plural noun
// phrase before a comma and "like", "such as" or "including" that opens
// the mention at all[i0] ("Critics of the program, like Senators Ed
// Moss …", "Several pilots, including Ed Moss, …"), or -1. The phrase
// is read back to the clause's punctuation, as phraseAt reads a
// subject, and must end in a plural.
func exampleHead(text string, all []tok, i0 int) int {
	l := i0 - 1
	if l >= 1 && all[l].low == "as" && all[l-1].low == "such" {
		l--
	} else if l < 0 || all[l].low != "like" && all[l].low != "including" {
		return -1
	}
	c := l - 1
	if c < 2 || all[c].str(text) != "," || !all[c-1].word || !all[c-1].pluralNoun() && !pluralNoun(lastBeforeOf(all, c)) {
		return -1
	}
	from := localStart(text, all, c-1)
	if from >= c || from < 0 {
		return -1
	}
	// Not across a sentence or a line: localStart reads through full
	// stops, as abbreviations have them.
	for j := c - 1; j > from; j-- {
		if hasNewline(text[all[j-1].e:all[j].s]) || !all[j-1].word && boundary(text, all, j-1) {
			from = j
			break
		}
	}
	if _, ok := phraseAt(text, all, from, c); !ok {
		return -1
	}
	return from
}

// phraseHeadBefore returns the index where a noun phrase starts whose
// "to", "for" or "of" phrase is the name all[i0:n] ("regulators and
// advisers to Harbourline"): a lower-case plural before the preposition,
// read back to the clause's punctuation as phraseAt reads a subject;
// -1 when there is none.
func phraseHeadBefore(text string, all []tok, i0, n int) int {
	named := capital(all[i0].str(text)) || all[i0].low == "the" && i0+1 < n && capital(all[i0+1].str(text))
	if i0 < 2 || !named || all[i0-1].low != "to" && all[i0-1].low != "for" && all[i0-1].low != "of" {
		return -1
	}
	p := all[i0-2]
	if !p.word || capital(p.str(text)) || !p.pluralNoun() || len(reporting[p.low]) > 0 {
		return -1
	}
	from := localStart(text, all, i0-2)
	if from < 0 || from >= i0-1 {
		return -1
	}
	for j := i0 - 2; j > from; j-- {
		if hasNewline(text[all[j-1].e:all[j].s]) || !all[j-1].word && boundary(text, all, j-1) {
			from = j
			break
		}
	}
	opened := from > 0 && all[from-1].word
	for from < i0-2 && all[from].word && (all[from].is(isTimeWord|isClauseLead) || adverbish(all[from].low)) {
		from++ // "Yesterday advisers to …": the time is the clause's
		opened = false
	}
	// Nouns, their modifiers and "and" only: no verb, cue or pronoun.
	for j := from; j < i0-1; j++ {
		t := all[j]
		if !t.word || t.is(isCue|isAuxiliary|isPronoun|isAdverb) || t.is(isFunction) && t.low != "and" && !t.is(isDet) || j > from && strings.HasSuffix(t.low, "ed") || len(reporting[t.low]) > 0 {
			return -1
		}
	}
	if opened {
		return -1 // the clause opens before: a verb's object ("sent letters to Ed Moss")
	}
	return from
}

// quantityBefore returns the index of the first token of a quantifier
// ("some", "many", "most", "several", "few") before a plural mention at
// all[i0:n], or of a bound before a number ("more than", "fewer than",
// "at least", "nearly", "almost", "roughly") before a mention that
// opens with a number ("two", "60", "a dozen", "a handful"); i0 when
// there is none ("more than a body" is a comparison).
func quantityBefore(text string, all []tok, i0, n int) int {
	if i0 < 1 || i0 >= n || !all[i0-1].word {
		return i0
	}
	first, last := all[i0], all[n-1]
	prev := all[i0-1].low
	if (prev == "some" || prev == "many" || prev == "most" || prev == "several" || prev == "few") && first.word && !first.is(isDet|isFunction) && last.word && last.pluralNoun() {
		return i0 - 1
	}
	article := (first.low == "a" || first.low == "an") && i0+1 < n && (all[i0+1].is(isNumberWord) || all[i0+1].low == "handful" || all[i0+1].low == "third" || all[i0+1].low == "quarter" || all[i0+1].low == "half")
	number := first.word && (article || first.is(isNumberWord) || firstRune(first.low) >= '0' && firstRune(first.low) <= '9')
	if !number {
		return i0
	}
	switch prev {
	case "nearly", "almost", "roughly", "approximately":
		return i0 - 1
	case "than":
		if i0 >= 2 && (all[i0-2].low == "more" || all[i0-2].low == "fewer" || all[i0-2].low == "less") {
			return i0 - 2
		}
	case "least", "most":
		if i0 >= 2 && all[i0-2].low == "at" {
			return i0 - 2
		}
	}
	return i0
}

// lastBeforeOf returns the word before the first "of" among the few
// tokens before all[c], the head of a noun phrase with an "of" phrase
// ("Critics of the program"), or "".
func lastBeforeOf(all []tok, c int) string {
	for j := c - 1; j >= 1 && j >= c-8; j-- {
		if all[j].low == "of" {
			return all[j-1].low
		}
	}
	return ""
}

// supposeWords open a sentence as an imperative that asks the reader to
// suppose what follows.
var supposeWords = map[string]bool{"say": true, "suppose": true, "imagine": true}

// ordinals before "time" make a phrase of time: "the third time".
var ordinals = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true}

// forIdioms follow "for the" in a phrase of the verb, not of whom
// the speaker works for: "for the most part", "for the time being",
// "for the past decade", "for the record".
var forIdioms = map[string]bool{"most": true, "time": true, "moment": true, "past": true, "next": true, "last": true, "rest": true, "record": true, "sake": true, "better": true}

// lyNouns end in "ly" but are no adverbs.
var lyNouns = map[string]bool{"family": true, "ally": true, "supply": true, "assembly": true, "monopoly": true, "rally": true, "italy": true, "anomaly": true, "homily": true}

// reportsClause reports whether toks[k] starts a verb that reports a
// clause: a cue, or a word followed by "that" ("stressed that").
func reportsClause(text string, toks []tok, k int) bool {
	if k >= len(toks) || !toks[k].word {
		return false
	}
	if anonymity(toks, k) {
		return false // "who asked not to be named", "who spoke on condition of anonymity": the source's description
	}
	if toks[k].is(isNaming) && strings.HasSuffix(toks[k].low, "ed") {
		return true // "who called it reckless": a naming verb's own attribution
	}
	if toks[k].is(isCue) {
		if writtenWork(toks, k) || n102DeedObject(toks, k) || n106NounObject(text, toks, k) || n110ReportsTo(text, toks, k) {
			return false // "who wrote the amendment": the work written describes its writer
		}
		return speechVerb(toks[k].senses()) || reportsHere(text, toks, k, toks[len(toks)-1].e) // a verb of speech, or a content of its own here
	}
	return k+1 < len(toks) && toks[k+1].lower(text) == "that" && strings.HasSuffix(toks[k].lower(text), "ed")
}

// writtenWork reports whether toks[k], a past of writing, has a work
// for its object, a determiner and a noun with no clause after it:
// "who wrote the amendment", "who wrote the 2023 law", "who wrote a
// history of the port". Such a clause says who the source is; "who
// wrote that …" and "who wrote in a letter that …" report words.
func writtenWork(toks []tok, k int) bool {
	switch toks[k].low {
	case "wrote", "drafted", "authored", "penned", "co-wrote", "sponsored", "introduced":
	default:
		return false
	}
	if k+2 >= len(toks) || !toks[k+1].word || !(toks[k+1].is(isDet) || possessivePronouns[toks[k+1].low]) || toks[k+1].low == "that" {
		return false
	}
	for j := k + 2; j < len(toks) && j < k+8 && toks[j].word; j++ {
		if toks[j].low == "that" || toks[j].is(isWhWord) {
			return false
		}
	}
	return true
}

// ageOrPlace reports whether toks[k], after a comma in an appositive,
// goes on describing the person the way news prose does: an age ("Ann
// Ortiz, 59, of Ashton"), a home town ("of Ashton") or a state's
// abbreviation before another comma ("Ashton, Md., said").
func ageOrPlace(text string, toks []tok, k int) bool {
	t := toks[k]
	if !t.word {
		return false
	}
	if t.low == "of" || t.low == "from" && homePlace(text, toks, k) {
		return true // "of Ashton", "from the village of Tesh Darra"
	}
	if r := firstRune(t.low); r >= '0' && r <= '9' && len(t.low) <= 3 && k+1 < len(toks) && (toks[k+1].str(text) == "," || toks[k+1].str(text) == "." && toks[k+1].s == t.e && boundary(text, toks, k+1)) {
		return true // "said Ed Moss, 62, of Ashton", "said the owner, Stefan Orlei, 52."
	}
	if !capital(t.str(text)) || len(t.low) > 5 || k+1 >= len(toks) || toks[k+1].str(text) != "." || toks[k+1].s != t.e {
		return false
	}
	if k+2 < len(toks) && toks[k+2].str(text) == "," {
		return true // "of Ashton, Md., said"
	}
	// The sentence ends with the state: "said Ed Moss, 62, of Ashton,
	// Md." The word before the comma is the place, in capitals.
	return k >= 2 && toks[k-2].word && capital(toks[k-2].str(text)) && (k+2 == len(toks) || !toks[k+2].word || capital(toks[k+2].str(text)))
}

// mayPossessive is false where possessiveSubject's first tests turn
// toks[k] away (k < lim): it opens with neither a determiner (not a
// pronoun too) nor a capital (mayName; a letter beyond ASCII is left
// to possessiveSubject). subjectAt asks it first: most words are
// neither, and it is inlined where the call is not.
func mayPossessive(text string, toks []tok, k, lim int) bool {
	return classOf(toks[k].lex)&(isDet|isPronoun) == isDet || mayName(text, toks[:lim], k)
}

// possessiveSubject reads a subject that a name's possessive opens,
// up to three lower-case words: "Moss’s lawyer said", "Jones’ lawyer
// said", "Ann Ortiz’s
// campaign said in a statement", "said Ann Ortiz’s spokesman, Ed
// Moss". The name owns the speaker and is not the speaker: read as
// the subject, it made the noun after it the cue's subject or nothing.
// The phrase must end where a subject does, before a cue, an adverb
// or punctuation (an appositive's comma), so that "Moss’s plan
// angered riders" is left to the rules that read it. A written work or
// an utterance ("Ann Ortiz’s memoir opens", "Ed Moss’s statement
// said") is its owner's words, as workOwner reads them: not read here.
func possessiveSubject(text string, toks []tok, k, lim int) (found, int) {
	if k >= lim || !toks[k].word {
		return found{}, k
	}
	var n name
	if toks[k].is(isDet) && !toks[k].is(isPronoun) {
		// A plural's possessive after a determiner: "the pilots’
		// union said", "the teachers' union". A plural noun and at
		// most one word before it, then the apostrophe alone, so at
		// toks[k+2] or toks[k+3]: where neither is one, nothing is
		// read (most determiners), told before the words are.
		if !apostropheAt(text, toks, k+2, lim) && !apostropheAt(text, toks, k+3, lim) {
			return found{}, k
		}
		e := k + 1
		for e < lim && e <= k+2 && toks[e].word && !capital(toks[e].str(text)) && !toks[e].is(isFunction|isCue|isAuxiliary) {
			e++
		}
		if e == k+1 && k+2 < lim && n116CapitalPlural(text, toks, k+1) {
			e = k + 2 // "the Greens’ co-leader Ann Lee told", "the Democrats’ leader"
		}
		if e == k+1 || e >= lim || !toks[e-1].pluralNoun() && !n116CapitalPlural(text, toks, e-1) || toks[e].str(text) != "’" && toks[e].str(text) != "'" || toks[e].s != toks[e-1].e {
			return found{}, k
		}
		n = name{from: k, to: e, start: toks[k].s, end: toks[e-1].e}
	} else {
		if !capital(toks[k].str(text)) {
			return found{}, k
		}
		n, ok := nameAt(text, toks[:lim], k)
		return namePossessiveSubject(text, toks, k, lim, n, ok)
	}
	return possessiveFrom(text, toks, lim, n)
}

// apostropheAt reports whether toks[j] (j < lim) is an apostrophe
// alone, "’" or "'", as possessiveSubject reads a plural's possessive.
func apostropheAt(text string, toks []tok, j, lim int) bool {
	return j < lim && (toks[j].str(text) == "’" || toks[j].str(text) == "'")
}

// namePossessiveSubject is possessiveSubject for a capital at toks[k],
// given nameAt(text, toks[:lim], k): subjectAt reads that name for
// itself too, and reads it once for both.
func namePossessiveSubject(text string, toks []tok, k, lim int, n name, ok bool) (found, int) {
	if !ok || n.from != k || n.to >= lim {
		return found{}, k
	}
	return possessiveFrom(text, toks, lim, n)
}

// possessiveFrom is possessiveSubject from the name or plural n read at
// its start.
func possessiveFrom(text string, toks []tok, lim int, n name) (found, int) {
	k := n.from
	j := n.to
	if w := toks[n.to-1].str(text); strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'s") && (toks[j].str(text) == "’" || toks[j].str(text) == "'") && toks[j].s == toks[j-1].e {
		j++ // "Moss’ lawyer": the apostrophe alone after a final s
	} else if !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'s") {
		return found{}, k
	}
	from := j
	for j < lim && j < from+3 && toks[j].word && !capital(toks[j].str(text)) && !toks[j].is(isCue|isAuxiliary|isFunction|isAdverb|isPhraseStop) && (!strings.HasSuffix(toks[j].lower(text), "ly") || toks[j].is2(isLyNoun)) { // "Ann Lee’s family said"
		if toks[j].is2(isWriting) || toks[j].is(isWork|isSpeechNoun) {
			return found{}, k // "Ann Ortiz’s first novel begins:": the owner wrote it (workOwner)
		}
		j++
	}
	named := "" // the person's name after a role: the speaker's name, the whole phrase the mention
	if j > from && j < lim && n116PersonWord(&toks[j-1]) && mayName(text, toks, j) {
		// A role, then the person's name: "the Greens’ co-leader Ann
		// Lee told Bild" (n116CapitalPlural).
		if nm, ok := nameAt(text, toks[:lim], j); ok && nm.from == j && (nm.to == lim || toks[nm.to].word && toks[nm.to].is(isCue)) {
			j, named = nm.to, nm.text
		}
	}
	if j == from || j < lim && toks[j].word && !toks[j].is(isCue) && !(toks[j].is(isAdverb) && (!toks[j].is(isAuxiliary) || j+1 < len(toks) && toks[j+1].is(isCue))) {
		return found{}, k // "Archer's confusion was greater": no cue after it
	}
	s := doc.Span{Start: n.start, End: toks[j-1].e}
	if named == "" {
		named = text[s.Start:s.End]
	}
	return found{subj: s, name: named, ok: true}, j
}

// cueNoun reports whether the cue word toks[j], in a description after
// a determiner, is the description's head noun: a cue verb follows it
// ("the report said", "a note reads", "the reports say"), so the first
// is the thing that speaks. A form in -ed or -ing is a verb.
func cueNoun(text string, toks []tok, j int) bool {
	w := toks[j].lower(text)
	if j+1 < len(toks) && toks[j].is(isFindingNoun) && toks[j+1].is2(isFindingVerb) {
		return true // "the report found" (readCue)
	}
	if nounAfterDet(text, toks, j) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
		return true // "a 2015 report by the board said"
	}
	return j+1 < len(toks) && toks[j+1].word && toks[j+1].is(isCue) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// nounAfterDet reports whether the cue word toks[c] is a noun: right
// after a determiner, a year or a preposition ("“…,” a 2015 report by
// the board said", where "report" is no verb and "a 2015" no speaker;
// "the secretary of state said").
func nounAfterDet(text string, toks []tok, c int) bool {
	if c < 1 || !toks[c-1].word {
		return false
	}
	if toks[c-1].is(isNumberWord) && (strings.HasSuffix(toks[c].low, "ed") || toks[c].is2(isIrregularPastCue)) {
		// A past form after a number word is a verb, whose subject
		// ends with the number: "the father of four replied", "all
		// three said"; after a number a noun would be plural.
		return false
	}
	if toks[c-1].is(isDet | isPostPreposition) {
		return true
	}
	p := toks[c-1].low
	if len(p) == 4 && strings.Trim(p, "0123456789") == "" {
		return true
	}
	if capitalModified(text, toks, c) {
		return true
	}
	// A base form after a determiner and one lower-case modifier, right
	// before a colon: "made the following comment: “…”", "gave this
	// brief reply:" — a verb would need its subject there, and "the
	// following" names no one. Not after a plural or a noun of persons
	// ("The pilots comment:").
	if modifiedBase(text, toks, c) {
		return true
	}
	// A noun for research after a singular determiner and one
	// lower-case modifier ("a new report by the board said", "an
	// internal review found"): after "a" and a noun the base form
	// "report" could not agree as a verb, so it is the head noun.
	return c >= 2 && toks[c-2].is2(isSingularDet) && toks[c].is(isFindingNoun) && !strings.HasSuffix(toks[c].low, "s") && !capital(toks[c-1].str(text)) && !toks[c-1].is(isFunction|isCue|isAdverb|isAuxiliary|isPronoun)
}

// irregularPastCues are the irregular past forms of cues, none of
// them a noun: a number word before one is its subject's last word.
var irregularPastCues = map[string]bool{"said": true, "told": true, "wrote": true, "spoke": true, "thought": true}

// authoredBy reports whether toks[e] is "by" after a noun for research
// ("a new report by the board said", "a 2015 study by the bank
// found"): the phrase names the author and is part of the mention, as
// "of" and "for" phrases are (describedBy).
func authoredBy(toks []tok, e int) bool {
	return e >= 1 && toks[e].low == "by" && toks[e-1].is(isFindingNoun)
}

// singularDets open a singular noun phrase: a base form of a verb
// cannot follow its noun as the phrase's verb.
var singularDets = map[string]bool{"a": true, "an": true, "this": true, "another": true, "each": true, "every": true}

// relativeGoesOn reports whether the words from toks[k], after a comma
// inside a relative clause of a speaker's appositive, go on with that
// clause: a second verb joined by "and" or "but" ("…, and has backed
// …", "…, and later served as …"), or a phrase between commas before
// such a verb ("who helmed the board from 2003 to 2006, during the
// strike, and has backed …"). A phrase with no such verb after it is
// the sentence's ("who runs the ferry, in a statement"); a name after
// "and" is another person ("…, and Ann Ortiz, who …"); a participle or
// a cue ("…, adding that …", "…, said") is the sentence's too.
func relativeGoesOn(text string, toks []tok, k int) bool {
	if k >= len(toks) || !toks[k].word {
		return false
	}
	if andVerb(text, toks, k) || n113PlaceAfterPlace(text, toks, k) { // n113: "who lives in Leeds, England, said"
		return true
	}
	// The name given in place of the full one, and the reason: "who
	// asked to be identified only by his first name, Daniel, because he
	// still lives there,".
	if k >= 2 && (toks[k-2].low == "name" || toks[k-2].low == "surname") && capital(toks[k].str(text)) || toks[k].low == "because" {
		return true
	}
	if !toks[k].is(isFunction|isPhraseStop|isPostPreposition) || toks[k].is(isCue) {
		return false // a phrase opens with a preposition: "during", "in"
	}
	// A phrase up to the next comma, then "and" and a verb.
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		if toks[j].word {
			if toks[j].is(isCue) {
				return false
			}
			continue
		}
		return toks[j].str(text) == "," && andVerb(text, toks, j+1)
	}
	return false
}

// andVerb reports whether toks[k] is "and" or "but" before a verb: an
// auxiliary or a past form, after an adverb perhaps.
func andVerb(text string, toks []tok, k int) bool {
	if k >= len(toks) || !toks[k].word {
		return false
	}
	if w := toks[k].lower(text); w != "and" && w != "but" || k+1 >= len(toks) || !toks[k+1].word {
		return false
	}
	v := toks[k+1]
	if v.is(isAdverb) && k+2 < len(toks) && toks[k+2].word {
		v = toks[k+2] // "and later served"
	}
	lw := v.lower(text)
	return !capital(v.str(text)) && !v.is(isCue) && (v.is(isAuxiliary) || strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "eed"))
}

// nameAndBefore reports whether the tokens from toks[k] up to offset at
// are a name and "and": the first of two names that share the cue
// ("“…,” Ann Ortiz and Ed Moss said"). The subject read before the cue
// is the second; tidy joins the first to the mention.
func nameAndBefore(text string, toks []tok, k, at int) bool {
	n, ok := nameAt(text, toks, k)
	return ok && n.from == k && n.to+1 < len(toks) && toks[n.to].low == "and" && toks[n.to+1].s == at
}

// andAfter returns the index of the token after a second conjunct that
// joins the mention ending before toks[k] ("said Ann Ortiz and Ed
// Moss", "Ed Moss and other Republicans said"): "and", then a name or
// "other" and at most three more words, the last a plural, then the end
// of toks (the cue) or punctuation. It returns k when there is none.
func andAfter(text string, toks []tok, k int) int {
	if k+1 >= len(toks) || toks[k].low != "and" || !toks[k+1].word {
		return k
	}
	e := -1
	if n, ok := nameAt(text, toks, k+1); ok && n.from == k+1 && !strings.HasSuffix(toks[n.to-1].str(text), "’s") && !strings.HasSuffix(toks[n.to-1].str(text), "'s") {
		e = n.to
	} else if w := toks[k+1].low; w == "other" || w == "several" || w == "many" || toks[k+1].is(isNumberWord) {
		j := k + 2
		for j < len(toks) && j < k+5 && toks[j].word && !toks[j].is(isCue|isFunction|isAuxiliary|isAdverb) {
			j++
		}
		// The group is of people: a plural of a noun for a person
		// ("two aides", "other officials") or a capitalised plural
		// ("other Republicans"); not "and two weeks", "and other things".
		last := toks[j-1]
		if w := last.low; j > k+2 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			if _, person := persons[strings.TrimSuffix(w, "s")]; person || capital(last.str(text)) {
				e = j
			}
		}
	}
	if e < 0 || e < len(toks) && toks[e].word {
		return k
	}
	return e
}

// descriptionFor reports whether the tokens from toks[k] up to offset
// at are a description with a determiner, a phrase after it that says
// whose or where ("for Ann Ortiz", "at the firm", "to the mayor") and
// a comma: the speaker's role before the name that follows ("“…,” a
// spokeswoman for Ann Ortiz, Jane Hicks, said"). The phrase holds at
// most six words and no cue.
func descriptionFor(text string, toks []tok, k, at int) bool {
	if k >= len(toks) || !toks[k].is(isDet) {
		return false
	}
	f, e := subjectAt(text, toks, k, len(toks))
	if !f.ok || f.pronoun != "" || e >= len(toks) || !toks[e].is(isPostPreposition) {
		return false
	}
	for j := e + 1; j < len(toks) && j <= e+7; j++ {
		if toks[j].word {
			if toks[j].is(isCue) || toks[j].is(isAuxiliary) || toks[j].is(isWhWord) {
				return false // a clause, no phrase of the description: "a copy of which was reviewed by the paper"
			}
			continue
		}
		return toks[j].str(text) == "," && j+1 < len(toks) && toks[j+1].s == at
	}
	return false
}

// adjectiveList reports whether the comma at toks[j] separates two
// adjectives of an appositive, or of its latest part, that opened
// after the comma at toks[k] ("Ed Moss, a conservative, pro-growth
// economist,", "…, president of the Forum, a conservative, pro-growth
// group"): the part so far is an article and one lower-case word, and
// one to three lower-case words follow up to the part's end, none a
// function word, cue, adverb or verb form ("Ed Moss, a farmer,
// attacked the plan" ends the appositive at "farmer").
func adjectiveList(text string, toks []tok, k, j int) bool {
	if j != k+3 || !toks[k+1].word || (toks[k+1].low != "a" && toks[k+1].low != "an") || !toks[k+2].word || capital(toks[k+2].str(text)) || j+1 >= len(toks) {
		return false
	}
	// One to three such words, then the part's end: "pro-growth
	// economist," but not "attacked the plan,".
	e := j + 1
	for e < len(toks) && e <= j+3 {
		n := toks[e]
		if !n.word {
			break
		}
		if capital(n.str(text)) || n.is(isFunction|isCue|isAdverb|isAuxiliary) || strings.HasSuffix(n.low, "ing") || strings.HasSuffix(n.low, "ly") || strings.HasSuffix(n.low, "ed") {
			return false
		}
		e++
	}
	return e > j+1 && (e == len(toks) || !toks[e].word)
}

// dashAfter returns the index after a dash that starts at toks[j]: an em
// or en dash, or two hyphens ("--", as typewritten text has it); j when
// there is none.
func dashAfter(text string, toks []tok, j int) int {
	if j >= len(toks) || toks[j].word {
		return j
	}
	switch toks[j].str(text) {
	case "—", "–", "―":
		return j + 1
	case "-":
		if j+1 < len(toks) && toks[j+1].str(text) == "-" && toks[j+1].s == toks[j].e {
			return j + 2
		}
	}
	return j
}

// dashStart returns where a dash that ends with toks[j] starts, or -1.
func dashStart(text string, toks []tok, j int) int {
	if j < 0 || toks[j].word {
		return -1
	}
	if j > 0 && dashAfter(text, toks, j-1) == j+1 {
		return j - 1
	}
	if dashAfter(text, toks, j) == j+1 {
		return j
	}
	return -1
}

// dashAppositive reads the subject before an appositive between dashes
// that ends at toks[k], right before the cue ("Ed Moss — the board's
// chairman — said", "Ed Moss, the head of Acme -- a firm that builds
// piers -- told me"): the subject ends before the opening dash, within
// the sentence and at most 30 tokens back. widen adds the appositive.
func dashAppositive(text string, toks []tok, k int) found {
	e := dashStart(text, toks, k)
	if e < 2 {
		return found{}
	}
	for j := e - 1; j >= 1 && j >= e-30; j-- {
		if toks[j].word {
			continue
		}
		if boundary(text, toks, j) || strings.ContainsAny(toks[j].str(text), "“”\"‘«»") {
			return found{}
		}
		if s := dashStart(text, toks, j); s >= 1 {
			if f := beforeCue(text, toks, s); f.ok && !afterPreposition(text, toks, f.subj.Start) {
				return f
			}
			return found{}
		}
	}
	return found{}
}

// creditDash reports whether a dash stands right before toks[k] in a
// credit line: "—", "–" or "―", or a hyphen or two typed for one with a
// space after ("- Ana Ruiz", "-- Ana Ruiz"), not a hyphen inside a word.
func creditDash(text string, toks []tok, k int) bool {
	d := toks[k-1].str(text)
	if strings.Contains("―—–", d) && d != "" {
		return true
	}
	return d == "-" && toks[k].s > toks[k-1].e && (k < 2 || toks[k-2].e < toks[k-1].s || toks[k-2].str(text) == "-")
}

// groupBefore widens a plural subject read before its cue to the name
// and "and other" that open it ("Ed Moss and other Republicans said",
// where the plural alone was the subject): the name and the group it
// belongs to say the words together, as andAfter reads them after the
// name. It returns f as it is when there is no such opening.
func groupBefore(text string, toks []tok, f found) found {
	if !f.ok || f.pronoun != "" {
		return f
	}
	m := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
	if m < len(toks) && toks[m].s == f.subj.Start && toks[m].low != "other" {
		m-- // "other" before the plural, not in it
	}
	if m < 2 || m >= len(toks) || toks[m].low != "other" || toks[m-1].low != "and" {
		return f
	}
	// A name with its appositive first: "Ed Moss, head of the Pier
	// Institute, and other engineers say" (appositiveBefore).
	if h := appositiveBefore(text, toks, m-2); h >= 0 {
		s := doc.Span{Start: toks[h].s, End: f.subj.End}
		return found{subj: s, name: text[s.Start:s.End], ok: true}
	}
	if !toks[m-2].word {
		return f
	}
	g := subjectEnding(text, toks, m-2)
	if !g.ok || g.pronoun != "" || !capital(g.name) || g.subj.End != toks[m-2].e {
		return f
	}
	s := doc.Span{Start: g.subj.Start, End: f.subj.End}
	return found{subj: s, name: text[s.Start:s.End], ok: true}
}

// nameAndName returns the index of the token after a second name that
// joins a first one ending before toks[e] ("Ed Moss and Ann Ortiz issued
// a statement:"): "and", then a name followed by a word in lower case
// (the clause's verb), before lim. It returns e when there is none.
func nameAndName(text string, toks []tok, e, lim int) int {
	if e+1 >= lim || toks[e].low != "and" || !toks[e+1].word {
		return e
	}
	n, ok := nameAt(text, toks[:lim], e+1)
	if !ok || n.from != e+1 || n.to >= lim || !toks[n.to].word || capital(toks[n.to].str(text)) || strings.HasSuffix(toks[n.to-1].low, "’s") || strings.HasSuffix(toks[n.to-1].low, "'s") {
		return e
	}
	return n.to
}

// acquainted reports whether toks[k] opens the phrase that says how an
// unnamed source knows what it tells, after its adjective or
// participle: "a person familiar with the matter", "a person close to
// the campaign", "two people briefed on the talks". After the cue the
// phrase belongs to the mention as a "for" or "of" phrase does. What
// the source knows has a determiner or a name ("close to the campaign",
// "close to Ortiz"); "a man close to tears" is no source's standing.
func acquainted(text string, toks []tok, k int) bool {
	if k+1 >= len(toks) || !toks[k+1].is(isDet) && !capital(toks[k+1].str(text)) {
		return false
	}
	return knowsPrep(toks, k)
}

// knowsPrep reports whether toks[k] is the preposition that an
// adjective or participle of acquaintance before it takes ("familiar
// with", "close to", "briefed on"), whatever follows: the adjective
// then heads a phrase after the noun, and the mention is the whole
// noun phrase ("a man close to tears", not "a man close").
func knowsPrep(toks []tok, k int) bool {
	if k < 1 || k >= len(toks) || !toks[k-1].word || !toks[k].word {
		return false
	}
	return acquaintance[toks[k-1].low+" "+toks[k].low]
}

// acquaintance pairs each adjective or participle of acquaintance with
// the preposition it takes, joined by a space: after a noun of a person
// they say how an unnamed source knows what it tells ("a person
// familiar with the matter", "people close to the mayor", "aides loyal
// to the governor"), and the phrase belongs to the source's mention.
// One list for the readers after the cue (knowsPrep, acquainted) and
// before it (postModified). Kept here, not in a data file: it is short
// and closed.
var acquaintance = map[string]bool{
	"familiar with": true, "close to": true, "knowledgeable about": true, "knowledgeable of": true,
	"briefed on": true, "loyal to": true, "aligned with": true, "allied with": true, "involved in": true,
	"connected to": true,
}

// modifiedName reads a name after a cue that lower-case words open
// ("said former Gov. Ed Moss", "said state Sen. Ed Moss", "said former
// governor Ed Moss"): at most three words, none a function word, cue,
// pronoun or adverb, then a name. The mention runs from the first of
// them, as it does before the cue ("former Gov. Ed Moss said").
func modifiedName(text string, toks []tok, k, lim int) found {
	// A slash inside a modifier joins its two halves into one word
	// ("said 9/11 widow Ed Moss", "said former 50/50 partner Ed
	// Moss"): it and the half after it do not count toward the three.
	// Only a slash with no space either side: "9 / 11" is no word.
	extra := 0
	for j := k; j < lim && j < k+4+extra; j++ {
		if !toks[j].word {
			if j > k && j+1 < lim && toks[j].low == "/" && toks[j-1].e == toks[j].s && toks[j].e == toks[j+1].s && toks[j+1].word && extra < 4 {
				extra += 2
				j++ // the half after the slash modifies as the first does
				continue
			}
			return found{}
		}
		if capital(toks[j].str(text)) {
			if j == k {
				return found{}
			}
			f, _ := subjectAt(text, toks, j, lim)
			if !f.ok || f.name == "" || f.subj.Start != toks[j].s {
				return found{}
			}
			f.subj.Start = toks[k].s
			return f
		}
		if toks[j].is(isCue) && titleNext(text, toks, j+1, lim) {
			continue // "said state Sen. Ed Moss": "state" before a title modifies it
		}
		if toks[j].is(isFunction|isCue|isPronoun|isAdverb|isDet|isTimeWord) || strings.HasSuffix(toks[j].low, "ly") {
			return found{}
		}
	}
	return found{}
}

// titleNext reports whether toks[j] is a capitalised title with its
// full stop ("Sen.", "Rep.", "Gov."): a lower-case word right before it
// modifies the title ("state Sen. Ed Moss"), whatever else the word
// may be (a cue, as "state" is).
func titleNext(text string, toks []tok, j, lim int) bool {
	return j+1 < lim && toks[j].word && capital(toks[j].str(text)) && toks[j].is(isTitle) && toks[j+1].str(text) == "." && toks[j+1].s == toks[j].e
}

// capitalModifier reports whether the capitalised words from toks[j]
// modify a lower-case noun after them inside a description ("a senior
// White House official", "a former Treasury official"), not a name
// that follows the description ("a radio interview Ed Moss"): at most
// three of them, then a lower-case word that is no function word, cue,
// auxiliary or adverb, right before lim or before a preposition.
func capitalModifier(text string, toks []tok, j, lim int) bool {
	m := j
	for m < lim && m < j+3 && toks[m].word && capital(toks[m].str(text)) {
		m++
	}
	if m >= lim || !toks[m].word || capital(toks[m].str(text)) || toks[m].is(isFunction|isCue|isAuxiliary|isAdverb) || strings.HasSuffix(toks[m].low, "ly") {
		return false
	}
	return m+1 == lim || m+1 < len(toks) && (!toks[m+1].word || toks[m+1].is(isCue|isPostPreposition))
}

// affiliation reports whether toks[j] is "at" or "in" before a capital:
// the place a person works or serves, part of the mention after a
// description ("the director of research at the Harbor Trust" names
// the trust as the gold sets mark it), not an adverbial of the verb.
func affiliation(text string, toks []tok, j int) bool {
	if toks[j].low != "at" && toks[j].low != "in" || j+1 >= len(toks) || !toks[j+1].word {
		return false
	}
	n := j + 1
	if toks[n].low == "the" && n+1 < len(toks) && toks[n+1].word {
		n++
	}
	return capital(toks[n].str(text)) && !toks[n].is(isTimeWord) && !toks[n].is2(isMonth)
}

// participleTime returns the end of a participle phrase whose words of
// time the mention all[i0:n] left out: the mention ends with a past
// participle after a noun ("A report released"), and up to the cue
// there are only words of time ("yesterday", "last week", "this
// month", "two days ago"). It returns n when there is none, or when a
// word between is anything else ("A report released by the board"
// was read whole already, and "Ed Moss, who was asked again, said"
// is no such phrase). The participle may have a "by" phrase after it
// within the mention ("A report released by the agency" and "last
// week" before the cue).
func participleTime(text string, all []tok, i0, n int, cue doc.Span) int {
	if n-i0 < 2 || n >= len(all) || cue.End <= cue.Start || all[n-1].s >= cue.Start || all[n].s >= cue.Start {
		return n
	}
	pi := n - 1
	// The participle may have its agent after it: "A report released
	// by the agency last week found" was read up to "the agency".
	for b := n - 2; b >= i0+2 && b >= n-6; b-- {
		if !all[b+1].word {
			break
		}
		if all[b].low == "by" {
			pi = b - 1
			break
		}
	}
	p, h := &all[pi], &all[pi-1]
	if !p.word || capital(p.str(text)) || !(p.is2(isRelParticiple) || len(p.low) > 4 && strings.HasSuffix(p.low, "ed")) || !h.word || h.is(isFunction|isAuxiliary|isPronoun) {
		return n
	}
	e := n
	for e < len(all) && all[e].s < cue.Start {
		t := &all[e]
		if !t.word || e-n >= 4 {
			return n
		}
		switch w := t.low; {
		case w == "also" || w == "again" || w == "now" || w == "often" || w == "publicly" || w == "privately" || w == "repeatedly":
			return n // the main verb's: "A report released also found"
		case t.is(isTimeWord), w == "this", w == "ago", w == "days", w == "weeks", w == "months", w == "years", t.is(isNumberWord) || numberTok(t): // "released two weeks ago"
		default:
			return n
		}
		e++
	}
	if e == n || e >= len(all) || all[e].s != cue.Start {
		return n
	}
	return e
}

// leadWords open a clause before its subject: subordinating
// conjunctions ("Although Ann Ortiz said …", "Once the court ruled …")
// and sentence adverbs ("Meanwhile officials said …"). A subject never
// starts with one, so a mention that does was read from the clause's
// first capitalised word.
var leadWords = map[string]bool{
	"although": true, "though": true, "because": true, "since": true, "when": true, "whenever": true,
	"while": true, "whereas": true, "if": true, "unless": true, "once": true, "after": true,
	"before": true, "until": true, "as": true, "but": true, "and": true, "yet": true, "so": true,
	"meanwhile": true, "however": true, "instead": true, "indeed": true, "still": true, "now": true,
	"then": true, "later": true, "earlier": true, "separately": true, "perhaps": true, "maybe": true,
	"also": true, "even": true, "afterward": true, "afterwards": true,
}

// leadAdverbs are leadWords that are also adjectives ("earlier
// reports", "later talks", "still water"): stripped only before a
// word that opens a noun phrase of its own, a determiner, a pronoun or
// a capital ("Earlier the mayor said", "Later Ed Moss said").
var leadAdverbs = map[string]bool{"earlier": true, "later": true, "still": true, "now": true}

// leadWord returns the index of the first token of toks[i0:n] after
// the clause-opening words at its start (leadWords, "even" before
// "though" or "if"), or i0 when the mention opens with none. The word
// after it must be able to open a noun phrase: "Once more Katharine"
// is an adverbial phrase, not "Once" before a subject "more
// Katharine".
func leadWord(text string, toks []tok, i0, n int) int {
	k := i0
	for k+1 < n && toks[k].word && toks[k].is2(isLeadWord) && toks[k+1].word && (toks[k+1].is(isDet|isPronoun) || !toks[k+1].is(isFunction|isAdverb|isVerbAdverb|isTimeWord|isQuantity)) {
		if toks[k].low == "even" && toks[k+1].low != "though" && toks[k+1].low != "if" && toks[k+1].low != "as" {
			break // "even" alone is the subject's: "Even the mayor said"
		}
		if toks[k].is2(isLeadAdverb) && !toks[k+1].is(isDet|isPronoun) && !capital(toks[k+1].str(text)) {
			break // an adjective: "Earlier reports said"
		}
		k++
	}
	// "Once more" and "once again" are one adverb: "Once more the
	// mayor said …".
	if k == i0 && k+2 < n && toks[k].low == "once" && (toks[k+1].low == "more" || toks[k+1].low == "again") && toks[k+2].word && (toks[k+2].is(isDet|isPronoun) || !toks[k+2].is(isFunction|isAdverb)) {
		k += 2
	}
	return k
}

// degreeAdverbs stand between a subject and its verb and grade or time
// the verb, not the noun: "officials almost unanimously said", "the
// board largely agreed", "officials late Monday said". Not "all",
// which the mention keeps as a floating quantifier ("The sailors all
// said", TestRoundSeven).
var degreeAdverbs = map[string]bool{
	"almost": true, "nearly": true, "largely": true, "mostly": true, "generally": true,
	"broadly": true, "virtually": true, "late": true, "early": true,
	"also": true, "still": true, "already": true, "again": true, "never": true, "often": true,
	"always": true, "repeatedly": true, "privately": true, "publicly": true, "once": true,
	"seldom": true, "rarely": true, "sometimes": true, "usually": true, "frequently": true, "occasionally": true,
	"twice": true,
}

// trailingAdverb returns the end of toks[i0:n] without the adverbs of
// degree or time (degreeAdverbs; "late" and "early" only before a word
// of time, toks[n] for the last) that end it before the cue, or n when
// it ends with none, or when the mention holds a comma or a relative
// clause, whose own verb the adverb may grade ("Ed Moss, who is asked
// often, said"). At least one word of the mention is left,
// and a capitalised word is a name's, not an adverb: the words are
// lower-case.
func trailingAdverb(text string, toks []tok, i0, n int) int {
	for j := i0; j < n; j++ {
		if toks[j].str(text) == "," || toks[j].is(isWhWord) || toks[j].low == "that" {
			return n // a clause or an appositive of its own: "Ed Moss, who is asked often"
		}
	}
	e := n
	for e-1 > i0 && toks[e-1].word && !capital(toks[e-1].str(text)) {
		w := toks[e-1].low
		if !toks[e-1].is2(isDegreeAdverb) {
			break
		}
		if (w == "late" || w == "early") && !(e < len(toks) && toks[e].word && toks[e].is(isTimeWord)) {
			// "late" and "early" are adverbs only before the word of
			// time they grade ("Officials late Monday said" was read
			// as "Officials late"); otherwise they may be the noun's
			// ("the late senator").
			break
		}
		e--
	}
	if e == n {
		return n
	}
	// The word before the adverbs must be a noun's: not a
	// determiner, a preposition or a function word ("the all said"
	// is no subject).
	if !toks[e-1].word || toks[e-1].is(isDet|isFunction) && !toks[e-1].is(isPronoun) {
		return n
	}
	return e
}

// slashNames returns the index of the first of the names joined by a
// slash before all[i0] ("Gallup/Ipsos", "CBS/YouGov"), with the
// determiner and modifiers before them, or i0 when no slash joins a
// word to all[i0]. The slash and the words must touch.
func slashNames(text string, all []tok, i0 int) int {
	h := i0
	for h >= 2 && all[h-1].str(text) == "/" && all[h-1].e == all[h].s && all[h-2].e == all[h-1].s && all[h-2].word {
		h -= 2
	}
	if h == i0 {
		return i0
	}
	// The words before the first name that describe it: "A new
	// Gallup/Ipsos poll", up to a determiner.
	for j := h - 1; j >= 0 && j >= h-3 && all[j].word && !hasNewline(text[all[j].e:all[j+1].s]); j-- {
		if all[j].is(isDet) {
			return j
		}
		if all[j].is(isFunction|isCue|isAdverb|isPhraseStop) || capital(all[j].str(text)) {
			break
		}
	}
	return h
}

// listBefore returns the index of the first name of a list of names
// joined by commas before "and others" or "and other …" that
// all[i0] opens ("Ames, Reed and others argued", "Ames, Reed, and
// other senators said"), or i0 when no such list is there. The list
// must open the clause (the sentence's start, or after a quotation's
// closing mark: "“…,” Reed and others said"), so that "The board
// fined Ames, and others said …" keeps "others": each item is one to
// four capitalised words.
func listBefore(text string, all []tok, i0 int) int {
	if i0 < 2 || all[i0].low != "others" && all[i0].low != "other" {
		return i0
	}
	j := i0 - 1
	if all[j].low != "and" {
		return i0
	}
	j--
	if all[j].str(text) == "," {
		j--
	}
	// Items back from j: capitalised words, a comma between items.
	items := 0
	for j >= 0 {
		e := j
		for j >= 0 && all[j].word && capital(all[j].str(text)) && !all[j].is(isFunction) && e-j < 4 {
			j--
		}
		if j == e {
			return i0
		}
		if e-j == 1 && items > 0 && (all[e].is(isTimeWord|isAdverb) || adverbish(all[e].low) || all[e].is2(isLeadWord)) {
			if sentenceFirst(text, all, e) {
				return e + 2 // "Yesterday, Reed and others": an adverb and its comma open the clause
			}
			return i0
		}
		items++
		if j < 0 || all[j].str(text) != "," {
			break
		}
		j--
	}
	start := j + 1
	afterQuote := start > 0 && closingMark(all[start-1].str(text)) || start > 1 && all[start-1].str(text) == "," && closingMark(all[start-2].str(text))
	if !afterQuote && (start == 0 && strings.TrimLeft(text[:all[0].s], " \t\r\n") != "" || start > 0 && !boundary(text, all, start-1) && !hasNewline(text[all[start-1].e:all[start].s])) {
		// Not at the sentence's start: the list may be a verb's
		// objects ("The board fined Ames, Reed and others said").
		return i0
	}
	return start
}

// baseForm reports whether a lower-case word w is a reporting verb's
// base form ("judge", "report"), by the lexicon (reporting.txt): not a
// past that looks like one ("said", "thought"), and not a word the
// lexicon does not hold.
func baseForm(w string) bool {
	for _, s := range reporting[w] {
		if s.base {
			return true
		}
	}
	return false
}

// baseTok is baseForm of a token's word, asked only of one whose
// lexicon bit says it is a verb of reporting at all: a cue word of
// another list (a noun, a verb of naming) is turned away without
// hashing the word. The callers ask it last, after the cheap tests of
// the words around it.
func baseTok(t *tok) bool {
	return t.gate(isReporting) && baseForm(t.low)
}

// capitalModified reports whether the cue word toks[c] is in its base
// form after a determiner and one to four capitalised words ("A Texas
// judge ruled", "A Reuters report said", "The Ohio review found", "a
// Harbour Ferry Times report"): a base form could not agree as a verb
// with a singular subject such as "A Texas", so it is the head noun
// that the capitalised words modify, and the cue is the verb after
// it. After "the" the last capitalised word must not end in "s", which
// could be a plural subject ("The Democrats argue"); "The Pentagon
// says" keeps its cue, "says" being no base form.
func capitalModified(text string, toks []tok, c int) bool {
	// "One" is singular as "A" is, and a headline capitalises the noun
	// after it: "One Letter Says …", "one report argues" name the
	// letter and the report, no subject "One" of a verb "report".
	//
	// Both readings want the cue and the word before it to be words,
	// asked once, first: most of the cues asked of (some 100 k on the
	// bench text) fail there or at the capital.
	if c < 1 || !toks[c].word || !toks[c-1].word {
		return false
	}
	if toks[c-1].low == "one" && baseTok(&toks[c]) && c+1 < len(toks) && toks[c+1].word && !toks[c+1].is(isDet|isPronoun) && (c < 2 || !toks[c-2].word || !toks[c-2].is(isDet)) {
		return true
	}
	if c < 2 || !capital(toks[c-1].str(text)) || toks[c-1].is(isDet|isPronoun) || !baseTok(&toks[c]) { // the lexicon look-up last: most subjects are no capital
		return false
	}
	// Up to four capitalised words: "a Harbour Ferry Times report". A
	// capitalised word may be in a list of function words ("Times")
	// and still be a name's; a determiner or a pronoun is none.
	d := c - 2
	for d > 0 && d >= c-5 && toks[d].word && capital(toks[d].str(text)) && !toks[d].is(isDet|isPronoun) && !hasNewline(text[toks[d].e:toks[d+1].s]) {
		d--
	}
	if d < 0 || !toks[d].word {
		return false
	}
	// A preposition's object ("Members of the House say") is no
	// subject, but after "a" the base form is a noun all the same ("in
	// a Facebook post that …"), and a noun is followed by its verb, not by a determiner
	// or the clause's end ("the Chinese say the …", "the Chinese say.").
	if d > 0 && toks[d-1].word && toks[d-1].is(isPrep) && !toks[d].is2(isSingularDet) || c+1 >= len(toks) || !toks[c+1].word && toks[c+1].str(text) != "," || toks[c+1].word && toks[c+1].is(isDet|isPronoun) {
		return false
	}
	switch toks[d].low {
	case "the":
		// "Texas", "Kansas", "Cyprus" are singular; "Democrats" and
		// "Saudis" may be a plural subject.
		w := toks[c-1].low
		return !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "as") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "ss")
	default:
		return toks[d].is2(isSingularDet)
	}
}

// capitalModifiedMay reports whether capitalModified may be true of
// toks[c]: the word before it is a word whose first byte is that of
// "one" or of a capital (an ASCII capital, or a byte beyond ASCII). It
// is inlined where capitalModified is asked of every cue of a clause
// (attributionsInto, some 100 k cues on the bench text, most after a
// lower-case word), to spare the call.
func capitalModifiedMay(text string, toks []tok, c int) bool {
	if c < 1 || !toks[c-1].word {
		return false
	}
	b := text[toks[c-1].s]
	return b == 'o' || b-'A' < 26 || b >= utf8.RuneSelf
}

// dateline reports whether the name that ends before toks[to], read at
// a paragraph's or a sentence's start and written in capitals
// (upperName: "OSLO", "DES MOINES", "FAIRVIEW"), is a news story's
// dateline: followed, before any lower-case word or line break, by a
// dash ("OSLO —", "FAIRVIEW, W.Va. -", "WASHINGTON (AP) —"). A
// dateline names a place, never a speaker nor anyone a pronoun stands
// for. It returns the index of the dash, or -1 when there is none.
func dateline(text string, toks []tok, to int) int {
	for j := to; j < len(toks) && j < to+8; j++ {
		if hasNewline(text[toks[j-1].e:toks[j].s]) {
			return -1
		}
		w := toks[j].str(text)
		switch w {
		case "—", "–", "―", "-", "--":
			return j
		}
		if toks[j].word && startsLower(w) {
			return -1
		}
	}
	return -1
}

// upperName reports whether a name is written in capitals, with at
// least three letters ("OSLO", "DES MOINES"; not "AP", not "Oslo").
func upperName(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case 'a' <= r && r <= 'z' || r > 127 && unicode.IsLower(r):
			return false
		case 'A' <= r && r <= 'Z' || r > 127 && unicode.IsUpper(r):
			letters++
		}
	}
	return letters >= 3
}

// dropInSubject removes from a clause's attributions any whose speaker
// is a relative pronoun that lies, with its cue, inside another's
// speaker mention while that other's cue lies inside its content: "Leaders who oppose the pipeline said it would harm
// farmers" read "who" as saying "the pipeline said it would …", but
// "oppose" is a verb of the restrictive relative clause in the subject
// of "said", and takes the pipeline as its object, not the clause. A
// sentence holds a few attributions at most (parcMaxPerSentence), so
// the pairs are few.
func dropInSubject(text string, out []doc.Quote) []doc.Quote {
	if len(out) == 0 {
		return out
	}
	if len(out) > 1 {
		sameSubject(text, out) // "Leaders who … have embraced it, warning that …"
	}
	var nested uint64 // one bit a quotation, read before any is moved
	for i := range out {
		q := &out[i]
		// The main verb is a direct quotation's cue, not in out:
		// "Leaders who oppose the pipeline said: “…”" read "who"
		// saying "the pipeline said" (cueBeforeQuote).
		if qm := q.Speaker.Mention; i < 64 && qm.End > qm.Start && len(q.Content) > 0 && relativeMention(text[qm.Start:qm.End]) && cueBeforeQuote(text, q.Content[len(q.Content)-1].End) {
			nested |= 1 << i
			continue
		}
		// A relative clause that says why a source goes unnamed
		// reports no words of its own: "Two pilots, who asked not to
		// be named, said …" (anonymity; the mention keeps the clause).
		if i < 64 && q.Cue.End > q.Cue.Start && anonymityText(text, q.Cue) {
			nested |= 1 << i
			continue
		}
		for j := range out {
			r := &out[j]
			m := r.Speaker.Mention
			if i >= 64 || j == i || m.End <= m.Start || q.Cue.End <= q.Cue.Start || r.Cue.End <= r.Cue.Start {
				continue
			}
			if qm := q.Speaker.Mention; qm != m && r.Cue.Start >= q.Cue.End && (relativeMention(text[qm.Start:qm.End]) || participleInSubject(text, qm, q.Cue, m) || m.End-m.Start > 40 && m.Start <= q.Cue.Start && strings.Contains(text[m.Start:q.Cue.Start], " because ")) && m.Start <= qm.Start && qm.End <= m.End && m.Start <= q.Cue.Start && q.Cue.End <= m.End && slices.ContainsFunc(q.Content, func(c doc.Span) bool { return c.Start <= r.Cue.Start && r.Cue.End <= c.End }) {
				nested |= 1 << i
				break
			}
		}
	}
	if nested == 0 {
		return out
	}
	keep := out[:0]
	for i := range out {
		if i >= 64 || nested&(1<<i) == 0 {
			keep = append(keep, out[i])
		}
	}
	return keep
}

// relativeWords open a relative clause as its subject.
var relativeWords = map[string]bool{"who": true, "that": true, "which": true}

// relativeMention reports whether relativeWords holds the lower case of
// a speaker mention, m. dropInSubject asks it of every attribution's
// mention, most of them names and phrases longer than any key: a key
// has 3 to 5 letters, and lower-casing maps one character to one, each
// of at most four bytes, so a mention outside 3 to 20 bytes is none,
// and a short ASCII one is looked up without making a lower-case copy.
func relativeMention(m string) bool {
	if len(m) < 3 || len(m) > 20 {
		return false
	}
	return classOf2(lexOfWord(m))&isRelativeWord != 0
}

// adjectivePlural returns the end of the plural noun that a mention of
// one capitalised adjective of nation, region or party, all[i0:n],
// modifies ("European ministers", "Republican senators", "Chinese
// diplomats", "Saudi officials"): up to two lower-case words after
// it, the last a plural in -s that is no verb of the lexicon, all
// before the cue. It returns n when there is none. The adjective is
// told by its ending (-an, -ese, -ish, -ic, -i, -ch), so a name with
// such an ending before a verb in -s that the lexicon does not hold
// would be read too; the verb after it is then rarely a cue's.
func adjectivePlural(text string, all []tok, i0, n int, cue doc.Span) int {
	if n-i0 != 1 || n >= len(all) || !all[i0].word || !capital(all[i0].str(text)) || all[i0].is(isFunction|isPronoun|isTitle) {
		return n
	}
	w := all[i0].low
	if !(strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "i") || strings.HasSuffix(w, "ch")) {
		return n
	}
	for j := n; j < len(all) && j < n+2 && all[j].e <= cue.Start; j++ {
		t := &all[j]
		if !t.word || capital(t.str(text)) || t.is(isFunction|isCue|isAuxiliary|isAdverb|isFinite|isReporting|isTimeWord) || hasNewline(text[all[j-1].e:t.s]) {
			return n
		}
		if len(t.low) > 3 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && !strings.HasSuffix(t.low, "’s") && !strings.HasSuffix(t.low, "'s") {
			return j + 1
		}
	}
	return n
}

// bodyNameGoesOn returns the end of a body's name that goes on after
// toks[:k] with "for", "on" or "of" and capitalised words, "and"
// between them ("the Center on Budget and Policy Priorities", "the
// Institute for Fiscal Studies", "the University of Ellesford" after
// "Ann Lee of the University"), or k when it does not. The word before the
// preposition is a noun of a body (bodies: "Center", "Institute"), and
// the capitalised words end the phrase (at a mark or the window's
// end), so "the Board on Monday" and "the Council for the first time"
// are left as they are: a word of time or a lower-case word after the
// preposition is the verb's phrase.
func bodyNameGoesOn(text string, toks []tok, k int) int {
	if k < 1 || k+1 >= len(toks) || toks[k].low != "for" && toks[k].low != "on" && toks[k].low != "of" || !toks[k-1].word || !capital(toks[k-1].str(text)) || !toks[k-1].is2(isBody) {
		return k
	}
	e := k + 1
	for e < len(toks) && toks[e].word && !hasNewline(text[toks[e-1].e:toks[e].s]) {
		t := &toks[e]
		if t.low == "and" && e > k+1 && e+1 < len(toks) && toks[e+1].word && capital(toks[e+1].str(text)) {
			e++
			continue
		}
		if !capital(t.str(text)) || t.is(isTimeWord|isFunction) {
			break
		}
		if notBodyNames[t.low] || t.is(isGiven|isTitle) {
			return k // "the Department on Twitter", "the Council on Election Day", "the Office for Ed Moss"
		}
		e++
	}
	if e == k+1 || e < len(toks) && toks[e].word {
		return k
	}
	return e
}

// asideAdverbs stand between commas after a subject and belong to the
// clause, not to the subject's noun phrase: "Ed Moss, too, said".
var asideAdverbs = map[string]bool{"too": true, "though": true, "also": true, "however": true, "meanwhile": true, "instead": true, "then": true, "now": true, "still": true, "therefore": true, "nonetheless": true, "nevertheless": true, "again": true}

// perfectS reports whether a pronoun contracted with "’s" (toks[k]:
// "he’s", "she’s") before a reporting verb's form toks[c] stands for
// "has", not "is": before a past participle that is no stance
// adjective ("He’s said that …", "she’s argued that …"), where "is"
// would make a passive that takes no clause. "He’s claiming" (a
// progressive, ing) and "he’s convinced that" (an adjective of stance)
// keep "is". So does a participle before "to" ("He’s expected to
// announce …", "he’s asked to testify"): a passive with its
// infinitive, which a perfect would not take without an object; and a
// verb whose passive takes the hearer as subject and then a clause
// ("He’s assured that …", "he’s reminded that …"), where the perfect
// would want its object first.
func perfectS(toks []tok, k, c int, senses []verbSense, ing bool) bool {
	low := toks[k].low
	if ing || !strings.HasSuffix(low, "’s") && !strings.HasSuffix(low, "'s") {
		return false
	}
	if c+1 < len(toks) && toks[c+1].word && (toks[c+1].low == "to" || toks[c+1].low == "that" && passiveThat[toks[c].low]) {
		return false
	}
	for _, s := range senses {
		if s.class == 'a' || s.base {
			return false
		}
	}
	return len(senses) > 0
}

// passiveThat are participles of verbs that take a hearer as object
// before their clause ("assured her that …"): after "’s" and before
// "that" they are passives, the hearer the subject.
var passiveThat = map[string]bool{"assured": true, "reassured": true, "reminded": true, "persuaded": true, "told": true, "informed": true, "notified": true, "convinced": true, "advised": true}

// bodyTail reports whether text[at:end], after a subject that ends in
// a noun of a body ("the Institute", "the Bureau"), is the rest of the
// body's name up to the sentence's end: "of", "for" or "on", then
// capitalised words, "and" between them, then at most a full stop or
// a closing mark ("…, said the Institute for Fiscal Studies.", as
// bodyNameGoesOn reads it after a direct quotation). A word of time
// ("on Monday") is no name's.
func bodyTail(text string, at, end int) bool {
	head := strings.TrimRight(text[max(0, at-30):at], " ")
	head = strings.ToLower(head[strings.LastIndexAny(head, " \n")+1:])
	if !bodies[head] {
		return false
	}
	rest := strings.Fields(text[at:end])
	if len(rest) < 2 || rest[0] != "of" && rest[0] != "for" && rest[0] != "on" {
		return false
	}
	for i, w := range rest[1:] {
		w = strings.TrimRight(w, ".”’\"')")
		if w == "" && i == len(rest)-2 {
			return true
		}
		if w == "the" && i == 0 || w == "and" && i > 0 {
			continue
		}
		if w == "" || !capital(w) || timeWords[strings.ToLower(w)] || months[strings.ToLower(w)] || notBodyNames[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// findingAfter reports whether the verb rest[c] of a trailing cue
// follows a noun for research ("…, the study found", "…, a new poll
// shows"): a study finds and shows what the clause says, where "…,
// the police found" may be about what the police came upon, so that
// trailingSense reads such verbs only in the perfect. The verb has a
// sense of evidence (class 'v': "find", "show", "indicate") and no
// particle.
func findingAfter(rest []tok, c int) bool {
	return c >= 1 && rest[c-1].word && rest[c-1].is(isFindingNoun) && findingVerb(rest[c].senses())
}

// finitePasts are irregular pasts that are finite verbs, not
// participles that modify a noun ("a report released", "the pilots
// interviewed"; relParticiples holds those): after a subject's noun
// they open its predicate ("The pilots went home", "The inspectors
// spent a week").
var finitePasts = map[string]bool{
	"went": true, "came": true, "spent": true, "met": true, "sat": true, "stood": true, "took": true,
	"gave": true, "got": true, "left": true, "ran": true, "kept": true, "saw": true, "heard": true,
	"began": true, "rose": true, "fell": true, "won": true, "lost": true, "spoke": true, "flew": true,
	"drove": true, "grew": true, "threw": true, "chose": true, "broke": true, "became": true,
}

// finiteInside returns the index of the first word of a predicate that
// a mention toks[i0:n] before its cue ran into, or n when there is
// none: an irregular finite past after a noun ("The inspectors spent",
// "Ed Moss met with the pilots and came out"), or a past in -ed after
// a noun and before an object's determiner ("The mayor toured the pier
// and …"). A mention with a comma or a relative word is left as it is
// ("Ed Moss, who met the pilots", "everyone I met": the past is a
// clause's of its own, after a pronoun; "The pilots the mayor met
// said": a past that ends the mention right before the cue closes such
// a clause), and so is a participle before
// "by" or a word of time ("A report released last week"). Where the
// predicate is a first clause's and "and" opens a second with its own
// subject ("The crew left and the mayor said"), it returns that
// subject's start as the first index; else i0 and the end.
func finiteInside(text string, toks []tok, i0, n int, cue doc.Span) (int, int) {
	for j := i0; j < n; j++ {
		if toks[j].str(text) == "," || toks[j].is(isWhWord) || toks[j].low == "that" {
			return i0, n
		}
	}
	for j := i0 + 1; j < n; j++ {
		t, p := &toks[j], &toks[j-1]
		if !t.word || capital(t.str(text)) || !p.word || p.is(isFunction|isPronoun|isAuxiliary|isAdverb|isDet) {
			continue
		}
		if j == n-1 && n < len(toks) && toks[n].s == cue.Start {
			break // a relative clause with no pronoun, its verb last, right before the cue: "The pilots the mayor met said"
		}
		purpose := len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && purposeAfter(text, toks, j+1, n)
		if j+1 < n && toks[j+1].low == "by" || j+3 < n && toks[j+3].low == "ago" {
			continue // a participle and its agent or its time: "A tally kept by the firm shows", "A poll released two days ago showed"
		}
		if t.is2(isFinitePast) || len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && !t.is2(isRelParticiple) && j+1 < n && toks[j+1].word && toks[j+1].is(isDet) && toks[j+1].low != "one" || purpose {
			// A second noun phrase right after the first, before
			// the past, opens a relative clause with no pronoun: "The
			// pilots the mayor met at the pier".
			for d := i0 + 1; d < j; d++ {
				if toks[d].word && toks[d].is(isDet) && toks[d-1].word && !toks[d-1].is(isFunction|isDet|isAuxiliary) {
					return i0, n
				}
			}
			// A second clause's subject after "and", the last "and"
			// of the mention, when a noun phrase follows it and
			// not a verb ("and came out").
			for a := n - 2; a > j; a-- {
				if toks[a].low != "and" {
					continue
				}
				if w := &toks[a+1]; w.word && (w.is(isDet|isQuantifier) || capital(w.str(text)) || !w.is(isFunction|isAdverb|isAuxiliary) && !w.is2(isFinitePast) && !strings.HasSuffix(w.low, "ed")) && (!purpose || mayVoice(text, toks[n-1])) {
					return a + 1, n
				}
				break
			}
			if purpose && !t.is2(isFinitePast) || purpose && !mayVoice(text, toks[n-1]) {
				// Without a second subject the past may be a
				// participle: "A panel formed to study the levy found".
				return i0, n
			}
			return i0, j
		}
	}
	return i0, n
}

// timeNouns head a phrase of time: "a week after the vote", "the next
// day", "two days later".
var timeNouns = map[string]bool{
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "year": true,
	"years": true, "hour": true, "hours": true, "minute": true, "minutes": true, "night": true,
	"morning": true, "afternoon": true, "evening": true, "weekend": true, "decade": true, "decades": true,
	"time": true, "moment": true,
}

// timeAside reports whether toks[j:n], a part of a mention after a
// comma, is a phrase of time, which belongs to the verb: a determiner,
// a number or "last", "next", "this", "that" or "same" opening it, a
// noun of time among its first three words ("a week after the vote",
// "the next day", "two days later", "last year", "a year ago"), or a
// day of the week alone. "Ed Moss, a pilot" and "Ed Moss, a day
// laborer" are appositives: the noun of time must come before any
// other noun and end the phrase or go on with its own words.
func timeAside(text string, toks []tok, j, n int) bool {
	if j >= n || !toks[j].word {
		return false
	}
	if n-j == 1 {
		return toks[j].is(isTimeWord) && capital(toks[j].str(text))
	}
	w := toks[j].low
	if !toks[j].is(isDet) && !toks[j].is(isNumberWord) && w != "last" && w != "next" && w != "this" && w != "that" && w != "same" && strings.Trim(w, "0123456789") != "" {
		return false
	}
	for k := j + 1; k < n && k <= j+2; k++ {
		if !toks[k].word {
			return false
		}
		if timeNouns[toks[k].low] {
			// The noun of time heads the phrase: nothing or a word of
			// its time after it ("a week after the vote", "two days
			// later"), not another noun ("a day laborer").
			if k+1 == n {
				return true
			}
			switch toks[k+1].low {
			case "later", "ago", "earlier", "after", "before", "since", "into", "when":
				return true
			}
			return false
		}
		if l := toks[k].low; l != "next" && l != "same" && l != "last" && l != "following" && l != "few" && l != "previous" && !toks[k].is(isNumberWord) {
			return false
		}
	}
	return false
}

// sentenceFirst reports whether toks[k] opens its sentence: a
// boundary or a line break before it, or, for the first token of the
// stretch, a full stop, "?", "!", a line break or the text's start
// before it.
func sentenceFirst(text string, toks []tok, k int) bool {
	if k > 0 {
		return boundary(text, toks, k-1) || hasNewline(text[toks[k-1].e:toks[k].s])
	}
	b := strings.TrimRight(text[max(0, toks[0].s-8):toks[0].s], " \t")
	return b == "" && toks[0].s <= 8 || strings.HasSuffix(b, "\n") || strings.HasSuffix(b, ".") || strings.HasSuffix(b, "?") || strings.HasSuffix(b, "!")
}

// closingMark reports whether w is a quotation's closing mark.
func closingMark(w string) bool {
	return w == "”" || w == "\"" || w == "’" || w == "'" || w == "''" || w == "»"
}

// slashAfter returns the end of the names joined by a slash to the
// mention that ends before all[n], and of the lower-case nouns after
// them up to a mark ("the Gallup/Ipsos pollster."), or n when no slash
// touches the mention's last word.
func slashAfter(text string, all []tok, n int) int {
	e := n
	for e+1 < len(all) && e > 0 && all[e].str(text) == "/" && all[e].s == all[e-1].e && all[e+1].s == all[e].e && all[e+1].word {
		e += 2
	}
	if e == n {
		return n
	}
	j := e
	for j < len(all) && j < e+3 && all[j].word && !all[j].is(isFunction|isCue|isAdverb|isTimeWord) && !hasNewline(text[all[j-1].e:all[j].s]) {
		j++
	}
	if j == len(all) || !all[j].word {
		return j
	}
	return e
}

// participleOpener returns the index of the name that ends a mention
// toks[i0:n] which opens with a capitalised past participle and its
// phrase ("Stung by the vote Reed", "Undeterred by the loss Ed Moss"):
// the phrase describes the subject, a comma being left out, and the
// name after it is the subject. The participle ends in -ed, -en or
// -ung and is more than four letters, so that a name ("Ted", "Reed")
// is not taken for one; a preposition follows it; the name is the
// capitalised words that end the mention. It returns i0 otherwise.
func participleOpener(text string, toks []tok, i0, n int) int {
	if n-i0 < 4 || !toks[i0].word || !capital(toks[i0].str(text)) || toks[i0].is(isGiven) {
		return i0
	}
	w := toks[i0].low
	if len(w) <= 4 || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !strings.HasSuffix(w, "ung") || !toks[i0+1].word || !toks[i0+1].is(isPrep) {
		return i0
	}
	h := n
	for h > i0+2 && toks[h-1].word && capital(toks[h-1].str(text)) {
		h--
	}
	// The phrase's object before the name is a lower-case noun ("the
	// vote"): "United for the Town Council" and "United for Ashton
	// Families" are names whole.
	if h == n || h <= i0+2 || !toks[h-1].word || toks[h-1].is(isDet|isFunction) || capital(toks[h-1].str(text)) {
		return i0
	}
	return h
}

// placeAdverb reports whether toks[k] is "there" or "here" after a
// word that may end a subject, before its verb ("Officials there said",
// "residents here say"): an adverb of place that beforeCue passes over
// as it does adverbs of time. Not at a clause's start ("There said" is
// no clause) nor after a function word; the word before is a plural
// in -s or a capitalised name's, since after a singular noun "there"
// may open an existential clause ("Beside the pier there stood a
// sign").
func placeAdverb(text string, toks []tok, k int) bool {
	if k < 1 || toks[k].low != "there" && toks[k].low != "here" || !toks[k-1].word || toks[k-1].is(isFunction|isAuxiliary|isCue) {
		return false
	}
	p := toks[k-1].low
	return len(p) > 3 && strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") || capital(toks[k-1].str(text))
}

// notBodyNames end no body's name after "on" or "for"
// (bodyNameGoesOn, bodyTail): platforms where a body posts ("the
// Department on Twitter") and the last words of holidays ("the Council
// on Election Day"), which are capitalised as names are but say where
// or when the body spoke.
var notBodyNames = map[string]bool{"twitter": true, "x": true, "facebook": true, "instagram": true, "youtube": true, "linkedin": true, "tiktok": true, "telegram": true, "bluesky": true, "threads": true, "day": true, "eve": true}

// whereTail reports whether rest, the words after a trailing inverted
// cue's subject, is only a phrase that says where or when the subject
// spoke, up to the sentence's end: "on" or "via" and a platform ("…,
// said the Department on Twitter."), or "on" and a day ("…, said the
// board on Monday."), or how: "in private", "in public", "in person",
// or "in a" and a thing that carries words ("…, said many of them in
// private.", "…, said officials in a statement."), rest ending where
// the sentence does. The subject is then whole without it.
func whereTail(rest string) bool {
	f := strings.Fields(rest)
	if timeTail(f) {
		return true // "…, said a source in March." (timeTail)
	}
	if len(f) == 2 && f[0] == "in" {
		w := strings.TrimRight(f[1], ".”’\"')")
		return w == "private" || w == "public" || w == "person"
	}
	if len(f) == 3 && f[0] == "in" && (f[1] == "a" || f[1] == "an") {
		w := strings.TrimRight(f[2], ".”’\"')")
		return carriers[w] || speechNouns[w]
	}
	if len(f) != 2 || f[0] != "on" && f[0] != "via" {
		return false
	}
	w := strings.ToLower(strings.TrimRight(f[1], ".”’\"')"))
	return notBodyNames[w] && w != "day" && w != "eve" || f[0] == "on" && weekdays[w]
}

// openerEnd returns the index of the first word after what opens a
// sentence at toks[k] before its clause's subject, up to toks[c]: a
// dateline in capitals and its dash ("OSLO - Nordic leaders met …",
// with a spaced hyphen as with a dash), or a participle phrase and its
// comma ("Chastened by the polls, Reed revised her plan and said …").
// Neither is the subject of the clause's verbs; clauseStart calls it so
// that a cue joined to a first verb by "and" takes the subject after
// them. The participle ends in -ed or -en, has more than four letters
// and a preposition after it, as participleOpener asks, so that a name
// ("Reed", "Allen") is not taken for one. It returns k otherwise.
func openerEnd(text string, toks []tok, k, c int) int {
	if k+1 < c && toks[k+1].word && toks[k+1].is(isSubjectPronoun) && toks[k].word && toks[k+1].low != "who" && c2SentenceAdverb(text, toks, k) {
		return k + 1 // "Once she crept in and found …"
	}
	if k+2 >= c || !toks[k].word || !capital(toks[k].str(text)) {
		return k
	}
	// A dateline opens a paragraph; a second dash after the first
	// closes a parenthesis ("NATO - the alliance - met …"), no
	// dateline.
	if upperName(toks[k].str(text)) && (k == 0 || hasNewline(text[toks[k-1].e:toks[k].s])) {
		if d := dateline(text, toks, k+1); d > k && d+1 < c && toks[d+1].word {
			for j := d + 1; j < c && j < d+16; j++ {
				if isDash(toks[j].str(text)) {
					return k
				}
			}
			return d + 1
		}
		return k
	}
	w := toks[k].low
	// A preposition's phrase and its comma ("About the pier, the
	// pilots met and said …") as clauseStart passes over a function
	// word's; a bound before a number opens the subject ("About 300
	// pilots signed …"), and no comma follows it.
	prep := n103Prep(&toks[k]) && !toks[k].is(isDet) && !(toks[k+1].word && (toks[k+1].is(isNumberWord) || firstRune(toks[k+1].low) >= '0' && firstRune(toks[k+1].low) <= '9'))
	// A sentence adverb and a preposition's phrase ("Once in my early
	// 20s, …", "Later in the day, …"), read as the preposition's; not
	// a measure ("More than 300 pilots", "Long of face").
	prep = prep || toks[k+1].word && toks[k+1].is(isPrep) && toks[k+1].low != "than" && toks[k+1].low != "of" && c2SentenceAdverb(text, toks, k)
	// A surname in -en or -ed is no participle ("Hansen at the port, a
	// pilot, met …"): -ed wants more than four letters and no "ee"
	// before it ("Reed", "Saeed"), -en a participle of openerEn, and
	// "of" after it makes a name's phrase ("Ahmed of the board").
	participle := len(w) > 4 && !toks[k].is(isGiven) && (strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") || openerEn[w]) && toks[k+1].word && (toks[k+1].is(isPrep) || toks[k+1].low == "to") && toks[k+1].low != "of"
	// A present participle and its object or phrase: "Reviewing the
	// premiere, the critic, Ann Lee, wrote"; not a name in -ing
	// ("Fleming, a pilot,", "King of Spain").
	ing := len(w) > 5 && strings.HasSuffix(w, "ing") && !toks[k].is(isGiven) && toks[k+1].word && (toks[k+1].is(isDet) || possessivePronouns[toks[k+1].low] || toks[k+1].is(isPrep) && toks[k+1].low != "of" || n104BareObject(text, toks, k+1))
	if !prep && !participle && !ing {
		if n104LoneParticiple(text, toks, k) {
			return k + 2 // "Responding, the minister, Ann Lee, said …"
		}
		return n112TurnOpener(text, toks, k, c) // "Reacting, the Chairman …, said", "Speaking further, …" (n112_readings.go)
	}
	for j := k + 2; j < c && j < k+14; j++ {
		if !toks[j].word {
			if toks[j].str(text) == "," && j+1 < c && toks[j+1].word {
				if appositiveAfter(text, toks, j, c) && !c2SentenceAdverb(text, toks, k) && !ing {
					return k // "Alfred in Oslo, a pilot, met …": a name and its appositive
				}
				return j + 1
			}
			if !nameInnerMark(toks[j].str(text)) {
				return k
			}
		}
	}
	return k
}

// appositiveAfter reports whether the comma at toks[j] opens an
// appositive that a second comma closes within a few words ("Alfred in
// Oslo, a pilot, met …"): what came before the first comma is then the
// subject, a name with its phrase, and no opener ("Chastened by the
// polls, Reed revised …" has no determiner after its comma).
func appositiveAfter(text string, toks []tok, j, c int) bool {
	if j+2 >= c || !toks[j+1].word || !toks[j+1].is(isDet) {
		return false
	}
	for x := j + 2; x < c && x < j+6; x++ {
		if toks[x].str(text) == "," {
			return true
		}
	}
	return false
}

// nameInnerMark reports whether a mark may stand inside a name or a
// short phrase without ending it: an initial's or an abbreviation's
// full stop ("D.C."), an apostrophe ("O’Neill", "pilots’") or a
// hyphen ("Smith-Jones").
func nameInnerMark(s string) bool {
	switch s {
	case ".", "’", "'", "-":
		return true
	}
	return false
}

// isDash reports whether s is a dash or a spaced hyphen standing for
// one.
func isDash(s string) bool {
	switch s {
	case "—", "–", "―", "-", "--":
		return true
	}
	return false
}

// scales are the words that multiply a number ("$20 million").
var scales = map[string]bool{"hundred": true, "thousand": true, "million": true, "billion": true, "trillion": true}

// moneyBefore returns the index of the first word after a sum of money
// that opens the mention toks[i0:n] ("20 million experts" read after
// "$"): a sum counts no persons, so the lower-case noun after it is
// the head of the subject and the sum the object of a clause with no
// pronoun ("the $20 million experts say the town needs"). It returns
// i0 otherwise.
func moneyBefore(text string, all []tok, i0, n int) int {
	if i0 < 1 || i0+1 >= n || !all[i0].word || all[i0].low == "" || all[i0].low[0] < '0' || all[i0].low[0] > '9' {
		return i0
	}
	switch all[i0-1].str(text) {
	case "$", "€", "£", "¥":
	default:
		return i0
	}
	j := i0 + 1
	for j < n && all[j].word && all[j].is2(isScale) {
		j++
	}
	if j >= n || !all[j].word || capital(all[j].str(text)) || all[j].is(isFunction) {
		return i0
	}
	return j
}

// timeKept reports whether a month or a year after "in" between a
// subject whose head is toks[k] and its verb is the mention's, as
// PolNeAR marks it: after a thing that carries words ("An ad in 2008
// questioned …", carriers.txt) or a participle ("A report released in
// May found"), where it dates the thing. After persons or a body
// ("Federal prosecutors in May charged", "An appeals panel in 2003
// found") it dates the act and is the verb's.
func timeKept(t tok) bool {
	return carriers[strings.TrimSuffix(t.low, "s")] || pastForm(t)
}

// npFromStart returns the index of the first word of the sentence when
// the mention all[i0:n] before its cue is the end of a noun phrase that
// opens the sentence and was read from inside it: the rest of a body's
// name after its "for", "on" or "of" ("The complaint to the Court of
// Appeals’ Board on Professional Conduct says", read from
// "Professional"; a plural's possessive apostrophe ends the words a
// name is read over), or the agent after a participle and "by"
// ("Research carried out by the Harbour Board found"). The words
// before are a noun phrase's only: no comma or other mark but an
// apostrophe or a full stop inside an abbreviation, no auxiliary,
// pronoun, relative or subordinator, and the sentence opens with a
// determiner or with a bare noun before its participle. It returns i0
// otherwise.
func npFromStart(text string, all []tok, i0, n int) int {
	if i0 < 3 || i0 >= n || !all[i0].word || !all[i0-1].word || !capital(all[i0].str(text)) && all[i0].low != "the" {
		return i0
	}
	p := i0 - 1
	name := i0 // where a body's name that goes on with the preposition starts
	switch all[p].low {
	case "for", "on", "of":
		if !all[p-1].word || !capital(all[p-1].str(text)) || all[p-1].is(isFunction) {
			return i0
		}
		if all[p-1].is2(isBody) && capital(all[i0].str(text)) {
			h := p - 1
			for h > 0 && h > p-5 && all[h-1].word && capital(all[h-1].str(text)) && !all[h-1].is(isFunction) && !sentenceFirst(text, all, h) {
				h--
			}
			if h > 0 && all[h-1].low == "the" {
				h--
			}
			name = h // "the Institute for Harbour Studies", read from "Harbour"
		}
	case "by":
		v := p - 1
		if all[v].low == "out" && v > 0 {
			v-- // "carried out by"
		}
		if !all[v].word || !pastForm(all[v]) {
			return i0
		}
	default:
		return i0
	}
	initial := func(j int) bool { // the full stop of an initial: "D.C. Court"
		return j > 0 && all[j].str(text) == "." && all[j-1].word && (len(all[j-1].low) == 1 || strings.Contains(all[j-1].low, ".")) && capital(all[j-1].str(text)) && all[j-1].e == all[j].s
	}
	for j := p - 1; j >= 0 && j > p-16; j-- {
		t := all[j]
		if !t.word {
			if initial(j) {
				continue
			}
			if t.str(text) == "," && j+1 < p && afterOpener(text, all, j+1) {
				return name // the opener's comma, read past at all[j+1] above
			}
			switch t.str(text) {
			case "’", "'", "&":
				if j > 0 && all[j-1].word && all[j-1].e == t.s && (t.e == all[j+1].s || strings.HasSuffix(all[j-1].low, "s")) {
					continue // "union’s", a plural's "Appeals’ Board"
				}
			}
			return name
		}
		if t.is(isAuxiliary|isPronoun|isSubjectPronoun|isSubordinator) || t.is(isWhWord) || t.low == "that" || t.low == "and" && !capital(all[j+1].str(text)) {
			return name
		}
		// A finite verb ends the subject of a first clause, so the
		// body's name opens its own: "The crew warned the Board on
		// …". A participle before its agent stays ("Research
		// conducted by …", "carried out by").
		if (pastForm(t) || t.is2(isFinitePast) || t.is(isCue)) && !(j+1 <= p && (all[j+1].low == "by" || all[j+1].low == "out")) {
			return name
		}
		if !sentenceFirst(text, all, j) && !afterOpener(text, all, j) || initial(j-1) {
			continue
		}
		if t.is(isDet) && t.low != "that" && t.low != "this" {
			return j
		}
		// A bare noun before its participle: "Research conducted by …".
		if j+1 < p && all[j+1].word && pastForm(all[j+1]) && !t.is(isFunction) && (capital(t.str(text)) || afterOpener(text, all, j)) {
			return j
		}
		return name
	}
	return name
}

// midDeterminer reports whether a determiner stands among toks[1:c]
// after a word that is no function word ("Sums Up The Odd …"): in a
// headline it opens the object of a verb already passed over, so a
// word after it is a noun, no cue. After a preposition it opens the
// preposition's object ("One of The Pilots Says …").
func midDeterminer(toks []tok, c int) bool {
	for d := 1; d < c; d++ {
		if toks[d].word && toks[d].is(isDet) && toks[d].low != "one" && toks[d-1].word && !toks[d-1].is(isFunction) {
			return true
		}
	}
	return false
}

// modifiedBase reports whether the cue word toks[c] is a noun in its
// base form after a determiner and one lower-case modifier, before a
// colon or after "following": "made the following comment: “…”",
// "gave this brief reply:", "issued the following statement to
// reporters:". A verb there would need its subject, and "the
// following" names no one. Not after a plural or a noun of persons
// ("The pilots comment:").
func modifiedBase(text string, toks []tok, c int) bool {
	if c < 2 || c+1 >= len(toks) || !toks[c-2].word || !toks[c-2].is(isDet) || !toks[c-1].word || !toks[c].word {
		return false
	}
	if toks[c+1].str(text) != ":" && toks[c-1].low != "following" {
		return false
	}
	return !capital(toks[c-1].str(text)) && !toks[c-1].is(isFunction|isPerson|isPronoun) && !strings.HasSuffix(toks[c-1].low, "s") && baseTok(&toks[c])
}

// phraseAfterNoun returns the index just after a noun for an utterance
// (speechNouns) that a short phrase follows before the end of toks[:n]:
// a preposition and up to three words ("this statement on Monday",
// "the following comment to reporters"). It returns n otherwise.
func phraseAfterNoun(text string, toks []tok, n int) int {
	for m := n - 2; m >= 1 && m >= n-5; m-- {
		if !toks[m].word {
			return n
		}
		if toks[m].is(isPrep) && toks[m-1].word && toks[m-1].is(isSpeechNoun) {
			return m
		}
	}
	return n
}

// issueVerbs are the pasts by which a speaker puts out words named by
// a noun for an utterance ("issued this statement:", "made the
// following comment:", "had a simple message:"). Any other past makes
// its subject no speaker ("The vote prompted this statement:"), so
// neither pastVerbEnd nor phraseToVerb reads a description up to it.
var issueVerbs = map[string]bool{"issued": true, "released": true, "made": true, "gave": true, "sent": true, "had": true, "wrote": true, "posted": true, "offered": true, "delivered": true, "published": true, "tweeted": true, "shared": true, "provided": true, "voiced": true, "expressed": true, "emailed": true, "added": true}

// pastVerbEnd returns the index after a description that opens at
// toks[k] with a determiner and was read up to toks[e] over its verb,
// a past form ("The mayor issued", "The board released"): the
// description ends before the verb. It returns e otherwise.
func pastVerbEnd(text string, toks []tok, k, e int, f found) int {
	if f.pronoun != "" || e-k < 3 || !toks[k].is(isDet) || !toks[e-1].word || capital(toks[e-1].str(text)) {
		return e
	}
	if issueVerbs[toks[e-1].low] {
		return e - 1
	}
	return e
}

// cueBeforeQuote reports whether the words that end at offset end close
// with a verb of speech in a finite form ("said", "says", "told") right
// before a colon or a comma and a quotation's opening mark: that verb
// is the direct quotation's cue, and words read up to it as a relative
// clause's content are its subject's ("Leaders who oppose the pipeline
// said: “…”").
func cueBeforeQuote(text string, end int) bool {
	st := end
	for st > 0 && end-st < 10 && (text[st-1] >= 'a' && text[st-1] <= 'z') {
		st-- // the verbs in finiteSpeech are short: a longer word is none of them
	}
	w := text[st:end]
	if len(w) < 3 || st == 0 || text[st-1] != ' ' || !finiteSpeech[w] {
		return false
	}
	rest := strings.TrimLeft(text[end:min(len(text), end+8)], " ")
	if !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, ",") {
		return false
	}
	rest = strings.TrimLeft(rest[1:], " \n")
	return strings.HasPrefix(rest, "“") || strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "''") || strings.HasPrefix(rest, "‘")
}

// finiteSpeech are finite forms of the commonest verbs of speech.
var finiteSpeech = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "wrote": true, "writes": true, "added": true, "adds": true, "explained": true, "explains": true, "asked": true, "asks": true, "declared": true, "declares": true, "warned": true, "warns": true, "stated": true, "states": true}

// approxPhrase returns the end of the noun phrase that a mention of one
// word, a bound on a number ("About", "Nearly", "Some"), opens when the
// number follows it: the number, a word of scale, and up to three
// lower-case words that are no verb, then an "of" phrase ("About 300
// pilots", "Nearly 80 percent of the voters"). The bound alone names
// no one. It returns n otherwise, and never runs past the cue.
func approxPhrase(text string, all []tok, i0, n int, cue doc.Span) int {
	orig := n
	if n > i0+1 && n <= i0+4 && numberRead(text, all, i0+1, n) {
		n = i0 + 1 // the number read with the bound: "About three" of "About three hundred pilots"
	}
	if n != i0+1 || n+1 >= len(all) || !all[i0].word || !all[i0].is2(isApproximator) {
		return orig
	}
	lim := len(all)
	if cue.Start >= all[i0].e {
		lim = sort.Search(len(all), func(i int) bool { return all[i].s >= cue.Start })
	}
	j := n
	if j >= lim || !all[j].word || !(all[j].is(isNumberWord) || firstRune(all[j].low) >= '0' && firstRune(all[j].low) <= '9') {
		return orig
	}
	j++
	for j+1 < lim && all[j].str(text) == "," && all[j].s == all[j-1].e && all[j+1].s == all[j].e && firstRune(all[j+1].low) >= '0' && firstRune(all[j+1].low) <= '9' {
		j += 2 // "10,000"
	}
	for j < lim && all[j].word && (all[j].is2(isScale) || all[j].low == "percent") {
		j++
	}
	noun := func(t tok) bool {
		return t.word && !capital(t.str(text)) && !t.is(isFunction|isCue|isAuxiliary|isAdverb) && !pastForm(t) && !strings.HasSuffix(t.low, "ing")
	}
	h := j
	// A capitalised adjective of nation or place before the noun
	// counts as a modifier: "About 300 Norwegian pilots".
	for j < lim && j < h+3 && (noun(all[j]) || all[j].word && capital(all[j].str(text)) && !all[j].is(isFunction|isCue) && j+1 < lim && noun(all[j+1])) {
		j++
	}
	if j == h && all[j-1].low != "percent" {
		return orig
	}
	if j+1 < lim && all[j].low == "of" {
		k := j + 1
		if all[k].is(isDet) && all[k].low != "that" {
			k++
		}
		m := k
		for k < lim && k < m+3 && noun(all[k]) {
			k++
		}
		if k > m {
			j = k
		}
	}
	return j
}

// numberRead reports whether all[a:b], read with a bound as a
// mention, is the number and what may follow it before its noun: the
// number, a word of scale, a capitalised adjective ("three hundred",
// "300 Norwegian").
func numberRead(text string, all []tok, a, b int) bool {
	if !all[a].word || !(all[a].is(isNumberWord) || firstRune(all[a].low) >= '0' && firstRune(all[a].low) <= '9') {
		return false
	}
	for x := a + 1; x < b; x++ {
		if !all[x].word || !(all[x].is(isNumberWord) || all[x].is2(isScale) || capital(all[x].str(text)) && !all[x].is(isFunction|isCue)) {
			return false
		}
	}
	return true
}

// approximators bound a number: "About 300 pilots", "Nearly half".
// They are single words that stand right before the number and open
// the subject, so they differ from parc.go's proportionLeads, which
// also hold comparatives, articles and numbers that lead a share ("more
// than", "a third", "at least"), and from degreeAdverbs, which grade a
// verb ("almost unanimously said").
var approximators = map[string]bool{"about": true, "around": true, "nearly": true, "almost": true, "roughly": true, "approximately": true, "some": true}

// relativeBefore returns the index of "who" or "which" after a comma
// that opens the clause in which "and" at toks[k] joins a second verb
// to a first ("rich pilots, who make up most buyers and see the fund
// as …"): the second verb is the relative clause's, and the pronoun
// its subject, not the main clause's subject, which ends at offset
// from. A comma between the pronoun and "and" closes the relative
// clause ("Ed Moss, who leads the board, met the pilots and said"), so
// the verb is the main clause's again. It returns -1 otherwise.
func relativeBefore(text string, toks []tok, from, k int) int {
	for j := k - 1; j > 0 && toks[j].s >= from && j > k-24; j-- {
		if !toks[j].word {
			if s := toks[j].str(text); s == "," || s == ";" || s == ":" || s == "—" || s == "–" || s == "(" || s == ")" {
				return -1
			}
			continue
		}
		if (toks[j].low == "who" || toks[j].low == "which") && toks[j-1].str(text) == "," {
			return j
		}
		if toks[j].is(isSubordinator|isSubjectPronoun) || toks[j].is(isWhWord) || toks[j].low == "that" {
			return -1 // a clause inside the relative one: "…, which she was doing when the police located her and told her to leave"
		}
	}
	return -1
}

// participleInSubject reports whether a cue in -ed right after the mention
// qm opens a participle phrase inside the other attribution's mention
// m, which starts where qm does: "Pilots worried about the pier say
// it is unsafe" read "Pilots" worrying about "the pier say it …", but
// "worried about the pier" modifies the pilots, the subject of "say".
func participleInSubject(text string, qm, cue, m doc.Span) bool {
	return qm.Start == m.Start && qm.End <= cue.Start && cue.Start <= cue.End && strings.TrimSpace(text[qm.End:cue.Start]) == "" && strings.HasSuffix(text[cue.Start:cue.End], "ed")
}

// detNoun reports whether the word of reporting toks[v] is a noun
// because a determiner stands right before it and a word that is no
// verb of its own follows ("The authors of the report combed …", "a
// group of the study’s authors"): mainSubject reads the phrase over it
// up to the main verb.
func detNoun(text string, toks []tok, v int) bool {
	return v >= 1 && toks[v-1].word && toks[v-1].is(isDet) && toks[v-1].low != "that" && !strings.HasSuffix(toks[v].low, "ed") && !strings.HasSuffix(toks[v].low, "ing")
}

// exampleOf reports whether the subject f read before a cue is a name
// given as an example of a plural before it ("Critics, including Ed
// Moss, say …", "Some economists, like Ann Ortiz, argue …"): the verb
// agrees with the plural, which tidy makes the mention's head
// (exampleHead), not with the name.
func exampleOf(text string, toks []tok, f found) bool {
	if f.pronoun != "" || f.subj.End <= f.subj.Start {
		return false
	}
	i0 := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
	if i0 < len(toks) && exampleHead(text, toks, i0) >= 0 {
		return true
	}
	// The mention already widened over the plural (tidy): "Critics,
	// including Ed Moss" agrees with "Critics".
	for j := i0 + 1; j+1 < len(toks) && toks[j].e <= f.subj.End; j++ {
		if toks[j].str(text) != "," {
			continue
		}
		w := toks[j+1].low
		return (w == "including" || w == "like" || w == "such") && toks[j-1].word && (toks[j-1].pluralNoun() || pluralNoun(lastBeforeOf(toks, j)))
	}
	return false
}

// fromArticles open a "from" phrase that names where a speaker or
// words come from ("a statement from the port"); a possessive opens a
// place the verb happens in as often ("said the mayor from her
// office").
var fromArticles = map[string]bool{"the": true, "a": true, "an": true}

// fromIdioms are nouns of "from the start" and the like, phrases of
// time, not of origin.
var fromIdioms = map[string]bool{"start": true, "beginning": true, "outset": true, "first": true, "moment": true, "day": true, "time": true}

// venues are places a speaker speaks from, not where the speaker comes
// from: "said the mayor from the stage" is where the verb happens.
var venues = map[string]bool{"stage": true, "podium": true, "floor": true, "lectern": true, "pulpit": true, "bench": true, "balcony": true, "window": true, "audience": true, "car": true, "plane": true, "dais": true, "rostrum": true, "platform": true, "pitch": true, "sidelines": true}

// fromOrigin reports whether "from" at toks[k], after a noun of a
// person or of a thing that carries words, opens a phrase of where the
// speaker or the words come from ("said a statement from the port.",
// "said a pilot from Ashton."): an article and a noun that is no word
// of time ("from the start"), or a capitalised name. After a person,
// the phrase's noun is no venue ("said the mayor from the stage" says
// where the verb happened).
func fromOrigin(text string, toks []tok, k int) bool {
	if k < 1 || k+1 >= len(toks) || toks[k].low != "from" || !(toks[k-1].is(isPerson) || carriers[toks[k-1].low]) || !toks[k+1].word {
		return false
	}
	if capital(toks[k+1].str(text)) {
		return !toks[k+1].is(isTimeWord | isFunction)
	}
	if !fromArticles[toks[k+1].low] || k+2 >= len(toks) || !toks[k+2].word || toks[k+2].is(isTimeWord) || fromIdioms[toks[k+2].low] {
		return false
	}
	if toks[k-1].is(isPerson) {
		head := k + 2 // the phrase's noun: the last of its lower-case words ("the main stage")
		for j := k + 3; j < len(toks) && j < k+5 && toks[j].word && !capital(toks[j].str(text)) && !toks[j].is(isFunction|isCue); j++ {
			head = j
		}
		if venues[toks[head].low] {
			return false
		}
	}
	return true
}

// relativeObject returns the index where a mention starts when the
// words read, from all[i0], are the object of the verb of a
// restrictive relative clause on "who" right before them: the subject
// is the noun phrase the clause modifies, with the clause ("Leaders
// who oppose the pipeline, which runs to the coast, said" names the
// leaders). The verb is one lower-case word that is no function word,
// and a subject must end right before "who". It returns i0 otherwise.
func relativeObject(text string, all []tok, i0 int) int {
	if i0 < 3 || !all[i0].word || !all[i0-1].word || all[i0-2].low != "who" || !all[i0-3].word {
		return i0
	}
	v := all[i0-1]
	if capital(v.str(text)) || v.is(isFunction|isAuxiliary|isPronoun|isDet) {
		return i0
	}
	if h := subjectEnding(text, all, i0-3); h.ok && h.pronoun == "" && h.subj.End == all[i0-3].e {
		return sort.Search(len(all), func(i int) bool { return all[i].s >= h.subj.Start })
	}
	// A description without a determiner ("Central Asian leaders"),
	// read back to the clause's punctuation as exampleHead reads one.
	from := localStart(text, all, i0-3)
	for j := i0 - 3; j > from; j-- {
		if hasNewline(text[all[j-1].e:all[j].s]) || !all[j-1].word && boundary(text, all, j-1) {
			from = j
			break
		}
	}
	if from < 0 || from >= i0-2 {
		return i0
	}
	if _, ok := phraseAt(text, all, from, i0-2); !ok {
		return i0
	}
	return from
}

// openerEn are participles in -en (and "stung") that open a sentence's
// participle phrase ("Shaken by the vote, …", "Stricken with grief,
// …"); a capitalised word in -en is otherwise as likely a surname.
var openerEn = map[string]bool{"shaken": true, "stricken": true, "driven": true, "taken": true, "given": true, "chosen": true, "beaten": true, "broken": true, "frozen": true, "hidden": true, "written": true, "spoken": true, "proven": true, "bitten": true, "forgotten": true, "sworn": true, "known": true, "shown": true, "drawn": true, "stung": true}

// finalPlural reads, after an inverted cue, a bare plural with up to
// two lower-case words before it that ends the sentence ("“…,” said
// senior officials.", "said foreign policy analysts."): with nothing
// after it no phrase of the verb can be taken for the speaker's, as
// pluralOfAfterCue fears before "at". The words are no function word,
// adverb, cue, pronoun or quantifier, and the plural is no verb of
// reporting.
func finalPlural(text string, toks []tok, k int) found {
	for j := k; j < len(toks) && j < k+3 && toks[j].word; j++ {
		t := &toks[j]
		if capital(t.str(text)) || t.is(isFunction|isAdverb|isCue|isPhraseStop|isAuxiliary|isPronoun|isQuantifier) || strings.HasSuffix(t.low, "ly") {
			return found{}
		}
		if !t.pluralNoun() && !t.is2(isGroupNoun) || t.is(isReporting) {
			continue
		}
		if j+1 < len(toks) && (toks[j+1].word || !boundary(text, toks, j+1)) || !personPlural(t.low) {
			return found{}
		}
		sp := doc.Span{Start: toks[k].s, End: t.e}
		return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
	}
	return found{}
}

// personPlural reports whether the plural w names persons or bodies
// that may speak: a collective ("police"), the plural of a noun of a
// person or of a body ("officials", "unions"), of an agent noun
// ("observers", "economists", "opponents") or of one of sourcePlurals
// ("experts", "sources"); not of a thing or an event ("said angry
// protests.") or a pronoun's "ones".
func personPlural(w string) bool {
	if groupNouns[w] {
		return true
	}
	var stems []string
	switch {
	case strings.HasSuffix(w, "men"):
		stems = []string{strings.TrimSuffix(w, "men") + "man"}
	case strings.HasSuffix(w, "ies"):
		stems = []string{strings.TrimSuffix(w, "ies") + "y"}
	case strings.HasSuffix(w, "es"):
		stems = []string{strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es")}
	case strings.HasSuffix(w, "s"):
		stems = []string{strings.TrimSuffix(w, "s")}
	}
	for _, st := range stems {
		if _, ok := persons[st]; ok || bodies[st] || sourcePlurals[st] {
			return true
		}
		for _, suf := range agentSuffixes {
			if len(st) > len(suf)+2 && strings.HasSuffix(st, suf) && !strings.HasSuffix(st, "ment") {
				return true
			}
		}
	}
	return false
}

// agentSuffixes end nouns of agents and of roles ("observer",
// "governor", "economist", "historian", "participant", "resident",
// "volunteer"); not a thing's "-ment" ("statement").
var agentSuffixes = []string{"er", "or", "ist", "ian", "ant", "ent", "eer"}

// sourcePlurals are nouns of news sources that neither persons.txt nor
// an agent's suffix covers, singular.
var sourcePlurals = map[string]bool{"expert": true, "source": true, "advocate": true, "insider": true, "delegate": true, "candidate": true, "colleague": true, "ally": true, "friend": true, "witness": true, "local": true, "pilot": true, "veteran": true, "citizen": true, "activist": true, "adult": true, "parent": true, "guest": true}

// anonymityText reports, on the text, what anonymity reports on
// tokens: the cue at cue and the words after it say why a source goes
// unnamed ("asked not to be named", "requested anonymity", "spoke on
// condition of anonymity", "did not want her name used").
//
// The words after the cue are read only after a cue that may say so
// (unnamedVerb): most cues are other verbs, and the stretch after them
// was lower-cased into a new string for nothing.
func anonymityText(text string, cue doc.Span) bool {
	if n := cue.End - cue.Start; n < 4 || n > 9 || n == 4 && text[cue.Start] == 's' && text[cue.Start+1] == 'a' {
		return false // no verb of unnamedVerb ("said", "says"): most cues, told without reading them
	}
	return anonymityWords(text, cue)
}

// anonymityWords is anonymityText past its gate.
func anonymityWords(text string, cue doc.Span) bool {
	v := text[cue.Start:cue.End]
	if v[0] >= 'A' && v[0] <= 'Z' {
		v = strings.ToLower(v) // "Asked", opening a sentence
	}
	if !unnamedVerb(v) {
		return false
	}
	// The words after the cue, up to eight, lower-cased only where
	// they hold a capital.
	var words [8]string
	n := 0
	rest := text[cue.End:min(len(text), cue.End+48)]
	for i := 0; i < len(rest) && n < len(words); {
		c := rest[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			i++
			continue
		}
		j := i
		for j < len(rest) && (rest[j] >= 'a' && rest[j] <= 'z' || rest[j] >= 'A' && rest[j] <= 'Z' || rest[j] >= '0' && rest[j] <= '9' || rest[j] == '\'') {
			j++
		}
		w := rest[i:j]
		if strings.IndexFunc(w, func(r rune) bool { return r >= 'A' && r <= 'Z' }) >= 0 {
			w = strings.ToLower(w)
		}
		words[n] = w
		n++
		i = j
	}
	return unnamedWhy(v, func(i int) string {
		if i < n {
			return words[i]
		}
		return ""
	})
}

// anonymity reports whether toks[k] opens the clause by which news
// prose says why a source goes unnamed: "asked not to be named",
// "requested anonymity", "spoke on (the) condition of anonymity",
// "declined to be named", "declined to give their names", "did not want
// her name used", "would give only her first name", "was not authorized
// to speak publicly". It reports no words of the source's own, so it
// describes the speaker as any relative clause does.
func anonymity(toks []tok, k int) bool {
	// An auxiliary and "not" before the verb: "did not want …", "was
	// not authorized to …", "would only give …".
	neg := false
	for ; k+1 < len(toks) && toks[k].word; k++ {
		switch toks[k].low {
		case "not", "n't", "never":
			neg = true
			continue
		case "did", "does", "do", "would", "will", "could", "only", "was", "were", "is", "are", "has", "have", "had", "been":
			continue
		}
		break
	}
	if k+1 >= len(toks) || !toks[k].word || !toks[k+1].word {
		return false
	}
	switch toks[k].low {
	case "authorized", "authorised", "allowed", "permitted", "cleared":
		return neg && toks[k+1].low == "to" // "who was not authorized to speak publicly"
	}
	return unnamedVerb(toks[k].low) && unnamedWhy(toks[k].low, func(i int) string {
		if j := k + 1 + i; j < len(toks) && toks[j].word {
			return toks[j].low
		}
		return ""
	})
}

// unnamedVerb reports whether v is a verb whose words after it may say
// why a source goes unnamed (unnamedWhy).
func unnamedVerb(v string) bool {
	switch v {
	case "asked", "requested", "asks", "requests", "spoke", "speaks", "talked", "declined", "declines", "refused", "refuses", "want", "wants", "wanted", "wish", "wished", "wishes", "give", "gave", "gives", "insisted", "insists",
		"pleaded", "pleads", "craved", "craves", "sought", "seeks", "begged", "begs":
		return true
	}
	return false
}

// unnamedWhy reports whether the verb v and the lower-case words after
// it (w(0), w(1), …; "" past the clause) say why a source goes
// unnamed.
func unnamedWhy(v string, w func(int) string) bool {
	name := func(i int) bool { return strings.HasPrefix(w(i), "name") }
	owner := func(i int) bool {
		switch w(i) {
		case "his", "her", "their", "its", "my":
			return true
		}
		return false
	}
	switch v {
	case "asked", "requested", "asks", "requests":
		switch w(0) {
		case "anonymity":
			return true
		case "not":
			// "asked not to be named", "asked not to have her name
			// used"; not "asked not to be disturbed", a request.
			return w(1) == "to" && (w(2) == "be" && (w(3) == "named" || w(3) == "identified" || w(3) == "quoted") || w(2) == "have" && name(4))
		case "to":
			// "asked to remain anonymous"; "asked to be identified
			// only by his first name", "asked to be named only as
			// Katya": a name given in place of the full one.
			return (w(1) == "remain" || w(1) == "stay") && w(2) == "anonymous" || w(1) == "be" && (w(2) == "identified" || w(2) == "named" || w(2) == "referred" || w(2) == "called") && (w(3) == "only" || w(3) == "by" || w(3) == "as")
		case "that":
			// "asked that his name not be used", "asked that she not
			// be identified", "requested that their names be withheld"
			for i := 1; i < 6; i++ {
				if w(i) == "not" && w(i+1) == "be" || w(i) == "withheld" || name(i) && w(i+1) == "be" && w(i+2) == "used" {
					return true // "asked that only her first name be used"
				}
			}
		}
	case "spoke", "speaks", "talked":
		c := 1
		if w(1) == "the" {
			c++ // "spoke on the condition of anonymity"
		}
		return w(0) == "on" && w(c) == "condition" || w(0) == "anonymously"
	case "declined", "declines", "refused", "refuses":
		// "declined to be named", "declined to give their names"
		return w(0) == "to" && (w(1) == "be" && (w(2) == "named" || w(2) == "identified") || w(1) == "give" && (name(3) || name(4)))
	case "want", "wants", "wanted", "wish", "wished", "wishes":
		// "did not want her name used", "did not wish to be named", "did not want to be identified",
		// "did not want to give her name", "wanted to use only his
		// first name"
		return owner(0) && name(1) || w(0) == "to" && (w(1) == "be" && (w(2) == "named" || w(2) == "identified") || (w(1) == "give" || w(1) == "use" || w(1) == "share") && unnamedWhy("give", func(i int) string { return w(i + 2) }))
	case "give", "gave", "gives":
		// "would give only her first name", "gave only his surname"
		for i := 0; i < 4; i++ {
			if name(i) || w(i) == "surname" {
				return i > 0 && (owner(i-1) || w(i-1) == "first" || w(i-1) == "full" || w(i-1) == "last")
			}
		}
	case "insisted", "insists":
		return w(0) == "on" && w(1) == "anonymity"
	case "pleaded", "pleads", "craved", "craves", "sought", "seeks", "begged", "begs":
		return w(0) == "anonymity" // "who pleaded anonymity because …", "who craved anonymity" (West African papers)
	}
	return false
}

// purposeAfter reports whether toks[k:n] open with an infinitive of
// purpose, maybe after a word of time or "in" and a month or a year
// ("gathered Monday to discuss the treaty", "met to weigh the plan",
// "created in May to fight the levy"): the past in -ed before it is
// a finite verb, not a participle that modifies the noun.
func purposeAfter(text string, toks []tok, k, n int) bool {
	if k+1 < n && toks[k].low == "in" && toks[k+1].word && (toks[k+1].is2(isMonth) && capital(toks[k+1].str(text)) || yearWord(toks[k+1].low)) {
		k++ // "created in May to fight …", "formed in 2019 to study …"
	}
	if k < n && toks[k].word && (toks[k].is(isTimeWord) || toks[k].is2(isMonth) && capital(toks[k].str(text)) || yearWord(toks[k].low)) {
		k++
	}
	return k+1 < n && toks[k].low == "to" && toks[k+1].word && !capital(toks[k+1].str(text)) && !toks[k+1].is(isFunction|isDet|isPronoun|isAuxiliary)
}

// yearWord reports whether w is a year written in four digits ("2019").
func yearWord(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for i := 1; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// objectAnd returns the index of the word after "and" when the mention
// all[i0:n] opens right after an infinitive ("to discuss") and "and"
// joins to it a noun phrase of its own, which the cue's subject is:
// "… met to discuss the levy and its chairman said". It returns i0
// otherwise.
func objectAnd(text string, all []tok, i0, n int) int {
	if i0 < 2 || !all[i0-1].word || all[i0-2].low != "to" || capital(all[i0-1].str(text)) || all[i0-1].is(isFunction|isDet|isPronoun|isAuxiliary) {
		return i0
	}
	for a := n - 2; a > i0; a-- {
		if all[a].low != "and" {
			continue
		}
		if w := &all[a+1]; w.word && (w.is(isDet) || w.is(isDescriber) || capital(w.str(text))) && mayVoice(text, all[n-1]) {
			return a + 1
		}
		break
	}
	return i0
}

// mayVoice reports whether t, the last word of a noun phrase before a
// cue, may head a speaker: a noun of persons, a body, a plural or a
// capitalised name ("its chairman", "the board", "officials", "Ed
// Moss"), not a thing ("the tax"). It decides whether the phrase after
// "and" is a second clause's subject or the object's second half.
func mayVoice(text string, t tok) bool {
	return t.word && (t.is(isPerson) || t.is2(isBody) || capital(t.str(text)) || t.pluralNoun())
}

// pluralWhich returns the end of a "which" clause between commas after
// the mention that ends at all[n-1] when the mention is a plural head with an "of"
// phrase ending in a singular noun and the clause's verb is a plural
// present ("The authors of the report, which include two funds,"): the
// verb agrees with the head, so the clause describes the speakers, as
// PolNeAR marks it, not the thing of the phrase ("The authors of the
// report, which runs to 90 pages," is the report's). It returns n
// otherwise; the clause ends at its comma before the cue.
func pluralWhich(text string, all []tok, n int, cue doc.Span) int {
	if n+3 >= len(all) || all[n].str(text) != "," || all[n+1].low != "which" || !all[n+2].word || !all[n-1].word {
		return n
	}
	v, last := all[n+2].low, all[n-1].low
	head := lastBeforeOf(all, n)
	if head == "" || !pluralNoun(head) || pluralNoun(last) || capital(all[n+2].str(text)) || strings.HasSuffix(v, "s") || strings.HasSuffix(v, "ed") || finitePasts[v] || irregularPast[v] || all[n+2].is(isFunction|isAuxiliary|isAdverb) {
		return n
	}
	for j := n + 3; j < len(all) && j < n+30 && all[j].e <= cue.Start; j++ {
		if !all[j].word {
			if all[j].str(text) == "," {
				return j
			}
			if w := all[j].str(text); !nameInnerMark(w) && w != "&" || boundary(text, all, j) {
				return n
			}
		}
	}
	return n
}

// boundBefore reports whether toks[k] is a bound on a number
// (approximators: "about", "around", "nearly") right before a subject
// that starts with the number at offset at ("“…,” about 300 pilots
// said"): the bound is the mention's, though "about" and "around" are
// prepositions elsewhere.
func boundBefore(text string, toks []tok, k, at int) bool {
	if k+1 >= len(toks) || !toks[k].word || !toks[k].is2(isApproximator) || toks[k+1].s != at || !toks[k+1].word {
		return false
	}
	return toks[k+1].is(isNumberWord) || firstRune(toks[k+1].low) >= '0' && firstRune(toks[k+1].low) <= '9'
}

// phraseToVerb returns the end of an "of", "for" or "at" phrase that
// follows a subject ending at toks[e], when a past verb right before
// the determiner at toks[d] ends it ("The mayor of the town issued
// this statement:"): the phrase is the subject's. It returns e
// otherwise. The phrase is at most six words, none a verb form in -ed
// but the last.
func phraseToVerb(text string, toks []tok, e, d int) int {
	if e+2 >= d || !toks[e].word || toks[e].low != "of" && toks[e].low != "for" && toks[e].low != "at" {
		return e
	}
	v := d - 1
	if !toks[v].word || capital(toks[v].str(text)) || !issueVerbs[toks[v].low] {
		return e
	}
	if v-e > 7 {
		return e
	}
	for j := e + 1; j < v; j++ {
		if !toks[j].word || toks[j].is(isCue|isAuxiliary|isPronoun) || pastForm(toks[j]) {
			return e
		}
	}
	return v
}

// viewpointTo reads a fronted "to" and a person that ends the clause
// before a quotation's comma ("because to her, “…”", "But to Ed Moss,
// “…”"): the phrase says whose view the quoted words are, as
// "according to" does, and PolNeAR marks the person. "to" opens the
// clause or follows a conjunction or a subordinator, so "He turned to
// her, “…”" (a verb's phrase) reads nothing here. The person is an
// object pronoun or a capitalised name of at most three words.
func viewpointTo(text string, toks []tok, n int) found {
	t := -1
	for j := n - 1; j >= 0 && j >= n-8; j-- {
		if toks[j].word && toks[j].low == "to" {
			t = j
			break
		}
	}
	if t < 0 || t+1 >= n || !toks[t+1].word {
		return found{}
	}
	if t > 0 && !(toks[t-1].str(text) == "," || toks[t-1].is(isSubordinator|isClauseLead) || toks[t-1].low == "that") {
		return found{}
	}
	first := toks[t+1]
	if t+2 == n && first.is(isObjectPronoun) && first.low != "it" && first.low != "me" && first.low != "us" && first.low != "you" {
		return found{subj: doc.Span{Start: first.s, End: first.e}, pronoun: subjectOf[first.low], ok: true}
	}
	// Capitalised words, an abbreviation's full stop ("Sen. Reed")
	// and "and" between two names ("Ann Reed and Ed Moss").
	for j := t + 1; j < n; j++ {
		if !toks[j].word && toks[j].str(text) == "." && j > t+1 && toks[j].s == toks[j-1].e && toks[j-1].word && capital(toks[j-1].str(text)) && j+1 < n {
			continue
		}
		if toks[j].word && toks[j].low == "and" && j > t+1 && j+1 < n && toks[j-1].word && toks[j+1].word && capital(toks[j+1].str(text)) {
			continue
		}
		if !toks[j].word || !capital(toks[j].str(text)) || toks[j].is(isFunction|isDet) {
			return found{}
		}
	}
	return found{subj: doc.Span{Start: first.s, End: toks[n-1].e}, name: text[first.s:toks[n-1].e], ok: true}
}

// subjectOf gives the subject form of an object pronoun of a person.
var subjectOf = map[string]string{"her": "she", "him": "he", "them": "they"}

// titleClosesClause reports whether the title whose closing mark is
// toks[e] ends with its comma inside the marks (“The Plan,”) before a
// conjunction, a pronoun or an adverb: that comma is the appositive's
// end, which the comma test of the appositive's loop never sees, and
// what follows is a clause of its own ("… of “The Plan,” and then he
// left"), not a second description.
func titleClosesClause(text string, toks []tok, e int) bool {
	if e < 1 || e+1 >= len(toks) || toks[e-1].str(text) != "," || !toks[e+1].word {
		return false
	}
	switch toks[e+1].low {
	case "and", "but", "or", "then", "so", "yet":
		return true
	}
	return toks[e+1].is(isPronoun | isSubjectPronoun | isAdverb)
}

// titleInMarks returns the index of the closing mark of a work's title
// in double marks that opens at toks[j] after "of" inside an
// appositive ("author of “The Pier,” a history of the port"): up to
// eight words, each capitalised or a function word, and at most a
// comma before the closing mark. It returns j otherwise, and the
// marks end the appositive as any quotation's do.
func titleInMarks(text string, toks []tok, j int) int {
	if j < 1 || toks[j].word || !toks[j-1].word || toks[j-1].low != "of" && !works[toks[j-1].low] && !carriers[toks[j-1].low] {
		return j // after "of", or a noun of a work: "who wrote the 2019 study ‘Light on the Mill Floor’"
	}
	open, closing := toks[j].str(text), ""
	switch open {
	case "“":
		closing = "”"
	case "‘":
		closing = "’"
	default:
		return j
	}
	for c := j + 1; c < len(toks) && c <= j+10; c++ {
		t := &toks[c]
		if t.word {
			if !capital(t.str(text)) && !t.is(isFunction) {
				return j
			}
			continue
		}
		switch t.str(text) {
		case closing:
			if c > j+1 {
				return c
			}
			return j
		case ",":
			if c+1 < len(toks) && toks[c+1].str(text) == closing {
				continue
			}
		}
		return j
	}
	return j
}

// tookConjunct reports whether widen's answer g took in words before
// f's mention across an "and" ("Public Affairs" read as "Media and
// Public Affairs"): the look-back read the conjunct as the phrase's
// start, and the phrase may go on before it ("research conducted by
// the Center for Media and Public Affairs"), so such an answer is read
// again when it is asked for, not kept as it is. The added words are
// at most widen's window (runeWindow's 120 bytes back).
func tookConjunct(text string, f, g found) bool {
	if g.subj.Start >= f.subj.Start || f.subj.Start > len(text) {
		return false
	}
	added := text[g.subj.Start:f.subj.Start]
	return strings.Contains(added, " and ") || strings.Contains(added, " & ")
}

// byIdioms follow "by" in an adverb of manner or comparison, not an
// author: "The report, by contrast, said".
var byIdioms = map[string]bool{"contrast": true, "comparison": true, "then": true, "now": true, "far": true, "law": true, "design": true, "default": true, "definition": true, "chance": true, "accident": true, "itself": true, "and": true, "no": true, "all": true, "most": true}
