package render

import (
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// RunInfo is what the renderers of provenance and annotations need to
// know about the run beyond the Document: which program produced it and
// which stages ran.
type RunInfo struct {
	Version string   // the program's version, as `hearsay version` prints it
	Stages  []string // the names of the stages that ran, in order; nil if unknown
}

// homepage identifies Hearsay as a piece of software in the outputs that
// name their generator.
const homepage = "https://github.com/hearsay-project/hearsay"

// annoContext is the JSON-LD context of the W3C Web Annotation Data Model.
const annoContext = "http://www.w3.org/ns/anno.jsonld"

// contextChars is how many characters (code points) of text around an
// annotated span go into a TextQuoteSelector's prefix and suffix: enough
// for an annotation client to tell one occurrence of a phrase from
// another, as Hypothesis does with its own selectors.
const contextChars = 32

// inputDigest returns the hex SHA-256 of the input as received (Raw; the
// Text when a Document was built without Raw).
func inputDigest(d *doc.Document) string {
	var sum [32]byte
	if d.Raw != nil {
		sum = sha256.Sum256(d.Raw)
	} else {
		sum = sha256.Sum256([]byte(d.Text))
	}
	return hex.EncodeToString(sum[:])
}

// sourceIRI is the IRI that annotations and provenance use for the
// article: its canonical address when the page gives an absolute http(s)
// one, else urn:sha256: and the hex digest of the input, which names
// exactly the bytes analysed wherever they are (a file: URI would leak
// a local path and change from machine to machine).
func sourceIRI(d *doc.Document, digest string) string {
	if u, ok := absoluteURL(d.Meta.URL); ok {
		return u
	}
	return "urn:sha256:" + digest
}

// absoluteURL reports whether s is an absolute http or https address and
// returns it in a form safe to use as an IRI.
func absoluteURL(s string) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	return u.String(), true
}

// uuidNamespaceURL is the RFC 9562 name space for names that are URLs.
var uuidNamespaceURL = [16]byte{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}

// nameID returns a urn:uuid: IRI (a version 5, name-based UUID) for name:
// the same input and annotation always get the same identifier, and no
// two inputs share one.
func nameID(name string) string { return uuid5(uuidNamespaceURL, name) }

// uuid5 returns the version 5 UUID of name in name space ns, as a
// urn:uuid: IRI.
func uuid5(ns [16]byte, name string) string {
	h := sha1.New()
	h.Write(ns[:])
	h.Write([]byte(name))
	s := h.Sum(nil)
	s[6] = s[6]&0x0f | 0x50
	s[8] = s[8]&0x3f | 0x80
	var b [len("urn:uuid:") + 36]byte
	n := copy(b[:], "urn:uuid:")
	for i, part := range [][]byte{s[0:4], s[4:6], s[6:8], s[8:10], s[10:16]} {
		if i > 0 {
			b[n] = '-'
			n++
		}
		n += hex.Encode(b[n:], part)
	}
	return string(b[:])
}

// runeIndex converts UTF-8 byte offsets of a text into code-point
// offsets in time proportional to runeBlock, whatever the order of the
// queries, with one int of memory per runeBlock bytes of text.
type runeIndex struct {
	text   string
	counts []int // counts[i]: code points before byte i*runeBlock
}

const runeBlock = 256

func newRuneIndex(text string) *runeIndex {
	x := &runeIndex{text: text, counts: make([]int, 0, len(text)/runeBlock+1)}
	n := 0
	for i := 0; i < len(text); i += runeBlock {
		x.counts = append(x.counts, n)
		end := min(i+runeBlock, len(text))
		n += runeStarts(text[i:end])
	}
	return x
}

// at returns the code-point offset of byte offset b, which must lie on a
// rune boundary.
func (x *runeIndex) at(b int) int {
	if b <= 0 || len(x.counts) == 0 {
		return 0
	}
	blk := b / runeBlock
	if blk >= len(x.counts) {
		blk = len(x.counts) - 1
	}
	return x.counts[blk] + runeStarts(x.text[blk*runeBlock:b])
}

