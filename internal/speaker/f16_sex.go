package speaker

import (
	"strings"
)

// f16SexReach bounds, in quotations on either side, where f16NameSexAt
// looks for the turns of a called name's bearer.
const f16SexReach = 40

// f16Called runs f15Called, then gives a description of known sex its
// own words back where f15Called named it by a name of the other sex:
// "the young girl" is never the "Ed" or "Mr. Moss" the turns around
// call someone by (the calls were meant for another speaker of the
// scene, or the description is someone new). A description whose sex
// is known is "the" and a noun of one sex (f15DescSex: "the young girl",
// "the old lady", "the young man") or a people's noun of one sex
// (f16Demonyms: "the Frenchwoman"); a name's sex is its title's, its
// given name's (f16NameSex), or the one the narration gives its
// bearer's own turns nearby (f16NameSexAt). Where either sex is
// unknown, f15Called's name stands.
func (a *attributor) f16Called() {
	qs := a.d.Quotes
	type desc struct {
		i    int
		name string
		sex  byte
	}
	var before []desc
	for i := range qs {
		if s := f16DescSex(qs[i].Speaker.Name); s != 0 {
			before = append(before, desc{i, qs[i].Speaker.Name, s})
		}
	}
	a.f15Called()
	for _, b := range before {
		q := &qs[b.i]
		if q.Speaker.Name == b.name {
			continue
		}
		if s := a.f16NameSexAt(b.i, q.Speaker.Name); s != 0 && s != b.sex {
			rename(q, q.Speaker.Name, b.name)
		}
	}
}

// f16Demonyms are the nouns of f15Demonyms that tell a sex.
var f16Demonyms = map[string]byte{
	"Jewess": 'f', "Englishman": 'm', "Englishwoman": 'f', "Frenchman": 'm', "Frenchwoman": 'f',
	"Irishman": 'm', "Irishwoman": 'f', "Scotchman": 'm', "Scotsman": 'm', "Dutchman": 'm',
}

// f16DescSex is f15DescSex, or the sex of a people's noun that tells one
// ("the Frenchwoman", "Englishman" as f15Called's speaker name).
func f16DescSex(name string) byte {
	if s := f15DescSex(name); s != 0 {
		return s
	}
	// Every people's noun of f16Demonyms ends in "man" or "ess": most
	// names are told by their last bytes, before they are cut into
	// words (f16Called asks of every quotation's speaker).
	if t := trimRightSpace(name); !strings.HasSuffix(t, "man") && !strings.HasSuffix(t, "ess") {
		return 0
	}
	w := strings.Fields(name)
	if len(w) == 0 || len(w) > 3 {
		return 0
	}
	return f16Demonyms[w[len(w)-1]]
}

// f16NameSex returns the sex a name tells by itself: its title ("Mrs.
// Hall", "Mr Reed") or its given name ("Mary", "Tom Moss"); 0 when
// neither tells.
func f16NameSex(name string) byte {
	if s := f7TitleSex(name); s != 0 {
		return s
	}
	f, _, _ := strings.Cut(name, " ")
	if g, ok := lookupLower(given, strings.TrimSuffix(f, ".")); ok {
		return g
	}
	return 0
}

// f16NameSexAt returns the sex of name, called near quotation i: what
// the name tells (f16NameSex), else the sex the turns of the same person
// within f16SexReach quotations tell (f8SexOf: "“…,” Ed said. He …"),
// when they tell one and never the other; 0 otherwise.
func (a *attributor) f16NameSexAt(i int, name string) byte {
	if s := f16NameSex(name); s != 0 {
		return s
	}
	qs := a.d.Quotes
	var sex byte
	for j := max(0, i-f16SexReach); j <= min(len(qs)-1, i+f16SexReach); j++ {
		sp := qs[j].Speaker
		if j == i || sp.Name == "" || !samePerson(sp.Name, name) {
			continue
		}
		s := a.f8SexOf(sp)
		if s == 0 {
			continue
		}
		if sex != 0 && s != sex {
			return 0
		}
		sex = s
	}
	return sex
}
