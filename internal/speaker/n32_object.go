package speaker

import (
	"strings"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n32Objects removes the readings of a verb of knowing, finding,
// remembering or appealing whose content is a plain object, a thing
// had or come upon, not a proposition: "we know the harbour well",
// "the product he knows best", "she knows a thing or two about ferries",
// "he found an old map in the attic", "we must find a way to pay",
// "I still remember taking the night ferry", "the tenants appealed the
// ruling", "the adverts appeal to our thrift", "who directs polling at
// the institute". None reports what anyone
// holds or says. It also removes the passive of naming, "known as"
// (n32KnownAs), and "consider" weighing a bare object, "considered the
// matter" (n24Deliberation), in the same pass.
//
// Measured on PolNeAR's dev set by lemma and complement shape (see the
// report of round n32): "find" with a plain object after a personal
// pronoun was never a gold attribution (0 of 1), "know" with a plain
// object 0 of 1 (and 1 of 2 with a colon's list after it, which stays),
// "appeal" with an object 0 of 1. (An adjective of feeling with an
// infinitive, "happy to help", "willing to wait", which the web pages
// often read, is no such shape for PolNeAR: 6 of its 8 dev readings lay
// on a gold attribution, "was thrilled to receive the endorsement", and
// dropping them cost content all; it stays.)
//
// What it must keep: a clause after the verb, bare or with "that",
// "whether" or a wh-word ("knew the plan had failed", "found that the
// pier was unsafe", "knows what the board wants"); a plain object of
// "find" after a thing that finds, evidence ("a 2014 study found 31
// cases of fraud", "the audit found errors": the evidential sense the
// gold marks, 3 of 3 on dev), and after a name; an object of "know"
// that runs on past a colon ("no way of knowing basic facts: how much
// …"); an object with its predicate, a small clause, which holds a
// proposition ("found Ann to be the only witness", "knew him to be
// honest", "found it odd": n32Predicated); "appealed to voters to stay
// calm", "appealed to them for calm" (an addressee, then the request);
// and "know all about", its own cue. The content is read at
// most n32Reach bytes from its start: linear.
func n32Objects(d *doc.Document) {
	text := d.Text
	var gone []bool
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteIndirect || len(q.Content) == 0 || q.Cue.End <= q.Cue.Start || q.Cue.End > len(text) {
			continue
		}
		if n24Deliberation(text, q) {
			gone = markGone(gone, len(d.Quotes), i) // "considered the matter" (n24_consider.go)
			continue
		}
		if n32NoVerb(text[q.Cue.Start]) {
			continue // "said", "told": neither n32Verb's nor "known"
		}
		cue := strings.ToLower(strings.TrimSpace(text[q.Cue.Start:q.Cue.End]))
		if cue == "known" && n32KnownAs(text, q.Cue) {
			gone = markGone(gone, len(d.Quotes), i)
			continue
		}
		kind := n32Verb(cue)
		if kind == 0 {
			continue
		}
		c := q.Content[0]
		if c.Start < q.Cue.End || c.Start-q.Cue.End > n32Gap || c.End > len(text) {
			continue
		}
		gap := strings.ToLower(strings.TrimSpace(text[q.Cue.End:c.Start]))
		w := text[c.Start:min(c.End, c.Start+n32Reach)]
		drop := false
		switch kind {
		case 'f':
			drop = gap == "" && (n32Personal(text, q.Speaker.Mention) || !n111Evidence(text, q.Speaker.Mention) && !n111Judged(w)) && n32Plain(w, false) && !n32Predicated(w) && !n32VerbAfterNoun(w)
		case 'k':
			drop = gap == "" && n32Plain(w, false) && !n32Predicated(w) && !n32VerbAfterNoun(w)
		case 'r':
			drop = gap == "" && n32Plain(w, true) && !n32Participle(w)
		case 'd':
			// "who directs polling at Kessel", "she directed the
			// choir": what one runs or leads, no request; "directed
			// staff to leave" and "directed that …" request.
			drop = gap == "" && n32Plain(w, true) && !strings.Contains(" "+strings.ToLower(w)+" ", " to ") && !n32VerbAfterNoun(w)
		case 'w':
			// "who argued the case in June": the case argued in court,
			// no content. (A work written stays: PolNeAR reads "wrote
			// her book" as an attribution.)
			drop = gap == "" && n32WorkObject(w)
		case 'p':
			if gap == "" && len(w) > 3 && strings.EqualFold(w[:3], "to ") {
				w = w[3:] // "appeal to this bias": the addressee or the thing appealed to
			}
			drop = (gap == "" || gap == "to") && n32Thing(w) && !n32Request(w)
		}
		if drop {
			gone = markGone(gone, len(d.Quotes), i)
		}
	}
	if gone == nil {
		return
	}
	dropQuotes(d, gone, leaveChain)
}

