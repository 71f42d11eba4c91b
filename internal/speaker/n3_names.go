package speaker

import "strings"

// n3Surnames finds the full name that a surname opening a sentence
// stands for: the nearest person's full name before it whose last word
// it is, "Donald Trump" for "Trump", "Homeland Security Secretary Jeh
// Johnson" for "Johnson". News prose names a person in full once and by
// the surname after that, and the surname alone often opens a sentence
// ("Trump has also commented on …"). findNames keeps a one-word name
// that opens a sentence only where the word is also read as a name
// inside one; without this the surname was dropped, and a pronoun after
// it ("On Wednesday, he told …") went to a name further back. The
// surname stands for the full name it follows, which the mention then
// carries, as a pronoun's resolution would; where two people share it
// ("Gary Johnson", "Jeh Johnson") the nearer one before is meant. Only a
// person's full name is read (its sex is known, or a word before the
// surname is a given name, a title or a noun for a person: "Senator Mark
// Ridley", "Secretary Jeh Johnson"), so that the last word of a place or
// a body ("New York Times", "White House") is never made a name at a
// sentence's start.
//
// findNames keeps the nearest full name for each surname as it reads
// its cands in order (note), for the surnames whose sigBit some initial
// cand has (initialInner's bits: most names' last words are turned away
// by that bit, without a word looked up), and asks at (a map lookup)
// only of an initial name it does not keep otherwise.
type n3Surnames struct {
	at map[string]string // a surname's nearest full name read so far
	// loose is a surname's nearest name of two or more words read so
	// far whose person n3FullName cannot tell ("Nadia Ferris": a given
	// name the list lacks), in no object's or thing's place: of asks it
	// only of a surname that opens a sentence as the subject of a verb
	// of reporting ("Ferris said …"), as a place or a body's last word
	// seldom does.
	loose map[string]string
}

// note records name, a cand's text whose last word starts after offset
// i and whose sex is g (0 when not known), as the full name its surname
// now stands for, if it is a person's full name.
func (s *n3Surnames) note(name string, i int, g byte, placed bool) {
	if i+2 >= len(name) {
		return
	}
	if !n3FullName(name, i, g) {
		if b := name[i+1]; !placed && b >= 'A' && b <= 'Z' {
			if s.loose == nil {
				s.loose = map[string]string{}
			}
			s.loose[name[i+1:]] = name
		}
		return
	}
	if s.at == nil {
		s.at = map[string]string{}
	}
	s.at[name[i+1:]] = name
}

// of returns the full name that the surname w, opening a sentence and
// ending at offset end, stands for: a person's (at), or, when a verb of
// reporting follows it ("Ferris said"), the nearest name of two words or
// more whose last word it is (loose); "" if none.
func (s *n3Surnames) of(text, w string, end int) string {
	if full := s.at[w]; full != "" || s.loose == nil {
		return full
	}
	if n67SaidAt(text, end) {
		return s.loose[w]
	}
	return ""
}

// n3FullName reports whether name, a cand's text whose last word starts
// after offset i and whose sex is g (0 when not known), is a person's
// full name: its sex is known, or a word before the last is a given
// name, a title or a noun for a person; and its last word opens with a
// capital.
func n3FullName(name string, i int, g byte) bool {
	if b := name[i+1]; b < 'A' || b > 'Z' {
		return false
	}
	if g != 0 {
		return true
	}
	for w := range strings.FieldsSeq(name[:i]) {
		if classOf(lexOfWord(w))&(isGiven|isTitle|isPerson) != 0 {
			return true
		}
	}
	return false
}

// n3AfterCue reports whether t, the word before a proper modifier that
// n2ProperHead read, is a verb of reporting in lower case: the trailing
// cue of an inverted attribution, "…, said Con Edison officials, who
// added …". The subject follows its verb there, and the verb is no part
// of it, as a preposition is not ("by New York magazine that …"), so
// the phrase after it is read as the one "who" stands for.
func n3AfterCue(text string, t *tok) bool {
	return t.is(isReporting) && !capital(t.str(text))
}

// n3PersonName reports whether nm, a name of two or more words, is one
// person's by a word before its last: a given name, a title or a noun
// for a person ("Governor Ann Marsh", "Secretary Jeh Johnson"), where
// the mention's sex is not known because its first word tells none.
// "they" never means such a name (onePerson, a3_calendar.go): "State
// officials said they were not told that Governor Ann Marsh would close
// the port. But they have …" are the officials. A place or a body ("New
// York", "Harbor Party") has no such word.
func n3PersonName(nm string) bool {
	i := lastBreak(nm)
	if i < 0 {
		return false
	}
	for w := range strings.FieldsSeq(nm[:i]) {
		if classOf(lexOfWord(w))&(isGiven|isTitle) != 0 {
			return true
		}
	}
	return false
}

// n3Possessive reports whether a possessive "'s" or "’s" stands at
// offset end of text, a name's end, just inside or after it. A surname read in the possessive ("Pontellier's
// invitation", at a line's start in a hard-wrapped novel) is no subject,
// and findNames does not revive it as a full name's surname: a pronoun
// after it means the clause's subject, not the possessor.
func n3Possessive(text string, end int) bool {
	t := text[max(0, end-4):min(len(text), end+4)] // the name's span may hold the "'s" or end before it
	return strings.Contains(t, "'s") || strings.Contains(t, "’s")
}
