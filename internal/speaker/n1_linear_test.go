package speaker

import (
	"strings"
	"testing"
)

// n1Text is one line (no line break: every look-back of the n1 rules
// runs as far as its bound) of n runs of the sentences the n1 rules
// read, each after a run of words in capitals: long titled names, a
// premodifier, quantifiers, a phrase in marks opening a clause, "it"
// with "warned", a noun after "of" and a colon introduction.
func n1Text(n int) string {
	var b strings.Builder
	b.WriteString("THE PIER ")
	for range n {
		b.WriteString("ON THE NEW PIER AB CD EF After Vice President Joseph R. Biden Jr. said “budget reforms” would help, " +
			"Former Pennsylvania Gov. Ed Rendell said both campaigns agreed. The agency met. It warned that all officials " +
			"would leave. The panel of judges ruled that the law was void. The vote prompted this statement: “We lost.” ")
	}
	return b.String()
}

// TestN1Linear checks that the n1 rules keep the stage's time linear in
// the text, on one line with no break.
func TestN1Linear(t *testing.T) {
	checkLinear(t, "one line of n1 sentences", n1Text, 200)
}