// runeStarts counts the bytes of s that start a UTF-8 sequence: the code
// points that begin in s, even where s cuts a character in two, as the
// blocks of a runeIndex do.
func runeStarts(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// The Web Annotation shapes, with keys in the order the model's examples
// use.
type (
	ldCollectionHead struct {
		Context   string      `json:"@context"`
		ID        string      `json:"id"`
		Type      string      `json:"type"`
		Label     string      `json:"label"`
		Total     int         `json:"total"`
		Generator ldGenerator `json:"generator"`
		Last      string      `json:"last"`
	}
	ldGenerator struct {
		ID   string `json:"id"`
		Type string `json:"type"`
		Name string `json:"name"`
	}
	ldPageHead struct {
		ID         string `json:"id"`
		Type       string `json:"type"`
		PartOf     string `json:"partOf"`
		StartIndex int    `json:"startIndex"`
	}
	ldAnnotation struct {
		ID         string   `json:"id"`
		Type       string   `json:"type"`
		Motivation string   `json:"motivation"`
		Body       []any    `json:"body"`
		Target     ldTarget `json:"target"`
	}
	ldTextBody struct {
		Type    string `json:"type"`
		Purpose string `json:"purpose"`
		Value   string `json:"value"`
		Format  string `json:"format,omitempty"`
	}
	ldLinkBody struct {
		Type    string `json:"type"`
		Purpose string `json:"purpose"`
		Source  string `json:"source"`
	}
	ldTarget struct {
		Source   string `json:"source"`
		Selector [2]any `json:"selector"`
	}
	ldQuoteSelector struct {
		Type   string `json:"type"`
		Exact  string `json:"exact"`
		Prefix string `json:"prefix"`
		Suffix string `json:"suffix"`
	}
	ldPositionSelector struct {
		Type  string `json:"type"`
		Start int    `json:"start"`
		End   int    `json:"end"`
	}
)

// ldWriter builds the annotations of one Document.
type ldWriter struct {
	d      *doc.Document
	runes  *runeIndex
	source string // the article's IRI
	base   string // the name every identifier is made from
}

func (lw *ldWriter) id(local string) string { return nameID(lw.base + local) }

func (lw *ldWriter) target(s doc.Span) ldTarget {
	text := lw.d.Text
	start := s.Start
	for n := 0; n < contextChars && start > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:start])
		start -= size
	}
	end := s.End
	for n := 0; n < contextChars && end < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
	}
	return ldTarget{Source: lw.source, Selector: [2]any{
		ldQuoteSelector{Type: "TextQuoteSelector", Exact: text[s.Start:s.End], Prefix: text[start:s.Start], Suffix: text[s.End:end]},
		ldPositionSelector{Type: "TextPositionSelector", Start: lw.runes.at(s.Start), End: lw.runes.at(s.End)},
	}}
}

func textBody(purpose, value string) ldTextBody {
	return ldTextBody{Type: "TextualBody", Purpose: purpose, Value: value, Format: "text/plain"}
}

func tagBody(value string) ldTextBody {
	return ldTextBody{Type: "TextualBody", Purpose: "tagging", Value: value}
}

func (lw *ldWriter) link(local string) ldLinkBody {
	return ldLinkBody{Type: "SpecificResource", Purpose: "linking", Source: lw.id(local)}
}

