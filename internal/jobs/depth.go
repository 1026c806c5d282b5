package jobs

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/metrics"
)

// Kinds are the kinds of job the desk queues.
var Kinds = []string{KindFetchFeed, KindReadArticle, KindRebuild}

// DepthStates are the states Depth counts: the jobs not done yet
// (waiting or running) and those that failed for good. Completed jobs,
// which River keeps a day, are left out.
var DepthStates = []string{"available", "pending", "scheduled", "retryable", "running", "discarded", "cancelled"}

// Depth counts the queue's jobs by kind and state, for each of Kinds
// and DepthStates (zero where there is none), and for any other kind
// found in the queue; it reads River's job table in one query. It is
// what a scrape of the desk's metrics reports (metrics.Desk.WatchJobs).
func (q *Queue) Depth(ctx context.Context) ([]metrics.JobCount, error) {
	// The states are ours, not the caller's: they go in as literals,
	// which both databases read alike.
	query := `SELECT kind, state, count(*) FROM river_job WHERE state IN ('` +
		strings.Join(DepthStates, `', '`) + `') GROUP BY kind, state`
	rows, err := q.db.QueryContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("count jobs: %w", err)
	}
	defer rows.Close()
	found := map[[2]string]int{}
	var extra []string
	for rows.Next() {
		var kind, state string
		var n int
		if err := rows.Scan(&kind, &state, &n); err != nil {
			return nil, fmt.Errorf("count jobs: %w", err)
		}
		found[[2]string{kind, state}] = n
		if !slices.Contains(Kinds, kind) && !slices.Contains(extra, kind) {
			extra = append(extra, kind)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count jobs: %w", err)
	}
	var out []metrics.JobCount
	for _, kind := range slices.Concat(Kinds, extra) {
		for _, state := range DepthStates {
			out = append(out, metrics.JobCount{Kind: kind, State: state, N: found[[2]string{kind, state}]})
		}
	}
	return out, nil
}
