package speaker

import (
	"strings"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/quote"
)

// A wordClass2 is a second word of list bits for a lexicon entry, for
// the lists the first (wordClass) has no room for: its 64 bits are all
// taken. It works as wordClass does: every word of these lists has a
// lexicon entry (buildLexicon adds the words of lexLists2 to those of
// lexLists), a token carries its entry (tok.lex, ctok.lex) from the
// moment it is read, and a test of the list is a test of a bit of
// lexClass2[lex], with no hashing of the word.
//
// To move a rule's map lookup to a bit: add the list here, with the
// lookup its bit stands for (the test must be true exactly for the
// lower-case words the map holds; TestLexicon2 checks every word of
// every list, and that no list holds a word with a capital, since a
// token carries the entry of its lower case), then write
// t.is2(isTheList) where the rule wrote theList[t.low]. A test of a
// word that is not a token's lower case (text[s:e] as written, or a
// word cut or joined by the rule) must stay the map's lookup, or call
// wordIs2 on the word, which looks it up in the lexicon.
//
// 55 of its 64 bits are taken (y7): a list that needs a bit past the
// last should go in a third word, or replace a list no rule asks of a
// token any more.
type wordClass2 uint64

// The lists a wordClass2 can tell, each the map (or test) of the same
// name, wherever it is defined.
const (
	isQuoteCue        wordClass2 = 1 << iota // quote.IsCue: the quotation stage's cues (afterCue)
	isGroupNoun                              // groupNouns
	isAdverbialObject                        // adverbialObjects
	isLyNoun                                 // lyNouns
	isPossessive                             // possessives
	isPastVerb                               // pastVerbs
	isBareVerbForm                           // bareVerbForms
	isModifierObject                         // modifierObjects
	isModifierPrep                           // modifierPreps
	isWriting                                // writings
	isVoiceBreak                             // voiceBreaks
	isBody                                   // bodies
	isReplyNoun                              // replyNouns
	isGiver                                  // givers
	isVoiceVerb                              // voiceVerb: a verb of voicing.txt, asVerbs or voicing
	isAsVerb                                 // the keys of asVerbs: voicing.txt's verbs of characterising
	isFindingVerb                            // findingVerbs: readCue asks it of every word after a quotation

	// The bits below (y7) answer the lookups that the rules reading a
	// speaker's phrase (mention.go, a1_mention.go, a3_*.go), the
	// indirect reader's subject tests (parc.go, indirect.go,
	// nonreport.go) and the clause of contact still made by hashing a
	// token's lower case, or a word lowered for the lookup.
	isEvidenceHead        // evidenceHeads
	isMonth               // months
	isWeekday             // weekdays
	isFormBase            // the keys of formBases: a form whose base a rule of nonreport.go names
	isAgreeForm           // agreeForms
	isFeeling             // feelings
	isContactPronoun      // contactPronouns
	isIrregularPast       // irregularPast
	isLeadWord            // leadWords
	isLeadAdverb          // leadAdverbs
	isApproximator        // approximators
	isScale               // scales
	isIrregularPastCue    // irregularPastCues
	isSingularDet         // singularDets
	isMorePrep            // morePreps
	isGroupAdjective      // groupAdjectives
	isGroupPluralWord     // groupPlurals
	isTimeUnit            // timeUnits
	isTimeAdverb          // timeAdverbs
	isPartOfDay           // partsOfDay
	isRelParticiple       // relParticiples
	isPhrasePronoun       // phrasePronouns
	isNearAdjective       // nearAdjectives
	isC1Amount            // c1Amount
	isC1TimeUnit          // c1TimeUnits
	isOpeningSubordinator // openingSubordinators
	isNobody              // nobody
	isDemonstrative       // demonstratives
	isAsideAdverb         // asideAdverbs
	isRelativeWord        // relativeWords
	isHeadPrep            // headPreps
	isDegreeAdverb        // degreeAdverbs
	isModifierCueWord     // the keys of modifierCues ("state" too, whose value is false)
	isBaseLikePast        // baseLikePast
	isBaseVerb            // nonreportLists["baseverb"]
	isSourcePlural        // sourcePlurals
	isFinitePast          // finitePasts
	isC3Label             // c3Labels: nonreportLists["label"]
)

