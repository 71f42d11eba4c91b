package speaker

import (
	"strings"
	"testing"
)

// TestC1Shares checks that a second verb joined by ", and" or "but"
// takes the main clause's subject only where that subject is the first
// verb's: not one cut inside its noun phrase (a capitalised word goes on
// after it), and not past a relative clause that runs on to the
// conjunction, whose pronoun is the subject instead.
func TestC1Shares(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// The subject reader stops inside the title, but the first
		// attribution read it whole: the second verb shares that
		// (mainOf).
		{"A 2019 Harbour Safety Review by the U.S. Department of State noted that the pier was sound, but voiced concerns about the ferry.",
			[]string{"A 2019 Harbour Safety Review by the U.S. Department of State | noted | that the pier was sound", "A 2019 Harbour Safety Review by the U.S. Department of State | voiced concerns | the ferry"}},
		// A time word after the subject is no part of its phrase.
		{"The mayor Tuesday said the pier was sound, but voiced concerns about the ferry.",
			[]string{"The mayor | said | the pier was sound", "The mayor | voiced concerns | the ferry"}},
		// A subject that ends at the first verb: both verbs share it.
		{"The mayor praised the crews, and warned that fares would rise.",
			[]string{"The mayor | praised | the crews", "The mayor | warned | that fares would rise"}},
		// An opening adverb is no subject: the pronoun after it is.
		{"Pretty soon we wanted to sail, and asked the harbour master to let us.", []string{"we | wanted | to sail"}},
		{"The council said the pier was unsafe, but vowed to keep using it.",
			[]string{"The council | said | the pier was unsafe", "The council | vowed | to keep using it"}},
		// A closed relative clause on the subject: it still shares.
		{"Ed Moss, who chairs the board, said the pier was unsafe, but vowed to keep using it.",
			[]string{"Ed Moss, who chairs the board, | said | the pier was unsafe", "Ed Moss, who chairs the board, | vowed | to keep using it"}},
		{"The authors of the survey, which include the Harbour Trust and the Ferry Users Group of the North Coast, went through the logs and found that most boats were late.",
			[]string{"The authors of the survey, which include the Harbour Trust and the Ferry Users Group of the North Coast, | found | that most boats were late"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestC1SharesRelative checks the relative clause that runs on to the
// conjunction ("…, who offered X, and Y, but declined …"): c1Shares
// gives its pronoun, and a closed one ("…, who chairs the board, said")
// gives none.
func TestC1SharesRelative(t *testing.T) {
	tests := []struct {
		text string
		subj string // the subject the second verb shares, as main() reads it
		conj string // the conjunction's word
		rel  string // the pronoun c1Shares gives, or ""
		ok   bool
	}{
		{"The bid came from a lawyer, who offered two pounds in cash, and the rest in wine, but declined to go higher.", "a lawyer", "but", "who", true},
		{"Ed Moss, who chairs the board, said the pier was unsafe, but vowed to stay.", "Ed Moss", "but", "", true},
		{"The mayor praised the crews, and warned that fares would rise.", "The mayor", "and", "", true},
		{"A 2019 Harbour Safety Review noted that the pier was sound, but voiced concerns.", "A 2019", "but", "", false},
		{"The mayor Tuesday said the pier was sound, but voiced concerns.", "The mayor", "but", "", true},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, 0, len(tt.text))
		k := -1
		for i := range toks {
			if toks[i].low == tt.conj {
				k = i
			}
		}
		s := strings.Index(tt.text, tt.subj)
		f := found{ok: true, name: tt.subj}
		f.subj.Start, f.subj.End = s, s+len(tt.subj)
		r, ok := c1Shares(tt.text, toks, f, k)
		got := ""
		if r >= 0 {
			got = toks[r].str(tt.text)
		}
		if got != tt.rel || ok != tt.ok {
			t.Errorf("%q: got %q %v, want %q %v", tt.text, got, ok, tt.rel, tt.ok)
		}
	}
}

// TestC1Passive checks that ", and" before a participle in -ed with
// "as" or "by" after it (its object missing: a passive joined to
// another phrase) does not end the content, and that a second finite
// verb with its object does.
func TestC1Passive(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The man told us he had asked what inns there were, and hearing ours well spoken of, and described as lonely, had chosen it.",
			[]string{"The man | told | he had asked what inns there were, and hearing ours well spoken of, and described as lonely, had chosen it"}},
		{"The council said the pier was unsafe, and described the ferry as a risk.",
			[]string{"The council | said | the pier was unsafe", "The council | described | the ferry as a risk"}},
		{"The council said the pier was unsafe, and warned that fares would rise.",
			[]string{"The council | said | the pier was unsafe", "The council | warned | that fares would rise"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}
