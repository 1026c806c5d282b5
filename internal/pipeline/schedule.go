package pipeline

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// Schedule is how often feeds are checked. The interval of each feed
// adapts to how often it changes, within [Min, Max]; failures back off
// exponentially; a feed that has not succeeded for PauseAfter is paused
// and probed only every Probe.
type Schedule struct {
	Min, Max, Default time.Duration
	PauseAfter, Probe time.Duration
	// PollDeadline bounds the reading of one poll: once it has passed,
	// no feed or page is started, and what is left is read at the next
	// poll. Zero means none.
	PollDeadline time.Duration
}

// DefaultSchedule checks a busy feed every 5 minutes, a quiet one at
// least every 6 hours, and pauses a feed after 3 days of failures. A poll
// reads for at most 10 minutes, so that the stories are rebuilt at least
// that often; it holds its claim on the feeds it reads as long as it
// reads (see holdClaims).
var DefaultSchedule = Schedule{
	Min: 5 * time.Minute, Max: 6 * time.Hour, Default: 15 * time.Minute,
	PauseAfter: 72 * time.Hour, Probe: 24 * time.Hour,
	PollDeadline: 10 * time.Minute,
}

// Next returns when a feed is to be checked again after a check at now
// that found newItems new items (ok) or failed (err != nil). f is the
// feed as it was before the check.
func (s Schedule) Next(f news.Feed, now time.Time, newItems int, err error) (next time.Time, interval time.Duration, paused bool) {
	interval = f.Interval
	if interval <= 0 {
		interval = s.Default
	}
	if err == nil {
		switch {
		case newItems > 0:
			interval /= 2
		default:
			interval = interval * 3 / 2
		}
		interval = min(max(interval, s.Min), s.Max)
		return now.Add(interval), interval, false
	}
	lastGood := f.LastSuccessAt
	if lastGood.IsZero() {
		lastGood = f.CreatedAt
	}
	if !lastGood.IsZero() && now.Sub(lastGood) >= s.PauseAfter {
		return now.Add(s.Probe), interval, true
	}
	// failures counts the ones before this check
	backoff := s.Min << min(f.Failures, 10)
	backoff = min(backoff, s.Max)
	return now.Add(backoff), interval, false
}

// PollReport says what one poll of the due feeds did.
type PollReport struct {
	Feeds   []*FeedReport
	Paused  int
	Rebuild RebuildReport
}

// ScheduleChecked sets, for each feed that a check just read (reports,
// as Ingest returns them), when it is checked next, by s; it returns how
// many it paused. due are the stored feeds of the first reports, in the
// same order, when the caller has them; other reports' feeds are looked
// up by URL, and a file, or a source that failed before it was stored,
// has none.
func (p *Pipeline) ScheduleChecked(ctx context.Context, s Schedule, reports []*FeedReport, due []news.Feed) (int, error) {
	pausedN := 0
	for i, r := range reports {
		var f news.Feed
		if i < len(due) {
			f = due[i]
		} else {
			var err error
			if f, err = p.Store.FeedByURL(ctx, r.Source); err != nil {
				continue
			}
		}
		if r.Deferred && f.ID != 0 {
			// Not read, or not all of it, by the poll's deadline: due
			// again at once, its interval and failures as they were.
			if err := p.Store.ScheduleFeed(ctx, f.ID, p.now(), f.Interval, f.Paused); err != nil {
				return pausedN, err
			}
			continue
		}
		next, interval, paused := s.Next(f, p.now(), r.New, r.Err)
		if paused {
			pausedN++
		}
		if err := p.Store.ScheduleFeed(ctx, f.ID, next, interval, paused); err != nil {
			return pausedN, err
		}
	}
	return pausedN, nil
}

// claimLease is how long a claim on a feed keeps it from other workers
// unless renewed. A poll renews its claims every claimLease/3 while it
// reads (see holdClaims), so a desk that is killed lets go of its feeds
// within claimLease, and a long poll keeps them however long it reads.
const claimLease = 2 * time.Minute

// holdClaims renews the claims on feeds every claimLease/3, as p's clock
// tells, until the returned stop is called; stop waits for a renewal
// under way and may be called more than once. A renewal that fails is
// logged: the claim then lapses, and at worst another worker reads a
// feed twice.
func (p *Pipeline) holdClaims(ctx context.Context, feeds []news.Feed) (stop func()) {
	if len(feeds) == 0 {
		return func() {}
	}
	ids := make([]int64, len(feeds))
	for i, f := range feeds {
		ids[i] = f.ID
	}
	tick := p.claimTick
	var ticker *time.Ticker
	if tick == nil {
		ticker = time.NewTicker(claimLease / 3)
		tick = ticker.C
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if ticker != nil {
			defer ticker.Stop()
		}
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick:
				if err := p.Store.RenewClaim(ctx, ids, p.now().Add(claimLease)); err != nil && ctx.Err() == nil {
					p.log().Warn("poll: renew the claim on feeds", "feeds", len(ids), "err", err)
				}
			}
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			cancel()
			<-done
		})
	}
}

// Poll checks the feeds that are due and the extra sources (feed URLs not
// yet followed are added to the store by the check), schedules each
// one's next check, and rebuilds the stories when anything new came in
// or some stored article has not been written into a story yet.
// It claims the due feeds first (Store.ClaimDueFeeds), so that several
// desks serving from one database check each feed once.
func (p *Pipeline) Poll(ctx context.Context, s Schedule, w Writing, extra ...string) (PollReport, error) {
	var rep PollReport
	now := p.now()
	due, err := p.Store.ClaimDueFeeds(ctx, now, 500, claimLease)
	if err != nil {
		return rep, err
	}
	release := p.holdClaims(ctx, due)
	defer release()
	urls := dueSources(due, extra)
	var reports []*FeedReport
	if len(urls) > 0 {
		var deadline time.Time
		if s.PollDeadline > 0 {
			deadline = now.Add(s.PollDeadline)
		}
		if reports, err = p.ingest(ctx, urls, deadline); err != nil {
			rep.Feeds = reports
			return rep, err
		}
	}
	rep.Feeds = reports
	release() // the checked feeds are scheduled now, which ends the claims
	fresh := 0
	for _, r := range reports {
		fresh += r.New
	}
	if rep.Paused, err = p.ScheduleChecked(ctx, s, reports, due); err != nil {
		return rep, err
	}
	if fresh == 0 {
		// Nothing new came in; still, articles stored before a rebuild
		// that was cut short (the desk stopped or was killed) wait for
		// one.
		unwritten, err := p.Store.HasUnwritten(ctx, now.Add(-w.window()))
		if err != nil || !unwritten {
			return rep, err
		}
	}
	rep.Rebuild, err = p.Rebuild(ctx, w)
	if err != nil {
		return rep, fmt.Errorf("poll: %w", err)
	}
	return rep, nil
}

// dueSources are the URLs of the due feeds, then those of extra that are
// not among them, each once.
func dueSources(due []news.Feed, extra []string) []string {
	var urls []string
	seen := map[string]bool{}
	for _, f := range due {
		urls = append(urls, f.URL)
		seen[f.URL] = true
	}
	for _, u := range extra {
		if !seen[u] {
			urls = append(urls, u)
			seen[u] = true
		}
	}
	return urls
}
