package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// reportingFilter holds the forms of reporting.txt: the attribution
// reader asks for the senses of every word of every sentence, and most
// words are no verb of reporting; the filter turns them away without
// hashing them.
var reportingFilter = filterOf(reporting)

// siteFilter and workFilter hold sites.txt and works.txt, which hopsIn
// and workIn look up every word of a stretch in.
var (
	siteFilter = filterOf(sites)
	workFilter = filterOf(works)
)

// reportingSenses returns reporting[w].
func reportingSenses(w string) []verbSense {
	if !reportingFilter.Maybe(w) {
		return nil
	}
	return reporting[w]
}

func filterOf[V any](m map[string]V) *doc.WordFilter {
	f := new(doc.WordFilter)
	for w := range m {
		f.Add(w)
	}
	return f
}
