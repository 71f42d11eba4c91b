package quote

import "testing"

// TestK1NamedAs checks a term in marks after a passive verb of naming:
// a name the writer gives a thing (scare), though a full stop or comma
// inside the marks would otherwise make it a clause (mixed); and where
// the rule must not fire.
func TestK1NamedAs(t *testing.T) {
	for _, tc := range []struct{ name, want, kinds string }{
		{"is called a", `This is called a [1“]⟨1harbour levy.⟩[1”] Nobody likes it.`, "scare"},
		{"was dubbed", `The pier was dubbed [1“]⟨1the long walk,⟩[1”] and it stuck.`, "scare"},
		{"is known as", `The practice is known as [1“]⟨1short landing.⟩[1”] It costs money.`, "scare"},
		{"was referred to as", `The fee was referred to as [1“]⟨1a berth tax,⟩[1”] at first.`, "scare"},
		// An active verb: the subject's own words.
		{"active", `The mayor called it [1“]⟨1a harbour levy.⟩[1”] Nobody likes it.`, "mixed"},
		{"what they called", `[1“]⟨1Critics mocked what they called [2‘]⟨2the long walk,⟩[2’]⟩[1”] the paper said.`, "direct, mixed<1"},
		// No verb of naming before it.
		{"no naming verb", `The pier is [1“]⟨1a disgrace.⟩[1”] Nobody likes it.`, "mixed"},
		// Long or capitalised: left to the other rules.
		{"long", `This is called a [1“]⟨1levy on every ship that docks at night.⟩[1”]`, "mixed"},
	} {
		t.Run(tc.name, func(t *testing.T) { expectQuotes(t, tc.want, tc.kinds) })
	}
}
