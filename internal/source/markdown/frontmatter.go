package markdown

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// frontMatter returns the length of the front matter at the start of src,
// 0 if there is none, and the metadata read from it.
//
// Front matter is a block at the very start of the file between two
// fence lines: "+++" for TOML, "---" for YAML (which may also end with
// "..."). A file that opens with "---" is only taken to have front matter
// when its first line inside looks like a key, so that a thematic break
// or setext heading at the top stays Markdown. A UTF-8 byte order mark
// before it is skipped with it.
func frontMatter(src []byte) (int, doc.Metadata) {
	start := 0
	if bytes.HasPrefix(src, []byte("\uFEFF")) {
		start = 3
	}
	first, body := line(src, start)
	var toml bool
	switch string(trimSpace(first)) {
	case "+++":
		toml = true
	case "---":
	default:
		return start, doc.Metadata{}
	}
	var lines [][]byte
	for off := body; off < len(src); {
		l, next := line(src, off)
		fence := string(trimSpace(l))
		if fence == "+++" && toml || (fence == "---" || fence == "...") && !toml {
			m, ok := readMeta(lines, toml)
			if !ok && !toml {
				break
			}
			return next, m
		}
		lines = append(lines, l)
		off = next
	}
	return start, doc.Metadata{} // unclosed: not front matter
}

// line returns the line of src starting at off, without its line ending,
// and the offset of the next line.
func line(src []byte, off int) ([]byte, int) {
	end := bytes.IndexByte(src[off:], '\n')
	if end < 0 {
		return src[off:], len(src)
	}
	return bytes.TrimSuffix(src[off:off+end], []byte("\r")), off + end + 1
}

// trimSpace trims spaces and tabs.
func trimSpace(b []byte) []byte { return bytes.Trim(b, " \t") }

// readMeta reads the title, author or authors, date and description from
// the top level of front matter. It understands simple lines only:
// `key = value` (TOML, before any [table] header) or `key: value` (YAML,
// not indented), where value is a bare word, a quoted string or a
// one-line list of them (["a", "b"]); for YAML also a list of "- item"
// lines under a key with no value. Several authors are joined with ", ".
// Multi-line strings (TOML """…""", YAML | and > blocks) and nested
// tables are not read. ok is false when the
// first line of substance is not a key, which means the block is not front
// matter.
func readMeta(lines [][]byte, toml bool) (m doc.Metadata, ok bool) {
	sep := byte(':')
	if toml {
		sep = '='
	}
	key := "" // a YAML key waiting for "- item" lines
	seenKey := false
	for _, l := range lines {
		t := string(trimSpace(l))
		if t == "" || t[0] == '#' {
			continue
		}
		if toml && t[0] == '[' {
			break // a table: the top level has ended
		}
		if !toml && key != "" && strings.HasPrefix(t, "- ") {
			setMeta(&m, key, []string{scalar(t[2:], false)})
			continue
		}
		key = ""
		if l[0] == ' ' || l[0] == '\t' {
			continue // nested YAML
		}
		i := strings.IndexByte(t, sep)
		if i <= 0 || !isKey(strings.TrimSpace(t[:i])) {
			if !seenKey {
				return doc.Metadata{}, false
			}
			continue
		}
		seenKey = true
		k, v := strings.ToLower(strings.TrimSpace(t[:i])), strings.TrimSpace(t[i+1:])
		switch {
		case v == "" && !toml:
			key = k
		case !toml && (v[0] == '|' || v[0] == '>'):
			// a block scalar: not read
		case strings.HasPrefix(v, "["):
			setMeta(&m, k, list(v, toml))
		default:
			setMeta(&m, k, []string{scalar(v, toml)})
		}
	}
	return m, seenKey
}

// isKey reports whether s, perhaps quoted, may be a key: letters, digits,
// "_", "-" and ".".
func isKey(s string) bool {
	s = strings.Trim(s, `"'`)
	if s == "" {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// setMeta stores the values of key in m if it is one of the keys read.
func setMeta(m *doc.Metadata, key string, vals []string) {
	var kept []string
	for _, v := range vals {
		if v != "" {
			kept = append(kept, v)
		}
	}
	if len(kept) == 0 {
		return
	}
	v := strings.Join(kept, ", ")
	switch strings.Trim(key, `"'`) {
	case "title":
		m.Title = v
	case "author", "authors":
		if m.Author != "" {
			v = m.Author + ", " + v
		}
		m.Author = v
	case "date":
		m.Date = v
	case "description":
		m.Description = v
	}
}

// list reads a one-line list ["a", 'b', c].
func list(v string, toml bool) []string {
	v = strings.TrimPrefix(v, "[")
	if i := strings.LastIndexByte(v, ']'); i >= 0 {
		v = v[:i]
	}
	var vals []string
	for v = strings.TrimSpace(v); v != ""; v = strings.TrimSpace(v) {
		end := strings.IndexByte(v, ',')
		if q := v[0]; q == '"' || q == '\'' {
			if c := closingQuote(v, q, toml); c > 0 {
				end = c + 1
			}
		}
		if end < 0 {
			end = len(v)
		}
		item, rest := v[:end], v[end:]
		vals = append(vals, scalar(item, toml))
		v = strings.TrimPrefix(strings.TrimSpace(rest), ",")
	}
	return vals
}

// closingQuote returns the index of the quote q that closes the string
// opening v, or -1. Double-quoted strings escape with a backslash; YAML's
// single-quoted ones by doubling the quote.
func closingQuote(v string, q byte, toml bool) int {
	for i := 1; i < len(v); i++ {
		switch {
		case v[i] == '\\' && q == '"':
			i++
		case v[i] == q && q == '\'' && !toml && i+1 < len(v) && v[i+1] == q:
			i++
		case v[i] == q:
			return i
		}
	}
	return -1
}

// scalar reads one value: a double-quoted string with escapes, a
// single-quoted one (YAML doubles ” inside), or a bare value with any
// " #" comment removed.
func scalar(v string, toml bool) string {
	v = strings.TrimSpace(v)
	if v == "" {
		return ""
	}
	switch q := v[0]; q {
	case '"':
		if end := closingQuote(v, '"', toml); end > 0 {
			if s, err := strconv.Unquote(v[:end+1]); err == nil {
				return s
			}
			return v[1:end]
		}
	case '\'':
		if end := closingQuote(v, '\'', toml); end > 0 {
			s := v[1:end]
			if !toml {
				s = strings.ReplaceAll(s, "''", "'")
			}
			return s
		}
	}
	if i := strings.Index(v, " #"); i >= 0 {
		v = v[:i]
	}
	return strings.TrimSpace(v)
}
