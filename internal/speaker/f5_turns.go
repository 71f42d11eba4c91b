package speaker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// f5Turn is one paragraph of a run of dialogue turns (turns).
type f5Turn struct {
	para, first, last int         // the paragraph and its first and last top-level direct quotations
	kind              f5TurnKind  // named, bare, or neither
	sp                doc.Speaker // a named turn's speaker
	called            doc.Span    // the name the turn calls someone by (vocative), if any
	caller            int         // the quotation whose words hold called
	trail             bool        // a bare turn with narration after its words (f8_trail.go)
	trailSex          byte        // the sex of the pronoun that opens a trail's narration, or 0
	trailName         string      // the name that opens a trail's narration, or ""
}

type f5TurnKind uint8

const (
	f5Break f5TurnKind = iota // narration and no speaker, or two speakers: ends a run
	f5Named                   // a speaker named by the quotation's own attribution
	f5Bare                    // nothing but quotations, no speaker
)

// f5Fill gives the bare turns of run, consecutive paragraphs, their
// speakers (turns): a paragraph with narration and no speaker splits it
// into runs read each on its own. It returns how many turns it gave.
func (a *attributor) f5Fill(run []f5Turn) (given int) {
	if len(run) < 2 {
		return 0 // a paragraph alone, as most of news: no one to answer
	}
	a.f5Described(run)
	lo := 0
	for k := 0; k <= len(run); k++ {
		if k == len(run) || run[k].kind == f5Break {
			if k-lo >= 2 {
				given += a.f5Split(run[lo:k])
			}
			lo = k + 1
		}
	}
	return given
}

// f5Split cuts run, named and bare turns, into conversations of two
// people and gives each its bare turns' speakers (f5Give), reading the
// turns in order. A named turn that breaks the alternation (its
// parity's party is someone else, or it is the other party) starts a
// new conversation between it and the turn before, as the one who
// speaks now answers the last line. A turn that calls someone by name
// makes them the next turn's party where none is known yet; one that
// calls a third person starts a new conversation between the caller
// and the one called, unless the caller's turn and the one before are
// both known already (an alternation the text has just shown, which
// held up better on the novels than the name called). A bare turn that
// calls its own parity's party is not theirs: the conversation ends
// before it, and the one called answers it.
// A named turn whose speaker is a description of a person
// (f5Description, f5Person: "said the young man", "his aunt replied";
// not "the letter reads"), where the two turns before it
// are known and the alternation gives it to a party with a name, is
// that party's (its name changes, its mention stays): a novel calls a
// character by a description in the middle of a conversation of two
// without bringing in a third; not a possessive description of the
// party's own kin ("her mother" of Ann is not Ann).
func (a *attributor) f5Split(run []f5Turn) (given int) {
	var party [2]doc.Speaker
	lo, both := 0, len(run) // both: the first turn after which both parties are known
	known := func(k int) bool { return k >= lo && (run[k].kind == f5Named || k > both) }
	// restart gives run[lo:end] and starts a new conversation at from,
	// seeded with turn from's speaker where it has one by then.
	restart := func(end, from int) {
		given += a.f5Give(run[lo:end], party)
		lo, both, party = from, len(run), [2]doc.Speaker{}
		if from < len(run) {
			party[0] = a.d.Quotes[run[from].first].Speaker
		}
	}
	set := func(s int, sp doc.Speaker, at int) {
		party[s] = sp
		if party[1-s].Name != "" && both == len(run) {
			both = at
		}
	}
	for k := 0; k < len(run); k++ {
		t := &run[k]
		s := (k - lo) & 1
		if t.kind == f5Named {
			if k-lo >= 2 && f5Description(t.sp.Name) && f5Person(t.sp.Name) && party[s].Name != "" && party[1-s].Name != "" && known(k-1) && known(k-2) && f5Proper(party[s].Name) && !a.f5Owner(t, party[s].Name) && a.f8DescFits(t.sp.Name, party[s]) {
				// "said the young man" where the alternation just shown
				// gives the turn to a party named: that party.
				a.f5Rename(t, party[s].Name)
			}
			if party[s].Name != "" && !f7SameParty(party[s].Name, t.sp.Name) || party[1-s].Name != "" && f7SameParty(party[1-s].Name, t.sp.Name) {
				restart(k, max(k-1, lo))
				if f7SameParty(party[0].Name, t.sp.Name) {
					restart(k, k) // the same speaker twice: no answer
				}
				s = (k - lo) & 1
			}
			if party[s].Name == "" {
				set(s, t.sp, k)
			}
		}
		v := t.called
		if v.End == 0 || k+1 >= len(run) || run[k+1].kind == f5Named || t.caller != t.last {
			continue // none called, the next turn names its own speaker, or the call was answered within the paragraph
		}
		name := a.text[v.Start:v.End]
		next := a.d.Quotes[run[k+1].first].Start
		switch ns := 1 - s; {
		case t.kind == f5Named && samePerson(name, t.sp.Name):
			// A speaker who names themselves: no one called.
		case t.kind == f5Bare && party[s].Name != "" && samePerson(name, party[s].Name):
			restart(k, k+1)
			party[0] = a.speakerNamed(v, next)
		case party[ns].Name == "":
			set(ns, a.speakerNamed(v, next), k+1)
		case samePerson(name, party[ns].Name):
		case k > lo && known(k-1) && known(k):
			// The alternation just shown outweighs the name called.
		default:
			restart(k+1, k)
			set(1, a.speakerNamed(v, next), k+1)
		}
	}
	restart(len(run), len(run))
	return given
}

