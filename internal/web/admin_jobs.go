package web

import (
	"context"
	"strconv"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// JobLister lists the jobs of the desk's durable queue (jobs.Queue):
// up to limit jobs in any of states, the newest first.
type JobLister interface {
	List(ctx context.Context, states []string, limit int) ([]news.Job, error)
}

// jobsView is the overview's section on the job queue: the jobs that
// failed for good, and those waiting or running.
type jobsView struct {
	Failed, Waiting jobTable
}

// jobTable is one table of jobs; ID names its heading.
type jobTable struct {
	ID, Caption, When string
	Rows              []jobRow
}

// jobRow is one job on the overview.
type jobRow struct {
	ID       int64
	Kind     string
	State    string
	Attempts string // "3 of 5"
	Subject  string // the feed or page, shown as text
	When     whenView
	Error    feedErrorView
}

// maxJobs is how many jobs of each kind the overview lists.
const maxJobs = 50

// waitingStates are the states of a job not yet done.
var waitingStates = []string{"available", "pending", "retryable", "scheduled", "running"}

// jobsSection lists the failed and the waiting jobs, or nil when the
// site has no job queue.
func (s *server) jobsSection(ctx context.Context) (*jobsView, error) {
	if s.opt.Jobs == nil {
		return nil, nil
	}
	// A job is discarded after its last attempt, cancelled at its first
	// when the failure would recur (a page gone, a robots.txt refusal).
	failed, err := s.opt.Jobs.List(ctx, []string{"discarded", "cancelled"}, maxJobs)
	if err != nil {
		return nil, err
	}
	waiting, err := s.opt.Jobs.List(ctx, waitingStates, maxJobs)
	if err != nil {
		return nil, err
	}
	v := &jobsView{
		Failed:  jobTable{ID: "jobs-failed", Caption: "Jobs that failed their last attempt, or a first one that would recur, kept until an operator looks", When: "Ended"},
		Waiting: jobTable{ID: "jobs-waiting", Caption: "Jobs queued, due later, to be tried again, or running", When: "Due or started"},
	}
	for _, j := range failed {
		v.Failed.Rows = append(v.Failed.Rows, s.jobRow(j))
	}
	for _, j := range waiting {
		v.Waiting.Rows = append(v.Waiting.Rows, s.jobRow(j))
	}
	return v, nil
}

func (s *server) jobRow(j news.Job) jobRow {
	row := jobRow{ID: j.ID, Kind: j.Kind, State: j.State, Subject: j.Subject, Error: lastError(j.LastError),
		Attempts: strconv.Itoa(j.Attempt) + " of " + strconv.Itoa(j.MaxAttempts)}
	switch j.State {
	case "running", "discarded", "completed", "cancelled":
		row.When = s.ago(j.At, "never")
	default:
		row.When = s.until(j.At, "not set")
	}
	return row
}
