package batch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/hearsay-project/hearsay"
	"github.com/hearsay-project/hearsay/internal/render"
)

// TestMain runs the pipelines of these tests on the runner named by
// --runner, Prism (embedded) by default.
func TestMain(m *testing.M) { ptest.Main(m) }

// runPipeline builds the whole pipeline over patterns, writes it to a
// temporary folder on the test runner and returns that folder.
func runPipeline(t *testing.T, patterns ...string) string {
	t.Helper()
	out := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	Write(s, out, Build(s, patterns), 1)
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	return out
}

// readLines returns the lines of an output file; it fails the test when
// the file is missing.
func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines
}

// docsByName parses documents.jsonl into its documents, by name.
func docsByName(t *testing.T, lines []string) map[string]map[string]any {
	t.Helper()
	docs := map[string]map[string]any{}
	for _, l := range lines {
		var d map[string]any
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("document line is not JSON: %v\n%s", err, l)
		}
		docs[d["name"].(string)] = d
	}
	return docs
}

// speakersOf lists the speaker names of a document's direct quotations,
// in order (reported speech, "Fishermen said …", has speakers too).
func speakersOf(d map[string]any) []string {
	var names []string
	for _, q := range d["quotes"].([]any) {
		if q.(map[string]any)["kind"] != "direct" {
			continue
		}
		if sp, ok := q.(map[string]any)["speaker"].(map[string]any); ok {
			names = append(names, sp["name"].(string))
		}
	}
	return names
}

func TestPipelineOverFolder(t *testing.T) {
	out := runPipeline(t, filepath.Join("testdata", "articles"))

	lines := readLines(t, filepath.Join(out, "documents.jsonl"))
	if len(lines) != 3 {
		t.Fatalf("documents.jsonl has %d lines, want 3 (one per article):\n%s", len(lines), strings.Join(lines, "\n"))
	}
	docs := docsByName(t, lines)
	wantSpeakers := map[string]string{
		"bakery.md":   "Ilse Varga",
		"council.txt": "Tobias Renn",
		"harbour.txt": "Mara Quint",
	}
	for _, line := range lines {
		var head struct{ Name string }
		json.Unmarshal([]byte(line), &head)
		file := filepath.Base(head.Name)
		if got := speakersOf(docs[head.Name]); !slices.Equal(got, []string{wantSpeakers[file]}) {
			t.Errorf("%s: quote speakers %q, want [%q]", head.Name, got, wantSpeakers[file])
		}
		// Each line is exactly what `hearsay analyze --format json` writes.
		raw, err := os.ReadFile(head.Name)
		if err != nil {
			t.Fatal(err)
		}
		d, err := hearsay.AnalyzeBytes(t.Context(), raw, hearsay.Options{Name: head.Name})
		if err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		render.JSON(&want, d)
		if line+"\n" != want.String() {
			t.Errorf("%s: the pipeline's line differs from hearsay analyze --format json:\n got %s\nwant %s", head.Name, line, want.String())
		}
	}

	conflicts := readLines(t, filepath.Join(out, "conflicts.jsonl"))
	if len(conflicts) != 1 {
		t.Fatalf("conflicts.jsonl has %d lines, want 1:\n%s", len(conflicts), strings.Join(conflicts, "\n"))
	}
	var c Conflict
	if err := json.Unmarshal([]byte(conflicts[0]), &c); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(c.Speakers, []string{"Mara Quint", "Tobias Renn"}) {
		t.Errorf("conflict speakers %q, want Mara Quint and Tobias Renn", c.Speakers)
	}
	var names []string
	for _, d := range c.Documents {
		names = append(names, filepath.Base(d.Name)+"="+d.Speaker)
	}
	if want := []string{"council.txt=Tobias Renn", "harbour.txt=Mara Quint"}; !slices.Equal(names, want) {
		t.Errorf("conflict documents %q, want %q", names, want)
	}
	if want := "the harbour will reopen when the storm has passed and not a day before"; c.Key != want {
		t.Errorf("conflict key %q, want %q", c.Key, want)
	}
	if got := readLines(t, filepath.Join(out, "failures.jsonl")); len(got) != 0 {
		t.Errorf("failures.jsonl: %q, want none", got)
	}
}

// page is an HTML news page quoting speaker.
func page(title, speaker, quote string) string {
	return fmt.Sprintf("<!doctype html><html><head><title>%s</title></head><body><article><h1>%s</h1>"+
		"<p>The story went on through the week.</p><p>&ldquo;%s&rdquo; said %s on Friday.</p></article></body></html>",
		title, title, quote, speaker)
}

