//go:build !unix

package quotebase

func cpuSeconds() float64 { return 0 }
