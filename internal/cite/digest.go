package cite

import (
	"sync"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Resources names the word lists built into this stage (every embedded
// file, in name order), each with the SHA-256 of its contents, so that
// provenance output can say which version of the data a result came
// from.
var Resources = sync.OnceValue(func() []doc.Resource { return doc.EmbeddedResources("cite", lexiconFS) })