// f5Give gives the bare turns of seg, a conversation of two people
// whose parties by parity are party, their speakers once both are
// known and are not one person: those after the first named turn (or
// the first turn, where it was seeded with a speaker), not those
// before, which may close an earlier exchange. A bare turn that calls
// its own party's name ends the giving: the turn is not theirs, and
// the alternation is in doubt from there.
func (a *attributor) f5Give(seg []f5Turn, party [2]doc.Speaker) (given int) {
	if len(seg) >= 2 {
		party = a.f8Resume(seg, party) // the other party of the conversation a narration paragraph broke off: f8_resume.go
	}
	if len(seg) >= 2 && (party[0].Name == "") != (party[1].Name == "") {
		return a.f10OneParty(seg, party) // one party known: its own turns (f10_oneparty.go)
	}
	if len(seg) < 2 || party[0].Name == "" || party[1].Name == "" || f7SameParty(party[0].Name, party[1].Name) {
		return 0
	}
	if f5Indefinite(party[0].Name) || f5Indefinite(party[1].Name) {
		return 0 // "said one aunt", "a voice": someone new, not a party who speaks again
	}
	a.f8conv = f8Conversation{party: party, last: seg[len(seg)-1].para, ok: f8HasBare(seg)}
	seg = seg[:a.f8SirStop(seg, party)] // "How is he, sir?" answered by a woman: a third person (f8_resume.go)
	d := a.d
	first := 0
	for first < len(seg) && seg[first].kind != f5Named {
		first++
	}
	if a.d.Quotes[seg[0].first].Speaker.Name != "" {
		first = 0
	}
	cur := party // each parity's speaker as last named before the turn
	for k := range seg {
		t, s := &seg[k], k&1
		if t.kind == f5Named {
			if samePerson(t.sp.Name, cur[s].Name) {
				cur[s] = t.sp
			}
			continue
		}
		if a.calls(t.called, cur[s].Name) {
			break
		}
		if k < first {
			continue
		}
		sp := cur[s]
		if t.trail && !a.f8TrailFits(t, sp) {
			break // the narration after the line tells someone else: f8_trail.go
		}
		f5GiveTurn(d, t, sp)
		given++
	}
	return given
}

// f5GiveTurn gives sp the top-level direct quotations of turn t's
// paragraph that have no speaker yet.
func f5GiveTurn(d *doc.Document, t *f5Turn, sp doc.Speaker) {
	for j := t.first; j < len(d.Quotes) && d.Quotes[j].Start < d.Paragraphs[t.para].End; j++ {
		if q := &d.Quotes[j]; q.Parent < 0 && q.Kind == doc.QuoteDirect && q.Speaker.Name == "" {
			q.Speaker = sp
			q.Chain = append(q.Chain[:0:0], sp.Name)
		}
	}
}

