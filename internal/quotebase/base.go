package quotebase

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"hash"
	"slices"
	"sort"
	"strings"
	"sync"
)

//go:embed curated.jsonl
var curatedJSONL []byte

// A Base is the set of entries a check consults, indexed in memory: by
// exact normalised text, and by word pairs for the similarity search.
//
// The pair index is a sorted list of (pair, entry) postings, built on the
// first Match after entries are added: appending to a slice while a
// database of hundreds of thousands of entries loads, and sorting once,
// costs a fraction of growing a map of slices entry by entry.
//
// Match may be called from many goroutines at once (hearsay serve,
// analyze --jobs); Add must not run while anything else uses the base.
type Base struct {
	entries []Entry
	norms   [][]string         // normalised words of each entry
	exact   map[string][]int32 // normalised text → entries
	pairs   []posting          // (word pair, entry), sorted by pair once built
	sorted  bool               // pairs is sorted
	sortMu  sync.Mutex         // the first Match sorts pairs; concurrent ones (hearsay serve, analyze --jobs) wait for it
	digest  hash.Hash
	Sources []string // what the base was built from: "curated", a database path
}

type posting struct {
	pair  uint64
	entry int32
}

// NewBase returns an empty base.
func NewBase() *Base {
	return &Base{exact: map[string][]int32{}, digest: sha256.New()}
}

// Curated returns a base holding the curated table shipped with Hearsay.
func Curated() *Base {
	b := NewBase()
	n := 0
	err := ReadJSONL(bytes.NewReader(curatedJSONL), "curated", func(e Entry) error {
		b.Add(e)
		n++
		return nil
	})
	if err != nil {
		panic("quotebase: curated.jsonl: " + err.Error()) // a build with a broken table must not pass its tests
	}
	b.Sources = append(b.Sources, fmt.Sprintf("curated (%d entries)", n))
	return b
}

// Add adds entries to the base. They must be valid (see Entry.Validate).
func (b *Base) Add(es ...Entry) {
	for _, e := range es {
		i := int32(len(b.entries))
		ws := words(e.Text)
		b.entries = append(b.entries, e)
		b.norms = append(b.norms, ws)
		key := strings.Join(ws, " ")
		b.exact[key] = append(b.exact[key], i)
		first := len(b.pairs)
	pairs:
		for k := 0; k+1 < len(ws); k++ {
			p := pairHash(ws[k], ws[k+1])
			for _, q := range b.pairs[first:] {
				if q.pair == p {
					continue pairs
				}
			}
			b.pairs = append(b.pairs, posting{p, i})
		}
		b.sorted = false
		for _, f := range [...]string{e.Text, e.Author, string(e.Status), e.ActualAuthor, e.Source, strings.Join(e.Evidence, "\x1f"), e.Note, e.Origin} {
			b.digest.Write([]byte(f))
			b.digest.Write([]byte{0})
		}
		b.digest.Write([]byte{'\n'})
	}
}

// entriesWith returns the entries holding the word pair p.
func (b *Base) entriesWith(p uint64) []posting {
	b.sortMu.Lock()
	if !b.sorted {
		slices.SortFunc(b.pairs, func(x, y posting) int {
			if c := cmp.Compare(x.pair, y.pair); c != 0 {
				return c
			}
			return cmp.Compare(x.entry, y.entry)
		})
		b.sorted = true
	}
	b.sortMu.Unlock()
	lo, _ := slices.BinarySearchFunc(b.pairs, p, func(x posting, p uint64) int { return cmp.Compare(x.pair, p) })
	hi := lo
	for hi < len(b.pairs) && b.pairs[hi].pair == p {
		hi++
	}
	return b.pairs[lo:hi]
}

// Len reports the number of entries.
func (b *Base) Len() int { return len(b.entries) }

// Entries returns the entries, in the order they were added.
func (b *Base) Entries() []Entry { return b.entries }

