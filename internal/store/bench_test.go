package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/testenv"
)

// BenchmarkSaveArticle saves new reports into a store that already holds
// n reports of other outlets published in the same week, every one of them
// inside the copy window of every new one. The piece index should keep a
// save's cost flat as n grows: only reports that share a piece of the
// fingerprint are read.
func BenchmarkSaveArticle(b *testing.B) {
	ctx := context.Background()
	body := strings.Repeat("Words of a report of about the length of a news article. ", 80)
	for _, n := range []int{0, 2000, 10000, 50000} {
		b.Run(fmt.Sprintf("history=%d", n), func(b *testing.B) {
			s, err := Open(ctx, filepath.Join(b.TempDir(), "desk.db"), WithClock(func() time.Time { return t0 }))
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			var outlets []int64
			for i := range 10 {
				id, err := s.UpsertOutlet(ctx, news.Outlet{Slug: fmt.Sprint("o", i), Name: fmt.Sprint("O", i), Rating: news.Rating{Lean: news.Unrated}})
				if err != nil {
					b.Fatal(err)
				}
				outlets = append(outlets, id)
			}
			r := rand.New(rand.NewPCG(1, uint64(n)))
			err = s.inTx(ctx, func(tx *txn) error {
				for i := range n {
					a := news.Article{OutletID: outlets[i%len(outlets)], URL: fmt.Sprintf("http://w.test/%d", i), Text: body,
						Published: t0.Add(-time.Duration(r.Int64N(int64(copyWindow)))), FirstSeen: t0,
						ContentHash: fmt.Sprint("h", i), Fingerprint: r.Uint64()}
					a.CanonicalURL = a.URL
					if _, err := insertArticle(ctx, tx, a); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				b.Fatal(err)
			}
			i := 0
			for b.Loop() {
				a := news.Article{OutletID: outlets[i%len(outlets)], URL: fmt.Sprintf("http://new.test/%d", i), Text: body,
					Published: t0.Add(-time.Duration(r.Int64N(int64(copyWindow)))), FirstSeen: t0,
					ContentHash: fmt.Sprint("new", i), Fingerprint: r.Uint64()}
				if _, created, err := s.SaveArticle(ctx, a); err != nil || !created {
					b.Fatalf("save: created %v, %v", created, err)
				}
				i++
			}
		})
	}
}

// benchDesk opens a store at dsn, closed when the benchmark ends, with one
// outlet, whose ID it returns.
func benchDesk(b *testing.B, dsn string) (*Store, int64) {
	b.Helper()
	s, err := Open(context.Background(), dsn, WithClock(func() time.Time { return t0 }))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	o, err := s.UpsertOutlet(context.Background(), news.Outlet{Slug: "o", Name: "O", Rating: news.Rating{Lean: news.Center}})
	if err != nil {
		b.Fatal(err)
	}
	return s, o
}

// BenchmarkListStories lists a front page of 20 stories, each with a page
// of the size the desk writes for a well-covered event, against reading
// one such page, the reference measured in the same run: listing should
// cost a few pages' worth, not twenty.
func BenchmarkListStories(b *testing.B) {
	ctx := context.Background()
	s, o := benchDesk(b, filepath.Join(b.TempDir(), "desk.db"))
	sentence := func(k int) news.Sentence {
		return news.Sentence{Text: fmt.Sprintf("According to The Ledger, the harbour council voted %d-2 on Monday to fund the repair of the east pier after divers found rot in its piles.", k), Cites: []int{1, 2}}
	}
	var writes []StoryWrite
	for i := range 40 {
		id, _, err := s.SaveArticle(ctx, news.Article{OutletID: o, URL: fmt.Sprintf("http://o.test/%d", i), CanonicalURL: fmt.Sprintf("http://o.test/%d", i),
			Text: fmt.Sprint("report ", i), Published: t0.Add(time.Duration(i) * time.Minute), ContentHash: fmt.Sprint("h", i), Fingerprint: uint64(i) << 40})
		if err != nil {
			b.Fatal(err)
		}
		p := &news.Page{StoryID: fmt.Sprint("s", i), Headline: "Harbour council funds pier repair", Published: t0, Updated: t0,
			Byline: news.Byline{Articles: 8, Outlets: 6}, Lead: []news.Sentence{sentence(0)}}
		for k := range 5 {
			p.Highlights = append(p.Highlights, sentence(k))
		}
		for k := range 4 {
			sec := news.Section{Title: fmt.Sprint("Part ", k)}
			for range 3 {
				sec.Paragraphs = append(sec.Paragraphs, []news.Sentence{sentence(k), sentence(k + 1), sentence(k + 2)})
			}
			p.Sections = append(p.Sections, sec)
		}
		for k := range 8 {
			p.Sources = append(p.Sources, news.Source{Ref: k + 1, Outlet: fmt.Sprint("Outlet ", k), Title: "A title of a report on the pier", URL: fmt.Sprintf("http://o.test/%d/%d", i, k)})
		}
		writes = append(writes, StoryWrite{Story: news.Story{ID: p.StoryID, ArticleIDs: []int64{id}, FirstSeen: t0, Updated: t0}, Latest: t0.Add(time.Duration(i) * time.Minute), Page: p})
	}
	if err := s.SaveStories(ctx, writes); err != nil {
		b.Fatal(err)
	}
	b.Run("list=20", func(b *testing.B) {
		for b.Loop() {
			if l, err := s.ListStories(ctx, 20, 0); err != nil || len(l) != 20 {
				b.Fatalf("ListStories: %d, %v", len(l), err)
			}
		}
	})
	b.Run("page", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Page(ctx, "s7"); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkSaveArticleWorkers saves distinct reports from one worker and
// from four at once, on PostgreSQL: saves that share no key (see
// inTxKeyed) should not wait for one another, so that four workers save
// faster than one. It reports reports a second for each.
func BenchmarkSaveArticleWorkers(b *testing.B) {
	ctx := context.Background()
	s, o := benchDesk(b, testenv.PostgresSchema(b))
	var n atomic.Int64
	next := func() news.Article {
		i := n.Add(1)
		body := fmt.Sprintf("Report %d of the harbour: the council met on day %d and voted on item %d. ", i, i, i*7)
		return news.Article{OutletID: o, URL: fmt.Sprintf("http://o.test/%d", i), CanonicalURL: fmt.Sprintf("http://o.test/%d", i),
			Text: strings.Repeat(body, 20), Published: t0, ContentHash: fmt.Sprint("h", i), Fingerprint: uint64(i) * 0x9E3779B97F4A7C15}
	}
	for _, workers := range []int{1, 4} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			const perWorker = 100
			var saved atomic.Int64
			start := time.Now()
			loopWorkers(b, workers, perWorker, func() error {
				if _, _, err := s.SaveArticle(ctx, next()); err != nil {
					return err
				}
				saved.Add(1)
				return nil
			})
			b.ReportMetric(float64(saved.Load())/time.Since(start).Seconds(), "saves/s")
		})
	}
}

// BenchmarkFeedChecksWorkers runs the bookkeeping of feed checks on
// PostgreSQL from one worker and from several at once, each with its own
// connection: a worker claims a few due feeds, renews its claim, records
// each check and schedules the feed due again at once, so that the feeds
// go round. Workers that check different feeds should not wait for one
// another. It reports feed checks a second for each.
func BenchmarkFeedChecksWorkers(b *testing.B) {
	ctx := context.Background()
	s, o := benchDesk(b, testenv.PostgresSchema(b))
	const feeds = 400
	for i := range feeds {
		if _, err := s.AddFeed(ctx, news.Feed{OutletID: o, URL: fmt.Sprintf("http://f%d.test/feed", i)}); err != nil {
			b.Fatal(err)
		}
	}
	for _, workers := range []int{1, 4, 16} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			const claimsPerWorker = 50
			var checked atomic.Int64
			start := time.Now()
			loopWorkers(b, workers, claimsPerWorker, func() error { return checkDueFeeds(ctx, s, &checked) })
			b.ReportMetric(float64(checked.Load())/time.Since(start).Seconds(), "checks/s")
		})
	}
}

// loopWorkers runs, for each round of b.Loop, workers goroutines at once
// that each call fn rounds times, and waits for them; a worker stops at
// its first error, which fails the benchmark.
func loopWorkers(b *testing.B, workers, rounds int, fn func() error) {
	b.Helper()
	for b.Loop() {
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range rounds {
					if err := fn(); err != nil {
						b.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
	}
}

// checkDueFeeds does a worker's bookkeeping for one round of checks of
// up to four due feeds, which it counts in checked.
func checkDueFeeds(ctx context.Context, s *Store, checked *atomic.Int64) error {
	fs, err := s.ClaimDueFeeds(ctx, t0, 4, time.Hour)
	if err != nil {
		return err
	}
	ids := make([]int64, len(fs))
	for i, f := range fs {
		ids[i] = f.ID
	}
	if err := s.RenewClaim(ctx, ids, t0.Add(time.Hour)); err != nil {
		return err
	}
	for _, f := range fs {
		if err := s.RecordFeedSuccess(ctx, f.ID, "", "etag", "", 1); err != nil {
			return err
		}
		if err := s.ScheduleFeed(ctx, f.ID, t0, time.Hour, false); err != nil {
			return err
		}
	}
	checked.Add(int64(len(fs)))
	return nil
}
