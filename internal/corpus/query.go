package corpus

import (
	"context"
	"database/sql"
	"sort"
	"strings"
	"unicode"
)

// DocRef identifies a stored document.
type DocRef struct {
	ID     int64  `json:"id"`
	Name   string `json:"name"`
	URI    string `json:"uri,omitempty"`
	Title  string `json:"title,omitempty"`
	Author string `json:"author,omitempty"`
	Date   string `json:"date,omitempty"`
}

// QuoteHit is one stored quotation with the document it is in.
type QuoteHit struct {
	ID      int64   `json:"id"`
	Text    string  `json:"text"`
	Kind    string  `json:"kind"`
	Speaker string  `json:"speaker,omitempty"` // as the document names them
	Start   int     `json:"start"`             // span of the quotation in the document's text
	End     int     `json:"end"`
	Score   float64 `json:"score,omitempty"` // similarity to the text searched for, 0..1
	Doc     DocRef  `json:"document"`

	norm, speakerNorm string
}

const quoteCols = `q.id, q.text, q.kind, q.speaker, q.span_start, q.span_end, q.norm, q.speaker_norm,
	d.id, d.name, d.uri, d.title, d.author, d.date`

func scanQuote(rows *sql.Rows) (QuoteHit, error) {
	var h QuoteHit
	err := rows.Scan(&h.ID, &h.Text, &h.Kind, &h.Speaker, &h.Start, &h.End, &h.norm, &h.speakerNorm,
		&h.Doc.ID, &h.Doc.Name, &h.Doc.URI, &h.Doc.Title, &h.Doc.Author, &h.Doc.Date)
	return h, err
}

