package pipeline

import (
	"context"
	"database/sql"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/theunbiasedpost/unbiased/internal/cluster"
	"github.com/theunbiasedpost/unbiased/internal/demo"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/metrics"
	"github.com/theunbiasedpost/unbiased/internal/write"
)

// testWriting is how the pipeline tests write stories.
func testWriting() Writing {
	return Writing{Writer: write.Writer{Desk: "Test desk"}, Cluster: cluster.DefaultOptions()}
}

// ingestedDemo is demoDesk (at path, when one is given) with the demo's
// feeds read once.
func ingestedDemo(t *testing.T, path string) *Pipeline {
	t.Helper()
	var p *Pipeline
	var urls []string
	if path == "" {
		p, urls = demoDesk(t)
	} else {
		p, urls = demoDeskAt(t, path)
	}
	if _, err := p.Ingest(context.Background(), urls); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPollChecksDueFeedsOnceAndSchedulesThem(t *testing.T) {
	ctx := context.Background()
	p, urls := demoDesk(t)
	w := testWriting()
	// One feed is not followed yet: passed as an extra source, it is read
	// once with the due ones, added, and scheduled like them.
	extra := urls[0]
	if err := p.Store.RemoveFeed(ctx, extra); err != nil {
		t.Fatal(err)
	}
	rep, err := p.Poll(ctx, DefaultSchedule, w, extra, urls[1])
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Feeds) != len(urls) {
		t.Fatalf("first poll checked %d feeds; want each of the %d once", len(rep.Feeds), len(urls))
	}
	if rep.Rebuild.Published == 0 {
		t.Error("first poll found new reports but published no story")
	}
	due, err := p.Store.DueFeeds(ctx, clock, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(due) != 0 {
		t.Errorf("%d feeds still due right after a poll; every checked feed should be scheduled", len(due))
	}
	again, err := p.Poll(ctx, DefaultSchedule, w)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Feeds) != 0 {
		t.Errorf("a second poll at the same time checked %d feeds; want none", len(again.Feeds))
	}
}

// A desk stopped after storing articles and before writing them (killed
// during a rebuild, say) writes them at its next poll, though no feed
// brings anything new.
func TestPollWritesWhatAStoppedDeskLeftUnwritten(t *testing.T) {
	ctx := context.Background()
	p := ingestedDemo(t, "")
	w := testWriting()
	rep, err := p.Poll(ctx, DefaultSchedule, w)
	if err != nil {
		t.Fatal(err)
	}
	fresh := 0
	for _, r := range rep.Feeds {
		fresh += r.New
	}
	if fresh != 0 || rep.Rebuild.Published < len(demo.Events()) {
		t.Errorf("poll: %d new articles, %d stories published; want none new and every demo story written", fresh, rep.Rebuild.Published)
	}
	again, err := p.Poll(ctx, DefaultSchedule, w)
	if err != nil || again.Rebuild.Stories != 0 {
		t.Errorf("a poll with nothing new or unwritten rebuilt: %+v, %v", again.Rebuild, err)
	}
}

