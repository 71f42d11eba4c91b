package speaker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// f15Reach bounds how far, in quotations and in bytes, f15Carry looks
// on either side of a description for another use of it.
const (
	f15Reach      = 12
	f15ReachBytes = 8000
)

// f15Carry names a quotation whose speaker is a definite description of
// a person left unresolved ("“…,” said the young man.") after the
// nearest other quotation, a few turns before or after, whose speaker
// is the same description already resolved to a name ("“…,” said the
// young man" that the conversation gave to Harry Ward): a novel keeps
// calling one character by one description through a scene, and a
// reader who has once learned who "the young man" is reads the next
// "said the young man" as the same man. It reads only the same
// description word for word (case and spacing aside), "the" and a
// person noun (f5Description, f5Person); not "the other" (a different
// one at each turn), not a possessive ("her sister" of another "her"
// is someone else), and not where the uses within reach were given two
// different names (which one?). The look-back and look-ahead are
// bounded (f15Reach quotations, f15ReachBytes bytes), so the pass is
// linear.
func f15Carry(d *doc.Document) {
	qs := d.Quotes
	key := func(i int) string {
		m := qs[i].Speaker.Mention
		if m.End <= m.Start || m.End > len(d.Text) || m.End-m.Start > 60 {
			return ""
		}
		return f15Key(d.Text[m.Start:m.End])
	}
	for i := range qs {
		q := &qs[i]
		if q.Kind != doc.QuoteDirect && q.Kind != doc.QuoteMixed {
			continue
		}
		name := q.Speaker.Name
		if !f15Unresolved(name) {
			continue
		}
		k := key(i)
		if k == "" || k != f15Key(name) {
			continue // the name is not the mention's own words
		}
		found, best := "", f15Reach+1
		clash := false
		for j := max(0, i-f15Reach); j <= min(len(qs)-1, i+f15Reach); j++ {
			if j == i {
				continue
			}
			r := &qs[j]
			if r.Start > q.Start+f15ReachBytes || q.Start > r.Start+f15ReachBytes {
				continue
			}
			if !f5Proper(r.Speaker.Name) || key(j) != k {
				continue
			}
			if found != "" && !samePerson(found, r.Speaker.Name) {
				clash = true
				break
			}
			if dist := max(i-j, j-i); dist < best {
				found, best = r.Speaker.Name, dist
			}
		}
		if found != "" && !clash {
			rename(q, name, found)
		}
	}
}

// f15Unresolved reports whether a speaker's name is a definite
// description of a person, "the" and lower-case words ending in a
// person noun ("the young man", "the doctor"), other than "the other".
func f15Unresolved(name string) bool {
	if len(name) < 6 || name[0]|0x20 != 't' || !strings.EqualFold(name[:4], "the ") { // "t": no rune beyond ASCII folds to it
		return false
	}
	// The person noun first: most speakers that open with "the" are no
	// person ("the plaque by the slipway", "the council"), and the
	// tests are of the name alone, in any order. f5Person reads the
	// last word: only that one is lower-cased (no rune's lower case is
	// a space, nor is a space's anything else).
	t := strings.TrimRightFunc(name, unicode.IsPunct)
	return f5Person(strings.ToLower(t[f5LastSpaceIndex(t)+1:])) && f5Description(name) && !f5Other(name)
}

// f15Key returns s's words in lower case with one space between them:
// strings.ToLower(strings.Join(strings.Fields(s), " ")). A mention or
// a name is most often that already (ASCII in lower case, one space
// between words, none at either end: "the young man"), and is returned
// as it is, without the three strings made to say so (TestF15Key).
func f15Key(s string) string {
	plain := s != "" && s[0] != ' ' && s[len(s)-1] != ' '
	for i := 0; plain && i < len(s); i++ {
		c := s[i]
		plain = c < utf8.RuneSelf && !('A' <= c && c <= 'Z') && (c == ' ' && s[i-1] != ' ' || !f5Space[c])
	}
	if plain {
		return s
	}
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}
