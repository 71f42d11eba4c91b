package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

// run runs the command line with stdin and returns stdout, stderr and the exit code.
func run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := NewMain(strings.NewReader(stdin), &out, &errb).Run(context.Background(), args)
	return out.String(), errb.String(), code
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct{ name, file, format string }{
		{"ferry-strike.text", "../../examples/ferry-strike.txt", "text"},
		{"ferry-strike.json", "../../examples/ferry-strike.txt", "json"},
		{"jazz-review.text", "../../examples/jazz-review.md", "text"},
		{"library-closure.text", "../../examples/library-closure.html", "text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := run(t, "", "analyze", "--format", tc.format, tc.file)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			testutil.Golden(t, filepath.Join("testdata", tc.name+".golden"), []byte(out))
		})
	}
}

func TestJSONLines(t *testing.T) {
	out, errs, code := run(t, "Plain words. More words.", "analyze", "--format", "json",
		"../../examples/ferry-strike.txt", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2", len(lines))
	}
	var first, second struct {
		Schema    int    `json:"schema"`
		Title     string `json:"title"`
		Author    string `json:"author"`
		Text      string `json:"text"`
		Sentences []struct {
			Span struct{ Start, End int } `json:"span"`
		} `json:"sentences"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(lines[1]), &second); err != nil {
		t.Fatal(err)
	}
	if first.Schema != 1 || first.Title != "The Ferry Strike That Never Was" || first.Author != "Marta K. Oyelaran" {
		t.Errorf("first document: schema %d, title %q, author %q", first.Schema, first.Title, first.Author)
	}
	if len(second.Sentences) != 2 || second.Text[second.Sentences[1].Span.Start:second.Sentences[1].Span.End] != "More words." {
		t.Errorf("second document: sentences %+v", second.Sentences)
	}
}

// TestManyFiles analyses many files at once on several goroutines: the
// output must be what one at a time gives, in the order of the
// arguments, with a bad input in the middle reported and skipped.
func TestManyFiles(t *testing.T) {
	examples := []string{"../../examples/ferry-strike.txt", "../../examples/jazz-review.md", "../../examples/library-closure.html"}
	var args []string
	for i := range 12 {
		args = append(args, examples[i%len(examples)])
		if i == 5 {
			args = append(args, "testdata/no-such-file.txt", "-")
		}
	}
	one, errOne, codeOne := run(t, "Stdin words. More.", append([]string{"analyze", "--format", "json", "--jobs", "1"}, args...)...)
	many, errMany, codeMany := run(t, "Stdin words. More.", append([]string{"analyze", "--format", "json", "--jobs", "4"}, args...)...)
	if codeOne != 2 || codeMany != 2 {
		t.Errorf("exit codes %d and %d, want 2 (one input missing)", codeOne, codeMany)
	}
	if errOne != errMany || !strings.Contains(errMany, "no-such-file.txt") {
		t.Errorf("stderr differs or misses the bad file:\n%s\n%s", errOne, errMany)
	}
	if one != many {
		t.Fatal("--jobs 4 wrote other output than --jobs 1")
	}
	var names []string
	for _, line := range strings.Split(strings.TrimSuffix(many, "\n"), "\n") {
		var d struct{ Name string }
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatal(err)
		}
		names = append(names, d.Name)
	}
	want := slices.DeleteFunc(slices.Clone(args), func(a string) bool { return strings.Contains(a, "no-such") })
	if !slices.Equal(names, want) {
		t.Errorf("documents in the order %v, want %v", names, want)
	}
}

func TestUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		out  string // expected in stdout
		err  string // expected in stderr
	}{
		{nil, 2, "", "Usage:"},
		{[]string{"help"}, 0, "Commands:", ""},
		{[]string{"--help"}, 0, "Commands:", ""},
		{[]string{"analyze", "--help"}, 0, "Usage: hearsay analyze", ""},
		{[]string{"version", "-h"}, 0, "Usage: hearsay version", ""},
		{[]string{"eval", "--help"}, 0, "Usage: hearsay eval", ""},
		{[]string{"version"}, 0, "hearsay ", ""},
		{[]string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{[]string{"analyze"}, 2, "", "no input"},
		{[]string{"analyze", "--format", "xml", "x.txt"}, 2, "", `unknown --format "xml"`},
		{[]string{"analyze", "--format-in", "pdf", "x.txt"}, 2, "", "unknown input format"},
		{[]string{"analyze", "--bogus"}, 2, "", "flag provided but not defined"},
		{[]string{"analyze", "--jobs", "0", "x.txt"}, 2, "", "--jobs must be at least 1"},
		{[]string{"analyze", "testdata/no-such-file.txt"}, 2, "", "hearsay: testdata/no-such-file.txt: no such file or directory"},
		{[]string{"analyze", "../../examples"}, 2, "", "hearsay: ../../examples: is a directory"},
	} {
		out, errs, code := run(t, "", tc.args...)
		if code != tc.code || !strings.Contains(out, tc.out) || !strings.Contains(errs, tc.err) {
			t.Errorf("hearsay %q: exit %d, stdout %q, stderr %q; want exit %d, stdout with %q, stderr with %q",
				tc.args, code, short(out), short(errs), tc.code, tc.out, tc.err)
		}
	}
}

func short(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}

// TestBadInput feeds each kind of hostile input through the command: each
// ends quickly with a one-line message or a bounded result, exit 0 or 2,
// and never a panic.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	huge := bytes.Repeat([]byte("word "), 100<<20/5) // 100 MB, no newline
	for _, tc := range []struct {
		name string
		path string
		args []string
		code int
		err  string
	}{
		{"empty", write("empty.txt", nil), nil, 2, "input is empty"},
		{"binary", write("blob.bin", []byte("\x00\x01\x02\x03binary\x00")), nil, 2, "input is binary"},
		{"gzip", write("a.txt", []byte("\x1f\x8b\x08\x00rest")), nil, 2, "gzip"},
		{"invalid utf-8", write("bad.txt", []byte("Caf\xc3 au lait \xff\xfe said “hi”.")), nil, 0, ""},
		{"latin-1", write("latin.txt", []byte("Caf\xe9 cr\xe8me, na\xefve.")), nil, 0, ""},
		{"too large", write("huge.txt", huge), nil, 2, "larger than the size limit"},
		{"huge with limit raised", filepath.Join(dir, "huge.txt"), []string{"--max-size", "200000000"}, 0, ""},
		{"deep html", write("deep.html", []byte(strings.Repeat("<div>", 100000)+"text")), nil, 0, ""},
		{"deep markdown", write("deep.md", []byte(strings.Repeat(">", 100000)+" text")), nil, 0, ""},
		{"unbalanced quotes", write("q.txt", []byte(strings.Repeat("“‘«„ ", 50000))), nil, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			args := append([]string{"analyze", "--format", "json"}, tc.args...)
			out, errs, code := run(t, "", append(args, tc.path)...)
			if code != tc.code || !strings.Contains(errs, tc.err) {
				t.Errorf("exit %d, stderr %q; want %d with %q", code, errs, tc.code, tc.err)
			}
			if code != 0 && strings.Count(errs, "\n") != 1 {
				t.Errorf("want a one-line message, got %q", errs)
			}
			if strings.Contains(errs, "goroutine") || strings.Contains(errs, "panic") {
				t.Errorf("stack trace on stderr: %s", short(errs))
			}
			if code == 0 && !json.Valid([]byte(out)) {
				t.Errorf("invalid JSON output")
			}
			// A quadratic corner on 100 MB would take hours; three
			// minutes catches one without failing on a loaded machine.
			if d := time.Since(start); d > 3*time.Minute {
				t.Errorf("took %v", d)
			}
			t.Logf("%s: %v, %d bytes out", tc.name, time.Since(start), len(out))
		})
	}
}

// TestTuneGC: the command raises the collector's target, unless GOGC
// is set, which it leaves to the runtime.
func TestTuneGC(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	t.Setenv("GOGC", "")
	os.Unsetenv("GOGC")
	tuneGC()
	if got := debug.SetGCPercent(100); got != gcPercent {
		t.Errorf("GOGC unset: GC percent %d, want %d", got, gcPercent)
	}
	t.Setenv("GOGC", "50")
	tuneGC()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC=50: tuneGC changed the GC percent to %d", got)
	}
}
