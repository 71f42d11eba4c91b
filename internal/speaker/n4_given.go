package speaker

// n4GivenAfter returns the sex that the given name after a name's
// first word tells, when that first word (toks[i], up to the name's end
// at toks[j]) is a title or a noun of persons that tells none: "Sen.
// Ruth Ellison", "Dr. Mark Lowe", "Mayor Ruth Ellison". News prose
// names most officials with their office before the given name, and
// nameAt read the sex from the first word alone, so "he" could mean
// "Sen. Ruth Ellison". The given name must be followed by a surname in
// the name ("Mayor Jordan" may be a surname, and tells nothing).
// A title of two or three words passes before the given name
// ("Detective Constable Amy Rushworth"). Otherwise 0. Called only where
// nameAt found no sex; reads at most six tokens.
func n4GivenAfter(toks []tok, i, j int) byte {
	if !toks[i].is(isTitle | isPerson) {
		return 0
	}
	g := i + 1
	if g < j && !toks[g].word {
		g++ // the title's full stop
	}
	for k := 0; k < 2 && g+2 < j && toks[g].word && toks[g].is(isTitle|isPerson) && !toks[g].is(isGiven); k++ {
		g++ // a title of several words: "Detective Constable Amy Rushworth", "Chief Supt"
		if g < j && !toks[g].word {
			g++
		}
	}
	if g+1 >= j || !toks[g].word || !toks[g].is(isGiven) || !toks[g+1].word {
		return 0
	}
	return nameGender[toks[g].lex&lexMask]
}

// n4GivenAfterIndex is n4GivenAfter for the index's tokens
// (nameAtIndex).
func n4GivenAfterIndex(all []ctok, i, j int) byte {
	if !all[i].is(isTitle | isPerson) {
		return 0
	}
	g := i + 1
	if g < j && !all[g].word {
		g++ // the title's full stop
	}
	for k := 0; k < 2 && g+2 < j && all[g].word && all[g].is(isTitle|isPerson) && !all[g].is(isGiven); k++ {
		g++ // a title of several words: "Detective Constable Amy Rushworth", "Chief Supt"
		if g < j && !all[g].word {
			g++
		}
	}
	if g+1 >= j || !all[g].word || !all[g].is(isGiven) || !all[g+1].word {
		return 0
	}
	return nameGender[all[g].lex&lexMask]
}

// n4ClosingMarks reports whether the byte at i ends a closing mark of
// two ASCII apostrophes in a row, which some newspapers set for the
// closing double quotation mark:
// a name after it, white space passed over, opens a sentence as it
// does after ”, and is its subject (f4Subject). A lone "'" (an
// elision, "the Smiths' house") is no closing mark.
func n4ClosingMarks(text string, i int) bool {
	return i > 0 && text[i] == '\'' && text[i-1] == '\''
}
