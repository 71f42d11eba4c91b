package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/hearsay-project/hearsay/internal/quotebase"
)

// QuotesCommand manages the reference base of attributed quotations.
type QuotesCommand struct{ *Main }

const quotesUsage = `Usage: hearsay quotes <command> [flags]

Manage the reference base of attributed quotations that "hearsay analyze"
checks attributions against: the curated table shipped with Hearsay plus
what you import into a SQLite database (--db PATH, else $HEARSAY_DB, else
$XDG_DATA_HOME/hearsay/hearsay.db or ~/.local/share/hearsay/hearsay.db).

Commands:
  import   add quotations from a Wikiquote dump or a JSON Lines file
  list     list the entries (curated and imported)
  check    look up a line: which entries it matches, and what they say
`

// Run runs a quotes subcommand.
func (c *QuotesCommand) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(c.Stderr, quotesUsage)
		return errUsage
	}
	switch args[0] {
	case "import":
		return c.importCmd(ctx, args[1:])
	case "list":
		return c.list(ctx, args[1:])
	case "check":
		return c.check(ctx, args[1:])
	case "help", "-h", "-help", "--help":
		fmt.Fprint(c.Stdout, quotesUsage)
		return nil
	}
	fmt.Fprintf(c.Stderr, "hearsay quotes: unknown command %q\n\n%s", args[0], quotesUsage)
	return errUsage
}

const quotesImportHelp = `Add quotations to the reference base. --wikiquote reads a MediaWiki XML
export of Wikiquote (.xml or .xml.bz2, streamed: the full dump works) and
takes each person page's quotations with their section's status (sourced,
disputed, misattributed, attributed without source) and, for misattributed
ones, the real author when the page names one. --jsonl reads the format in
docs/quotebase.md. An entry with the same text, author and status as a
stored one replaces it, so importing twice is harmless.`

func (c *QuotesCommand) importCmd(ctx context.Context, args []string) error {
	fs := c.newFlagSet("quotes import", "(--wikiquote FILE | --jsonl FILE) [--db PATH]", quotesImportHelp)
	wq := fs.String("wikiquote", "", "MediaWiki XML dump of Wikiquote (`FILE`.xml or .xml.bz2)")
	jl := fs.String("jsonl", "", "quotations as JSON Lines (`FILE`; see docs/quotebase.md)")
	db := fs.String("db", "", "database `PATH` (default $HEARSAY_DB, else the user data directory)")
	rest, err := c.parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 || (*wq == "") == (*jl == "") {
		fmt.Fprintf(c.Stderr, "hearsay quotes import: name one of --wikiquote FILE or --jsonl FILE\n")
		return errUsage
	}
	path, err := dbPathOr(*db)
	if err != nil {
		fmt.Fprintf(c.Stderr, "hearsay quotes import: %v\n", err)
		return errUsage
	}
	name := *wq + *jl
	f, err := os.Open(name)
	if err != nil {
		fmt.Fprintf(c.Stderr, "hearsay quotes import: %v\n", err)
		return errInput
	}
	defer f.Close()
	store, err := quotebase.Open(ctx, path)
	if err != nil {
		fmt.Fprintf(c.Stderr, "hearsay quotes import: %v\n", err)
		return errInput
	}
	defer store.Close()
	im := store.Importer(ctx)
	counts := map[quotebase.Status]int{}
	n := 0
	add := func(e quotebase.Entry) error {
		counts[e.Status]++
		if n++; n%100000 == 0 {
			fmt.Fprintf(c.Stderr, "hearsay quotes import: %d entries so far\n", n) // a full dump takes minutes
		}
		return im.Add(e)
	}
	if *wq != "" {
		err = quotebase.ReadWikiquote(quotebase.DumpReader(f), add)
	} else {
		err = quotebase.ReadJSONL(f, "jsonl:"+name, add)
	}
	if err != nil {
		im.Abort()
		if ctx.Err() != nil {
			return ctx.Err()
		}
		fmt.Fprintf(c.Stderr, "hearsay quotes import: %s: %v\n", name, err)
		if errors.Is(err, quotebase.ErrEntry) || errors.Is(err, quotebase.ErrStatus) || errors.Is(err, quotebase.ErrDump) {
			return errInput
		}
		return errInternal
	}
	if err := im.Close(); err != nil {
		return err
	}
	total, err := store.Count(ctx)
	if err != nil {
		return err
	}
	var parts []string
	for _, st := range []quotebase.Status{quotebase.Sourced, quotebase.Attributed, quotebase.Unsourced, quotebase.Disputed, quotebase.Misattributed} {
		if counts[st] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[st], st))
		}
	}
	if len(parts) == 0 {
		parts = []string{"no quotations"}
	}
	fmt.Fprintf(c.Stdout, "imported %d entries from %s (%s); %s now holds %d\n", im.Added, name, strings.Join(parts, ", "), path, total)
	return nil
}

