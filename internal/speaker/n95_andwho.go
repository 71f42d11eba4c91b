package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n95AndWho widens a mention to a second relative clause joined to its
// first by ", and who": "A Keystrand executive who attended the
// hearing, and who asked not to be named because …, said", "Ann Lee,
// who chairs the board, and who voted against it, said". News prose
// strings a source's description and the reason it goes unnamed so;
// the readers of a subject stop at the comma before "and", which
// elsewhere joins a second subject. The clause runs to a comma right
// before the cue, with no mark that opens a quotation, no semicolon and
// no sentence's end in it (an apostrophe may be a possessive's: "the
// state’s delegation"); the closing comma is n70CloseAppositives's. One
// pass, constant work a quotation.
func n95AndWho(d *doc.Document) {
	text := d.Text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m, c := &q.Speaker.Mention, q.Cue
		if m.End <= m.Start || c.Start < m.End+10 || c.Start-m.End > n95Reach || text[m.End] != ',' {
			continue
		}
		gap := text[m.End:c.Start]
		if !strings.HasPrefix(gap, ", and who") && !strings.HasPrefix(gap, ", and whose") && !strings.HasPrefix(gap, ", and which") {
			continue
		}
		body := strings.TrimRight(gap, " ")
		if !strings.HasSuffix(body, ",") || strings.ContainsAny(body[1:len(body)-1], ";\"“”‘«»\n") || strings.Contains(body, ". ") && !abbreviationsOnly(body) {
			continue
		}
		m.End += len(body) - 1
	}
}

// n95Reach bounds the clause n95AndWho reads, in bytes.
const n95Reach = 240

// abbreviationsOnly reports whether every ". " in s follows a short
// capitalised abbreviation ("Oct. 8", "Dr. Lee", "St. Paul"), no
// sentence's end.
func abbreviationsOnly(s string) bool {
	for i := strings.Index(s, ". "); i >= 0; {
		j := strings.LastIndexByte(s[:i], ' ')
		w := s[j+1 : i]
		if len(w) == 0 || len(w) > 4 || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		k := strings.Index(s[i+2:], ". ")
		if k < 0 {
			break
		}
		i += 2 + k
	}
	return true
}

// n98AndWhoSubject reads the subject of a cue after toks[k], a comma,
// that is a noun phrase with a restrictive clause of "who" and a second
// clause joined by ", and who" that runs to that comma: "A strategist
// who is not working for any of the campaigns, and who asked not to be
// named because he advises clients, said". The readers of a subject
// read back from the cue into the second clause ("no one", "clients")
// and found no one. The mention is the whole phrase, the name the noun
// phrase before the first "who". The second clause must report nothing
// of its own (reportsClause).
func n98AndWhoSubject(text string, toks []tok, k int) found {
	if k < 6 || toks[k].str(text) != "," {
		return found{}
	}
	j := -1 // the comma of ", and who"
	for i := k - 3; i >= 2 && i > k-45; i-- {
		if !toks[i].word && boundary(text, toks, i) {
			return found{}
		}
		if toks[i].str(text) == "," && toks[i+1].low == "and" && toks[i+2].low == "who" {
			j = i
			break
		}
	}
	if j < 0 || reportsClause(text, toks, j+3) {
		return found{}
	}
	cs := clauseStart(text, toks, j)
	w := -1 // the first "who", restrictive: right after the head's noun
	for i := cs + 1; i < j; i++ {
		if toks[i].low == "who" {
			if toks[i-1].word {
				w = i
			}
			break
		}
	}
	if w < 0 || reportsClause(text, toks, w+1) {
		return found{}
	}
	head, ok := phraseAt(text, toks, cs, w)
	if !ok || toks[cs].is(isPronoun) {
		return found{}
	}
	return found{subj: doc.Span{Start: head.Start, End: toks[k-1].e}, name: text[head.Start:head.End], ok: true, whole: true}
}

// n99BecauseSubject reads the subject of a cue after toks[k] that is a
// noun phrase with a restrictive clause of "who" saying why the source
// goes unnamed, its reason given by "because" and a clause that runs to
// the cue: "An emergency department nurse who has worked there for 11
// years and asked not to be named because she feared for her job said
// …". The readers of a subject read back from the cue into the reason
// ("her job", "she"). The mention is the whole phrase, the name the
// noun phrase before "who".
func n99BecauseSubject(text string, toks []tok, k int) found {
	if k < 8 || !toks[k].word {
		return found{}
	}
	b := -1 // "because"
	for i := k - 1; i >= 4 && i > k-20; i-- {
		if !toks[i].word {
			return found{} // a mark between: another reader's shape
		}
		if toks[i].low == "because" {
			b = i
			break
		}
		if sayForm(toks[i].low) {
			return found{} // the subject's own verb of saying lies between: "… because they were not authorized to discuss the talks said Vostren wanted …"
		}
	}
	if b < 0 {
		return found{}
	}
	head, ok := anonHead(text, toks, clauseStart(text, toks, b), b, true)
	if !ok {
		return found{}
	}
	return found{subj: doc.Span{Start: head.Start, End: toks[k].e}, name: text[head.Start:head.End], ok: true, whole: true}
}

// anonHead reads toks[cs:to] as a noun phrase with a restrictive clause
// of "who" that holds, after its "who" or an "and", the reason a source
// goes unnamed (anonymity): "An emergency department nurse who has
// worked there for 11 years and asked not to be named". Every token is
// a word or a possessive's, or, with stops, an abbreviation's full stop.
// It returns the noun phrase before "who" (phraseAt), which no pronoun
// opens.
func anonHead(text string, toks []tok, cs, to int, stops bool) (doc.Span, bool) {
	w, anon := -1, false
	for i := cs + 1; i < to; i++ {
		if s := toks[i].str(text); !toks[i].word && s != "’s" && s != "'s" && !(stops && s == ".") {
			return doc.Span{}, false
		}
		if w < 0 && toks[i].low == "who" && toks[i-1].word {
			w = i
		} else if w >= 0 && (toks[i-1].low == "who" || toks[i-1].low == "and") && anonymity(toks, i) {
			anon = true
		}
	}
	if w < 0 || !anon || toks[cs].is(isPronoun) {
		return doc.Span{}, false
	}
	if h, ok := phraseAt(text, toks, cs, w); ok {
		return h, true
	}
	if w == cs+1 && toks[cs].pluralNoun() && !toks[cs].is(isFunction) {
		return doc.Span{Start: toks[cs].s, End: toks[cs].e}, true // a bare plural: "Officials who spoke on condition of anonymity because …"
	}
	return doc.Span{}, false
}

// sayForm reports whether w is a form of "say" or "tell" that ends a
// subject before it: no reason to go unnamed runs past one.
func sayForm(w string) bool {
	switch w {
	case "said", "says", "say", "told", "tells":
		return true
	}
	return false
}
