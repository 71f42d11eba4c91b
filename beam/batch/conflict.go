package batch

import (
	"cmp"
	"encoding/json"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/hearsay-project/hearsay/internal/textkey"
)

func init() {
	register.Function3x1[string, func(*Attribution) bool, func(string), error](conflictFn)
	register.Iter1[Attribution]()
	register.Function1x2[Failure, string, error](failureJSON)
}

// MinConflictWords is the fewest words a quotation needs, after
// normalisation, to take part in the conflict table. Shorter ones ("we
// will fight", "no comment") are said by many people independently, and
// two speakers for them is not a misattribution.
const MinConflictWords = 4

// Normalize returns the form of a quotation under which two documents
// quote the same words. It is the corpus store's definition
// (textkey.Normalize), so that the pipeline and "hearsay corpus
// conflicts" find the same conflicts in the same corpus.
func Normalize(s string) string { return textkey.Normalize(s) }

// wordCount counts the words of a normalised text.
func wordCount(key string) int {
	if key == "" {
		return 0
	}
	return strings.Count(key, " ") + 1
}

// A Conflict is one quotation attributed to different speakers in
// different documents: a misattribution candidate.
type Conflict struct {
	Text      string        `json:"text"`      // the quotation as the first document (by name) writes it
	Key       string        `json:"key"`       // the normalised text the documents share
	Speakers  []string      `json:"speakers"`  // the distinct speakers, sorted
	Documents []ConflictDoc `json:"documents"` // every attribution, sorted by name then speaker
}

// A ConflictDoc is one document's attribution of a conflicting quotation.
type ConflictDoc struct {
	Name    string `json:"name"`    // the document
	Speaker string `json:"speaker"` // whom it gives the words to
	Quote   string `json:"quote"`   // the words as it writes them
}

// conflictFn receives all attributions of one normalised quotation and
// emits a Conflict as a JSON line when at least two different speakers
// say it in at least two documents. Speakers are compared by their
// normalised names, and a shorter name that is the tail of exactly one
// longer one ("Churchill", "Winston Churchill") counts as that speaker.
func conflictFn(key string, attrs func(*Attribution) bool, emit func(string)) error {
	seen := map[[2]string]bool{}
	var docs []ConflictDoc
	var a Attribution
	for attrs(&a) {
		k := [2]string{a.Doc, a.Speaker}
		if seen[k] {
			continue
		}
		seen[k] = true
		docs = append(docs, ConflictDoc{Name: a.Doc, Speaker: a.Speaker, Quote: a.Quote})
	}
	speakers := mergeSpeakers(docs)
	people := map[string]bool{}
	names := map[string]bool{}
	for _, d := range docs {
		people[speakers[Normalize(d.Speaker)]] = true
		names[d.Name] = true
	}
	if len(people) < 2 || len(names) < 2 {
		return nil
	}
	slices.SortFunc(docs, func(x, y ConflictDoc) int {
		return cmp.Or(cmp.Compare(x.Name, y.Name), cmp.Compare(x.Speaker, y.Speaker), cmp.Compare(x.Quote, y.Quote))
	})
	c := Conflict{Text: docs[0].Quote, Key: key, Documents: docs}
	shown := map[string]bool{}
	for _, d := range docs {
		if !shown[d.Speaker] {
			shown[d.Speaker] = true
			c.Speakers = append(c.Speakers, d.Speaker)
		}
	}
	slices.Sort(c.Speakers)
	b, err := json.Marshal(c)
	if err != nil {
		return err
	}
	emit(string(b))
	return nil
}

// mergeSpeakers maps the normalised name of each speaker in docs to the
// person it stands for: itself, or the one longer name it is the tail of.
// A tail shared by two longer names ("Churchill" for Winston and
// Randolph) is left alone, since it could be either.
func mergeSpeakers(docs []ConflictDoc) map[string]string {
	var names []string
	for _, d := range docs {
		n := Normalize(d.Speaker)
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	person := make(map[string]string, len(names))
	for _, n := range names {
		person[n] = n
		var longer []string
		for _, m := range names {
			if len(m) > len(n) && strings.HasSuffix(m, " "+n) {
				longer = append(longer, m)
			}
		}
		if len(longer) == 1 {
			person[n] = longer[0]
		}
	}
	return person
}
