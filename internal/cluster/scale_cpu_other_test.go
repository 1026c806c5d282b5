//go:build !unix

package cluster

import "time"

// cpuTime is zero where the process's CPU time is not read: the
// benchmark then reports wall time only.
func cpuTime() time.Duration { return 0 }
