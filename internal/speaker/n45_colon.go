package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// n45ClauseSpeech reads a colon introduction whose last clause, not its
// first, ends with a noun for an utterance: "She became upset, and
// drove so fast that I had to change my answer:", "The crowd went
// quiet, and the mayor gave this warning:". speechObject reads the
// subject at the clause's start (or after an opening phrase and its
// comma), which there is the first clause's, the one who became upset;
// the one who answers is the subject of the clause that a conjunction
// ("and", "but", "so", "yet", "then") or the "that" of a result ("so …
// that", "such … that") opens. The clause after it is read as
// speechObject reads a whole one: a subject, a verb and its
// auxiliaries, a determiner and the noun (with its checks: no cause,
// "The vote prompted this statement:", no second noun phrase).
//
// The opener follows a comma (", and I gave my answer:"), or is the
// "that" of "so" or "such" a few words before it ("so fast that I had
// to change my answer:").
//
// What it must not read: a clause whose subject opens the sentence
// (speechObject's, asked first), an opener with no subject after it
// ("… and gave this warning:", a second predicate of the first
// subject), a conjunction with no comma before it, which may join two
// names ("Ann Ortiz and Ed Moss issued this statement:"), and a
// relative "that" ("The letter that I wrote carried this message:":
// the clause's subject is the letter, and "I" only wrote it). Reads at
// most n45ClauseBack tokens back from the colon: constant work.
func n45ClauseSpeech(text string, toks []tok, n int) found {
	if n < 4 || n > len(toks) || !toks[n-1].word || !toks[n-1].is(isSpeechNoun) {
		return found{} // the noun asked first, as speechObject asks it
	}
	for j := n - 3; j >= 1 && j >= n-n45ClauseBack; j-- {
		t := &toks[j]
		if !t.word {
			return found{}
		}
		if !n45Openers[t.low] {
			continue
		}
		if !n45AfterComma(text, toks, j) && !(t.low == "that" && n45Result(toks, j)) {
			return found{} // "Ann and Ed issued …", "the letter that I wrote had …"
		}
		return n45Clause(text, toks, j+1, n)
	}
	return found{}
}

// n45Clause reads toks[k:n] as a clause that ends with a noun for an
// utterance: a subject (a pronoun, a name in capitals or a description
// after a determiner), at most n45VerbWords words of a verb group (an
// infinitive's "to" among them: "had to change"), a determiner or a
// possessive, at most two more words, and the noun. A past that is no
// verb of putting words out makes its subject a cause, not a speaker,
// as speechObject reads it ("the vote prompted this statement:"), and
// so does an irregular past ("reporters saw the statement:", "the
// clerk kept the statement:") and a verb of publishing ("The Gazette published the
// statement:": the paper prints someone's words). With "his", "her" or
// "their" before the noun the words are a third person's, not the
// subject's, unless the subject gives them out for that person ("the
// aide gave his answer:"): only a verb of n45Giving is taken, not "the
// paper ran his statement:", "the crowd read his statement:", "his
// staff will draft his statement:".
func n45Clause(text string, toks []tok, k, n int) found {
	s := &toks[k]
	if !s.word || !(s.is(isSubjectPronoun) && s.low != "who" || s.is(isDet) || capital(s.str(text))) {
		return found{}
	}
	d := -1 // the noun's determiner
	for j := n - 2; j > k && j >= n-4; j-- {
		if !toks[j].word {
			return found{}
		}
		if toks[j].is(isDet) || n45Possessives[toks[j].low] {
			d = j
			break
		}
	}
	if d < 0 {
		return found{}
	}
	f, e := subjectAt(text, toks, k, d)
	if !f.ok || f.pronoun == "who" || e >= d || d-e > n45VerbWords {
		return found{}
	}
	for j := e; j < d; j++ {
		if !toks[j].word || toks[j].low == "that" || toks[j].is(isDet) || capital(toks[j].str(text)) {
			return found{} // a second noun phrase: "I told Ann my answer:"
		}
	}
	v := &toks[d-1]
	if n45Theirs[toks[d].low] {
		if !n45Giving[v.low] {
			return found{} // "the paper ran his statement:", "his staff will draft his statement:"
		}
	} else if n45Publishing[v.low] || (pastForm(*v) || n1DrawVerbs[v.low] || n45OtherPasts[v.low]) && !issueVerbs[v.low] && !g3RepeatVerbs[v.low] {
		return found{}
	}
	f.cue = doc.Span{Start: toks[n-1].s, End: toks[n-1].e}
	return f
}

// n45Theirs are the possessives of a third person: the words after them
// may be someone else's than the clause's subject's.
var n45Theirs = map[string]bool{"his": true, "her": true, "their": true}

// n45Giving are the forms of the verbs by which a subject puts words
// out as its own or on another's behalf ("gave his answer", "issued
// their statement", "sent her reply", "made his case", "delivered
// their verdict").
var n45Giving = map[string]bool{
	"give": true, "gives": true, "gave": true, "given": true, "giving": true,
	"issue": true, "issues": true, "issued": true, "issuing": true,
	"send": true, "sends": true, "sent": true, "sending": true,
	"make": true, "makes": true, "made": true, "making": true,
	"deliver": true, "delivers": true, "delivered": true, "delivering": true,
}

// n45Publishing are verbs by which a paper or a station passes on
// someone else's words; its subject is no speaker ("the paper ran the
// statement:", "The Gazette published her statement:").
var n45Publishing = map[string]bool{
	"published": true, "publishes": true, "publish": true, "printed": true, "prints": true, "print": true,
	"ran": true, "runs": true, "carried": true, "carries": true, "aired": true, "airs": true,
	"broadcast": true, "broadcasts": true,
}

// n45OtherPasts are irregular pasts that pastForm (with its
// irregularPast: "saw", "heard", "found") and n1DrawVerbs ("got",
// "took") leave out, of verbs that keep or come upon words rather than
// put them out ("the clerk kept the statement:", "the crowd held the
// answer:").
var n45OtherPasts = map[string]bool{"kept": true, "held": true, "lost": true, "left": true, "bought": true}

// n45VerbWords is the most words of the verb group between the subject
// and the determiner: "had to change", "would later give".
const n45VerbWords = 4

// n45Possessives are the possessives that the determiners of dets leave
// out: "I had to change my answer:".
var n45Possessives = map[string]bool{"my": true, "our": true, "your": true, "its": true, "this": true}

// n45ClauseBack bounds the look-back for the clause's opener: the
// clause is a subject, a verb with its auxiliaries and a short noun
// phrase ("I had to change my answer").
const n45ClauseBack = 14

// n45Openers open a clause with a subject of its own.
var n45Openers = map[string]bool{"and": true, "but": true, "so": true, "yet": true, "then": true, "that": true}

// n45AfterComma reports whether a comma is the token right before
// toks[j].
func n45AfterComma(text string, toks []tok, j int) bool {
	return j >= 1 && !toks[j-1].word && toks[j-1].str(text) == ","
}

// n45Result reports whether "so" or "such" stands at most four tokens
// before toks[j]: the "that" there opens a clause of result ("so fast
// that", "such a mess that"), not a relative clause.
func n45Result(toks []tok, j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if toks[k].low == "so" || toks[k].low == "such" {
			return true
		}
	}
	return false
}
