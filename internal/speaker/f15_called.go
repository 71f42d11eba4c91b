package speaker

import (
	"slices"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// f15CallReach bounds the uses of a description f15Called reads on
// either side of a quotation: f15CallTurns quotations, f15CallBytes
// bytes; f15NextBytes bounds how far the turn before or after a use
// may be from it.
const (
	f15CallTurns = 40
	f15CallBytes = 12000
	f15NextBytes = 800
)

// f15Demonyms are the capitalised nouns of a nation or a people that
// an older novel calls a character by ("said the Jew", "the young
// American replied"): a description, though capitalised, not a name
// like "the Dodger" or "the Caterpillar".
var f15Demonyms = map[string]bool{
	"Jew": true, "Jewess": true, "American": true, "Englishman": true, "Englishwoman": true,
	"Frenchman": true, "Frenchwoman": true, "German": true, "Italian": true, "Russian": true,
	"Spaniard": true, "Irishman": true, "Irishwoman": true, "Scotchman": true, "Scotsman": true,
	"Dutchman": true, "Yankee": true, "Turk": true, "Greek": true, "Swede": true, "Dane": true,
}

// f15Called names a quotation whose speaker is a description ("the
// young man", "the doctor", "the Jew") left unresolved after the name
// the other speakers call that description's speaker by, read over the
// description's uses around it: the turn just before a use and the turn
// just after it, by someone else, call the one who speaks it by name
// (“Sit, Ed,” said the Jew. … “Not before you pay, Isaac,” said Ed
// Moss.), as f5Described reads one call, here counted over the scene. The name must be called twice or more, by turns next to two
// different uses or more, and twice as often as any other; a name the
// description itself calls (its speaker talking to someone) counts
// against it. Bounded: f15CallTurns quotations and f15CallBytes bytes
// on either side.
// f15MaxVotes bounds the names f15Called weighs for one description, so
// that a turn calling thousands of names costs no more than a few.
const f15MaxVotes = 16

func (a *attributor) f15Called() {
	d := a.d
	qs := d.Quotes
	// The mentions' words and the names each quotation calls are read
	// once, for all the descriptions whose reach holds them, and only
	// when asked (f15MayDescribe): in news and essays hardly a speaker
	// is such a description, and no mention's words are needed.
	var keys []string
	var keyRead []bool
	key := func(i int) string {
		if keys == nil {
			keys, keyRead = make([]string, len(qs)), make([]bool, len(qs))
		}
		if !keyRead[i] {
			keyRead[i] = true
			m := qs[i].Speaker.Mention
			if qs[i].Parent >= 0 || m.End-m.Start < 5 || m.End > len(d.Text) || m.End-m.Start > 40 || d.Text[m.Start]|0x20 != 't' {
				return ""
			}
			keys[i] = f15Key(d.Text[m.Start:m.End])
		}
		return keys[i]
	}
	var calls map[int][]string
	called := func(j int) []string {
		if c, ok := calls[j]; ok {
			return c
		}
		if calls == nil {
			calls = map[int][]string{}
		}
		var c []string
		a.f13Calls(&qs[j], func(nm string) { c = append(c, nm) })
		calls[j] = c
		return c
	}
	type vote struct {
		name      string
		n, uses   int // the calls, and the turns that call
		last, own int // the last turn counted; the description's own calls
	}
	var votes []vote
	var read []int
	for i := range qs {
		q := &qs[i]
		if q.Parent >= 0 || q.Kind != doc.QuoteDirect && q.Kind != doc.QuoteMixed || !f15MayDescribe(q.Speaker.Name) || !f15Described(q.Speaker.Name, key(i)) {
			continue
		}
		k, desc := key(i), q.Speaker.Name
		votes, read = votes[:0], read[:0]
		add := func(nm string, turn int, own bool) {
			v := 0
			for v < len(votes) && !samePerson(votes[v].name, nm) {
				v++
			}
			if v == len(votes) {
				if len(votes) == f15MaxVotes {
					return // a turn that calls a crowd by name: a list, not a call
				}
				votes = append(votes, vote{name: nm, last: -1})
			}
			x := &votes[v]
			if len(nm) > len(x.name) {
				x.name = nm
			}
			if own {
				x.own++
				return
			}
			x.n++
			if x.last != turn {
				x.uses++
				x.last = turn
			}
		}
		for j := max(0, i-f15CallTurns); j <= min(len(qs)-1, i+f15CallTurns); j++ {
			r := &qs[j]
			if r.Start > q.Start+f15CallBytes || q.Start > r.Start+f15CallBytes || key(j) != k {
				continue
			}
			for _, nm := range called(j) {
				add(nm, j, true)
			}
			// The turns next to this use, by someone else.
			for _, o := range [2]int{f15Turn(qs, j, -1), f15Turn(qs, j, +1)} {
				if o < 0 || key(o) == k || slices.Contains(read, o) {
					continue
				}
				read = append(read, o) // a turn between two uses calls once
				p := &qs[o]
				if p.Start > r.End+f15NextBytes || r.Start > p.End+f15NextBytes {
					continue
				}
				sp := p.Speaker.Name
				if !f5Proper(sp) || sp == narrator {
					continue // an unnamed turn may name its own speaker ("“Isaac, sir.”")
				}
				for _, nm := range called(o) {
					if !samePerson(sp, nm) {
						add(nm, o, false)
					}
				}
			}
		}
		best, second := -1, 0
		for v := range votes {
			if best < 0 || votes[v].n > votes[best].n {
				if best >= 0 {
					second = max(second, votes[best].n)
				}
				best = v
			} else {
				second = max(second, votes[v].n)
			}
		}
		if best < 0 {
			continue
		}
		b := votes[best]
		if b.n < 2 || b.uses < 2 || b.n < 2*second || b.own > 0 || !f5Proper(b.name) {
			continue
		}
		rename(q, desc, b.name)
	}
}

// f15Turn returns the index of the top-level direct quotation before
// (dir -1) or after (dir +1) quotation j, of the next 8, or -1.
func f15Turn(qs []doc.Quote, j, dir int) int {
	for o := j + dir; o >= 0 && o < len(qs) && (o-j)*dir <= 8; o += dir {
		if qs[o].Parent >= 0 || qs[o].Kind != doc.QuoteDirect {
			continue
		}
		return o
	}
	return -1
}

// f15Described reports whether a speaker's name, with its mention's
// words k (lower case, spaces made one), is a description f15Called
// reads: "the young man" left as its words (f15Unresolved), or "Jew"
// of "the Jew", a noun of a people (f15Demonyms).
func f15Described(name, k string) bool {
	if k == "" || !strings.HasPrefix(k, "the ") {
		return false
	}
	if f15Unresolved(name) {
		return strings.EqualFold(strings.Join(strings.Fields(name), " "), k)
	}
	w, ok := f15Demonym(name)
	return ok && strings.HasSuffix(k, strings.ToLower(w))
}

// f15Demonym returns the noun of f15Demonyms that a speaker's name is,
// alone or after "the" ("Jew", "the Jew"), and whether it is one. It
// reads the name's first three words at most, without the slice
// strings.Fields would make.
func f15Demonym(name string) (string, bool) {
	var buf [3]string
	w := n9Fields(buf[:0], name)
	n := len(w)
	if n == 0 {
		return "", false
	}
	if n == 2 && strings.EqualFold(w[0], "the") {
		w[0], n = w[1], 1
	}
	return w[0], n == 1 && f15Demonyms[w[0]]
}

// f15MayDescribe reports whether a speaker's name is one that
// f15Described may read, whatever its mention's words: a description
// (f15Unresolved) or a noun of f15Demonyms. It reads no mention, so
// that f15Called reads the mentions' words only where some speaker is
// such a name, which in news and essays hardly any is.
func f15MayDescribe(name string) bool {
	if f15Unresolved(name) {
		return true
	}
	_, ok := f15Demonym(name)
	return ok
}
