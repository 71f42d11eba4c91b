package source

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// maxInvalidReports bounds the invalid-UTF-8 diagnostics one document
// gets: after this many, one summary diagnostic counts the rest, so a
// hostile file cannot make the report larger than the text.
const maxInvalidReports = 20

// decoded is input turned into UTF-8 text, with the map back to the raw bytes.
type decoded struct {
	text  string
	offs  doc.OffsetMap
	diags []doc.Diagnostic
	// raw is the input itself when it is the text byte for byte (valid
	// UTF-8 without a byte-order mark, most input), and text is then
	// left empty: the text loader makes its string once (asString), and
	// the markup loaders, which read bytes, read raw as it is
	// (asBytes). A string made here and turned back into bytes for them
	// copied the whole input twice.
	raw      []byte
	verbatim bool
}

// asString returns the text as a string.
func (d *decoded) asString() string {
	if d.verbatim {
		return string(d.raw)
	}
	return d.text
}

// asBytes returns the text as bytes, for a loader that only reads them:
// the input itself when it is the text.
func (d *decoded) asBytes() []byte {
	if d.verbatim {
		return d.raw
	}
	return []byte(d.text)
}

// decode turns raw input into UTF-8. It drops a byte-order mark; decodes
// UTF-16 when a BOM says so; keeps valid UTF-8 as it is; decodes text
// that is not UTF-8 but reads as a single-byte encoding (Windows-1252 by
// default, or the encoding an HTML page declares); and otherwise replaces
// each run of invalid bytes with U+FFFD, with a diagnostic naming its byte
// offset. Binary input is refused with ErrBinary.
//
// Valid UTF-8 wins over a declaration: pages mislabelled as Latin-1 are
// common, and legacy text that happens to be valid UTF-8 is not.
func decode(raw []byte, declared encoding.Encoding) (*decoded, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return decodeUTF8(raw, 3)
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return decodeUTF16(raw, false), nil
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return decodeUTF16(raw, true), nil
	}
	if kind := binaryKind(raw); kind != "" {
		return nil, fmt.Errorf("%w (%s)", ErrBinary, kind)
	}
	if validUTF8(raw) {
		d := &decoded{raw: raw, verbatim: true}
		d.offs.AddVerbatim(0, 0, len(raw))
		return d, nil
	}
	switch e := declared.(type) {
	case nil:
	case *charmap.Charmap:
		return decodeCharmap(raw, e), nil
	default:
		if e != unicode.UTF8 {
			return decodeLines(raw, e), nil
		}
	}
	if looksSingleByte(raw) {
		return decodeCharmap(raw, charmap.Windows1252), nil
	}
	return decodeUTF8(raw, 0)
}

// decodeLines decodes a multi-byte legacy encoding (Shift_JIS, GBK, EUC-KR
// …) line by line, mapping each line as a whole: a newline byte is never
// part of a multi-byte character in these encodings, so lines decode
// independently.
func decodeLines(raw []byte, e encoding.Encoding) *decoded {
	d := &decoded{}
	var b strings.Builder
	dec := e.NewDecoder()
	for i := 0; i < len(raw); {
		j := bytes.IndexByte(raw[i:], '\n')
		if j < 0 {
			j = len(raw)
		} else {
			j += i + 1
		}
		line, err := dec.Bytes(raw[i:j])
		if err != nil || !utf8.Valid(line) {
			line = []byte(strings.ToValidUTF8(string(raw[i:j]), "\uFFFD"))
		}
		if bytes.Equal(line, raw[i:j]) {
			d.offs.AddVerbatim(b.Len(), i, j-i)
		} else {
			d.offs.Add(b.Len(), len(line), i, j-i)
		}
		b.Write(line)
		i = j
	}
	d.text = b.String()
	d.diags = append(d.diags, doc.Diagnostic{Code: doc.CodeDecoded, Message: fmt.Sprintf("input decoded from %s, as the page declares", encodingName(e))})
	return d
}

