package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/theunbiasedpost/unbiased/internal/feed"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/pipeline"
)

// The kinds of job, as River stores them and `jobs list` shows them.
const (
	KindFetchFeed   = "fetch_feed"
	KindReadArticle = "read_article"
	KindRebuild     = "rebuild_stories"
)

// whilePending makes a job unique by its args among the jobs not yet
// done: a feed, an article or the rebuild is queued once however many
// desks ask for it, until that job has run. A job that failed for good
// (discarded) no longer counts, so the feed or article is tried again at
// its next check.
var whilePending = river.UniqueOpts{
	ByArgs: true,
	ByState: []rivertype.JobState{
		rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRetryable,
		rivertype.JobStateRunning, rivertype.JobStateScheduled,
	},
}

// FetchFeedArgs is a check of one feed (Pipeline.QueueFeed).
type FetchFeedArgs struct {
	URL string `json:"url"`
}

// Kind is KindFetchFeed.
func (FetchFeedArgs) Kind() string { return KindFetchFeed }

// InsertOpts: a feed that fails is retried twice within a minute or so;
// after that its schedule backs off (pipeline.Schedule).
func (FetchFeedArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: 3, UniqueOpts: whilePending}
}

// ReadArticleArgs is the reading of one feed item's page.
type ReadArticleArgs struct {
	// URL is the item's link, which makes the job unique.
	URL  string            `json:"url" river:"unique"`
	Work pipeline.ItemWork `json:"work"`
}

// Kind is KindReadArticle.
func (ReadArticleArgs) Kind() string { return KindReadArticle }

// InsertOpts: a page is tried five times, the last some six minutes
// after the first with River's backoff.
func (ReadArticleArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: 5, UniqueOpts: whilePending}
}

// RebuildArgs is a rebuild of the stories (Pipeline.Rebuild).
type RebuildArgs struct {
	// FollowUp marks the rebuild queued for an article stored while
	// another rebuild ran (see enqueueRebuild).
	FollowUp bool `json:"follow_up,omitempty"`
}

// Kind is KindRebuild.
func (RebuildArgs) Kind() string { return KindRebuild }

// InsertOpts: one rebuild, and one follow-up, is queued or running at a
// time among all the desks (and Pipeline.Rebuild holds the store's
// rebuild lock as well).
func (RebuildArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: 3, UniqueOpts: whilePending}
}

// EnqueueFeeds queues a check of each source; one already queued is left.
func (q *Queue) EnqueueFeeds(ctx context.Context, sources []string) error {
	var params []river.InsertManyParams
	seen := map[string]bool{}
	for _, s := range sources {
		if !seen[s] {
			seen[s] = true
			params = append(params, river.InsertManyParams{Args: FetchFeedArgs{URL: s}})
		}
	}
	return q.insertMany(ctx, params)
}

// EnqueueItems queues the reading of each item; one already queued, or
// listed before with the same link, is left. The items of one host are
// due Config.HostSpacing apart, the first at once: River hands out jobs by
// when they are due, so the pages of several hosts come in turn rather
// than each feed's all together, and a desk's workers, one per host (see
// hosts), seldom take a job only to put it back.
func (q *Queue) EnqueueItems(ctx context.Context, items []pipeline.ItemWork) error {
	var params []river.InsertManyParams
	seen := map[string]bool{}
	perHost := map[string]int{}
	now := time.Now()
	for _, it := range items {
		if !seen[it.Item.URL] {
			seen[it.Item.URL] = true
			host := hostOf(it.Item.URL)
			var opts *river.InsertOpts
			if k := perHost[host]; k > 0 && q.cfg.HostSpacing > 0 {
				opts = &river.InsertOpts{ScheduledAt: now.Add(time.Duration(k) * q.cfg.HostSpacing)}
			}
			perHost[host]++
			params = append(params, river.InsertManyParams{Args: ReadArticleArgs{URL: it.Item.URL, Work: it}, InsertOpts: opts})
		}
	}
	return q.insertMany(ctx, params)
}

