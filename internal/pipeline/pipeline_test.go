package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestResources checks that a run records the word lists of every stage
// that reads one, each with the SHA-256 of the file in the repository.
func TestResources(t *testing.T) {
	text := "“We will sail,” said Ada Moss.\n\nShe wrote so [1].\n\n[1] A note.\n"
	d := &doc.Document{Name: "t.txt", Format: doc.FormatText, Raw: []byte(text), Text: text,
		Paragraphs: []doc.Paragraph{{Span: doc.Span{Start: 0, End: len(text)}, Kind: doc.BlockParagraph}}}
	if err := Run(context.Background(), d, Default()); err != nil {
		t.Fatal(err)
	}
	stages := map[string]int{}
	for _, r := range d.Resources {
		stage, _, ok := strings.Cut(r.Name, "/")
		if !ok {
			t.Errorf("resource %q not named stage/file", r.Name)
			continue
		}
		stages[stage]++
		b, err := os.ReadFile(filepath.Join("..", r.Name))
		if err != nil {
			t.Errorf("%s: %v", r.Name, err)
			continue
		}
		sum := sha256.Sum256(b)
		if want := "sha256:" + hex.EncodeToString(sum[:]); r.Digest != want {
			t.Errorf("%s: digest %s, want %s", r.Name, r.Digest, want)
		}
	}
	recorded := map[string]bool{}
	for _, r := range d.Resources {
		recorded[r.Name] = true
	}
	// Every word list a stage keeps beside its code is recorded: a list
	// added later and forgotten here would make provenance lie.
	for _, s := range []string{"segment", "quote", "speaker", "cite", "sources", "claim"} {
		lists, _ := filepath.Glob(filepath.Join("..", s, "*.txt"))
		if len(lists) == 0 {
			t.Errorf("stage %s has no word lists", s)
		}
		for _, l := range lists {
			if name := s + "/" + filepath.Base(l); !recorded[name] {
				t.Errorf("word list %s not recorded in Document.Resources", name)
			}
		}
	}
	if stages["support"] != 0 {
		t.Errorf("support reads no word list, yet has %d resources", stages["support"])
	}
}
