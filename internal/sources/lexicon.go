package sources

import (
	"embed"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// The word lists are data, kept in this package's *.txt files: one entry
// a line, "#" starting a comment line, fields separated by "|".
//
//go:embed *.txt
var lexiconFS embed.FS

type named struct {
	name  string
	typ   doc.SourceType
	class doc.SourceClass
	extra string // a website's domain; a language's code; a title's mention key (see addTitle)
}

var (
	stopWords  = wordSet("stopwords.txt")
	leadWords  = wordSet("leadwords.txt")
	titleWords = wordSet("titles.txt")
	verbs      = wordSet("verbs.txt")
	orgWords   = wordSet("orgwords.txt")
	workNouns  = classMap("worknouns.txt")
	periodical = namedMap("periodicals.txt", true)
	websites   = namedMap("websites.txt", false)
	languages  = langMap("languages.txt")
	vague      = phraseMap("vague.txt")
	// domains maps a registered domain to its website.
	domains = func() map[string]named {
		m := map[string]named{}
		for _, n := range websites {
			m[n.extra] = n
		}
		return m
	}()
	// codes maps a language code to its name.
	codes = func() map[string]string {
		m := map[string]string{}
		for name, code := range languages {
			m[code] = name
		}
		return m
	}()
)

// Filters in front of the maps that the name reader and the scan ask of
// most candidates and pronouns: the word after a name ("recalled",
// "memoirs"), a name's last word ("Committee"). Most such words are in
// none of them, and the filter turns them away without hashing them.
var (
	verbFilter     = doc.FilterOf(verbs)
	workNounFilter = doc.FilterOf(workNouns)
	orgFilter      = doc.FilterOf(orgWords)
)

// verbTable and workNounTable hold verbs and workNouns for isVerb and
// workNoun, which the name reader asks of the word after every name:
// a fastTable finds a word, or finds it missing, for less than a map.
var (
	verbTable     = newFastTable(verbs)
	workNounTable = newFastTable(workNouns)
)

// isVerb is verbs[w].
func isVerb(w string) bool {
	if !verbFilter.Maybe(w) {
		return false
	}
	v, _ := verbTable.get(w)
	return v
}

// workNoun is workNouns[w], with whether w is there.
func workNoun(w string) (doc.SourceClass, bool) {
	if !workNounFilter.Maybe(w) {
		return "", false
	}
	return workNounTable.get(w)
}

// particleFilter is in front of particles, which the name reader asks
// of the word after each capitalised one.
var particleFilter = doc.FilterOf(particles)

// isParticle is particles[w].
func isParticle(w string) bool { return particleFilter.Maybe(w) && particles[w] }

// isOrgWord is orgWords[string(low)].
func isOrgWord(low []byte) bool { return orgFilter.MaybeBytes(low) && orgWords[string(low)] }

func lines(name string) [][]string {
	b, err := lexiconFS.ReadFile(name)
	if err != nil {
		panic("sources: missing embedded word list " + name) // a build error, not an input error
	}
	var out [][]string
	for line := range strings.SplitSeq(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, strings.Split(line, "|"))
		}
	}
	return out
}

func wordSet(name string) map[string]bool {
	m := map[string]bool{}
	for _, f := range lines(name) {
		m[f[0]] = true
	}
	return m
}

func classMap(name string) map[string]doc.SourceClass {
	m := map[string]doc.SourceClass{}
	for _, f := range lines(name) {
		m[f[0]] = doc.SourceClass(f[1])
	}
	return m
}

// namedMap reads "name|type|class" (typed) or "name|class|domain" lines,
// keyed by the lower-case name without a leading "the ".
func namedMap(name string, typed bool) map[string]named {
	m := map[string]named{}
	for _, f := range lines(name) {
		n := named{name: f[0]}
		if typed {
			n.typ, n.class = doc.SourceType(f[1]), doc.SourceClass(f[2])
		} else {
			n.typ, n.class, n.extra = doc.SourceWebsite, doc.SourceClass(f[1]), f[2]
		}
		k := strings.TrimPrefix(strings.ToLower(f[0]), "the ")
		if _, dup := m[k]; !dup {
			m[k] = n
		}
	}
	return m
}

func langMap(name string) map[string]string {
	m := map[string]string{}
	for _, f := range lines(name) {
		m[f[0]] = f[1]
	}
	return m
}

// phraseMap keys each phrase's words by its first word.
func phraseMap(name string) map[string][][]string {
	m := map[string][][]string{}
	for _, f := range lines(name) {
		w := strings.Fields(f[0])
		m[w[0]] = append(m[w[0]], w)
	}
	return m
}