// A lexList2 is one word list of a wordClass2: its bit, its lookup and
// its words.
type lexList2 struct {
	c  wordClass2
	in func(w string) bool
	of []string
}

// lexLists2 returns the lists of wordClass2, each with the lookup its
// bit stands for.
func lexLists2() []lexList2 {
	return []lexList2{
		{isQuoteCue, quoteCue, quote.CueWords()},
		{isGroupNoun, func(w string) bool { return groupNouns[w] }, keys(groupNouns)},
		{isAdverbialObject, func(w string) bool { return adverbialObjects[w] }, keys(adverbialObjects)},
		{isLyNoun, func(w string) bool { return lyNouns[w] }, keys(lyNouns)},
		{isPossessive, func(w string) bool { return possessives[w] }, keys(possessives)},
		{isPastVerb, func(w string) bool { return pastVerbs[w] }, keys(pastVerbs)},
		{isBareVerbForm, func(w string) bool { return bareVerbForms[w] }, keys(bareVerbForms)},
		{isModifierObject, func(w string) bool { return modifierObjects[w] }, keys(modifierObjects)},
		{isModifierPrep, func(w string) bool { return modifierPreps[w] }, keys(modifierPreps)},
		{isWriting, func(w string) bool { return writings[w] }, keys(writings)},
		{isVoiceBreak, func(w string) bool { return voiceBreaks[w] }, keys(voiceBreaks)},
		{isBody, func(w string) bool { return bodies[w] }, keys(bodies)},
		{isReplyNoun, func(w string) bool { return replyNouns[w] }, keys(replyNouns)},
		{isGiver, func(w string) bool { return givers[w] }, keys(givers)},
		{isVoiceVerb, voiceVerb, append(keys(voicing), keys(asVerbs)...)},
		{isAsVerb, func(w string) bool { _, ok := asVerbs[w]; return ok }, keys(asVerbs)},
		{isFindingVerb, func(w string) bool { return findingVerbs[w] }, keys(findingVerbs)},
		{isEvidenceHead, func(w string) bool { return evidenceHeads[w] }, keys(evidenceHeads)},
		{isMonth, func(w string) bool { return months[w] }, keys(months)},
		{isWeekday, func(w string) bool { return weekdays[w] }, keys(weekdays)},
		{isFormBase, func(w string) bool { _, ok := formBases[w]; return ok }, keys(formBases)},
		{isAgreeForm, func(w string) bool { return agreeForms[w] }, keys(agreeForms)},
		{isFeeling, func(w string) bool { return feelings[w] }, keys(feelings)},
		{isContactPronoun, func(w string) bool { return contactPronouns[w] }, keys(contactPronouns)},
		{isIrregularPast, func(w string) bool { return irregularPast[w] }, keys(irregularPast)},
		{isLeadWord, func(w string) bool { return leadWords[w] }, keys(leadWords)},
		{isLeadAdverb, func(w string) bool { return leadAdverbs[w] }, keys(leadAdverbs)},
		{isApproximator, func(w string) bool { return approximators[w] }, keys(approximators)},
		{isScale, func(w string) bool { return scales[w] }, keys(scales)},
		{isIrregularPastCue, func(w string) bool { return irregularPastCues[w] }, keys(irregularPastCues)},
		{isSingularDet, func(w string) bool { return singularDets[w] }, keys(singularDets)},
		{isMorePrep, func(w string) bool { return morePreps[w] }, keys(morePreps)},
		{isGroupAdjective, func(w string) bool { return groupAdjectives[w] }, keys(groupAdjectives)},
		{isGroupPluralWord, func(w string) bool { return groupPlurals[w] }, keys(groupPlurals)},
		{isTimeUnit, func(w string) bool { return timeUnits[w] }, keys(timeUnits)},
		{isTimeAdverb, func(w string) bool { return timeAdverbs[w] }, keys(timeAdverbs)},
		{isPartOfDay, func(w string) bool { return partsOfDay[w] }, keys(partsOfDay)},
		{isRelParticiple, func(w string) bool { return relParticiples[w] }, keys(relParticiples)},
		{isPhrasePronoun, func(w string) bool { return phrasePronouns[w] }, keys(phrasePronouns)},
		{isNearAdjective, func(w string) bool { return nearAdjectives[w] }, keys(nearAdjectives)},
		{isC1Amount, func(w string) bool { return c1Amount[w] }, keys(c1Amount)},
		{isC1TimeUnit, func(w string) bool { return c1TimeUnits[w] }, keys(c1TimeUnits)},
		{isOpeningSubordinator, func(w string) bool { return openingSubordinators[w] }, keys(openingSubordinators)},
		{isNobody, func(w string) bool { return nobody[w] }, keys(nobody)},
		{isDemonstrative, func(w string) bool { return demonstratives[w] }, keys(demonstratives)},
		{isAsideAdverb, func(w string) bool { return asideAdverbs[w] }, keys(asideAdverbs)},
		{isRelativeWord, func(w string) bool { return relativeWords[w] }, keys(relativeWords)},
		{isHeadPrep, func(w string) bool { return headPreps[w] }, keys(headPreps)},
		{isDegreeAdverb, func(w string) bool { return degreeAdverbs[w] }, keys(degreeAdverbs)},
		{isModifierCueWord, func(w string) bool { _, ok := modifierCues[w]; return ok }, keys(modifierCues)},
		{isBaseLikePast, func(w string) bool { return baseLikePast[w] }, keys(baseLikePast)},
		{isBaseVerb, func(w string) bool { return nonreportLists["baseverb"][w] }, keys(nonreportLists["baseverb"])},
		{isSourcePlural, func(w string) bool { return sourcePlurals[w] }, keys(sourcePlurals)},
		{isFinitePast, func(w string) bool { return finitePasts[w] }, keys(finitePasts)},
		{isC3Label, func(w string) bool { return c3Labels[w] }, keys(c3Labels)},
	}
}

