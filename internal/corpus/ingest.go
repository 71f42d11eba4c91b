package corpus

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hearsay-project/hearsay"
	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/warc"
)

// Options control Ingest.
type Options struct {
	// Workers is the number of documents analysed at once; 0 means one
	// per CPU.
	Workers int
	// BatchSize is the number of documents written per transaction; 0
	// means 256. Larger batches write faster; a crash loses at most one
	// uncommitted batch, which the next run redoes.
	BatchSize int
	// Progress, if set, is called after each committed batch and once at
	// the end, from a single goroutine.
	Progress func(Progress)
	// MaxSize is the largest document analysed, in bytes; 0 means
	// hearsay.DefaultMaxSize. Larger ones are stored as failed.
	MaxSize int64
}

// Progress is how far an ingest has got. It is also its final result.
type Progress struct {
	Seen       int64         `json:"seen"`        // documents read from the inputs
	Added      int64         `json:"added"`       // newly stored and analysed
	Present    int64         `json:"present"`     // already in the store (by content hash), skipped
	Failed     int64         `json:"failed"`      // newly stored as failed: empty, binary, too large
	Quotes     int64         `json:"quotes"`      // quotations stored
	Bytes      int64         `json:"bytes"`       // input bytes done (compressed bytes for .warc.gz)
	TotalBytes int64         `json:"total_bytes"` // input bytes in all, from a walk before the start
	Elapsed    time.Duration `json:"elapsed_ns"`
	// Errors are inputs that could not be read (a missing file, a damaged
	// WARC after its good records): the ingest goes on without them.
	Errors []string `json:"errors,omitempty"`
	Done   bool     `json:"-"`
}

// item is one document read from the inputs.
type item struct {
	name   string // path, or URI for a WARC record
	uri    string
	date   string // WARC-Date for a WARC record, RFC 3339
	format doc.Format
	raw    []byte
	bytes  int64 // input bytes this item accounts for in Progress.Bytes
	// For a file over the size limit, read only to hash it: raw is nil.
	tooLarge bool
	hash     string
	size     int64
}

// row is an item analysed and ready to write.
type row struct {
	item
	hash    string
	size    int64 // bytes of the document itself
	present bool  // already stored: count it, write nothing
	title   string
	author  string
	dateW   string // date the article gives, else the WARC date
	text    string
	failure string
	quotes  []quoteRow
}

type quoteRow struct {
	idx                             int
	kind, text, norm                string
	speaker, speakerNorm, speakerLn string
	start, end                      int
	keys                            []int64
}

// Extensions that Ingest reads from folders. Files named on the command
// line are read whatever their name.
var textExts = map[string]bool{
	".txt": true, ".text": true, ".md": true, ".markdown": true, ".mdown": true,
	".html": true, ".htm": true, ".xhtml": true,
}

func isWARC(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".warc.gz")
}

