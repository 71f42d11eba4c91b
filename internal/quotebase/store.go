package quotebase

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"
)

// The database holds the imported entries in tables of their own,
// prefixed quotebase_, so that other parts of Hearsay can keep their own
// tables in the same file. schemaVersion is the version of these tables;
// migrate brings an older file up to it.
const schemaVersion = 1

var migrations = []string{
	// version 1
	`CREATE TABLE IF NOT EXISTS quotebase_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
	 CREATE TABLE IF NOT EXISTS quotebase_quotes (
		id            INTEGER PRIMARY KEY,
		norm          TEXT NOT NULL,  -- normalised words of text, for exact matching
		author_key    TEXT NOT NULL,  -- normalised author name
		text          TEXT NOT NULL,
		author        TEXT NOT NULL,
		status        TEXT NOT NULL,
		actual_author TEXT NOT NULL DEFAULT '',
		source        TEXT NOT NULL DEFAULT '',
		evidence      TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
		note          TEXT NOT NULL DEFAULT '',
		origin        TEXT NOT NULL DEFAULT '',
		UNIQUE (norm, author_key, status)
	 );`,
}

// ErrSchema is returned for a database written by a newer Hearsay.
var ErrSchema = errors.New("quotebase: database schema is newer than this program")

// A Store is the SQLite database of imported entries.
type Store struct {
	db   *sql.DB
	Path string
}

// DefaultPath returns where the database lives when the user names
// none: $HEARSAY_DB, else $XDG_DATA_HOME/hearsay/hearsay.db, else
// ~/.local/share/hearsay/hearsay.db.
func DefaultPath() (string, error) {
	if p := os.Getenv("HEARSAY_DB"); p != "" {
		return p, nil
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "hearsay", "hearsay.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("quotebase: no data directory (set --db or HEARSAY_DB): %w", err)
	}
	return filepath.Join(home, ".local", "share", "hearsay", "hearsay.db"), nil
}

// Open opens the database at path, creating it and its folder if need
// be, in WAL mode (readers do not block an import), and brings its tables
// up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	s := &Store{db: db, Path: path}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, migrations[0]); err != nil {
		return err
	}
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM quotebase_meta WHERE key = 'schema_version'`).Scan(&v)
	have := 0
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return err
	default:
		if have, err = strconv.Atoi(v); err != nil {
			return fmt.Errorf("quotebase: bad schema_version %q", v)
		}
	}
	if have > schemaVersion {
		return fmt.Errorf("%w (version %d, this program knows %d)", ErrSchema, have, schemaVersion)
	}
	for ; have < schemaVersion; have++ {
		if _, err := s.db.ExecContext(ctx, migrations[have]); err != nil {
			return err
		}
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO quotebase_meta (key, value) VALUES ('schema_version', ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, strconv.Itoa(schemaVersion))
	return err
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// importBatch is how many entries one transaction writes: large enough
// that a full Wikiquote dump is not slowed by commits, small enough that
// an interrupted import keeps most of what it read.
const importBatch = 5000

// An Importer adds entries to the store in transactions of importBatch.
type Importer struct {
	s    *Store
	ctx  context.Context
	tx   *sql.Tx
	stmt *sql.Stmt
	n    int
	// Added counts the entries written (new or updated).
	Added int
}

// Importer starts an import. Entries with the same normalised text,
// author and status as one already stored replace it.
func (s *Store) Importer(ctx context.Context) *Importer { return &Importer{s: s, ctx: ctx} }

// Add writes one entry, which must be valid.
func (im *Importer) Add(e Entry) error {
	if im.tx == nil {
		tx, err := im.s.db.BeginTx(im.ctx, nil)
		if err != nil {
			return err
		}
		stmt, err := tx.PrepareContext(im.ctx, `INSERT INTO quotebase_quotes
			(norm, author_key, text, author, status, actual_author, source, evidence, note, origin)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (norm, author_key, status) DO UPDATE SET text = excluded.text, author = excluded.author,
			actual_author = excluded.actual_author, source = excluded.source, evidence = excluded.evidence,
			note = excluded.note, origin = excluded.origin`)
		if err != nil {
			tx.Rollback()
			return err
		}
		im.tx, im.stmt = tx, stmt
	}
	ev, _ := json.Marshal(e.Evidence)
	if e.Evidence == nil {
		ev = []byte("[]")
	}
	if _, err := im.stmt.ExecContext(im.ctx, normText(e.Text), nameKey(e.Author), e.Text, e.Author, string(e.Status),
		e.ActualAuthor, e.Source, string(ev), e.Note, e.Origin); err != nil {
		return err
	}
	im.Added++
	if im.n++; im.n >= importBatch {
		return im.commit()
	}
	return nil
}

func (im *Importer) commit() error {
	if im.tx == nil {
		return nil
	}
	im.stmt.Close()
	err := im.tx.Commit()
	im.tx, im.stmt, im.n = nil, nil, 0
	return err
}

// Close commits what is left.
func (im *Importer) Close() error { return im.commit() }

// Abort rolls back the open transaction; entries of earlier batches stay.
func (im *Importer) Abort() {
	if im.tx != nil {
		im.stmt.Close()
		im.tx.Rollback()
		im.tx, im.stmt, im.n = nil, nil, 0
	}
}

// Each calls fn with every stored entry, in the order they were added.
func (s *Store) Each(ctx context.Context, fn func(Entry) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT text, author, status, actual_author, source, evidence, note, origin
		FROM quotebase_quotes ORDER BY id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var e Entry
		var st, ev string
		if err := rows.Scan(&e.Text, &e.Author, &st, &e.ActualAuthor, &e.Source, &ev, &e.Note, &e.Origin); err != nil {
			return err
		}
		e.Status = Status(st)
		if err := json.Unmarshal([]byte(ev), &e.Evidence); err != nil {
			return fmt.Errorf("quotebase: stored evidence of %q: %w", e.Text, err)
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Count returns the number of stored entries.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM quotebase_quotes`).Scan(&n)
	return n, err
}

// Load returns the curated table plus the entries stored in the database
// at path. A path that does not exist is no error: the curated table
// alone is used (Hearsay checks against it with no database at all).
func Load(ctx context.Context, path string) (*Base, error) {
	b := Curated()
	if path == "" {
		return b, nil
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return b, nil
	}
	s, err := Open(ctx, path)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	n := 0
	err = s.Each(ctx, func(e Entry) error {
		b.Add(e)
		n++
		return nil
	})
	if err != nil {
		return nil, err
	}
	b.Sources = append(b.Sources, fmt.Sprintf("%s (%d entries)", path, n))
	return b, nil
}
