package speaker

// This file holds session twenty-two's f14 rules for whom "he" and
// "she" stand in novels.

// f14FamilyReach bounds, in bytes, how far after a name f14FamilySex
// reads for the pronoun that tells its sex: a sentence or two of
// narration ("Maurice Oakley sat in the court-room, grim and relentless.
// As soon as the trial was over, he sent for Fannie").
const f14FamilyReach = 160

// f14FamilySex mends the sex of a full name that took it from an
// earlier name with the same last word (findNames: "Ortiz" after "Ann
// Ortiz" is a woman too) when the words before its surname are a given
// name of unknown sex rather than titles or initials, and the narration
// right after it calls it by a pronoun of the other sex: "Mrs. Oakley
// … ¶ Maurice Oakley sat in the court-room, grim and relentless. As
// soon as the trial was over, he sent for Fannie." A family shares its
// surname, not its sex; read as a woman, the husband was passed over by
// "“…,” he said" for a man named pages back. The pronoun is read only up
// to the next name, a quotation mark or the paragraph's end, and only
// as the next sentence's opening subject ("he", "she"), not as an
// object or a possessive ("thanked her", "his" may be someone else's). A name whose sex its own words tell
// ("Mrs. Oakley", "Ann Oakley") and a surname met alone keep theirs.
// Linear: each mention is read once, with a bounded stretch after it.
func (a *attributor) f14FamilySex() {
	ms, text := a.mentions, a.text
	for k := range ms {
		m := &ms[k]
		if m.gender == 0 || m.inQuote || m.person || m.object || m.thing {
			continue
		}
		// The bytes around the mention first: most mentions open no
		// sentence, and their words are not looked up (each test only
		// turns the mention away, so the order changes no answer).
		if !f14OpensSentence(text, m.Start) || f4Possessor(text, m.End) {
			continue // "… with Maurice Oakley. He": the pronoun may mean the subject
		}
		lb := lastBreak(m.text)
		if lb <= 0 || f14SurnameSex(m.text, lb) || f14TellsSex(m.text, lb) {
			continue
		}
		to := min(len(text), m.End+f14FamilyReach)
		if k+1 < len(ms) {
			to = min(to, ms[k+1].Start)
		}
		if v := f14NextSubject(text, m.End, to); v != 0 && v != m.gender {
			m.gender = v
		}
	}
}

// f14TellsSex reports whether a word before the surname (which begins
// after byte lb) is a given name or a title that tells a sex: then the
// name's sex is its own, not its surname's.
func f14TellsSex(name string, lb int) bool {
	for i := 0; i < lb; {
		j := i
		for j < lb && name[j] != ' ' && name[j] != '\n' {
			j++
		}
		w := name[i:j]
		if len(w) > 1 && w[len(w)-1] == '.' {
			w = w[:len(w)-1]
		}
		if g, ok := lookupLower(titles, w); ok && g != 0 {
			return true
		}
		if g, ok := lookupLower(given, w); ok && g != 0 {
			return true
		}
		if _, ok := lookupLower(f14Sexed, w); ok {
			return true
		}
		i = j + 1
	}
	return false
}

// f14SurnameSex reports whether a name whose last word begins after
// byte lb (lastBreak) is the surname alone or after titles and initials
// only ("Sen. Ortiz", "J. Ortiz"): a name that may well be the earlier
// full name's bearer.
func f14SurnameSex(name string, lb int) bool {
	for i := 0; i < lb; {
		j := i
		for j < lb && name[j] != ' ' && name[j] != '\n' {
			j++
		}
		if w := name[i:j]; w != "" && !f14TitleOrInitial(w) {
			return false
		}
		i = j + 1
	}
	return true
}

// f14TitleOrInitial reports whether w is a title ("Mrs.", "Sen", "Dr.")
// or an initial ("J.", "J").
func f14TitleOrInitial(w string) bool {
	b := w
	if len(b) > 1 && b[len(b)-1] == '.' {
		b = b[:len(b)-1]
	}
	if len(b) == 1 {
		return true
	}
	_, ok := lookupLower(titles, b)
	return ok
}

// f14NextSubject returns the sex of a "He" or "She" that is the
// subject of the sentence after the one the name ending at from opens,
// read up to to: its first word, or the first word after a fronted
// clause's comma ("As soon as the trial was over, he sent for Fannie").
// Within the name's own sentence a pronoun of the other sex most often
// means someone else ("Daisy was not there, but in a moment he saw her
// mother"), and "him" or "her" first, a quotation mark or a paragraph's
// end give 0.
func f14NextSubject(text string, from, to int) byte {
	i := from
	for ; i < to && text[i] != '.' && text[i] != '!' && text[i] != '?'; i++ {
		if text[i] == '"' || text[i] == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x9C || text[i+2] == 0x9D) {
			return 0
		}
		if text[i] == '\n' && i+1 < len(text) && (text[i+1] == '\n' || text[i+1] == '\r') {
			return 0
		}
	}
	first := true
	for i++; i < to; {
		c := text[i]
		switch {
		case c == '.' || c == '!' || c == '?' || c == '"' || c == 0xE2 || c == ';' || c == ':':
			return 0
		case c == '\n' && i+1 < len(text) && (text[i+1] == '\n' || text[i+1] == '\r'):
			return 0
		case c == ',':
			first = true
			i++
			continue
		case !isASCIILetter(c):
			i++
			continue
		}
		s := i
		for i < to && isASCIILetter(text[i]) {
			i++
		}
		w := text[s:i]
		switch {
		case f4Is(w, "he"):
			if first {
				return 'm'
			}
			return 0
		case f4Is(w, "she"):
			if first {
				return 'f'
			}
			return 0
		case f4Is(w, "him"), f4Is(w, "her"), f4Is(w, "his"), f4Is(w, "himself"), f4Is(w, "herself"):
			return 0
		}
		first = false
	}
	return 0
}

// f14OpensSentence reports whether the name starting at st opens a
// sentence: the text's start, or a sentence's or paragraph's end before
// it, white space between.
func f14OpensSentence(text string, st int) bool {
	i := st - 1
	for ; i >= 0 && i >= st-8 && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r'); i-- {
	}
	if i < 0 {
		return true
	}
	switch text[i] {
	case '.', '!', '?':
		return true
	}
	return i+2 < st && text[i+1] == '\n' && text[i+2] == '\n'
}

// f14Sexed are words of rank or kin that open a name and tell its sex
// though titles does not hold them: "Countess Olenska", "Aunt Julia".
var f14Sexed = map[string]byte{"countess": 'f', "duchess": 'f', "princess": 'f', "queen": 'f', "empress": 'f', "baroness": 'f', "marquise": 'f', "dame": 'f', "aunt": 'f', "sister": 'f', "mother": 'f', "grandmother": 'f',
	"count": 'm', "duke": 'm', "prince": 'm', "king": 'm', "emperor": 'm', "baron": 'm', "marquis": 'm', "uncle": 'm', "brother": 'm', "father": 'm', "grandfather": 'm'}
