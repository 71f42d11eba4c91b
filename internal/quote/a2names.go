package quote

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

//go:embed a2names.txt
var a2NameData []byte

// a2Names are nouns for things that bear a name or slogan (a2names.txt).
var a2Names = newLexicon(wordSet(a2NameData))

// a2Namers come between a noun and the name it bears: "a goal of “…”",
// "a series called “…”", "a report titled “…”".
var a2Namers = newLexicon(map[string]bool{"of": true, "about": true, "called": true, "titled": true, "entitled": true, "named": true, "dubbed": true, "headlined": true, "nicknamed": true})

// a2Titlers are the namers that only ever give a title, whatever noun
// comes before them, even one a clause away ("a report commissioned by
// the Department of Education, titled “Costing Out Adequacy,”"), where
// "called" and "named" also report words ("called the plan “A Joke”").
var a2Titlers = newLexicon(map[string]bool{"titled": true, "entitled": true, "headlined": true, "nicknamed": true})

// a2Places are prepositions that give where, to whom or about what
// something was said, never what: "said on “Fox News Sunday.”", "said in
// “The Atlantic.”", "speaking to “Good Morning America.”", "an interview
// with “Sixty Minutes.”", "a project on “Women in Power,”".
var a2Places = newLexicon(map[string]bool{"on": true, "in": true, "to": true, "with": true, "at": true, "from": true})

// a2Listeners are forms of "tell", whose object is the listener: words
// in marks right after one, with no colon or comma, are the listener's
// name ("Pence told “Fox News Sunday.”"), as "told “We will win”" is not
// English; the words told come after the listener ("told reporters
// “…”") or after a comma or colon.
var a2Listeners = newLexicon(map[string]bool{"tell": true, "tells": true, "told": true, "telling": true})

// a2Contractions end in 's without being possessives: "it's “…”" is
// "it is".
var a2Contractions = newLexicon(map[string]bool{"it": true, "that": true, "he": true, "she": true, "there": true, "here": true, "what": true, "who": true, "where": true, "let": true, "how": true, "this": true})

// a2NamedBefore reports whether the words right before q's opening mark,
// with only white space between, make Title Case words in marks the name
// of a thing rather than anyone's words. English news names a show, a
// series, a project or a slogan in marks after:
//
//   - an owner's possessive: "Pence said on CNN's “State of the Union.”",
//     "the Democrats' “Better Deal”" (no one says words "of" a network);
//   - a preposition of place, listener or topic (a2Places), which gives
//     where, to whom or about what, never what was said: "she said on
//     “Fox News Sunday.”", "said in “The Atlantic.”", "the paper's
//     project on “Women in Power,”";
//   - a form of "tell", whose object is the listener: "Pence told “Fox
//     News Sunday.”";
//   - a noun for a named thing (works.txt, a2names.txt) and "of",
//     "about" or a participle of naming: "proclaimed a goal of “Peace
//     Through Strength.”", "a series called “…”".
//
// The caller asks only for Title Case without a question or an
// exclamation, so a sentence in marks after "on" or a possessive ("he
// said on Monday “we will see”", "Pence told “Stop!”") is left to the
// other rules.
func (c *classifier) a2NamedBefore(q *doc.Quote) bool {
	text := c.d.Text
	lo := max(c.contextStart(q), q.Start-maxReach)
	i, _ := spaceBefore(text, lo, q.Start)
	if i <= lo {
		return false
	}
	if owner, ok := a2Owner(text, lo, i); ok {
		return owner != "" && !inSet(a2Contractions, owner)
	}
	start := wordStart(text, lo, i)
	if start >= i {
		return false
	}
	w := text[start:i]
	if inSet(a2Places, w) || inSet(a2Listeners, w) {
		return true
	}
	if !inSet(a2Namers, w) {
		return false
	}
	if inSet(a2Titlers, w) {
		return true // "a 2019 report commissioned by the department, titled “…”"
	}
	j, _ := spaceBefore(text, lo, start)
	noun := text[wordStart(text, lo, j):j]
	return inSet(a2Names, noun) || inSet(works, noun)
}

