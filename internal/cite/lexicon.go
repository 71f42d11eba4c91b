package cite

import (
	"embed"
	"strings"
)

// The word lists are data, kept in this package's *.txt files: one entry
// a line, lower case, "#" starting a comment line.
//
//go:embed *.txt
var lexiconFS embed.FS

var (
	noteHeads  = wordSet("headings.txt")   // section headings over notes
	refHeads   = wordSet("references.txt") // section headings over reference lists
	nonAuthors = wordSet("nonauthors.txt") // capitalised words before a year that are not names
	particles  = wordSet("particles.txt")  // lower-case words inside names
	orgWords   = wordSet("orgwords.txt")   // words of organisations' and titles' names
	groups     = wordSet("groups.txt")     // note group words: "[note 1]"
	abbrevs    = wordSet("abbrevs.txt")    // abbreviations whose stop ends nothing
	prefixes   = wordList("prefixes.txt")  // words before the names of an author-year citation
)

func wordList(name string) []string {
	b, err := lexiconFS.ReadFile(name)
	if err != nil {
		panic("cite: missing embedded word list " + name) // a build error, not an input error
	}
	var out []string
	for line := range strings.SplitSeq(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

func wordSet(name string) map[string]bool {
	m := map[string]bool{}
	for _, w := range wordList(name) {
		m[w] = true
	}
	return m
}
