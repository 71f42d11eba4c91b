package speaker

import "strings"

// agreeForms are the forms of "agree" and "disagree", whose sense with
// "with" (reporting.txt) takes an object.
var agreeForms = map[string]bool{"agree": true, "agrees": true, "agreed": true, "agreeing": true, "disagree": true, "disagrees": true, "disagreed": true, "disagreeing": true}

// agreedObject reports whether the object of "agree with" at toks[j]
// is a stance a fact-checker can weigh: a thing said, proposed or
// decided ("agreed with the assessment", "disagrees with the court's
// ruling", "agreed with her plan to …"), or anything followed by a
// "that" clause ("agreed with Moss that the fare was too high"). A
// person or a group alone ("largely agreed with Moss", "sided and
// agreed with the union") says whom one stands by, not what is held:
// no content. The object is read up to eight tokens, to a comma, a
// conjunction or a verb. nonReport asks the same of the object of
// "backed off" ("backed off her pledge to …", not "backed off the
// ramp").
func agreedObject(text string, toks []tok, j int) bool {
	for k := j; k < len(toks) && k < j+8 && toks[k].word; k++ {
		w := toks[k].low
		if k > j && w == "that" {
			return true
		}
		if stanceNoun(w) || proposalNoun(w) || planHeads[w] || verdictNouns[w] {
			return true
		}
		if k > j && (w == "and" || w == "or" || w == "but" || toks[k].is(isFinite|isAuxiliary)) {
			return false
		}
	}
	return false
}

// verdictNouns are the findings of a court, a panel or an inquiry that
// one agrees with: "agreed with the ruling", "disagrees with the
// panel's findings".
var verdictNouns = map[string]bool{"ruling": true, "rulings": true, "verdict": true, "decision": true, "decisions": true, "finding": true, "findings": true, "conclusion": true, "conclusions": true}

// decidedAgainst reports whether toks[j] is a gerund after "decided
// against" (reporting.txt: "decide against"): a decision not to act,
// whose content is the act forgone ("The FBI decided against
// recommending charges", "the board decided against renewing the
// lease"). Any gerund is content here, a verb of speech too, which
// contentStart otherwise leaves to be read as a cue of its own. Only a
// gerund: "the jury decided against the city" is a ruling against a
// party (nonReport).
func decidedAgainst(toks []tok, j int) bool {
	return j >= 2 && toks[j-1].low == "against" && strings.HasPrefix(toks[j-2].low, "decid") && strings.HasSuffix(toks[j].low, "ing") && toks[j].word
}

// quantityOf returns the phrase after "of" where the subject opens with
// a noun of quantity that takes the number of what follows it: "A
// number of members of the board say …", "A handful of residents of
// the town argue …". English verbs agree with the noun after "of"
// there, so agrees reads that noun's phrase, not "number" nor the last
// word ("board"). Only "a"/"an" and one of quantityNouns, then "of".
func quantityOf(subj string) (string, bool) {
	art, rest, ok := strings.Cut(subj, " ")
	if !ok || !strings.EqualFold(art, "a") && !strings.EqualFold(art, "an") {
		return "", false
	}
	if w, r, ok := strings.Cut(rest, " "); ok && !quantityNouns[strings.ToLower(w)] {
		// one adjective first: "a small number of", "a large group of"
		if w2, r2, ok2 := strings.Cut(r, " "); ok2 && quantityNouns[strings.ToLower(w2)] {
			rest = w2 + " " + r2
		}
	}
	noun, rest, ok := strings.Cut(rest, " ")
	if !ok || !quantityNouns[strings.ToLower(noun)] {
		return "", false
	}
	of, rest, ok := strings.Cut(rest, " ")
	if !ok || of != "of" || rest == "" {
		return "", false
	}
	return rest, true
}

// quantityNouns are the nouns of an amount that take the number of the
// phrase after "of" ("a number of critics say").
var quantityNouns = map[string]bool{"number": true, "handful": true, "couple": true, "host": true, "lot": true, "majority": true, "minority": true, "dozen": true, "bunch": true, "series": true, "range": true, "variety": true, "group": true, "coalition": true}

// feelings are the adjectives of feeling of reporting.txt ("incensed",
// "relieved", "surprised"): what is felt is a "that" clause or an
// infinitive; "when …" after them tells when it was felt ("were
// surprised when the plan came out"), and nonReport turns it away.
var feelings = map[string]bool{"furious": true, "incensed": true, "outraged": true, "livid": true, "irate": true, "annoyed": true, "dismayed": true, "alarmed": true, "troubled": true, "disturbed": true, "relieved": true, "surprised": true, "shocked": true, "astonished": true, "delighted": true, "thrilled": true, "grateful": true, "satisfied": true, "indignant": true, "sorry": true, "angry": true, "upset": true, "happy": true, "unhappy": true, "glad": true, "pleased": true, "disappointed": true, "frustrated": true, "proud": true, "worried": true, "concerned": true}
