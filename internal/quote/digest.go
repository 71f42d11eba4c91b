package quote

import (
	"sync"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Resources names the word lists built into this stage, each with the
// SHA-256 of its contents, so that provenance output can say which
// version of the data a result came from.
var Resources = sync.OnceValue(func() []doc.Resource {
	return []doc.Resource{
		doc.NewResource("quote/cues.txt", cueData),
		doc.NewResource("quote/determiners.txt", determinerData),
		doc.NewResource("quote/titlewords.txt", titleWordData),
		doc.NewResource("quote/works.txt", workData),
		doc.NewResource("quote/verbatim.txt", verbatimData),
		doc.NewResource("quote/aspect.txt", aspectData),
		doc.NewResource("quote/ratings.txt", ratingData),
		doc.NewResource("quote/dropped.txt", droppedData),
		doc.NewResource("quote/a2names.txt", a2NameData),
	}
})