// Ingest reads the files, folders (recursively: text, Markdown, HTML and
// WARC files by extension) and WARC files in paths, analyses every
// document not yet stored and writes it with its quotations. Analysis
// runs on Options.Workers goroutines; one writer commits batches. It can
// be stopped at any moment, even killed: each document is committed
// with its quotations or not at all, and a rerun skips what is stored.
func (s *Store) Ingest(ctx context.Context, paths []string, opts Options) (Progress, error) {
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 256
	}
	start := time.Now()
	var p Progress
	p.TotalBytes = totalBytes(paths)

	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	items := make(chan item, opts.Workers*4)
	rows := make(chan row, opts.BatchSize)

	var mu sync.Mutex // guards p.Errors, written by the reader
	var readErr error
	readDone := make(chan struct{})
	go func() {
		defer close(readDone)
		defer close(items)
		maxSize := opts.MaxSize
		if maxSize <= 0 {
			maxSize = hearsay.DefaultMaxSize
		}
		err := walk(ctx, paths, maxSize, items, func(e error) {
			mu.Lock()
			if len(p.Errors) < 100 {
				p.Errors = append(p.Errors, e.Error())
			}
			mu.Unlock()
		})
		if err != nil && ctx.Err() == nil {
			readErr = err
		}
	}()

	exists, err := s.db.PrepareContext(ctx, s.rebind(`SELECT 1 FROM corpus_documents WHERE hash = ?`))
	if err != nil {
		return p, err
	}
	defer exists.Close()
	var wg sync.WaitGroup
	var workErr atomic.Value
	for range opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range items {
				r, err := analyse(ctx, exists, it, opts.MaxSize)
				if err != nil {
					if ctx.Err() == nil {
						workErr.CompareAndSwap(nil, err)
					}
					cancel()
					return
				}
				select {
				case rows <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(rows) }()

	report := func(done bool) {
		if opts.Progress == nil {
			return
		}
		mu.Lock()
		q := p
		q.Errors = append([]string(nil), p.Errors...)
		mu.Unlock()
		q.Elapsed, q.Done = time.Since(start), done
		opts.Progress(q)
	}
	batch := make([]row, 0, opts.BatchSize)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		added, failed, quotes, err := s.write(ctx, batch)
		if err != nil {
			return err
		}
		for _, r := range batch {
			p.Seen++
			p.Bytes += r.bytes
		}
		p.Added += added - failed
		p.Failed += failed
		p.Present += int64(len(batch)) - added
		p.Quotes += quotes
		batch = batch[:0]
		report(false)
		return nil
	}
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	var writeErr error
loop:
	for {
		select {
		case r, ok := <-rows:
			if !ok {
				break loop
			}
			batch = append(batch, r)
			if len(batch) >= opts.BatchSize {
				if writeErr = flush(); writeErr != nil {
					break loop
				}
			}
		case <-tick.C:
			// Commit a slow trickle too, so progress and crash safety
			// do not wait for a full batch.
			if writeErr = flush(); writeErr != nil {
				break loop
			}
		}
	}
	if writeErr == nil && ctx.Err() == nil {
		writeErr = flush()
	}
	cancel()
	for range rows { // let blocked workers finish
	}
	<-readDone
	p.Elapsed = time.Since(start)
	report(true)
	switch {
	case writeErr != nil:
		return p, writeErr
	case workErr.Load() != nil:
		return p, workErr.Load().(error)
	case readErr != nil:
		return p, readErr
	}
	return p, parent.Err()
}

// totalBytes sums the sizes of the files Ingest will read, for the ETA.
func totalBytes(paths []string) int64 {
	var n int64
	for _, path := range paths {
		_ = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() || !(p == path || textExts[strings.ToLower(filepath.Ext(p))] || isWARC(p)) {
				return nil
			}
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
			return nil
		})
	}
	return n
}

