package doc

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
)

// NewResource returns the Resource for reference data named name with
// contents data: its digest is "sha256:" and the hex SHA-256 of data, the
// same value `sha256sum` prints, so that a provenance record can be
// checked against the file.
func NewResource(name string, data []byte) Resource {
	sum := sha256.Sum256(data)
	return Resource{Name: name, Digest: "sha256:" + hex.EncodeToString(sum[:])}
}

// EmbeddedResources returns a Resource for every file at the top of fsys,
// in name order, each named stage/file: the word lists a stage embeds.
// The files are compiled in, so failing to read one is a build error.
func EmbeddedResources(stage string, fsys fs.FS) []Resource {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		panic(stage + ": embedded word lists unreadable: " + err.Error())
	}
	var out []Resource
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		b, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			panic(stage + ": embedded word list unreadable: " + err.Error())
		}
		out = append(out, NewResource(stage+"/"+e.Name(), b))
	}
	return out
}
