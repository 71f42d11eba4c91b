package speaker

import "testing"

// TestR2GerundFrame: a gerund of reporting after "stopped short of",
// "steered clear of", "set about", "refrained from", "shied away from"
// or "went so far as" is the subject's report; the same words before a
// noun or a gerund that reports nothing give none. Sentences written
// for the test.
func TestR2GerundFrame(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Ed Moss stopped short of calling the vote rigged.", []string{"Ed Moss | calling | the vote rigged"}},
		{"The board is steering clear of criticizing the mayor.", []string{"The board | criticizing | the mayor"}},
		{"Ann Reed set about persuading the council to reopen the pier.", []string{"Ann Reed | persuading | to reopen the pier"}},
		{"Ann Reed refrained from saying whether the pier would close.", []string{"Ann Reed | saying | whether the pier would close"}},
		{"Ann Reed shied away from criticizing the donors.", []string{"Ann Reed | criticizing | the donors"}},
		{"The council went so far as accusing the mayor of lying.", []string{"The council | accusing | lying"}},
		{"The crew met the mayor but stopped short of backing the levy.", []string{"The crew | backing | the levy"}},
		{"Without the records, voters will have no way of knowing whether the pier is safe.", []string{"voters | knowing | whether the pier is safe"}},
		{"Residents stopped short of calling the fire arson.", []string{"Residents | calling | the fire arson"}},
		// Not read: the frame before a noun, a gerund of no report.
		{"The crew had no way of reaching the pier.", nil},
		{"The bus stopped short of the pier.", nil},
		{"He set about cleaning the boat.", nil},
		{"Ann Reed refrained from smoking on the pier.", nil},
	} {
		checkTopIndirect(t, tt.text, tt.want)
	}
}
