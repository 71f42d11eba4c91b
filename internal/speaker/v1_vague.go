package speaker

import (
	_ "embed"
	"strings"
)

// A speaker the text gives no name for is vague: "Some say the strike
// was hushed up", "Many believe …", "Others said …", "Critics say …",
// "some experts say …". News prose uses a quantifier standing for
// people, or a plural noun for a kind of commentator with no
// determiner, to report a view without saying whose it is; the sources
// stage marks such an attribution vague, and a quotation's speaker read
// from it is as vague. A quantifier with a partitive ("Some of the
// workers") picks out a group the text has named, and a plural with a
// capital after the quantifier ("Many Democrats") names a party or a
// body: neither is vague. v1VagueSpeaker reads the mention alone, once
// a quotation, so it costs nothing per word.

//go:embed v1vague.txt
var v1VagueData []byte

// v1VagueHeads are the plural nouns of v1vague.txt.
var v1VagueHeads = wordSet(v1VagueData, true)

// v1VagueQuantifiers stand for people, alone ("Some say") or before a
// plural noun ("some economists"). "All" and "both" are left out: they
// count people the text has named ("Both said …").
var v1VagueQuantifiers = map[string]bool{"some": true, "many": true, "others": true, "few": true, "several": true, "most": true, "other": true}

// v1VagueMaxWords bounds the mention v1VagueSpeaker reads: a
// quantifier, one modifier and a noun ("some local residents").
const v1VagueMaxWords = 3

// v1VagueSpeaker reports whether mention, the words that name a
// quotation's speaker, names no one: a quantifier alone ("Some",
// "Many", "Others"), a noun of v1VagueHeads alone ("Critics",
// "experts"), or a quantifier before at most two lower-case words
// whose last is a plural ("some experts", "many local residents").
func v1VagueSpeaker(mention string) bool {
	if mention == "" || len(mention) > 40 {
		return false
	}
	words := strings.Fields(mention)
	if len(words) > v1VagueMaxWords {
		return false
	}
	first := strings.ToLower(words[0])
	if len(words) == 1 {
		return v1VagueQuantifiers[first] && first != "other" || v1VagueHeads[first]
	}
	if !v1VagueQuantifiers[first] || first == "others" {
		return false
	}
	for _, w := range words[1:] {
		if w != strings.ToLower(w) || !v1LowerWord(w) {
			return false // "Many Democrats", "some of …" has "of" (below)
		}
	}
	last := words[len(words)-1]
	if words[1] == "of" || len(last) < 4 || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") {
		return false
	}
	return true
}

// v1LowerWord reports whether w holds letters and hyphens only.
func v1LowerWord(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return false
		}
	}
	return true
}
