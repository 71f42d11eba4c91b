package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// c3ByForce reports whether the cue toks[c], a verb of attacking
// ("attack", "target") with its subject's mention subj and its object at toks[j],
// tells of an attack by force, which reports nothing: news prose uses
// the same verbs for words ("Ann Reed attacked the plan") and for arms
// ("Gunmen attacked a checkpoint"). It is force when the subject's head
// is one that attacks with arms (the "attacker" list of
// nonreport.txt), when the object's head among its first four words is
// a place, a building or a vessel ("target"), or when a weapon follows
// "with" within the next eight words ("… a whale with an axe"), or a
// comma and "killing", "wounding" or "injuring" (", killing 17
// sailors"). The verb's first byte and length gate every test.
func c3ByForce(text string, toks []tok, c, j int, subj doc.Span) bool {
	// The gate, small enough to be inlined in nonReport: the cue's
	// first byte and length.
	if w := toks[c].low; len(w) < 6 || w[0] != 'a' && w[0] != 't' {
		return false
	}
	return c3ByForceRead(text, toks, c, j, subj)
}

// c3ByForceRead is c3ByForce past its gate.
func c3ByForceRead(text string, toks []tok, c, j int, subj doc.Span) bool {
	if w := toks[c].low; j <= c || j >= len(toks) || !strings.HasPrefix(w, "attack") && !strings.HasPrefix(w, "target") {
		return false
	}
	lists := nonreportLists
	if subj.End > subj.Start {
		// The subject's head: its last word before the cue.
		for k := c - 1; k >= 0 && k >= c-4; k-- {
			if toks[k].s < subj.Start {
				break
			}
			if toks[k].word && toks[k].e <= subj.End {
				if lists["attacker"][toks[k].low] {
					return true
				}
				break
			}
		}
	}
	for k := j; k < len(toks) && k < j+4 && toks[k].word; k++ {
		if lists["target"][toks[k].low] {
			// The noun heads the object: a mark, a function word or
			// the end after it ("attacked the school board", "the
			// hotel's owners" name people).
			n := k + 1
			return n >= len(toks) || !toks[n].word && !strings.HasPrefix(toks[n].str(text), "'") && !strings.HasPrefix(toks[n].str(text), "’") || toks[n].word && toks[n].is(isFunction)
		}
	}
	for k := j; k < len(toks) && k < j+9; k++ {
		switch w := toks[k].low; {
		case w == "with":
			for m := k + 1; m < len(toks) && m <= k+3 && toks[m].word; m++ {
				if lists["weapon"][toks[m].low] {
					return true
				}
			}
		case !toks[k].word && toks[k].str(text) == "," && k+1 < len(toks):
			switch toks[k+1].low {
			case "killing", "wounding", "injuring":
				return true
			}
		}
	}
	return false
}
