package corpus

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/textkey"
)

// Normalize reduces a quotation to the form two reports of the same words
// share (see textkey.Normalize).
func Normalize(s string) string { return textkey.Normalize(s) }

// honorifics are dropped from speaker names before they are compared.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true, "professor": true,
	"sir": true, "dame": true, "lord": true, "lady": true, "rev": true, "fr": true,
}

// suffixes are dropped from the end of speaker names.
var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// SpeakerKey returns the normalised name of a speaker ("Dr. Ada
// Lovelace" → "ada lovelace") and the last name ("lovelace") that
// quotations by the same person share however fully each report names
// them. Both are "" for an empty name.
func SpeakerKey(name string) (full, last string) {
	words := strings.Fields(Normalize(name))
	for len(words) > 1 && honorifics[words[0]] {
		words = words[1:]
	}
	for len(words) > 1 && suffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return "", ""
	}
	return strings.Join(words, " "), words[len(words)-1]
}

// SameSpeaker reports whether two normalised names (from SpeakerKey) can
// name the same person: the same last name, and first names that agree
// where both are given ("ada lovelace" and "lovelace" and "a lovelace"
// agree; "ada lovelace" and "byron lovelace" do not).
func SameSpeaker(a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) == 0 || len(bw) == 0 || aw[len(aw)-1] != bw[len(bw)-1] {
		return false
	}
	if len(aw) == 1 || len(bw) == 1 {
		return true
	}
	x, y := aw[0], bw[0]
	if len(x) == 1 || len(y) == 1 {
		return x[0] == y[0]
	}
	return x == y
}

// shingles returns the set of word 3-grams of a normalised text, hashed;
// texts under three words give their words. Sets of shingles measure how
// much two quotations share regardless of where they were cut.
func shingles(normText string) map[uint64]struct{} {
	words := strings.Fields(normText)
	set := make(map[uint64]struct{}, len(words))
	if len(words) < 3 {
		for _, w := range words {
			set[hashString(w)] = struct{}{}
		}
		return set
	}
	for i := 0; i+3 <= len(words); i++ {
		h := hashString(words[i])
		h = mix(h ^ hashString(words[i+1]))
		h = mix(h ^ hashString(words[i+2]))
		set[h] = struct{}{}
	}
	return set
}

// Similarity is the share of the smaller text's word 3-grams that the
// other text also has: 1 when one quotation contains the other word for
// word, near 0 for unrelated texts. When either text is under three
// words, single words are compared instead. It takes normalised texts.
func Similarity(a, b string) float64 {
	if strings.Count(a, " ") < 2 || strings.Count(b, " ") < 2 {
		return overlap(wordSet(a), wordSet(b))
	}
	return overlap(shingles(a), shingles(b))
}

func wordSet(normText string) map[uint64]struct{} {
	words := strings.Fields(normText)
	set := make(map[uint64]struct{}, len(words))
	for _, w := range words {
		set[hashString(w)] = struct{}{}
	}
	return set
}

func overlap(sa, sb map[uint64]struct{}) float64 {
	if len(sa) == 0 || len(sb) == 0 {
		return 0
	}
	if len(sa) > len(sb) {
		sa, sb = sb, sa
	}
	n := 0
	for h := range sa {
		if _, ok := sb[h]; ok {
			n++
		}
	}
	return float64(n) / float64(len(sa))
}

// Locality-sensitive keys: minHashes minimum hashes of a quotation's
// shingles, grouped into bands of bandRows; quotations sharing any band
// key are candidates for the same words. Two texts whose shingle sets
// have Jaccard similarity s share a key with probability
// 1-(1-s^bandRows)^(minHashes/bandRows): 0.76 at s=0.5, 0.99 at s=0.8.
const (
	minHashes = 10
	bandRows  = 2
	// minKeyWords is the shortest quotation given keys: shorter ones
	// ("no comment", "absolutely") are said by everyone.
	minKeyWords = 5
)

// quoteKeys returns the band keys of a normalised quotation, or nil when
// it is too short to compare across documents.
func quoteKeys(normText string) []int64 {
	if strings.Count(normText, " ")+1 < minKeyWords {
		return nil
	}
	set := shingles(normText)
	var mins [minHashes]uint64
	for i := range mins {
		mins[i] = ^uint64(0)
	}
	for h := range set {
		for i := range mins {
			if v := mix(h ^ seeds[i]); v < mins[i] {
				mins[i] = v
			}
		}
	}
	keys := make([]int64, 0, minHashes/bandRows)
	for band := 0; band < minHashes/bandRows; band++ {
		k := mix(uint64(band) + 1)
		for r := 0; r < bandRows; r++ {
			k = mix(k ^ mins[band*bandRows+r])
		}
		keys = append(keys, int64(k>>1)) // fits a signed 64-bit column on every database
	}
	return keys
}

var seeds = func() (s [minHashes]uint64) {
	for i := range s {
		s[i] = mix(uint64(i)*0x9e3779b97f4a7c15 + 0x1234567)
	}
	return s
}()

// mix is the splitmix64 finaliser: a fast, well-spread 64-bit hash step.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// hashString is 64-bit FNV-1a.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
