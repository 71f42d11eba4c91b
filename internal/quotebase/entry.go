// Package quotebase is the reference base of attributed quotations that
// Hearsay checks articles against: who really said a famous line, which
// names it is wrongly pinned on, and the evidence.
//
// The base is a curated table shipped inside the program (curated.jsonl,
// written for this project), to which a user adds entries imported from
// JSON Lines files or a Wikiquote dump, kept in a SQLite database. Check
// matches each quotation of an article against the base, by normalised
// text and by word similarity, and reports misattributions, conflicting
// attributions and disputed lines as findings.
package quotebase

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Status is what the base knows about a line's attribution to Author.
type Status string

// Statuses.
const (
	// Sourced: Author said or wrote it, and Source says where.
	Sourced Status = "sourced"
	// Attributed: the line is generally given to Author, and the base
	// knows no reason to doubt it, though it records no primary source.
	Attributed Status = "attributed"
	// Unsourced: given to Author without a source (Wikiquote's
	// "Attributed" section).
	Unsourced Status = "unsourced"
	// Disputed: whether Author said it is in doubt.
	Disputed Status = "disputed"
	// Misattributed: Author did not say it; ActualAuthor did, when known.
	Misattributed Status = "misattributed"
)

// ParseStatus reads a status as written in an import file.
func ParseStatus(s string) (Status, error) {
	switch st := Status(strings.ToLower(strings.TrimSpace(s))); st {
	case Sourced, Attributed, Unsourced, Disputed, Misattributed:
		return st, nil
	case "":
		return Attributed, nil
	}
	return "", fmt.Errorf("%w %q (want sourced, attributed, unsourced, disputed or misattributed)", ErrStatus, s)
}

// Errors for bad entries. Test for them with errors.Is.
var (
	ErrStatus = errors.New("quotebase: unknown status")
	ErrEntry  = errors.New("quotebase: bad entry")
)

// An Entry is one line of the base: a quotation as attributed to one
// person, with what is known about that attribution.
type Entry struct {
	Text         string   `json:"text"`
	Author       string   `json:"author"` // the person the line is attributed to in this entry
	Status       Status   `json:"status"`
	ActualAuthor string   `json:"actual_author,omitempty"` // for misattributed lines: who really said it, when known
	Source       string   `json:"source,omitempty"`        // where the line comes from, in words
	Evidence     []string `json:"evidence,omitempty"`      // addresses or citations that support the entry
	Note         string   `json:"note,omitempty"`
	Origin       string   `json:"origin,omitempty"` // where the entry came from: "curated", "jsonl:FILE", "wikiquote:PAGE"
}

// maxText is the longest quotation an entry may hold: past a few
// thousand characters a "quotation" is a page of text, which the
// similarity check cannot use.
const maxText = 4000

// Validate checks that e has text, an author and a known status, and
// normalises its status.
func (e *Entry) Validate() error {
	e.Text = strings.TrimSpace(e.Text)
	e.Author = strings.TrimSpace(e.Author)
	switch {
	case e.Text == "":
		return fmt.Errorf("%w: no text", ErrEntry)
	case e.Author == "":
		return fmt.Errorf("%w: no author", ErrEntry)
	case len(e.Text) > maxText:
		return fmt.Errorf("%w: text longer than %d bytes", ErrEntry, maxText)
	case !utf8.ValidString(e.Text) || !utf8.ValidString(e.Author):
		return fmt.Errorf("%w: not UTF-8", ErrEntry)
	case len(words(e.Text)) == 0:
		return fmt.Errorf("%w: text has no words", ErrEntry)
	}
	st, err := ParseStatus(string(e.Status))
	if err != nil {
		return err
	}
	e.Status = st
	return nil
}

// words returns the normalised words of s: lower case, straight
// apostrophes, hyphens and full stops splitting words; punctuation,
// quote marks and spacing dropped.
func words(s string) []string {
	var out []string
	start := -1  // start of the current word in s; -1 between words
	var b []byte // the current word, when it had to be changed (case, apostrophe)
	flush := func(end int) {
		if start >= 0 {
			if b != nil {
				out = append(out, string(b))
			} else {
				out = append(out, s[start:end])
			}
		}
		start, b = -1, nil
	}
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case doc.IsWordRune(r):
			if start < 0 {
				start = i
			}
			if lr := unicode.ToLower(r); lr != r || b != nil {
				if b == nil {
					b = append([]byte(nil), s[start:i]...)
				}
				b = utf8.AppendRune(b, lr)
			}
		case (r == '\'' || r == '’') && start >= 0 && i+n < len(s) && isWordAt(s, i+n):
			if r == '’' && b == nil {
				b = append([]byte(nil), s[start:i]...)
			}
			if b != nil {
				b = append(b, '\'')
			}
		default:
			flush(i)
		}
		i += n
	}
	flush(len(s))
	return out
}

// isWordAt reports whether a word rune starts at s[i].
func isWordAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return doc.IsWordRune(r)
}

// normText is the exact-match key of a quotation: its normalised words
// joined by spaces.
func normText(s string) string { return strings.Join(words(s), " ") }

// nameKey is the comparable form of a person's name: its words, lower
// case, without punctuation ("H. G. Wells" and "H.G. Wells" are both
// "h g wells").
func nameKey(s string) string { return strings.Join(words(s), " ") }

// SameName reports whether the names a and b can be the same person:
// equal keys, or the same surname with first initials that agree, or one
// of them the bare surname ("Wells", "H. G. Wells", "Herbert George
// Wells").
func SameName(a, b string) bool {
	ka, kb := words(a), words(b)
	if len(ka) == 0 || len(kb) == 0 {
		return false
	}
	if strings.Join(ka, " ") == strings.Join(kb, " ") {
		return true
	}
	if ka[len(ka)-1] != kb[len(kb)-1] {
		return false
	}
	if len(ka) == 1 || len(kb) == 1 {
		return true
	}
	ra, _ := utf8.DecodeRuneInString(ka[0])
	rb, _ := utf8.DecodeRuneInString(kb[0])
	return ra == rb
}
