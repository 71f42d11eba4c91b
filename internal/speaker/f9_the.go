package speaker

// f9TheSubject reports whether a name after "The" at offset st stands
// where a clause's subject does: "The" opens a sentence, after its end,
// a closing quotation mark or a paragraph's start. Novels call a
// character by a title or a role with a capital ("The Professor gave
// a tired gesture.", "The Marquis broke the silence."); such a name
// opens its sentence as its subject as a bare surname does, and a
// "he" or "she" after it means it (f4Subject). A "The" inside a
// sentence ("saw The Times") puts the name in no subject's place. Its
// hook is in f4Subject (f4_sex.go).
func f9TheSubject(text string, st int, w string) bool {
	if w == "named" {
		return f9NamedSubject(text, st)
	}
	i := st - 1
	for lo := max(st-8, 0); i >= lo && p9Before[text[i]] == p9Blank; i-- {
	}
	if i < 0 {
		return true
	}
	switch p9Before[text[i]] {
	case p9Stop:
		return true
	case p9Close:
		return i >= 2 && text[i-2] == 0xE2
	}
	return false
}

// f9NamedSubject reports whether a name after "named" at offset st
// names the subject of its sentence: "The little man named Bull, had
// …": "named" follows a noun phrase of at most four words that opens
// the sentence with "The", "A" or "An" (f9TheSubject at that word), not
// a verb's object ("He met a man named Bull").
func f9NamedSubject(text string, st int) bool {
	i := st - 1
	for n := 0; n < 5; n++ {
		for i >= 0 && text[i] == ' ' {
			i--
		}
		e := i + 1
		for i >= 0 && e-i <= 12 && isASCIILetter(text[i]) {
			i--
		}
		if i+1 == e {
			return false
		}
		if text[i+1] >= 'A' && text[i+1] <= 'Z' {
			switch text[i+1 : e] {
			case "The", "A", "An":
				return f9TheSubject(text, i+1, "")
			}
			return false // "He met a man named Bull"
		}
	}
	return false
}

// f9Dash reports whether the byte at i ends a dash, "--" or "—", that
// opens a clause as a comma or a semicolon does before "and" or "but"
// ("… the whole evening;--but Emma, too eager to hear him, walked
// on"). Its hook is in f4Subject (f4_sex.go).
func f9Dash(text string, i int) bool {
	return text[i] == '-' && i > 0 && text[i-1] == '-' || text[i] == 0x94 && i >= 2 && text[i-1] == 0x80 && text[i-2] == 0xE2
}
