// Package corpus keeps many analysed articles in one database and
// answers questions across them: who is quoted saying what, where, and
// under whose name elsewhere.
//
// The store is SQLite (a pure-Go driver, WAL journal, FTS5 full-text
// search) in a file, or PostgreSQL for a shared server. Both hold the same
// tables, all prefixed corpus_ so that other parts of Hearsay can keep
// their own tables in the same database; the few statements that differ
// between the two (full-text search, key types) are chosen by the
// dialect, everything else is shared SQL.
//
// Documents are keyed by the SHA-256 of their raw bytes, so ingesting the
// same file twice stores it once, and a document is written in one
// transaction with its quotations, so a crash never leaves half of one.
package corpus

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "modernc.org/sqlite"             // registers the "sqlite" driver
)

// A Store is an open corpus database.
type Store struct {
	db      *sql.DB
	dialect dialect
	// Location is where the store lives: a file path, or the server URL
	// without its password.
	Location string
}

// dialect is what differs between the databases.
type dialect int

const (
	sqlite dialect = iota
	postgres
)

// IsPostgres reports whether a --db value names a PostgreSQL server.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// DefaultPath returns where the store lives when no --db is given:
// $HEARSAY_DB, else hearsay/hearsay.db in the user's data directory
// ($XDG_DATA_HOME, else ~/.local/share).
func DefaultPath() (string, error) {
	if p := os.Getenv("HEARSAY_DB"); p != "" {
		return p, nil
	}
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("no --db given, HEARSAY_DB unset and no home directory: %w", err)
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "hearsay", "hearsay.db"), nil
}

// Open opens the store at dsn, a SQLite file path or a postgres:// URL,
// creating it and bringing its tables up to date as needed.
func Open(ctx context.Context, dsn string) (*Store, error) {
	var s *Store
	if IsPostgres(dsn) {
		db, err := sql.Open("pgx", dsn)
		if err != nil {
			return nil, err
		}
		db.SetMaxOpenConns(16)
		loc := dsn
		if u, err := url.Parse(dsn); err == nil {
			loc = u.Redacted()
		}
		s = &Store{db: db, dialect: postgres, Location: loc}
	} else {
		if dir := filepath.Dir(dsn); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, err
			}
		}
		// WAL lets queries read while an ingest writes; synchronous=NORMAL
		// keeps every committed batch across a process crash (only a
		// power cut can lose the last ones, never corrupt the file).
		q := url.Values{}
		for _, p := range []string{"journal_mode(WAL)", "synchronous(NORMAL)", "busy_timeout(30000)", "foreign_keys(1)",
			"temp_store(MEMORY)", "cache_size(-32000)"} {
			q.Add("_pragma", p)
		}
		q.Set("_txlock", "immediate")
		db, err := sql.Open("sqlite", "file:"+filepath.ToSlash(dsn)+"?"+q.Encode())
		if err != nil {
			return nil, err
		}
		db.SetMaxOpenConns(8)
		s = &Store{db: db, dialect: sqlite, Location: dsn}
	}
	if err := s.db.PingContext(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("open %s: %w", s.Location, err)
	}
	if err := s.migrate(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("open %s: %w", s.Location, err)
	}
	return s, nil
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

// DB returns the underlying database, for checks such as SQLite's
// integrity_check.
func (s *Store) DB() *sql.DB { return s.db }

