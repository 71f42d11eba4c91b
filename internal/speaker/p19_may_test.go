package speaker

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMayFind holds mayFind to attributionsInto: with mayFindSeen set,
// indirect reads every clause, those mayFind turns away too, and none
// of those may yield an attribution. The texts are the examples (every
// loader), gateTexts, the gold sets' texts (not in -short), random
// clauses of the words and marks the rules open with, and the files
// of the folder HEARSAY_MAYFIND_DIR when it is set (the 267 reference
// inputs, say).
func TestMayFind(t *testing.T) {
	type doc struct{ name, text string }
	var docs []doc
	for _, s := range withExamples(t, "*", gateTexts) {
		docs = append(docs, doc{"t.txt", s})
	}
	if !testing.Short() {
		for _, name := range []string{"polnear_dev.jsonl", "pdnc_sample.jsonl", "litbank_quotes.jsonl"} {
			for _, s := range goldTexts(t, name) {
				docs = append(docs, doc{"t.txt", s})
			}
		}
	}
	if dir := os.Getenv("HEARSAY_MAYFIND_DIR"); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, doc{filepath.Base(f), string(b)})
		}
	}
	rng := rand.New(rand.NewPCG(19, 23))
	for range 300 {
		docs = append(docs, doc{"t.txt", randomClauses(rng, 40)})
	}
	var clauses, turned, found int
	mayFindSeen = func(off bool, clause string, n int) {
		clauses++
		if off {
			turned++
			if n > 0 {
				t.Errorf("mayFind turned away a clause in which attributions finds %d: %q", n, clause)
			}
		} else if n > 0 {
			found++
		}
	}
	defer func() { mayFindSeen = nil }()
	for _, d := range docs {
		runAs(t, d.name, d.text)
	}
	t.Logf("%d texts: %d clauses read, %d turned away by mayFind, %d with attributions", len(docs), clauses, turned, found)
	if turned == 0 {
		t.Error("mayFind turned no clause away")
	}
}

// mayFindWords are what randomClauses makes clauses of: the words and
// marks the gates of mayFind read (verbs of reporting capitalised and
// not, after a determiner, a possessive, "that" or a quantifier;
// "according", "as", "asked", "in", words in -ing, colons, commas,
// dashes, quotation marks) among plain words and names.
var mayFindWords = strings.Fields(`said says told claimed reported argued found shows show published warned
	noted added wrote believes respond responded see saw like would to requests for comment
	Said Says Reported Remembers Told Warns the a his her their its this that those
	some many few all two report claim claims account plan support criticism critic
	according as As asked Asked in In after saying Citing
	Ed Moss Ann Ortiz board council officials police he she they it who which
	ferry pier town strike fares water quay minutes plaque memoir story sentence
	is was will would have had not never could probably died checked took
	Without What happened interesting people evidence study data records analysis
	, , , , , : ; — – . ? “ ” ‘ ’ " ( ) 1931 [3]`)

// randomClauses returns n random sentences of mayFindWords.
func randomClauses(rng *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		k := 2 + rng.IntN(24)
		for w := range k {
			if w > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(mayFindWords[rng.IntN(len(mayFindWords))])
		}
		b.WriteString(". ")
		if rng.IntN(5) == 0 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}
