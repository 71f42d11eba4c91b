package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestFormatGolden keeps the jsonld, prov and dot output of each example
// article in a golden file (go test -update rewrites them; review the
// diff).
func TestFormatGolden(t *testing.T) {
	for _, file := range []string{"ferry-strike.txt", "jazz-review.md", "library-closure.html"} {
		for _, format := range []string{"jsonld", "prov", "dot"} {
			name := strings.TrimSuffix(file, filepath.Ext(file)) + "." + format
			t.Run(name, func(t *testing.T) {
				out, errs, code := run(t, "", "analyze", "--format", format, "../../examples/"+file)
				if code != 0 {
					t.Fatalf("exit %d: %s", code, errs)
				}
				if format == "prov" {
					out = maskDigests(t, out, "../../examples/"+file)
				}
				testutil.Golden(t, filepath.Join("testdata", name+".golden"), []byte(out))
			})
		}
	}
}

// maskDigests replaces in a PROV document every SHA-256 other than the
// input's by "LEXICON", so that editing a word list does not change the
// golden files; internal/render checks those digests against the files.
func maskDigests(t *testing.T, out, input string) string {
	t.Helper()
	raw, err := os.ReadFile(input)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(raw)
	own := hex.EncodeToString(sum[:])
	return hexDigest.ReplaceAllStringFunc(out, func(h string) string {
		if h == own {
			return h
		}
		return "LEXICON"
	})
}

var hexDigest = regexp.MustCompile(`[0-9a-f]{64}`)

// TestFormatLines checks that with several inputs, jsonld and prov write
// one JSON object per line and dot one graph per input, in order.
func TestFormatLines(t *testing.T) {
	args := []string{"../../examples/ferry-strike.txt", "-"}
	for _, format := range []string{"jsonld", "prov"} {
		out, errs, code := run(t, "“Hello,” she said.", append([]string{"analyze", "--format", format}, args...)...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, errs)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) != 2 {
			t.Fatalf("%s: %d lines, want 2", format, len(lines))
		}
		for i, l := range lines {
			var v map[string]any
			if err := json.Unmarshal([]byte(l), &v); err != nil {
				t.Errorf("%s: line %d: %v", format, i+1, err)
			}
		}
	}
	out, errs, code := run(t, "“Hello,” she said.", append([]string{"analyze", "--format", "dot"}, args...)...)
	if code != 0 {
		t.Fatalf("dot: exit %d: %s", code, errs)
	}
	if n := strings.Count(out, "digraph chains {"); n != 2 {
		t.Errorf("dot: %d graphs, want 2:\n%s", n, out)
	}
}

// hostileArticle carries markup, quotes, backslashes, an entity and
// bidirectional overrides in its title, byline, names and quotations.
const hostileArticle = "Harbour Notes: \"Quotes\" & \\\\Slashes \u202Egnp.exe <script>alert(1)</script>\n\n" +
	"By Eve \u202EMallory\u202C O\\Brien\n\n" +
	"“We never closed the <b>ferry</b>,” said Harbourmaster Joan \\\"Jo\\\" Rivers.\n\n" +
	"“It sailed,” Rivers told the Coast <img src=x onerror=alert(1)> Gazette. “Twice.” [1]\n" +
	"“Line\nbreak \u2066isolate\u2069,” said \"Back\\slash\" Smith.\n"

// TestFormatsHostileArticle runs a hostile article through the command in
// each format: the JSON formats parse and their annotations anchor; the
// graph has no bidirectional controls and lays out (when Graphviz is
// installed) into an SVG with no live markup.
func TestFormatsHostileArticle(t *testing.T) {
	for _, format := range []string{"jsonld", "prov", "dot"} {
		out, errs, code := run(t, hostileArticle, "analyze", "--format-in", "text", "--format", format, "-")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, errs)
		}
		switch format {
		case "jsonld":
			var c struct {
				First struct {
					Items []struct {
						Target struct {
							Selector []struct {
								Exact      string
								Start, End int
							}
						}
					}
				}
			}
			if err := json.Unmarshal([]byte(out), &c); err != nil {
				t.Fatalf("jsonld: %v", err)
			}
			runes := []rune(hostileArticle)
			if len(c.First.Items) == 0 {
				t.Errorf("jsonld: no annotations")
			}
			for i, a := range c.First.Items {
				q, p := a.Target.Selector[0], a.Target.Selector[1]
				if p.End > len(runes) || string(runes[p.Start:p.End]) != q.Exact {
					t.Errorf("jsonld: annotation %d: %q not at %d–%d", i, q.Exact, p.Start, p.End)
				}
			}
		case "prov":
			if !json.Valid([]byte(out)) {
				t.Errorf("prov: invalid JSON")
			}
		case "dot":
			if strings.ContainsAny(out, "\u202E\u202C\u2066\u2069") {
				t.Errorf("dot: bidirectional controls in the graph:\n%s", out)
			}
			if bin, err := exec.LookPath("dot"); err == nil {
				cmd := exec.Command(bin, "-Tsvg")
				cmd.Stdin = strings.NewReader(out)
				svg, err := cmd.Output()
				if err != nil {
					t.Fatalf("dot -Tsvg: %v\n%s", err, out)
				}
				if strings.Contains(string(svg), "<script") || strings.Contains(string(svg), "<img") {
					t.Errorf("live markup in the SVG:\n%s", svg)
				}
			}
		}
	}
}
