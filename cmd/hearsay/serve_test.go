package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

func TestGoldenHTML(t *testing.T) {
	for _, tc := range []struct{ name, file string }{
		{"ferry-strike.html", "../../examples/ferry-strike.txt"},
		{"library-closure.html", "../../examples/library-closure.html"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := run(t, "", "analyze", "--format", "html", tc.file)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			testutil.Golden(t, filepath.Join("testdata", tc.name+".golden"), []byte(out))
		})
	}
	if _, errs, code := run(t, "", "analyze", "--format", "html", "../../examples/ferry-strike.txt", "../../examples/jazz-review.md"); code != exitUsage || !strings.Contains(errs, "one FILE") {
		t.Errorf("--format html with two files: exit %d, %q; want 2 and a message", code, errs)
	}
}

// TestServe runs "hearsay serve" on a free loopback port, asks it to
// analyse the essay, and stops it as SIGINT would.
func TestServe(t *testing.T) {
	essay, err := os.ReadFile(testutil.SharedData(t, "seed", "khrushchev-essay.txt"))
	if err != nil {
		t.Fatal(err)
	}
	srv := startServe(t, "--addr", "127.0.0.1:0")

	client := &http.Client{Timeout: 30 * time.Second}
	resp, err := client.Post(srv.base+"/api/analyze", "text/plain", strings.NewReader(string(essay)))
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	var got struct {
		Quotes []struct {
			Text string `json:"text"`
		} `json:"quotes"`
	}
	if err == nil {
		err = json.Unmarshal(body, &got)
	}
	if err != nil || resp.StatusCode != 200 || len(got.Quotes) < 15 {
		t.Fatalf("status %d, %d quotes, %v", resp.StatusCode, len(got.Quotes), err)
	}
	// The same JSON as "hearsay analyze --format json" on standard input.
	if out, errs, code := run(t, string(essay), "analyze", "--format", "json", "--format-in", "text", "-"); code != 0 || out != string(body) {
		t.Errorf("the API's answer differs from analyze --format json (exit %d, %s)", code, errs)
	}
	resp, err = client.Get(srv.base + "/")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET /: %v %v", resp, err)
	}
	resp.Body.Close()

	if logs := srv.stop(t); !strings.Contains(logs, "stopped") {
		t.Errorf("no shutdown in the log: %q", logs)
	}
}

func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "extra"},
		{"serve", "--addr", "not an address"},
		{"serve", "--max-size", "0"},
	} {
		if _, _, code := run(t, "", args...); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
	}
	out, _, code := run(t, "", "serve", "--help")
	if code != 0 || !strings.Contains(out, "POST /api/analyze") {
		t.Errorf("serve --help: exit %d, %q", code, out)
	}
}

// A served is a "hearsay serve" running in the test, on a free port.
type served struct {
	base   string // http://127.0.0.1:PORT
	cancel context.CancelFunc
	done   chan int    // its exit code
	logs   chan string // its log lines after the first, once it has stopped
}

// startServe runs "hearsay serve" with args (which should pick port 0) and
// waits until it says where it listens.
func startServe(t *testing.T, args ...string) *served {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	pr, pw := io.Pipe()
	s := &served{cancel: cancel, done: make(chan int, 1), logs: make(chan string, 1)}
	go func() {
		s.done <- NewMain(strings.NewReader(""), io.Discard, pw).Run(ctx, append([]string{"serve"}, args...))
		pw.Close()
	}()
	lines := bufio.NewScanner(pr)
	for s.base == "" && lines.Scan() {
		if m := regexp.MustCompile(`listening on (http://\S+)/`).FindStringSubmatch(lines.Text()); m != nil {
			s.base = m[1]
		}
	}
	if s.base == "" {
		t.Fatal("serve did not say where it listens")
	}
	go func() {
		var rest strings.Builder
		for lines.Scan() {
			rest.WriteString(lines.Text() + "\n")
		}
		s.logs <- rest.String()
	}()
	return s
}

// stop stops the server as SIGINT would, checks that it exits 0, and
// returns what it logged after starting.
func (s *served) stop(t *testing.T) string {
	t.Helper()
	s.cancel()
	select {
	case code := <-s.done:
		if code != 0 {
			t.Errorf("serve: exit %d", code)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
	return <-s.logs
}
