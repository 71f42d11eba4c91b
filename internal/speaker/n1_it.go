package speaker

import "strings"

// n1ItSpeech reports whether a verb with these senses may have "it" for
// its subject in a reported clause, a body or a document that speaks
// ("The agency met on Monday. It warned that the deal could
// collapse."): a verb of speech, evidence or speech to someone
// (reporting.txt classes s, k, v and o), or one that is a verb of
// speech and of belief both ("insist": "It insisted that the fees were
// lawful"). The reader asked for classes s, k and v only, and read no
// speaker for "It warned that …", "It told reporters that …" or "It
// insisted that …", which news prose writes of a company, an agency or
// a court named in the sentence before, as it writes "It said …".
// What "it" names is itBefore's (a3_it.go): a carrier of words, or,
// for a verb of speech, a body named with "the" in the sentence before;
// failing both, no speaker. A verb of belief alone ("It believes",
// "It expects") stays out: "it" before one is as often a plan, a
// market or the weather as a body; the reader lets one in only after a
// carrier of words ("The report came out. It concluded that …": parc.go).
func n1ItSpeech(senses []verbSense) bool {
	speech := false
	for _, s := range senses {
		switch s.class {
		case 's', 'k', 'o':
			speech = true
		case 'v', 'c':
		default:
			return false
		}
	}
	return speech || onlyClasses(senses, "v")
}

// n1Channel reports whether the clause before "it" at offset at is only
// a phrase of the channel its words go out by, a preposition, an
// article and a carrier's noun with their comma: "The agency met on
// Monday. In a statement, it warned that …", "In a letter to the
// board, it said …". News prose names the channel so; the carrier there
// is how the body speaks, not what "it" stands for, and thingBefore
// took it for the speaker ("a statement"). itBefore then reads the body
// named before (bodyBefore), as for a plain "It said". The look-back is
// at most 80 bytes and the sentence's start; the test of the word
// before "it" (a comma) turns away most calls.
func (a *attributor) n1Channel(at int) bool {
	text := a.text
	p := at - 1
	for p >= 0 && p >= at-3 && text[p] == ' ' {
		p--
	}
	if p < 0 || text[p] != ',' {
		return false
	}
	toks := a.ix.scratch(slotItSaid, max(0, at-80), at) // speechAfterIt takes the slot again after
	n := len(toks)
	if n < 4 || toks[n-1].str(text) != "," {
		return false
	}
	// The sentence's start within the window.
	s := -1
	for j := n - 2; j >= 0; j-- {
		if !toks[j].word && boundary(text, toks, j) {
			s = j + 1
			break
		}
	}
	if s < 0 {
		if at > 80 || !sentenceFirst(text, toks, 0) {
			return false // no sentence start in the window: a longer clause
		}
		s = 0
	}
	if n-1-s < 3 || n-1-s > 9 || !channelPreps[toks[s].low] || !toks[s+1].is(isDet) {
		return false
	}
	carrier := false
	for j := s + 2; j < n-1; j++ {
		if !toks[j].word {
			return false // one phrase, no other mark
		}
		if w := toks[j].low; carriers[w] || carriers[strings.TrimSuffix(w, "s")] {
			carrier = true
		}
	}
	return carrier
}

// channelPreps open a phrase of the channel by which words go out: "In
// a statement", "Through a spokesman", "Via a post", "With a tweet".
var channelPreps = map[string]bool{"in": true, "through": true, "via": true, "with": true}
