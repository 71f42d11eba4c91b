package speaker

import "github.com/hearsay-project/hearsay/internal/quote"

// quoteCueLex says of each lexicon entry whether its word is one of the
// quotation stage's cues (quote.IsCue), which afterCue asks of the words
// after every quotation: a word of the lists is answered by its entry,
// without hashing the word into the quote stage's map. It is made once,
// before any analysis, and only read after.
var quoteCueLex = func() (c [lexCap]bool) {
	for id, w := range lexTable.words {
		c[id] = id > 0 && quote.IsCue(w)
	}
	return c
}()
