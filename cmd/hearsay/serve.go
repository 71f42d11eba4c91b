package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/hearsay-project/hearsay/internal/corpusview"
	"github.com/hearsay-project/hearsay/internal/web"
)

// ServeCommand runs the web reading view and the JSON API.
type ServeCommand struct{ *Main }

const serveHelp = `Serve the web reading view at / (paste or upload an article and see its
evidence map) and the JSON API: POST /api/analyze with the article as the
body (Content-Type text/plain, text/markdown or text/html) answers the JSON
of "hearsay analyze --format json". The server makes no request elsewhere
unless --fetch lets the form take a page's address, and then only to public
addresses; it listens on loopback unless --addr says otherwise. Attributions
are checked against the reference base of quotations, as in "hearsay analyze"
(--db). With --corpus [PATH] it also serves the corpus browser at /corpus/
(speakers, conflicts, search, any stored document in the reading view)
over the store "hearsay corpus" keeps (default as there). SIGINT or SIGTERM stops it gracefully. Log lines go to standard
error.`

// Run serves until ctx is cancelled or the process is told to stop.
func (c *ServeCommand) Run(ctx context.Context, args []string) error {
	fs := c.newFlagSet("serve", "[--addr HOST:PORT]", serveHelp)
	addr := fs.String("addr", "127.0.0.1:8080", "`address` to listen on; port 0 picks a free port")
	maxSize := fs.Int64("max-size", web.DefaultMaxBody, "largest article accepted, in `bytes`")
	dbPath := fs.String("db", "", "reference base of quotations to check attributions against (`PATH`; default $HEARSAY_DB, else the user data directory), as in analyze")
	fetch := fs.Bool("fetch", false, "let the form fetch an article from a URL (public addresses on ports 80 and 443 only)")
	var corpusF corpusFlag
	fs.Var(&corpusF, "corpus", "also serve the corpus browser at /corpus/ over this store (`[PATH]`: a SQLite file or postgres:// URL; bare, the default of hearsay corpus)")
	rest, err := c.parseFlags(fs, args)
	if err != nil {
		return err
	}
	store, rest, err := servedCorpus(ctx, &corpusF, rest)
	if err != nil {
		fmt.Fprintf(c.Stderr, "hearsay serve: --corpus: %v\n", err)
		return errInput
	}
	if store != nil {
		defer store.Close()
	}
	if len(rest) > 0 {
		fmt.Fprintf(c.Stderr, "hearsay serve: unexpected argument %q\n", rest[0])
		return errUsage
	}
	if *maxSize <= 0 {
		fmt.Fprintf(c.Stderr, "hearsay serve: --max-size must be positive\n")
		return errUsage
	}
	base, err := loadBase(ctx, *dbPath)
	if err != nil {
		fmt.Fprintf(c.Stderr, "hearsay serve: --db: %v\n", err)
		return errInput
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(c.Stderr, "hearsay serve: %v\n", err)
		return errUsage
	}
	logger := log.New(c.Stderr, "hearsay serve: ", log.LstdFlags)
	handler := web.New(web.Config{MaxBody: *maxSize, Quotes: base, Fetch: *fetch, Log: logger})
	if store != nil {
		handler.Mount(corpusview.Prefix, corpusview.New(store, corpusview.Config{Quotes: base, Log: logger}))
		logger.Printf("corpus %s at /corpus/", store.Location)
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      90 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          logger,
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	logger.Printf("listening on http://%s/", ln.Addr())
	select {
	case err := <-done:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	logger.Printf("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	logger.Printf("stopped")
	return nil
}
