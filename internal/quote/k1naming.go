package quote

import "github.com/hearsay-project/hearsay/internal/doc"

// k1NamedAs reports whether q's opening mark follows a verb of naming,
// at once or past "a", "an" or "the": "This is called a “third-party
// request.”", "the practice known as “skimming,”", "a tool dubbed
// “the hammer.”". English prose puts a term in marks after such a verb
// to name a thing, not to report words: the marks are the writer's,
// though the phrase ends with the sentence's full stop or comma inside
// them, which otherwise makes it read as a clause someone said (mixed).
// When a subject names the thing ("Lawyers call this a “…”"), the
// speaker stage turns the name into that subject's words
// (namedBySubject), as it does for any scare quote after a naming verb.
//
// Only the passive is read, with a form of "be" before the verb: after an
// active verb ("what they called ‘the comeback,’", "X called the plan
// “reckless,”") the subject's words stay a quotation.
//
// At most five words before the mark are read.
func (c *classifier) k1NamedAs(q *doc.Quote) bool {
	text := c.d.Text
	lo := c.contextStart(q)
	i, _ := spaceBefore(text, lo, q.Start)
	start := wordStart(text, lo, i)
	if start >= i {
		return false
	}
	w := text[start:i]
	if inSet(k1Articles, w) {
		j, _ := spaceBefore(text, lo, start)
		if start = wordStart(text, lo, j); start >= j {
			return false
		}
		w = text[start:j]
	}
	if !inSet(k1Namers, w) {
		// "known as", "referred to as"
		if !inSet(k1As, w) {
			return false
		}
		j, _ := spaceBefore(text, lo, start)
		if start = wordStart(text, lo, j); start >= j || !inSet(k1KnownAs, text[start:j]) {
			return false
		}
		if text[start:j] == "to" { // "referred to as"
			j, _ = spaceBefore(text, lo, start)
			if start = wordStart(text, lo, j); start >= j || !inSet(k1Referred, text[start:j]) {
				return false
			}
		}
	}
	// The passive: "is called", "was known as". An active verb has a
	// subject who names the thing in words of its own ("what they
	// called ‘the comeback,’"): the quotation stays that subject's.
	j, _ := spaceBefore(text, lo, start)
	s := wordStart(text, lo, j)
	return s < j && inSet(beForms, text[s:j])
}

var (
	k1Articles = newLexicon(map[string]bool{"a": true, "an": true, "the": true})
	k1Namers   = newLexicon(map[string]bool{"called": true, "dubbed": true, "termed": true, "titled": true, "entitled": true, "named": true, "nicknamed": true, "labelled": true, "labeled": true})
	k1As       = newLexicon(map[string]bool{"as": true})
	k1KnownAs  = newLexicon(map[string]bool{"known": true, "to": true})
	k1Referred = newLexicon(map[string]bool{"referred": true})
)

// k1NounNamed reports whether q's opening mark follows a verb of naming
// right after a common noun, a reduced relative: "scheduling software
// called “Smart Shift,” and drivers say …", "a charity named “Open
// Doors.”" The noun is the thing named; a subject before an active verb
// of naming ("the mayor called “Enough,”") is told from it by the
// caller, which asks this only of two capitalised words or more. A
// pronoun, a name in capitals or a function word before the verb is
// no such noun ("he called “Come In!”", "Ann Lee named “The Pier”").
func (c *classifier) k1NounNamed(q *doc.Quote) bool {
	text := c.d.Text
	lo := c.contextStart(q)
	i, _ := spaceBefore(text, lo, q.Start)
	start := wordStart(text, lo, i)
	if start >= i || !inSet(k1Namers, text[start:i]) {
		return false
	}
	j, _ := spaceBefore(text, lo, start)
	s := wordStart(text, lo, j)
	if s >= j || j-s < 3 {
		return false
	}
	w := text[s:j]
	if w[0] < 'a' || w[0] > 'z' || inSet(k1NotNouns, w) {
		return false
	}
	return true
}

// k1NotNouns are the lower-case words before a verb of naming that
// are no noun it describes: subjects, auxiliaries and adverbs.
var k1NotNouns = newLexicon(map[string]bool{"she": true, "they": true, "you": true, "who": true, "was": true, "were": true, "are": true, "has": true, "had": true, "have": true, "been": true, "also": true, "then": true, "once": true, "and": true, "but": true, "later": true, "which": true, "that": true, "she's": true, "simply": true, "just": true, "first": true, "publicly": true, "repeatedly": true})