// A poll keeps its deadline: once it has passed, no feed or page is
// started. What was left is due at once, marked as deferred rather than
// failed, and the next poll reads it, so that the two polls store what
// one poll without a deadline does.
func TestPollKeepsItsDeadline(t *testing.T) {
	ctx := context.Background()
	p, urls := demoDesk(t)
	var ticks atomic.Int64 // the desk's clock moves a minute each time it is read
	p.Now = func() time.Time { return clock.Add(time.Duration(ticks.Add(1)) * time.Minute) }
	w := testWriting()
	s := DefaultSchedule
	s.PollDeadline = 6 * time.Minute
	rep, err := p.Poll(ctx, s, w)
	if err != nil {
		t.Fatal(err)
	}
	deferred := 0
	for _, r := range rep.Feeds {
		if r.Deferred {
			deferred++
		}
		if r.Err != nil || len(r.Failed) > 0 {
			t.Errorf("feed %s: the deadline counted as a failure: %v %v", r.Source, r.Err, r.Failed)
		}
	}
	if deferred == 0 {
		t.Fatalf("no feed was left for the next poll: the deadline was not kept (%d feeds read)", len(rep.Feeds))
	}
	due, err := p.Store.DueFeeds(ctx, p.now(), 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(due) < deferred {
		t.Errorf("%d feeds due after the poll; want at least the %d deferred ones", len(due), deferred)
	}
	// Later polls without a deadline read what was left.
	s.PollDeadline = 0
	for range 3 {
		if _, err := p.Poll(ctx, s, w); err != nil {
			t.Fatal(err)
		}
	}
	q, _ := demoDesk(t)
	if _, err := q.Ingest(ctx, urls); err != nil {
		t.Fatal(err)
	}
	if got, want := len(rows(t, p.Store)), len(rows(t, q.Store)); got != want {
		t.Errorf("after the deferred polls the desk holds %d articles; one poll without a deadline stores %d", got, want)
	}
}

// The figures an operator scrapes follow what a poll did: every demo feed
// read, every report stored counted, nothing left in the queue.
func TestPollMetrics(t *testing.T) {
	ctx := context.Background()
	p, urls := demoDesk(t)
	met := metrics.New()
	p.Metrics = met
	w := testWriting()
	rep, err := p.Poll(ctx, DefaultSchedule, w)
	if err != nil {
		t.Fatal(err)
	}
	stored := 0
	for _, r := range rep.Feeds {
		stored += r.New
	}
	rec := httptest.NewRecorder()
	met.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body := rec.Body.String()
	for _, want := range []string{
		fmt.Sprintf(`unbiased_feed_checks_total{result="read"} %d`, len(urls)),
		fmt.Sprintf("unbiased_articles_stored_total %d", stored),
		fmt.Sprintf(`unbiased_stories_written_total{result="published"} %d`, rep.Rebuild.Published),
		"unbiased_rebuild_seconds_count 1",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the scrape lacks %q", want)
		}
	}
}

// One desk at a time rebuilds: while another desk sharing the database
// holds the rebuild lock, this one leaves the stories to it, and
// rebuilds once the lock is given back.
func TestRebuildLeftToTheDeskThatHoldsTheLock(t *testing.T) {
	ctx := context.Background()
	p := ingestedDemo(t, "")
	w := testWriting()
	other, ok, err := p.Store.TryLock(ctx, rebuildLock)
	if err != nil || !ok {
		t.Fatalf("take the lock for another desk: %v, %v", ok, err)
	}
	rep, err := p.Rebuild(ctx, w)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Elsewhere || rep.Published != 0 {
		t.Fatalf("rebuild while another desk holds the lock: %+v; want it left to that desk", rep)
	}
	if total, _, _ := p.Store.StoryCounts(ctx); total != 0 {
		t.Errorf("%d stories written while another desk held the lock", total)
	}
	if err := other.Unlock(); err != nil {
		t.Fatal(err)
	}
	rep, err = p.Rebuild(ctx, w)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Elsewhere || rep.Published == 0 {
		t.Errorf("rebuild once the lock was free: %+v", rep)
	}
	// and this desk gave the lock back when done
	if again, ok, err := p.Store.TryLock(ctx, rebuildLock); err != nil || !ok {
		t.Errorf("the lock was not given back after the rebuild: %v, %v", ok, err)
	} else {
		again.Unlock()
	}
}

