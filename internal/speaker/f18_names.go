package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// This file holds session twenty-four's f18 repairs to the name reader:
// runs of capitalised words that it read as a person's name though they
// name no one.
//
//   - A sentence adverb or conjunction that opens a sentence is
//     capitalised, and the name after it is read with it: "Perhaps Ann
//     thought …" gave "Perhaps Ann", "Naturally I asked …" gave
//     "Naturally I", and one standing alone ("Though she …", "Locking
//     the door, …") gave a name "Though" that a later "she" stood for.
//     The word is cut from the name; a name left empty, or left a
//     pronoun, is no name.
//   - A word of nationality or language is capitalised where it is an
//     adjective or a people's name: "a Gothic woman", "my German",
//     "the Dane or Norwegian". After a word in lower case it is not a
//     person's name (a nickname opens its clause: "Irish laughed").
//   - A name of no known sex that the text writes after "in", "at",
//     "near" or "from" more often than anywhere else is a place ("in
//     Chicago", "at Mansfield"): no one "he" or "she" may stand for.
//     Its mention is kept, as a thing's, for the rules that read a
//     place ("a surveyor based in Leeds, who", "in Florida, when the
//     state"); dropped, it cost those.
//   - A tokenised contraction in capitals ("WO N’T", "CA N'T") is a
//     shouted word, not a name, and a pronoun's contraction ("I’ve",
//     "I'd") is a pronoun.
//   - A chapter heading run into its chapter's first words ("CHAPTER I
//     You", "II When he woke") is no name (f18Heading).
//
// f18Cand reads each candidate findNames found, before it becomes a
// mention that a pronoun may stand for; f18Names reads the speaker
// names the rules gave, as some read a subject without the mentions.

// f18Leads are words that open a sentence, capitalised there, and are
// no part of a name: sentence adverbs, conjunctions and interjections
// ("Nay, she …"); those of function.txt are dropped by the name reader
// already.
var f18Leads = map[string]bool{
	"finally": true, "perhaps": true, "naturally": true, "often": true, "therefore": true,
	"whenever": true, "twice": true, "thrice": true, "till": true, "until": true, "clearly": true,
	"though": true, "nevertheless": true, "nonetheless": true, "once": true, "indeed": true,
	"thus": true, "hence": true, "wherefore": true, "altogether": true, "imprimis": true,
	"pray": true, "meanwhile": true, "moreover": true, "furthermore": true, "however": true,
	"presently": true, "instantly": true, "immediately": true, "accordingly": true,
	"besides": true, "surely": true, "certainly": true, "obviously": true, "evidently": true,
	"apparently": true, "probably": true, "possibly": true, "happily": true,
	"unfortunately": true, "fortunately": true, "luckily": true, "sometimes": true,
	"again": true, "afterwards": true, "afterward": true, "later": true, "whereupon": true,
	"whereas": true, "whilst": true, "wherever": true, "unless": true, "because": true,
	"thereupon": true, "consequently": true, "otherwise": true, "likewise": true,
	"doubtless": true, "undoubtedly": true, "eventually": true, "gradually": true,
	"whether": true, "lastly": true, "never": true, "always": true, "usually": true, "seldom": true, "rarely": true,
	"nay": true, "yea": true, "alas": true,
}

// f18Demonyms are adjectives of nationality, people or language (and a
// few of style: "Homeric", "Gothic") that the reader took for a name.
var f18Demonyms = map[string]bool{
	"american": true, "english": true, "british": true, "french": true, "german": true,
	"irish": true, "scotch": true, "scottish": true, "welsh": true, "dutch": true,
	"spanish": true, "italian": true, "russian": true, "polish": true, "norwegian": true,
	"swedish": true, "danish": true, "greek": true, "roman": true, "latin": true,
	"chinese": true, "japanese": true, "indian": true, "european": true, "african": true,
	"asian": true, "turkish": true, "persian": true, "arabic": true, "hebrew": true,
	"yiddish": true, "cockney": true, "parisian": true, "homeric": true, "gothic": true,
	"puritan": true, "catholic": true, "protestant": true, "christian": true, "swiss": true,
	"austrian": true, "hungarian": true, "portuguese": true, "mexican": true, "canadian": true,
	"australian": true, "egyptian": true, "swinburnian": true, "victorian": true,
}

// f18PersonNouns are the demonyms that are also nouns for a person.
var f18PersonNouns = map[string]bool{
	"american": true, "indian": true, "european": true, "roman": true, "christian": true,
	"puritan": true, "parisian": true, "victorian": true, "canadian": true, "mexican": true,
	"australian": true, "egyptian": true, "austrian": true, "hungarian": true, "italian": true,
	"russian": true, "norwegian": true, "persian": true, "african": true, "asian": true,
	"catholic": true, "protestant": true,
}

// f18Participle reads "Locking the door, …": a word in -ing that opens
// a sentence before a determiner, a possessive or an object pronoun is
// a participle, not a surname ("Manning said" is left).
var f18Objects = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "my": true, "their": true,
	"our": true, "its": true, "your": true, "this": true, "that": true, "these": true,
	"those": true, "him": true, "me": true, "them": true, "it": true, "us": true,
}

