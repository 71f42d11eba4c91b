package claim_test

import (
	"context"
	"fmt"
	"reflect"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/hearsay-project/hearsay/internal/claim"
	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/pipeline"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// analyzeText runs the whole pipeline over plain text.
func analyzeText(t testing.TB, text string) *doc.Document {
	t.Helper()
	d, err := source.LoadBytes(context.Background(), "t.txt", []byte(text), source.Options{Format: doc.FormatText})
	if err != nil {
		t.Fatal(err)
	}
	if err := pipeline.Run(context.Background(), d, pipeline.Default()); err != nil {
		t.Fatal(err)
	}
	return d
}

// span returns the span of the n-th (from 0) occurrence of s in text.
func span(text, s string, n int) doc.Span {
	off := 0
	for ; n >= 0; n-- {
		i := strings.Index(text[off:], s)
		if i < 0 {
			return doc.Span{Start: -1, End: -1}
		}
		off += i
		if n > 0 {
			off += len(s)
		}
	}
	return doc.Span{Start: off, End: off + len(s)}
}

func TestTypes(t *testing.T) {
	for _, tc := range []struct {
		text string
		want doc.ClaimType
	}{
		{"The bridge opened in May 1931 and cost 4 million pounds.", doc.ClaimFactual},
		{"Mara Quist ran the ferry for Harbour Lines until 1998.", doc.ClaimFactual},
		{"The new timetable is a complete disaster and a shameful mess.", doc.ClaimEvaluative},
		{"The council should have asked the islanders first.", doc.ClaimNormative},
		{"Councillors must publish the accounts.", doc.ClaimNormative},
		{"The island would have emptied if the ferry had not run.", doc.ClaimCounterfactual},
		{"Without the ferry, the island would be empty today.", doc.ClaimCounterfactual},
		{"Had the board listened, the line might have survived.", doc.ClaimCounterfactual},
		{"The new bridge will open to traffic in the spring.", doc.ClaimPrediction},
		{"Did anyone ask the skippers what they thought?", doc.ClaimQuestion},
		{"Who pays for the repairs?[3]", doc.ClaimQuestion},
	} {
		d := analyzeText(t, tc.text)
		if len(d.Claims) != 1 {
			t.Errorf("%q: %d claims, want 1", tc.text, len(d.Claims))
			continue
		}
		if got := d.Claims[0].Type; got != tc.want {
			t.Errorf("%q: %s, want %s (reasons %q)", tc.text, got, tc.want, d.Claims[0].Reasons)
		}
	}
}

func TestNonClaims(t *testing.T) {
	for _, text := range []string{
		"Dear Ms. Quist,",
		"It began:",
		"# Ferry Timetables\n\nThe ferry left at nine.",
	} {
		d := analyzeText(t, text)
		for _, c := range d.Claims {
			if s := d.Slice(c.Span); s != "The ferry left at nine." {
				t.Errorf("%q: claim %q, want none", text, s)
			}
		}
	}
}

func TestCues(t *testing.T) {
	type cue struct {
		text  string
		n     int // occurrence in the sentence
		scope string
		st    doc.Strength
	}
	for _, tc := range []struct {
		text             string
		hedges, boosters []cue
	}{
		{"It seems the ferry probably ran late; the board undeniably knew.",
			[]cue{{"It seems", 0, "It seems the ferry probably ran late", doc.StrengthModerate},
				{"probably", 0, "probably ran late", doc.StrengthModerate}},
			[]cue{{"undeniably", 0, "undeniably knew", doc.StrengthStrong}}},
		{"I find this very believable, but the board denies it.",
			[]cue{{"I find this very believable", 0, "I find this very believable", doc.StrengthStrong}}, nil},
		{"It’s quite possible that the skipper knew, maybe.",
			[]cue{{"It’s quite possible", 0, "It’s quite possible that the skipper knew, maybe", doc.StrengthStrong},
				{"maybe", 0, "It’s quite possible that the skipper knew, maybe", doc.StrengthModerate}}, nil},
		{"I would like to thank the board, and it’s an undisputed fact that they tried.",
			nil, []cue{{"it’s an undisputed fact", 0, "it’s an undisputed fact that they tried", doc.StrengthStrong}}},
	} {
		d := analyzeText(t, tc.text)
		if len(d.Claims) != 1 {
			t.Fatalf("%q: %d claims", tc.text, len(d.Claims))
		}
		c := d.Claims[0]
		check := func(kind string, got []doc.Cue, want []cue) {
			var w []doc.Cue
			for _, x := range want {
				sp, sc := span(tc.text, x.text, x.n), span(tc.text, x.scope, 0)
				w = append(w, doc.Cue{Span: sp, Scope: sc, Strength: x.st})
			}
			if !reflect.DeepEqual(got, w) {
				t.Errorf("%q %s:\n got %v\nwant %v", tc.text, kind, got, w)
			}
		}
		check("hedges", c.Hedges, tc.hedges)
		check("boosters", c.Boosters, tc.boosters)
	}
}

func TestSupport(t *testing.T) {
	text := exampleArticle
	d := analyzeText(t, text)
	testutil.CheckSpans(t, d)
	byWords := func(words string) *doc.Claim {
		for i := range d.Claims {
			if strings.Contains(d.Slice(d.Claims[i].Span), words) {
				return &d.Claims[i]
			}
		}
		t.Fatalf("no claim with %q", words)
		return nil
	}
	// A marker backs its sentence.
	if c := byWords("112 years"); len(c.Citations) != 1 || d.Slice(d.Citations[c.Citations[0]].Span) != "[1]" {
		t.Errorf("ferry stopped: citations %v, want [1]", c.Citations)
	}
	// A quotation in the sentence backs it; the quoted words are the
	// skipper's claim, backed by the quotation.
	c := byWords("said Mara Quist")
	if len(c.Quotes) != 1 || c.Quoted >= 0 {
		t.Errorf("quoting sentence: quotes %v, quoted %d", c.Quotes, c.Quoted)
	}
	// "Officials say" names no one.
	c = byWords("Officials say")
	if len(c.Vague) != 1 || d.Slice(c.Vague[0]) != "Officials say" {
		t.Errorf("vague %v", c.Vague)
	}
	// A sweeping, firm claim with nothing behind it is flagged; the
	// supported one is not.
	var flagged []string
	for _, f := range d.Findings {
		if f.Code == doc.FindUnsupportedClaim {
			flagged = append(flagged, d.Slice(f.Span))
		}
	}
	want := []string{"Officials say the crossing was losing money.", "Every ferry on this coast has lost money since 1990."}
	if !reflect.DeepEqual(flagged, want) {
		t.Errorf("unsupported:\n got %q\nwant %q", flagged, want)
	}
}

// TestLinear checks that the claim stage's time grows linearly: a text
// eight times longer (2 MB) may take at most twenty-four times as long
// (quadratic time would take sixty-four), taking the best of several
// runs with the garbage collector off, whose pauses on a busy machine
// are most of the noise.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	for _, unit := range []string{exampleBody, "It probably would certainly be. "} {
		n := 250000/len(unit) + 1 // both sizes well past the processor's caches
		small := prepared(t, []byte(strings.Repeat(unit, n)))
		large := prepared(t, []byte(strings.Repeat(unit, 8*n)))
		testutil.Linear(t, fmt.Sprintf("the text of %.20q…", unit),
			func() time.Duration { return time.Duration(bestOf(small)) },
			func() time.Duration { return time.Duration(bestOf(large)) })
	}
}

