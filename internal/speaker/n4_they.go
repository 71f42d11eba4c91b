package speaker

// n4TheyWords bounds the words n4TheySaid reads back from "said" for the
// subject it names.
const n4TheyWords = 6

// n4TheySaid returns the subject "they" at offset st means when it
// opens the clause after "say", "says" or "said", or stands in the
// sentence after such a clause, and that verb's subject is a noun phrase ending in a plural common noun: "Biden
// administration officials said they were not told", "But indigenous
// elders say they are not heard", "72% of Rust users said they …".
// English news reports a group's words this way, and the "they" is the
// group that speaks; the names further back (an organisation, a
// country, a person) are what the resolver would find, since a phrase
// without a capital is no mention. The subject runs back from the verb
// over at most n4TheyWords words of letters, digits, "%" or "-", to the
// sentence's start, a mark or a word that opens a clause ("but",
// "when"), which is left out. Its last word must be a plural noun in
// lower case: ending in "s", not "ss" or "us", and not "them", "this",
// "has" or "was". Otherwise "". Reads a bounded stretch; its hook is in
// resolveAtExcept (attribute.go).
func (a *attributor) n4TheySaid(st int) string {
	// The verb: right before "they", or nearest before it in its
	// sentence or the one before ("Officials said they were not told.
	// But they have …"), at most n4TheyReach bytes back.
	if r := a.n5AskedWhom(st); r != "" {
		return r // "We asked voters if they …": n5_they.go
	}
	lo := a.sentenceStart(st)
	if i := lo - 2; i > 0 {
		// Not the text's first sentence (0), often a headline.
		if b := a.sentenceStart(i); b > 0 {
			lo = b
		}
	}
	lo = max(lo, st-n4TheyReach, 1)
	for v := st - 1; v >= lo; v-- {
		if a.text[v] != ' ' {
			continue
		}
		w, b := f4WordBefore(a.text, v+1)
		if say := w == "said" || w == "say" || w == "says"; say || n5TheyVerb(w) {
			r := a.n4SaidSubject(n5SkipAux(a.text, b))
			if r == "" {
				r = a.n5RelSubject(b) // "Residents we met said": n5_they.go
			}
			if r != "" || say {
				return r
			}
			// Another verb of speech or belief without a plural
			// subject: read on, as for any other verb (n5_they.go).
		}
	}
	return ""
}

// n4TheyReach bounds how far before "they" n4TheySaid looks for "said".
const n4TheyReach = 240

// n4SaidSubject returns the plural noun phrase that ends one space
// before offset b, where "said" starts, or "" (see n4TheySaid).
func (a *attributor) n4SaidSubject(b int) string {
	text := a.text
	end := b - 1 // the space before the verb
	if end < 1 || text[end] != ' ' {
		return ""
	}
	start := end
	words := 0
	for p := end; ; {
		// The word ending at p.
		q := p
		for q > 0 && p-q < 24 && n4TheyByte(text[q-1]) {
			q--
		}
		if q == p || q > 0 && n4TheyByte(text[q-1]) {
			break
		}
		w := text[q:p]
		if n4ClauseOpeners[w] {
			break
		}
		words++
		start = q
		if words >= n4TheyWords || q < 2 || text[q-1] != ' ' || !n4TheyByte(text[q-2]) {
			break
		}
		p = q - 1
	}
	if words == 0 {
		return ""
	}
	// The last word: a plural noun in lower case.
	lw := end
	for lw > start && text[lw-1] != ' ' {
		lw--
	}
	last := text[lw:end]
	if n5PluralNoun(last) {
		return text[start:end] // "people", "fishermen": n5_they.go
	}
	if len(last) < 4 || last[0] < 'a' || last[0] > 'z' || last[len(last)-1] != 's' || last[len(last)-2] == 's' || last[len(last)-2] == 'u' || n4NotPlural[last] {
		return ""
	}
	return text[start:end]
}

// n4TheyByte reports whether b may stand in a word of the subject.
func n4TheyByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '%' || b == '-'
}

// n4ClauseOpeners open a clause before its subject: the subject of
// "said" starts after them.
var n4ClauseOpeners = map[string]bool{"But": true, "but": true, "And": true, "and": true, "So": true, "so": true, "Yet": true, "yet": true, "When": true, "when": true, "While": true, "while": true, "Because": true, "because": true, "Though": true, "though": true, "Although": true, "although": true, "If": true, "if": true, "As": true, "as": true, "that": true, "That": true, "where": true, "Where": true, "who": true, "which": true, "or": true, "Or": true}

// n4NotPlural are words ending in "s" that are no plural noun.
var n4NotPlural = map[string]bool{"them": true, "this": true, "has": true, "was": true, "is": true, "always": true, "sometimes": true, "perhaps": true, "its": true, "his": true, "hers": true, "ours": true, "theirs": true, "yours": true, "afterwards": true, "news": true, "series": true, "species": true, "whereas": true, "besides": true, "politics": true, "economics": true, "nevertheless": true, "ones": true}
