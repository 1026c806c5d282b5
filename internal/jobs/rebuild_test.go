package jobs

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// A rebuild that could not take in an article (here because another
// desk held the rebuild lock) runs again: the article gets its story
// without another dispatch.
func TestRebuildRunsAgainForArticlesLeft(t *testing.T) {
	eachDB(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		f := newFarm(t, 1, 1)
		log := &records{}
		d := openDeskWith(t, dsn, func(c *Config) {
			c.Log = slog.New(log)
			c.RebuildDelay = 200 * time.Millisecond
		})
		lock, ok, err := d.st.TryLock(ctx, "rebuild")
		if err != nil || !ok {
			t.Fatalf("take the rebuild lock: %v, %v", ok, err)
		}
		if err := d.q.EnqueueFeeds(ctx, f.feedURLs()); err != nil {
			t.Fatal(err)
		}
		d.start(t)
		for !log.saw("stories left to the desk that is rebuilding them") {
			time.Sleep(10 * time.Millisecond)
		}
		if err := lock.Unlock(); err != nil {
			t.Fatal(err)
		}
		drain(t, d.q)
		if more, err := d.q.cfg.Pipeline.Unwritten(ctx, d.q.cfg.Writing); err != nil || more {
			t.Errorf("after the lock was given back and the queue drained: an article waits for a rebuild (%v)", err)
		}
	})
}

// An article stored while a rebuild runs queues a follow-up, since the
// running rebuild may have looked for waiting articles before it was
// stored; one follow-up waits at a time.
func TestRebuildQueuedWhileOneRuns(t *testing.T) {
	eachDB(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		d := openDesk(t, dsn, false)
		if err := d.q.EnqueueRebuild(ctx); err != nil {
			t.Fatal(err)
		}
		execSQL(t, dsn, `UPDATE river_job SET state = 'running', attempt = 1, attempted_at = CURRENT_TIMESTAMP WHERE kind = 'rebuild_stories'`)
		for range 3 {
			if err := d.q.EnqueueRebuild(ctx); err != nil {
				t.Fatal(err)
			}
		}
		want := map[string]int{"rebuild_stories running": 1, "rebuild_stories available": 1}
		if diff := cmp.Diff(want, kinds(t, d.q)); diff != "" {
			t.Errorf("jobs by kind and state (-want +got):\n%s", diff)
		}
	})
}
