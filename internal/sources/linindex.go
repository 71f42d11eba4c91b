package sources

import (
	"strings"
	"unicode/utf8"
)

// clusterCands asks two questions of the clusters made so far, for each
// person candidate: which is the last (of highest idx) whose given name
// agrees with the candidate's under its surname, and, for a patronymic
// ("Nikita Sergeyevich"), which is the last whose given name is the
// candidate's. Reading every cluster of the surname, or every cluster,
// for each candidate took time quadratic in the candidates of a text of
// many names: the indexes here answer both in time logarithmic in the
// clusters.
//
// A cluster's given name changes when a fuller one joins it ("L." to
// "Lazar"), so a cluster is put under its new given name when that
// happens, and its entry under the old one is left stale, to be dropped
// when a look-up meets it. Each key holds a max-heap of clusters by idx,
// so that the last is found, and a stale one dropped, in logarithmic
// time: a cluster that changes its given name can be older than those
// under the name it takes.

// pushCluster adds c to the max-heap by idx h.
func pushCluster(h []*cluster, c *cluster) []*cluster {
	h = append(h, c)
	for i := len(h) - 1; i > 0; { // up to its place
		p := (i - 1) / 2
		if h[p].idx >= h[i].idx {
			break
		}
		h[p], h[i] = h[i], h[p]
		i = p
	}
	return h
}

// topCluster drops from the max-heap h the clusters at its top that are
// not valid any more, and returns what is left of h and its top, or nil
// when it is empty. A heap's stale entries can only become valid again
// by being added anew (see the callers), so a dropped one is not lost.
func topCluster(h []*cluster, valid func(*cluster) bool) ([]*cluster, *cluster) {
	for len(h) > 0 && !valid(h[0]) {
		n := len(h) - 1
		h[0], h[n] = h[n], nil
		h = h[:n]
		for i := 0; ; { // down to its place
			m, l, r := i, 2*i+1, 2*i+2
			if l < n && h[l].idx > h[m].idx {
				m = l
			}
			if r < n && h[r].idx > h[m].idx {
				m = r
			}
			if m == i {
				break
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	if len(h) == 0 {
		return h, nil
	}
	return h, h[0]
}

// givenIndex keeps the person clusters by given name, for the pass of
// patronymics: a patronymic joins the last cluster whose given name is
// its own and not that cluster's surname. It is made when that pass
// begins, and a cluster is added again when its given name changes.
type givenIndex map[string][]*cluster

// newGivenIndex indexes the clusters cl.
func newGivenIndex(cl []*cluster) givenIndex {
	g := givenIndex{}
	for _, c := range cl {
		g.add(c)
	}
	return g
}

// add puts c under its given name, if it is a person's and the given
// name is not the surname.
func (g givenIndex) add(c *cluster) {
	if !c.org && c.given != c.surname {
		g[c.given] = pushCluster(g[c.given], c)
	}
}

// last returns the cluster of highest idx whose given name is given and
// not its surname, or nil when there is none.
func (g givenIndex) last(given string) *cluster {
	h := g[given]
	if len(h) == 0 {
		return nil
	}
	h, c := topCluster(h, func(c *cluster) bool { return c.given == given && c.given != c.surname })
	g[given] = h
	return c
}

// linScanMax is how many clusters of one surname are read one by one
// for each candidate of that surname before a surnameIndex is made for
// them: most surnames have one or two, and for them the reading costs
// less than an index would.
const linScanMax = 16

// lastAgreeing returns the last cluster of cs (one surname's) whose
// given name agrees with given and is not its surname, or nil.
func lastAgreeing(cs []*cluster, given string) *cluster {
	for k := len(cs) - 1; k >= 0; k-- {
		if c := cs[k]; c.given != c.surname && agree(c.given, given) {
			return c
		}
	}
	return nil
}

// surnameIndex answers lastAgreeing for the clusters of one surname
// when there are many. agree(g, w) holds when g is w, or when g and w
// begin with the same rune and one of them is an initial; so the
// clusters are kept by given name (exact), and by the first rune of the
// given name, all of them (all) and those whose given name is an
// initial (initials).
type surnameIndex struct {
	exact         map[string][]*cluster
	all, initials map[rune][]*cluster
}

// newSurnameIndex indexes cs, the clusters of one surname.
func newSurnameIndex(cs []*cluster) *surnameIndex {
	x := &surnameIndex{exact: map[string][]*cluster{}, all: map[rune][]*cluster{}, initials: map[rune][]*cluster{}}
	for _, c := range cs {
		x.add(c)
	}
	return x
}

// surnameIndexes holds the surnameIndex of each surname that has one.
type surnameIndexes map[string]*surnameIndex

// of returns the index of surname s, or nil. Most texts have no index,
// and the map is nil: asked first, so that a look-up for each candidate
// costs no call into the runtime.
func (m surnameIndexes) of(s string) *surnameIndex {
	if m == nil {
		return nil
	}
	return m[s]
}

// givenInitial reports whether given name g is an initial, as agree
// asks it.
func givenInitial(g string) bool { return initial(strings.TrimSuffix(g, ".")) }

// firstRune is the first rune of s, as agree compares it.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// add puts c under its given name, its first rune, and, if the name is
// an initial, under its first rune among the initials; a cluster whose
// given name is its surname agrees with nothing and is left out. A
// cluster is added again when its given name changes: the old entries
// go stale, and an entry twice under one key is harmless.
func (x *surnameIndex) add(c *cluster) {
	if c.given == c.surname {
		return
	}
	r := firstRune(c.given)
	x.exact[c.given] = pushCluster(x.exact[c.given], c)
	x.all[r] = pushCluster(x.all[r], c)
	if givenInitial(c.given) {
		x.initials[r] = pushCluster(x.initials[r], c)
	}
}

// last is lastAgreeing for the clusters indexed, given the candidate's
// given name w.
func (x *surnameIndex) last(w string) *cluster {
	r := firstRune(w)
	ofRune := func(c *cluster) bool { return c.given != c.surname && firstRune(c.given) == r }
	if givenInitial(w) { // every given name of w's first rune agrees
		var c *cluster
		x.all[r], c = topCluster(x.all[r], ofRune)
		return c
	}
	// w itself, or an initial of w's first rune.
	var exact, init *cluster
	if h := x.exact[w]; len(h) > 0 {
		x.exact[w], exact = topCluster(h, func(c *cluster) bool { return c.given == w && c.given != c.surname })
	}
	if h := x.initials[r]; len(h) > 0 {
		x.initials[r], init = topCluster(h, func(c *cluster) bool { return ofRune(c) && givenInitial(c.given) })
	}
	if exact == nil || init != nil && init.idx > exact.idx {
		return init
	}
	return exact
}
