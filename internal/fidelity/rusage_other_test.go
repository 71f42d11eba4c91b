//go:build !unix

package fidelity

func cpuSeconds() float64 { return 0 }
