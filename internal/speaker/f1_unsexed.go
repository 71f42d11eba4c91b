package speaker

import (
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// unsexedRecur is how often a name of unknown sex must have been named
// before a "he" or "she" for the pronoun to be read as meaning it.
const unsexedRecur = 2

// abstainUnsexed takes back the speaker of a direct quotation whose cue
// is "he" or "she" when the pronoun was resolved to a name whose sex
// nothing tells (no title, no given name of given.txt), that has not
// been named as a speaker before, and that the text has named fewer
// than unsexedRecur times before the pronoun. In stories such a name,
// met once or twice and never speaking, is most often a place, a house,
// a ship or a thing ("They walked up from Blackmoor. “…,” he said";
// "aboard the Lusitania"), while the man or woman "he" means is
// described, not named ("The parson rode nearer. “…,” he said"): the
// resolution is then a guess, wrong about three times in four on the
// novels we read, and the product's rule is to say no speaker rather
// than guess. A character the narration follows is named again and
// again, or has spoken under a cue that names them, and keeps the
// resolution. The quotation keeps its cue; only the name goes.
//
// One pass in text order: the mentions before each pronoun are counted
// by last word as a cursor passes them, and the speakers named by a
// cue that is not a pronoun are recorded as the quotations pass, so the
// work is linear in the mentions and quotations.
func (a *attributor) abstainUnsexed() {
	qs := a.d.Quotes
	n, heShe := 0, false
	for i := range qs {
		if m := qs[i].Speaker.Mention; qs[i].Speaker.Name != "" && m.End > m.Start {
			n++
			heShe = heShe || a.heSheCue(&qs[i])
		}
	}
	if !heShe {
		return
	}
	order := make([]int, 0, n)
	for i := range qs {
		if qs[i].Speaker.Name != "" && qs[i].Speaker.Mention.End > qs[i].Speaker.Mention.Start {
			order = append(order, i)
		}
	}
	// By the mention's place: a cue after its quotation comes after the
	// quotation's start.
	sort.SliceStable(order, func(x, y int) bool {
		return qs[order[x]].Speaker.Mention.Start < qs[order[y]].Speaker.Mention.Start
	})
	type seen struct {
		n      int  // mentions so far with this last word
		gender byte // the sex of the last of them ('m', 'f' or 0)
		person bool // the last of them is a description of a person
	}
	// asked holds the last words of the names given to "he" and "she"
	// in top-level direct quotations, the only words byLast is asked
	// of below: the mentions with another last word, most of them, are
	// not counted (askedF turns them away without hashing them).
	asked := map[string]bool{}
	var askedF doc.WordFilter
	for _, i := range order {
		if q := &qs[i]; q.Parent < 0 && q.Kind == doc.QuoteDirect && isHeShe(a.text[q.Speaker.Mention.Start:q.Speaker.Mention.End]) {
			lw := lastWordOf(q.Speaker.Name)
			asked[lw] = true
			askedF.Add(lw)
		}
	}
	byLast := map[string]seen{}
	spoke := map[string]bool{}
	k := 0
	for _, i := range order {
		q := &qs[i]
		m := q.Speaker.Mention
		for ; k < len(a.mentions) && a.mentions[k].Start < m.Start; k++ {
			mn := &a.mentions[k]
			lw := lastWordOf(mn.text)
			if lw != "" && !askedF.Maybe(lw) || !asked[lw] {
				continue // a word byLast is not asked of
			}
			s := byLast[lw]
			s.n++
			s.gender, s.person = mn.gender, mn.person || mn.thing
			byLast[lw] = s
		}
		name := q.Speaker.Name
		lw := lastWordOf(name)
		if w := a.text[m.Start:m.End]; !isHeShe(w) {
			if len(w) > 4 || !isPronounWord(strings.ToLower(w)) {
				spoke[lw] = true // named by a cue that is no pronoun
			}
			continue
		}
		if q.Parent >= 0 || q.Kind != doc.QuoteDirect || spoke[lw] {
			continue
		}
		s, ok := byLast[lw]
		if !ok || s.gender != 0 || s.person || s.n >= unsexedRecur || strings.IndexByte(name, ' ') >= 0 || titled(name) || !a.inConversation(i) {
			continue
		}
		q.Speaker = doc.Speaker{}
		q.Chain = dropSpeakerHops(q.Chain, name)
	}
}

// lastWordOf is the last space-separated word of s.
func lastWordOf(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// isPronounWord reports whether w (lower case) is a personal pronoun
// that a cue may name a speaker by.
func isPronounWord(w string) bool {
	switch w {
	case "he", "she", "i", "we", "they", "it", "you", "him", "her", "them":
		return true
	}
	return false
}

// titled reports whether name opens with a title ("Dr. Moss", of
// either sex) or a given name that tells its bearer's sex: a person's
// name, which is no guess of a place's for "he" or "she".
func titled(name string) bool {
	f := name
	if i := strings.IndexByte(name, ' '); i >= 0 {
		f = name[:i]
	}
	low := strings.TrimSuffix(strings.ToLower(f), ".")
	if _, ok := titles[low]; ok {
		return true
	}
	_, ok := given[low]
	return ok
}

// dropSpeakerHops takes the speaker's own hops off the end of a chain
// of hands: the name and "name’s work".
func dropSpeakerHops(chain []string, name string) []string {
	for len(chain) > 0 {
		c := chain[len(chain)-1]
		if c != name && !strings.HasPrefix(c, name+"’s ") {
			break
		}
		chain = chain[:len(chain)-1]
	}
	return chain
}

// conversationReach is how many top-level direct quotations on either
// side inConversation reads, and conversationAsks how many of those (the
// quotation itself among them) must ask or exclaim.
const (
	conversationReach = 8
	conversationAsks  = 3
)

// inConversation reports whether quotation i stands among lines of a
// conversation: of the top-level direct quotations near it, several end
// in "?" or "!". Characters in a story ask and exclaim as they talk;
// a news report quotes statements, and seldom a run of questions
// (PolNeAR dev has at most five in a whole article). Stories are where
// a pronoun's antecedent is often a description rather than a name.
func (a *attributor) inConversation(i int) bool {
	qs := a.d.Quotes
	n, seen := 0, 0
	for j := i; j >= 0 && j >= i-4*conversationReach && seen <= conversationReach; j-- {
		if qs[j].Parent < 0 && qs[j].Kind == doc.QuoteDirect {
			seen++
			if asks(a.text, &qs[j]) {
				n++
			}
		}
	}
	seen = 0
	for j := i + 1; j < len(qs) && j <= i+4*conversationReach && seen < conversationReach; j++ {
		if qs[j].Parent < 0 && qs[j].Kind == doc.QuoteDirect {
			seen++
			if asks(a.text, &qs[j]) {
				n++
			}
		}
	}
	return n >= conversationAsks
}

// asks reports whether q's words end in "?" or "!", closing marks and
// commas aside.
func asks(text string, q *doc.Quote) bool {
	if len(q.Content) == 0 {
		return false
	}
	w := strings.TrimRight(text[q.Content[0].Start:q.Content[len(q.Content)-1].End], " ,\"'”’\n")
	return strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!")
}

// isHeShe reports whether w is "he" or "she", in any case.
func isHeShe(w string) bool {
	// The lengths first: "h" and "e" fold to no rune beyond ASCII, so
	// "he" is two bytes; "s" folds to "ſ" too (two bytes), so "she"
	// is three or four.
	return len(w) == 2 && strings.EqualFold(w, "he") || (len(w) == 3 || len(w) == 4) && strings.EqualFold(w, "she")
}

// heSheCue reports whether q is a top-level direct quotation whose
// speaker was resolved from a "he" or "she" cue: the quotations that
// the fiction passes (abstainUnsexed, notTheNamed, abstainHeadingNames)
// read again.
func (a *attributor) heSheCue(q *doc.Quote) bool {
	m := q.Speaker.Mention
	return q.Parent < 0 && q.Kind == doc.QuoteDirect && q.Speaker.Name != "" && isHeShe(a.text[m.Start:m.End])
}
