package speaker

// n15BackVerbs are the verbs that take "back" as their particle in a
// headline: "hits back", "fires back", "fights back", "pushes back",
// "comes back". After one of them "Back" is the particle, not the verb
// "back" (to support: "Unions Back Ferry Plan").
var n15BackVerbs = map[string]bool{
	"hit": true, "hits": true, "fire": true, "fires": true, "fired": true,
	"strike": true, "strikes": true, "struck": true, "fight": true, "fights": true,
	"fought": true, "shoot": true, "shoots": true, "shot": true, "snap": true,
	"snaps": true, "snapped": true, "lash": true, "lashes": true, "lashed": true,
	"bite": true, "bites": true, "bit": true, "come": true, "comes": true,
	"came": true, "bounce": true, "bounces": true, "bounced": true, "step": true,
	"steps": true, "stepped": true, "pull": true, "pulls": true, "pulled": true,
	"walk": true, "walks": true, "walked": true, "roll": true, "rolls": true,
	"rolled": true, "scale": true, "scales": true, "scaled": true, "claw": true,
	"claws": true, "clawed": true, "swing": true, "swings": true, "swung": true,
	"talk": true, "talks": true, "talked": true, "write": true, "writes": true,
	"wrote": true, "punch": true, "punches": true, "punched": true, "push": true,
	"pushes": true, "pushed": true, "fall": true, "falls": true, "fell": true,
}

// n15BackParticle reports whether the capitalised word at c of a
// headline in title case is "Back" as the particle of the verb before
// it ("Senator Hits Back At Critics", "Governor Fires Back"): then it is
// no verb of evaluation, and titleCue must not read the words before it
// ("Senator Hits") as the source. "Unions Back Ferry Plan", with a noun
// before "Back", still reads the verb.
func n15BackParticle(toks []tok, c int) bool {
	return c >= 1 && c < len(toks) && toks[c].low == "back" && toks[c-1].word && n15BackVerbs[toks[c-1].low]
}
