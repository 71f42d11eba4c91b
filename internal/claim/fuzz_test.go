package claim_test

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/pipeline"
	"github.com/hearsay-project/hearsay/internal/source"
)

// FuzzDetect runs the whole pipeline over arbitrary text and checks what
// the claim stage adds: spans in the text and in their sentence, cues in
// their claim and inside their scope, indexes that point at something.
func FuzzDetect(f *testing.F) {
	f.Add(exampleArticle)
	f.Add("Without it, they would have failed if nobody had helped?[1]")
	f.Add("“He said: ‘it seems so’.” I find this very believable, undeniably.")
	f.Add("would would would like like, if if had had")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) == 0 {
			return
		}
		d, err := source.LoadBytes(context.Background(), "f.txt", []byte(text), source.Options{Format: doc.FormatText})
		if err != nil {
			return // not text (binary, empty): the loader says so
		}
		if err := pipeline.Run(context.Background(), d, pipeline.Default()); err != nil {
			t.Fatal(err)
		}
		for i, c := range d.Claims {
			if !doc.ValidSpan(d.Text, c.Span) || c.Sentence < 0 || c.Sentence >= len(d.Sentences) ||
				!d.Sentences[c.Sentence].Contains(c.Span) {
				t.Fatalf("claim %d: span %v outside its sentence", i, c.Span)
			}
			if i > 0 && d.Claims[i-1].Start > c.Start {
				t.Fatalf("claims not sorted")
			}
			for _, cue := range append(append([]doc.Cue{}, c.Hedges...), c.Boosters...) {
				if !c.Contains(cue.Span) || !c.Contains(cue.Scope) || cue.Span.Len() == 0 ||
					!doc.ValidSpan(d.Text, cue.Span) || !doc.ValidSpan(d.Text, cue.Scope) {
					t.Fatalf("claim %d: cue %v scope %v outside it %v", i, cue.Span, cue.Scope, c.Span)
				}
				if cue.Scope.Start > cue.Start || cue.Scope.End < cue.End {
					t.Fatalf("claim %d: scope %v does not hold its cue %v", i, cue.Scope, cue.Span)
				}
			}
			for _, v := range c.Vague {
				if !c.Contains(v) {
					t.Fatalf("claim %d: vague %v outside it", i, v)
				}
			}
			if c.Quoted >= len(d.Quotes) || c.CheckWorthy < 0 || c.CheckWorthy > 1 {
				t.Fatalf("claim %d: quoted %d, check-worthy %v", i, c.Quoted, c.CheckWorthy)
			}
			for _, k := range c.Citations {
				if k < 0 || k >= len(d.Citations) {
					t.Fatalf("claim %d: citation %d", i, k)
				}
			}
			for _, k := range c.Quotes {
				if k < 0 || k >= len(d.Quotes) {
					t.Fatalf("claim %d: quote %d", i, k)
				}
			}
			for _, k := range c.Sources {
				if k < 0 || k >= len(d.Sources) {
					t.Fatalf("claim %d: source %d", i, k)
				}
			}
		}
		s := doc.SummarizeClaims(d)
		if s.Unsupported > s.CheckWorthy || s.Author > s.Claims {
			t.Fatalf("summary %+v", s)
		}
	})
}
