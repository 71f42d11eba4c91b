package fidelity

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/source"
)

// shingle is how many consecutive words the index keys on. Three words
// are rare enough that a passage is found from a handful of hits, and
// short enough that a quotation with one changed word in five still
// shares shingles with its source.
const shingle = 3

// maxWords is the most words a Corpus holds: positions are uint32.
const maxWords = 1<<32 - 2

// A Text is one source text: a name (its file, relative to the folder)
// and its extracted text.
type Text struct {
	Name string
	Text string
}

// A Corpus is a set of source texts with an index of their word
// shingles, so that a quotation is found by looking up its own shingles
// rather than by scanning every text: the cost of a lookup depends on the
// quotation and on how often its shingles occur, not on the size of the
// corpus.
//
// Words of all texts are numbered in one sequence; hashes[p] is the hash
// of word p's normalised form and starts[p] its byte offset in its text.
// The index is a bucketed inverted list (the layout of a compressed
// sparse row matrix): the positions of the shingles whose hash falls in
// bucket b are postings[bucket[b]:bucket[b+1]], in increasing order.
type Corpus struct {
	texts  []Text
	first  []uint32 // first[i]: number of the first word of texts[i]; first[len(texts)] = total
	hashes []uint32
	starts []uint32

	mask     uint32
	bucket   []uint32
	postings []uint32

	digest  string
	Skipped []string // files of the folder that could not be read as text, with why
}

// New indexes texts. It is the constructor for texts already in memory;
// LoadDir reads a folder.
func New(texts []Text) (*Corpus, error) {
	c := &Corpus{texts: texts}
	per := make([]struct{ hashes, starts []uint32 }, len(texts))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i := range texts {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int) {
			defer func() { <-sem; wg.Done() }()
			t := texts[i].Text
			hs := make([]uint32, 0, len(t)/6)
			ss := make([]uint32, 0, len(t)/6)
			eachWord(t, 0, len(t), func(s, e int) {
				hs = append(hs, hashWord(norm(t[s:e])))
				ss = append(ss, uint32(s))
			})
			per[i].hashes, per[i].starts = hs, ss
		}(i)
	}
	wg.Wait()
	total := 0
	for _, p := range per {
		total += len(p.hashes)
	}
	if total > maxWords {
		return nil, fmt.Errorf("fidelity: sources hold %d words, more than the %d an index can hold", total, maxWords)
	}
	c.hashes = make([]uint32, 0, total)
	c.starts = make([]uint32, 0, total)
	c.first = make([]uint32, len(texts)+1)
	for i, p := range per {
		c.first[i] = uint32(len(c.hashes))
		c.hashes = append(c.hashes, p.hashes...)
		c.starts = append(c.starts, p.starts...)
		per[i].hashes, per[i].starts = nil, nil
	}
	c.first[len(texts)] = uint32(len(c.hashes))
	c.buildIndex()
	h := sha256.New()
	for _, t := range texts {
		fmt.Fprintf(h, "%s\x00%d\x00", t.Name, len(t.Text))
		h.Write([]byte(t.Text))
	}
	c.digest = "sha256:" + hex.EncodeToString(h.Sum(nil))
	return c, nil
}

// shingleHash mixes the hashes of three words into one.
func shingleHash(a, b, c uint32) uint32 {
	h := uint64(a)*0x9E3779B97F4A7C15 ^ uint64(b)*0xC2B2AE3D27D4EB4F ^ uint64(c)*0x165667B19E3779F9
	h ^= h >> 29
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 32
	return uint32(h)
}

// buildIndex fills the bucketed inverted list of shingles. Filling it
// straight from the words would write each posting to a random place of
// an array hundreds of megabytes long, a cache miss each; instead the
// shingles are first split by the top bits of their bucket into 256
// partitions, written as 256 sequential streams, and each partition is
// then counted and placed within its own small stretch of the arrays.
// The order of positions within a bucket stays increasing.
func (c *Corpus) buildIndex() {
	n := len(c.hashes)
	logNB := 10
	// About four shingles a bucket: the bucket table stays an eighth of
	// the postings' size, and a lookup checks a handful of positions.
	for 1<<logNB < n/4 {
		logNB++
	}
	nb := 1 << logNB
	c.mask = uint32(nb - 1)
	const partBits = 8
	shift := logNB - partBits
	parts := make([]int, 1<<partBits+1)
	total := 0
	c.eachShingle(func(_ int, h uint32) {
		parts[(h&c.mask)>>shift+1]++
		total++
	})
	for k := 1; k < len(parts); k++ {
		parts[k] += parts[k-1]
	}
	pos := make([]uint32, total)
	bkt := make([]uint32, total)
	next := append([]int(nil), parts[:len(parts)-1]...)
	c.eachShingle(func(p int, h uint32) {
		b := h & c.mask
		k := b >> shift
		pos[next[k]], bkt[next[k]] = uint32(p), b
		next[k]++
	})
	c.bucket = make([]uint32, nb+1)
	for _, b := range bkt {
		c.bucket[b+1]++
	}
	for b := 1; b <= nb; b++ {
		c.bucket[b] += c.bucket[b-1]
	}
	// A partition's buckets hold exactly its stretch of positions, so
	// each stretch is sorted by bucket in place, through a buffer the
	// size of the largest partition, and pos becomes the postings.
	fill := append([]uint32(nil), c.bucket[:nb]...)
	largest := 0
	for k := 0; k+1 < len(parts); k++ {
		largest = max(largest, parts[k+1]-parts[k])
	}
	buf := make([]uint32, largest)
	for k := 0; k+1 < len(parts); k++ {
		lo, hi := parts[k], parts[k+1]
		for i := lo; i < hi; i++ {
			b := bkt[i]
			buf[int(fill[b])-lo] = pos[i]
			fill[b]++
		}
		copy(pos[lo:hi], buf[:hi-lo])
	}
	c.postings = pos
}