// f5Described names the speaker of a named turn that the text gives
// only by a description ("said the young man", "replied his wife")
// after the name a neighbouring turn calls them by: a turn that calls
// someone by name is answered by them, and the turn answered is the
// one they reply to ("“Sit down, Ed Moss.”¶“I would rather stand,” said
// the young man." or "“Where to?” asked the young man.¶“Home, Ed
// Moss.”": the young man is Ed Moss). The description's other turns
// in the run are renamed with it, as a novel keeps calling one
// character by one description through a conversation. Where the
// turns before and after call two different names, or the caller is
// the described speaker, it is left as it is. "The other" ("“…,”
// replied the other") is the one of two speaking in turn who did not
// speak last: the named speaker two turns before, where the turn
// between is someone else's. The mention stays the description; only
// the name changes.
func (a *attributor) f5Described(run []f5Turn) {
	for k := range run {
		t := &run[k]
		if t.kind != f5Named || !f5Description(t.sp.Name) {
			continue
		}
		desc := t.sp.Name
		if f5Other(desc) {
			// "“…,” replied the other": of two who speak in turn, the
			// one who did not speak last, the speaker before them.
			if k >= 2 && run[k-1].kind == f5Named && run[k-2].kind == f5Named && !samePerson(run[k-1].sp.Name, run[k-2].sp.Name) && !f5Other(run[k-2].sp.Name) && a.f8DescFits(desc, run[k-2].sp) {
				a.f5Rename(t, run[k-2].sp.Name)
			}
			continue
		}
		var name string
		for _, j := range [2]int{k - 1, k + 1} {
			if j < 0 || j >= len(run) || run[j].called.End == 0 || run[j].kind == f5Break {
				continue
			}
			if j < k && run[j].caller != run[j].last || j > k && run[j].caller != run[j].first {
				continue // a call answered within its paragraph, or one after the answer
			}
			if o := &run[j]; o.kind == f5Named && (strings.EqualFold(o.sp.Name, desc) || a.calls(o.called, o.sp.Name)) {
				continue // the description calling, or a speaker naming themselves
			}
			v := run[j].called
			nsp := a.speakerNamed(v, a.d.Quotes[t.first].Start)
			n := nsp.Name
			if !a.f8DescFits(desc, nsp) {
				name = "" // "her sister" called "Edward": f8_desc.go
				break
			}
			if name != "" && !samePerson(name, n) {
				name = "" // two names called: whose is the description?
				break
			}
			name = n
		}
		if name == "" || !f5Proper(name) || a.f5Owner(t, name) {
			continue
		}
		for j := range run {
			if o := &run[j]; o.kind == f5Named && strings.EqualFold(o.sp.Name, desc) {
				a.f5Rename(o, name)
			}
		}
	}
}

// f5Rename gives the quotations of turn t named by its description
// the name name.
func (a *attributor) f5Rename(t *f5Turn, name string) {
	d, desc := a.d, t.sp.Name
	for j := t.first; j < len(d.Quotes) && d.Quotes[j].Start < d.Paragraphs[t.para].End; j++ {
		q := &d.Quotes[j]
		if q.Parent >= 0 || q.Speaker.Name != desc {
			continue
		}
		q.Speaker.Name = name
		if n := len(q.Chain); n > 0 && q.Chain[n-1] == desc {
			q.Chain = append(q.Chain[:n-1:n-1], name)
		}
	}
	t.sp.Name = name
}

// f5Description reports whether a speaker's name is a definite
// description of a person the text gave no name for: "the young man",
// "his wife" (a determiner or a possessive, then more words, the last
// in lower case). "The Caterpillar", "the General" are the names a
// novel gives its characters (as resolveDescription reads them), and
// "the author", the voice of the narration's "I", no description.
func f5Description(name string) bool {
	i := f5SpaceIndex(name)
	if i < 0 || i+1 >= len(name) {
		return false
	}
	switch name[:i] {
	case "the", "The", "his", "His", "her", "Her":
	default:
		return false
	}
	last := name[f5LastSpaceIndex(name)+1:]
	return last != "" && !capital(last) && name != "the author" && name != "the narrator"
}

