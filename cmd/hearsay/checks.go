package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/hearsay-project/hearsay"
	"github.com/hearsay-project/hearsay/internal/fidelity"
	"github.com/hearsay-project/hearsay/internal/quotebase"
)

// loadChecks prepares the checks of analyze: the source texts in
// sourcesDir, when given, and the reference base of quotations (the
// curated table plus the database at dbPath, else at the default place,
// when there is one).
func (c *AnalyzeCommand) loadChecks(ctx context.Context, sourcesDir, dbPath string) (hearsay.Options, error) {
	var opts hearsay.Options
	base, err := loadBase(ctx, dbPath)
	if err != nil {
		fmt.Fprintf(c.Stderr, "hearsay analyze: --db: %v\n", err)
		return opts, errInput
	}
	opts.Quotes = base
	if sourcesDir == "" {
		return opts, nil
	}
	corpus, err := fidelity.LoadDir(ctx, sourcesDir)
	if err != nil {
		if ctx.Err() != nil {
			return opts, ctx.Err()
		}
		fmt.Fprintf(c.Stderr, "hearsay analyze: --sources: %v\n", unwrapPathError(err))
		return opts, errInput
	}
	for _, s := range corpus.Skipped {
		fmt.Fprintf(c.Stderr, "hearsay analyze: --sources: skipped %s\n", s)
	}
	opts.Sources = corpus
	opts.SourcesName = "the sources in " + sourcesDir
	return opts, nil
}

// loadBase loads the reference base: the curated table, plus the
// database at dbPath, or at the default place when dbPath is "". A
// database named with --db must exist; the default one need not.
func loadBase(ctx context.Context, dbPath string) (*quotebase.Base, error) {
	if dbPath == "" {
		p, err := quotebase.DefaultPath()
		if err != nil {
			return quotebase.Curated(), nil
		}
		return quotebase.Load(ctx, p)
	}
	if _, err := statFile(dbPath); err != nil {
		return nil, err
	}
	return quotebase.Load(ctx, dbPath)
}

func statFile(p string) (fs.FileInfo, error) {
	st, err := os.Stat(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: no such database (create it with hearsay quotes import)", p)
	}
	return st, err
}
