package render

import (
	"io"
	"strconv"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// provNamespace is the name space of the terms Hearsay adds to PROV:
// its entity types and attributes (see docs/formats.md).
const provNamespace = homepage + "/blob/main/docs/formats.md#"

// A provAttrs is a PROV-JSON attribute list, written as an object with
// its keys in the order given.
type provAttrs []provKV

type provKV struct {
	key string
	val any
}

// writeAttrs writes a as a JSON object, its keys in order.
func (jw *jsonWriter) writeAttrs(a provAttrs) {
	jw.raw("{")
	for i, kv := range a {
		if i > 0 {
			jw.raw(",")
		}
		jw.escStr(kv.key)
		jw.raw(":")
		switch v := kv.val.(type) {
		case string:
			jw.escStr(v)
		case int:
			jw.raw(strconv.Itoa(v))
		default:
			jw.value(v)
		}
	}
	jw.raw("}")
}

// escStr writes s as a JSON string, escaped as encoding/json does without
// HTML escaping, but without its reflection: PROV output is mostly short
// strings.
func (jw *jsonWriter) escStr(s string) {
	if jw.err != nil {
		return
	}
	jw.b = appendJSONQuoted(jw.b, s)
	jw.flush(false)
}

// provQName is a PROV-JSON value that is a qualified name.
type provQName struct {
	Value string `json:"$"`
	Type  string `json:"type"`
}

func qname(s string) provQName { return provQName{Value: s, Type: "prov:QUALIFIED_NAME"} }

// findingStages names, for each finding code, the stages that may have
// produced it, in order of preference; the first one that ran is named
// as the finding's generator. A code not listed here, or whose stage did
// not run, gets no generator, only what it was derived from.
var findingStages = map[doc.FindingCode][]string{
	doc.FindUnresolvedCitation:  {"cite"},
	doc.FindOrphanNote:          {"cite"},
	doc.FindUnbalancedQuote:     {"quote"},
	doc.FindMisattributed:       {"attribution"},
	doc.FindAttributionConflict: {"attribution"},
	doc.FindDisputedQuote:       {"attribution"},
	doc.FindQuoteNotInSource:    {"fidelity"},
	doc.FindQuoteAltered:        {"fidelity"},
	doc.FindUnsupportedClaim:    {"claim"},
	doc.FindVagueAttribution:    {"claim"},
}

// Stages that may produce the verdicts of Quote.Fidelity and the claims,
// in order of preference, as for findingStages.
var (
	verdictStages = []string{"fidelity"}
	claimStages   = []string{"claim"}
)

// provRun holds what the sections of a PROV document share.
type provRun struct {
	d        *doc.Document
	info     RunInfo
	input    string         // the input entity
	ran      map[string]int // stage name → position in info.Stages
	res      []provResource // distinct resources, in order
	speakers []string       // distinct speaker names, in order of first quotation
	agentOf  map[string]string
	vague    map[string]bool           // speaker names some quotation's mention gives as naming no one
	srcType  map[string]doc.SourceType // source name or mention → type
}

type provResource struct {
	id    string
	names []string
	doc.Resource
}

// stageActivity returns the activity id of the first of names that ran,
// or "".
func (p *provRun) stageActivity(names ...string) string {
	for _, n := range names {
		if _, ok := p.ran[n]; ok {
			return stageRef(n)
		}
	}
	return ""
}

// stageResources returns the ids of the resources a stage read: those
// named "<stage>/…".
func (p *provRun) stageResources(stage string) []string {
	var out []string
	for _, r := range p.res {
		for _, n := range r.names {
			if strings.HasPrefix(n, stage+"/") {
				out = append(out, r.id)
				break
			}
		}
	}
	return out
}

// otherResources returns the ids of the resources no stage is named for
// in their name: source folders, quotation bases.
func (p *provRun) otherResources() []string {
	var out []string
	for _, r := range p.res {
		if !strings.Contains(r.names[0], "/") || strings.Contains(r.names[0], ":") {
			out = append(out, r.id)
		}
	}
	return out
}

// PROV writes the provenance of d's analysis as W3C PROV-JSON, on one
// line: the input (with its SHA-256), the extracted text, the reference
// data each stage read (with their digests), the stages as activities
// run by Hearsay (with its version), and the quotations, verdicts,
// claims and findings as entities derived from the text and from that
// data, quotations attributed to their speakers. The identifiers are
// described in docs/formats.md.
func PROV(w io.Writer, d *doc.Document, info RunInfo) error {
	digest := inputDigest(d)
	p := &provRun{d: d, info: info, input: "sha256:" + digest, ran: map[string]int{},
		agentOf: map[string]string{}, vague: map[string]bool{}, srcType: map[string]doc.SourceType{}}
	for i, s := range info.Stages {
		p.ran[s] = i
	}
	seen := map[string]int{digest: -1}
	for _, r := range d.Resources {
		key := r.Digest
		if h, ok := strings.CutPrefix(r.Digest, "sha256:"); ok {
			key = h
		}
		if k, ok := seen[key]; ok && k >= 0 {
			p.res[k].names = append(p.res[k].names, r.Name)
			continue
		}
		id := "sha256:" + key
		if key == r.Digest || key == digest { // not a SHA-256, or the input itself
			id = "run:resource" + strconv.Itoa(len(p.res)+1)
		}
		seen[key] = len(p.res)
		p.res = append(p.res, provResource{id: id, names: []string{r.Name}, Resource: r})
	}
	for _, s := range d.Sources {
		p.srcType[s.Name] = s.Type
		for _, m := range s.Mentions {
			if _, ok := p.srcType[d.Slice(m)]; !ok {
				p.srcType[d.Slice(m)] = s.Type
			}
		}
	}
	for _, q := range d.Quotes {
		n := q.Speaker.Name
		if n != "" && p.agentOf[n] == "" {
			p.speakers = append(p.speakers, n)
			p.agentOf[n] = "run:speaker" + strconv.Itoa(len(p.speakers))
		}
		if n != "" && q.Speaker.Vague {
			p.vague[n] = true
		}
	}

	jw := newJSONWriter(w)
	jw.raw("{")
	jw.raw(`"prefix":`)
	jw.writeAttrs(provAttrs{
		{"hearsay", provNamespace},
		{"sha256", "urn:sha256:"},
		{"run", nameID("urn:sha256:"+digest+"#provenance") + "#"},
	})
	pw := &provSection{jw: jw}
	p.entities(pw)
	p.activities(pw)
	p.agents(pw)
	p.relations(pw)
	return jw.close()
}

// provSection writes the records of one PROV-JSON section.
type provSection struct {
	jw   *jsonWriter
	open bool
	n    int
}

func (s *provSection) begin(name string) {
	s.jw.raw(`,"` + name + `":{`)
	s.open, s.n = true, 0
}

func (s *provSection) record(id string, attrs provAttrs) {
	if s.n > 0 {
		s.jw.raw(",")
	}
	s.n++
	s.jw.escStr(id)
	s.jw.raw(":")
	s.jw.writeAttrs(attrs)
}

func (s *provSection) end() { s.jw.raw("}") }

func (p *provRun) entities(s *provSection) {
	d := p.d
	s.begin("entity")
	in := provAttrs{{"prov:type", qname("hearsay:Article")}}
	if label := d.Meta.Title; label != "" {
		in = append(in, provKV{"prov:label", label})
	}
	if d.Name != "" && d.Name != "-" {
		in = append(in, provKV{"hearsay:name", d.Name})
	}
	if u, ok := absoluteURL(d.Meta.URL); ok {
		in = append(in, provKV{"prov:location", provQName{Value: u, Type: "xsd:anyURI"}})
	}
	raw := len(d.Raw)
	if d.Raw == nil {
		raw = len(d.Text)
	}
	in = append(in, provKV{"hearsay:sha256", strings.TrimPrefix(p.input, "sha256:")},
		provKV{"hearsay:bytes", raw}, provKV{"hearsay:format", string(d.Format)})
	s.record(p.input, in)
	s.record("run:text", provAttrs{{"prov:type", qname("hearsay:ExtractedText")},
		{"hearsay:bytes", len(d.Text)}, {"hearsay:characters", newRuneIndex(d.Text).at(len(d.Text))}})
	for _, r := range p.res {
		s.record(r.id, provAttrs{{"prov:type", qname("hearsay:ReferenceData")},
			{"prov:label", strings.Join(r.names, ", ")}, {"hearsay:digest", r.Digest}})
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		a := provAttrs{{"prov:type", qname("hearsay:Quotation")}, {"prov:label", quoteID(i)},
			{"hearsay:kind", string(q.Kind)}, {"hearsay:start", q.Start}, {"hearsay:end", q.End},
			{"prov:value", q.Words(d.Text)}}
		if q.Speaker.Name != "" {
			a = append(a, provKV{"hearsay:speaker", oneLine(q.Speaker.Name)})
			if q.Speaker.Vague {
				a = append(a, provKV{"hearsay:speakerVague", true})
			}
		}
		if len(q.Chain) > 0 {
			a = append(a, provKV{"hearsay:chain", oneLine(strings.Join(append([]string{chainAuthor(d)}, q.Chain...), " → "))})
		}
		if q.Parent >= 0 {
			a = append(a, provKV{"hearsay:parent", qname("run:" + quoteID(q.Parent))})
		}
		s.record("run:"+quoteID(i), a)
		if f := q.Fidelity; f != nil {
			v := provAttrs{{"prov:type", qname("hearsay:Verdict")}, {"prov:label", quoteID(i) + " against its source"},
				{"hearsay:verdict", string(f.Verdict)}, {"hearsay:editRatio", f.EditRatio}}
			if f.Source != "" {
				v = append(v, provKV{"hearsay:source", f.Source})
			}
			s.record("run:"+quoteID(i)+"-verdict", v)
		}
	}
	for i := range d.Claims {
		c := &d.Claims[i]
		s.record("run:"+claimRef(i), provAttrs{{"prov:type", qname("hearsay:Claim")}, {"prov:label", claimRef(i)},
			{"hearsay:claimType", string(c.Type)}, {"hearsay:start", c.Start}, {"hearsay:end", c.End},
			{"hearsay:checkWorthy", c.CheckWorthy}, {"hearsay:supported", c.Supported()}})
	}
	for i := range d.Findings {
		f := &d.Findings[i]
		s.record(findingRef(i), provAttrs{{"prov:type", qname("hearsay:Finding")}, {"prov:label", f.Code},
			{"hearsay:start", f.Span.Start}, {"hearsay:end", f.Span.End}, {"prov:value", f.Message}})
	}
	s.end()
}

// stageRef is the activity id of the stage named name: its name with
// any character a PROV qualified name cannot hold replaced by "-".
func stageRef(name string) string {
	return "run:" + strings.Map(func(r rune) rune {
		if r < 0x80 && (r == '_' || r == '-' || r == '.' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return r
		}
		return '-'
	}, name)
}

func findingRef(i int) string { return "run:f" + strconv.Itoa(i+1) }

func (p *provRun) activities(s *provSection) {
	s.begin("activity")
	s.record("run:load", provAttrs{{"prov:type", qname("hearsay:Stage")},
		{"prov:label", "load: read the input and extract its text"}, {"hearsay:format", string(p.d.Format)}})
	for _, st := range p.info.Stages {
		s.record(stageRef(st), provAttrs{{"prov:type", qname("hearsay:Stage")}, {"prov:label", st}})
	}
	s.end()
}

func (p *provRun) agents(s *provSection) {
	s.begin("agent")
	s.record("run:hearsay", provAttrs{{"prov:type", qname("prov:SoftwareAgent")},
		{"prov:label", "Hearsay " + p.info.Version}, {"hearsay:version", p.info.Version},
		{"prov:location", provQName{Value: homepage, Type: "xsd:anyURI"}}})
	if p.d.Meta.Author != "" {
		s.record("run:author", provAttrs{{"prov:type", qname("prov:Person")}, {"prov:label", p.d.Meta.Author},
			{"hearsay:role", "author"}})
	}
	for _, name := range p.speakers {
		a := provAttrs{}
		switch p.srcType[name] {
		case doc.SourcePerson:
			a = append(a, provKV{"prov:type", qname("prov:Person")})
		case doc.SourceOrganisation:
			a = append(a, provKV{"prov:type", qname("prov:Organization")})
		case "":
		default:
			a = append(a, provKV{"hearsay:sourceType", string(p.srcType[name])})
		}
		a = append(a, provKV{"prov:label", oneLine(name)}, provKV{"hearsay:role", "speaker"})
		if p.vague[name] {
			a = append(a, provKV{"hearsay:vague", true})
		}
		s.record(p.agentOf[name], a)
	}
	s.end()
}

// provRel writes relations of one kind, numbering their identifiers.
type provRel struct {
	s      *provSection
	prefix string
	n      int
}

func (r *provRel) add(a provAttrs) {
	r.n++
	r.s.record("_:"+r.prefix+strconv.Itoa(r.n), a)
}

func (p *provRun) relations(s *provSection) {
	d := p.d
	verdictBy := p.stageActivity(verdictStages...)
	claimBy := p.stageActivity(claimStages...)

	s.begin("wasGeneratedBy")
	g := &provRel{s: s, prefix: "g"}
	gen := func(entity, activity string) {
		if activity != "" {
			g.add(provAttrs{{"prov:entity", entity}, {"prov:activity", activity}})
		}
	}
	gen("run:text", "run:load")
	quoteBy := p.stageActivity("quote")
	for i := range d.Quotes {
		gen("run:"+quoteID(i), quoteBy)
		if d.Quotes[i].Fidelity != nil {
			gen("run:"+quoteID(i)+"-verdict", verdictBy)
		}
	}
	for i := range d.Claims {
		gen("run:"+claimRef(i), claimBy)
	}
	for i, f := range d.Findings {
		gen(findingRef(i), p.stageActivity(findingStages[f.Code]...))
	}
	s.end()

	s.begin("used")
	u := &provRel{s: s, prefix: "u"}
	u.add(provAttrs{{"prov:activity", "run:load"}, {"prov:entity", p.input}})
	for _, st := range p.info.Stages {
		u.add(provAttrs{{"prov:activity", stageRef(st)}, {"prov:entity", "run:text"}})
		for _, r := range p.stageResources(st) {
			u.add(provAttrs{{"prov:activity", stageRef(st)}, {"prov:entity", r}})
		}
	}
	if verdictBy != "" {
		for _, r := range p.otherResources() {
			u.add(provAttrs{{"prov:activity", verdictBy}, {"prov:entity", r}})
		}
	}
	s.end()

	s.begin("wasDerivedFrom")
	dr := &provRel{s: s, prefix: "d"}
	derive := func(gen, used, activity string) {
		a := provAttrs{{"prov:generatedEntity", gen}, {"prov:usedEntity", used}}
		if activity != "" {
			a = append(a, provKV{"prov:activity", activity})
		}
		dr.add(a)
	}
	derive("run:text", p.input, "run:load")
	quoteRes := p.stageResources("quote")
	speakerBy := p.stageActivity("speaker")
	speakerRes := p.stageResources("speaker")
	for i := range d.Quotes {
		q := &d.Quotes[i]
		id := "run:" + quoteID(i)
		derive(id, "run:text", quoteBy)
		for _, r := range quoteRes {
			derive(id, r, quoteBy)
		}
		if q.Speaker.Name != "" {
			for _, r := range speakerRes {
				derive(id, r, speakerBy)
			}
		}
		if q.Fidelity != nil {
			derive(id+"-verdict", id, verdictBy)
			for _, r := range p.otherResources() {
				derive(id+"-verdict", r, verdictBy)
			}
		}
	}
	for i := range d.Claims {
		derive("run:"+claimRef(i), "run:text", claimBy)
	}
	for i, f := range d.Findings {
		by := p.stageActivity(findingStages[f.Code]...)
		derive(findingRef(i), "run:text", by)
		if by != "" {
			for _, r := range p.stageResources(strings.TrimPrefix(by, "run:")) {
				derive(findingRef(i), r, by)
			}
		}
	}
	s.end()

	s.begin("wasAssociatedWith")
	as := &provRel{s: s, prefix: "a"}
	as.add(provAttrs{{"prov:activity", "run:load"}, {"prov:agent", "run:hearsay"}})
	for _, st := range p.info.Stages {
		as.add(provAttrs{{"prov:activity", stageRef(st)}, {"prov:agent", "run:hearsay"}})
	}
	s.end()

	s.begin("wasAttributedTo")
	at := &provRel{s: s, prefix: "t"}
	if d.Meta.Author != "" {
		at.add(provAttrs{{"prov:entity", p.input}, {"prov:agent", "run:author"}})
	}
	for i, q := range d.Quotes {
		if q.Speaker.Name != "" {
			at.add(provAttrs{{"prov:entity", "run:" + quoteID(i)}, {"prov:agent", p.agentOf[q.Speaker.Name]}})
		}
	}
	s.end()

	s.begin("wasInformedBy")
	inf := &provRel{s: s, prefix: "i"}
	prev := "run:load"
	for _, st := range p.info.Stages {
		inf.add(provAttrs{{"prov:informed", stageRef(st)}, {"prov:informant", prev}})
		prev = stageRef(st)
	}
	s.end()
}
