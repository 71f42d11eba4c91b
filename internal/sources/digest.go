package sources

import (
	"io/fs"
	"sync"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Resources names the word lists built into this stage (every embedded
// *.txt file, in name order), each with the SHA-256 of its contents, so
// that provenance output can say which version of the data a result came
// from.
var Resources = sync.OnceValue(func() []doc.Resource {
	entries, err := fs.ReadDir(lexiconFS, ".")
	if err != nil {
		panic("sources: embedded word lists unreadable: " + err.Error()) // a build error, not an input error
	}
	var out []doc.Resource
	for _, e := range entries {
		b, err := lexiconFS.ReadFile(e.Name())
		if err != nil {
			panic("sources: embedded word list unreadable: " + err.Error())
		}
		out = append(out, doc.NewResource("sources/"+e.Name(), b))
	}
	return out
})
