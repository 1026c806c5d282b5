package jobs

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/riverqueue/river/rivertype"
)

// Retry puts the failed jobs of ids (discarded or cancelled: see States)
// back in the queue, due at once, each with one attempt more than it has
// had. It checks every id first and changes nothing when one names no
// job or a job that has not failed; the error names each such id.
func (q *Queue) Retry(ctx context.Context, ids []int64) error {
	if err := q.allFailed(ctx, "retry", ids); err != nil {
		return err
	}
	for _, id := range ids {
		if _, err := q.c.JobRetry(ctx, id); err != nil {
			return fmt.Errorf("retry job %d: %w", id, err)
		}
	}
	return nil
}

// Delete removes the failed jobs of ids from the queue, with their
// errors. As Retry, it changes nothing when an id names no job or a job
// that has not failed: a job still to be done is not thrown away.
func (q *Queue) Delete(ctx context.Context, ids []int64) error {
	if err := q.allFailed(ctx, "delete", ids); err != nil {
		return err
	}
	for _, id := range ids {
		if _, err := q.c.JobDelete(ctx, id); err != nil {
			return fmt.Errorf("delete job %d: %w", id, err)
		}
	}
	return nil
}

// allFailed returns an error naming each of ids that is no job, or a
// job neither discarded nor cancelled, or nil when there is none such.
func (q *Queue) allFailed(ctx context.Context, op string, ids []int64) error {
	if len(ids) == 0 {
		return fmt.Errorf("%s jobs: no job ids given", op)
	}
	var bad []string
	for _, id := range ids {
		j, err := q.c.JobGet(ctx, id)
		switch {
		case errors.Is(err, rivertype.ErrNotFound):
			bad = append(bad, fmt.Sprintf("job %d: no such job", id))
		case err != nil:
			return fmt.Errorf("%s job %d: %w", op, id, err)
		case j.State != rivertype.JobStateDiscarded && j.State != rivertype.JobStateCancelled:
			bad = append(bad, fmt.Sprintf("job %d is %s, not failed (discarded or cancelled)", id, j.State))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("%s jobs: nothing done: %s", op, strings.Join(bad, "; "))
	}
	return nil
}
