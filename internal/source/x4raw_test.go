package source

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestLoadLeavesRaw holds the markup loaders to reading their input
// without changing it: LoadBytes gives them raw itself, the Document's
// Raw, when it is the text byte for byte (decoded.asBytes).
func TestLoadLeavesRaw(t *testing.T) {
	files, _ := filepath.Glob("../../examples/*")
	more, _ := filepath.Glob("../../testdata/markdown-loader/*")
	files = append(files, more...)
	inputs := map[string][]byte{
		"front.md":  []byte("---\ntitle: A “test”\nauthor: Ann\n---\n# Head\n\nShe said “yes”.[^1]\n\n[^1]: A note.\n"),
		"page.html": []byte("<!doctype html><html><head><title>T</title><meta charset=utf-8></head><body><p>He said, “no.”</p><blockquote>Quoted &amp; kept.</blockquote></body></html>"),
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[filepath.Base(f)] = raw
	}
	for name, raw := range inputs {
		want := bytes.Clone(raw)
		d, err := LoadBytes(context.Background(), name, raw, Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(raw, want) || !bytes.Equal(d.Raw, want) {
			t.Errorf("%s: loading changed the input", name)
		}
	}
}
