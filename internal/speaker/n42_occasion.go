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
// say" is hers, not the subject's). A second object before the
// occasion ("gave voters a chance to say", "handed critics a platform
// to argue": the voters and the critics say) is left out because the
// word before the article must be one of n42OccasionVerbs, and a noun
// is none.
var n42OccasionDets = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "every": true, "each": true, "another": true, "any": true, "one": true}

// n42OccasionVerbs are the verbs of taking or using an occasion, whose
// subject is the one who speaks in the infinitive after it: "took the
// chance to say", "seized the moment to argue", "used the podium to
// insist". A verb that the occasion only befalls, or that denies,
// loses, wants or attends it ("missed a chance to tell", "was denied
// the chance to argue", "wants a chance to explain", "attended a
// briefing to announce", "cancelled the news conference to announce",
// "aired an interview to explain") says nothing of the subject's
// speech and is not here. "missed" is read only after "never" ("never
// missed an opportunity to remind …": every one was taken); a verb
// marked 'e' (holding or giving an event: "held a news conference to
// announce", "gave a speech to say") is read only before an event
// noun, since "gave the opportunity to explain" leaves open whose the
// explaining is.
var n42OccasionVerbs = map[string]byte{
	"take": 't', "takes": 't', "took": 't', "taken": 't', "taking": 't',
	"seize": 't', "seizes": 't', "seized": 't', "seizing": 't',
	"grab": 't', "grabs": 't', "grabbed": 't', "grabbing": 't',
	"use": 't', "uses": 't', "used": 't', "using": 't',
	"miss": 'm', "misses": 'm', "missed": 'm',
	"hold": 'e', "holds": 'e', "held": 'e', "holding": 'e',
	"call": 'e', "calls": 'e', "called": 'e', "calling": 'e',
	"give": 'e', "gives": 'e', "gave": 'e', "given": 'e', "giving": 'e',
	"deliver": 'e', "delivers": 'e', "delivered": 'e', "delivering": 'e',
	"stage": 'e', "stages": 'e', "staged": 'e', "staging": 'e',
}

// n42EventNouns are the occasions that are events one holds, calls or
// gives (n42OccasionVerbs' class 'e').
var n42EventNouns = map[string]bool{"conference": true, "briefing": true, "rally": true, "speech": true, "address": true, "interview": true}

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
// catenativeSubject reads one. The verb must be one of
// n42OccasionVerbs: one of taking or using the occasion ("missed" only
// after "never"; holding or giving only an event). Only verbs of speech (classes s, k, o)
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
	switch n42OccasionVerbs[toks[v].low] {
	case 't':
	case 'm':
		if toks[v-1].low != "never" {
			return found{}
		}
	case 'e':
		if !n42EventNouns[toks[k-1].low] {
			return found{}
		}
	default:
		return found{}
	}
	return catenativeSubject(text, toks, v)
}
