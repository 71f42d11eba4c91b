package main

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestServeCorpus ingests two reports into a corpus, serves it with
// "hearsay serve --corpus PATH" and reads the speakers and conflicts pages.
func TestServeCorpus(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"quay.txt": "Quay works\n\n\u201cThe old crane stays where it has stood for a century,\u201d said Ruth Okafor, the engineer.\n",
		"dock.txt": "Dock notes\n\n\u201cThe old crane stays where it has stood for a century,\u201d said Piet Jansen, a docker.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "corpus.db")
	if _, errs, code := run(t, "", "corpus", "ingest", "--quiet", "--db", db, dir); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}

	srv := startServe(t, "--corpus", db, "--addr", "127.0.0.1:0")

	client := &http.Client{Timeout: 30 * time.Second}
	for path, want := range map[string][]string{
		"/":                 {`<a href="/corpus/">open an article from the corpus</a>`},
		"/corpus":           {"<h1>The corpus</h1>"}, // redirected to /corpus/
		"/corpus/speakers":  {"Ruth Okafor", "Piet Jansen"},
		"/corpus/conflicts": {"The old crane stays", "Quay works", "Dock notes"},
	} {
		resp, err := client.Get(srv.base + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("%s: status %d", path, resp.StatusCode)
		}
		for _, w := range want {
			if !strings.Contains(string(body), w) {
				t.Errorf("%s lacks %q", path, w)
			}
		}
	}
	srv.stop(t)
}

func TestServeCorpusMissing(t *testing.T) {
	absent := filepath.Join(t.TempDir(), "absent.db")
	for _, args := range [][]string{
		{"serve", "--corpus=" + absent},
		{"serve", "--corpus", absent},
		{"serve", "--corpus"}, // the default, $HEARSAY_DB, is absent in tests
	} {
		_, errs, code := run(t, "", args...)
		if code != exitUsage || !strings.Contains(errs, "no such corpus") {
			t.Errorf("%q: exit %d, %q; want %d and no such corpus", args, code, errs, exitUsage)
		}
	}
	if _, err := os.Stat(absent); err == nil {
		t.Errorf("serve created the corpus it was asked to read")
	}
	if _, errs, code := run(t, "", "serve", "--corpus", "a.db", "b.db"); code != exitUsage || !strings.Contains(errs, "unexpected argument") {
		t.Errorf("two paths: exit %d, %q; want %d and unexpected argument", code, errs, exitUsage)
	}
}