// f18Reach bounds the bytes read on either side of a name.
const f18Reach = 40

// f18Cand returns c with a leading sentence adverb cut off, or a cand
// with end 0 when c names no one.
func f18Cand(text string, c cand) cand {
	first, rest, two := strings.Cut(c.text, " ")
	var buf [16]byte
	lw, ok := f2Lower(buf[:0], first, false) // no allocation: f18Cand reads every name
	if !ok {
		lw = lw[:0]
	}
	// The maps are asked with string(lw) in the index, which Go does
	// without a copy.
	switch {
	case f18Leads[string(lw)]:
		if !two {
			return cand{}
		}
		st := c.start + len(first)
		for st < c.end && st-c.start < f18Reach && (text[st] == ' ' || text[st] == '\n' || text[st] == '\t' || text[st] == '\r') {
			st++
		}
		w, _, _ := strings.Cut(rest, " ")
		if f18Pronoun(w) || !strings.HasPrefix(text[st:c.end], w) {
			return cand{}
		}
		c.text, c.start, c.initial = rest, st, false
		return c
	case !two && f18Demonyms[string(lw)] && f18AdjectiveAt(text, c.start, f18PersonNouns[string(lw)]):
		return cand{}
	case f18Contraction(c.text) || f18Heading(c.text) || !two && f18PronounContraction(c.text):
		return cand{}
	case !two && len(lw) > 4 && string(lw[len(lw)-3:]) == "ing" && f18Objects[f18WordAfter(text, c.end)]:
		return cand{}
	}
	return c
}

// f18Pronoun reports whether w is a personal pronoun in any case.
func f18Pronoun(w string) bool {
	var buf [4]byte
	lw, ok := f2Lower(buf[:0], w, false)
	return ok && isPronounWord(string(lw))
}

// f18AdjectiveAt reports whether the demonym at i is read as an
// adjective or a people: after a word in lower case ("my German", "a
// Gothic woman"). One that is also a noun for a person (person, of
// f18PersonNouns: "the dying Indian sank") is refused only after a
// possessive or a conjunction ("her Italian", "the Dane or Norwegian").
func f18AdjectiveAt(text string, i int, person bool) bool {
	if !person {
		return f18LowerBefore(text, i)
	}
	switch strings.ToLower(f18WordBefore(text, i)) {
	case "my", "his", "her", "their", "our", "your", "its", "or", "and", "nor":
		return true
	}
	return false
}

// f18WordBefore returns the ASCII word in lower case, or with a capital
// first, that ends just before i (one gap of white space between), within f18Reach bytes.
func f18WordBefore(text string, i int) string {
	j := i
	for j > 0 && i-j < f18Reach && (text[j-1] == ' ' || text[j-1] == '\n' || text[j-1] == '\t') {
		j--
	}
	s := j
	for s > 0 && j-s < f18Reach && text[s-1] >= 'a' && text[s-1] <= 'z' {
		s--
	}
	if s > 0 && (text[s-1] >= 'A' && text[s-1] <= 'Z') {
		s-- // "In": its capital is kept, for the caller to lower
		if s > 0 && (text[s-1] >= 'A' && text[s-1] <= 'Z' || text[s-1] >= 'a' && text[s-1] <= 'z') {
			return ""
		}
	}
	return text[s:j]
}

// f18LowerBefore reports whether the word before i (in its sentence,
// within f18Reach bytes) is in lower case: "my German", "a Gothic".
func f18LowerBefore(text string, i int) bool {
	j := i
	for j > 0 && i-j < f18Reach && (text[j-1] == ' ' || text[j-1] == '\n' || text[j-1] == '\t') {
		j--
	}
	return j > 0 && text[j-1] >= 'a' && text[j-1] <= 'z'
}

// f18WordAfter returns the lower-case ASCII word after i, if it comes
// within f18Reach bytes.
func f18WordAfter(text string, i int) string {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	e := i
	for e < len(text) && e-i < f18Reach && (text[e] >= 'a' && text[e] <= 'z') {
		e++
	}
	if e < len(text) && (text[e] >= 'A' && text[e] <= 'Z') {
		return ""
	}
	return text[i:e]
}

// f18Heading reports whether name is a chapter heading run into the
// first words of its chapter: "CHAPTER I You", "II When he awakened",
// "ADVENTURE I", "VIII", "AM BORN Whether I" (headingName: a function
// word at its end, or a Roman numeral before its last word), or a
// heading word in capitals. A regnal number ends a person's name and
// is left: "Louis XIV", "Elizabeth I" (an "I" ends a heading only after
// a word in capitals), and so is a description with a word in lower
// case ("Many of them").
func f18Heading(name string) bool {
	// romanIn: a Roman numeral among the words before last;
	// romanPrev: among those before prev.
	n, first, prev, last := 0, "", "", ""
	romanIn, romanPrev := false, false
	for w := range strings.FieldsSeq(name) {
		if w[0] >= 'a' && w[0] <= 'z' {
			return false // a description: "Many of them", "Those close to him"
		}
		switch w {
		case "CHAPTER", "Chapter", "ADVENTURE", "BOOK", "VOLUME":
			return true
		}
		if n == 0 {
			first = w
		}
		if n > 0 {
			romanPrev = romanIn
			romanIn = romanIn || romanNumeral(last)
		}
		n, prev, last = n+1, last, w
	}
	switch {
	case n == 1:
		return romanNumeral(first)
	case n == 0:
		return false
	case last == "I":
		return f18Caps(prev) || f18LowIn(prev, f18Leads) || f18LowIn(prev, function) || romanPrev
	case romanNumeral(first):
		return true // a regnal number never opens a name
	}
	return f18LowIn(last, function) || romanIn // headingName's tests, with no string made
}

