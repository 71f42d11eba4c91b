package sources

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

var patronymic = []string{"ovich", "evich", "ich", "ovna", "evna", "ichna", "inichna"}

func isPatronymic(w string) bool {
	for _, s := range patronymic {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// agree reports whether two given names can be the same: equal, or one an
// initial of the other ("L.M." and "Lazar").
func agree(a, b string) bool {
	if a == b {
		return true
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return ra == rb && (initial(strings.TrimSuffix(a, ".")) || initial(strings.TrimSuffix(b, ".")))
}

type cluster struct {
	name     string
	surname  string
	given    string
	org      bool
	evidence bool
	class    doc.SourceClass
	members  []int
	idx      int // index in the clusters
	// nameN and nameL are nameScore(name), kept with it: each member
	// that joins is compared with it; givenN and givenL are
	// nameScore(given), for the same reason.
	nameN, nameL   int
	givenN, givenL int
	nameWords      []string // the words name was joined from
}

func better(a, b string) bool { // is a a fuller name than b?
	an, al := nameScore(a)
	return betterScore(an, al, b)
}

// betterScore is better for a name a of nameScore an, al.
func betterScore(an, al int, b string) bool {
	bn, bl := nameScore(b)
	return an > bn || an == bn && al > bl
}

// nameScore returns how many words of s are more than initials, and its
// length: better's measures of how full a name is.
func nameScore(s string) (int, int) {
	if oneField(s) {
		// One word, as a given name is (see wordsScore).
		if initial(strings.TrimSuffix(s, ".")) {
			return 0, len(s)
		}
		return 1, len(s)
	}
	n := 0
	for w := range strings.FieldsSeq(s) { // no slice of the words
		if !initial(strings.TrimSuffix(w, ".")) {
			n++
		}
	}
	return n, len(s)
}

// wordsScore is nameScore(strings.Join(words, " ")), without joining them.
func wordsScore(words []string) (int, int) {
	n, l := 0, max(len(words)-1, 0)
	for _, w := range words {
		if oneField(w) {
			// One word, as a name's words are: nameScore's split would
			// find w alone, at the cost of an iterator and a rune test
			// for each byte.
			if !initial(strings.TrimSuffix(w, ".")) {
				n++
			}
			l += len(w)
			continue
		}
		wn, wl := nameScore(w)
		n, l = n+wn, l+wl
	}
	return n, l
}

// oneField reports whether strings.Fields(w) would be w itself: w is not
// empty and all its bytes are ASCII other than spaces and control
// characters (every space of unicode.IsSpace outside ASCII is a byte of
// 0x80 or more, and in ASCII it is a control character or ' ').
func oneField(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c <= ' ' || c >= utf8.RuneSelf {
			return false
		}
	}
	return w != ""
}

func titleCase(w string) string {
	if len(w) < 4 || !upperCase(w) || strings.Contains(w, ".") {
		return w
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[n:])
}

// upperCase reports whether strings.ToUpper(w) == w, without making the
// upper-case copy that question would make of every name's every word:
// whether each rune of w is its own upper case, and w is valid UTF-8
// (ToUpper writes U+FFFD for a byte that is not).
func upperCase(w string) bool {
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && n == 1 || unicode.ToUpper(r) != r {
			return false
		}
		i += n
	}
	return true
}

// clusterCands merges name variants and returns the clusters.
func (b *builder) clusterCands() []*cluster {
	var cl []*cluster
	bySurname := map[string][]*cluster{}
	// Organisations by lower-case name: the first cluster made with it.
	// A name a cluster takes later has the same lower-case form (only a
	// member of that form joins), so the key stays true.
	orgs := map[string]*cluster{}
	// The person clusters by given name, made for the pass of
	// patronymics when it has any and kept up to date in it.
	var byGiven givenIndex
	// The person clusters of a surname that has many, indexed (see
	// surnameIndex); a surname with few is read one by one. Made with
	// the first index: most texts need none, and a look-up in a nil
	// map costs no hashing.
	var bySurnameIdx surnameIndexes
	viaGiven := false
	join := func(ci int, c *cluster) {
		c.members = append(c.members, ci)
		cd := b.cands.at(ci)
		cd.cluster = c.idx
		c.evidence = c.evidence || cd.evidence
		if c.class == "" {
			c.class = cd.class
		}
		// The name joined only when it wins: most members do not.
		if viaGiven {
			return
		}
		// A member with the name's own words, most, does not win: its
		// score is the name's.
		if slices.Equal(cd.words, c.nameWords) {
			return
		}
		// The cluster's name's score is kept with it (see cluster), not
		// found again for every member compared with it; wordsScore is
		// nameScore of the words joined.
		if n, l := wordsScore(cd.words); n > c.nameN || n == c.nameN && l > c.nameL {
			c.name, c.nameWords = strings.Join(cd.words, " "), cd.words
			c.nameN, c.nameL = n, l
		}
	}
	newCl := func(ci int) *cluster {
		cd := b.cands.at(ci)
		words := cd.words // the candidate's own: title-cased in place
		for i, w := range words {
			words[i] = titleCase(w)
		}
		c := &cluster{org: cd.org, surname: words[len(words)-1], given: words[0], idx: len(cl)}
		c.givenN, c.givenL = nameScore(c.given)
		cl = append(cl, c)
		if !cd.org {
			cs := append(bySurname[c.surname], c)
			bySurname[c.surname] = cs
			if x := bySurnameIdx.of(c.surname); x != nil {
				x.add(c)
			} else if len(cs) > linScanMax {
				if bySurnameIdx == nil {
					bySurnameIdx = surnameIndexes{}
				}
				bySurnameIdx[c.surname] = newSurnameIndex(cs)
			}
			if byGiven != nil {
				byGiven.add(c)
			}
		}
		join(ci, c)
		return c
	}
	// Multi-word names first, then patronymics, then single words: the
	// candidates of each pass listed in one reading of them all, in
	// their order.
	passes := [3][]int32{}
	for ci := range b.cands.len() {
		cd := b.cands.at(ci)
		switch n := len(cd.words); {
		case n == 2 && !cd.org && isPatronymic(cd.words[1]):
			passes[1] = append(passes[1], int32(ci))
		case n >= 2:
			passes[0] = append(passes[0], int32(ci))
		case n == 1:
			passes[2] = append(passes[2], int32(ci))
		}
	}
	for pass, list := range passes {
		if pass == 1 && len(list) > 0 {
			byGiven = newGivenIndex(cl)
		}
		for _, ci := range list {
			ci := int(ci)
			cd := b.cands.at(ci)
			n := len(cd.words)
			switch {
			case cd.org:
				// The lower-case name, joined in a buffer: looked up
				// without a string of its own.
				key := b.keyBuf[:0]
				for k, w := range cd.words {
					if k > 0 {
						key = append(key, ' ')
					}
					key = doc.AppendLower(key, w)
				}
				b.keyBuf = key
				if c, ok := orgs[string(key)]; ok {
					join(ci, c)
				} else if c := newCl(ci); orgs[strings.ToLower(c.name)] == nil {
					orgs[strings.ToLower(c.name)] = c
				}
			case pass == 0 || pass == 1 && byGiven.last(cd.words[0]) == nil:
				// The last cluster of the surname whose given name
				// agrees.
				var found *cluster
				if x := bySurnameIdx.of(cd.words[n-1]); x != nil {
					found = x.last(cd.words[0])
				} else {
					found = lastAgreeing(bySurname[cd.words[n-1]], cd.words[0])
				}
				if found != nil {
					join(ci, found)
					// better(cd.words[0], found.given), with the
					// given name's score kept with it.
					if n, l := nameScore(cd.words[0]); n > found.givenN || n == found.givenN && l > found.givenL {
						// Under its new given name in the indexes.
						found.given = cd.words[0]
						found.givenN, found.givenL = n, l
						if x := bySurnameIdx.of(found.surname); x != nil {
							x.add(found)
						}
						if byGiven != nil {
							byGiven.add(found)
						}
					}
				} else {
					newCl(ci)
				}
			case pass == 1:
				// The last person cluster of that given name (see
				// givenIndex), which the case before found.
				found := byGiven.last(cd.words[0])
				viaGiven = true
				join(ci, found)
				viaGiven = false
			default:
				w := titleCase(cd.words[0])
				cs := bySurname[w]
				if len(cs) == 1 {
					join(ci, cs[0])
				} else if len(cs) > 1 {
					join(ci, cs[len(cs)-1])
				} else {
					newCl(ci)
				}
			}
		}
	}
	return cl
}

// finish merges everything into sources ordered by first mention.
//
// The mentions are put into their sources in the order the list of
// mentions, then the clusters, then the works give them, which is the
// order the sources are made in (and so that of sources whose first
// mentions start together). A cluster's members share one key and are
// put in together, with one lookup for all of them, and a work's
// source is found by its owner's name and its class, not by a key
// string made for each work: the clusters' and works' mentions were
// most of the list, and each made a string and a lookup of its own.
func (b *builder) finish() []doc.Source {
	cl := b.clusterCands()
	idx := map[string]int{}
	var out []doc.Source
	valid := func(s doc.Span) bool { return s.Len() > 0 && doc.ValidSpan(b.d.Text, s) }
	// source returns the index in out of the source of key, made from
	// m when there is none yet.
	source := func(key string, m *mention) int {
		i, ok := idx[key]
		if !ok {
			i = len(out)
			idx[key] = i
			out = append(out, doc.Source{Name: m.name, Type: m.typ, Class: m.class, Vague: m.vague})
		}
		if out[i].Class == "" {
			out[i].Class = m.class
		}
		return i
	}
	for k := range b.mentions {
		m := &b.mentions[k]
		if !valid(m.span) {
			continue
		}
		i := source(m.key, m)
		out[i].Mentions = append(out[i].Mentions, m.span)
	}
	var memberBuf []int // sortRuns's scratch
	for _, c := range cl {
		if !c.evidence {
			continue
		}
		typ, k := doc.SourcePerson, "person:"
		if c.org {
			typ, k = doc.SourceOrganisation, "org:"
		}
		// The members in text order (candidates are made in it), so
		// that their spans go in sorted: merged from the runs the
		// passes of clusterCands joined them in (see sortRuns).
		memberBuf = sortRuns(c.members, cmp.Compare[int], memberBuf)
		i := -1
		for _, ci := range c.members {
			s := b.cands.at(ci).span
			if !valid(s) {
				continue
			}
			if i < 0 {
				i = source(k+c.name, &mention{name: c.name, typ: typ, class: c.class})
				out[i].Mentions = slices.Grow(out[i].Mentions, len(c.members))
			}
			out[i].Mentions = append(out[i].Mentions, s)
		}
	}
	// Works named by their owner, by the owner's name and the class:
	// the key "owned:NAME:CLASS", which no other mention's key is.
	type ownedKey struct {
		name  string
		class doc.SourceClass
	}
	owned := map[ownedKey]int{}
	for _, w := range b.works {
		if !valid(w.span) {
			continue
		}
		c := cl[b.cands.at(w.owner).cluster]
		ok := ownedKey{c.name, w.class}
		i, found := owned[ok]
		if !found {
			i = len(out)
			owned[ok] = i
			name := c.name + "’s " + strings.ToLower(w.noun)
			out = append(out, doc.Source{Name: name, Type: doc.SourceWork, Class: w.class})
		}
		if out[i].Class == "" {
			out[i].Class = w.class
		}
		out[i].Mentions = append(out[i].Mentions, w.span)
	}
	// By start, then end: spans that tie are equal, so any sort gives
	// the same list; merged from the runs in order they come in (see
	// sortRuns), and left as they are when in order already (a
	// cluster's are).
	byStart := func(a, b doc.Span) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	}
	var spanBuf []doc.Span // sortRuns's scratch
	for k := range out {
		s := &out[k]
		spanBuf = sortRuns(s.Mentions, byStart, spanBuf)
		s.Mentions = slices.Compact(s.Mentions)
	}
	slices.SortStableFunc(out, func(a, b doc.Source) int { return cmp.Compare(a.Mentions[0].Start, b.Mentions[0].Start) })
	return out
}