func encodingName(e encoding.Encoding) string {
	if name, err := htmlindex.Name(e); err == nil {
		return name
	}
	return fmt.Sprint(e)
}

// decodeUTF8 copies raw[skip:], replacing invalid bytes.
func decodeUTF8(raw []byte, skip int) (*decoded, error) {
	d := &decoded{}
	src := raw[skip:]
	if validUTF8(src) {
		d.text = string(src)
		d.offs.AddVerbatim(0, skip, len(src))
		return d, nil
	}
	var b strings.Builder
	b.Grow(len(src) + 16)
	invalid := 0
	for i := 0; i < len(src); {
		j := i
		for j < len(src) {
			r, size := utf8.DecodeRune(src[j:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			j += size
		}
		d.offs.AddVerbatim(b.Len(), skip+i, j-i)
		b.Write(src[i:j])
		if j == len(src) {
			break
		}
		k := j
		for k < len(src) {
			r, size := utf8.DecodeRune(src[k:])
			if r != utf8.RuneError || size != 1 {
				break
			}
			k++
		}
		at := b.Len()
		d.offs.Add(at, len("\uFFFD"), skip+j, k-j)
		b.WriteString("\uFFFD")
		invalid++
		if invalid <= maxInvalidReports {
			d.diags = append(d.diags, doc.Diagnostic{
				Span:    doc.Span{Start: at, End: at + len("\uFFFD")},
				Code:    doc.CodeInvalidUTF8,
				Message: fmt.Sprintf("invalid UTF-8 at byte %d (%s) replaced with U+FFFD", skip+j, plural(k-j, "byte")),
			})
		}
		i = k
	}
	if invalid > maxInvalidReports {
		d.diags = append(d.diags, doc.Diagnostic{
			Code:    doc.CodeInvalidUTF8,
			Message: fmt.Sprintf("%d more runs of invalid UTF-8 replaced with U+FFFD", invalid-maxInvalidReports),
		})
	}
	d.text = b.String()
	return d, nil
}

// decodeCharmap decodes a single-byte encoding. ASCII maps verbatim; every
// other byte maps to the character it decodes to.
func decodeCharmap(raw []byte, cm *charmap.Charmap) *decoded {
	d := &decoded{}
	var b strings.Builder
	b.Grow(len(raw) + len(raw)/8)
	for i := 0; i < len(raw); {
		j := i
		for j < len(raw) && raw[j] < utf8.RuneSelf {
			j++
		}
		d.offs.AddVerbatim(b.Len(), i, j-i)
		b.Write(raw[i:j])
		if j == len(raw) {
			break
		}
		r := cm.DecodeByte(raw[j])
		d.offs.Add(b.Len(), utf8.RuneLen(r), j, 1)
		b.WriteRune(r)
		i = j + 1
	}
	d.text = b.String()
	d.diags = append(d.diags, doc.Diagnostic{
		Code:    doc.CodeDecoded,
		Message: fmt.Sprintf("input is not UTF-8; decoded as %s", encodingName(cm)),
	})
	return d
}

// decodeUTF16 decodes UTF-16 after its byte-order mark.
func decodeUTF16(raw []byte, bigEndian bool) *decoded {
	d := &decoded{}
	var b strings.Builder
	b.Grow(len(raw))
	unit := func(i int) uint16 {
		if bigEndian {
			return uint16(raw[i])<<8 | uint16(raw[i+1])
		}
		return uint16(raw[i+1])<<8 | uint16(raw[i])
	}
	for i := 2; i+1 < len(raw); {
		u, n := rune(unit(i)), 2
		if utf16.IsSurrogate(u) && i+3 < len(raw) {
			if r := utf16.DecodeRune(u, rune(unit(i+2))); r != utf8.RuneError {
				u, n = r, 4
			}
		}
		if utf16.IsSurrogate(u) {
			u = utf8.RuneError
		}
		if u < utf8.RuneSelf {
			d.offs.AddStepped(b.Len(), i, 1, 2) // runs of ASCII merge into one piece
		} else {
			d.offs.Add(b.Len(), utf8.RuneLen(u), i, n)
		}
		b.WriteRune(u)
		i += n
	}
	d.text = b.String()
	name := "UTF-16LE"
	if bigEndian {
		name = "UTF-16BE"
	}
	d.diags = append(d.diags, doc.Diagnostic{Code: doc.CodeDecoded, Message: "input decoded from " + name})
	return d
}

// looksSingleByte reports whether raw, which is not valid UTF-8, reads
// better as a single-byte encoding: it has no valid multi-byte UTF-8
// sequence, or far more invalid bytes than valid sequences.
func looksSingleByte(raw []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(raw); {
		if raw[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return valid == 0 || invalid > 4*valid
}

// binarySniffLen is how much of the input is examined for binary content.
const binarySniffLen = 8192

// binaryKind names the kind of binary data raw starts with, or returns ""
// for text. Known file signatures are named; otherwise a NUL byte or many
// control characters in the first few kilobytes mean binary.
func binaryKind(raw []byte) string {
	for _, m := range []struct{ magic, name string }{
		{"%PDF-", "PDF"}, {"PK\x03\x04", "zip archive"}, {"\x1f\x8b", "gzip data"},
		{"\x89PNG", "PNG image"}, {"GIF8", "GIF image"}, {"\xff\xd8\xff", "JPEG image"},
		{"\x7fELF", "executable"}, {"BZh", "bzip2 data"}, {"\xfd7zXZ", "xz data"},
		{"\x28\xb5\x2f\xfd", "zstd data"}, {"SQLite format 3\x00", "SQLite database"},
	} {
		if bytes.HasPrefix(raw, []byte(m.magic)) {
			return m.name
		}
	}
	head := raw[:min(len(raw), binarySniffLen)]
	controls, nul := controlsIn(head)
	switch {
	case nul:
		return "contains NUL bytes"
	case controls > len(head)/10+1:
		return "control characters"
	}
	return ""
}

// controlsIn counts the control characters of head that text does not
// hold (all below 0x20 but the white space \t \n \v \f \r, and ESC,
// which terminal logs hold), and reports whether one is NUL. It reads
// eight bytes at a time and looks at each of them only where one is
// below 0x20, in prose a line break every line or two: a corpus of news
// articles is loaded one article at a time, and the test of each byte
// of an article's first kilobytes, a switch a byte, cost some ten
// instructions a byte, 3% of issue 3's pipeline on such a corpus.
func controlsIn(head []byte) (controls int, nul bool) {
	const ones = 0x0101010101010101
	b := head
	for len(b) >= 8 { // b shrinks, so the loop has one bound to check
		w := binary.LittleEndian.Uint64(b)
		// Some byte of w is below 0x20 if and only if this is not 0
		// (subtracting 0x20 from each byte borrows into the bytes
		// above only from one that is below, and a byte of 0x80 or
		// more has its top bit cleared by ^w).
		if (w-ones*0x20)&^w&(ones*0x80) != 0 {
			c, z := controlsEach(b[:8])
			controls, nul = controls+c, nul || z
		}
		b = b[8:]
	}
	c, z := controlsEach(b)
	return controls + c, nul || z
}

// controlsEach is controlsIn a byte at a time.
func controlsEach(b []byte) (controls int, nul bool) {
	for _, c := range b {
		switch {
		case c == 0:
			nul = true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b:
			controls++
		}
	}
	return controls, nul
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// metaCharset finds the character encoding an HTML page declares in a meta
// tag within its first kilobytes (<meta charset="…"> or http-equiv
// Content-Type), or nil.
func metaCharset(raw []byte) encoding.Encoding {
	head := raw[:min(len(raw), 4096)]
	m := metaCharsetRE.FindSubmatch(head)
	if m == nil {
		return nil
	}
	e, err := htmlindex.Get(string(m[1]))
	if err != nil {
		return nil
	}
	return e
}

var metaCharsetRE = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)
