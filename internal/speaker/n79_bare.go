package speaker

// n79BareReport returns at, the start of a name, when the word right
// before it is a verb of speech that reports a clause without "that"
// ("Ross Kinnaird said Ferrandi had been his first choice"), for
// n4Reporter; else -1. n4Reporter read only "said that Ferrandi …", and
// the next sentence's "he" ("‘We looked at a lot of players,’ he said")
// went to the name in the reported clause, the nearer one, not to the
// one who reported it. The verb is a finite form of speech (class s or
// k, no particle, not in -ing); not one that takes an addressee first
// ("told Ferrandi": the name is whom it was told to, objectCues).
func n79BareReport(text string, at int) int {
	if at < 2 || text[at-1] != ' ' {
		return -1
	}
	s := at - 1
	for s > 0 && text[s-1] >= 'a' && text[s-1] <= 'z' {
		s--
	}
	if s == at-1 || s > 0 && text[s-1] != ' ' {
		return -1
	}
	w := text[s : at-1]
	if objectCues[w] || !n79SpeechVerb(w) {
		return -1
	}
	return at
}

// n79SpeechVerb reports whether w is a finite verb of speech: a sense of
// class s or k with no particle, not in -ing.
func n79SpeechVerb(w string) bool {
	for _, v := range reportingSenses(w) {
		if v.particle == "" && !v.ing && (v.class == 's' || v.class == 'k') {
			return true
		}
	}
	return false
}

// n79Appositive reports whether the name at text[st:en] is an
// appositive between commas after a description: "City’s manager, Ross
// Kinnaird, said". n4Reporter reads such a name as the clause's
// subject, which the description before it opens.
func n79Appositive(text string, st, en int) bool {
	return st >= 2 && text[st-2:st] == ", " && en+1 < len(text) && text[en] == ',' && text[en+1] == ' '
}

// n79Speaks reports whether a verb of speech follows a pronoun that
// ends at e: "he said", "she added". A pronoun that reports words
// continues the one who reported the clause before ("Kinnaird said
// Ferrandi had been his first choice. ‘…,’ he said"), more often than
// the one the clause was about, even when only the latter's sex is
// known.
func n79Speaks(text string, e int) bool {
	if e >= len(text) || text[e] != ' ' {
		return false
	}
	s := e + 1
	k := s
	for k < len(text) && text[k] >= 'a' && text[k] <= 'z' {
		k++
	}
	return n79SpeechVerb(text[s:k])
}