// A fresh rebuild clusters the window from scratch and writes every story
// again; on the same reports it gives the same stories, with the same
// IDs, each time.
func TestFreshRebuildIsDeterministic(t *testing.T) {
	ctx := context.Background()
	p := ingestedDemo(t, "")
	w := testWriting()
	if _, err := p.Rebuild(ctx, w); err != nil {
		t.Fatal(err)
	}
	first, err := p.Store.StoryAssignments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	w.Fresh = true
	calls, total := 0, 0
	p.WriteProgress = func(done, n int) {
		if done != calls {
			t.Errorf("progress told %d done after %d stories", done, calls)
		}
		calls, total = calls+1, n
	}
	for run := range 2 {
		calls = 0
		rep, err := p.Rebuild(ctx, w)
		if err != nil {
			t.Fatal(err)
		}
		if calls != rep.Stories || total != rep.Stories {
			t.Errorf("progress was told of %d of %d stories; the rebuild wrote %d", calls, total, rep.Stories)
		}
		if rep.Unchanged != 0 || rep.Stories == 0 {
			t.Errorf("fresh rebuild %d: %d stories, %d left unchanged; want every story written again", run, rep.Stories, rep.Unchanged)
		}
		again, err := p.Store.StoryAssignments(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(first, again); diff != "" {
			t.Errorf("fresh rebuild %d gave other stories (-first +fresh):\n%s", run, diff)
		}
	}
}

// A story whose page cannot be saved is counted as an error and keeps the
// page it had; the rebuild goes on and the other stories are saved.
func TestRebuildCountsAStoryThatCannotBeSaved(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "desk.db")
	p := ingestedDemo(t, path)
	w := testWriting()
	first, err := p.Rebuild(ctx, w)
	if err != nil {
		t.Fatal(err)
	}
	list, err := p.Store.ListStories(ctx, 1, 0)
	if err != nil || len(list) != 1 {
		t.Fatalf("list stories: %v, %v", list, err)
	}
	stuck := list[0].ID
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, op := range []string{"INSERT", "UPDATE"} {
		trigger := fmt.Sprintf(`CREATE TRIGGER refuse_%[1]s BEFORE %[1]s ON stories WHEN NEW.id = '%[2]s' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`, op, stuck)
		if _, err := db.Exec(trigger); err != nil {
			t.Fatal(err)
		}
	}
	w.Fresh = true // every story is written again
	rep, err := p.Rebuild(ctx, w)
	if err != nil {
		t.Fatalf("a story that cannot be saved failed the rebuild: %v", err)
	}
	if rep.Refused["error"] != 1 || rep.Kept != 1 || rep.Published != first.Published {
		t.Errorf("rebuild with one story unsaved: %d errors, %d kept, %d published; want 1, 1 and %d", rep.Refused["error"], rep.Kept, rep.Published, first.Published)
	}
	if page, err := p.Store.Page(ctx, stuck); err != nil || page.StoryID != stuck {
		t.Errorf("the unsaved story lost its page: %v", err)
	}
}

// blockingGetter holds every request until release is closed, after
// telling started of the first.
type blockingGetter struct {
	Getter
	started chan struct{}
	once    sync.Once
	release chan struct{}
}

func (g *blockingGetter) Get(ctx context.Context, r fetch.Request) (*fetch.Response, error) {
	g.once.Do(func() { close(g.started) })
	select {
	case <-g.release:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return g.Getter.Get(ctx, r)
}

// A poll that reads for longer than its lease keeps its claim on the
// feeds: another worker gets none of them while it reads, however late.
func TestPollHoldsItsClaimWhileReading(t *testing.T) {
	ctx := context.Background()
	p, _ := demoDesk(t)
	var at atomic.Int64 // minutes past clock
	p.Now = func() time.Time { return clock.Add(time.Duration(at.Load()) * time.Minute) }
	g := &blockingGetter{Getter: p.Client, started: make(chan struct{}), release: make(chan struct{})}
	p.Client = g
	tick := make(chan time.Time)
	p.claimTick = tick
	done := make(chan error, 1)
	go func() {
		_, err := p.Poll(ctx, DefaultSchedule, testWriting())
		done <- err
	}()
	<-g.started
	// The worker reads on, long past its first lease, renewing its claim
	// as its ticker tells it to.
	for range 5 {
		at.Add(int64(claimLease/time.Minute) + 1)
		tick <- clock
		tick <- clock // taken only once the renewal before it is done
	}
	other, err := p.Store.ClaimDueFeeds(ctx, p.now(), 100, claimLease)
	if err != nil {
		t.Fatal(err)
	}
	if len(other) != 0 {
		t.Errorf("another worker claimed %d feeds that a live poll was still reading", len(other))
	}
	close(g.release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// A worker that stops renewing (it was killed) lets go of its feeds once
// its lease has passed: another worker claims them then.
func TestClaimLapsesWithoutRenewal(t *testing.T) {
	ctx := context.Background()
	p, urls := demoDesk(t)
	claimed, err := p.Store.ClaimDueFeeds(ctx, clock, 100, claimLease)
	if err != nil || len(claimed) != len(urls) {
		t.Fatalf("claimed %d feeds of %d: %v", len(claimed), len(urls), err)
	}
	if again, _ := p.Store.ClaimDueFeeds(ctx, clock.Add(claimLease-time.Second), 100, claimLease); len(again) != 0 {
		t.Errorf("%d feeds claimed again inside the lease", len(again))
	}
	if again, _ := p.Store.ClaimDueFeeds(ctx, clock.Add(claimLease), 100, claimLease); len(again) != len(urls) {
		t.Errorf("%d feeds claimed once the lease passed; want all %d", len(again), len(urls))
	}
	if claimLease > 5*time.Minute {
		t.Errorf("a killed desk holds its feeds for %v; want a few minutes at most", claimLease)
	}
}
