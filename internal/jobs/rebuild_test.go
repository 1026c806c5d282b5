package jobs

import (
	"context"
	"log/slog"
	"testing"
	"time"
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