// JSONLD writes d as a W3C Web Annotation collection (JSON-LD, on one
// line): one annotation per quotation, citation, mention of a source,
// claim and finding, in that order, each targeting the article with a
// TextQuoteSelector and a TextPositionSelector in Unicode code points of
// the extracted text. The format is described in docs/formats.md. Like
// JSON it writes an annotation at a time.
func JSONLD(w io.Writer, d *doc.Document, info RunInfo) error {
	digest := inputDigest(d)
	lw := &ldWriter{d: d, runes: newRuneIndex(d.Text), source: sourceIRI(d, digest), base: "urn:sha256:" + digest + "#"}
	total := len(d.Quotes) + len(d.Citations) + len(d.Claims) + len(d.Findings)
	for _, s := range d.Sources {
		total += len(s.Mentions)
	}
	label := "Evidence map"
	if d.Meta.Title != "" {
		label += " of “" + d.Meta.Title + "”"
	} else if d.Name != "" && d.Name != "-" {
		label += " of " + d.Name
	}
	pageID := lw.id("page1")
	jw := newJSONWriter(w)
	jw.head(ldCollectionHead{
		Context:   annoContext,
		ID:        lw.id("annotations"),
		Type:      "AnnotationCollection",
		Label:     label,
		Total:     total,
		Generator: ldGenerator{ID: homepage, Type: "Software", Name: "Hearsay " + info.Version},
		Last:      pageID,
	})
	jw.raw(`,"first":`)
	jw.head(ldPageHead{ID: pageID, Type: "AnnotationPage", PartOf: lw.id("annotations"), StartIndex: 0})
	jw.raw(`,"items":[`)
	n := 0
	item := func(a ldAnnotation) {
		if n > 0 {
			jw.raw(",")
		}
		n++
		jw.writeAnnotation(&a)
	}
	for i := range d.Quotes {
		item(lw.quote(i))
	}
	for i := range d.Citations {
		item(lw.citation(i))
	}
	for i, s := range d.Sources {
		for k := range s.Mentions {
			item(lw.mention(i, k))
		}
	}
	for i := range d.Claims {
		item(lw.claim(i))
	}
	for i := range d.Findings {
		item(lw.finding(i))
	}
	jw.raw("]}")
	return jw.close()
}

// writeAnnotation writes a as JSON, the same bytes encoding/json would write
// for it, without reflection: there is one annotation for every few
// dozen bytes of text, and the reflective encoder took most of the time.
func (jw *jsonWriter) writeAnnotation(a *ldAnnotation) {
	jw.raw(`{"id":`)
	jw.escStr(a.ID)
	jw.raw(`,"type":`)
	jw.escStr(a.Type)
	jw.raw(`,"motivation":`)
	jw.escStr(a.Motivation)
	jw.raw(`,"body":[`)
	for i, b := range a.Body {
		if i > 0 {
			jw.raw(",")
		}
		switch b := b.(type) {
		case ldTextBody:
			jw.raw(`{"type":`)
			jw.escStr(b.Type)
			jw.raw(`,"purpose":`)
			jw.escStr(b.Purpose)
			jw.raw(`,"value":`)
			jw.escStr(b.Value)
			if b.Format != "" {
				jw.raw(`,"format":`)
				jw.escStr(b.Format)
			}
			jw.raw("}")
		case ldLinkBody:
			jw.raw(`{"type":`)
			jw.escStr(b.Type)
			jw.raw(`,"purpose":`)
			jw.escStr(b.Purpose)
			jw.raw(`,"source":`)
			jw.escStr(b.Source)
			jw.raw("}")
		default:
			jw.value(b)
		}
	}
	jw.raw(`],"target":{"source":`)
	jw.escStr(a.Target.Source)
	jw.raw(`,"selector":[`)
	for i, sel := range a.Target.Selector {
		if i > 0 {
			jw.raw(",")
		}
		switch sel := sel.(type) {
		case ldQuoteSelector:
			jw.raw(`{"type":`)
			jw.escStr(sel.Type)
			jw.raw(`,"exact":`)
			jw.escStr(sel.Exact)
			jw.raw(`,"prefix":`)
			jw.escStr(sel.Prefix)
			jw.raw(`,"suffix":`)
			jw.escStr(sel.Suffix)
			jw.raw("}")
		case ldPositionSelector:
			jw.raw(`{"type":`)
			jw.escStr(sel.Type)
			jw.raw(`,"start":` + strconv.Itoa(sel.Start) + `,"end":` + strconv.Itoa(sel.End) + "}")
		default:
			jw.value(sel)
		}
	}
	jw.raw("]}}")
}

