package speaker

// r2Purpose reads the subject of a verb of speech in an infinitive of
// purpose after a verb of going or coming: "Ann Reed went on a tour of
// the coast to talk with harbour workers about the fares", "Ed Moss
// came to tell the council that the pier was unsafe". English gives
// such an infinitive the subject of the verb it says the purpose of,
// and a verb of going has no object that could take it instead (as
// "hired a consultant to review" has). Verbs of meeting ("ministers
// met on Monday to discuss the crisis") are left as they were: the
// package's tests (round19_test.go, a1_mention_test.go) hold that a
// meeting's agenda is no report, though PolNeAR marks one such in
// half B. toks[k] is the "to" right before the
// verb of speech; the verb of going is one of r2GoingVerbs at most
// eight words before it, with only words between (a place, a tour: "on
// a cross-country tour"), and its subject is read as catenativeSubject
// reads one, past auxiliaries ("has gone"). The verb after "to" must be
// one of speech (classes s, k and o of reporting.txt, with a particle
// or without): "went to Oslo to buy a boat" reports nothing. Not read:
// an infinitive after a noun with its possessor ("for its failure to
// speak out"), a window with "for" in it, and a clause whose object is
// a gap before its subject ("what he had come to say"). A content that
// is an object, not a clause and not a topic after a particle, is read
// only after the verbs of r2TopicVerbs, whose object is what is said
// ("went to Oslo to discuss the levy"), not after one that may take a thing
// ("came to claim his share").
func r2Purpose(text string, toks []tok, c, k int, senses []verbSense, from, cueEnd int) found {
	if k != c-1 || k < 2 || toks[k].low != "to" || !r2SpeechClass(senses) {
		return found{}
	}
	if j := tokAt(toks, from); cueEnd == toks[c].e && j >= 0 && toks[j].low != "that" && !toks[j].is(isWhWord) && !r2TopicVerbs[toks[c].low] {
		return found{} // "came to claim his share": an object, of a verb that has other senses
	}
	if k >= 2 && (possessivePronouns[toks[k-2].low] || r2Possessive(toks[k-2].low)) {
		return found{} // "its failure to speak out": the noun's infinitive
	}
	for v := k - 1; v >= 0 && v >= k-8; v-- {
		if !toks[v].word || toks[v].low == "for" {
			return found{} // "came under fire for its failure to …": not a purpose
		}
		if b := toks[v].low[0]; b != 'g' && b != 'w' && b != 'c' && b != 't' && b != 'f' && b != 'r' && b != 'a' && b != 'h' || !r2GoingVerbs[toks[v].low] {
			continue // a byte before the map: the forms of r2GoingVerbs start so
		}
		f := catenativeSubject(text, toks, v)
		if !f.ok {
			return found{}
		}
		if i := tokAt(toks, f.subj.Start); i > 0 && toks[i-1].word && r2GapWords[toks[i-1].low] {
			return found{} // "what he had come to say": the verb's object is the gap before the subject
		}
		return f
	}
	return found{}
}

// r2SpeechClass reports whether a sense of the verb is one of speech
// (classes s, k, o), with a particle or without.
func r2SpeechClass(senses []verbSense) bool {
	for _, s := range senses {
		if s.class == 's' || s.class == 'k' || s.class == 'o' {
			return true
		}
	}
	return false
}

// r2GoingVerbs are the forms of verbs of going and coming, which take
// no object and may be followed by an infinitive of
// purpose (r2Purpose).
var r2GoingVerbs = map[string]bool{
	"go": true, "goes": true, "went": true, "gone": true,
	"come": true, "comes": true, "came": true,
	"travel": true, "travels": true, "traveled": true, "travelled": true,
	"fly": true, "flies": true, "flew": true, "flown": true,
	"return": true, "returns": true, "returned": true,
	"arrive": true, "arrives": true, "arrived": true,
	"head": true, "heads": true, "headed": true, // "headed to the podium to declare …"
	"fan": true, "fans": true, "fanned": true, // "fanned out across the filing center to declare …"
}

// r2GapWords open a clause whose object is missing before its subject:
// "what he had come to say", "all she came to tell".
var r2GapWords = map[string]bool{"what": true, "which": true, "whatever": true, "that": true, "all": true}

// r2TopicVerbs are the verbs of speech whose object is what is said:
// "went to Oslo to discuss the levy", "came to announce a deal".
var r2TopicVerbs = map[string]bool{"discuss": true, "debate": true, "address": true, "announce": true, "present": true, "outline": true, "explain": true, "cite": true, "mention": true, "raise": true, "report": true, "deliver": true, "unveil": true, "tout": true}
