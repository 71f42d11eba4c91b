package speaker

import (
	"strings"
)

// This file holds session eighteen's f2 rules for a speaker's name that
// is only part of the noun phrase its mention holds. The readers of the
// subject stop at a word that a name's reader does not take in, and
// the name then says less than the text, or something else: "a number"
// of "a number of analysts", "officials" of "Con Edison officials",
// "Miranda" of "de Miranda", "The Ministry" of "The Ministry of
// National Defense". Only the name changes: the mention, which the
// readers found, stays as it is.

// f2MentionMax bounds the mentions f2Widen reads, in bytes: a longer
// one holds a clause, which none of its patterns are.
const f2MentionMax = 160

// f2Widen returns the name that name, read inside mention, stands for
// when that is more of the mention (asked from describedNames, after
// the name is found shorter than its mention):
//
//   - a nobiliary particle before a surname belongs to it: "de Miranda",
//     "van Dijk", "bin Salman" (a name's reader takes the particle in
//     only inside a name, "Ana de Miranda", not when it opens one);
//   - capitalised words before a plural or a role noun name whose
//     members they are: "Con Edison officials", "White House aides",
//     "New York magazine" (the subject's reader names the head alone);
//   - "of" and what follows belongs to a partitive ("a number of
//     analysts", "Some members of Congress") and to a body's name ("The
//     Ministry of National Defense", "the Association of Flight
//     Attendants"), up to a comma.
//
// A person's name before "of" ("Ed Moss of the Sierra Club") keeps its
// name: the words after "of" say where the person works.
func f2Widen(name, mention string) (string, bool) {
	if len(mention) > f2MentionMax {
		return "", false
	}
	mention = strings.TrimRight(mention, ", ")
	at := 0
	if !strings.HasPrefix(mention, name) {
		at = strings.Index(mention, name)
	}
	if at < 0 || len(name) >= len(mention) {
		return "", false
	}
	before, after := mention[:at], mention[at+len(name):]
	if before == "" {
		if to, ok := f2Tail(name, after); ok {
			return to, true
		}
	}
	if strings.HasSuffix(before, " and ") && (after == "" || after[0] == ',') && strings.IndexByte(before, ',') < 0 && len(strings.Fields(before)) <= 4 && capital(before) {
		return mention[:at+len(name)], true // "Parata and his family": both speak
	}
	if before != "" && strings.HasSuffix(before, " ") && (after == "" || after[0] == ',') {
		// The name ends the noun phrase (an appositive may follow):
		// a particle or capitalised words before it.
		words := strings.Fields(before)
		if n := len(words); n >= 2 && n <= 3 && words[n-1] == "of" && f2Partitive[strings.ToLower(words[n-2])] && len(strings.Fields(name)) <= 4 {
			return mention[:at+len(name)], true // "a number of analysts", read to its last noun
		}
		if len(words) == 1 && f2Particle[words[0]] && capital(name) {
			return words[0] + " " + name, true // "de Miranda", not "Ana de Miranda"
		}
		if f2Modified(words, name) {
			return mention[strings.Index(mention, words[f2ModStart(words)]) : at+len(name)], true // "Con Edison officials"
		}
		return "", false
	}
	if before != "" && strings.TrimSpace(strings.ToLower(before)) != "the" {
		return "", false
	}
	if !strings.HasPrefix(after, " of ") {
		return "", false
	}
	rest := after[len(" of "):]
	if c := strings.IndexByte(rest, ','); c >= 0 {
		rest = rest[:c]
	}
	rw := strings.Fields(rest)
	if len(rw) == 0 || len(rw) > 6 {
		return "", false
	}
	head := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	switch {
	case f2Partitive[head] && len(rw) <= 4:
		// "a number of analysts", "Some members of Congress"
	case capital(name) && (bodies[head] || orgLast[head]) && properName(rest):
		// "The Ministry of National Defense"
	default:
		return "", false
	}
	return name + " of " + rest, true
}

// f2Modified reports whether words, the mention's words before name,
// end with one to four capitalised words that modify name, a plural or
// a role noun in lower case: "Con Edison officials", "the White House
// aides". A possessive ("Mozilla's engineers") or a capitalised word
// that opens a sentence as a function word ("But officials") is no
// modifier of this kind.
func f2Modified(words []string, name string) bool {
	if len(words) == 0 || strings.Contains(name, " ") || capital(name) || !f2MemberNoun(name) {
		return false
	}
	k := f2ModStart(words)
	if k >= len(words) || len(words)-k > 4 {
		return false
	}
	for _, w := range words[k:] {
		if !capital(w) || possessive(w) || strings.ContainsAny(w, ",;:") || classOf(lexOfWord(w))&(isFunction|isPronoun|isDet) != 0 || asciiWordIs2(w, isMonth|isWeekday) {
			return false
		}
	}
	return true
}

// f2ModStart returns the index in words of the first capitalised word
// after a leading determiner: the modifiers of f2Modified.
func f2ModStart(words []string) int {
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		return 1
	}
	return 0
}

// f2MemberNoun reports whether w, a lower-case word, is a noun for the
// members or the staff of what capitalised words before it name
// ("officials", "aides", "executives") or a publication that a place's
// name names ("magazine"), from the list f2members of nonreport.txt.
func f2MemberNoun(w string) bool {
	return nonreportLists["f2members"][w]
}

// f2Particle are the nobiliary particles of surnames in news prose.
var f2Particle = map[string]bool{"de": true, "van": true, "von": true, "der": true, "da": true, "du": true, "di": true, "del": true, "della": true, "dos": true, "das": true, "al": true, "bin": true, "ibn": true, "ter": true, "ten": true, "le": true, "la": true}

// f2Partitive are the heads of partitives whose "of" phrase says whom
// they are part of, which the name then needs: "a number of analysts",
// "Some members of Congress", "dozens of residents".
var f2Partitive = map[string]bool{"number": true, "majority": true, "minority": true, "handful": true, "members": true, "member": true, "dozens": true, "hundreds": true, "thousands": true, "scores": true, "group": true, "couple": true, "host": true}

// f2Tail returns the name for a mention that opens with name and goes
// on with after, where the rest of the noun phrase names better:
//
//   - a description in lower case before an appositive person's name,
//     which is whom it describes: "her mother, Fiona" is Fiona, "the
//     firm's founder, Ann Reed" Ann Reed (the name opens with a given
//     name or a title);
//   - a noun phrase before a plural of a thing that carries words,
//     which the subject's reader left off: "local news reports",
//     "state media reports".
func f2Tail(name, after string) (string, bool) {
	if strings.HasPrefix(after, ", ") && !capital(name) {
		rest := after[2:]
		if c := strings.IndexByte(rest, ','); c >= 0 {
			rest = rest[:c]
		}
		w := strings.Fields(rest)
		if len(w) == 0 || len(w) > 3 || !properName(rest) || classOf(lexOfWord(w[0]))&(isGiven|isTitle) == 0 || f2BodyName(rest) {
			return "", false
		}
		return rest, true
	}
	if len(after) > 2 && after[0] == ' ' && !capital(name) {
		w := after[1:]
		if strings.IndexByte(w, ' ') < 0 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && carriers[w[:len(w)-1]] {
			return name + after, true // "local news reports"
		}
	}
	return "", false
}