// n32KnownAs reports whether the cue "known" at c is the passive of
// naming, "known as": "a glen long known as Sleepy Hollow", "the
// species that would come to be known as the Chozo", "a town widely
// known as the capital". It gives a name and reports no one's words or
// stance (PolNeAR's dev set reads no attribution from it). "As" must
// follow the cue, and no form of "have" come before it, with at most
// one adverb between: "had known as much" is the active verb with its
// object. At most n32BackReach bytes before the cue are read. "Known
// to" ("have been known to misbehave"), which the class of "know" reads
// as the evidential passive that "is expected to" is, stays.
func n32KnownAs(text string, c doc.Span) bool {
	after := strings.TrimLeft(text[c.End:min(len(text), c.End+4)], " ")
	if !strings.HasPrefix(after, "as ") {
		return false
	}
	ws := strings.Fields(strings.ToLower(text[max(0, c.Start-n32BackReach):c.Start]))
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-2; k-- {
		switch strings.Trim(ws[k], ",;") {
		case "have", "has", "had", "having", "’ve", "'ve", "’d", "'d":
			return false
		}
		if !lyAdverb(ws[k]) && !n32Adverb[ws[k]] {
			break
		}
	}
	return true
}

// n32Adverb are adverbs without "-ly" that may stand between "have"
// and "known".
var n32Adverb = map[string]bool{"also": true, "always": true, "never": true, "now": true, "still": true, "once": true, "long": true, "ever": true, "already": true}

// n32BackReach is the most bytes before "known" that n32KnownAs reads:
// a form of "be" and an adverb.
const n32BackReach = 30

// n32Reach is the most bytes of a content that n32Objects reads: room
// for a noun phrase and the clause a verb may start after it.
const n32Reach = 120

// n32Gap is the most bytes between the cue and the content: "to" of
// "appeal to", with its spaces, where the content leaves it out.
const n32Gap = 6

// n32Verb tells which shape of n32Objects the cue (one word, lower
// case) may read: 'f' a form of "find" or "discover", 'k' of "know",
// 'r' of "remember", 'p' of "appeal"; 0 for any other cue.
// n32NoVerb reports whether a cue whose first byte is c is surely
// neither "known" nor a word of n32Verb: c is ASCII, no white space
// that strings.TrimSpace would cut, and in neither case the first
// letter of those words (f, d, k, r, a). Asked before the cue is
// trimmed and lower-cased (strings.ToLower leaves an ASCII first byte
// that but for its case): most cues are "said" or "told", and the
// string made for each cost some 100 instructions a reading.
func n32NoVerb(c byte) bool {
	if c >= utf8.RuneSelf {
		return false
	}
	switch c | 0x20 {
	case 'f', 'd', 'k', 'r', 'a':
		return false
	}
	return !asciiSpace(c)
}

func n32Verb(cue string) byte {
	switch cue {
	case "find", "finds", "found", "finding", "discover", "discovers", "discovered", "discovering":
		return 'f'
	case "know", "knows", "knew", "known", "knowing":
		return 'k'
	case "remember", "remembers", "remembered", "remembering":
		return 'r'
	case "appeal", "appeals", "appealed", "appealing":
		return 'p'
	case "direct", "directs", "directed", "directing":
		return 'd'
	case "argue", "argues", "argued":
		return 'w'
	}
	return 0
}

// n32WorkObject reports whether the content w is a determiner and a
// case at law, maybe after a word or two ("the case", "the state's
// appeal"), and nothing after the noun but a phrase of time or place:
// what a lawyer argues, not what is said.
func n32WorkObject(w string) bool {
	toks := tokenize(w, 0, len(w))
	if len(toks) < 2 || !toks[0].word || !toks[0].is(isDet) && !toks[0].is2(isPossessive) {
		return false
	}
	for k := 1; k < len(toks) && k <= 4; k++ {
		if !toks[k].word {
			return false
		}
		if n32Works[toks[k].low] {
			return k+1 == len(toks) || toks[k+1].word && (toks[k+1].low == "in" || toks[k+1].low == "on" || toks[k+1].low == "last" || toks[k+1].low == "before" || toks[k+1].low == "for")
		}
	}
	return false
}

// n32Works are the cases at law n32WorkObject reads.
var n32Works = map[string]bool{"case": true, "cases": true, "appeal": true, "appeals": true}

// n32Personal reports whether the mention m is a personal pronoun: the
// one who finds is a person coming upon a thing, not a study or an
// audit, whose finding is evidence.
func n32Personal(text string, m doc.Span) bool {
	if m.End <= m.Start || m.End > len(text) || m.End-m.Start > 4 {
		return false
	}
	switch strings.ToLower(text[m.Start:m.End]) {
	case "i", "we", "you", "he", "she", "they":
		return true
	}
	return false
}

// n32Plain reports whether the content w is a plain object: it opens
// with no complementizer, wh-word or infinitive (n24Opener), is no
// bare clause ("the plan had failed"), and holds no colon (a list of
// what is known). A gerund ("taking the ferry") is an object only when
// gerund is true (after "remember"); after "know" or "find" it is left.
func n32Plain(w string, gerund bool) bool {
	if strings.IndexByte(w, ':') >= 0 {
		return false
	}
	toks := tokenize(w, 0, len(w))
	if len(toks) == 0 || !toks[0].word {
		return false
	}
	first := toks[0].low
	if n24Opener[first] || first == "this" || first == "these" || first == "those" || first == "so" {
		return false // a clause, or a demonstrative that may open one ("knew this hatred was wrong")
	}
	if len(first) > 4 && strings.HasSuffix(first, "ing") {
		return gerund
	}
	return !bareClause(w, toks, 0)
}

