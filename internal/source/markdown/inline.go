package markdown

import (
	"bytes"
	"html"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/util"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// decode reads a backslash escape or an entity or character reference at
// the start of s, as CommonMark defines them, and returns the text it
// stands for and its length in s; n is 0 if s starts with neither.
func decode(s []byte) (r string, n int) {
	if len(s) < 2 {
		return "", 0
	}
	switch s[0] {
	case '\\':
		if isASCIIPunct(s[1]) {
			return string(s[1]), 2
		}
	case '&':
		end := bytes.IndexByte(s[:min(len(s), 34)], ';') // the longest entity name is 31 letters
		if end < 2 {
			return "", 0
		}
		name := s[1:end]
		if name[0] == '#' {
			return numericRef(name[1:], end+1)
		}
		if !isAlnum(name) {
			return "", 0
		}
		if e, ok := util.LookUpHTML5EntityByName(string(name)); ok {
			return string(e.Characters), end + 1
		}
	}
	return "", 0
}

// numericRef decodes the digits of a character reference "&#…;" of
// length n: up to 7 decimal digits or x and up to 6 hexadecimal ones.
// Code point 0 and invalid ones become U+FFFD.
func numericRef(digits []byte, n int) (string, int) {
	base, maxDigits := 10, 7
	if len(digits) > 0 && (digits[0] == 'x' || digits[0] == 'X') {
		base, maxDigits, digits = 16, 6, digits[1:]
	}
	if len(digits) == 0 || len(digits) > maxDigits {
		return "", 0
	}
	v, err := strconv.ParseUint(string(digits), base, 32)
	if err != nil {
		return "", 0
	}
	if v == 0 || v > 0x10FFFF {
		v = 0xFFFD
	}
	return string(rune(v)), n // surrogates become U+FFFD too
}

func isASCIIPunct(c byte) bool {
	return c < 0x80 && util.IsPunct(c)
}

func isAlnum(s []byte) bool {
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// unescape decodes the escapes and references in s, as in a link
// destination or title.
func unescape(s []byte) string {
	if bytes.IndexByte(s, '\\') < 0 && bytes.IndexByte(s, '&') < 0 {
		return string(s)
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if r, n := decode(s[i:]); n > 0 {
			b.WriteString(r)
			i += n - 1
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// A tag is one raw inline HTML tag.
type tag struct {
	name        string // lower case; "" for a comment, declaration or processing instruction
	closing     bool   // </name>
	selfClosing bool   // <name/>
	attrs       []doc.Attr
}

// parseTag reads a tag that goldmark has recognised as raw HTML. Attribute
// values have their character references decoded.
func parseTag(s []byte) tag {
	var t tag
	s = bytes.TrimPrefix(s, []byte("<"))
	if len(s) > 0 && s[0] == '/' {
		t.closing, s = true, s[1:]
	}
	i := 0
	for i < len(s) && (isAlnum(s[i:i+1]) || i > 0 && s[i] == '-') {
		i++
	}
	t.name, s = strings.ToLower(string(s[:i])), s[i:]
	for {
		s = bytes.TrimLeft(s, spaces)
		if len(s) == 0 || s[0] == '>' {
			return t
		}
		if s[0] == '/' {
			t.selfClosing = true
			s = s[1:]
			continue
		}
		i := bytes.IndexAny(s, " \t\n\r\f=/>")
		if i < 0 {
			i = len(s)
		}
		if i == 0 {
			s = s[1:] // a stray quote or "="; goldmark does not pass these
			continue
		}
		name, val := strings.ToLower(string(s[:i])), ""
		s = bytes.TrimLeft(s[i:], spaces)
		if len(s) > 0 && s[0] == '=' {
			s = bytes.TrimLeft(s[1:], spaces)
			var end, next int
			if len(s) > 0 && (s[0] == '"' || s[0] == '\'') {
				end = bytes.IndexByte(s[1:], s[0]) + 1
				if end == 0 {
					end = len(s)
				}
				val, next = string(s[1:end]), min(end+1, len(s))
			} else {
				end = bytes.IndexAny(s, " \t\n\r\f>")
				if end < 0 {
					end = len(s)
				}
				val, next = string(s[:end]), end
			}
			s = s[next:]
		}
		t.attrs = append(t.attrs, doc.Attr{Key: name, Val: html.UnescapeString(val)})
	}
}
