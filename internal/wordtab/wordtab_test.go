package wordtab

import (
	"strings"
	"testing"
)

// TestTable holds a Table to a map: a word of every length from one to
// sixteen bytes is found by At, Get8 and Get16 with its value, read
// from the start of a text, amid one, and with anything after it; a
// word cut short, lengthened, with a byte changed, or never added (of
// every length too) is a miss.
func TestTable(t *testing.T) {
	const abc = "abcdefghijklmnopqrstuvwxyz"
	want := map[string]int{}
	var words []string
	for n := 1; n <= 16; n++ {
		for _, w := range []string{abc[:n], abc[26-n:], strings.Repeat("q", n), "z" + abc[:n-1]} {
			if _, ok := want[w]; !ok {
				want[w] = len(want) + 1
				words = append(words, w)
			}
		}
	}
	tab := New(words, func(w string) int { return want[w] })

	get := func(text string, i, n int) int {
		lo := Pack(text[i : i+min(n, 8)])
		if n <= 8 {
			return tab.Get8(lo, uint(n))
		}
		return tab.Get16(lo, Pack(text[i+8:i+n]), uint(n))
	}
	check := func(w string) {
		t.Helper()
		for _, tail := range []string{strings.Repeat(" ", 16), strings.Repeat("x", 16), abc} {
			for _, head := range []string{"", "so ", "\x00\xff"} {
				text := head + w + tail
				i := len(head)
				if got := tab.At(text, i, uint(len(w))); got != want[w] {
					t.Errorf("At(%q, %d, %d) = %d, want %d", text, i, len(w), got, want[w])
				}
				if got := get(text, i, len(w)); got != want[w] {
					t.Errorf("Get8/Get16 of %q in %q = %d, want %d", w, text, got, want[w])
				}
			}
		}
	}
	var misses []string
	for _, w := range words {
		check(w)
		misses = append(misses, w+"s", "x"+w, strings.ToUpper(w))
		if len(w) > 1 {
			misses = append(misses, w[:len(w)-1], w[1:], w[:len(w)/2]+"!"+w[len(w)/2+1:])
		}
	}
	for n := 1; n <= 16; n++ {
		misses = append(misses, strings.Repeat("!", n), abc[5:5+n])
	}
	for _, w := range misses {
		if len(w) > 16 {
			continue
		}
		if _, ok := want[w]; ok {
			continue
		}
		check(w)
	}
}

// TestMasks holds LoMask and HiMask to what Pack makes of a word of
// every length from one to sixteen bytes.
func TestMasks(t *testing.T) {
	text := "\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\xf7\xf6\xf5\xf4\xf3\xf2\xf1\xf0"
	for n := uint(1); n <= 16; n++ {
		var lo, hi uint64
		for i := 15; i >= 0; i-- {
			if i < 8 {
				lo = lo<<8 | uint64(text[i])
			} else {
				hi = hi<<8 | uint64(text[i])
			}
		}
		w := text[:n]
		if got, want := lo&LoMask(n), Pack(w[:min(n, 8)]); got != want {
			t.Errorf("LoMask(%d): %#x, want %#x", n, got, want)
		}
		if got, want := hi&HiMask(n), Pack(w[min(n, 8):]); got != want {
			t.Errorf("HiMask(%d): %#x, want %#x", n, got, want)
		}
	}
}

// TestNewPanics holds New to refusing what a probe could not answer
// for: an empty word, one too long, one starting with a NUL byte, one
// with the zero value, one given twice, and too many words.
func TestNewPanics(t *testing.T) {
	one := func(string) int { return 1 }
	many := make([]string, (1<<Bits)/3+1)
	for i := range many {
		many[i] = "w" + strings.Repeat("a", i%15) + string(rune('a'+i/15%26)) + string(rune('a'+i/390))
	}
	for _, c := range []struct {
		name  string
		words []string
		value func(string) int
	}{
		{"empty", []string{""}, one},
		{"seventeen bytes", []string{strings.Repeat("a", 17)}, one},
		{"NUL", []string{"\x00a"}, one},
		{"zero value", []string{"a"}, func(string) int { return 0 }},
		{"twice", []string{"a", "a"}, one},
		{"too many", many, one},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: New did not panic", c.name)
				}
			}()
			New(c.words, c.value)
		}()
	}
}
