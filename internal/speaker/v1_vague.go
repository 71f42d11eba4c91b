package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

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

// v1VagueHeads are plural nouns that name no one when they stand alone
// as a speaker's mention ("Critics say …", "Experts warn …") or after
// a quantifier ("some experts", "many analysts"): news prose uses them
// for a source it does not name. The sources stage keeps the same
// heads (vagueHeads, internal/sources/scan.go); nouns for a body or a
// party ("Democrats", "the board") are not here: they name who spoke.
var v1VagueHeads = map[string]bool{
	"critics": true, "experts": true, "analysts": true, "observers": true, "officials": true,
	"insiders": true, "skeptics": true, "sceptics": true, "commentators": true, "pundits": true, "people": true,
}

// v1VagueQuantifiers stand for people, alone ("Some say") or before a
// plural noun ("some analysts"). "All" and "both" are left out: they
// count people the text has named ("Both said …").
var v1VagueQuantifiers = map[string]bool{"some": true, "many": true, "others": true, "few": true, "several": true, "most": true, "other": true}

// v1VagueMaxWords bounds the mention v1VagueSpeaker reads: a
// quantifier, one modifier and a noun ("some state officials").
const v1VagueMaxWords = 3

// v1VagueSpeaker reports whether mention, the words that name a
// quotation's speaker, names no one: a quantifier alone ("Some",
// "Many", "Others"), a noun of v1VagueHeads alone ("Critics",
// "experts"), or a quantifier before at most one lower-case modifier
// and a noun of v1VagueHeads ("some experts", "Some state officials").
// Other plurals after a quantifier are left alone: "Many fans", "many
// colleges", "Several cast members" and "Many reports" say what kind
// of source spoke, and some of them are groups the text goes on to
// name.
func v1VagueSpeaker(mention string) bool {
	if len(mention) < 3 || len(mention) > 40 || !v1VagueFirst[mention[0]|0x20] {
		return false // most mentions are names and descriptions whose first letter no word of the lists has
	}
	var words [v1VagueMaxWords]string
	n, from := 0, 0
	for i := 0; i <= len(mention); i++ {
		if i < len(mention) && mention[i] != ' ' {
			continue
		}
		if i > from {
			if n == v1VagueMaxWords {
				return false
			}
			words[n] = mention[from:i]
			n++
		}
		from = i + 1
	}
	if n == 0 {
		return false
	}
	if len(words[0]) > 16 {
		return false // longer than any word of the lists
	}
	var buf [16]byte
	first := doc.AppendLowerASCII(buf[:0], words[0])
	if n == 1 {
		return v1VagueQuantifiers[string(first)] && string(first) != "other" || v1VagueHeads[string(first)]
	}
	if !v1VagueQuantifiers[string(first)] || string(first) == "others" {
		return false
	}
	for _, w := range words[1:n] {
		if !v1LowerWord(w) {
			return false // "Many Democrats"
		}
	}
	return v1VagueHeads[words[n-1]]
}

// v1VagueFirst holds the first letters (lower case) of the words of
// v1VagueQuantifiers and v1VagueHeads: v1VagueSpeaker's byte test
// before it splits a mention.
var v1VagueFirst = func() (t [256]bool) {
	for _, m := range []map[string]bool{v1VagueQuantifiers, v1VagueHeads} {
		for w := range m {
			t[w[0]] = true
		}
	}
	return t
}()

// v1LowerWord reports whether w holds letters and hyphens only.
func v1LowerWord(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return false
		}
	}
	return true
}

// v1Finish marks the speaker of each quotation whose mention names no
// one (v1VagueSpeaker) vague, as the sources stage marks the source.
func v1Finish(d *doc.Document) {
	for i := range d.Quotes {
		sp := &d.Quotes[i].Speaker
		if m := sp.Mention; sp.Name != "" && m.End > m.Start && m.End-m.Start <= 40 {
			sp.Vague = v1VagueSpeaker(d.Text[m.Start:m.End])
		}
	}
}
