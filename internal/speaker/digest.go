package speaker

import (
	"sync"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Resources names the word lists built into this stage, each with the
// SHA-256 of its contents, so that provenance output can say which
// version of the data a result came from.
var Resources = sync.OnceValue(func() []doc.Resource {
	return []doc.Resource{
		doc.NewResource("speaker/carriers.txt", carrierData),
		doc.NewResource("speaker/cues.txt", cueData),
		doc.NewResource("speaker/function.txt", functionData),
		doc.NewResource("speaker/given.txt", givenData),
		doc.NewResource("speaker/reporting.txt", reportingData),
		doc.NewResource("speaker/stancenouns.txt", stanceNounData),
		doc.NewResource("speaker/sites.txt", siteData),
		doc.NewResource("speaker/works.txt", workData),
		doc.NewResource("speaker/naming.txt", namingData),
		doc.NewResource("speaker/voicing.txt", voicingData),
		doc.NewResource("speaker/titlenouns.txt", titleNounData),
		doc.NewResource("speaker/control.txt", controlData),
		doc.NewResource("speaker/persons.txt", personsData),
		doc.NewResource("speaker/nonreport.txt", nonreportData),
		doc.NewResource("speaker/n18_passive.txt", n18PassiveData), // n18_passive.go
		doc.NewResource("speaker/n48_sources.txt", n48SourceData),  // n48_source.go
	}
})
