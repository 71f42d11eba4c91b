// Package pipeline wires Hearsay's analysis stages in one place. A stage
// reads the layers earlier stages left on the Document and adds its own;
// stages never call each other, and only this package fixes their order.
package pipeline

import (
	"context"
	"fmt"

	"github.com/hearsay-project/hearsay/internal/cite"
	"github.com/hearsay-project/hearsay/internal/claim"
	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/fidelity"
	"github.com/hearsay-project/hearsay/internal/quote"
	"github.com/hearsay-project/hearsay/internal/quotebase"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/sources"
	"github.com/hearsay-project/hearsay/internal/speaker"
	"github.com/hearsay-project/hearsay/internal/support"
)

// A Stage adds one layer of annotations to a Document.
type Stage interface {
	// Name is the stage's name in error messages and provenance.
	Name() string
	// Run reads the layers of d that earlier stages set and adds its
	// own. Odd content is recorded as diagnostics or findings, not
	// returned as an error; Run fails only on cancellation or a limit.
	Run(ctx context.Context, d *doc.Document) error
}

// Default returns the stages of a full analysis, in the order they run:
//
//  1. segment: sentences and tokens within the loader's paragraphs.
//  2. quote: quotations from marks and from q and blockquote markup,
//     nested, joined across paragraphs and narration, and of a kind; it
//     reads the tokens to tell apostrophes from marks.
//  3. speaker: who said each direct or mixed quotation, the cue, and
//     the chain of hands it came through; echoes inherit the speaker of
//     what they repeat, and reported speech ("X said that …") is added
//     as indirect quotations; it reads the quotations and sentences.
//  4. cite: citation markers, notes and reference lists, each marker
//     resolved or reported as leading nowhere; it reads the paragraphs
//     and the markup.
//  5. sources: the people, works, periodicals and websites the article
//     relies on, variants merged, each typed; it reads the tokens,
//     markup, quotations and reference entries.
//  6. support: links each quotation and sentence to the citations that
//     back it; it reads the quotations, sentences and citations.
//  7. claim: each sentence's claim, typed and scored for
//     check-worthiness, its hedges and boosters, vague attributions, and
//     what backs it; it reads the sentences, tokens, quotations,
//     citations (as linked by support) and sources.
func Default() []Stage {
	return []Stage{
		stageFunc{"segment", func(_ context.Context, d *doc.Document) error { segment.Run(d); return nil }},
		stageFunc{"quote", func(_ context.Context, d *doc.Document) error { quote.Detect(d); return nil }},
		stageFunc{"speaker", func(_ context.Context, d *doc.Document) error { speaker.Attribute(d); return nil }},
		stageFunc{"cite", func(_ context.Context, d *doc.Document) error { cite.Detect(d); return nil }},
		stageFunc{"sources", func(_ context.Context, d *doc.Document) error { sources.Detect(d); return nil }},
		stageFunc{"support", func(_ context.Context, d *doc.Document) error { support.Link(d); return nil }},
		stageFunc{"claim", func(_ context.Context, d *doc.Document) error { claim.Detect(d); return nil }},
	}
}

// Checks returns the stages that check quotations against the user's
// reference data, to run after Default(), in this order:
//
//  1. fidelity: each direct and mixed quotation aligned with the source
//     texts in sources (skipped when sources is nil); sourcesName is how
//     findings name them ("the sources in DIR").
//  2. attribution: each quotation with a speaker matched against the
//     reference base of quotations (skipped when base is nil).
//
// Both read the quotations, their speakers and chains.
func Checks(base *quotebase.Base, sources *fidelity.Corpus, sourcesName string) []Stage {
	var stages []Stage
	if sources != nil {
		stages = append(stages, stageFunc{"fidelity", func(_ context.Context, d *doc.Document) error {
			fidelity.Check(d, sources, sourcesName)
			return nil
		}})
	}
	if base != nil {
		stages = append(stages, stageFunc{"attribution", func(_ context.Context, d *doc.Document) error {
			quotebase.Check(d, base)
			return nil
		}})
	}
	return stages
}

// Run runs stages over d in order. A panic in a stage is a bug, but it
// must not take down a server or a corpus run: it is turned into an error
// naming the stage and the document.
func Run(ctx context.Context, d *doc.Document, stages []Stage) (err error) {
	for _, s := range stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := runStage(ctx, d, s); err != nil {
			return err
		}
	}
	return nil
}

func runStage(ctx context.Context, d *doc.Document, s Stage) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error in stage %s: %v (please report it)", s.Name(), r)
		}
	}()
	if err := s.Run(ctx, d); err != nil {
		return fmt.Errorf("%s: %w", s.Name(), err)
	}
	if res := resources[s.Name()]; res != nil {
		d.Resources = append(d.Resources, res()...)
	}
	return nil
}

// resources gives, by stage name, the reference data each stage of
// Default reads, recorded in Document.Resources for provenance.
var resources = map[string]func() []doc.Resource{
	"segment": segment.Resources,
	"quote":   quote.Resources,
	"speaker": speaker.Resources,
	"cite":    cite.Resources,
	"sources": sources.Resources,
}

type stageFunc struct {
	name string
	run  func(context.Context, *doc.Document) error
}

func (s stageFunc) Name() string                                   { return s.name }
func (s stageFunc) Run(ctx context.Context, d *doc.Document) error { return s.run(ctx, d) }