// f5Person reports whether a description's last word is a noun of a
// person (persons.txt, f5Persons): "the young man", not "the letter"
// ("“…,” the letter reads." in news, after two quoted speakers).
func f5Person(desc string) bool {
	last := desc[f5LastSpaceIndex(desc)+1:]
	_, person := persons[last]
	return person || f5Persons[last]
}

// f5Owner reports whether turn t's speaker is a possessive description
// ("her mother") whose possessor, as the pronoun would be read where
// it stands, is name: no one is their own mother.
func (a *attributor) f5Owner(t *f5Turn, name string) bool {
	m := t.sp.Mention
	if m.End-m.Start < 5 || a.text[m.Start]|0x20 != 'h' {
		return false
	}
	var pron string
	switch strings.ToLower(a.text[m.Start : m.Start+4]) {
	case "his ":
		pron = "he"
	case "her ":
		pron = "she"
	default:
		return false
	}
	return samePerson(a.resolveAt(pron, doc.Span{Start: m.Start, End: m.Start + 3}), name)
}

// f5Proper reports whether a speaker's name is a name that can stand
// for a description: capitalised, and not itself a description ("The
// boy", "A voice").
func f5Proper(name string) bool {
	if !capital(name) {
		return false
	}
	i := f5SpaceIndex(name)
	if i < 0 {
		return true
	}
	switch name[:i] {
	case "The", "A", "An", "His", "Her", "One":
		return false
	}
	return true
}

// f5Other reports whether a speaker's name is "the other" (in any case,
// any space between).
func f5Other(name string) bool {
	i := f5SpaceIndex(name)
	return i == 3 && strings.EqualFold(name[:3], "the") && strings.EqualFold(strings.TrimLeftFunc(name[3:], unicode.IsSpace), "other")
}

// f5Persons are nouns of a person that persons.txt (a lexicon of roles
// for news) lacks and novels call their characters by.
var f5Persons = map[string]bool{
	"lady": true, "gentleman": true, "gentlewoman": true, "companion": true, "stranger": true,
	"youth": true, "fellow": true, "lad": true, "lass": true, "visitor": true, "guest": true,
	"servant": true, "maid": true, "housekeeper": true, "landlady": true, "landlord": true,
	"clerk": true, "porter": true, "policeman": true, "constable": true, "sailor": true,
	"prisoner": true, "traveller": true, "traveler": true, "host": true, "hostess": true,
}

// f5Indefinite reports whether a speaker's name opens with an
// indefinite word ("a voice", "one aunt", "another guest"): a reader
// meets someone new, whom the next turns but one need not be.
func f5Indefinite(name string) bool {
	i := f5SpaceIndex(name)
	if i < 0 {
		return false
	}
	switch strings.ToLower(name[:i]) {
	case "a", "an", "one", "another", "some", "someone":
		return true
	}
	return false
}

// f5SpaceIndex is strings.IndexFunc(s, unicode.IsSpace), and
// f5LastSpaceIndex strings.LastIndexFunc(s, unicode.IsSpace), reading
// an ASCII byte from a table (f5Space, unicode.IsSpace's own answers)
// and only a byte beyond ASCII as a rune: the round of f15 asks them of
// every quotation's speaker, and the call through a function value for
// each character was most of what they cost (TestF5SpaceIndex).
func f5SpaceIndex(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			if j := strings.IndexFunc(s[i:], unicode.IsSpace); j >= 0 {
				return i + j
			}
			return -1
		} else if f5Space[c] {
			return i
		}
	}
	return -1
}

func f5LastSpaceIndex(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if c := s[i]; c >= utf8.RuneSelf {
			return strings.LastIndexFunc(s[:i+1], unicode.IsSpace)
		} else if f5Space[c] {
			return i
		}
	}
	return -1
}

// f5Space holds unicode.IsSpace of each ASCII byte.
var f5Space = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = unicode.IsSpace(rune(c))
	}
	return t
}()