// walk sends every document in paths to items. Unreadable inputs go to
// warn; only cancellation stops it.
func walk(ctx context.Context, paths []string, maxSize int64, items chan<- item, warn func(error)) error {
	send := func(it item) error {
		select {
		case items <- it:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	file := func(path string) error {
		if isWARC(path) {
			return readWARC(path, send, warn)
		}
		if info, err := os.Stat(path); err == nil && info.Size() > maxSize {
			// Too large to analyse: hash it as a stream rather than read
			// it whole, and store it as failed.
			it, err := hashFile(path)
			if err != nil {
				warn(err)
				return nil
			}
			return send(it)
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			warn(err)
			return nil
		}
		return send(item{name: path, raw: raw, bytes: int64(len(raw))})
	}
	for _, path := range paths {
		info, err := os.Stat(path)
		if err != nil {
			warn(err)
			continue
		}
		if !info.IsDir() {
			if err := file(path); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				warn(err)
				return nil
			}
			if d.IsDir() || !(textExts[strings.ToLower(filepath.Ext(p))] || isWARC(p)) {
				return nil
			}
			return file(p)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// hashFile returns the item for a file too large to analyse: its hash and
// size, and no content.
func hashFile(path string) (item, error) {
	f, err := os.Open(path)
	if err != nil {
		return item{}, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return item{}, err
	}
	return item{name: path, bytes: n, size: n, hash: hex.EncodeToString(h.Sum(nil)), tooLarge: true}, nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// readWARC sends the HTML and text records of a WARC file.
func readWARC(path string, send func(item) error, warn func(error)) error {
	f, err := os.Open(path)
	if err != nil {
		warn(err)
		return nil
	}
	defer f.Close()
	cr := &countingReader{r: f}
	var last int64
	var sendErr error
	err = warc.Read(cr, func(r *warc.Record) error {
		it := item{name: r.URI, uri: r.URI, raw: r.Body, bytes: cr.n - last}
		last = cr.n
		if it.name == "" {
			it.name = path
		}
		if !r.Date.IsZero() {
			it.date = r.Date.UTC().Format(time.RFC3339)
		}
		it.format = formatOf(r.ContentType)
		sendErr = send(it)
		return sendErr
	})
	if sendErr != nil {
		return sendErr
	}
	if err != nil {
		warn(fmt.Errorf("%s: %w", path, err))
	}
	return nil
}

// formatOf maps a WARC record's media type to the analyser's format.
func formatOf(contentType string) doc.Format {
	ct := strings.ToLower(contentType)
	switch {
	case strings.Contains(ct, "html"):
		return doc.FormatHTML
	case strings.Contains(ct, "markdown"):
		return doc.FormatMarkdown
	}
	return doc.FormatText
}

// analyse hashes an item and, unless it is stored already, analyses it.
// An error return stops the ingest: only cancellation or a database
// failure gives one; input the analyser refuses becomes a failed row.
func analyse(ctx context.Context, exists *sql.Stmt, it item, maxSize int64) (row, error) {
	r := row{item: it, hash: it.hash, size: it.size}
	if !it.tooLarge {
		sum := sha256.Sum256(it.raw)
		r.hash, r.size = hex.EncodeToString(sum[:]), int64(len(it.raw))
	}
	var one int
	switch err := exists.QueryRowContext(ctx, r.hash).Scan(&one); {
	case err == nil:
		r.present = true
		r.raw = nil
		return r, nil
	case !errors.Is(err, sql.ErrNoRows):
		return r, err
	}
	if it.tooLarge {
		r.failure = fmt.Sprintf("%v (%d bytes)", hearsay.ErrTooLarge, it.size)
		return r, nil
	}
	d, err := hearsay.AnalyzeBytes(ctx, it.raw, hearsay.Options{Name: it.name, Format: it.format, MaxSize: maxSize})
	r.raw = nil
	if err != nil {
		if ctx.Err() != nil {
			return r, ctx.Err()
		}
		r.failure = err.Error()
		return r, nil
	}
	r.format = d.Format
	r.title, r.author, r.dateW, r.text = d.Meta.Title, d.Meta.Author, d.Meta.Date, d.Text
	if r.dateW == "" {
		r.dateW = it.date
	}
	if r.uri == "" {
		r.uri = d.Meta.URL
	}
	r.quotes = quoteRows(d)
	return r, nil
}

// quoteRows turns a Document's quotations into rows, with the normalised
// words and speaker keys the queries match on.
func quoteRows(d *doc.Document) []quoteRow {
	out := make([]quoteRow, 0, len(d.Quotes))
	for i := range d.Quotes {
		q := &d.Quotes[i]
		text := q.Words(d.Text)
		nt := Normalize(text)
		if nt == "" {
			continue
		}
		full, last := SpeakerKey(q.Speaker.Name)
		qr := quoteRow{idx: i, kind: string(q.Kind), text: text, norm: nt,
			speaker: q.Speaker.Name, speakerNorm: full, speakerLn: last, start: q.Start, end: q.End}
		if last != "" && attributable(q.Kind) {
			qr.keys = quoteKeys(nt)
		}
		out = append(out, qr)
	}
	return out
}

// attributable reports whether a quotation kind carries someone's words,
// so that two documents naming different speakers for it disagree.
// Scare quotes and titles do not.
func attributable(k doc.QuoteKind) bool {
	return k == doc.QuoteDirect || k == doc.QuoteMixed || k == doc.QuoteIndirect
}

// write stores a batch in one transaction and returns how many documents
// were new, how many of those failed analysis, and the quotations stored.
func (s *Store) write(ctx context.Context, batch []row) (added, failed, quotes int64, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, 0, 0, err
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	var docs, qids idRange
	var keyArgs []any // key, quote id, speaker of every key, written together below
	addRow := func(r *row, id int64, nextQuote func() (int64, error)) error {
		added++
		if r.failure != "" {
			failed++
		}
		docs.add(id)
		for _, q := range r.quotes {
			qid, err := nextQuote()
			if err != nil {
				return err
			}
			quotes++
			qids.add(qid)
			for _, k := range q.keys {
				keyArgs = append(keyArgs, k, qid, q.speakerNorm)
			}
		}
		return nil
	}
	switch s.dialect {
	case sqlite:
		err = s.writeSQLite(ctx, tx, batch, addRow)
	default:
		err = s.writeRows(ctx, tx, batch, addRow)
	}
	if err != nil {
		return 0, 0, 0, err
	}
	if err = insertRows(ctx, tx, s, "corpus_quote_keys (key, quote_id, speaker_norm)", 3, keyArgs); err != nil {
		return 0, 0, 0, err
	}
	if s.dialect == sqlite {
		// Index the batch's new rows for full-text search in one
		// statement per table: FTS5 flushes its pending terms at every
		// statement's savepoint, so a statement per row would write a
		// tiny index segment per row and spend its time merging them.
		// The writer holds SQLite's write lock, so the batch's ids are
		// the only ones in their range.
		if docs.n > 0 {
			if _, err = tx.ExecContext(ctx, `INSERT INTO corpus_documents_fts (rowid, title, text)
				SELECT id, title, text FROM corpus_documents WHERE id BETWEEN ? AND ?`, docs.lo, docs.hi); err != nil {
				return 0, 0, 0, err
			}
		}
		if qids.n > 0 {
			if _, err = tx.ExecContext(ctx, `INSERT INTO corpus_quotes_fts (rowid, norm)
				SELECT id, norm FROM corpus_quotes WHERE id BETWEEN ? AND ?`, qids.lo, qids.hi); err != nil {
				return 0, 0, 0, err
			}
		}
	}
	if err = tx.Commit(); err != nil {
		return 0, 0, 0, err
	}
	return added, failed, quotes, nil
}

const (
	docColumns   = "corpus_documents (id, hash, name, uri, title, author, date, format, size, text, error, quotes)"
	quoteColumns = "corpus_quotes (id, doc_id, idx, kind, text, norm, speaker, speaker_norm, speaker_last, span_start, span_end)"
)

func docArgs(r *row, id int64) []any {
	return []any{id, r.hash, r.name, r.uri, r.title, r.author, r.dateW, string(r.format), r.size, r.text, r.failure, len(r.quotes)}
}

func quoteArgs(q *quoteRow, id, docID int64) []any {
	return []any{id, docID, q.idx, q.kind, q.text, q.norm, q.speaker, q.speakerNorm, q.speakerLn, q.start, q.end}
}

// writeSQLite writes a batch in a few multi-row statements, choosing the
// ids itself: the transaction holds SQLite's only write lock (it begins
// IMMEDIATE), so nobody else can take the next ids or store the same
// hashes meanwhile. A statement per row costs several times more.
func (s *Store) writeSQLite(ctx context.Context, tx *sql.Tx, batch []row, addRow func(*row, int64, func() (int64, error)) error) error {
	// Drop rows stored before this batch (by another process since the
	// worker looked) or twice in it.
	seen := map[string]bool{}
	var hashes []any
	for i := range batch {
		if r := &batch[i]; !r.present && !seen[r.hash] {
			seen[r.hash] = true
			hashes = append(hashes, r.hash)
		}
	}
	stored := map[string]bool{}
	for len(hashes) > 0 {
		n := min(len(hashes), 500)
		rows, err := tx.QueryContext(ctx, `SELECT hash FROM corpus_documents WHERE hash IN (?`+strings.Repeat(", ?", n-1)+`)`, hashes[:n]...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var h string
			if err := rows.Scan(&h); err != nil {
				rows.Close()
				return err
			}
			stored[h] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		hashes = hashes[n:]
	}
	var nextDoc, nextQuote int64
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM corpus_documents`).Scan(&nextDoc); err != nil {
		return err
	}
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM corpus_quotes`).Scan(&nextQuote); err != nil {
		return err
	}
	var dargs, qargs []any
	for i := range batch {
		r := &batch[i]
		if r.present || stored[r.hash] {
			continue
		}
		stored[r.hash] = true
		nextDoc++
		id := nextDoc
		dargs = append(dargs, docArgs(r, id)...)
		qi := 0
		if err := addRow(r, id, func() (int64, error) {
			nextQuote++
			qargs = append(qargs, quoteArgs(&r.quotes[qi], nextQuote, id)...)
			qi++
			return nextQuote, nil
		}); err != nil {
			return err
		}
	}
	if err := insertRows(ctx, tx, s, docColumns, 12, dargs); err != nil {
		return err
	}
	return insertRows(ctx, tx, s, quoteColumns, 11, qargs)
}

// writeRows writes a batch a row at a time, letting the database choose
// the ids and skip stored hashes: the way for a server that other
// ingests write to at the same time.
func (s *Store) writeRows(ctx context.Context, tx *sql.Tx, batch []row, addRow func(*row, int64, func() (int64, error)) error) error {
	insDoc, err := tx.PrepareContext(ctx, s.rebind(`INSERT INTO corpus_documents (hash, name, uri, title, author, date, format, size, text, error, quotes)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING RETURNING id`))
	if err != nil {
		return err
	}
	insQuote, err := tx.PrepareContext(ctx, s.rebind(`INSERT INTO corpus_quotes (doc_id, idx, kind, text, norm, speaker, speaker_norm, speaker_last, span_start, span_end)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`))
	if err != nil {
		return err
	}
	for i := range batch {
		r := &batch[i]
		if r.present {
			continue
		}
		var id int64
		err := insDoc.QueryRowContext(ctx, docArgs(r, 0)[1:]...).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			continue // stored by an earlier row of this run, or by another process
		}
		if err != nil {
			return err
		}
		qi := 0
		if err := addRow(r, id, func() (int64, error) {
			var qid int64
			err := insQuote.QueryRowContext(ctx, quoteArgs(&r.quotes[qi], 0, id)[1:]...).Scan(&qid)
			qi++
			return qid, err
		}); err != nil {
			return err
		}
	}
	return nil
}

// insertRows inserts rows of width values each (args holds them all, row
// after row) with multi-row INSERT statements.
func insertRows(ctx context.Context, tx *sql.Tx, s *Store, table string, width int, args []any) error {
	per := max(1, 900/width) // stay far below every database's parameter limit
	row := "(?" + strings.Repeat(", ?", width-1) + ")"
	var full *sql.Stmt // the statement for a full chunk, prepared once
	defer func() {
		if full != nil {
			full.Close()
		}
	}()
	for len(args) > 0 {
		n := min(len(args)/width, per)
		q := s.rebind("INSERT INTO " + table + " VALUES " + row + strings.Repeat(", "+row, n-1))
		var err error
		if n == per {
			if full == nil {
				if full, err = tx.PrepareContext(ctx, q); err != nil {
					return err
				}
			}
			_, err = full.ExecContext(ctx, args[:n*width]...)
		} else {
			_, err = tx.ExecContext(ctx, q, args[:n*width]...)
		}
		if err != nil {
			return err
		}
		args = args[n*width:]
	}
	return nil
}

// idRange is the range of ids inserted in a batch.
type idRange struct{ lo, hi, n int64 }

func (r *idRange) add(id int64) {
	if r.n == 0 || id < r.lo {
		r.lo = id
	}
	if r.n == 0 || id > r.hi {
		r.hi = id
	}
	r.n++
}
