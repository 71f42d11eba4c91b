package speaker

import "testing"

// TestA2Share checks a bare share of a polled group as the source of
// what it says or backs (a2_share.go), with exact spans, and the
// shares and numbers that are no subject.
func TestA2Share(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"In the survey, 61 percent said the ferry was too slow.", []string{"61 percent | said | the ferry was too slow"}},
		{"Only 12 percent say the levy is fair.", []string{"Only 12 percent | say | the levy is fair"}},
		{"Among riders, 38% back the new fares.", []string{"38% | back | the new fares"}},
		{"Among riders, 38 per cent support the new fares.", []string{"38 per cent | support | the new fares"}},
		{"Most riders backed the plan, while 9 percent opposed it.", []string{"Most riders | backed | the plan", "9 percent | opposed | it"}},
		{"Another 20 percent said they were undecided.", []string{"Another 20 percent | said | they were undecided"}},
		// A share inside a clause, or before a noun, is no subject.
		{"Fares rose 40 percent last year.", nil},
		{"The mayor said 40 percent would leave.", []string{"The mayor | said | 40 percent would leave"}},
		{"Ridership fell by 30 percent and stayed low.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestA2Evidence checks a source of evidence named by a long noun
// phrase (a2_evidence.go): before its verb, with a participle, a
// phrase or a relative clause after its head, and after the clause it
// vouches for at the sentence's end.
func TestA2Evidence(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"A Harbour Gazette analysis of county records released Monday shows that rents rose sharply.", []string{"A Harbour Gazette analysis of county records released Monday | shows | that rents rose sharply"}},
		{"The latest Ashton/Vale opinion poll released Friday shows that Ortiz leads Moss.", []string{"The latest Ashton/Vale opinion poll released Friday | shows | that Ortiz leads Moss"}},
		{"Leaked documents from her 2009 audit show she paid no tax.", []string{"Leaked documents from her 2009 audit | show | she paid no tax"}},
		{"The Ashton Times tracking poll, which follows riders every day, showed Ortiz doing better.", []string{"The Ashton Times tracking poll, which follows riders every day, | showed | Ortiz doing better"}},
		{"Fares rose 40 percent in a year, a Gazette analysis of newly filed county records shows.", []string{"a Gazette analysis of newly filed county records | shows | Fares rose 40 percent in a year"}},
		{"Fares rose, court records obtained by the Gazette show.", []string{"court records obtained by the Gazette | show | Fares rose"}},
		{"The pier was closed twice, data from the harbor board show.", []string{"data from the harbor board | show | The pier was closed twice"}},
		// No thing that carries content, a verb in the phrase, or a
		// comma it does not close: no source.
		{"The old pier near the ferry terminal shows signs of wear.", nil},
		{"He came home late, his face showed.", nil},
		{"The report was late and the audit shows nothing.", nil},
		{"Fares rose, the pier by the harbor showed.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestA2Object checks the objects a2_object.go lets a verb take: "any"
// after a verb of denial, a reflexive with "as" after a verb of
// depiction, and "of" after "warn"; and their look-alikes that report
// nothing.
func TestA2Object(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Ann Ortiz denied any role in the fire.", []string{"Ann Ortiz | denied | any role in the fire"}},
		{"The board has strongly denied any involvement in the scheme.", []string{"The board | denied | any involvement in the scheme"}},
		{"Ann Ortiz rejected any suggestion that she knew.", []string{"Ann Ortiz | rejected | any suggestion that she knew"}},
		{"Ed Moss has portrayed himself as a friend of the riders.", []string{"Ed Moss | portrayed | himself as a friend of the riders"}},
		{"Ann Ortiz describes herself as a moderate.", []string{"Ann Ortiz | describes | herself as a moderate"}},
		{"Ann Ortiz warned of higher fares.", []string{"Ann Ortiz | warned | higher fares"}},
		// "any" of degree, "any" after a verb of having or feeling, a
		// reflexive after a verb of cognition or sight, and a tale
		// told "of".
		{"Ann Ortiz would not wait any longer.", nil},
		{"Ed Moss never felt any regret.", nil},
		{"Ann Ortiz regarded herself as a guest.", nil},
		{"Ann Ortiz saw herself as a guest.", nil},
		{"The old sailors began to tell of storms.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestA2Fronted checks a participle of reporting that opens the
// sentence (a2_fronted.go), its source the main clause's subject.
func TestA2Fronted(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Citing a drop in traffic, the board closed the pier.", []string{"the board | Citing | a drop in traffic"}},
		{"Claiming that the fares were too high, Ed Moss voted no.", []string{"Ed Moss | Claiming | that the fares were too high"}},
		{"Blaming the storm, Ann Ortiz told the Gazette that the pier would close.", []string{"Ann Ortiz | Blaming | the storm", "Ann Ortiz | told | that the pier would close"}},
		// A phrase of place or means, a thought, an object of sight, a
		// headline.
		{"Writing for the Gazette, Ann Ortiz argued that the pier was unsafe.", []string{"Ann Ortiz | argued | that the pier was unsafe"}},
		{"Knowing she would lose, Ann Ortiz left the race.", nil},
		{"Observing the crew at work, Ed Moss smiled.", nil},
		{"Campaigning against Ed Moss in 2012, Ann Ortiz barely mentioned the pier.", []string{"Ann Ortiz | mentioned | the pier"}},
		{"Citing Rising Fares, Ortiz Closes The Pier", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestA2InInquiry checks a poll or a study after "In" as the source of
// the clause after it (a2_inpoll.go), and a name's word before the
// head of a source of evidence (a2_evidence.go).
func TestA2InInquiry(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"In the latest Gazette poll, Ortiz leads Moss by four points.", []string{"the latest Gazette poll | In | Ortiz leads Moss by four points"}},
		{"In a survey of riders, conducted in May, most riders wanted lower fares.", []string{"a survey of riders, conducted in May, | In | most riders wanted lower fares"}},
		{"In this poll, Moss rose one point since the debate.", []string{"this poll | In | Moss rose one point since the debate"}},
		{"In the previous Ashton Post/Vale News poll, Ortiz led by five points.", []string{"the previous Ashton Post/Vale News poll | In | Ortiz led by five points"}},
		// Its own attribution, a place, a year, a page.
		{"In the poll, 60 percent said the pier was unsafe.", []string{"60 percent | said | the pier was unsafe"}},
		{"In the interview, Ortiz was calm.", nil},
		{"In 2015, fares rose sharply.", nil},
		{"Whether the pier will stand, these pages must show.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestA2As checks a comment clause of "as" with a participle of
// reporting and its source after "by" or "in" (a2_as.go).
func TestA2As(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"As reported by the Gazette, fares rose sharply last year.", []string{"the Gazette | reported | fares rose sharply last year"}},
		{"As stated in the board's filing, the pier is unsafe.", []string{"the board's filing | stated | the pier is unsafe"}},
		{"Fares rose sharply last year, as first reported by the Gazette.", []string{"the Gazette | reported | Fares rose sharply last year"}},
		// A belief, a clause too short, more after the source.
		{"He left the room early, as expected by his aides.", nil},
		{"As shown in the chart, fares rose.", nil},
		// The text pointing at a part of itself is the author's.
		{"As discussed in the previous paragraph, most services need a limit.", nil},
		{"As described in section four, the pier was rebuilt in stages.", nil},
		{"Fares rose sharply last year, as reported by the Gazette on its front page and later denied by the board.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestA2WhoContracted checks a relative "who" with its auxiliary in
// one word (parc.go's contracted) as the mention, as "who has" is.
func TestA2WhoContracted(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Ann Ortiz, who’s called for a new pier, spoke on Monday.", []string{"who | called for | a new pier"}},
		{"Ann Ortiz, who's called for a new pier, spoke on Monday.", []string{"who | called for | a new pier"}},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}
