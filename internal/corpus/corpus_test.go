package corpus

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/corpus/corpusgen"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// stores returns the stores to test against: a fresh SQLite file, and
// PostgreSQL when HEARSAY_TEST_POSTGRES names a database (each test then
// starts from empty corpus_ tables).
func stores(t *testing.T) map[string]*Store {
	t.Helper()
	ctx := context.Background()
	out := map[string]*Store{}
	s, err := Open(ctx, filepath.Join(t.TempDir(), "corpus.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	out["sqlite"] = s
	if dsn := os.Getenv("HEARSAY_TEST_POSTGRES"); dsn != "" {
		p, err := Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := p.db.ExecContext(ctx, `TRUNCATE corpus_quote_keys, corpus_quotes, corpus_documents RESTART IDENTITY CASCADE`); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { p.Close() })
		out["postgres"] = p
	}
	return out
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// Two reports giving the same words to different people, and a third
// giving them to the right person under a shorter name.
var conflictFiles = map[string]string{
	"a/pier.md": "# Pier vote\n\nBy Staff\n\nThe council met on Monday.\n\n" +
		"\u201cWe will rebuild the pier before the summer season starts,\u201d said Ada Lovelace, the mayor.\n\n" +
		"\u201cThe budget is not a wish list,\u201d said Carl Jensen.\n",
	"b/pier.txt": "Pier plans\n\nResidents gathered outside the hall.\n\n" +
		"\"We will rebuild the pier before the summer season starts,\" said Byron Hale, a councillor.\n",
	"c/notes.html": "<html><head><title>Notes</title></head><body><article><h1>Notes from the hall</h1>" +
		"<p>\u201cWe will rebuild the pier before the summer season starts,\u201d Lovelace said again outside the hall.</p>" +
		"<p>Nothing else was decided.</p></article></body></html>",
	"c/skip.json": `{"not": "read from folders"}`,
}

func TestIngestQueries(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	writeFiles(t, dir, conflictFiles)
	for name, s := range stores(t) {
		t.Run(name, func(t *testing.T) {
			p, err := s.Ingest(ctx, []string{dir}, Options{Workers: 2})
			if err != nil {
				t.Fatal(err)
			}
			if p.Seen != 3 || p.Added != 3 || p.Present != 0 || p.Failed != 0 {
				t.Fatalf("first ingest: %+v", p)
			}
			p, err = s.Ingest(ctx, []string{dir}, Options{Workers: 2})
			if err != nil {
				t.Fatal(err)
			}
			if p.Seen != 3 || p.Added != 0 || p.Present != 3 {
				t.Fatalf("second ingest: %+v", p)
			}
			c, err := s.Counts(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if c.Documents != 3 || c.Quotes < 4 {
				t.Fatalf("counts %+v", c)
			}

			conflicts, err := s.Conflicts(ctx, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(conflicts) != 1 {
				t.Fatalf("got %d conflicts, want 1: %+v", len(conflicts), conflicts)
			}
			cf := conflicts[0]
			if cf.Documents != 3 || len(cf.Attributions) != 2 {
				t.Fatalf("conflict %+v", cf)
			}
			got := map[string][]string{}
			for _, a := range cf.Attributions {
				for _, q := range a.Quotes {
					got[a.Speaker] = append(got[a.Speaker], filepath.Base(filepath.Dir(q.Doc.Name)))
				}
			}
			sort.Strings(got["Ada Lovelace"])
			if strings.Join(got["Ada Lovelace"], ",") != "a,c" || strings.Join(got["Byron Hale"], ",") != "b" {
				t.Fatalf("attributions %v", got)
			}

			hits, err := s.QuotesBySpeaker(ctx, "lovelace", 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) != 2 {
				t.Fatalf("quotes by lovelace: %+v", hits)
			}
			// A bare last name may be anyone of that name; a different
			// first name is someone else.
			if hits, _ := s.QuotesBySpeaker(ctx, "Byron Lovelace", 0); len(hits) != 1 || hits[0].Speaker != "Lovelace" {
				t.Fatalf("Byron Lovelace matched %+v", hits)
			}
			if hits, _ := s.QuotesBySpeaker(ctx, "A. Lovelace", 0); len(hits) != 2 {
				t.Fatalf("A. Lovelace matched %d", len(hits))
			}

			// Different marks, case and a cut: still the same quotation.
			hits, err = s.Quoting(ctx, "WE WILL REBUILD THE PIER — before the summer", 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) != 3 || hits[0].Score != 1 {
				t.Fatalf("quoting: %+v", hits)
			}
			if hits, _ := s.Quoting(ctx, "a wish list for the budget", 0); len(hits) != 0 {
				t.Fatalf("reordered words matched: %+v", hits)
			}

			found, err := s.Search(ctx, "residents hall", 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(found) != 1 || !strings.HasSuffix(found[0].Doc.Name, "pier.txt") || !strings.Contains(found[0].Snippet, "[") {
				t.Fatalf("search: %+v", found)
			}

			page, err := s.SpeakerPage(ctx, "Ada Lovelace")
			if err != nil {
				t.Fatal(err)
			}
			if page == nil || len(page.Quotes) != 1 || len(page.Quotes[0].Sources) != 2 || len(page.Variants) != 2 {
				t.Fatalf("speaker page %+v", page)
			}
			sp, err := s.Speakers(ctx, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(sp) < 3 || sp[0].Quotes < 1 {
				t.Fatalf("speakers %+v", sp)
			}
		})
	}
}

func TestIngestGenerated(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if err := corpusgen.Write(dir, 0, 200); err != nil {
		t.Fatal(err)
	}
	for name, s := range stores(t) {
		t.Run(name, func(t *testing.T) {
			var last Progress
			p, err := s.Ingest(ctx, []string{dir}, Options{BatchSize: 64, Progress: func(p Progress) { last = p }})
			if err != nil {
				t.Fatal(err)
			}
			if p.Added != 200 || !last.Done || last.Bytes != last.TotalBytes {
				t.Fatalf("ingest %+v, last progress %+v", p, last)
			}
			c1, _ := s.Counts(ctx)
			p, err = s.Ingest(ctx, []string{dir}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			c2, _ := s.Counts(ctx)
			if p.Added != 0 || p.Present != 200 || c1 != c2 || c1.Documents != 200 {
				t.Fatalf("rerun added %+v; counts %+v then %+v", p, c1, c2)
			}
			// The generator gives some famous lines to the wrong people.
			cs, err := s.Conflicts(ctx, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(cs) == 0 {
				t.Fatal("no conflicts in a corpus with misattributions")
			}
		})
	}
}

func TestIngestBadInputs(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"empty.txt": "", "bin.txt": "\x00\x01\x02\x03binary\x00\x00", "bad.warc": "not a warc",
		"big.md": strings.Repeat("A long line of words. ", 100), "ok.md": "Short and fine."})
	s := stores(t)["sqlite"]
	opts := Options{MaxSize: 1000}
	p, err := s.Ingest(ctx, []string{dir, filepath.Join(dir, "missing.md")}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if p.Failed != 3 || p.Added != 1 || len(p.Errors) != 2 {
		t.Fatalf("progress %+v", p)
	}
	var msg string
	if err := s.db.QueryRow(`SELECT error FROM corpus_documents WHERE name LIKE '%big.md'`).Scan(&msg); err != nil || !strings.Contains(msg, "2200 bytes") {
		t.Fatalf("big.md stored with error %q, %v", msg, err)
	}
	p, _ = s.Ingest(ctx, []string{dir}, opts)
	if p.Present != 4 {
		t.Fatalf("failed documents were not remembered: %+v", p)
	}
}

func TestSpeakers(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Ada Lovelace", "Lovelace", true},
		{"Dr. Ada Lovelace", "ada lovelace", true},
		{"A. Lovelace", "Ada Lovelace", true},
		{"Byron Lovelace", "Ada Lovelace", false},
		{"Martin Luther King Jr.", "King", true},
		{"Ada Lovelace", "Ada Byron", false},
		{"", "Ada", false},
	} {
		a, _ := SpeakerKey(tc.a)
		b, _ := SpeakerKey(tc.b)
		if got := SameSpeaker(a, b); got != tc.same {
			t.Errorf("SameSpeaker(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

func TestSimilarity(t *testing.T) {
	a := Normalize("We will rebuild the pier before the summer season starts")
	for _, tc := range []struct {
		b        string
		min, max float64
	}{
		{"we will rebuild the pier before the summer season starts", 1, 1},
		{"rebuild the pier before the summer", 1, 1},
		// Two words changed out of ten: 5 of 8 word 3-grams survive.
		{"we will rebuild the harbour wall before the summer season starts", 0.6, 0.65},
		{"the budget is not a wish list", 0, 0},
	} {
		if s := Similarity(a, Normalize(tc.b)); s < tc.min || s > tc.max {
			t.Errorf("Similarity(%q) = %.2f, want %.2f..%.2f", tc.b, s, tc.min, tc.max)
		}
	}
	if k1, k2 := quoteKeys(a), quoteKeys(Normalize("We will REBUILD the pier, before the summer season starts!")); len(k1) != 5 || k1[0] != k2[0] {
		t.Errorf("keys differ for the same words: %v %v", k1, k2)
	}
	if quoteKeys("too short to key") != nil {
		t.Error("short quotation got keys")
	}
}

// TestIngestWARC reads the WARC fixture of the warc package: its four
// pages become four documents named by their URIs, and a rerun adds none.
func TestIngestWARC(t *testing.T) {
	ctx := context.Background()
	s := stores(t)["sqlite"]
	path := filepath.Join("..", "warc", "testdata", "small.warc.gz")
	for run, want := range []int64{4, 0} {
		p, err := s.Ingest(ctx, []string{path}, Options{})
		if err != nil || p.Seen != 4 || p.Added != want || p.Bytes == 0 {
			t.Fatalf("run %d: %+v, %v", run, p, err)
		}
	}
	hits, err := s.Search(ctx, "pier", 0)
	if err != nil || len(hits) != 1 || hits[0].Doc.URI != "https://news.example/harbour" || hits[0].Doc.Title != "Harbour vote" ||
		hits[0].Doc.Date != "2024-03-03T10:20:30Z" {
		t.Fatalf("search pier: %+v %v", hits, err)
	}
	q, err := s.Quoting(ctx, "we will rebuild the pier", 0)
	if err != nil || len(q) != 1 || q[0].Doc.Name != "https://news.example/harbour" {
		t.Fatalf("quoting: %+v %v", q, err)
	}
}

// TestIngestSharedData ingests the development articles (real HTML pages
// and Markdown posts) twice: every page is stored once, with quotations
// and speakers, and found by full-text search.
func TestIngestSharedData(t *testing.T) {
	ctx := context.Background()
	dirs := []string{testutil.SharedData(t, "markdown"), testutil.SharedData(t, "html")}
	s := stores(t)["sqlite"]
	p, err := s.Ingest(ctx, dirs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Added < 30 || p.Failed != 0 || len(p.Errors) != 0 {
		t.Fatalf("first ingest %+v", p)
	}
	c1, _ := s.Counts(ctx)
	p, err = s.Ingest(ctx, dirs, Options{})
	if err != nil || p.Added != 0 || p.Present != c1.Documents {
		t.Fatalf("second ingest %+v, %v", p, err)
	}
	if c2, _ := s.Counts(ctx); c2 != c1 || c1.Quotes < 100 || c1.Speakers < 10 {
		t.Fatalf("counts %+v then %+v", c1, c2)
	}
	hits, err := s.Search(ctx, "rust compiler", 5)
	if err != nil || len(hits) == 0 || !strings.Contains(hits[0].Doc.Name, "rust-blog") {
		t.Fatalf("search: %+v %v", hits, err)
	}
}