func TestTooLong(t *testing.T) {
	d := analyzeText(t, strings.Repeat("word ", 3000)+"end. It probably rained.")
	if len(d.Claims) != 1 || d.Slice(d.Claims[0].Span) != "It probably rained." {
		t.Errorf("claims %v, want the short sentence's", d.Claims)
	}
	found := false
	for _, g := range d.Diagnostics {
		found = found || g.Code == claim.CodeSentenceTooLong
	}
	if !found {
		t.Errorf("no %s diagnostic", claim.CodeSentenceTooLong)
	}
}

func TestClauses(t *testing.T) {
	for _, tc := range []struct {
		text  string
		spans []string
		types []doc.ClaimType
	}{
		{"The council should reopen the line; the ferry carried 400 people a day in 1990.",
			[]string{"The council should reopen the line", "the ferry carried 400 people a day in 1990."},
			[]doc.ClaimType{doc.ClaimNormative, doc.ClaimFactual}},
		{"The ferry ran until 1990; the bridge opened in 1991.",
			[]string{"The ferry ran until 1990; the bridge opened in 1991."},
			[]doc.ClaimType{doc.ClaimFactual}},
		{"Why: nobody asked the council?",
			[]string{"Why: nobody asked the council?"},
			[]doc.ClaimType{doc.ClaimQuestion}},
	} {
		d := analyzeText(t, tc.text)
		var spans []string
		var types []doc.ClaimType
		for _, c := range d.Claims {
			spans = append(spans, d.Slice(c.Span))
			types = append(types, c.Type)
		}
		if !reflect.DeepEqual(spans, tc.spans) || !reflect.DeepEqual(types, tc.types) {
			t.Errorf("%q:\n got %q %v\nwant %q %v", tc.text, spans, types, tc.spans, tc.types)
		}
	}
}