// f18LowIn reports whether w in lower case is a key of set, asked
// without making a string.
func f18LowIn(w string, set map[string]bool) bool {
	var buf [16]byte
	if lw, ok := f2Lower(buf[:0], w, false); ok {
		return set[string(lw)]
	}
	return set[strings.ToLower(w)] // a long word, or one with a letter past ASCII: seldom
}

// f18Caps reports whether w is a word of two letters or more in
// capitals.
func f18Caps(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// f18PronounContraction reports whether w is a pronoun with a
// contraction: "I’ve", "I'd", "We’re", "It's".
func f18PronounContraction(w string) bool {
	i := strings.IndexAny(w, "'’")
	if i <= 0 {
		return false
	}
	switch strings.TrimLeft(w[i:], "'’") {
	case "ve", "m", "ll", "d", "re", "s":
		return f18Pronoun(w[:i])
	}
	return false
}

// f18Contraction reports whether a word of name is the second half of a
// tokenised contraction in capitals: "N’T", "N'T".
func f18Contraction(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if w == "N'T" || w == "N’T" {
			return true
		}
	}
	return false
}

// f18Names mends the speaker names the rules gave: a leading sentence
// adverb is cut from the name and its mention ("Finally Tom" → "Tom");
// a name that is only such a word, or such a word and a pronoun, or a
// contraction in capitals, is dropped with the speaker's hops.
func f18Names(d *doc.Document) {
	for i := range d.Quotes {
		q := &d.Quotes[i]
		name := q.Speaker.Name
		if name == "" {
			continue
		}
		first, rest, two := strings.Cut(name, " ")
		drop := f18Contraction(name) || f18Heading(name) || f18PronounContraction(name)
		if f18LowIn(first, f18Leads) {
			w, _, _ := strings.Cut(rest, " ")
			if !two || f18Pronoun(w) {
				drop = true
			} else {
				q.Speaker.Name = rest
				m := &q.Speaker.Mention
				if m.End-m.Start > len(first) && strings.HasPrefix(d.Text[m.Start:m.End], first) {
					st := m.Start + len(first)
					for st < m.End && st-m.Start < f18Reach && (d.Text[st] == ' ' || d.Text[st] == '\n') {
						st++
					}
					m.Start = st
				}
				for k, h := range q.Chain {
					if h == name {
						q.Chain[k] = rest
					}
				}
			}
		}
		if drop {
			q.Speaker = doc.Speaker{}
			q.Chain = dropSpeakerHops(q.Chain, name)
		}
	}
}

// f18PlacePreps put a place after them: "in Chicago", "at Mansfield",
// "near Dunkirk", "went to Hartfield".
var f18PlacePreps = map[string]bool{
	"in": true, "at": true, "near": true, "into": true, "from": true, "to": true,
	"across": true, "beyond": true, "throughout": true, "within": true,
}

// f18Places returns the names of no known sex that the text writes
// after a preposition of place more often than anywhere else: places
// ("the train for Chicago … once she was in Chicago"), which a later
// "he" or "she" was read as when no one else fitted. findNames marks
// their mentions as things. A person is
// written as a subject more often than after "in" or "at"; "according
// to X" is a source, not a place. Nil when there are none.
func f18Places(text string, cands []cand) map[string]bool {
	var at map[string]int
	for _, c := range cands {
		if c.gender == 0 && !c.person && f18PlaceBefore(text, c.start) {
			if at == nil {
				at = map[string]int{}
			}
			at[c.text]++
		}
	}
	if at == nil {
		return nil
	}
	for _, c := range cands {
		if n, ok := at[c.text]; ok && !(c.gender == 0 && !c.person && f18PlaceBefore(text, c.start)) {
			at[c.text] = n - 1
		}
	}
	var places map[string]bool
	for name, n := range at {
		if n > 0 {
			if places == nil {
				places = map[string]bool{}
			}
			places[name] = true
		}
	}
	return places
}

// f18PlaceBefore reports whether a preposition of place comes just
// before i (not "according to").
func f18PlaceBefore(text string, i int) bool {
	w := f18WordBefore(text, i)
	if !f18LowIn(w, f18PlacePreps) {
		return false
	}
	if w == "to" || w == "To" {
		j := i
		for j > 0 && text[j-1] == ' ' {
			j--
		}
		return strings.ToLower(f18WordBefore(text, j-2)) != "according"
	}
	return true
}
