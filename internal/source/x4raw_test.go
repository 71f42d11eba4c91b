package source

import (
	"bytes"
	"context"
	"math/rand/v2"
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

// TestControlsIn compares the eight-bytes-at-a-time count with the byte
// at a time one on every byte value at every place in a word, and on
// random runs of control, white-space, ASCII and high bytes.
func TestControlsIn(t *testing.T) {
	for c := range 256 {
		for at := range 11 {
			b := bytes.Repeat([]byte("ab\xc3\xa9 "), 3)[:11]
			b[at] = byte(c)
			gotC, gotZ := controlsIn(b)
			wantC, wantZ := controlsEach(b)
			if gotC != wantC || gotZ != wantZ {
				t.Fatalf("byte %#x at %d: controlsIn = %d, %v; want %d, %v", c, at, gotC, gotZ, wantC, wantZ)
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte{0, 1, 0x1f, 0x20, '\n', '\t', 0x1b, 'a', 0x7f, 0x80, 0xff, 0x9f, 0xa0}
	for range 2000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		gotC, gotZ := controlsIn(b)
		wantC, wantZ := controlsEach(b)
		if gotC != wantC || gotZ != wantZ {
			t.Fatalf("%q: controlsIn = %d, %v; want %d, %v", b, gotC, gotZ, wantC, wantZ)
		}
	}
}
