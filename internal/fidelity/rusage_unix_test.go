//go:build unix

package fidelity

import "syscall"

// cpuSeconds is the processor time the process has used, user and
// system: on a shared machine it measures the work done where the wall
// clock measures the queue.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