// dbPathOr returns p, or the default database path when p is "".
func dbPathOr(p string) (string, error) {
	if p != "" {
		return p, nil
	}
	return quotebase.DefaultPath()
}

const quotesListHelp = `List the entries of the reference base: the curated table, then those
imported into the database. --author and --status filter them.`

func (c *QuotesCommand) list(ctx context.Context, args []string) error {
	fs := c.newFlagSet("quotes list", "[--db PATH] [--author NAME] [--status STATUS] [--format text|json]", quotesListHelp)
	db := fs.String("db", "", "database `PATH` (default $HEARSAY_DB, else the user data directory)")
	author := fs.String("author", "", "only entries attributed to `NAME` (or whose real author it is)")
	status := fs.String("status", "", "only entries of this `STATUS`: sourced, attributed, unsourced, disputed, misattributed")
	format := fs.String("format", "text", "output `format`: text or json (JSON Lines, the import format)")
	rest, err := c.parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 || (*format != "text" && *format != "json") {
		fs.Usage()
		return errUsage
	}
	if *status != "" {
		if _, err := quotebase.ParseStatus(*status); err != nil {
			fmt.Fprintf(c.Stderr, "hearsay quotes list: %v\n", err)
			return errUsage
		}
	}
	base, err := loadBase(ctx, *db)
	if err != nil {
		fmt.Fprintf(c.Stderr, "hearsay quotes list: %v\n", err)
		return errInput
	}
	out := bufio.NewWriter(c.Stdout)
	for _, e := range base.Entries() {
		if *status != "" && string(e.Status) != strings.ToLower(*status) {
			continue
		}
		if *author != "" && !quotebase.SameName(e.Author, *author) && !quotebase.SameName(e.ActualAuthor, *author) {
			continue
		}
		if *format == "json" {
			b, _ := json.Marshal(e)
			out.Write(b)
			out.WriteByte('\n')
			continue
		}
		line := fmt.Sprintf("%-13s %-24s “%s”", e.Status, shortenName(e.Author), e.Text)
		if e.ActualAuthor != "" {
			line += "  → " + e.ActualAuthor
		}
		fmt.Fprintln(out, line)
	}
	return out.Flush()
}

func shortenName(s string) string {
	if r := []rune(s); len(r) > 24 {
		return string(r[:23]) + "…"
	}
	return s
}

const quotesCheckHelp = `Look up a line in the reference base and print the entries it matches,
with how closely, and, when --author is given, what analyze would report
for the line attributed to that person.`

func (c *QuotesCommand) check(ctx context.Context, args []string) error {
	fs := c.newFlagSet("quotes check", "[--db PATH] [--author NAME] TEXT", quotesCheckHelp)
	db := fs.String("db", "", "database `PATH` (default $HEARSAY_DB, else the user data directory)")
	author := fs.String("author", "", "the person the line is attributed to")
	rest, err := c.parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		fmt.Fprintf(c.Stderr, "hearsay quotes check: no TEXT to look up\n")
		return errUsage
	}
	base, err := loadBase(ctx, *db)
	if err != nil {
		fmt.Fprintf(c.Stderr, "hearsay quotes check: %v\n", err)
		return errInput
	}
	text := strings.Join(rest, " ")
	ms := base.Match(text)
	if len(ms) == 0 {
		fmt.Fprintln(c.Stdout, "no entry matches")
	}
	for _, m := range ms {
		e := m.Entry
		line := fmt.Sprintf("%.2f  %-13s %s: “%s”", m.Score, e.Status, e.Author, e.Text)
		if e.ActualAuthor != "" {
			line += " → " + e.ActualAuthor
		}
		fmt.Fprintln(c.Stdout, line)
	}
	if *author != "" {
		if f, ok := quotebase.Judge(*author, ms); ok {
			fmt.Fprintf(c.Stdout, "%s: %s\n", f.Code, f.Message)
			for _, ev := range f.Evidence {
				fmt.Fprintf(c.Stdout, "  %s\n", ev)
			}
		} else {
			fmt.Fprintln(c.Stdout, "no finding")
		}
	}
	return nil
}
