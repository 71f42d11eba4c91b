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
// before the cue, with no mark that quotes, no semicolon and no
// sentence's end in it; the closing comma is n70CloseAppositives's. One
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
		if !strings.HasSuffix(body, ",") || strings.ContainsAny(body[1:len(body)-1], ";\"“”‘’«»\n") || strings.Contains(body, ". ") && !abbreviationsOnly(body) {
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
