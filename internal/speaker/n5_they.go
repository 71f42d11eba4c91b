package speaker

import "strings"

// The rules of this file widen n4TheySaid (n4_they.go), which reads
// "they" after "<plural noun> said" as the group that speaks. English
// news reports a group's words with any verb of speech or belief
// ("Several users have noted that they …", "Many residents fear they
// will …") and names many groups with a plural that does not end in
// "s" ("Local people say they …", "Fishermen told reporters they …").

// n5Plurals are the plural nouns of people that do not end in "s";
// nouns in "-men" ("fishermen", "congressmen") are read by
// n5PluralNoun. A short closed list, kept here beside n4NotPlural (a
// file of its own would be one more resource in every provenance
// record).
var n5Plurals = map[string]bool{"people": true, "children": true, "police": true, "staff": true, "folk": true, "clergy": true, "personnel": true, "crew": true, "faculty": true, "jury": true, "public": true}

// n5PluralNoun reports whether w, a lower-case word, is a plural noun
// of people that does not end in "s": one of n5Plurals, or a noun in
// "-men" ("women", "fishermen", "congressmen") but not a singular one
// in "-men" ("specimen", "regimen", "abdomen").
func n5PluralNoun(w string) bool {
	if len(w) < 3 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	if strings.HasSuffix(w, "men") {
		return !n5NotMen[w]
	}
	return n5Plurals[w]
}

// n5NotMen are words in "-men" that are no plural of "-man".
var n5NotMen = map[string]bool{"abdomen": true, "specimen": true, "regimen": true, "omen": true, "amen": true, "acumen": true, "stamen": true, "hymen": true, "semen": true, "ramen": true, "yemen": true, "albumen": true, "bitumen": true, "cyclamen": true, "dolmen": true, "rumen": true, "lumen": true, "foramen": true, "gravamen": true, "examen": true}

// n5TheyVerb reports whether w is a finite verb of speech or belief
// whose subject a following "they" may mean: a form of reporting.txt of
// class s, k, o or c (speech, speech to someone, cognition) other than
// its -ing form ("noted", "told", "believe", "fear"). Unlike "said",
// such a verb decides only when its subject is a plural noun: else
// n4TheySaid reads on to a verb further back ("Officials said they were
// not notified that the army would declare martial law. But they …").
func n5TheyVerb(w string) bool {
	for _, s := range reportingSenses(w) {
		if !s.ing && s.particle == "" && (s.class == 's' || s.class == 'k' || s.class == 'o' || s.class == 'c') {
			return true
		}
	}
	return false
}

// n5Aux are the auxiliaries and adverbs that may stand between a plural
// subject and its verb of speech: "Several users have noted", "Local
// people also say", "Residents had long feared". A passive ("The
// tenants were told they must leave") has the addressee for subject,
// and a "they" after it means the addressee, so its "be" is skipped as
// well.
var n5Aux = map[string]bool{"have": true, "had": true, "also": true, "all": true, "both": true, "often": true, "repeatedly": true, "previously": true, "long": true, "already": true, "did": true, "do": true, "would": true, "will": true, "generally": true, "mostly": true, "still": true, "never": true, "not": true,
	"were": true, "was": true, "are": true, "is": true, "been": true, "be": true}

// n5SkipAux returns the start of the first of at most three words of
// n5Aux that end one space before offset b, the verb's start, or b when
// none does: the subject ends before them.
func n5SkipAux(text string, b int) int {
	for range 3 {
		w, s := f4WordBefore(text, b)
		if !n5Aux[w] {
			break
		}
		b = s
	}
	return b
}

// n5AskedWhom returns the group "they" at offset st means when it opens
// the question after "asked <plural noun> if/whether": "We asked our
// readers whether they trust the polls", "Pollsters asked voters if
// they …". English reports a question put to a group this way, and
// the "they" is the group asked, not the asker nor a name before.
// The group is at most n5AskedWords words back from "if", after "ask",
// "asks" or "asked", and ends in a plural noun (as n4SaidSubject
// reads one). Otherwise "". Reads a bounded stretch.
func (a *attributor) n5AskedWhom(st int) string {
	text := a.text
	w, b := f4WordBefore(text, st)
	if w != "if" && w != "whether" {
		return ""
	}
	end := b - 1 // the space before "if"
	if end < 1 {
		return ""
	}
	p := b
	for range n5AskedWords + 1 {
		v, q := f4WordBefore(text, p)
		if v == "" {
			return ""
		}
		if v == "asked" || v == "ask" || v == "asks" {
			if p == b {
				return "" // "asked if they": no group named
			}
			lw, _ := f4WordBefore(text, b)
			if !n5PluralWord(lw) {
				return ""
			}
			return text[p:end]
		}
		p = q
	}
	return ""
}

// n5AskedWords bounds the words of the group n5AskedWhom reads.
const n5AskedWords = 5

// n5PluralWord reports whether w is a plural noun of people in lower
// case: one n5PluralNoun knows, or a word in "s" that n4SaidSubject
// takes for a plural.
func n5PluralWord(w string) bool {
	if n5PluralNoun(w) {
		return true
	}
	return len(w) >= 4 && w[0] >= 'a' && w[0] <= 'z' && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && !n4NotPlural[w]
}

// n5RelSubject returns the plural noun phrase before a relative clause
// without "who" or "that" that ends one space before offset b, where
// "said" starts: "Residents we spoke to said they …", "The experts I
// interviewed said …", "Some of the voters they'd met with say …".
// News introduces a group by whom the reporter (or another) met this
// way; the subject of "said" is the group, not the pronoun. The clause
// is a pronoun (with "'d" or "'ve", or "had" or "have" after it), a
// verb in lower case, and at most one preposition. Otherwise "".
func (a *attributor) n5RelSubject(b int) string {
	text := a.text
	w, p := f4WordBefore(text, b)
	if n5RelPreps[w] {
		w, p = f4WordBefore(text, p)
	}
	if len(w) < 3 || w[0] < 'a' || w[0] > 'z' {
		return "" // the verb: "spoke", "interviewed"
	}
	w, p = f4WordBefore(text, p)
	switch {
	case w == "had" || w == "have":
		w, p = f4WordBefore(text, p)
	case (w == "d" || w == "ve") && p >= 3:
		// "they'd", "we’ve": the pronoun ends at the apostrophe.
		q := p - 1
		if text[q] == 0x99 && text[q-2] == 0xe2 && text[q-1] == 0x80 {
			q -= 2
		} else if text[q] != '\'' {
			return ""
		}
		s := q
		for s > 0 && q-s < 4 && isASCIILetter(text[s-1]) {
			s--
		}
		w, p = text[s:q], s
	}
	if !n5RelPronouns[w] {
		return ""
	}
	return a.n4SaidSubject(p)
}

// n5RelPreps may end a relative clause without "who": "spoke to".
var n5RelPreps = map[string]bool{"to": true, "with": true, "for": true, "about": true}

// n5RelPronouns may open a relative clause without "who" or "that".
var n5RelPronouns = map[string]bool{"they": true, "we": true, "I": true, "he": true, "she": true, "you": true}
