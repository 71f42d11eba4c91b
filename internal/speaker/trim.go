package speaker

import "strings"

// trimNoteTail is strings.TrimRight(t, "0123456789,–-"), and
// trimEndMarks is strings.TrimRight(t, ".!?…"): clauseEnd trims every
// sentence the attribution reader reads with both, and a cutset that
// holds a character beyond ASCII sends strings.TrimRight down its
// general path, which decodes each character from the end and searches
// the cutset for it. Here the ASCII members are single bytes (no byte of
// a longer character is ASCII) and the one other member is matched as
// its encoding; an invalid byte ends the trim, as it does there.
func trimNoteTail(t string) string {
	for len(t) > 0 {
		if c := t[len(t)-1]; '0' <= c && c <= '9' || c == ',' || c == '-' {
			t = t[:len(t)-1]
		} else if strings.HasSuffix(t, "–") {
			t = t[:len(t)-len("–")]
		} else {
			break
		}
	}
	return t
}

func trimEndMarks(t string) string {
	for len(t) > 0 {
		if c := t[len(t)-1]; c == '.' || c == '!' || c == '?' {
			t = t[:len(t)-1]
		} else if strings.HasSuffix(t, "…") {
			t = t[:len(t)-len("…")]
		} else {
			break
		}
	}
	return t
}
