package speaker

import "strings"

// f3Capability, f3Device and f3Accusing are the "capability", "device"
// and "accusing" lists of nonreport.txt.
var f3Capability, f3Device, f3Accusing = nonreportLists["capability"], nonreportLists["device"], nonreportLists["accusing"]

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
//   - A price, not an accusation: "charge" with a noun-phrase object
//     and no "with" after it in its clause ("They charge way more",
//     "charges customers a fee"); "charged the two men with fraud" and
//     "charged that …" still report.
//
// It is asked only of a reading already found, so it costs nothing on
// the words that are no cue; each look is bounded.
func f3NonReport(text string, toks []tok, c int, f found, from int) bool {
	v := toks[c].low
	if f3Capability[v] {
		return f3DeviceHead(text, f)
	}
	if !f3Accusing[v] {
		return false
	}
	j := c + 1
	for j < len(toks) && toks[j].s < from {
		j++
	}
	if j >= len(toks) || toks[j].low == "that" || toks[j].is(isWhWord) {
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
func f3DeviceHead(text string, f found) bool {
	if f.pronoun != "" || f.subj.End <= f.subj.Start || f.subj.End > len(text) {
		return false
	}
	m := text[f.subj.Start:f.subj.End]
	if i := strings.LastIndexAny(m, " \n\t"); i >= 0 {
		m = m[i+1:]
	}
	if len(m) == 0 || len(m) > 12 {
		return false
	}
	if m == "TV" || m == "TVs" || m == "PC" || m == "PCs" {
		return true // written in capitals, and still a device
	}
	if m[0] < 'a' || m[0] > 'z' {
		return false
	}
	return f3Device[strings.ToLower(m)]
}
