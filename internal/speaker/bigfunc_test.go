package speaker

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoBigFunction checks that no function of the package is one the
// compiler calls big (more than 5,000 nodes): in such a function it
// inlines only the smallest calls, and the stage's hot loops pay for
// every call they made inline before. attributionsInto crossed the line
// in the forty-sixth session by a few readings and cost 48 M
// instructions a pass of BenchmarkQuotesSpeakers (1.6%) with the same
// output; it was brought back by moving a part of it into a method.
// Skipped where the go command is not at hand.
func TestNoBigFunction(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the package with the compiler's diagnostics")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	out, err := exec.Command(goCmd, "build", "-gcflags=-m=2", "-o", "/dev/null", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "considered 'big'") {
			t.Error(line)
		}
	}
}
