package render_test

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/hearsay-project/hearsay/internal/render"
)

// TestJSONSchema checks the JSON of every example article against the
// published schema, so that schema/hearsay.schema.json stays true.
func TestJSONSchema(t *testing.T) {
	schema := compileSchema(t, "../../schema/hearsay.schema.json")
	files, _ := filepath.Glob("../../examples/*")
	if len(files) == 0 {
		t.Fatal("no examples")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := render.JSON(&buf, analyzed(t, f)); err != nil {
				t.Fatal(err)
			}
			validate(t, schema, buf.Bytes())
		})
	}
}