// Digest is the SHA-256 of the entries as added, for provenance.
func (b *Base) Digest() string { return "sha256:" + hex.EncodeToString(b.digest.Sum(nil)) }

func pairHash(a, c string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(a); i++ {
		h ^= uint64(a[i])
		h *= 1099511628211
	}
	h ^= 0xff
	h *= 1099511628211
	for i := 0; i < len(c); i++ {
		h ^= uint64(c[i])
		h *= 1099511628211
	}
	return h
}

// Similarity thresholds, with why.
const (
	// minDice is the least word similarity (twice the common words in
	// order over the words of both) for two wordings to be one line: the
	// two Steffens wordings, "I have been over into the future, and it
	// works" and "I have seen the future and it works", score 0.78; two
	// different sentences on the same theme score far lower.
	minDice = 0.75
	// minExcerpt is how much of a quotation must be found, in order, in
	// an entry for the quotation to count as an excerpt of it, and
	// minExcerptWords the fewest words such an excerpt must have.
	minExcerpt      = 0.9
	minExcerptWords = 6
	// maxPairEntries is how many entries a word pair may be in before it
	// stops proposing candidates ("of the", "it is").
	maxPairEntries = 2000
	// minFuzzyWords is the fewest words a quotation needs to be matched
	// by similarity; shorter ones must match an entry exactly, since
	// three or four common words ("is more important than") would
	// otherwise match any line that holds them.
	minFuzzyWords = 5
	// maxCandidates is how many entries are scored for one quotation.
	maxCandidates = 64
)

// A Match is an entry of the base that a quotation matches, with how well.
type Match struct {
	Entry *Entry
	Score float64 // 1 for the same normalised text
}

// Match returns the entries whose line the text matches, best first.
func (b *Base) Match(text string) []Match {
	ws := words(text)
	if len(ws) == 0 {
		return nil
	}
	var out []Match
	seen := map[int32]bool{}
	for _, i := range b.exact[normText(text)] {
		seen[i] = true
		out = append(out, Match{Entry: &b.entries[i], Score: 1})
	}
	if len(ws) >= minFuzzyWords {
		votes := map[int32]int{}
		for k := 0; k+1 < len(ws); k++ {
			es := b.entriesWith(pairHash(ws[k], ws[k+1]))
			if len(es) > maxPairEntries {
				continue
			}
			for _, e := range es {
				votes[e.entry]++
			}
		}
		need := max(1, (len(ws)-1)/4)
		var cands []int32
		for i, v := range votes {
			if v >= need && !seen[i] {
				cands = append(cands, i)
			}
		}
		// The entries sharing the most word pairs are scored, at most
		// maxCandidates of them, so that a quotation made of common
		// words costs no more than any other.
		sort.Slice(cands, func(x, y int) bool {
			if votes[cands[x]] != votes[cands[y]] {
				return votes[cands[x]] > votes[cands[y]]
			}
			return cands[x] < cands[y]
		})
		for _, i := range cands[:min(len(cands), maxCandidates)] {
			if s := similarity(ws, b.norms[i]); s > 0 {
				out = append(out, Match{Entry: &b.entries[i], Score: s})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

// similarity scores two wordings: their Dice coefficient over words in
// order, or for a quotation that is an excerpt of the entry (or an entry
// quoted within a longer quotation) the share of the shorter found in the
// longer. 0 when they are not the same line.
func similarity(q, e []string) float64 {
	if len(q)*len(e) > 1<<20 {
		return 0
	}
	l := lcs(q, e)
	dice := 2 * float64(l) / float64(len(q)+len(e))
	if dice >= minDice {
		return dice
	}
	short := min(len(q), len(e))
	if short >= minExcerptWords && float64(l) >= minExcerpt*float64(short) && max(len(q), len(e)) <= 8*short {
		return float64(l) / float64(short) * 0.9
	}
	return 0
}

// lcs is the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
