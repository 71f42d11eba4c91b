package doc

// A ClaimSummary is the article's claims in figures: what kinds of
// statement it makes, how many of those worth checking nothing backs, and
// how much it hedges and insists. Rates are per 100 of the author's
// claims, so that articles of any length compare.
type ClaimSummary struct {
	Claims int               // all claims, the author's and quoted ones
	Author int               // the author's own claims (not inside a quotation)
	ByType map[ClaimType]int // the author's claims by type
	// CheckWorthy counts the author's factual claims at or above the
	// threshold the claim stage uses; Unsupported those of them that
	// nothing backs, and UnsupportedShare is their share (0 when none is
	// check-worthy).
	CheckWorthy      int
	Unsupported      int
	UnsupportedShare float64
	Hedges           int     // hedge cues in the author's claims
	Boosters         int     // booster cues in the author's claims
	HedgeRate        float64 // hedges per 100 of the author's claims
	BoosterRate      float64 // boosters per 100 of the author's claims
	HedgedShare      float64 // share of the author's claims with at least one hedge
	BoostedShare     float64 // share of the author's claims with at least one booster
	Vague            int     // vague attributions in the author's claims
}

// SummarizeClaims counts the claims the claim stage left on d.
func SummarizeClaims(d *Document) ClaimSummary {
	s := ClaimSummary{Claims: len(d.Claims), ByType: map[ClaimType]int{}}
	hedged, boosted := 0, 0
	for i := range d.Claims {
		c := &d.Claims[i]
		if c.Quoted >= 0 {
			continue
		}
		s.Author++
		s.ByType[c.Type]++
		if c.Type == ClaimFactual && c.CheckWorthy >= CheckWorthyThreshold {
			s.CheckWorthy++
			if !c.Supported() {
				s.Unsupported++
			}
		}
		s.Hedges += len(c.Hedges)
		s.Boosters += len(c.Boosters)
		s.Vague += len(c.Vague)
		if len(c.Hedges) > 0 {
			hedged++
		}
		if len(c.Boosters) > 0 {
			boosted++
		}
	}
	if s.CheckWorthy > 0 {
		s.UnsupportedShare = round3(float64(s.Unsupported) / float64(s.CheckWorthy))
	}
	if s.Author > 0 {
		n := float64(s.Author)
		s.HedgeRate = round3(100 * float64(s.Hedges) / n)
		s.BoosterRate = round3(100 * float64(s.Boosters) / n)
		s.HedgedShare = round3(float64(hedged) / n)
		s.BoostedShare = round3(float64(boosted) / n)
	}
	return s
}

// CheckWorthyThreshold is the check-worthiness from which a factual claim
// of the author's needs support.
const CheckWorthyThreshold = 0.5

func round3(x float64) float64 { return float64(int64(x*1000+0.5)) / 1000 }
