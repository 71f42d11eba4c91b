package speaker

// n42OccasionNouns are nouns of an occasion or a means to speak, which
// the subject takes, uses or misses in order to say something: "took
// the opportunity to remind voters that …", "held a news conference to
// announce that …", "never missed a chance to tell the crowd …". The
// infinitive after them is the subject's own saying: English gives it
// the subject of the verb whose object the occasion is.
var n42OccasionNouns = map[string]bool{
	"opportunity": true, "chance": true, "occasion": true, "moment": true,
	"conference": true, "briefing": true, "rally": true, "speech": true, "address": true,
	"interview": true, "appearance": true, "platform": true, "podium": true, "microphone": true,
	"stage": true, "floor": true, "pulpit": true,
}

// n42OccasionDets may open the occasion's noun phrase: an article or a
// word of its kind. A possessive is left out ("ruined her chance to
// say" is hers, not the subject's), and so is a determiner after the
// first word, which opens a second object ("gave voters a chance to
// say": the voters say).
var n42OccasionDets = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "every": true, "each": true, "another": true, "any": true, "one": true}

// n42Occasion reads the subject of a verb of speech in an infinitive
// after an occasion noun that is the object of the clause's verb:
// "Ann Lee never missed an opportunity to remind the audience she
// paid her own way", "The mayor held a news conference to announce
// that the pier would close". toks[k] is the "to" right before the
// verb of speech at toks[c]; toks[k-1] is one of n42OccasionNouns, and
// before it, back to the verb, stand a word of n42OccasionDets
// and at most three lower-case words (a modifier: "news
// conference", "rare opportunity"), no other determiner or pronoun.
// The verb is a lower-case word that is neither an auxiliary, a form of
// "be" nor a preposition ("is a chance to say" and "at a rally to
// say" have no such verb), nor a noun after a determiner ("denied the
// mayor the chance to say": the mayor would say), and its subject is read as
// catenativeSubject reads one. Only verbs of speech (classes s, k, o)
// are read, as r2Purpose reads them; the look-back is at most five
// tokens.
func n42Occasion(text string, toks []tok, c, k int, senses []verbSense) found {
	if k != c-1 || k < 3 || toks[k].low != "to" || !toks[k-1].word || !n42OccasionNouns[toks[k-1].low] || !r2SpeechClass(senses) {
		return found{}
	}
	v := k - 2
	for n := 0; v >= 1 && n < 3 && toks[v].word && !n42OccasionDets[toks[v].low] && !toks[v].is(isFunction|isAuxiliary|isPronoun|isCue) && !capital(toks[v].str(text)); n++ {
		v--
	}
	if v < 1 || !toks[v].word || !n42OccasionDets[toks[v].low] {
		return found{} // an article opens the phrase: in "used speeches to say" the verb is no modifier
	}
	v--
	if v < 1 || !toks[v].word || capital(toks[v].str(text)) || toks[v].is(isFunction|isAuxiliary|isPronoun|isDet) || toks[v].is(isBeForm|isCopula) || n42OccasionDets[toks[v].low] || toks[v-1].word && toks[v-1].is(isDet) {
		return found{}
	}
	return catenativeSubject(text, toks, v)
}