// quoteCue is quote.IsCue of a word in lower case (IsCue itself takes
// any case; a token's bits are those of its lower case).
func quoteCue(w string) bool { return quote.IsCue(w) && strings.ToLower(w) == w }

// lexClass2 holds the second class of each entry of lexicon, as
// lexClass holds the first (and is read the same way: classOf2).
var lexClass2 = func() (c [lexCap]wordClass2) {
	for i, e := range lexicon {
		c[i] = e.class2
	}
	return c
}()

// classOf2 returns the second class of lexicon entry lex.
func classOf2(lex int32) wordClass2 { return lexClass2[lex&lexMask] }

// is2 reports whether the token's lower-case form is in one of the
// lists of c: is2(isGroupNoun) is groupNouns[t.low], without hashing
// the word.
func (t *tok) is2(c wordClass2) bool { return classOf2(t.lex)&c != 0 }

// is2 is tok.is2 for a token of the index.
func (c ctok) is2(cl wordClass2) bool { return classOf2(c.lex)&cl != 0 }

// wordIs2 reports whether the lower-case word w is in one of the lists
// of c.
func wordIs2(w string, c wordClass2) bool { return classOf2(lexOf(w))&c != 0 }

// lexOfWord returns the lexicon entry of strings.ToLower(w), a word as
// written: lexOf of its lower case, without making the lower-case
// string for a word of ASCII that the lexicon's short and medium slots
// key by its bytes (sixteen at most): its bytes are lowered and packed
// as the tokeniser packs them (packIn). A test of a list on a word in
// hand (not a token, which carries its entry) is then
// classOf(lexOfWord(w))&c != 0 or the same of classOf2.
func lexOfWord(w string) int32 {
	n := len(w)
	if n == 0 || n > mediumMax {
		return lexOf(strings.ToLower(w))
	}
	var a, b uint64
	for k := 0; k < n; k++ {
		c := w[k]
		if c == 0 {
			return 0 // no word of the lexicon holds a zero byte (packIn's keys could not tell it)
		}
		if c >= utf8.RuneSelf {
			return lexOf(strings.ToLower(w)) // strings.ToLower's, beyond ASCII
		}
		c = asciiLower[c]
		if k < shortMax {
			a |= uint64(c) << (8 * k)
		} else {
			b |= uint64(c) << (8 * (k - shortMax))
		}
	}
	if n <= shortMax {
		return lexTable.getShort(a)
	}
	return lexTable.getMedium(a, b)
}
