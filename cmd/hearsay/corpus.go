package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/hearsay-project/hearsay/internal/corpus"
	"github.com/hearsay-project/hearsay/internal/source"
)

// CorpusCommand keeps many analysed articles in a database and queries
// across them.
type CorpusCommand struct{ *Main }

const corpusUsage = `Usage: hearsay corpus <command> [flags] [arguments]

Keep many analysed articles in one database and ask questions across them.

Commands:
  ingest PATH...      analyse files, folders and .warc/.warc.gz files into the store
  quotes              quotations by --speaker NAME and/or like --text WORDS
  conflicts           the same quotation attributed to different people
  search WORDS        documents containing every word
  speakers            the most quoted speakers
  speaker NAME        every quotation of one speaker, with its sources
  stats               how many documents, quotations and speakers

Every command takes --db PATH (a SQLite file, or a postgres:// URL; default
$HEARSAY_DB, else ~/.local/share/hearsay/hearsay.db) and --format text|json.
Run "hearsay corpus <command> --help" for a command's flags.
`

// Run runs a corpus subcommand.
func (c *CorpusCommand) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(c.Stderr, corpusUsage)
		return errUsage
	}
	sub, args := args[0], args[1:]
	switch sub {
	case "help", "-h", "-help", "--help":
		fmt.Fprint(c.Stdout, corpusUsage)
		return nil
	case "ingest":
		return c.ingest(ctx, args)
	case "quotes", "conflicts", "search", "speakers", "speaker", "stats":
		return c.query(ctx, sub, args)
	}
	fmt.Fprintf(c.Stderr, "hearsay corpus: unknown command %q\n\n%s", sub, corpusUsage)
	return errUsage
}

// common are the flags every corpus subcommand takes.
type common struct {
	db, format *string
}

func (c *CorpusCommand) flags(name, synopsis, help string) (*flag.FlagSet, common) {
	fs := c.newFlagSet("corpus "+name, synopsis, help)
	return fs, common{
		db:     fs.String("db", "", "store: a SQLite file or a postgres:// `URL` (default $HEARSAY_DB, else the user data dir)"),
		format: fs.String("format", "text", "output `format`: text or json"),
	}
}

// open opens the store the flags name, after checking --format.
func (c *CorpusCommand) open(ctx context.Context, name string, f common) (*corpus.Store, error) {
	if *f.format != "text" && *f.format != "json" {
		fmt.Fprintf(c.Stderr, "hearsay corpus %s: unknown --format %q (want text or json)\n", name, *f.format)
		return nil, errUsage
	}
	// Only ingest may create a store: a query on a mistyped path would
	// otherwise answer "nothing found" from a new, empty one.
	s, err := openCorpus(ctx, *f.db, name != "ingest")
	if errors.Is(err, errNoCorpus) {
		fmt.Fprintf(c.Stderr, "hearsay corpus %s: %v\n", name, err)
		return nil, errInput
	}
	return s, err
}

var errNoCorpus = errors.New("no such corpus")

// openCorpus opens the store dsn names (the default store when dsn is
// ""). With mustExist, a SQLite file that does not exist is errNoCorpus
// rather than created.
func openCorpus(ctx context.Context, dsn string, mustExist bool) (*corpus.Store, error) {
	if dsn == "" {
		var err error
		if dsn, err = corpus.DefaultPath(); err != nil {
			return nil, err
		}
	}
	if mustExist && !corpus.IsPostgres(dsn) {
		if _, err := os.Stat(dsn); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: %w (create it with hearsay corpus ingest --db %s PATH...)", dsn, errNoCorpus, dsn)
		}
	}
	return corpus.Open(ctx, dsn)
}

const ingestHelp = `Analyse documents and store them with their quotations. PATH may be a file,
a folder (read recursively: .txt, .md, .markdown, .html, .htm, .xhtml,
.warc and .warc.gz files) or a WARC file. Each document is keyed by the
SHA-256 of its bytes: what is stored already is skipped, so an interrupted
ingest (even a killed one) is finished by running it again.

Progress goes to standard error: a bar with rate and ETA on a terminal, a
line every few seconds otherwise. The summary goes to standard output.
Exit status is 0 when every input was read, 2 when one could not be (the
others are still ingested), 1 on a database error.`

