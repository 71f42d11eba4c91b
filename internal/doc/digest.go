package doc

import (
	"crypto/sha256"
	"encoding/hex"
)

// NewResource returns the Resource for reference data named name with
// contents data: its digest is "sha256:" and the hex SHA-256 of data, the
// same value `sha256sum` prints, so that a provenance record can be
// checked against the file.
func NewResource(name string, data []byte) Resource {
	sum := sha256.Sum256(data)
	return Resource{Name: name, Digest: "sha256:" + hex.EncodeToString(sum[:])}
}
