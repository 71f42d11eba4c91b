package render_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/hearsay-project/hearsay/internal/pipeline"
	"github.com/hearsay-project/hearsay/internal/render"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestJSONSchema checks the JSON of every example article against the
// published schema, so that schema/hearsay.schema.json stays true.
func TestJSONSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	schema, err := c.Compile("../../schema/hearsay.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../examples/*")
	if len(files) == 0 {
		t.Fatal("no examples")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := source.LoadBytes(context.Background(), f, raw, source.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := pipeline.Run(context.Background(), d, pipeline.Default()); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := render.JSON(&buf, d); err != nil {
			t.Fatal(err)
		}
		v, err := jsonschema.UnmarshalJSON(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(v); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}
