package jobs

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/pipeline"
	"github.com/theunbiasedpost/unbiased/internal/store"
	"github.com/theunbiasedpost/unbiased/internal/testenv"
)

// BenchmarkFarm reads a farm of 8 outlets, each on a loopback host of
// its own, with 10 pages each, into a new database, and reports pages
// stored a second: through the job queue with 4 workers (fetch_feed and
// read_article as River jobs, timed until every page is stored; the
// rebuild, queued 10 s after the first page as serve does, is left out),
// and through Ingest's in-process queue with 4 workers, as 'unbiased
// ingest' reads before it rebuilds. "polite" fetches as the desk does (one
// request a second to a host, in bursts of two); "unlimited" as fast as
// the hosts answer, which shows what the queue itself costs.
//
//	go test ./internal/jobs -run XXX -bench Farm -benchtime 3x
func BenchmarkFarm(b *testing.B) {
	const feeds, items = 8, 10
	for _, polite := range []bool{true, false} {
		name := "unlimited"
		if polite {
			name = "polite"
		}
		b.Run(name, func(b *testing.B) { benchFarm(b, feeds, items, polite) })
	}
}

func benchFarm(b *testing.B, feeds, items int, polite bool) {
	client := func() *fetch.Client {
		if polite {
			return fetch.New(fetch.Options{AllowPrivate: true, IgnoreRobots: true, Retries: -1})
		}
		return fetch.New(fetch.Options{AllowPrivate: true, IgnoreRobots: true, HostRate: -1, HostInFlight: -1, Retries: -1})
	}
	run := func(b *testing.B, dsn func(b *testing.B) string, work func(b *testing.B, dsn string, f *farm)) {
		var took time.Duration
		for i := 0; i < b.N; i++ {
			f := newFarm(b, feeds, items)
			d := dsn(b)
			start := time.Now()
			work(b, d, f)
			took += time.Since(start)
		}
		b.ReportMetric(float64(feeds*items*b.N)/took.Seconds(), "pages/s")
	}
	sqlite := func(b *testing.B) string { return filepath.Join(b.TempDir(), "desk.db") }
	postgres := func(b *testing.B) string { return testenv.PostgresSchema(b) }
	queue := func(b *testing.B, dsn string, f *farm) {
		d := openDeskWith(b, dsn, func(c *Config) {
			c.RebuildDelay = 0
			c.Pipeline.Client = client()
			if polite {
				c.HostSpacing = 0
			}
		})
		if err := d.q.EnqueueFeeds(context.Background(), f.feedURLs()); err != nil {
			b.Fatal(err)
		}
		d.start(b)
		for len(storedPages(b, dsn)) < feeds*items {
			time.Sleep(5 * time.Millisecond)
		}
	}
	ingest := func(b *testing.B, dsn string, f *farm) {
		ctx := context.Background()
		st, err := store.Open(ctx, dsn, store.WithClock(clock))
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		p := &pipeline.Pipeline{Store: st, Now: clock, Workers: 4, Client: client()}
		if _, err := p.Ingest(ctx, f.feedURLs()); err != nil {
			b.Fatal(err)
		}
		if got := len(storedPages(b, dsn)); got != feeds*items {
			b.Fatalf("%d pages stored, want %d", got, feeds*items)
		}
	}
	b.Run("queue/sqlite", func(b *testing.B) { run(b, sqlite, queue) })
	b.Run("ingest/sqlite", func(b *testing.B) { run(b, sqlite, ingest) })
	b.Run("queue/postgres", func(b *testing.B) { run(b, postgres, queue) })
	b.Run("ingest/postgres", func(b *testing.B) { run(b, postgres, ingest) })
}
