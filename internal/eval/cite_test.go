package eval

import (
	"bytes"
	stdcontext "context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

// writeFiles writes files (name → content) into a new folder and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const pageHTML = `<html><body><article><h1>Harbour notes</h1>
<p>The ferry ran daily.<sup><a href="#n1" role="doc-noteref">1</a></sup>
The fares were cut.<sup><a href="#n2" role="doc-noteref">2</a></sup>
The strike is a legend.<sup><a href="#n3" role="doc-noteref">3</a></sup>
A ledger survives.<sup><a href="#n1" role="doc-noteref">1</a></sup></p>
<section role="doc-endnotes"><ol>
<li id="n1">Harbour board minutes, 1931.</li>
<li id="n2">Fare tables, 1932.
<li id="n3">A forum post, 2009.</li>
</ol></section></article></body></html>`

const pageMarkdown = "# Ferry\n\nThe ferry ran daily.[^a] The fares were cut.[^b]\nLater[^b]: the strike.\n\n" +
	"[^a]: Harbour board minutes, 1931.\n[^b]: Fare tables, 1932,\n    second line.\n\n    Second paragraph.\n"

func TestScoreCitations(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"page.html":      pageHTML,
		"essay.md":       pageMarkdown,
		"manifest.jsonl": `{"file": "page.html", "noterefs": 4, "footnotes": 3, "unresolved_refs": []}` + "\n",
	})
	rep, err := ScoreCitations(stdcontext.Background(), dir, CiteOptions{MaxErrors: 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Files) != 2 {
		t.Fatalf("got %d files, want 2", len(rep.Files))
	}
	md, page := rep.Files[0], rep.Files[1]
	if page.Gold != 4 || page.Found != 4 || page.Correct != 4 || page.Notes != 3 || page.Resolved != 4 || page.Orphans != 0 {
		t.Errorf("page: %+v", page)
	}
	if page.Manifest["noterefs"] != 4 || page.Manifest["footnotes"] != 3 {
		t.Errorf("page manifest: %v", page.Manifest)
	}
	if md.Gold != 3 || md.Correct != 3 || md.Notes != 2 {
		t.Errorf("markdown: %+v", md)
	}
	var out bytes.Buffer
	if err := rep.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "total") {
		t.Errorf("no total line:\n%s", out.String())
	}
}

func TestScoreCitationsRemoval(t *testing.T) {
	dir := writeFiles(t, map[string]string{"page.html": pageHTML, "essay.md": pageMarkdown})
	rep, err := ScoreCitations(stdcontext.Background(), dir, CiteOptions{RemoveEvery: 2, MaxErrors: 5})
	if err != nil {
		t.Fatal(err)
	}
	md, page := rep.Files[0], rep.Files[1]
	// Every 2nd note: n2 on the page (one marker), [^b] in the essay (two).
	if page.Removed != 1 || page.Expected != 1 || page.TruePos != 1 || page.FalsePos != 0 || page.FalseNeg != 0 {
		t.Errorf("page: %+v", page)
	}
	if md.Removed != 1 || md.Expected != 2 || md.TruePos != 2 || md.FalsePos != 0 || md.FalseNeg != 0 {
		t.Errorf("markdown: %+v", md)
	}
}

func TestRemoveHTMLNotes(t *testing.T) {
	got := string(removeHTMLNotes([]byte(pageHTML), map[string]bool{"n2": true, "n3": true}))
	if strings.Contains(got, "Fare tables") || strings.Contains(got, "forum post") || !strings.Contains(got, "Harbour board minutes") || !strings.Contains(got, "</ol>") {
		t.Errorf("removeHTMLNotes:\n%s", got)
	}
}

func TestRemoveMarkdownNotes(t *testing.T) {
	got := string(removeMarkdownNotes([]byte(pageMarkdown+"\n```\n[^a]: in code\n```\n"), map[string]bool{"fn:b": true, "fn:a": true}))
	want := "# Ferry\n\nThe ferry ran daily.[^a] The fares were cut.[^b]\nLater[^b]: the strike.\n\n\n```\n[^a]: in code\n```\n"
	if got != want {
		t.Errorf("removeMarkdownNotes:\n got %q\nwant %q", got, want)
	}
}

// TestScoreCitationsShared scores the development data: every gold
// marker found and resolved where its href points, and with every 5th
// note deleted, exactly the markers of deleted notes unresolved.
func TestScoreCitationsShared(t *testing.T) {
	dir := testutil.SharedData(t)
	for _, sub := range []string{"footnotes", "markdown"} {
		testutil.SharedData(t, sub)
	}
	for _, every := range []int{0, 5, 2} {
		rep, err := ScoreCitations(stdcontext.Background(), dir, CiteOptions{RemoveEvery: every, MaxErrors: 3})
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		rep.WriteText(&out)
		t.Logf("\n%s", out.String())
		tot := rep.Total()
		if every == 0 && tot.Correct != tot.Gold {
			t.Errorf("%d of %d gold markers correct", tot.Correct, tot.Gold)
		}
		if every > 0 && (tot.Precision() != 1 || tot.Recall() != 1) {
			t.Errorf("removal: precision %.3f, recall %.3f (%d false positives, %d false negatives)", tot.Precision(), tot.Recall(), tot.FalsePos, tot.FalseNeg)
		}
	}
}