// EnqueueRebuild queues a rebuild of the stories unless one is queued or
// running.
func (q *Queue) EnqueueRebuild(ctx context.Context) error {
	return q.enqueueRebuild(ctx, time.Time{})
}

// enqueueRebuild queues a rebuild at at (at once when zero). River keeps
// one rebuild job per args while it waits or runs, so an article stored
// while the rebuild runs, after that rebuild last looked for articles
// waiting (rebuildWorker.Work) and before River records it completed,
// would be in no story until the next dispatch: such an article queues a
// follow-up rebuild.
func (q *Queue) enqueueRebuild(ctx context.Context, at time.Time) error {
	res, err := q.c.Insert(ctx, RebuildArgs{}, &river.InsertOpts{ScheduledAt: at})
	if err == nil && res.UniqueSkippedAsDuplicate && res.Job.State == rivertype.JobStateRunning {
		_, err = q.c.Insert(ctx, RebuildArgs{FollowUp: true}, &river.InsertOpts{ScheduledAt: at})
	}
	if err != nil {
		return fmt.Errorf("queue %s: %w", KindRebuild, err)
	}
	return nil
}

func (q *Queue) insertMany(ctx context.Context, params []river.InsertManyParams) error {
	if len(params) == 0 {
		return nil
	}
	if _, err := q.c.InsertMany(ctx, params); err != nil {
		return fmt.Errorf("queue %d %s jobs: %w", len(params), params[0].Args.Kind(), err)
	}
	return nil
}

func addWorkers(w *river.Workers, q *Queue) {
	river.AddWorker(w, &fetchFeedWorker{q: q})
	river.AddWorker(w, &readArticleWorker{q: q})
	river.AddWorker(w, &rebuildWorker{q: q})
}

type fetchFeedWorker struct {
	river.WorkerDefaults[FetchFeedArgs]
	q *Queue
}

func (w *fetchFeedWorker) Work(ctx context.Context, job *river.Job[FetchFeedArgs]) error {
	return w.q.withHost(job.JobRow, job.Args.URL, func() error {
		n, err := w.q.cfg.Pipeline.QueueFeed(ctx, job.Args.URL, w.q.cfg.Schedule, w.q)
		if err != nil {
			return w.q.failed(job.JobRow, job.Args.URL, err)
		}
		w.q.cfg.Log.Info("checked feed", "feed", job.Args.URL, "queued", n)
		return nil
	})
}

// failed logs and counts (metrics.Desk.JobFailed, through the
// pipeline's Metrics) a job's failed attempt, saying whether it is tried
// again, and returns err for River to record. A failure that would come
// again on every attempt (see permanent) ends the job at once: River
// keeps it as cancelled, with err, and tries it no more.
func (q *Queue) failed(job *rivertype.JobRow, subject string, err error) error {
	what, result := "tried again later", "retry"
	switch {
	case permanent(err):
		q.cfg.Pipeline.Metrics.JobFailed(job.Kind, "cancelled")
		q.cfg.Log.Warn("job failed for good, not tried again as the failure would recur: kept for 'unbiased jobs list --state failed'",
			"job", job.ID, "kind", job.Kind, "subject", subject, "attempt", job.Attempt, "err", err)
		return river.JobCancel(err)
	case job.Attempt >= job.MaxAttempts:
		what, result = "failed for good: kept for 'unbiased jobs list --state failed'", "discarded"
	}
	q.cfg.Pipeline.Metrics.JobFailed(job.Kind, result)
	q.cfg.Log.Warn("job failed, "+what, "job", job.ID, "kind", job.Kind, "subject", subject,
		"attempt", job.Attempt, "max_attempts", job.MaxAttempts, "err", err)
	return err
}

