package speaker

import "strings"

// f3Device is the "device" list of nonreport.txt.
var f3Device = nonreportLists["device"]

// f3Verb maps each verb form of the "capability", "feeling", "accusing",
// "assent" and "naming" lists of nonreport.txt to its rule: one map lookup per
// reading, and none for the short forms ("said", "says", "told") that
// most readings have.
var f3Verb = func() map[string]byte {
	m := map[string]byte{}
	for rule, list := range map[byte]string{'c': "capability", 'f': "feeling", 'a': "accusing", 's': "assent", 'n': "naming"} {
		for w := range nonreportLists[list] {
			m[w] = rule
		}
	}
	return m
}()

// f3Pair marks the first two letters of each form of f3Verb, a gate
// before its lookup: most cues ("according", "reported", "announced")
// begin otherwise.
var f3Pair = func() (p [26 * 26]bool) {
	for w := range f3Verb {
		if i, ok := f3PairIndex(w); ok {
			p[i] = true
		}
	}
	return p
}()

// f3PairIndex is the index in f3Pair of w's first two letters, ok where
// both are lower-case ASCII letters.
func f3PairIndex(w string) (int, bool) {
	if len(w) < 2 || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z' {
		return 0, false
	}
	return int(w[0]-'a')*26 + int(w[1]-'a'), true
}

// f3MinVerb is the length of the shortest form in f3Verb's lists
// ("offer", "worry", "agree"); a shorter cue is asked no lookup.
const f3MinVerb = 5

// f3WithReach bounds how many tokens after an accusing verb's object
// f3NonReport looks for its "with".
const f3WithReach = 14

// f3NonReport reports whether the verb toks[c], whose subject is f and
// whose content starts at byte from, reports nothing: a verb with two
// senses read in the one that is no act of reporting.
//
//   - A product's capability: "offer" or "support" with a device or a
//     piece of software as the head of its subject ("The app supports
//     dark mode", "the console offers more storage"). News about
//     products says what a device does with these verbs; only a
//     person, a group, a plan or a study backs or proposes something.
//
//   - A price, not an accusation: "charge" with a noun-phrase object
//     and no "with" after it in its clause ("They charge way more",
//     "charges customers a fee"); "charged the two men with fraud" and
//     "charged that …" still report.
//
//   - A feeling caused, not felt: "worry" with a noun-phrase object
//     right after it ("The thaw worried the board"): the one who
//     worries is the object.
//
//   - A noun of naming read as its verb: "brand" before a "that"
//     clause ("the Harbour Foods brand that makes it valuable"); the
//     verb names with an object ("branded the board an outlaw body").
//
//   - A preposition read as an infinitive's "to": a content that opens
//     with "to" and a determiner, a possessive or a name ("is critical
//     to the island's economy") holds no clause; after a word of
//     assent or refusal ("agreed to a deal") the phrase is its object.
//
// It is asked only of a reading already found that f3Gate lets
// through, so it costs nothing on the words that are no cue and little
// on the short cues; each look is bounded.
func f3NonReport(text string, toks []tok, c int, f *found, from int) bool {
	v := toks[c].low
	var rule byte
	if i, ok := f3PairIndex(v); ok && len(v) >= f3MinVerb && f3Pair[i] {
		rule = f3Verb[v]
	}
	if rule == 'c' {
		return f3DeviceHead(text, f)
	}
	if rule == 0 && !f3ToAt(text, from) {
		return false // none of the verbs, and no "to" opens the content: most readings end here
	}
	j := c + 1
	for j < len(toks) && j < c+f3WithReach && toks[j].s < from {
		j++
	}
	if j+1 >= len(toks) || toks[j].s != from {
		return false
	}
	if toks[j].low == "to" && rule != 's' {
		n := &toks[j+1]
		return n.is(isDet) || n.is2(isPossessive) || n.low == "his" || n.low == "her" || n.low == "their" || n.low == "its" || capital(n.str(text))
	}
	if toks[j].low == "that" || toks[j].is(isWhWord) {
		return rule == 'n' && toks[j].low == "that" // "the Harbour Foods brand that makes it …": a noun
	}
	if rule == 'f' {
		n := &toks[j] // "worried the board", "worried Ann Reed"; not "worried about …"
		return j == c+1 && (n.is(isDet) || n.is2(isPossessive) || n.is(isObjectPronoun) || capital(n.str(text)) && !preps[n.low])
	}
	if rule != 'a' {
		return false
	}
	for k := j; k < len(toks) && k < j+f3WithReach; k++ {
		if !toks[k].word {
			if s := toks[k].str(text); s == "." || s == ";" || s == ":" || s == "?" || s == "!" {
				break
			}
			continue
		}
		if toks[k].low == "with" {
			return false
		}
	}
	return true
}