// eachShingle calls fn for the first word of every shingle that lies
// within one text, in order.
func (c *Corpus) eachShingle(fn func(p int, h uint32)) {
	for t := range c.texts {
		lo, hi := int(c.first[t]), int(c.first[t+1])
		for p := lo; p+shingle <= hi; p++ {
			fn(p, shingleHash(c.hashes[p], c.hashes[p+1], c.hashes[p+2]))
		}
	}
}

// lookup calls fn with every position where the shingle a b c starts,
// stopping early if fn returns false.
func (c *Corpus) lookup(a, b, cc uint32, fn func(p uint32) bool) {
	h := shingleHash(a, b, cc) & c.mask
	for _, p := range c.postings[c.bucket[h]:c.bucket[h+1]] {
		if c.hashes[p] == a && c.hashes[p+1] == b && c.hashes[p+2] == cc {
			if !fn(p) {
				return
			}
		}
	}
}

// bucketSize is the number of postings in the bucket of a shingle.
func (c *Corpus) bucketSize(a, b, cc uint32) int {
	h := shingleHash(a, b, cc) & c.mask
	return int(c.bucket[h+1] - c.bucket[h])
}

// textOf returns the index of the text that word p is in.
func (c *Corpus) textOf(p int) int {
	return sort.Search(len(c.texts), func(i int) bool { return int(c.first[i+1]) > p })
}

// wordEnd returns the end of the word that starts at byte s of text t.
func (c *Corpus) wordEnd(t, s int) int {
	text := c.texts[t].Text
	end := s
	eachWord(text, s, min(len(text), s+512), func(ws, we int) {
		if ws == s && end == s {
			end = we
		}
	})
	if end == s { // a word longer than 512 bytes
		eachWord(text, s, len(text), func(ws, we int) {
			if ws == s && end == s {
				end = we
			}
		})
	}
	return end
}

// Len reports the number of texts.
func (c *Corpus) Len() int { return len(c.texts) }

// Words reports the number of words indexed.
func (c *Corpus) Words() int { return len(c.hashes) }

// Digest is the SHA-256 of the texts as indexed, names included.
func (c *Corpus) Digest() string { return c.digest }

// LoadDir reads every file under dir (hidden files and folders skipped)
// with the project's loaders, so that a source may be plain text,
// Markdown or HTML, and indexes the extracted texts. Files that are not
// text (binary, empty) are listed in Skipped rather than failing the
// whole folder; a folder that cannot be read, or holds no text at all,
// is an error.
func LoadDir(ctx context.Context, dir string) (*Corpus, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%s: %w", dir, ErrNotDir)
	}
	var paths []string
	err = filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != dir && strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if e.Type().IsRegular() {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	texts := make([]Text, len(paths))
	errs := make([]error, len(paths))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, p := range paths {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			raw, err := os.ReadFile(p)
			if err != nil {
				errs[i] = err
				return
			}
			d, err := source.LoadBytes(ctx, p, raw, source.Options{MaxSize: source.MaxSize})
			if err != nil {
				errs[i] = err
				return
			}
			rel, _ := filepath.Rel(dir, p)
			texts[i] = Text{Name: filepath.ToSlash(rel), Text: d.Text}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var kept []Text
	var skipped []string
	for i, p := range paths {
		switch {
		case errs[i] == nil:
			kept = append(kept, texts[i])
		case errors.Is(errs[i], source.ErrBinary), errors.Is(errs[i], source.ErrEmpty), errors.Is(errs[i], source.ErrTooLarge):
			skipped = append(skipped, fmt.Sprintf("%s (%v)", p, errs[i]))
		default:
			return nil, errs[i]
		}
	}
	if len(kept) == 0 {
		return nil, fmt.Errorf("%s: %w", dir, ErrNoSources)
	}
	c, err := New(kept)
	if err != nil {
		return nil, err
	}
	c.Skipped = skipped
	return c, nil
}

// Errors from LoadDir.
var (
	ErrNotDir    = errors.New("fidelity: not a folder")
	ErrNoSources = errors.New("fidelity: no readable source texts in the folder")
)

// Resource is the provenance record of the corpus: the folder's name and
// the digest of the texts as indexed.
func (c *Corpus) Resource(name string) doc.Resource {
	return doc.Resource{Name: "sources:" + name, Digest: c.digest}
}
