//go:build unix

package testutil

import (
	"syscall"
	"time"
)

// CPUTime returns the CPU time, user and system, the process has used so
// far. Timing tests compare CPU time rather than wall-clock time: on a
// busy machine a run waits for a core, which says nothing about the code.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return time.Since(processStart)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