// f3DeviceHead reports whether the last word of f's mention, the head
// of its noun phrase, is a lower-case noun of the device list ("the
// console", "The Netflix app", "TVs"). A name or a pronoun is no
// device: "It" may stand for a company, and "Xbox" alone names no
// head.
func f3DeviceHead(text string, f *found) bool {
	if f.subj.End <= f.subj.Start || f.subj.End > len(text) {
		return false
	}
	end := f.subj.End
	if f.pronoun == "that" || f.pronoun == "which" {
		// "a new drawing tool that offers …": the relative pronoun's
		// noun is the word before it.
		end = len(strings.TrimRight(text[max(0, f.subj.Start-40):f.subj.Start], " \t\n,")) + max(0, f.subj.Start-40)
	} else if f.pronoun != "" {
		return false
	}
	m, before := f3LastWord(text, max(0, end-40), end)
	if len(m) == 0 || len(m) > 12 {
		return false
	}
	if f3ModelName(m) {
		// "the One X", "the PlayStation 4": a model's letter or number
		// after one to three capitalised words and "the", which no
		// person's name ("Jay Z") nor a group's ("The G7") has.
		w, at := f3LastWord(text, max(0, before-40), before)
		for n := 0; n < 3 && w != "" && capital(w) && !strings.EqualFold(w, "the"); n++ {
			w, at = f3LastWord(text, max(0, at-40), at)
			if w == "the" || w == "The" {
				return true
			}
		}
		return false
	}
	if (m == "television" || m == "TV" || m == "tv") && n106Broadcaster(text, before) {
		return false // "state television reported", "Iranian TV said": the broadcaster (n106_readings.go)
	}
	if m == "TV" || m == "TVs" || m == "PC" || m == "PCs" {
		return true // written in capitals, and still a device
	}
	if m[0] < 'a' || m[0] > 'z' {
		return false
	}
	return f3Device[strings.ToLower(m)]
}

// f3LastWord returns the last word of text[lo:hi], cut at white space,
// and where it starts.
func f3LastWord(text string, lo, hi int) (string, int) {
	m := strings.TrimRight(text[lo:hi], " \t\n,")
	i := strings.LastIndexAny(m, " \t\n")
	return m[i+1:], lo + i + 1
}

// f3ModelName reports a model's letter or number: one capital letter,
// digits, or a capital and digits ("X", "4", "S9").
func f3ModelName(w string) bool {
	if w == "" || len(w) > 4 {
		return false
	}
	if w[0] >= 'A' && w[0] <= 'Z' {
		w = w[1:]
	} else if w[0] < '0' || w[0] > '9' {
		return false
	}
	return strings.Trim(w, "0123456789") == ""
}

// f3Gate is f3NonReport's gate, inlined where it is asked: a cue under
// five letters ("said", "says", "told"), most readings, needs it only
// where "to " opens the content.
func f3Gate(v, text string, from int) bool {
	return len(v) >= f3MinVerb || f3ToAt(text, from)
}

// f3ToAt reports whether "to " opens text at from.
func f3ToAt(text string, from int) bool {
	return from+3 <= len(text) && text[from] == 't' && text[from+1] == 'o' && text[from+2] == ' '
}
