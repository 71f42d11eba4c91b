package speaker

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestNameWindow checks that findNames, which gives its calls the toks
// of the stretch each may read (nameWindow.need), finds the names it
// finds with the whole index as every call's window, and the same
// whatever the window's size: with windows of a few tokens, runs of names, initials
// with their full stops, possessives and sentence starts fall across
// every window's end.
func TestNameWindow(t *testing.T) {
	example, err := os.ReadFile("../../examples/ferry-strike.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := append([]string{
		string(example),
		strings.Repeat("Dr. L. M. Kaganovich met H. G. Wells and Mr. Knightley. The harbour master Ed Moss said so; Ana Ruiz’s aide, Ida de la Cruz, and Rep. John Mica (R-Fla.) agreed. ", 9),
		strings.Repeat("Ann Bo Cy Di Ed Fa Gu. ", 12) + "Ortiz",
	}, tokenTexts...)
	if !testing.Short() {
		gold := optionalGold(t, "polnear_dev.jsonl")
		texts = append(texts, gold[:min(len(gold), 20)]...)
	}
	defer func(n int) { nameWindowSize = n }(nameWindowSize)
	for _, text := range texts {
		// The whole index as every call's window: what each call
		// would read with no window at all.
		nameWindowWhole = true
		want := newAttributor(&doc.Document{Text: text}).mentions
		nameWindowWhole = false
		nameWindowSize = 4096
		if got := newAttributor(&doc.Document{Text: text}).mentions; !reflect.DeepEqual(got, want) {
			t.Fatalf("%.60q: mentions %v, with the whole index %v", text, got, want)
		}
		for _, size := range []int{1, 2, 3, 5, 8, 13} {
			nameWindowSize = size
			if got := newAttributor(&doc.Document{Text: text}).mentions; !reflect.DeepEqual(got, want) {
				t.Fatalf("window of %d tokens, %.60q: mentions %v, want %v", size, text, got, want)
			}
		}
	}
}
