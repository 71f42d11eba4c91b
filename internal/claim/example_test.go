package claim_test

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

// exampleArticle is a short article written for these tests: every kind
// of claim, hedges and boosters, supported and unsupported statements.
const exampleArticle = `The harbour ferry stopped running on 3 March 2021, after 112 years of service.[1] Officials say the crossing was losing money. "We carried 400 passengers a day at the end," said Mara Quist, the last skipper. The council should have consulted the islanders first. Perhaps the service could be saved. Without the ferry, the island would have emptied decades ago. Will the council listen? The closure was undoubtedly a disaster for everyone who lived there. It seems the new bridge will open in 2026. Every ferry on this coast has lost money since 1990.

[1] Harbour Board annual report, 2021.
`

// exampleBody is exampleArticle without its note, to be repeated: after
// a note line, the plain-text loader reads what follows as more notes.
var exampleBody = exampleArticle[:strings.Index(exampleArticle, "\n\n")+2]

func essayPath(tb testing.TB) string {
	return testutil.SharedData(tb, "seed", "khrushchev-essay.txt")
}
