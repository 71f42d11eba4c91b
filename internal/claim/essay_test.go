package claim_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/pipeline"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// analyze runs the whole pipeline over the file at path.
func analyze(t *testing.T, path string) *doc.Document {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := source.LoadBytes(context.Background(), path, raw, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := pipeline.Run(context.Background(), d, pipeline.Default()); err != nil {
		t.Fatal(err)
	}
	return d
}

// claimWith returns the claim whose sentence holds words, or fails.
func claimWith(t *testing.T, d *doc.Document, words string) *doc.Claim {
	t.Helper()
	for i := range d.Claims {
		if strings.Contains(d.Slice(d.Claims[i].Span), words) {
			return &d.Claims[i]
		}
	}
	t.Fatalf("no claim with %q", words)
	return nil
}

func cueTexts(d *doc.Document, cs []doc.Cue) []string {
	var out []string
	for _, c := range cs {
		out = append(out, d.Slice(c.Span))
	}
	return out
}

func has(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestEssay checks the claims of the example essay against what the
// issue asks of it: its counterfactuals, its hedges and boosters, the
// quoted passages supported, and the sweeping unsourced claims flagged.
func TestEssay(t *testing.T) {
	d := analyze(t, essayPath(t))
	testutil.CheckSpans(t, d)

	for _, words := range []string{"would have remained insignificant", "Without Mao, China today", "Without Stalin showing"} {
		if c := claimWith(t, d, words); c.Type != doc.ClaimCounterfactual {
			t.Errorf("%q: type %s, want counterfactual", words, c.Type)
		}
	}
	for _, tc := range []struct {
		sentence, cue string
		booster       bool
		strength      doc.Strength
	}{
		{"but it seems the ideas", "it seems", false, doc.StrengthModerate},
		{"Without Mao, China today", "probably", false, doc.StrengthModerate},
		{"a vision for Russia", "It’s quite possible", false, doc.StrengthStrong},
		{"very believable", "I find this very believable", false, doc.StrengthStrong},
		{"I find it significant", "I find it significant", false, doc.StrengthStrong},
		{"heir to a system", "maybe", false, doc.StrengthModerate},
		{"The socialist movement", "undoubtedly", true, doc.StrengthStrong},
		{"undeniably gifted", "undeniably", true, doc.StrengthStrong},
		{"he definitely put", "definitely", true, doc.StrengthStrong},
		{"took just this view of Hitler", "it’s an undisputed fact", true, doc.StrengthStrong},
	} {
		c := claimWith(t, d, tc.sentence)
		cues := c.Hedges
		if tc.booster {
			cues = c.Boosters
		}
		found := false
		for _, cue := range cues {
			if d.Slice(cue.Span) == tc.cue {
				found = true
				if cue.Strength != tc.strength {
					t.Errorf("%q: strength %s, want %s", tc.cue, cue.Strength, tc.strength)
				}
				if !cue.Scope.Contains(cue.Span) && cue.Scope.Start > cue.Start {
					t.Errorf("%q: scope %v does not reach the cue %v", tc.cue, cue.Scope, cue.Span)
				}
			}
		}
		if !found {
			t.Errorf("%q: cue %q not found (hedges %q, boosters %q)", tc.sentence, tc.cue, cueTexts(d, c.Hedges), cueTexts(d, c.Boosters))
		}
	}

	// The Kaganovich and Declaration passages are quoted, with a marker:
	// every sentence of them is a quoted claim backed by its quotation
	// and by the marker.
	for _, tc := range []struct{ words, marker string }{
		{"Kaganovich recalled", "B"}, {"But he was a Trotskyist.", "B"}, {"He is fighting sincerely", "B"},
		{"on behalf of the CENTRAL COMMITTEE", "B"},
		{"The extreme seriousness of the situation", "C"}, {"mercilessly revealed", "C"},
	} {
		c := claimWith(t, d, tc.words)
		if c.Quoted < 0 || !c.Supported() {
			t.Errorf("%q: quoted %d, supported %v; want a supported quoted claim", tc.words, c.Quoted, c.Supported())
			continue
		}
		marked := false
		for _, ci := range c.Citations {
			marked = marked || d.Citations[ci].Marker == tc.marker
		}
		if !marked {
			t.Errorf("%q: not backed by marker [%s]", tc.words, tc.marker)
		}
	}

	findings := map[doc.FindingCode][]string{}
	for _, f := range d.Findings {
		findings[f.Code] = append(findings[f.Code], d.Slice(f.Span))
	}
	flagged := func(code doc.FindingCode, words string) bool {
		for _, s := range findings[code] {
			if strings.Contains(s, words) {
				return true
			}
		}
		return false
	}
	// Sweeping claims with nothing behind them.
	for _, words := range []string{"are always unsuccessful and always blame", "it’s an undisputed fact", "no logic to Khrushchev’s view"} {
		if !flagged(doc.FindUnsupportedClaim, words) {
			t.Errorf("%q: not flagged unsupported", words)
		}
	}
	// Supported or not check-worthy: never flagged.
	for _, words := range []string{"I find this very believable", "Kaganovich recalled", "Without Mao", "no real power.[D]"} {
		if flagged(doc.FindUnsupportedClaim, words) {
			t.Errorf("%q: flagged unsupported", words)
		}
	}
	for _, words := range []string{"I’ve seen claims", "pro-Soviet sources from the 1930s"} {
		if !flagged(doc.FindVagueAttribution, words) {
			t.Errorf("%q: not flagged as a vague attribution", words)
		}
	}

	s := doc.SummarizeClaims(d)
	if s.ByType[doc.ClaimCounterfactual] != 3 || s.Unsupported == 0 || s.Hedges == 0 || s.Boosters == 0 {
		t.Errorf("summary %+v", s)
	}
	t.Logf("summary %+v", s)
}
