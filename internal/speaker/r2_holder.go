package speaker

// r2RelativeHolder reports whether the relative "that" at toks[k]
// follows a noun for people or for a polity or body of them ("cities
// that support the rules", "nations that oppose the treaty", "groups
// that back the levy"), so that a verb of evaluation after it is their
// stance. readCue reads no verb of evaluation after a relative "that"
// otherwise: "beams that support the roof", "data that back the claim"
// hold no view. The noun is one of r2Holders, singular or plural, or a
// body's noun (bodies, quote.go).
func r2RelativeHolder(toks []tok, k int) bool {
	if k < 1 || !toks[k-1].word {
		return false
	}
	w := toks[k-1].low
	if r2Holders[w] || bodies[w] {
		return true
	}
	n := len(w)
	if n > 4 && w[n-3:] == "ies" {
		return r2Holders[w[:n-3]+"y"] // "cities", "countries", "parties"
	}
	return n > 3 && w[n-1] == 's' && (r2Holders[w[:n-1]] || bodies[w[:n-1]])
}

// r2Holders are nouns for people and for polities, which hold views.
var r2Holders = map[string]bool{
	"city": true, "state": true, "nation": true, "country": true, "town": true, "county": true, "province": true, "region": true,
	"people": true, "person": true, "voter": true, "member": true, "lawmaker": true, "legislator": true, "senator": true, "leader": true, "official": true,
	"resident": true, "citizen": true, "worker": true, "activist": true, "critic": true, "supporter": true, "donor": true, "politician": true, "candidate": true,
	"democrat": true, "republican": true, "conservative": true, "liberal": true, "economist": true, "expert": true, "scientist": true,
	"man": true, "men": true, "woman": true, "women": true,
}