// QuotesBySpeaker returns the quotations attributed to name, in the order
// stored, at most limit (0 for all). Names match whatever their case,
// accents and honorifics, and by last name: "Lovelace" finds quotations
// of "Ada Lovelace" and "Dr Lovelace"; "Ada Lovelace" finds "Lovelace"
// and "A. Lovelace" but not "Byron Lovelace".
func (s *Store) QuotesBySpeaker(ctx context.Context, name string, limit int) ([]QuoteHit, error) {
	full, last := SpeakerKey(name)
	if last == "" {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, s.rebind(`SELECT `+quoteCols+`
		FROM corpus_quotes q JOIN corpus_documents d ON d.id = q.doc_id
		WHERE q.speaker_last = ? ORDER BY q.doc_id, q.idx`), last)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []QuoteHit
	for rows.Next() {
		h, err := scanQuote(rows)
		if err != nil {
			return nil, err
		}
		if !SameSpeaker(full, h.speakerNorm) {
			continue
		}
		out = append(out, h)
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	return out, rows.Err()
}

// MinScore is the similarity from which Quoting counts a stored quotation
// as the text searched for.
const MinScore = 0.5

// candidates is how many quotations the full-text index proposes for
// Quoting to score.
const candidates = 1000

// Quoting returns the quotations that give text, however punctuated,
// accented or cut: full-text search proposes quotations sharing its
// words, and those whose word 3-grams overlap text's by at least
// MinScore (see Similarity) are kept, best first, at most limit.
func (s *Store) Quoting(ctx context.Context, text string, limit int) ([]QuoteHit, error) {
	nt := Normalize(text)
	words := searchWords(nt)
	if len(words) == 0 {
		return nil, nil
	}
	var q string
	var arg any
	switch s.dialect {
	case sqlite:
		q = `SELECT ` + quoteCols + ` FROM corpus_quotes_fts f
			JOIN corpus_quotes q ON q.id = f.rowid JOIN corpus_documents d ON d.id = q.doc_id
			WHERE corpus_quotes_fts MATCH ? ORDER BY f.rank LIMIT ?`
		arg = `"` + strings.Join(words, `" OR "`) + `"`
	case postgres:
		q = `SELECT ` + quoteCols + ` FROM corpus_quotes q JOIN corpus_documents d ON d.id = q.doc_id
			WHERE to_tsvector('simple', q.norm) @@ to_tsquery('simple', ?)
			ORDER BY ts_rank(to_tsvector('simple', q.norm), to_tsquery('simple', ?)) DESC LIMIT ?`
		arg = strings.Join(words, " | ")
	}
	args := []any{arg, candidates}
	if s.dialect == postgres {
		args = []any{arg, arg, candidates}
	}
	rows, err := s.db.QueryContext(ctx, s.rebind(q), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []QuoteHit
	for rows.Next() {
		h, err := scanQuote(rows)
		if err != nil {
			return nil, err
		}
		if h.Score = Similarity(nt, h.norm); h.Score >= MinScore {
			out = append(out, h)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// stopwords are left out of full-text candidate queries when other words
// remain: they match nearly every quotation and only slow the search.
var stopwords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "of": true, "to": true, "in": true,
	"is": true, "it": true, "that": true, "this": true, "we": true, "i": true, "you": true, "he": true,
	"she": true, "they": true, "be": true, "was": true, "are": true, "for": true, "on": true, "with": true,
	"as": true, "at": true, "by": true, "not": true, "have": true, "has": true, "will": true, "our": true,
}

// searchWords returns the distinct words of a normalised text worth
// searching for, at most 32.
func searchWords(nt string) []string {
	var all, rare []string
	seen := map[string]bool{}
	for _, w := range strings.Fields(nt) {
		if seen[w] {
			continue
		}
		seen[w] = true
		all = append(all, w)
		if !stopwords[w] {
			rare = append(rare, w)
		}
	}
	if len(rare) > 0 {
		all = rare
	}
	if len(all) > 32 {
		all = all[:32]
	}
	return all
}

// SearchHit is a document found by full-text search.
type SearchHit struct {
	Doc     DocRef `json:"document"`
	Snippet string `json:"snippet"` // matched words in [brackets]
}

// Search returns the documents whose title or text contains every word
// of words, best first, at most limit (0 means 20).
func (s *Store) Search(ctx context.Context, words string, limit int) ([]SearchHit, error) {
	if limit <= 0 {
		limit = 20
	}
	terms := strings.FieldsFunc(strings.ToLower(words), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(terms) == 0 {
		return nil, nil
	}
	var q string
	var args []any
	switch s.dialect {
	case sqlite:
		q = `SELECT d.id, d.name, d.uri, d.title, d.author, d.date,
				snippet(corpus_documents_fts, 1, '[', ']', '…', 16)
			FROM corpus_documents_fts f JOIN corpus_documents d ON d.id = f.rowid
			WHERE corpus_documents_fts MATCH ? ORDER BY f.rank LIMIT ?`
		args = []any{`"` + strings.Join(terms, `" "`) + `"`, limit}
	case postgres:
		tq := strings.Join(terms, " ")
		q = `SELECT d.id, d.name, d.uri, d.title, d.author, d.date,
				ts_headline('simple', d.text, plainto_tsquery('simple', ?), 'StartSel=[, StopSel=], MaxWords=16, MinWords=6')
			FROM corpus_documents d WHERE d.tsv @@ plainto_tsquery('simple', ?)
			ORDER BY ts_rank(d.tsv, plainto_tsquery('simple', ?)) DESC, d.id LIMIT ?`
		args = []any{tq, tq, tq, limit}
	}
	rows, err := s.db.QueryContext(ctx, s.rebind(q), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []SearchHit
	for rows.Next() {
		var h SearchHit
		if err := rows.Scan(&h.Doc.ID, &h.Doc.Name, &h.Doc.URI, &h.Doc.Title, &h.Doc.Author, &h.Doc.Date, &h.Snippet); err != nil {
			return nil, err
		}
		h.Snippet = strings.Join(strings.Fields(h.Snippet), " ")
		out = append(out, h)
	}
	return out, rows.Err()
}

// A Conflict is one quotation that documents attribute to different
// people: a candidate misattribution.
type Conflict struct {
	Text         string        `json:"text"` // the quotation as its most frequent source gives it
	Attributions []Attribution `json:"attributions"`
	Documents    int           `json:"documents"` // distinct documents involved
}

// An Attribution is one speaker a conflicting quotation is given to,
// with the quotations that name them.
type Attribution struct {
	Speaker string     `json:"speaker"`
	Quotes  []QuoteHit `json:"quotes"`
}

// ConflictScore is the similarity (see Similarity) from which two
// quotations with keys in common count as the same words.
const ConflictScore = 0.8

// Conflicts returns the quotations that different documents attribute to
// different speakers, those spread over the most documents first, at
// most limit (0 for all). Quotations of at least five words are compared
// whatever their punctuation and small differences in wording; two
// speakers are different when SameSpeaker says their names cannot be
// one person.
//
// The search is linear in the corpus: each quotation's minhash band keys
// (stored at ingest) are grouped, only keys shared by differently named
// speakers are read back, and the quotations joined by them are then
// compared word for word.
func (s *Store) Conflicts(ctx context.Context, limit int) ([]Conflict, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT key FROM corpus_quote_keys GROUP BY key HAVING COUNT(DISTINCT speaker_norm) > 1`)
	if err != nil {
		return nil, err
	}
	var keys []int64
	for rows.Next() {
		var k int64
		if err := rows.Scan(&k); err != nil {
			rows.Close()
			return nil, err
		}
		keys = append(keys, k)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	// Join the quotations that share a key (union-find over quote ids).
	quotes := map[int64]*QuoteHit{}
	parent := map[int64]int64{}
	var find func(int64) int64
	find = func(x int64) int64 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	const chunk = 400
	for i := 0; i < len(keys); i += chunk {
		part := keys[i:min(i+chunk, len(keys))]
		args := make([]any, len(part))
		for j, k := range part {
			args[j] = k
		}
		q := `SELECT k.key, ` + quoteCols + ` FROM corpus_quote_keys k
			JOIN corpus_quotes q ON q.id = k.quote_id JOIN corpus_documents d ON d.id = q.doc_id
			WHERE k.key IN (?` + strings.Repeat(", ?", len(part)-1) + `) ORDER BY k.key`
		rows, err := s.db.QueryContext(ctx, s.rebind(q), args...)
		if err != nil {
			return nil, err
		}
		first := map[int64]int64{} // key → first quote id seen with it
		for rows.Next() {
			var k int64
			var h QuoteHit
			if err := rows.Scan(&k, &h.ID, &h.Text, &h.Kind, &h.Speaker, &h.Start, &h.End, &h.norm, &h.speakerNorm,
				&h.Doc.ID, &h.Doc.Name, &h.Doc.URI, &h.Doc.Title, &h.Doc.Author, &h.Doc.Date); err != nil {
				rows.Close()
				return nil, err
			}
			if _, ok := quotes[h.ID]; !ok {
				hc := h
				quotes[h.ID] = &hc
				parent[h.ID] = h.ID
			}
			if f, ok := first[k]; ok {
				parent[find(h.ID)] = find(f)
			} else {
				first[k] = h.ID
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	groups := map[int64][]*QuoteHit{}
	for id, h := range quotes {
		r := find(id)
		groups[r] = append(groups[r], h)
	}

	var out []Conflict
	for _, g := range groups {
		sort.Slice(g, func(i, j int) bool { return g[i].ID < g[j].ID })
		for _, cluster := range similarClusters(g) {
			if c, ok := conflictOf(cluster); ok {
				out = append(out, c)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Documents != out[j].Documents {
			return out[i].Documents > out[j].Documents
		}
		return out[i].Attributions[0].Quotes[0].ID < out[j].Attributions[0].Quotes[0].ID
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// similarClusters splits quotations that share minhash keys into groups
// of the same words: each joins the first group whose first member it
// resembles by ConflictScore, which weeds out chance key collisions.
//
// Only groups whose first member shares a minhash key with the quotation
// are compared, and identical texts join at once: comparing each
// quotation with every group would be quadratic in a large group, and
// union-find can chain thousands of quotations into one group through
// a few shared keys. For the same reason a key lists at most
// maxKeyClusters clusters: a key that many different quotations share
// comes from a common phrase ("the council voted on"), and tells nothing,
// like a stop word.
func similarClusters(g []*QuoteHit) [][]*QuoteHit {
	var clusters [][]*QuoteHit
	var reps []map[uint64]struct{}
	byText := map[string]int{} // normalised text → its cluster
	byKey := map[int64][]int{} // minhash key of a cluster's first member → clusters
	for _, h := range g {
		if i, ok := byText[h.norm]; ok {
			clusters[i] = append(clusters[i], h)
			continue
		}
		keys := quoteKeys(h.norm)
		sh := shingles(h.norm)
		best := -1
		for _, k := range keys {
			for _, i := range byKey[k] {
				if (best < 0 || i < best) && overlap(sh, reps[i]) >= ConflictScore {
					best = i
				}
			}
		}
		if best < 0 {
			best = len(clusters)
			clusters = append(clusters, nil)
			reps = append(reps, sh)
			for _, k := range keys {
				if len(byKey[k]) < maxKeyClusters {
					byKey[k] = append(byKey[k], best)
				}
			}
		}
		clusters[best] = append(clusters[best], h)
		byText[h.norm] = best
	}
	return clusters
}

const maxKeyClusters = 16

// conflictOf groups a cluster of the same quotation by speaker and
// reports it when it names more than one person across more than one
// document.
func conflictOf(cluster []*QuoteHit) (Conflict, bool) {
	var atts []Attribution
	var names []string // normalised name of each attribution, the fullest seen
	docs := map[int64]bool{}
	texts := map[string]int{}
next:
	for _, h := range cluster {
		docs[h.Doc.ID] = true
		texts[h.Text]++
		for i, n := range names {
			if SameSpeaker(n, h.speakerNorm) {
				if qs := atts[i].Quotes; qs[len(qs)-1].Doc.ID == h.Doc.ID {
					continue next // one document repeating itself is one source
				}
				atts[i].Quotes = append(atts[i].Quotes, *h)
				if len(h.speakerNorm) > len(n) {
					names[i], atts[i].Speaker = h.speakerNorm, h.Speaker
				}
				continue next
			}
		}
		names = append(names, h.speakerNorm)
		atts = append(atts, Attribution{Speaker: h.Speaker, Quotes: []QuoteHit{*h}})
	}
	if len(atts) < 2 || len(docs) < 2 {
		return Conflict{}, false
	}
	c := Conflict{Attributions: atts, Documents: len(docs)}
	for t, n := range texts {
		if n > texts[c.Text] || n == texts[c.Text] && (c.Text == "" || t < c.Text) {
			c.Text = t
		}
	}
	sort.SliceStable(c.Attributions, func(i, j int) bool { return len(c.Attributions[i].Quotes) > len(c.Attributions[j].Quotes) })
	return c, true
}

// SpeakerCount is one speaker and how often they are quoted.
type SpeakerCount struct {
	Name      string `json:"name"` // as one document writes it
	Quotes    int64  `json:"quotes"`
	Documents int64  `json:"documents"`
}

// Speakers returns the speakers quoted in the corpus, the most quoted
// first, at most limit (0 means 50). Each distinct normalised name is
// one entry; SpeakerPage joins the variants of a name.
func (s *Store) Speakers(ctx context.Context, limit int) ([]SpeakerCount, error) {
	if limit <= 0 {
		limit = 50
	}
	rows, err := s.db.QueryContext(ctx, s.rebind(`SELECT MAX(speaker), COUNT(*), COUNT(DISTINCT doc_id)
		FROM corpus_quotes WHERE speaker_norm <> '' GROUP BY speaker_norm
		ORDER BY COUNT(*) DESC, speaker_norm LIMIT ?`), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []SpeakerCount
	for rows.Next() {
		var c SpeakerCount
		if err := rows.Scan(&c.Name, &c.Quotes, &c.Documents); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// SpeakerPage is everything the corpus holds of one speaker: each
// distinct quotation (by normalised words) with every document giving it.
type SpeakerPage struct {
	Name     string         `json:"name"`
	Variants []string       `json:"variants"` // the names the documents use
	Quotes   []SpeakerQuote `json:"quotes"`
	Counts   map[string]int `json:"kinds"` // quotations by kind
}

// SpeakerQuote is one quotation of a speaker and its sources.
type SpeakerQuote struct {
	Text    string   `json:"text"`
	Kind    string   `json:"kind"`
	Sources []DocRef `json:"sources"`
}

// SpeakerPage returns the page of the speaker name (matched as in
// QuotesBySpeaker), the quotations given by most documents first; nil
// when the corpus does not quote them.
func (s *Store) SpeakerPage(ctx context.Context, name string) (*SpeakerPage, error) {
	hits, err := s.QuotesBySpeaker(ctx, name, 0)
	if err != nil || len(hits) == 0 {
		return nil, err
	}
	p := &SpeakerPage{Name: strings.TrimSpace(name), Counts: map[string]int{}}
	variants := map[string]bool{}
	index := map[string]int{}
	for _, h := range hits {
		if !variants[h.Speaker] {
			variants[h.Speaker] = true
			p.Variants = append(p.Variants, h.Speaker)
		}
		p.Counts[h.Kind]++
		i, ok := index[h.norm]
		if !ok {
			i = len(p.Quotes)
			index[h.norm] = i
			p.Quotes = append(p.Quotes, SpeakerQuote{Text: h.Text, Kind: h.Kind})
		}
		srcs := p.Quotes[i].Sources
		if len(srcs) == 0 || srcs[len(srcs)-1].ID != h.Doc.ID {
			p.Quotes[i].Sources = append(srcs, h.Doc)
		}
	}
	sort.Strings(p.Variants)
	sort.SliceStable(p.Quotes, func(i, j int) bool { return len(p.Quotes[i].Sources) > len(p.Quotes[j].Sources) })
	return p, nil
}
