package jobs

import (
	"context"
	"errors"
	"testing"
	"time"
)

// Work under pastDeadline goes on once its job's deadline has passed,
// and ends when the queue stops.
func TestPastDeadlineOutlivesTheJobsDeadline(t *testing.T) {
	q := &Queue{halt: newHalt()}
	job, cancelJob := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancelJob()
	ctx, cancel := q.pastDeadline(job, time.Hour)
	defer cancel()
	<-job.Done()
	q.halt.cancel()
	<-ctx.Done()
	if cause := context.Cause(ctx); !errors.Is(cause, errHalted) {
		t.Errorf("the work ended with %v; want it to outlive its job's deadline and end as the queue stopped (%v)", cause, errHalted)
	}
}

// A job cancelled before its deadline (River's hard stop, a cancel of the
// job) ends the work with the job's cause.
func TestPastDeadlineEndsWithTheJob(t *testing.T) {
	q := &Queue{halt: newHalt()}
	stopped := errors.New("hard stop")
	job, cancelJob := context.WithCancelCause(context.Background())
	ctx, cancel := q.pastDeadline(job, time.Hour)
	defer cancel()
	cancelJob(stopped)
	<-ctx.Done()
	if cause := context.Cause(ctx); !errors.Is(cause, stopped) {
		t.Errorf("the work ended with %v; want the job's %v", cause, stopped)
	}
}
