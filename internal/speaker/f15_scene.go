package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// f15SceneReach bounds the scene f15Scene reads before a quotation:
// f15SceneTurns quotations, f15SceneBytes bytes.
const (
	f15SceneTurns = 6
	f15SceneBytes = 3000
)

// f15SexNouns are the plain nouns of a person of one sex that a novel
// calls a character by in a scene where the reader knows them already
// ("the young girl", "the old lady replied"; "the young man" is read
// apart, f15DescSex). A role ("the doctor", "the housekeeper"), "the
// stranger", and a bare "man" or "gentleman" may bring in someone new,
// and are not here.
var f15SexNouns = map[string]byte{
	"boy": 'm', "youth": 'm', "lad": 'm',
	"woman": 'f', "lady": 'f', "girl": 'f', "lass": 'f',
}

// f15Scene names a quotation whose speaker is still a description of a
// person of one sex ("“…,” said the young girl.": "the", adjectives, a
// noun of f15SexNouns) after the one named speaker of that sex among
// the quotations of the scene just before it (f15SceneTurns
// quotations, f15SceneBytes bytes): in a scene of John Moss and Mary
// Ruiz "the young woman" is Mary Ruiz, as a reader takes it. Where the
// scene has two speakers of that sex, or none, or one whose sex the
// text does not tell (f8SexOf), or an unnamed one ("said a young
// officer"), it is left as it is: a reader could not tell, or a new
// character has come in. Nor is it the one who spoke the turn just
// before (a turn answers another speaker), nor, for "the old lady", a
// "Miss" (f15Young).
func (a *attributor) f15Scene() {
	d := a.d
	qs := d.Quotes
	var seen []string // the scene's named speakers, reused
	for i := range qs {
		q := &qs[i]
		if q.Kind != doc.QuoteDirect && q.Kind != doc.QuoteMixed {
			continue
		}
		sex := f15DescSex(q.Speaker.Name)
		if sex == 0 {
			continue
		}
		found, n := "", 0
		old := strings.Contains(q.Speaker.Name, "old ") || strings.Contains(q.Speaker.Name, "elder")
		seen = seen[:0]
		for j := i - 1; j >= 0 && j >= i-f15SceneTurns*3 && len(seen) < f15SceneTurns; j-- {
			r := &qs[j]
			if q.Start-r.Start > f15SceneBytes {
				break
			}
			if r.Kind != doc.QuoteDirect && r.Kind != doc.QuoteMixed {
				continue
			}
			nm := r.Speaker.Name
			if f5Indefinite(nm) {
				n = 2 // "said a young officer": someone unnamed is in the scene
				break
			}
			if !f5Proper(nm) || nm == narrator {
				continue
			}
			if old && f15Young(nm) {
				continue // "the old lady" is no "Mlle. Blanche"
			}
			dup := false
			for _, s := range seen {
				if samePerson(s, nm) {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			seen = append(seen, nm)
			if a.f8SexOf(r.Speaker) == sex {
				if n == 0 {
					found = nm
				}
				n++
			}
		}
		if n == 1 && !(len(seen) > 0 && samePerson(seen[0], found)) {
			rename(q, q.Speaker.Name, found)
		}
	}
}

// f15SexEnd reports whether name, its trailing white space trimmed,
// ends with a noun of f15SexNouns or with "man" ("the young man"). The
// noun f15DescSex gives the sex of is the name's last word, so a name
// that ends with none of them has none: it is told by its last bytes,
// before it is cut into words (f16Called asks of every quotation's
// speaker, and news names a few descriptions, "the company's own
// ledgers", of no sex).
func f15SexEnd(name string) bool {
	t := trimRightSpace(name)
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case 'y':
		return strings.HasSuffix(t, "boy") || strings.HasSuffix(t, "lady")
	case 'h':
		return strings.HasSuffix(t, "youth")
	case 'd':
		return strings.HasSuffix(t, "lad")
	case 'n':
		return strings.HasSuffix(t, "man") // "woman" too
	case 'l':
		return strings.HasSuffix(t, "girl")
	case 's':
		return strings.HasSuffix(t, "lass")
	}
	return false
}

// f15DescSex returns the sex of a description "the" [words] noun whose
// noun is one of f15SexNouns, all in lower case after "the" (at most
// four words): "the young man" 'm', "the old lady" 'f'; 0 otherwise.
func f15DescSex(name string) byte {
	if len(name) < 7 || name[0]|0x20 != 't' || !strings.EqualFold(name[:4], "the ") || !f15SexEnd(name) { // "t": no rune beyond ASCII folds to it
		return 0
	}
	var buf [5]string // the name's words, up to five: strings.Fields's, cut in place (n9Fields)
	w := n9Fields(buf[:0], name)
	if len(w) > 4 {
		return 0
	}
	for _, x := range w[1:] {
		if x == "" || capital(x) {
			return 0
		}
	}
	if len(w) == 3 && w[1] == "young" && w[2] == "man" {
		return 'm' // "the young man"; a bare "the man" or "the gentleman" is as often someone new
	}
	return f15SexNouns[w[len(w)-1]]
}

// f15Young reports whether a name's title is one of a young unmarried
// person ("Miss", "Mlle.", "Master").
func f15Young(name string) bool {
	t, _, _ := strings.Cut(name, " ")
	switch strings.TrimSuffix(strings.ToLower(t), ".") {
	case "miss", "mlle", "mademoiselle", "master", "señorita", "signorina", "fräulein":
		return true
	}
	return false
}
