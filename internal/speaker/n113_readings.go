package speaker

import (
	"slices"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Readings of the fifty-second session, each found in the dev sets'
// errors (testdata/newsprobe) and each with a TestN113 case.

// n113OccasionAsideBack returns, where toks[k] is the comma that closes
// a phrase of the occasion between commas right before a cue ("The
// commissioner, Dr. Ann Lee, in a statement, urged …", "…, in a
// statement on Friday, said"), the index of the comma that opens it:
// the subject ends there, as without the phrase. The phrase opens with
// "in", "at" or "during" and an article, has a noun that carries words
// or names an occasion (n108Channels, occasionNouns) among its next
// three words, and holds no cue; attribution corpora leave it out of
// the mention, as they leave out "in a statement" with no commas
// (n108PhraseBack). It returns k otherwise.
func n113OccasionAsideBack(text string, toks []tok, k int) int {
	if k < 5 || toks[k].word || toks[k].str(text) != "," {
		return k
	}
	for j := k - 1; j > 0 && j >= k-12; j-- {
		if toks[j].word {
			continue
		}
		if toks[j].str(text) != "," || j+3 > k || !toks[j-1].word && toks[j-1].str(text) != ")" {
			return k
		}
		if p := toks[j+1].low; p != "in" && p != "at" && p != "during" || !toks[j+2].is(isDet) {
			return k
		}
		noun := false
		for e := j + 3; e < k && e <= j+5; e++ {
			noun = noun || n108Channels[toks[e].low] || occasionNouns[toks[e].low]
		}
		for e := j + 3; e < k; e++ {
			if toks[e].is(isCue) && !pastInEd(toks[e].low) {
				return k
			}
		}
		if !noun {
			return k
		}
		return j
	}
	return k
}

// n113WithoutOccasion ends subject f before a phrase of the occasion
// between commas that closes at toks[k], right before the cue
// (n113OccasionAsideBack): "The commissioner, Dr. Ann Lee, in a
// statement, urged" is read as "The commissioner, Dr. Ann Lee, urged".
func n113WithoutOccasion(text string, toks []tok, k int, f found) found {
	if !f.ok || f.pronoun != "" || k < 5 || toks[k].word || f.subj.End < toks[k-1].e {
		return f
	}
	j := n113OccasionAsideBack(text, toks, k)
	if j == k || f.subj.Start >= toks[j].s {
		return f
	}
	f.subj.End = toks[j-1].e
	return f
}

// n113AdverbThenVerb reports whether toks[e], after a pronoun that
// opens a reported clause, is an adverb of time or aspect that is a
// function word ("now", "still", "already", "never") with a verb after
// it in lower case: "said she now spent twice as much", "said they
// still wanted answers". bareClause reads an adverb outside the
// function words, or a finite verb, there already.
func n113AdverbThenVerb(text string, toks []tok, e int) bool {
	if e+1 >= len(toks) || !toks[e].word || !toks[e].is(isFunction) || !toks[e].adverbish() {
		return false
	}
	v := &toks[e+1]
	return v.word && !capital(v.str(text)) && (!v.is(isFunction) || v.is(isFinite))
}

// n113QuantifierAlone reports whether a quantifier at toks[k] is the
// whole subject of a reported clause, alone or with "of" and a pronoun,
// right before its finite verb: "said all had signed", "said all of
// them had signed agreements", "said most of us would stay".
// quantifiedSubject reads a quantifier before a noun.
func n113QuantifierAlone(toks []tok, k int) bool {
	if k+2 >= len(toks) || !toks[k].word || !toks[k].is(isQuantifier) && !predeterminer(toks[k].low) {
		return false
	}
	j := k + 1
	if toks[j].low == "of" {
		switch toks[j+1].low {
		case "them", "us", "these", "those":
			j += 2
		default:
			return false
		}
	}
	return j < len(toks) && toks[j].word && toks[j].is(isFinite) && !toks[j].is(isCue)
}

// n113ThenVerb reports whether the cue toks[c] follows ", then" (toks[k]
// the comma): the subject's next verb in a sequence, "said she had not
// decided, then said she probably would", whose subject is the main
// clause's, as after ", and" (b2CommaVerb ends the first content there).
func n113ThenVerb(text string, toks []tok, k, c int) bool {
	return k >= 1 && c == k+2 && !toks[k].word && toks[k].str(text) == "," && toks[k+1].low == "then"
}

// n113PerfectCue reports whether toks[i] is "have" or "has" before a
// cue: "…, prosecutors have alleged.", "officials have said". subjectAt
// reads a bare plural right before a cue as a subject, and before a
// present perfect's cue too. A past perfect is left out: "…, was far
// more than party leaders had promised" compares with what was said.
func n113PerfectCue(toks []tok, i int) bool {
	return i+1 < len(toks) && (toks[i].low == "have" || toks[i].low == "has") && toks[i+1].word && toks[i+1].is(isCue)
}

// n113OnlyAmount reports whether toks[k] opens a reported clause whose
// subject is an amount after "only", "just" or "barely" (n103Amount),
// with its noun's phrase and a finite verb within eleven tokens: "saying
// only 23 per cent of the money had arrived", "said just five had come".
func n113OnlyAmount(text string, toks []tok, k int) bool {
	if k+2 >= len(toks) || !toks[k].word {
		return false
	}
	switch toks[k].low {
	case "only", "just", "barely":
	default:
		return false
	}
	if !n103Amount(text, toks, k+1) {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+12; j++ {
		t := &toks[j]
		if !t.word {
			if w := t.str(text); w == "," || w == "." || w == ";" {
				return false
			}
			continue
		}
		if t.is(isCue) && !t.is(isFinite) {
			return false
		}
		if t.is(isFinite|isAuxiliary) || t.is2(isPastVerb) {
			return true
		}
	}
	return false
}

// n113AllBut reports whether toks[k] opens "all but" and a number, a
// subject that counts the rest of a group, before a finite verb within
// six words: "All but one said their units ran short", "said all but
// two of the nurses had left".
func n113AllBut(toks []tok, k int) bool {
	if k+3 >= len(toks) || toks[k].low != "all" || toks[k+1].low != "but" || toks[k+2].low != "one" && !toks[k+2].is(isNumberWord) && !numberTok(&toks[k+2]) {
		return false
	}
	for j := k + 3; j < len(toks) && j <= k+8; j++ {
		t := &toks[j]
		if !t.word {
			return false
		}
		if t.is(isFinite|isAuxiliary) || t.is(isCue) || t.is2(isPastVerb) {
			return true
		}
	}
	return false
}

// n113AllButSubject reads "all but" and a number ending at toks[k],
// right before a cue and opening its clause, as the cue's subject: "All
// but one said their units had run short", after the text counted the
// group ("The paper spoke to nine nurses."). The mention is the three
// words; none is read otherwise.
func n113AllButSubject(text string, toks []tok, k int) found {
	if k < 2 || !n113AllBut(toks, k-2) || k-2 > 0 && toks[k-3].word && toks[k-3].low != "and" && toks[k-3].low != "but" {
		return found{}
	}
	sp := doc.Span{Start: toks[k-2].s, End: toks[k].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
}

// n113MarkedSubject reads the subject before a cue whose appositive or
// relative clause ends with a title in quotation marks ("Kettlebrook
// Games, the studio behind the space western “Ashfall Reach,” said",
// "Jonas Ekker, who owns the trawler, the "Marit II," said"): toks[k],
// the token before the cue, is the closing mark or the comma after it.
// The subject is read as beforeCue reads it without the marks (at most
// four in the clause), and the mention runs to the closing mark. It
// returns no subject otherwise.
func n113MarkedSubject(text string, toks []tok, k int) found {
	if k < 4 || toks[k].word {
		return found{}
	}
	// The comma that closes the appositive stands inside the marks or
	// after them: "“Ashfall Reach,” said", "“Ashfall Reach”, said".
	e := k
	if toks[k].str(text) == "," {
		e = k - 1
	} else if toks[k-1].str(text) != "," {
		return found{}
	}
	const quoteMarks = mDouble | mLeftDouble | mRightDouble | mLeftSingle | mRightSingle | mLeftGuill | mRightGuill
	if toks[e].word || marksIn(toks[e].str(text))&quoteMarks == 0 {
		return found{}
	}
	// The title is short, its opening mark within eight tokens and
	// after a word, and a comma opens the appositive before it: a
	// quotation before its cue ("“We will appeal,” said") is turned
	// away here without a copy of the clause.
	o := e - 1
	for o > e-9 && o > 0 && (toks[o].word || toks[o].str(text) == ",") {
		o--
	}
	if o < 2 || toks[o].word || marksIn(toks[o].str(text))&quoteMarks == 0 || !toks[o-1].word || !slices.ContainsFunc(toks[max(0, o-30):o], func(t tok) bool { return !t.word && t.str(text) == "," }) {
		return found{}
	}
	// The clause is copied from at most forty tokens before the title,
	// as far as beforeCue reads back for an appositive's commas.
	w0 := max(0, o-40)
	kept := make([]tok, 0, k-w0+2)
	dropped := 0
	for j := w0; j <= k; j++ {
		if !toks[j].word && toks[j].str(text) != "," && marksIn(toks[j].str(text))&quoteMarks != 0 {
			dropped++
			continue
		}
		kept = append(kept, toks[j])
	}
	if dropped == 0 || dropped > 4 || len(kept) < 2 || kept[len(kept)-1].str(text) != "," {
		return found{}
	}
	f := beforeCue(text, append(kept, toks[k+1]), len(kept))
	if !f.ok || f.pronoun != "" {
		return found{}
	}
	f.subj.End = max(f.subj.End, toks[e].e)
	f.whole = true
	return f
}

// n113FindingAside reports whether rest[c], a verb of finding out
// (findingVerb: "found", "showed"), stands in an aside between commas
// after which the clause goes on with its verb: "The problem, the
// engineers found, was in the cord." trailingSense reads such a verb at
// a sentence's end only in the perfect ("…, the police found" may tell
// what they came upon); in the middle of a clause it can only report.
func n113FindingAside(text string, rest []tok, c int) bool {
	return c >= 1 && c+2 < len(rest) && asideMark(text, &rest[c+1]) && rest[c+2].word && rest[c+2].is(isFinite|isAuxiliary) && findingVerb(rest[c].senses())
}

// n113HeadlineTells reads the bare subject of a headline's trailing
// "tells" and its addressee: "Forex losses wiped out profit, chairman
// tells shareholders", "…, secretary tells Senate panel". The addressee
// is one to three words that end the line, none a verb or a function
// word; the subject is read as n101HeadlineNoun reads one before a cue
// that ends the line.
func n113HeadlineTells(text string, toks, rest []tok, c int) found {
	if c > 3 || rest[c].low != "tells" || len(rest)-c-1 > 3 || toks[len(toks)-1].e != rest[len(rest)-1].e || !n106HeadlineLine(text, toks) {
		return found{}
	}
	for j := c + 1; j < len(rest); j++ {
		if t := &rest[j]; !t.word || t.is(isFunction|isAuxiliary|isCue|isFinite) {
			return found{}
		}
	}
	return n101HeadlineWords(text, rest, c)
}

// n113PlaceAfterPlace reports whether toks[k], after a comma that
// follows a capitalised word, opens one to three capitalised words and
// a comma: the larger place of a place ("who lives in Leeds, England,",
// "at the Government House, Tunburi,"), which stays in the relative
// clause (relativeGoesOn).
func n113PlaceAfterPlace(text string, toks []tok, k int) bool {
	if k < 2 || toks[k-1].str(text) != "," || !toks[k-2].word || !capital(toks[k-2].str(text)) {
		return false
	}
	j := k
	for j < len(toks) && j < k+3 && toks[j].word && capital(toks[j].str(text)) && !toks[j].is(isFunction|isPronoun) {
		j++
	}
	return j > k && j < len(toks) && toks[j].str(text) == ","
}

// n113TitledSurname reports whether toks[c], a cue word, is a surname
// right after a title: "“…,” Mr Sang said" ("sang", a past of singing),
// "Dr Warns", "Ms Pledge". Inside a sentence the verb has no capital.
func n113TitledSurname(text string, toks []tok, c int) bool {
	if c < 1 || !toks[c-1].word || !capital(toks[c].str(text)) {
		return false
	}
	_, title := titles[toks[c-1].low]
	return title
}

// n113OwnerAppositive reports whether the comma at toks[j] opens an
// appositive with a possessive pronoun and a noun of a role after a
// person's age: "said Harper, 9, her owner", "said Ed Moss, 71, his
// lawyer". A possessive opens an absolute phrase as often ("said Ed
// Moss, his voice breaking"), so the noun must be one of a person
// (persons.txt) and the age must come first.
func n113OwnerAppositive(text string, toks []tok, j int) bool {
	if j < 3 || j+2 >= len(toks) || toks[j-2].str(text) != "," {
		return false
	}
	if age := toks[j-1].low; len(age) == 0 || len(age) > 3 || strings.Trim(age, "0123456789") != "" {
		return false
	}
	switch toks[j+1].low {
	case "his", "her", "their":
	default:
		return false
	}
	return toks[j+2].word && toks[j+2].is(isPerson)
}

// n113PluralThenVerb reports whether toks[i] is a lower-case plural noun
// that is no verb of reporting, with a lower-case word after it, the
// headline's verb: "growers block highway". After a name it is left
// alone: "Ferron storms to the title" has its verb in -s.
func n113PluralThenVerb(text string, toks []tok, i int) bool {
	if i+1 >= len(toks) || !toks[i].word || capital(toks[i].str(text)) || !toks[i].pluralNoun() || toks[i].is(isCue|isReporting) {
		return false
	}
	v := &toks[i+1]
	return v.word && !capital(v.str(text)) && !v.is(isFunction|isPronoun) && !v.pluralNoun()
}

// n113HeadlineGroup reads a bare plural that opens a headline's words
// after a quotation and its colon as the quotation's speaker:
// "‘We will not sell at a loss’: growers block highway over wheat
// price" (n113PluralThenVerb); n101HeadlineColon reads a name there.
func n113HeadlineGroup(text string, toks []tok) (name, bool) {
	if !n113PluralThenVerb(text, toks, 0) {
		return name{}, false
	}
	t := &toks[0]
	return name{from: 0, to: 1, start: t.s, end: t.e, text: t.str(text)}, true
}

// n113RelativeVerb reports whether toks[c], a cue word after a
// quotation, is the verb of a relative clause on the subject, "who"
// right before it: "“…,” a taxi operator who asked not to be named told
// reporters." The cue is the main clause's verb after it.
func n113RelativeVerb(toks []tok, k, c int) bool {
	return c > k+1 && toks[c-1].word && toks[c-1].low == "who"
}

// n113Anonymity reports whether toks[w], a cue word right after "who",
// opens a clause that says why the source goes unnamed, before toks[c]:
// "who asked not to be named", "who declined to be identified", "who
// requested anonymity". It describes the source and reports nothing,
// so the subject's relative clause may hold it.
func n113Anonymity(toks []tok, w, c int) bool {
	if w < 1 || toks[w-1].low != "who" {
		return false
	}
	switch toks[w].low {
	case "asked", "requested", "declined", "spoke":
	default:
		return false
	}
	for j := w + 1; j < c && j <= w+6; j++ {
		switch toks[j].low {
		case "named", "identified", "anonymity", "quoted":
			return true
		}
	}
	return false
}

// n113RelativeClosed returns j+1, the comma after the subject's last
// token toks[j], when a relative clause on the subject runs up to that
// comma ("The owner, who gave his name as Ann Lee, however, denied"):
// the subject is read as it is before its verb with no connective,
// its relative clause closed by the comma. It returns j otherwise.
func n113RelativeClosed(text string, toks []tok, j int) int {
	if j+1 >= len(toks) || toks[j+1].str(text) != "," {
		return j
	}
	for w := j - 1; w >= 1 && w >= j-25; w-- {
		if toks[w].word && (toks[w].low == "who" || toks[w].low == "which") && toks[w-1].str(text) == "," {
			return j + 1
		}
	}
	return j
}
