package jobs

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// States are the states a job may be in, as List takes them. "failed"
// stands for "discarded" and "cancelled" together: a job that failed its
// last attempt, or one ended at its first failure that would recur (see
// permanent).
var States = []string{"available", "cancelled", "completed", "discarded", "failed", "pending", "retryable", "running", "scheduled"}

// Waiting are the states of a job not yet done: queued, due later, or
// failed and to be tried again.
var Waiting = []string{"available", "pending", "retryable", "scheduled"}

// List returns up to limit jobs in any of states (all jobs when states
// is empty), the newest first. An unknown state is an error that names
// the states there are.
func (q *Queue) List(ctx context.Context, states []string, limit int) ([]news.Job, error) {
	params := river.NewJobListParams().First(limit).OrderBy(river.JobListOrderByID, river.SortOrderDesc)
	var want []rivertype.JobState
	for _, s := range states {
		if !slices.Contains(States, s) {
			return nil, fmt.Errorf("list jobs: unknown state %q (want one of %s)", s, strings.Join(States, ", "))
		}
		if s == "failed" {
			want = append(want, rivertype.JobStateDiscarded, rivertype.JobStateCancelled)
			continue
		}
		want = append(want, rivertype.JobState(s))
	}
	if len(want) > 0 {
		params = params.States(want...)
	}
	res, err := q.c.JobList(ctx, params)
	if err != nil {
		return nil, fmt.Errorf("list jobs: %w", err)
	}
	out := make([]news.Job, len(res.Jobs))
	for i, r := range res.Jobs {
		out[i] = jobOf(r)
	}
	return out, nil
}

func jobOf(r *rivertype.JobRow) news.Job {
	j := news.Job{ID: r.ID, Kind: r.Kind, State: string(r.State), Attempt: r.Attempt, MaxAttempts: r.MaxAttempts, At: r.ScheduledAt.UTC()}
	switch {
	case r.FinalizedAt != nil:
		j.At = r.FinalizedAt.UTC()
	case r.State == rivertype.JobStateRunning && r.AttemptedAt != nil:
		j.At = r.AttemptedAt.UTC()
	}
	if n := len(r.Errors); n > 0 {
		// River records the error of a job ended by river.JobCancel
		// under its own type's name.
		j.LastError = strings.TrimPrefix(r.Errors[n-1].Error, "JobCancelError: ")
	}
	var args struct {
		URL string `json:"url"`
	}
	if json.Unmarshal(r.EncodedArgs, &args) == nil {
		j.Subject = args.URL
	}
	return j
}