// rebind rewrites the ? placeholders of a shared statement into the
// dialect's form ($1, $2 … for PostgreSQL). Statements here contain no
// literal question marks.
func (s *Store) rebind(q string) string {
	if s.dialect != postgres || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// migrations are the schema changes in order; migration i brings the
// schema from version i to i+1. Never edit one that has shipped: add
// another.
var migrations = []map[dialect][]string{
	{
		sqlite: {
			`CREATE TABLE corpus_documents (
				id INTEGER PRIMARY KEY,
				hash TEXT NOT NULL UNIQUE,
				name TEXT NOT NULL,
				uri TEXT NOT NULL DEFAULT '',
				title TEXT NOT NULL DEFAULT '',
				author TEXT NOT NULL DEFAULT '',
				date TEXT NOT NULL DEFAULT '',
				format TEXT NOT NULL DEFAULT '',
				size INTEGER NOT NULL,
				text TEXT NOT NULL DEFAULT '',
				error TEXT NOT NULL DEFAULT '',
				quotes INTEGER NOT NULL DEFAULT 0)`,
			`CREATE TABLE corpus_quotes (
				id INTEGER PRIMARY KEY,
				doc_id INTEGER NOT NULL REFERENCES corpus_documents(id),
				idx INTEGER NOT NULL,
				kind TEXT NOT NULL,
				text TEXT NOT NULL,
				norm TEXT NOT NULL,
				speaker TEXT NOT NULL,
				speaker_norm TEXT NOT NULL,
				speaker_last TEXT NOT NULL,
				span_start INTEGER NOT NULL,
				span_end INTEGER NOT NULL)`,
			`CREATE INDEX corpus_quotes_doc ON corpus_quotes(doc_id)`,
			`CREATE INDEX corpus_quotes_speaker ON corpus_quotes(speaker_last)`,
			`CREATE TABLE corpus_quote_keys (
				key INTEGER NOT NULL,
				quote_id INTEGER NOT NULL REFERENCES corpus_quotes(id),
				speaker_norm TEXT NOT NULL)`,
			`CREATE INDEX corpus_quote_keys_key ON corpus_quote_keys(key, speaker_norm)`,
			`CREATE VIRTUAL TABLE corpus_documents_fts USING fts5(title, text,
				content='corpus_documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`,
			`CREATE VIRTUAL TABLE corpus_quotes_fts USING fts5(norm,
				content='corpus_quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`,
		},
		postgres: {
			`CREATE TABLE corpus_documents (
				id BIGSERIAL PRIMARY KEY,
				hash TEXT NOT NULL UNIQUE,
				name TEXT NOT NULL,
				uri TEXT NOT NULL DEFAULT '',
				title TEXT NOT NULL DEFAULT '',
				author TEXT NOT NULL DEFAULT '',
				date TEXT NOT NULL DEFAULT '',
				format TEXT NOT NULL DEFAULT '',
				size BIGINT NOT NULL,
				text TEXT NOT NULL DEFAULT '',
				error TEXT NOT NULL DEFAULT '',
				quotes INTEGER NOT NULL DEFAULT 0,
				tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || text)) STORED)`,
			`CREATE INDEX corpus_documents_tsv ON corpus_documents USING GIN (tsv)`,
			`CREATE TABLE corpus_quotes (
				id BIGSERIAL PRIMARY KEY,
				doc_id BIGINT NOT NULL REFERENCES corpus_documents(id),
				idx INTEGER NOT NULL,
				kind TEXT NOT NULL,
				text TEXT NOT NULL,
				norm TEXT NOT NULL,
				speaker TEXT NOT NULL,
				speaker_norm TEXT NOT NULL,
				speaker_last TEXT NOT NULL,
				span_start INTEGER NOT NULL,
				span_end INTEGER NOT NULL)`,
			`CREATE INDEX corpus_quotes_doc ON corpus_quotes(doc_id)`,
			`CREATE INDEX corpus_quotes_speaker ON corpus_quotes(speaker_last)`,
			`CREATE INDEX corpus_quotes_norm_tsv ON corpus_quotes USING GIN (to_tsvector('simple', norm))`,
			`CREATE TABLE corpus_quote_keys (
				key BIGINT NOT NULL,
				quote_id BIGINT NOT NULL REFERENCES corpus_quotes(id),
				speaker_norm TEXT NOT NULL)`,
			`CREATE INDEX corpus_quote_keys_key ON corpus_quote_keys(key, speaker_norm)`,
		},
	},
}

// SchemaVersion is the schema version this build writes.
var SchemaVersion = len(migrations)

// migrate brings the schema up to SchemaVersion, each migration in its
// own transaction with the version bump, so a crash leaves either the
// old or the new schema.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS corpus_schema (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("schema table: %w", err)
	}
	for {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if s.dialect == postgres {
			// Serialise concurrent first opens of a fresh database.
			if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7263010)`); err != nil {
				tx.Rollback()
				return err
			}
		}
		var v int
		err = tx.QueryRowContext(ctx, `SELECT version FROM corpus_schema`).Scan(&v)
		if errors.Is(err, sql.ErrNoRows) {
			if _, err = tx.ExecContext(ctx, `INSERT INTO corpus_schema (version) VALUES (0)`); err != nil {
				tx.Rollback()
				return err
			}
			v, err = 0, nil
		}
		if err != nil {
			tx.Rollback()
			return err
		}
		if v > SchemaVersion {
			tx.Rollback()
			return fmt.Errorf("corpus schema version %d is newer than this hearsay (%d): upgrade hearsay", v, SchemaVersion)
		}
		if v == SchemaVersion {
			return tx.Commit()
		}
		for _, stmt := range migrations[v][s.dialect] {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				tx.Rollback()
				return fmt.Errorf("migration %d: %w", v+1, err)
			}
		}
		if _, err := tx.ExecContext(ctx, s.rebind(`UPDATE corpus_schema SET version = ?`), v+1); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
}

// Counts is the size of a corpus.
type Counts struct {
	Documents int64 `json:"documents"` // stored documents, failed ones included
	Failed    int64 `json:"failed"`    // documents that could not be analysed (empty, binary …)
	Quotes    int64 `json:"quotes"`
	Speakers  int64 `json:"speakers"` // distinct last names quoted
}

// Counts returns the size of the corpus.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM corpus_documents),
		(SELECT COUNT(*) FROM corpus_documents WHERE error <> ''),
		(SELECT COUNT(*) FROM corpus_quotes),
		(SELECT COUNT(DISTINCT speaker_last) FROM corpus_quotes WHERE speaker_last <> '')`).
		Scan(&c.Documents, &c.Failed, &c.Quotes, &c.Speakers)
	return c, err
}