func (c *CorpusCommand) ingest(ctx context.Context, args []string) error {
	fs, f := c.flags("ingest", "[flags] PATH...", ingestHelp)
	quiet := fs.Bool("quiet", false, "no progress on standard error")
	workers := fs.Int("workers", 0, "documents analysed at once (default one per CPU)")
	batch := fs.Int("batch", 0, "documents per transaction (default 256)")
	maxSize := fs.Int64("max-size", source.DefaultMaxSize, "largest document analysed, in `bytes`; larger ones are stored as failed")
	paths, err := c.parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		fmt.Fprintln(c.Stderr, "hearsay corpus ingest: name a file, folder or WARC file to ingest")
		return errUsage
	}
	s, err := c.open(ctx, "ingest", f)
	if err != nil {
		return err
	}
	defer s.Close()
	opts := corpus.Options{Workers: *workers, BatchSize: *batch, MaxSize: *maxSize}
	if !*quiet {
		opts.Progress = newProgressPrinter(c.Stderr).print
	}
	p, err := s.Ingest(ctx, paths, opts)
	for _, e := range p.Errors {
		fmt.Fprintf(c.Stderr, "hearsay corpus ingest: %s\n", e)
	}
	if err != nil {
		return err
	}
	if *f.format == "json" {
		if err := writeJSON(c.Stdout, p); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(c.Stdout, "%d documents read: %d added, %d already stored, %d failed; %d quotations; %.1f docs/s (%s)\n",
			p.Seen, p.Added, p.Present, p.Failed, p.Quotes, rate(p.Seen, p.Elapsed), p.Elapsed.Round(time.Millisecond))
	}
	if len(p.Errors) > 0 {
		return errInput
	}
	return nil
}

func rate(n int64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// progressPrinter draws ingest progress: a bar redrawn in place on a
// terminal, a plain line every few seconds on a pipe or file.
type progressPrinter struct {
	w     io.Writer
	tty   bool
	last  time.Time
	drawn bool
}

func newProgressPrinter(w io.Writer) *progressPrinter {
	tty := false
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			tty = true
		}
	}
	return &progressPrinter{w: w, tty: tty}
}

func (pp *progressPrinter) print(p corpus.Progress) {
	every := 5 * time.Second
	if pp.tty {
		every = 200 * time.Millisecond
	}
	now := time.Now()
	if !p.Done && now.Sub(pp.last) < every {
		return
	}
	pp.last = now
	frac := 0.0
	if p.TotalBytes > 0 {
		frac = min(1, float64(p.Bytes)/float64(p.TotalBytes))
	}
	eta := "?"
	if frac > 0 && !p.Done {
		eta = (time.Duration(float64(p.Elapsed)/frac) - p.Elapsed).Round(time.Second).String()
	} else if p.Done {
		eta = "0s"
	}
	line := fmt.Sprintf("%5.1f%% %d docs (%d new, %d stored, %d failed) %.0f docs/s %.1f MB/s ETA %s",
		100*frac, p.Seen, p.Added, p.Present, p.Failed, rate(p.Seen, p.Elapsed),
		rate(p.Bytes, p.Elapsed)/1e6, eta)
	if !pp.tty {
		if p.Done && !pp.drawn {
			return // a quick run: the summary says it all
		}
		pp.drawn = true
		fmt.Fprintln(pp.w, "ingest:", line)
		return
	}
	const width = 24
	n := int(frac * width)
	fmt.Fprintf(pp.w, "\r[%s%s] %s\x1b[K", strings.Repeat("=", n), strings.Repeat(" ", width-n), line)
	pp.drawn = true
	if p.Done {
		fmt.Fprintln(pp.w)
	}
}

const queryHelp = `Query the store.

  quotes [--speaker NAME] [--text WORDS]  quotations of a speaker (any case,
        accents, honorifics; "Lovelace" finds "Ada Lovelace"), or giving a
        text however punctuated, accented or cut (scored 0..1), or both
  conflicts          quotations of five words or more that documents give to
        different speakers: misattribution candidates, with the documents
  search WORDS       documents containing every word, with a snippet
  speakers           the most quoted speakers
  speaker NAME       every quotation of a speaker and the documents giving it
  stats              documents, failed documents, quotations, speakers`