func (lw *ldWriter) quote(i int) ldAnnotation {
	q := &lw.d.Quotes[i]
	id := quoteID(i)
	var b strings.Builder
	fmt.Fprintf(&b, "%s quotation %s", upperFirst(string(q.Kind)), id)
	if q.Speaker.Name != "" {
		fmt.Fprintf(&b, ", said by %s", oneLine(q.Speaker.Name))
		if q.Speaker.Vague {
			b.WriteString(" (a mention that names no one)")
		}
	} else if q.Kind == doc.QuoteDirect || q.Kind == doc.QuoteMixed {
		b.WriteString(", speaker not named")
	}
	if len(q.Chain) > 0 {
		fmt.Fprintf(&b, "; chain of hands: %s → %s", oneLine(chainAuthor(lw.d)), oneLine(strings.Join(q.Chain, " → ")))
	}
	if q.Parent >= 0 {
		fmt.Fprintf(&b, "; quoted inside %s", quoteID(q.Parent))
	}
	if q.Fidelity != nil {
		fmt.Fprintf(&b, "; against the sources: %s", q.Fidelity.Verdict)
		if q.Fidelity.Source != "" {
			fmt.Fprintf(&b, " (%s)", q.Fidelity.Source)
		}
	}
	b.WriteString(".")
	body := []any{textBody("describing", b.String()), tagBody("quotation"), tagBody(string(q.Kind))}
	if q.Speaker.Name != "" {
		body = append(body, tagBody(oneLine(q.Speaker.Name)))
		if q.Speaker.Vague {
			body = append(body, tagBody("vague speaker"))
		}
	}
	if q.Parent >= 0 {
		body = append(body, lw.link(quoteID(q.Parent)))
	}
	for _, c := range q.Citations {
		body = append(body, lw.link(citationID(c)))
	}
	return ldAnnotation{ID: lw.id(id), Type: "Annotation", Motivation: "describing", Body: body, Target: lw.target(q.Span)}
}

func (lw *ldWriter) citation(i int) ldAnnotation {
	c := &lw.d.Citations[i]
	id := citationID(i)
	var b strings.Builder
	marker := shortenTo(lw.d.Slice(c.Span), 80)
	switch c.Kind {
	case doc.CiteLink:
		fmt.Fprintf(&b, "Link “%s” (%s)", marker, id)
	case doc.CiteAuthorYear:
		fmt.Fprintf(&b, "Author-year citation %s (%s)", marker, id)
	default:
		fmt.Fprintf(&b, "Citation marker %s (%s)", marker, id)
	}
	switch c.Status {
	case doc.CiteResolved:
		b.WriteString(": resolved")
		if c.Target >= 0 {
			r := &lw.d.References[c.Target]
			fmt.Fprintf(&b, " to %s, “%s”", referenceID(c.Target), shortenTo(lw.d.Slice(r.Span), 200))
		}
		if c.URL != "" {
			fmt.Fprintf(&b, " (%s)", c.URL)
		}
	case doc.CiteUnresolved:
		b.WriteString(": leads nowhere")
	case doc.CiteOrphan:
		b.WriteString(": a note that nothing points to")
	}
	if c.Repeat >= 0 {
		fmt.Fprintf(&b, "; repeats %s", citationID(c.Repeat))
	}
	b.WriteString(".")
	body := []any{textBody("describing", b.String()), tagBody("citation"), tagBody(string(c.Kind)), tagBody(string(c.Status))}
	if u, ok := absoluteURL(c.URL); ok {
		body = append(body, ldLinkBody{Type: "SpecificResource", Purpose: "linking", Source: u})
	}
	return ldAnnotation{ID: lw.id(id), Type: "Annotation", Motivation: "linking", Body: body, Target: lw.target(c.Span)}
}

