package speaker

import "strings"

// f16MidCall reports whether a name, with the words before and after it
// in its quotation's span (spaces trimmed), is a call in the middle of
// the words: after a comma, before a "!" or "?" that ends a sentence
// the words go on past ("You do love me, Newland! I am so happy.",
// "Why were you not there, Edward? Why did you not come?"). vocative
// reads such a name only where it ends the words. A name before a full
// stop ("I met his sister, Ann. She …") is as often an appositive, and
// is not read.
func f16MidCall(before, after string) bool {
	if !strings.HasSuffix(before, ",") || len(after) < 3 || after[0] != '!' && after[0] != '?' {
		return false
	}
	rest := strings.TrimLeft(after[1:], " \n")
	return rest != "" && rest != after[1:] && hasLetters(rest)
}
