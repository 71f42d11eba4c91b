package html

// CleanByline exposes cleanByline to the external tests.
var CleanByline = cleanByline
