package render

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestRuneIndex compares the code-point offsets of runeIndex with a
// count from the start, at every rune boundary of texts whose multibyte
// characters straddle the index's blocks.
func TestRuneIndex(t *testing.T) {
	pieces := []string{"a", "é", "“", "’", "€", "𝄞", "\n", "Ж", "中"}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 255, 256, 257, 1000, 5000} {
		var b strings.Builder
		for b.Len() < n {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		x := newRuneIndex(text)
		for i := 0; i <= len(text); i++ {
			if i < len(text) && !utf8.RuneStart(text[i]) {
				continue
			}
			if got, want := x.at(i), utf8.RuneCountInString(text[:i]); got != want {
				t.Fatalf("text of %d bytes: at(%d) = %d, want %d", len(text), i, got, want)
			}
		}
	}
}

func TestDOTString(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`plain`, `"plain"`},
		{`say "hi"`, `"say \"hi\""`},
		{`back\slash`, `"back\\slash"`},
		{`ends in \`, `"ends in \\"`},
		{`\N and \l`, `"\\N and \\l"`},
		{"two\nlines\r\n", `"two lines"`},
		{"  tabs\tand  spaces ", `"tabs and spaces"`},
		{"<script>alert(1)</script>", `"<script>alert(1)</script>"`},
		{"&lt;b&gt; & co", `"&amp;lt;b&amp;gt; &amp; co"`},
		{"abc\u202Egnp.exe\u202C", `"abcgnp.exe"`},
		{"a\u200Bb\u2066c\u2069\x00d\x7f", `"abcd"`},
		{"Хрущёв’s “memoirs”", `"Хрущёв’s “memoirs”"`},
	} {
		if got := dotString(tc.in); got != tc.want {
			t.Errorf("dotString(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestNameID(t *testing.T) {
	// RFC 9562, appendix A.4: "www.example.com" in the DNS name space.
	dns := [16]byte{0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}
	if got, want := uuid5(dns, "www.example.com"), "urn:uuid:2ed6657d-e927-568b-95e1-2665a8aea6a2"; got != want {
		t.Errorf("uuid5 = %s, want %s", got, want)
	}
	if a := nameID("urn:sha256:00#q1"); a != nameID("urn:sha256:00#q1") || a == nameID("urn:sha256:00#q2") {
		t.Errorf("nameID not a function of its name")
	}
}

// TestAppendJSONString checks the string escaping all writers share by
// decoding what it writes and comparing it with encoding/json.
func TestAppendJSONString(t *testing.T) {
	cases := []string{"", "plain", `q"uote`, `back\slash`, "new\nline\r\t", "\x00\x01\x1f\x7f",
		"<script>&amp;", "\u2028\u2029", "bidi\u202Eevil", "Хрущёв “memoirs” 𝄞", "bad \xff byte",
		"\xe2\x80", "\xe2\x80\xa8x\xe2\x80\xa9\xe2\x80\xaa", "end\\"}
	// Runs of plain bytes of several lengths, so that the eight-byte
	// pass of appendJSONChars meets every kind of byte at every offset.
	pieces := []string{"a", "\"", "\\", "\n", "\x01", "\b", "\f", "\t", "\r", "\x7f", "é", "\u2028", "\u2029", "\u202e", "\xe2", "\x80", "\xa8", "\xff", "𝄞", "<",
		" ", "plain words", "ferry crossing ", "x\x1f", "0123456"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 4000 {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		var got string
		if err := json.Unmarshal(appendJSONQuoted(nil, s), &got); err != nil {
			t.Errorf("%q: %v", s, err)
			continue
		}
		if want := perByteValid(s); got != want {
			t.Errorf("%q came back as %q", s, got)
		}
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.Encode(s)
		if got, want := string(appendJSONQuoted(nil, s)), strings.TrimSuffix(b.String(), "\n"); got != want {
			t.Errorf("%q written as %s, encoding/json writes %s", s, got, want)
		}
	}
}

// perByteValid replaces each byte of s that is not part of valid UTF-8 by
// U+FFFD, as encoding/json does.
func perByteValid(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
	}
	return b.String()
}