func (lw *ldWriter) mention(i, k int) ldAnnotation {
	s := &lw.d.Sources[i]
	id := sourceID(i)
	var b strings.Builder
	fmt.Fprintf(&b, "Source %s: %s", id, oneLine(s.Name))
	var what []string
	if s.Vague {
		what = append(what, "vague")
	}
	if s.Type != "" {
		what = append(what, string(s.Type))
	}
	if s.Class != "" {
		what = append(what, string(s.Class)+" source")
	}
	if len(what) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(what, ", "))
	}
	fmt.Fprintf(&b, "; mention %d of %d.", k+1, len(s.Mentions))
	body := []any{textBody("describing", b.String()), tagBody("source"), tagBody(oneLine(s.Name))}
	if s.Type != "" {
		body = append(body, tagBody(string(s.Type)))
	}
	if s.Class != "" {
		body = append(body, tagBody(string(s.Class)))
	}
	if s.Vague {
		body = append(body, tagBody("vague"))
	}
	local := id + "-m" + strconv.Itoa(k+1)
	return ldAnnotation{ID: lw.id(local), Type: "Annotation", Motivation: "identifying", Body: body, Target: lw.target(s.Mentions[k])}
}

// claimRef is the id of claim i.
func claimRef(i int) string { return "k" + strconv.Itoa(i+1) }

func (lw *ldWriter) claim(i int) ldAnnotation {
	c := &lw.d.Claims[i]
	id := claimRef(i)
	var b strings.Builder
	fmt.Fprintf(&b, "%s claim %s, check-worthiness %.2f", upperFirst(string(c.Type)), id, c.CheckWorthy)
	if len(c.Reasons) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(c.Reasons, "; "))
	}
	cues := func(what string, cs []doc.Cue) {
		if len(cs) == 0 {
			return
		}
		parts := make([]string, len(cs))
		for k, cue := range cs {
			parts[k] = "“" + lw.d.Slice(cue.Span) + "” (" + string(cue.Strength) + ")"
		}
		fmt.Fprintf(&b, "; %s by %s", what, strings.Join(parts, ", "))
	}
	cues("hedged", c.Hedges)
	cues("boosted", c.Boosters)
	if len(c.Vague) > 0 {
		fmt.Fprintf(&b, "; vague attribution")
	}
	if c.Supported() {
		b.WriteString("; supported")
	} else {
		b.WriteString("; nothing in the article supports it")
	}
	b.WriteString(".")
	body := []any{textBody("describing", b.String()), tagBody("claim"), tagBody(string(c.Type))}
	if len(c.Hedges) > 0 {
		body = append(body, tagBody("hedged"))
	}
	if len(c.Boosters) > 0 {
		body = append(body, tagBody("boosted"))
	}
	if !c.Supported() {
		body = append(body, tagBody("unsupported"))
	}
	for _, k := range c.Citations {
		body = append(body, lw.link(citationID(k)))
	}
	for _, k := range c.Quotes {
		body = append(body, lw.link(quoteID(k)))
	}
	return ldAnnotation{ID: lw.id(id), Type: "Annotation", Motivation: "classifying", Body: body, Target: lw.target(c.Span)}
}

func (lw *ldWriter) finding(i int) ldAnnotation {
	f := &lw.d.Findings[i]
	msg := f.Message
	if strings.TrimSpace(msg) == "" {
		msg = string(f.Code)
	}
	body := []any{textBody("describing", msg), tagBody("finding"), tagBody(string(f.Code))}
	for _, e := range f.Evidence {
		if u, ok := absoluteURL(e); ok {
			body = append(body, ldLinkBody{Type: "SpecificResource", Purpose: "linking", Source: u})
		} else {
			body = append(body, textBody("describing", "Evidence: "+e))
		}
	}
	return ldAnnotation{ID: lw.id("f" + strconv.Itoa(i+1)), Type: "Annotation", Motivation: "assessing", Body: body, Target: lw.target(f.Span)}
}

// chainAuthor is how the outputs name the article's author: the byline,
// or "the author" when there is none.
func chainAuthor(d *doc.Document) string {
	if d.Meta.Author != "" {
		return d.Meta.Author
	}
	return "the author"
}

// oneLine puts a name on one line: white space, line breaks included,
// becomes single spaces. Tags and descriptions are shown on one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return strings.ToUpper(string(r)) + s[n:]
}