// TestTooLongBoundary: a sentence of MaxWords tokens is read, one of a
// token more is not, and the sentence after either is read.
func TestTooLongBoundary(t *testing.T) {
	for _, tokens := range []int{claim.MaxWords, claim.MaxWords + 1} {
		// "Mayors", the words, "end" and the full stop.
		d := analyzeText(t, "Mayors "+strings.Repeat("word ", tokens-3)+"end. It probably rained.")
		tooLong := false
		for _, g := range d.Diagnostics {
			tooLong = tooLong || g.Code == claim.CodeSentenceTooLong
		}
		if want := tokens > claim.MaxWords; tooLong != want {
			t.Errorf("%d tokens: too long %v, want %v", tokens, tooLong, want)
		}
		if last := d.Claims[len(d.Claims)-1]; d.Slice(last.Span) != "It probably rained." {
			t.Errorf("%d tokens: last claim %q", tokens, d.Slice(last.Span))
		}
	}
}

// TestTooLongHeading: a sentence in a paragraph that makes no claim, a
// heading or title, is passed over rather than read, and still gets the
// diagnostic when it is too long.
func TestTooLongHeading(t *testing.T) {
	for _, tokens := range []int{claim.MaxWords, claim.MaxWords + 1} {
		text := "# Mayors " + strings.Repeat("word ", tokens-3) + "end.\n\nIt probably rained.\n"
		d, err := source.LoadBytes(context.Background(), "t.md", []byte(text), source.Options{Format: doc.FormatMarkdown})
		if err != nil {
			t.Fatal(err)
		}
		if err := pipeline.Run(context.Background(), d, pipeline.Default()); err != nil {
			t.Fatal(err)
		}
		if k := d.Paragraphs[d.Sentences[0].Paragraph].Kind; k != doc.BlockHeading && k != doc.BlockTitle {
			t.Fatalf("first paragraph %v, want a heading or title", k)
		}
		tooLong := false
		for _, g := range d.Diagnostics {
			tooLong = tooLong || g.Code == claim.CodeSentenceTooLong
		}
		if want := tokens > claim.MaxWords; tooLong != want {
			t.Errorf("%d tokens: too long %v, want %v", tokens, tooLong, want)
		}
		if len(d.Claims) != 1 || d.Slice(d.Claims[0].Span) != "It probably rained." {
			t.Errorf("%d tokens: claims %v", tokens, d.Claims)
		}
	}
}
