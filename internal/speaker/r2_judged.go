package speaker

// r2Judged reads the speaker of a gerund of reporting after "for" whose
// subject is the object of a verb of judging before it: "The mayor
// criticized Ed Moss for saying that the pier was unsafe", "The board
// thanked residents for reporting the leak", "The panel held Ed Moss in
// contempt for refusing to testify". English judges, thanks or
// punishes someone for what that one did, so the one judged is the
// gerund's subject, as the one forced is the infinitive's
// (causedSpeaker, a4_caused.go); the judge's own attribution keeps the
// whole object and reason as its content, and this one is read inside
// it. toks[k] is the "for" right before the gerund. The object is a
// name or a description that subjectAt reads to the "for" (or to "in contempt", which the panel's verb puts between), and
// the verb is one of r2JudgeVerbs no more than seven words before. ok
// is false otherwise: "voted for saying" has no object, "a plan for
// saying" no verb of judging. An object pronoun is left unread: "The
// mayor thanked him for warning …" resolves "him" as "he", and the
// resolver, which knows no object, names the mayor.
func r2Judged(text string, toks []tok, k int) found {
	if k < 2 || toks[k].low != "for" {
		return found{}
	}
	e := k // the object ends before toks[e]
	// "in contempt" or "in contempt of Congress" after the object.
	for i := k - 1; i >= 3 && i >= k-5; i-- {
		if toks[i].low == "contempt" && toks[i-1].low == "in" && (i == k-1 || toks[i+1].low == "of") {
			e = i - 1
			break
		}
	}
	for v := e - 1; v >= 0 && v >= e-7; v-- {
		if !toks[v].word {
			return found{}
		}
		if !r2JudgeVerbs[toks[v].low] {
			continue
		}
		if v+1 >= e {
			return found{}
		}
		f, end := subjectAt(text, toks, v+1, e)
		if !f.ok || end != e || f.pronoun != "" {
			return found{}
		}
		f.whole = true // the object alone: widen would run back over the verb
		return f
	}
	return found{}
}

// r2JudgeVerbs are the forms of the verbs of judging, thanking and
// punishing that take an object and "for" with the reason (r2Judged).
var r2JudgeVerbs = map[string]bool{
	"criticize": true, "criticizes": true, "criticized": true, "criticizing": true,
	"criticise": true, "criticises": true, "criticised": true, "criticising": true,
	"praise": true, "praises": true, "praised": true, "praising": true,
	"thank": true, "thanks": true, "thanked": true, "thanking": true,
	"blame": true, "blames": true, "blamed": true, "blaming": true,
	"fault": true, "faults": true, "faulted": true, "faulting": true,
	"credit": true, "credits": true, "credited": true, "crediting": true,
	"applaud": true, "applauds": true, "applauded": true, "applauding": true,
	"commend": true, "commends": true, "commended": true, "commending": true,
	"rebuke": true, "rebukes": true, "rebuked": true, "rebuking": true,
	"chide": true, "chides": true, "chided": true, "chiding": true,
	"scold": true, "scolds": true, "scolded": true, "scolding": true,
	"slam": true, "slams": true, "slammed": true, "slamming": true,
	"censure": true, "censures": true, "censured": true, "censuring": true,
	"condemn": true, "condemns": true, "condemned": true, "condemning": true,
	"mock": true, "mocks": true, "mocked": true, "mocking": true,
	"congratulate": true, "congratulates": true, "congratulated": true, "congratulating": true,
	"punish": true, "punishes": true, "punished": true, "punishing": true,
	"fine": true, "fines": true, "fined": true, "fining": true,
	"sue": true, "sues": true, "sued": true, "suing": true,
	"hold": true, "holds": true, "held": true, "holding": true,
}
