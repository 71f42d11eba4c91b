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
// whose subject a following "they" may mean: "say", "says", "said", or a
// form of reporting.txt of class s, k, o or c (speech, speech to
// someone, cognition) other than its -ing form ("noted", "told",
// "believe", "fear").
func n5TheyVerb(w string) bool {
	if w == "said" || w == "say" || w == "says" {
		return true
	}
	for _, s := range reportingSenses(w) {
		if !s.ing && s.particle == "" && (s.class == 's' || s.class == 'k' || s.class == 'o' || s.class == 'c') {
			return true
		}
	}
	return false
}

// n5Aux are the auxiliaries and adverbs that may stand between a plural
// subject and its verb of speech: "Several users have noted", "Local
// people also say", "Residents had long feared".
var n5Aux = map[string]bool{"have": true, "had": true, "also": true, "all": true, "both": true, "often": true, "repeatedly": true, "previously": true, "long": true, "already": true, "did": true, "do": true, "would": true, "will": true, "generally": true, "mostly": true, "still": true, "never": true}

// n5SkipAux returns the start of the first of at most two words of
// n5Aux that end one space before offset b, the verb's start, or b when
// none does: the subject ends before them.
func n5SkipAux(text string, b int) int {
	for range 2 {
		w, s := f4WordBefore(text, b)
		if !n5Aux[w] {
			break
		}
		b = s
	}
	return b
}

// n5Passive reports whether the verb starting at offset b follows a
// form of "be" or "get", with "not" or "never" between or not: "they
// were not warned", "had been told". Such a verb's subject is spoken
// to, not speaking, so n4TheySaid reads on past it.
func n5Passive(text string, b int) bool {
	w, s := f4WordBefore(text, b)
	if w == "not" || w == "never" {
		w, _ = f4WordBefore(text, s)
	}
	return n5Be[w]
}

// n5Be are the forms of "be" and "get" before a passive participle.
var n5Be = map[string]bool{"be": true, "been": true, "being": true, "is": true, "are": true, "was": true, "were": true, "am": true, "get": true, "got": true, "gets": true, "getting": true}
