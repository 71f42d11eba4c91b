package doc

// SourceType says what kind of thing a named source is.
type SourceType string

// Source types.
const (
	SourcePerson       SourceType = "person"
	SourceOrganisation SourceType = "organisation"
	SourceWork         SourceType = "work"       // a book, memoir, declaration, report, speech
	SourcePeriodical   SourceType = "periodical" // a newspaper, magazine, journal
	SourceWebsite      SourceType = "website"    // a site, or one language edition of it
)

// SourceClass says how far a source stands from what it reports.
type SourceClass string

// Source classes.
const (
	ClassPrimary       SourceClass = "primary"        // a memoir, document, speech, witness
	ClassSecondary     SourceClass = "secondary"      // a biography, history, book about it
	ClassTertiary      SourceClass = "tertiary"       // an encyclopedia
	ClassPress         SourceClass = "press"          // a newspaper or news agency
	ClassUserGenerated SourceClass = "user-generated" // a forum, Q&A site, blog, social media
)

// A Source is someone or something the article names as where its
// information comes from, with every mention of it, name variants merged
// ("Nikita Khrushchev", "Khrushchev", "Nikita Sergeyevich").
type Source struct {
	Name     string      // the fullest form of the name found
	Type     SourceType  //
	Class    SourceClass // "" when nothing says
	Vague    bool        // an unnamed source: "experts say", "pro-Soviet sources from the 1930s"
	Mentions []Span      // every mention, in order
}
