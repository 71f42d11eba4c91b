package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hearsay-project/hearsay/internal/corpus"
	"github.com/hearsay-project/hearsay/internal/corpus/corpusgen"
)

func TestCorpusIngestTwice(t *testing.T) {
	dir, db := t.TempDir(), filepath.Join(t.TempDir(), "c.db")
	if err := corpusgen.Write(dir, 0, 200); err != nil {
		t.Fatal(err)
	}
	var counts []string
	for range 2 {
		out, errOut, code := run(t, "", "corpus", "ingest", "--db", db, "--quiet", dir)
		if code != 0 {
			t.Fatalf("ingest exit %d: %s", code, errOut)
		}
		if errOut != "" {
			t.Errorf("--quiet ingest wrote to stderr: %q", errOut)
		}
		t.Log(strings.TrimSpace(out))
		stats, _, _ := run(t, "", "corpus", "stats", "--db", db, "--format", "json")
		counts = append(counts, stats)
	}
	if counts[0] != counts[1] {
		t.Fatalf("second ingest changed the store:\n%s\n%s", counts[0], counts[1])
	}
	var c corpus.Counts
	if err := json.Unmarshal([]byte(counts[0]), &c); err != nil || c.Documents != 200 {
		t.Fatalf("stats %q: %v", counts[0], err)
	}
}

// Two articles give the same words to different people.
func TestCorpusConflicts(t *testing.T) {
	dir, db := t.TempDir(), filepath.Join(t.TempDir(), "c.db")
	files := map[string]string{
		"one.md":  "# Ferry cuts\n\n\u201cThe last boat home should never leave before the last shift ends,\u201d said Nadia Brook, the union organiser.\n",
		"two.txt": "Ferry timetable\n\n\"The last boat home should never leave before the last shift ends,\" said Owen Price, the transport minister.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, errOut, code := run(t, "", "corpus", "ingest", "--db", db, dir); code != 0 {
		t.Fatalf("ingest: %d %s", code, errOut)
	}
	out, errOut, code := run(t, "", "corpus", "conflicts", "--db", db, "--format", "json")
	if code != 0 {
		t.Fatalf("conflicts: %d %s", code, errOut)
	}
	var cs []corpus.Conflict
	if err := json.Unmarshal([]byte(out), &cs); err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || len(cs[0].Attributions) != 2 || cs[0].Documents != 2 {
		t.Fatalf("conflicts: %s", out)
	}
	got := map[string]string{}
	for _, a := range cs[0].Attributions {
		got[a.Speaker] = filepath.Base(a.Quotes[0].Doc.Name)
	}
	if got["Nadia Brook"] != "one.md" || got["Owen Price"] != "two.txt" {
		t.Fatalf("attributions %v", got)
	}
	text, _, _ := run(t, "", "corpus", "conflicts", "--db", db)
	for _, want := range []string{"2 speakers in 2 documents", "Nadia Brook", "one.md", "Owen Price", "two.txt"} {
		if !strings.Contains(text, want) {
			t.Errorf("text conflicts lack %q:\n%s", want, text)
		}
	}
	out, _, _ = run(t, "", "corpus", "quotes", "--db", db, "--speaker", "price")
	if !strings.Contains(out, "Owen Price") || strings.Contains(out, "Nadia") {
		t.Errorf("quotes --speaker price:\n%s", out)
	}
	out, _, _ = run(t, "", "corpus", "search", "--db", db, "timetable")
	if !strings.Contains(out, "two.txt") || strings.Contains(out, "one.md") {
		t.Errorf("search timetable:\n%s", out)
	}
}

func TestCorpusUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	for _, args := range [][]string{
		{"corpus"},
		{"corpus", "frobnicate"},
		{"corpus", "ingest", "--db", db},
		{"corpus", "quotes", "--db", db},
		{"corpus", "search", "--db", db},
		{"corpus", "stats", "--db", db, "--format", "xml"},
		{"corpus", "conflicts", "--db", db, "extra"},
		{"corpus", "speaker", "--db", db, "Nobody"},
	} {
		_, errOut, code := run(t, "", args...)
		if code != exitUsage || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q; want %d and a message", args, code, errOut, exitUsage)
		}
	}
	out, _, code := run(t, "", "corpus", "--help")
	if code != 0 || !strings.Contains(out, "conflicts") {
		t.Errorf("corpus --help: %d %q", code, out)
	}
}

// TestCorpusKill kills an ingest with SIGKILL partway through and runs it
// again: the store must end up exactly as one uninterrupted ingest
// leaves it, and pass SQLite's integrity check.
func TestCorpusKill(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGKILL")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "hearsay")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	dir := filepath.Join(tmp, "articles")
	const n = 400
	if err := corpusgen.Write(dir, 0, n); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	counts := func(db string) corpus.Counts {
		s, err := corpus.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		c, err := s.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}

	ref := filepath.Join(tmp, "ref.db")
	if out, err := exec.Command(bin, "corpus", "ingest", "--quiet", "--db", ref, dir).CombinedOutput(); err != nil {
		t.Fatalf("reference ingest: %v\n%s", err, out)
	}
	want := counts(ref)

	db := filepath.Join(tmp, "killed.db")
	killedAt := int64(-1)
	for attempt := 0; attempt < 3 && killedAt < 0; attempt++ {
		cmd := exec.Command(bin, "corpus", "ingest", "--quiet", "--batch", "8", "--db", db, dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill as soon as some batches are committed, with more to come.
		deadline := time.Now().Add(60 * time.Second)
		for time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
			if _, err := os.Stat(db); err != nil {
				continue
			}
			if c := counts(db); c.Documents > 0 {
				if c.Documents < n {
					cmd.Process.Signal(syscall.SIGKILL)
					killedAt = c.Documents
				}
				break
			}
		}
		err := cmd.Wait()
		if killedAt >= 0 && err == nil {
			killedAt = -1 // it finished before the signal landed
		}
		if killedAt < 0 {
			os.Remove(db)
			os.Remove(db + "-wal")
			os.Remove(db + "-shm")
		}
	}
	if killedAt < 0 {
		t.Fatal("could not kill the ingest midway in three tries")
	}
	t.Logf("killed after %d of %d documents", killedAt, n)

	out, err := exec.Command(bin, "corpus", "ingest", "--quiet", "--db", db, dir).CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	if got := counts(db); got != want {
		t.Fatalf("after kill and rerun: %+v, want %+v", got, want)
	}
	s, err := corpus.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var check string
	if err := s.DB().QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check: %q %v", check, err)
	}
	// The full-text indexes must agree with their tables too.
	for _, fts := range []string{"corpus_documents_fts", "corpus_quotes_fts"} {
		if _, err := s.DB().ExecContext(ctx, `INSERT INTO `+fts+`(`+fts+`, rank) VALUES ('integrity-check', 1)`); err != nil {
			t.Fatalf("%s integrity-check: %v", fts, err)
		}
	}
}

// TestCorpusQueryMissing checks that a query on a store that does not
// exist says so, and does not create an empty one in its place.
func TestCorpusQueryMissing(t *testing.T) {
	absent := filepath.Join(t.TempDir(), "absent.db")
	for _, sub := range []string{"conflicts", "speakers", "stats"} {
		_, errs, code := run(t, "", "corpus", sub, "--db", absent)
		if code != exitUsage || !strings.Contains(errs, "no such corpus") {
			t.Errorf("corpus %s: exit %d, %q; want %d and no such corpus", sub, code, errs, exitUsage)
		}
	}
	if _, err := os.Stat(absent); err == nil {
		t.Errorf("a query created the corpus it was asked to read")
	}
}
