package speaker

import "strings"

// An estimate is news prose's commonest figure with a source: "The
// center puts the cost at $1.1 trillion", "Officials put the death toll
// at 40", "Estimates put the number at 10,000". reporting.txt holds
// "put the cost at" and its kin (the noun that names a figure), class
// v: the source may be a thing. The content is the value after "at",
// which opens with a currency sign as often as with a number.

// currencyAmount reports whether toks[j] is a currency sign right
// before a number ("$498 billion", "€2 million", "₹141 crore"): an amount, which the
// content of "put the cost at" may open with though the sign is no
// word. contentStart asks it only after "at": after other verbs an
// amount is mostly what a thing raises, holds or owes ("the plan would
// raise $1 trillion", "Apple reported $215 billion offshore").
func currencyAmount(text string, toks []tok, j int) bool {
	if j+1 >= len(toks) || !toks[j+1].word || toks[j+1].s != toks[j].e {
		return false
	}
	switch toks[j].str(text) {
	case "$", "€", "£", "¥", "₹", "₦", "₵", "₱", "₩", "₺", "₽", "₪", "₴":
	default:
		return false
	}
	return strings.Trim(toks[j+1].low, "0123456789.,") == "" || numberTok(&toks[j+1])
}
