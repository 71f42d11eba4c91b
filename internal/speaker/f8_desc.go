package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// f8DescFits reports whether a speaker given by a description (desc:
// "her sister", "the young man") may be renamed to sp, the name the
// turns give it (f5Split, f5Described): not where the description's
// noun tells a sex (persons.txt: "sister", "mother", "husband") and sp
// is known to be of the other (f8SexOf). A novel's "said her sister"
// answers a call to someone else at times ("“Edward, look!” ¶
// “Marianne,” cried her sister"), and a woman's description renamed to
// a man is surely wrong.
func (a *attributor) f8DescFits(desc string, sp doc.Speaker) bool {
	noun := desc[strings.LastIndexAny(desc, " \n")+1:]
	if noun == "" || len(noun) > 12 {
		return true
	}
	var buf [12]byte
	low, ok := f2Lower(buf[:0], noun, false)
	if !ok {
		return true
	}
	g := persons[string(low)]
	if g != 'm' && g != 'f' {
		return true
	}
	got := a.f8SexOf(sp)
	return got == 0 || got == g
}