// n32VerbAfterNoun reports whether a verb follows the first noun
// phrase of the content w, which makes it a bare clause that bareClause
// did not see because it knows the verb of no open class: "the system
// works", "the treatment helps", "the border remains open", "the rules
// need changing". After an optional determiner, up to n32NounWords
// words that are no function words are read; a later one of them is a
// verb when it is finite or an auxiliary, when it is a base form that
// commonly follows a plural subject (n32BaseVerb), or when it ends in
// "s" or "ed" and what comes after it is a word, not a function word
// unless an adverb that follows verbs (n32VerbAdverb), or nothing ("the
// system works well"): "the gritty specifics of policy" and "a deck of
// cards" stay objects, their "-s" word followed by "of".
func n32VerbAfterNoun(w string) bool {
	toks := tokenize(w, 0, len(w))
	k := 0
	if k < len(toks) && toks[k].word && (toks[k].is(isDet) || toks[k].is2(isPossessive)) {
		k++
	}
	for j := k + 1; j < len(toks) && j <= k+n32NounWords; j++ {
		t := &toks[j]
		if !t.word {
			return false
		}
		if t.is(isFinite) || t.is(isAuxiliary) || n32BaseVerb[t.low] {
			return true
		}
		if t.is(isFunction) {
			return false
		}
		if l := t.low; len(l) > 3 && (strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") || strings.HasSuffix(l, "ed")) {
			if n := &toks[min(j+1, len(toks)-1)]; j+1 == len(toks) || n.word && (!n.is(isFunction) || n32VerbAdverb[n.low]) {
				return true
			}
		}
	}
	return false
}

// n32NounWords is how many words after its first a noun phrase may run
// before n32VerbAfterNoun stops looking for its verb.
const n32NounWords = 4

// n32BaseVerb are base forms that follow a plural subject and carry no
// "-s" to show they are verbs: "the rules need changing", "the doors
// remain shut".
var n32BaseVerb = map[string]bool{"need": true, "remain": true, "work": true, "help": true, "seem": true, "matter": true, "exist": true, "mean": true, "want": true, "know": true, "think": true, "agree": true}

// n32VerbAdverb are function words that follow a verb, not a noun:
// "the system works well", "the fares rose again".
var n32VerbAdverb = map[string]bool{"well": true, "too": true, "also": true, "still": true, "again": true, "now": true, "here": true, "there": true, "so": true, "better": true, "only": true, "just": true, "even": true, "already": true, "much": true, "more": true, "less": true}

// n32Participle reports whether an "-ing" word stands among the first
// n32PredWords words of the content w after its first: "remember the
// mayor saying the plant would stay open" recalls what the mayor said,
// a report, where "remember the old ferry" recalls a thing.
func n32Participle(w string) bool {
	ws := strings.Fields(strings.ToLower(w))
	for k := 1; k < len(ws) && k < n32PredWords; k++ {
		if len(ws[k]) > 4 && strings.HasSuffix(strings.TrimRight(ws[k], ",.;"), "ing") {
			return true
		}
	}
	return false
}

// n32Predicated is n24Predicated read on the first n32PredWords words
// of the content w alone: the predicate of a small clause stands right
// after its object ("Ann to be the only witness", "it odd"), and an
// "as" further on belongs to the rest of the sentence ("the specifics
// of policy, and she gained experience as a senator").
func n32Predicated(w string) bool {
	ws := strings.Fields(w)
	return n24Predicated(strings.Join(ws[:min(len(ws), n32PredWords)], " "))
}

// n32PredWords is how many words of a content n32Predicated reads.
const n32PredWords = 5

// n32Thing reports whether the content w of "appeal" (after its "to")
// opens with a noun phrase, the thing appealed or appealed to, not with
// a clause's opener nor with "for", the request ("appealed for calm").
func n32Thing(w string) bool {
	f := strings.ToLower(firstWord(w))
	return f != "" && f != "for" && !n24Opener[f] && strings.IndexByte(w, ':') < 0 // a colon's request: "appealed to lawmakers: pass it"
}

// n32Request reports whether the content w of "appeal" holds an
// infinitive, a "for" or a "that", the request: "voters to stay calm"
// (after "to"), "to reopen the pier", "residents for calm", "world
// leaders that the war must end".
func n32Request(w string) bool {
	ws := strings.Fields(strings.ToLower(w))
	for k := 0; k+1 < len(ws) && k < 8; k++ {
		if ws[k] == "for" || ws[k] == "that" {
			return true // "to residents for calm", "to leaders that the war must end"
		}
		if ws[k] == "to" && !n24Det[ws[k+1]] && ws[k+1][0] >= 'a' && ws[k+1][0] <= 'z' {
			return true
		}
	}
	return false
}
