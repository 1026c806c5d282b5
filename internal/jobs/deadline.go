package jobs

import (
	"context"
	"errors"
	"sync"
	"time"
)

// RebuildTimeout is how long a rebuild may run: a rebuild of a large
// window takes minutes.
const RebuildTimeout = 30 * time.Minute

// halt ends the work that runs past its job's deadline (see pastDeadline)
// when the queue stops, StopTimeout after Stop is called or Start's
// context ends, as River's hard stop then cancels the other jobs.
type halt struct {
	ctx    context.Context
	cancel context.CancelFunc
	once   sync.Once
}

func newHalt() *halt {
	h := &halt{}
	h.ctx, h.cancel = context.WithCancel(context.Background())
	return h
}

// stopping starts the count to the halt; calling it again does nothing.
func (h *halt) stopping() {
	h.once.Do(func() { time.AfterFunc(StopTimeout, h.cancel) })
}

// pastDeadline returns the context for work that runs on past the
// deadline River gives its job, for up to limit: it ends when the job is
// cancelled or the queue stops (see halt), but not when the deadline
// passes. River's rescuer takes a job for stuck only once its deadline
// has passed, so a job of a killed desk waits at least that long; work
// that may take longer than the others' rescue time runs under this
// context with a deadline of Config.RescueAfter (see
// rebuildWorker.Timeout).
func (q *Queue) pastDeadline(job context.Context, limit time.Duration) (context.Context, context.CancelFunc) {
	ctx, end := context.WithCancelCause(context.WithoutCancel(job))
	ctx, cancel := context.WithTimeout(ctx, limit)
	unwatchJob := context.AfterFunc(job, func() {
		if !errors.Is(job.Err(), context.DeadlineExceeded) {
			end(context.Cause(job))
		}
	})
	unwatchQueue := context.AfterFunc(q.halt.ctx, func() { end(errHalted) })
	return ctx, func() {
		unwatchJob()
		unwatchQueue()
		cancel()
		end(context.Canceled)
	}
}

// errHalted is why work past its job's deadline ends when the queue
// stops.
var errHalted = errors.New("job queue stopped")
