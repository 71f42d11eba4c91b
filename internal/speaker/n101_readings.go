package speaker

// This file holds the readers of the thirty-ninth session's round, each
// a shape of plain news prose that the blind sets (newsprobe) showed
// read wrong. Each is wired where the reading it mends was made, and
// tested in TestN101Readings.

import "github.com/hearsay-project/hearsay/internal/doc"

// n101OwnersBody reports whether the mark toks[j], an apostrophe right
// after a plural word of a name, is the plural possessive inside a
// body's name: "the Rail Drivers’ Federation", "the National Farmers’
// Union", "the Ferrow Patients’ Advocacy Forum". nameAt ended the name
// at the mark, so the body was read as "Federation" and its appositive
// or bracketed initials cut from the speaker's mention. The name goes on
// only when the capitalised words after the mark (one or two) end in a
// noun of bodies: "the Democrats’ Senate majority" is two names.
func n101OwnersBody(text string, toks []tok, j int) bool {
	if t := toks[j].low; t != "’" && t != "'" || j+1 >= len(toks) || toks[j].s != toks[j-1].e {
		return false
	}
	if w := toks[j-1].low; len(w) < 3 || w[len(w)-1] != 's' || w[len(w)-2] == '\'' {
		return false // no plural before the mark
	}
	for h := j + 1; h <= j+2 && h < len(toks); h++ {
		t := &toks[h]
		if !t.word || !capital(t.str(text)) || t.s != toks[h-1].e+1 && h > j+1 || h == j+1 && t.s != toks[j].e+1 {
			return false
		}
		if n101BodyHeads[t.low] {
			return true
		}
	}
	return false
}

// n101BodyHeads are the last words of bodies whose names hold a plural
// possessive: unions, associations and forums of their members.
var n101BodyHeads = map[string]bool{"union": true, "federation": true, "association": true, "forum": true, "league": true, "alliance": true, "coalition": true, "guild": true, "council": true, "institute": true, "foundation": true, "society": true, "fund": true, "trust": true, "network": true, "club": true, "cooperative": true, "co-operative": true, "collective": true, "committee": true, "campaign": true, "group": true}

// n101OwnedKin reports whether toks[j], before the words of a mention
// that begin at toks[j+1] (j+1 < i0, the name's first token), is "his",
// "her" or "their" opening the sentence before a noun of a person:
// "Her brother Jonah, 12, said", "Their son Eli, 10, said". The look
// back from the name stops at a possessive pronoun, which elsewhere is
// the object's ("told her brother Jonah"), so the mention began at the
// noun; an age or an appositive after the name kept the reading that
// takes the pronoun in from reaching it. At the sentence's start the
// pronoun can only be the subject's.
func n101OwnedKin(text string, toks []tok, j, i0 int) bool {
	w := toks[j].low
	return (w == "her" || w == "his" || w == "their") && j+1 < i0 && toks[j+1].is(isPerson) && sentenceFirst(text, toks, j)
}

// n101AnonSubject is n99BecauseSubject for a reason that runs to the
// cue with no "because": "A woman who was pumping gas across the road
// and did not want to give her name told KVRN News she heard the
// crash", "A man who works at the depot and asked not to be named
// said". The readers of a subject read back from the cue into the
// reason and named "her name". The reason's last words, right before
// the cue (toks[k] the subject's last), must name the name withheld or
// the anonymity kept, which is asked first of the last few words, so
// that most cues read nothing more; the clause of "who" must hold the
// reason after its "who" or an "and" (anonymity), and every token from
// the clause's start to the cue must be a word. The mention is the
// whole phrase, the name the noun phrase before "who".
func n101AnonSubject(text string, toks []tok, k int) found {
	if k < 5 || k+1 >= len(toks) {
		return found{}
	}
	// The name given, after the reason and its comma: "and would give
	// only his first name, Declan, said". The person is the name.
	e, given := k, ""
	if toks[e].low == "," {
		e--
	}
	if toks[e].word && capital(toks[e].str(text)) && e >= 4 {
		switch {
		case toks[e-1].low == "," && toks[e-2].low == "name":
			given, e = toks[e].str(text), e-2
		case toks[e-1].low == "as" && toks[e-2].low == "name":
			given, e = toks[e].str(text), e-2 // "gave her name as Trish"
		case toks[e-1].low == "as" && toks[e-2].low == "only" && toks[e-3].low == "name":
			given, e = toks[e].str(text), e-3 // "gave her name only as Trish"
		}
	}
	if !toks[e].word {
		return found{}
	}
	switch toks[e].low {
	case "name", "names", "named", "identified", "anonymity", "anonymous", "surname", "used", "publicly":
	default:
		return found{}
	}
	cs := clauseStart(text, toks, e+1)
	if e-cs > 30 {
		return found{}
	}
	w, anon := -1, false
	for i := cs + 1; i <= e; i++ {
		if !toks[i].word && toks[i].str(text) != "’s" && toks[i].str(text) != "'s" {
			return found{}
		}
		if w < 0 && toks[i].low == "who" && toks[i-1].word {
			w = i
		} else if w >= 0 && (toks[i-1].low == "who" || toks[i-1].low == "and") && anonymity(toks, i) {
			anon = true
		}
	}
	if w < 0 || !anon {
		return found{}
	}
	head, ok := phraseAt(text, toks, cs, w)
	if !ok || toks[cs].is(isPronoun) {
		return found{}
	}
	f := found{subj: doc.Span{Start: head.Start, End: toks[e].e}, name: text[head.Start:head.End], ok: true, whole: true}
	if given != "" {
		f.subj.End, f.name = toks[k].e, given
		if toks[k].low == "," {
			f.subj.End = toks[k-1].e
		}
	}
	return f
}