// warcRecord is one WARC response record archiving body as an HTTP 200
// page of media type ct at uri.
func warcRecord(uri, ct, body string) string {
	http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", ct, len(body), body)
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-000000000000>\r\n"+
		"WARC-Date: 2026-11-20T10:00:00Z\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\n"+
		"Content-Length: %d\r\n\r\n%s\r\n\r\n", len(uri)+len(body), uri, len(http), http)
}

// writeGzipWARC writes records as a .warc.gz, one gzip member each.
func writeGzipWARC(t *testing.T, path string, records ...string) {
	t.Helper()
	var b bytes.Buffer
	for _, r := range records {
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(r))
		zw.Close()
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestPipelineOverJSONLinesAndWARC(t *testing.T) {
	dir := t.TempDir()
	jsonl := filepath.Join(dir, "feed.jsonl")
	lines := []string{
		`{"id": "feed-1", "text": "Ferry crews were paid on Monday.\n\n\"We were told the money would come, and it came,\" said Petra Holm, a deckhand."}`,
		`{"url": "https://news.example/quay", "html": "<p>\u201cThe harbour will reopen when the storm has passed and not a day before,\u201d said Jonas Eck.</p>"}`,
		`{"id": 7, "markdown": "# Notes\n\nNothing was said today."}`,
		`{"id": "broken", "text": `,
		``,
		`{"id": "both", "text": "a", "html": "<p>b</p>"}`,
	}
	if err := os.WriteFile(jsonl, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	crawl := filepath.Join(dir, "crawl.warc.gz")
	writeGzipWARC(t, crawl,
		warcRecord("https://paper.example/storm", "text/html; charset=utf-8",
			page("Storm", "Anna Lind", "The harbour will reopen when the storm has passed, and not a day before.")),
		warcRecord("https://paper.example/logo.png", "image/png", "\x89PNG\r\n"),
		warcRecord("https://paper.example/notes.txt", "text/plain", "Plain notes from the quay."),
	)

	out := runPipeline(t, jsonl, crawl, filepath.Join("testdata", "articles", "harbour.txt"))

	docs := docsByName(t, readLines(t, filepath.Join(out, "documents.jsonl")))
	var names []string
	for n := range docs {
		names = append(names, n)
	}
	slices.Sort(names)
	want := []string{"7", "feed-1", "https://news.example/quay", "https://paper.example/notes.txt", "https://paper.example/storm", "testdata/articles/harbour.txt"}
	if !slices.Equal(names, want) {
		t.Errorf("documents %q,\nwant %q", names, want)
	}
	if got := speakersOf(docs["feed-1"]); !slices.Equal(got, []string{"Petra Holm"}) {
		t.Errorf("feed-1 speakers %q, want Petra Holm", got)
	}
	if f := docs["https://paper.example/storm"]["format"]; f != "html" {
		t.Errorf("WARC page format %v, want html", f)
	}
	if f := docs["https://paper.example/notes.txt"]["format"]; f != "text" {
		t.Errorf("WARC text record format %v, want text", f)
	}

	var failed []string
	for _, l := range readLines(t, filepath.Join(out, "failures.jsonl")) {
		var f Failure
		json.Unmarshal([]byte(l), &f)
		failed = append(failed, filepath.Base(f.Name))
	}
	slices.Sort(failed)
	if want := []string{"feed.jsonl:4", "feed.jsonl:6"}; !slices.Equal(failed, want) {
		t.Errorf("failures %q, want %q", failed, want)
	}

	conflicts := readLines(t, filepath.Join(out, "conflicts.jsonl"))
	if len(conflicts) != 1 {
		t.Fatalf("conflicts: %q, want one", conflicts)
	}
	var c Conflict
	json.Unmarshal([]byte(conflicts[0]), &c)
	if want := []string{"Anna Lind", "Jonas Eck", "Mara Quint"}; !slices.Equal(c.Speakers, want) {
		t.Errorf("conflict speakers %q, want %q", c.Speakers, want)
	}
	if len(c.Documents) != 3 {
		t.Errorf("conflict documents %+v, want three", c.Documents)
	}
}

func TestPipelineSharded(t *testing.T) {
	out := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	Write(s, out, Build(s, []string{filepath.Join("testdata", "articles", "*")}), 4)
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	total := 0
	for i := range 4 {
		total += len(readLines(t, shardName(filepath.Join(out, "documents"), i, 4)))
	}
	if total != 3 {
		t.Errorf("%d documents over 4 shards, want 3", total)
	}
}
