package main

import (
	"context"

	"github.com/hearsay-project/hearsay/internal/corpus"
)

// corpusFlag is serve's --corpus: given bare, the default store
// (corpus.DefaultPath, as hearsay corpus uses); given a value
// (--corpus=PATH, or --corpus PATH, see servedCorpus), that store.
type corpusFlag struct {
	set  bool
	path string
}

func (f *corpusFlag) String() string {
	if f == nil || !f.set {
		return ""
	}
	return f.path
}

func (f *corpusFlag) Set(v string) error {
	f.set = true
	if v == "true" {
		v = ""
	}
	if v == "false" {
		f.set = false
		v = ""
	}
	f.path = v
	return nil
}

// IsBoolFlag lets --corpus stand alone.
func (f *corpusFlag) IsBoolFlag() bool { return true }

// servedCorpus opens the corpus --corpus names, nil when it was not
// given. rest are serve's positional arguments: as serve takes none, a
// single one after a bare --corpus is its path ("--corpus store.db").
// A SQLite file must exist: serving must not create an empty corpus by
// a typing mistake.
func servedCorpus(ctx context.Context, f *corpusFlag, rest []string) (*corpus.Store, []string, error) {
	if !f.set {
		return nil, rest, nil
	}
	dsn := f.path
	if dsn == "" && len(rest) == 1 {
		dsn, rest = rest[0], nil
	}
	if len(rest) > 0 {
		return nil, rest, nil // serve reports the extra argument
	}
	s, err := openCorpus(ctx, dsn, true)
	return s, rest, err
}
