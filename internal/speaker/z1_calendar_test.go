package speaker

import "testing"

// TestCalendarEnd holds calendarEnd, calendarName's gate, to the words
// it stands for: every month and day of the week, in lower case and in
// capitals, ends in a byte it lets through, and a name it turns away is
// neither.
func TestCalendarEnd(t *testing.T) {
	for _, set := range []map[string]bool{months, weekdays} {
		for w := range set {
			for _, v := range []string{w, string(w[0]-'a'+'A') + w[1:], z1UpperASCII(w)} {
				if !calendarEnd(v[len(v)-1]) {
					t.Errorf("calendarEnd turns away %q", v)
				}
			}
		}
	}
	for c := range 256 {
		if calendarEnd(byte(c)) && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			t.Errorf("calendarEnd lets through byte %#x, no letter", c)
		}
	}
	for _, w := range []string{"Ortiz", "Moss", "Mays", "Junes"} {
		if calendarName(w, 0, len(w), true) {
			t.Errorf("calendarName(%q) = true", w)
		}
	}
	for _, w := range []string{"May", "MONDAY", "october"} {
		if !calendarName(w, 0, len(w), true) {
			t.Errorf("calendarName(%q) = false", w)
		}
	}
}

func z1UpperASCII(w string) string {
	b := []byte(w)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}
