package cite

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLineLabelASCII holds lineLabel, which answers a line opening with
// an ASCII byte other than '[', '^' and '*' by sectionLabel alone, to
// the reading of every label form in turn (lineLabelRef, lineLabel as
// it was), in and out of a section of notes.
func TestLineLabelASCII(t *testing.T) {
	lines := []string{"a", "ab", "1", "1.", "1. Smith", "12) Jones", "123 Text", "1234 x", "0. x", "a. Point", "b) item", "A) x",
		"[1] Pell", "[12]", "[^1]: note", "[^x] y", "[a] x", "^1 note", "^ab x", "¹ Note", "¹²³⁴ x", "² ", "* star", "** two",
		"**** rule", "† dagger", "‡‡ x", "§ 3", "Plain prose line.", "“Quoted” line", "— dash", " x", "\tx", "(1) x", "#1 x",
		"1.Smith", "a.b", "9) ", "Z) Zed", "é. accent", "[", "^", "*", "[1]", "[1]x", "1\tTab", "q) ", "x) y z"}
	for _, line := range lines {
		for _, section := range []bool{false, true} {
			k, n, w := lineLabel(line, section)
			rk, rn, rw := lineLabelRef(line, section)
			if k != rk || n != rn || w != rw {
				t.Errorf("lineLabel(%q, %v) = %q, %d, %v; want %q, %d, %v", line, section, k, n, w, rk, rn, rw)
			}
		}
	}
}

// lineLabelRef is lineLabel as it was, reading every label form in turn.
func lineLabelRef(line string, section bool) (key string, n int, weak bool) {
	if k, n := bracketLabel(line); k != "" {
		rest := line[n:]
		if strings.HasPrefix(k, "^") {
			rest = strings.TrimPrefix(rest, ":")
		}
		if spaceThenText(rest) {
			return k, n, false
		}
		return "", 0, false
	}
	if line[0] == '^' {
		j := 1
		for j < len(line) && j <= 4 && isAlnum(line[j]) {
			j++
		}
		if j > 1 && spaceThenText(line[j:]) {
			return line[1:j], j, false
		}
		return "", 0, false
	}
	if digits, m := superscriptRun(line); m > 0 {
		rest := strings.TrimLeft(line[m:], " \t")
		if r, _ := utf8.DecodeRuneInString(rest); rest != "" && !isSuperscript(r) {
			return digits, m, !section
		}
		return "", 0, false
	}
	if sym, m := symbolRun(line); m > 0 {
		if spaceThenText(line[m:]) {
			return sym, m, !section
		}
		return "", 0, false
	}
	if !section {
		return "", 0, false
	}
	j := 0
	for j < len(line) && j < 4 && isDigit(line[j]) {
		j++
	}
	switch {
	case j > 0 && j <= 3 && line[0] != '0':
		if j < len(line) && (line[j] == '.' || line[j] == ')') && spaceThenText(line[j+1:]) {
			return line[:j], j + 1, false
		}
		if spaceThenText(line[j:]) {
			return line[:j], j, false
		}
	case j == 0 && len(line) > 2 && isLetter(line[0]) && (line[1] == '.' || line[1] == ')') && spaceThenText(line[2:]):
		return line[:1], 2, false
	}
	return "", 0, false
}