type readArticleWorker struct {
	river.WorkerDefaults[ReadArticleArgs]
	q *Queue
}

func (w *readArticleWorker) Work(ctx context.Context, job *river.Job[ReadArticleArgs]) error {
	return w.q.withHost(job.JobRow, job.Args.URL, func() error { return w.read(ctx, job) })
}

func (w *readArticleWorker) read(ctx context.Context, job *river.Job[ReadArticleArgs]) error {
	created, err := w.q.cfg.Pipeline.ReadItemWork(ctx, job.Args.Work)
	if err != nil {
		return w.q.failed(job.JobRow, job.Args.URL, err)
	}
	if !created {
		return nil
	}
	// The articles of one check come in over some seconds: the rebuild
	// queued for the first takes in the others too.
	var at time.Time
	if d := w.q.cfg.RebuildDelay; d > 0 {
		at = time.Now().Add(d)
	}
	return w.q.enqueueRebuild(ctx, at)
}

type rebuildWorker struct {
	river.WorkerDefaults[RebuildArgs]
	q *Queue
}

// Timeout is the deadline River gives a rebuild job: Config.RescueAfter,
// the others' rescue time. River's rescuer leaves a job alone until its
// deadline has passed, and a rebuild job waits while another with its
// args runs: a rebuild left running by a desk that was killed would
// otherwise hold back every rebuild until a longer deadline passed. The rebuild
// itself runs on past the deadline, for up to RebuildTimeout (Work).
func (w *rebuildWorker) Timeout(*river.Job[RebuildArgs]) time.Duration { return w.q.cfg.RescueAfter }

func (w *rebuildWorker) Work(ctx context.Context, job *river.Job[RebuildArgs]) error {
	ctx, cancel := w.q.pastDeadline(ctx, RebuildTimeout)
	defer cancel()
	rep, err := w.q.cfg.Pipeline.Rebuild(ctx, w.q.cfg.Writing)
	if err != nil {
		return w.q.failed(job.JobRow, "", err)
	}
	if rep.Elsewhere {
		w.q.cfg.Log.Info("stories left to the desk that is rebuilding them")
	} else {
		w.q.cfg.Log.Info("rebuilt stories", "stories", rep.Stories, "published", rep.Published,
			"rewritten", rep.Stories-rep.Unchanged, "not_published", rep.RefusedTotal())
	}
	// An article stored while this job ran may not have queued a rebuild
	// of its own (see enqueueRebuild), nor could one stored while another
	// desk held the rebuild lock be taken in: when some article waits, this job runs again after the delay
	// (river.JobSnooze, which costs no attempt), at most maxRebuildRounds
	// times; after that the next dispatch (Pipeline.Dispatch) queues it.
	more, err := w.q.cfg.Pipeline.Unwritten(ctx, w.q.cfg.Writing)
	if err != nil {
		return w.q.failed(job.JobRow, "", err)
	}
	if more && snoozes(job.JobRow) < maxRebuildRounds {
		return river.JobSnooze(max(w.q.cfg.RebuildDelay, 0))
	}
	return nil
}

// maxRebuildRounds bounds how often one rebuild job runs again for the
// articles stored while it ran.
const maxRebuildRounds = 10

// permanent reports whether a job's error would come again however often
// the job were tried: a fetch that fetch.Permanent says so of (a 404 or
// 410, a robots.txt refusal, an address the guard refuses), or a body
// that is not a feed. Timeouts, 5xx, 429 and broken connections are
// retried with River's backoff.
func permanent(err error) bool {
	return fetch.Permanent(err) || errors.Is(err, feed.ErrNotAFeed)
}

// snoozes is how often a job was put back (river.JobSnooze), as River
// records it in the job's metadata.
func snoozes(job *rivertype.JobRow) int {
	var m struct {
		Snoozes int `json:"snoozes"`
	}
	_ = json.Unmarshal(job.Metadata, &m)
	return m.Snoozes
}
