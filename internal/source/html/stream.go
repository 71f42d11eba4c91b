package html

import (
	"bytes"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A textStream is the decoded text of every text token of the input that
// a browser could show (raw text such as <script> and <style> is left
// out), concatenated, with a map from each piece back to the raw input.
//
// The DOM that html.Parse builds has no positions, but its text nodes are
// cut from this text in order, so finding a node's text in the stream
// gives its raw offsets.
type textStream struct {
	text []byte
	segs []seg // a partition of text, in order
}

// A seg is a piece of the stream. A verbatim seg is a copy of its raw
// bytes; any other (an entity, a CR LF pair) maps as a whole.
type seg struct {
	text, raw int // start offsets
	n, rawN   int // lengths
	verbatim  bool
}

// find returns the index of the seg holding stream offset pos.
func (st *textStream) find(pos int) int {
	return sort.Search(len(st.segs), func(i int) bool { return st.segs[i].text+st.segs[i].n > pos })
}

// rawAt maps a stream offset to a raw offset: the raw start of the byte
// at pos, or the raw end of the stream when pos is at its end.
func (st *textStream) rawAt(pos int) int {
	i := st.find(pos)
	if i == len(st.segs) {
		if i == 0 {
			return 0
		}
		g := st.segs[i-1]
		return g.raw + g.rawN
	}
	g := st.segs[i]
	if g.verbatim {
		return g.raw + pos - g.text
	}
	return g.raw
}

// verbatim appends s, a copy of the raw bytes at raw.
func (st *textStream) verbatim(raw int, s []byte) {
	if len(s) == 0 {
		return
	}
	if k := len(st.segs); k > 0 {
		g := &st.segs[k-1]
		if g.verbatim && g.raw+g.rawN == raw && g.text+g.n == len(st.text) {
			g.n += len(s)
			g.rawN += len(s)
			st.text = append(st.text, s...)
			return
		}
	}
	st.segs = append(st.segs, seg{len(st.text), raw, len(s), len(s), true})
	st.text = append(st.text, s...)
}

// mapped appends s, which stands for the rawN raw bytes at raw.
func (st *textStream) mapped(raw, rawN int, s []byte) {
	if len(s) == 0 {
		return
	}
	st.segs = append(st.segs, seg{len(st.text), raw, len(s), rawN, false})
	st.text = append(st.text, s...)
}

// addText appends the text token z has just read, found at raw offset
// off. Verbatim stretches map byte for byte and each entity or CR LF
// maps as a whole. The decoded text is checked against the tokenizer's
// (with NUL bytes removed, as the parser removes them); should the two
// ever disagree, the whole token maps as one piece instead.
func (st *textStream) addText(z *html.Tokenizer, off int) {
	raw := z.Raw()
	rawLen := len(raw)
	mark, nsegs := len(st.text), len(st.segs)
	var last seg
	if nsegs > 0 {
		last = st.segs[nsegs-1]
	}
	start, i := 0, 0
	for {
		k := bytes.IndexAny(raw[i:], "&\r\x00")
		if k < 0 {
			break
		}
		i += k
		var n int
		var dec []byte
		switch raw[i] {
		case '\r':
			n, dec = 1, []byte{'\n'}
			if i+1 < len(raw) && raw[i+1] == '\n' {
				n = 2
			}
		case 0:
			n = 1 // dropped, as the parser drops it
		case '&':
			n, dec = entity(raw[i:])
		}
		if n == 0 {
			i++
			continue
		}
		st.verbatim(off+start, raw[start:i])
		st.mapped(off+i, n, dec)
		i += n
		start = i
	}
	st.verbatim(off+start, raw[start:])
	// Text decodes in place, over the bytes of raw: it must come last.
	want := z.Text()
	if bytes.IndexByte(want, 0) >= 0 {
		want = bytes.ReplaceAll(want, []byte{0}, nil)
	}
	if !bytes.Equal(st.text[mark:], want) {
		st.text, st.segs = st.text[:mark], st.segs[:nsegs]
		if nsegs > 0 {
			st.segs[nsegs-1] = last
		}
		st.mapped(off, rawLen, want)
	}
}

// entity decodes the character reference at the start of s, which begins
// with '&'. It returns the number of bytes the reference takes and its
// decoded text, or n == 0 if s does not start with a reference.
//
// The decoding itself is html.UnescapeString's, so that it agrees with
// the tokenizer, legacy references without a semicolon included: the
// candidate is '&', a run of name characters and an optional ';', and
// whatever the unescaper did not consume comes back unchanged at the end
// of its output.
func entity(s []byte) (n int, dec []byte) {
	j := 1
	for j < len(s) && (isAlnum(s[j]) || s[j] == '#') {
		j++
	}
	if j < len(s) && s[j] == ';' {
		j++
	}
	cand := s[:j]
	out := html.UnescapeString(string(cand))
	if out == string(cand) {
		return 0, nil
	}
	// The unconsumed tail of cand is a suffix of out.
	suf := 0
	for suf < len(cand)-2 && suf < len(out)-1 && cand[len(cand)-1-suf] == out[len(out)-1-suf] {
		suf++
	}
	return len(cand) - suf, []byte(out[:len(out)-suf])
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// rawTextTags are the elements whose content the tokenizer reads as raw
// text or RCDATA: never shown as page text, so left out of the stream.
var rawTextTags = map[string]bool{
	"script": true, "style": true, "textarea": true, "title": true, "xmp": true,
	"iframe": true, "noembed": true, "noframes": true, "noscript": true, "plaintext": true,
}

// A token is one step of tokenize's walk through the input.
type token struct {
	typ  html.TokenType // StartTagToken, EndTagToken, SelfClosingTagToken or TextToken
	name string         // tag name; for raw text, the name of the element holding it
	raw  bool           // a text token of raw text, left out of the stream
	a, b int            // a text token's range in the stream
	z    *html.Tokenizer
}

// tokenize runs the HTML tokenizer over src once, appending to the text
// stream sb, and calls visit for every tag and text token. For tags, visit
// may read attributes from t.z; for raw text it may call t.z.Text(). When
// visit sees a text token, its text is already in sb.
func tokenize(src []byte, sb *textStream, visit func(t *token)) {
	z := html.NewTokenizer(bytes.NewReader(src))
	off := 0
	rawNext := ""
	var t token
	t.z = z
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		rawLen := len(z.Raw())
		t = token{typ: tt, z: z}
		switch tt {
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			t.name = tagName(name)
			rawNext = ""
			if tt != html.EndTagToken && rawTextTags[t.name] {
				rawNext = t.name
			}
			visit(&t)
		case html.TextToken:
			if rawNext != "" {
				t.name, t.raw = rawNext, true
				rawNext = ""
				visit(&t)
				break
			}
			t.a = len(sb.text)
			sb.addText(z, off)
			t.b = len(sb.text)
			visit(&t)
		default:
			rawNext = ""
		}
		off += rawLen
	}
}

// tagName returns a lower-case tag name, without allocating for the
// names HTML knows.
func tagName(b []byte) string {
	if a := atom.Lookup(b); a != 0 {
		return a.String()
	}
	return strings.ToLower(string(b))
}
