package speaker

// n56Coordinated returns the names that "they" means when the name it
// was resolved to, mentions[j], is the last of names joined by "and"
// ("Ann Reed and Ed Moss met the board on Monday. They said …"): all of
// them, "Ann Reed and Ed Moss", not the nearest, which a plural pronoun
// cannot mean alone. The names must follow one another with nothing
// between them but ", ", " and " or ", and " (the last join an "and"),
// outside quotations, none an object of a preposition ("met with Ann
// Reed and Ed Moss" keeps "Ed Moss", as before). It returns "" when
// mentions[j] ends no such list. It reads back at most
// n56MaxNames-1 mentions.
func (a *attributor) n56Coordinated(j int) string {
	ms, text := a.mentions, a.text
	last := ms[j]
	if last.object || last.inQuote || last.person || j == 0 {
		return ""
	}
	first, andSeen := j, false
scan:
	for k := j - 1; k >= 0 && j-k < n56MaxNames; k-- {
		m := ms[k]
		if m.object || m.inQuote || m.person || m.End > ms[k+1].Start {
			break
		}
		switch gap := text[m.End:ms[k+1].Start]; {
		case k+1 == j && (gap == " and " || gap == ", and "):
			andSeen = true
		case k+1 < j && gap == ", ":
		default:
			break scan
		}
		first = k
	}
	if !andSeen || first == j {
		return ""
	}
	return text[ms[first].Start:last.End]
}

// n56MaxNames bounds the names of a list n56Coordinated joins.
const n56MaxNames = 6