func (c *CorpusCommand) query(ctx context.Context, sub string, args []string) error {
	synopsis := map[string]string{
		"quotes": "[--speaker NAME] [--text WORDS]", "conflicts": "", "search": "WORDS...",
		"speakers": "", "speaker": "NAME", "stats": "",
	}[sub]
	fs, f := c.flags(sub, "[flags] "+synopsis, queryHelp)
	limit := fs.Int("limit", 0, "most results shown (0: all for quotes and conflicts, 20 for search, 50 for speakers)")
	var speaker, text *string
	if sub == "quotes" {
		speaker = fs.String("speaker", "", "speaker `NAME`")
		text = fs.String("text", "", "quotation `WORDS`")
	}
	pos, err := c.parseFlags(fs, args)
	if err != nil {
		return err
	}
	words := strings.Join(pos, " ")
	switch {
	case (sub == "search" || sub == "speaker") && strings.TrimSpace(words) == "":
		fmt.Fprintf(c.Stderr, "hearsay corpus %s: give %s\n", sub, synopsis)
		return errUsage
	case sub == "quotes" && (len(pos) > 0 || *speaker == "" && *text == ""):
		fmt.Fprintln(c.Stderr, "hearsay corpus quotes: give --speaker NAME, --text WORDS or both")
		return errUsage
	case sub != "search" && sub != "speaker" && sub != "quotes" && len(pos) > 0:
		fmt.Fprintf(c.Stderr, "hearsay corpus %s: takes no arguments\n", sub)
		return errUsage
	}
	s, err := c.open(ctx, sub, f)
	if err != nil {
		return err
	}
	defer s.Close()
	var v any
	switch sub {
	case "quotes":
		v, err = quotes(ctx, s, *speaker, *text, *limit)
	case "conflicts":
		v, err = s.Conflicts(ctx, *limit)
	case "search":
		v, err = s.Search(ctx, words, *limit)
	case "speakers":
		v, err = s.Speakers(ctx, *limit)
	case "speaker":
		var page *corpus.SpeakerPage
		page, err = s.SpeakerPage(ctx, words)
		if err == nil && page == nil {
			fmt.Fprintf(c.Stderr, "hearsay corpus speaker: nobody called %q is quoted\n", words)
			return errInput
		}
		v = page
	case "stats":
		v, err = s.Counts(ctx)
	}
	if err != nil {
		return err
	}
	if *f.format == "json" {
		return writeJSON(c.Stdout, v)
	}
	out := bufio.NewWriter(c.Stdout)
	writeText(out, v)
	return out.Flush()
}

// quotes answers "corpus quotes": by speaker, by text, or the quotations
// of that text by that speaker.
func quotes(ctx context.Context, s *corpus.Store, speaker, text string, limit int) ([]corpus.QuoteHit, error) {
	if text == "" {
		return s.QuotesBySpeaker(ctx, speaker, limit)
	}
	hits, err := s.Quoting(ctx, text, 0)
	if err != nil || speaker == "" {
		if limit > 0 && len(hits) > limit {
			hits = hits[:limit]
		}
		return hits, err
	}
	want, _ := corpus.SpeakerKey(speaker)
	var out []corpus.QuoteHit
	for _, h := range hits {
		if got, _ := corpus.SpeakerKey(h.Speaker); corpus.SameSpeaker(want, got) {
			out = append(out, h)
		}
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func docLabel(d corpus.DocRef) string {
	s := d.Name
	if d.Title != "" {
		s += " — " + d.Title
	}
	if d.Date != "" {
		s += " (" + d.Date + ")"
	}
	return s
}

func speakerOr(s string) string {
	if s == "" {
		return "(no speaker)"
	}
	return s
}

// writeText renders a query result for people.
func writeText(w io.Writer, v any) {
	switch v := v.(type) {
	case []corpus.QuoteHit:
		if len(v) == 0 {
			fmt.Fprintln(w, "No quotations found.")
		}
		for _, h := range v {
			score := ""
			if h.Score > 0 {
				score = fmt.Sprintf(" [%.2f]", h.Score)
			}
			fmt.Fprintf(w, "%s%s: “%s” (%s)\n    %s @%d-%d\n", speakerOr(h.Speaker), score, h.Text, h.Kind, docLabel(h.Doc), h.Start, h.End)
		}
	case []corpus.Conflict:
		if len(v) == 0 {
			fmt.Fprintln(w, "No conflicting attributions found.")
		}
		for i, c := range v {
			if i > 0 {
				fmt.Fprintln(w)
			}
			fmt.Fprintf(w, "“%s” — %d speakers in %d documents\n", c.Text, len(c.Attributions), c.Documents)
			for _, a := range c.Attributions {
				fmt.Fprintf(w, "  %s\n", a.Speaker)
				for _, q := range a.Quotes {
					fmt.Fprintf(w, "    %s\n", docLabel(q.Doc))
				}
			}
		}
	case []corpus.SearchHit:
		if len(v) == 0 {
			fmt.Fprintln(w, "No documents found.")
		}
		for _, h := range v {
			fmt.Fprintf(w, "%s\n    %s\n", docLabel(h.Doc), h.Snippet)
		}
	case []corpus.SpeakerCount:
		for _, c := range v {
			fmt.Fprintf(w, "%6d quotations %5d documents  %s\n", c.Quotes, c.Documents, c.Name)
		}
	case *corpus.SpeakerPage:
		fmt.Fprintf(w, "%s — %d quotations; named as %s\n", v.Name, len(v.Quotes), strings.Join(v.Variants, ", "))
		for _, q := range v.Quotes {
			fmt.Fprintf(w, "\n  “%s” (%s)\n", q.Text, q.Kind)
			for _, d := range q.Sources {
				fmt.Fprintf(w, "    %s\n", docLabel(d))
			}
		}
	case corpus.Counts:
		fmt.Fprintf(w, "%d documents (%d failed), %d quotations, %d speakers\n", v.Documents, v.Failed, v.Quotes, v.Speakers)
	}
}
