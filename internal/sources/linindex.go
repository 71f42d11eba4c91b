package sources

// givenIndex finds, for clusterCands' pass of patronymic names, the last
// person cluster (the one of highest idx) whose given name is a given
// word and is not its surname: the cluster a patronymic candidate
// ("Nikita Sergeyevich") joins by its given name. Reading every cluster
// for each candidate, as the question reads, took time quadratic in the
// candidates and clusters of a text of many names.
//
// A cluster's given name changes when a fuller one joins it ("L." to
// "Lazar"), so a cluster is put under its new given name when that
// happens, and its entry under the old one is left stale, to be dropped
// when a look-up meets it (an entry is stale when its cluster's given
// name is no longer the key). Each key holds a max-heap by idx, so that
// the last cluster is found, and a stale one dropped, in time
// logarithmic in the key's clusters: a cluster that changes its name
// can be older than those under the name it takes.
type givenIndex map[string][]*cluster

// newGivenIndex indexes the clusters cl.
func newGivenIndex(cl []*cluster) givenIndex {
	g := givenIndex{}
	for _, c := range cl {
		g.add(c)
	}
	return g
}

// add puts c under its given name, if a patronymic can join it by that
// name: it is a person's, and the given name is not the surname.
func (g givenIndex) add(c *cluster) {
	if c.org || c.given == c.surname {
		return
	}
	h := append(g[c.given], c)
	for i := len(h) - 1; i > 0; { // up to its place in the heap
		p := (i - 1) / 2
		if h[p].idx >= h[i].idx {
			break
		}
		h[p], h[i] = h[i], h[p]
		i = p
	}
	g[c.given] = h
}

// last returns the cluster of highest idx whose given name is given and
// not its surname, or nil when there is none.
func (g givenIndex) last(given string) *cluster {
	h := g[given]
	if len(h) == 0 || h[0].given == given {
		return firstOf(h)
	}
	for len(h) > 0 && h[0].given != given { // drop the stale tops
		n := len(h) - 1
		h[0], h[n] = h[n], nil
		h = h[:n]
		for i := 0; ; { // down to its place in the heap
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
	g[given] = h
	return firstOf(h)
}

// firstOf returns the top of the heap h, or nil when it is empty.
func firstOf(h []*cluster) *cluster {
	if len(h) == 0 {
		return nil
	}
	return h[0]
}