// a2Owner reads a possessive ending at i: "CNN's", "CNN’s", "Democrats'"
// or "Democrats’", and returns the owner's word ("CNN", "Democrats");
// ok is false when no possessive ends there.
func a2Owner(text string, lo, i int) (owner string, ok bool) {
	s := text[lo:i]
	end := i
	switch {
	case strings.HasSuffix(s, "'s"):
		end -= 2
	case strings.HasSuffix(s, "’s"):
		end -= len("’s")
	case strings.HasSuffix(s, "s'"):
		end--
	case strings.HasSuffix(s, "s’"):
		end -= len("’")
	default:
		return "", false
	}
	if end <= lo {
		return "", false
	}
	if r, _ := utf8.DecodeLastRuneInString(text[lo:end]); !doc.IsWordRune(r) {
		return "", false
	}
	return text[wordStart(text, lo, end):end], true
}

// a2Appositive reports whether q stands in apposition to a noun for a
// work or a named thing before it, closed by the author's predicate
// after it: "Ouisa Davis' commentary, “Melania, tell your story,” is
// thoughtful", "his book, “We Were Right,” was a bestseller". The marks
// hold the thing's title, whatever its case or punctuation: the comma
// after the noun opens the apposition and the verb after the marks
// (is, was, has, …: finiteVerbs) is the noun's, so nobody speaks the
// words in this sentence. A cue after the marks ("his column, “…,” he
// wrote") is no finite verb and leaves them speech.
func (c *classifier) a2Appositive(q *doc.Quote) bool {
	text := c.d.Text
	lo := max(c.contextStart(q), q.Start-maxReach)
	i, _ := spaceBefore(text, lo, q.Start)
	if i <= lo || text[i-1] != ',' {
		return false
	}
	j, _ := spaceBefore(text, lo, i-1)
	noun := text[wordStart(text, lo, j):j]
	phrase := !inSet(works, noun) && !inSet(a2Names, noun) // a noun and a phrase, read last (y12NounOfPhrase)
	// After the closing mark: an optional comma, white space, then a
	// finite verb in lower case.
	end := min(c.paragraph(q.End-1).End, q.End+maxReach)
	k := q.End
	if k < end && text[k] == ',' {
		k++
	}
	s := k
	for k < end && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	if k == s || k >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[k:end])
	if !unicode.IsLower(r) {
		return false
	}
	return inSet(finiteVerbs, text[k:wordEnd(text, k, end)]) && (!phrase || c.y12NounOfPhrase(lo, j))
}

// a2ApposedName reports whether q, Title Case words closed by a comma
// inside the marks, stands in apposition to the noun phrase before it
// as that thing's name: "The app, “Elbow Room,” predicts …", "the
// family’s beagle, “Pickles,” down a ladder", "a small book of family
// recipes, “Bread for Strangers,” which still sells". The phrase before
// the comma ends on a lower-case word that is no cue and no verb's past
// ("the crowd roared, “Four More Years,” as …" reports a chant), and
// opens, up to five words back, with a determiner or an owner's
// possessive. The caller asks only where the author's sentence runs on
// in lower case after the marks with no cue, so nobody speaks the
// words there; American style puts the apposition's closing comma
// inside the marks, which made them look like a clause of speech.
func (c *classifier) a2ApposedName(q *doc.Quote) bool {
	text := c.d.Text
	lo := max(c.contextStart(q), q.Start-maxReach)
	i, _ := spaceBefore(text, lo, q.Start)
	if i <= lo || text[i-1] != ',' {
		return false
	}
	end := i - 1
	start := wordStart(text, lo, end)
	noun := text[start:end]
	if len(noun) < 3 || noun[0] < 'a' || noun[0] > 'z' || inSet(cues, noun) ||
		strings.HasSuffix(noun, "ed") || strings.HasSuffix(noun, "ly") {
		return false
	}
	for n := 0; n < 5; n++ {
		k, _ := spaceBefore(text, lo, start)
		if k == start || k <= lo {
			return false // punctuation or the sentence's start: no determiner
		}
		start = wordStart(text, lo, k)
		if start == k {
			return false
		}
		w := text[start:k]
		if inSet(determiners, w) || inSet(possessives, w) {
			return true
		}
		if owner, ok := a2Owner(text, lo, k); ok && owner != "" && !inSet(a2Contractions, owner) {
			return true
		}
	}
	return false
}
