package store

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/testenv"
)

// The tests of this file put a write of the store beside another worker's
// write that has not committed yet, on PostgreSQL, where writes that touch
// different things do not wait for one another: each shows that what
// guards the write (see its doc comment) keeps it right when both touch
// the same thing. The other worker's write is a transaction of the
// store's held open on a connection of its own (holdTx).

// heldTx is a transaction of the store's that a test keeps open.
type heldTx struct {
	pid    int    // its server process
	commit func() // lets it go on to commit
	done   chan error
}

// holdTx begins a transaction of s under keys (see inTxKeyed), runs first
// in it, and keeps it open; commitDuring runs then in it, when then is not
// nil, and commits it. A test that stops before commitDuring commits it
// as it ends, so that its schema can be dropped.
func holdTx(t *testing.T, s *Store, keys []string, first, then func(*txn) error) *heldTx {
	t.Helper()
	ctx := context.Background()
	commit := make(chan struct{})
	h := &heldTx{commit: sync.OnceFunc(func() { close(commit) }), done: make(chan error, 1)}
	t.Cleanup(h.commit)
	opened := make(chan int, 1)
	go func() {
		h.done <- s.inTxKeyed(ctx, keys, func(tx *txn) error {
			var pid int
			if err := tx.QueryRowContext(ctx, `SELECT pg_backend_pid()`).Scan(&pid); err != nil {
				return err
			}
			if err := first(tx); err != nil {
				return err
			}
			opened <- pid
			<-commit
			if then != nil {
				return then(tx)
			}
			return nil
		})
	}()
	select {
	case h.pid = <-opened:
	case err := <-h.done:
		t.Fatalf("the other worker's transaction: %v", err)
	}
	return h
}

// commitDuring runs call while h is open, and commits h once call has
// returned or n server processes wait for h, directly or through one
// another. It reports whether they waited, and returns once call has.
func (h *heldTx) commitDuring(t *testing.T, s *Store, n int, call func()) (waited bool) {
	t.Helper()
	returned := make(chan struct{})
	go func() {
		defer close(returned)
		call()
	}()
	waited = waitingFor(t, s, h.pid, n, returned)
	h.commit()
	if err := <-h.done; err != nil {
		t.Errorf("the other worker's transaction: %v", err)
	}
	<-returned
	return waited
}

// waitingFor reports true once n server processes wait for pid, directly
// or through one another, and false once returned is closed.
func waitingFor(t *testing.T, s *Store, pid, n int, returned <-chan struct{}) bool {
	t.Helper()
	for {
		select {
		case <-returned:
			return false
		default:
		}
		var k int
		err := s.db.QueryRowContext(context.Background(), `
			WITH RECURSIVE waiting (pid) AS (
				SELECT pid FROM pg_stat_activity WHERE ?::int = ANY(pg_blocking_pids(pid))
				UNION
				SELECT a.pid FROM pg_stat_activity a JOIN waiting w ON w.pid = ANY(pg_blocking_pids(a.pid)))
			SELECT count(*) FROM waiting`, pid).Scan(&k)
		if err != nil {
			t.Fatal(err)
		}
		if k >= n {
			return true
		}
		time.Sleep(time.Millisecond) // the server tells of a wait only when asked
	}
}

// postgresDesks opens two stores on one new PostgreSQL schema, as two
// workers would, with an outlet.
func postgresDesks(t *testing.T) (a, b *Store, outlet int64) {
	t.Helper()
	dsn := testenv.PostgresSchema(t)
	a, b = openTest(t, dsn), openTest(t, dsn)
	return a, b, mustOutlet(t, a, "ledger", news.Center)
}

func mustFeed(t *testing.T, s *Store, outlet int64, url string) int64 {
	t.Helper()
	id, err := s.AddFeed(context.Background(), news.Feed{OutletID: outlet, URL: url})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// A claim passes over a feed that another worker is claiming, without
// waiting for it, and takes the other due feeds.
func TestClaimPassesOverAFeedBeingClaimed(t *testing.T) {
	ctx := context.Background()
	a, b, o := postgresDesks(t)
	held := mustFeed(t, a, o, "http://a.test/feed")
	mustFeed(t, a, o, "http://b.test/feed")
	mustFeed(t, a, o, "http://c.test/feed")
	h := holdTx(t, a, nil, func(tx *txn) error {
		_, err := tx.ExecContext(ctx, `UPDATE feeds SET next_check_at = ? WHERE id = ?`, t0.Add(time.Hour), held)
		return err
	}, nil)
	var claimed []news.Feed
	var err error
	waited := h.commitDuring(t, b, 1, func() { claimed, err = b.ClaimDueFeeds(ctx, t0, 10, time.Hour) })
	if err != nil {
		t.Fatal(err)
	}
	if waited {
		t.Error("the claim waited for a feed another worker was claiming")
	}
	var urls []string
	for _, f := range claimed {
		urls = append(urls, f.URL)
	}
	if diff := cmp.Diff([]string{"http://b.test/feed", "http://c.test/feed"}, urls); diff != "" {
		t.Errorf("claimed (-want +got):\n%s", diff)
	}
}

// Two workers renewing their claims on the same feeds, in opposite
// orders, while a third transaction holds both feeds, both succeed once
// it commits: neither deadlocks with the other.
func TestRenewClaimsOnTheSameFeeds(t *testing.T) {
	ctx := context.Background()
	a, b, o := postgresDesks(t)
	f1, f2 := mustFeed(t, a, o, "http://a.test/feed"), mustFeed(t, a, o, "http://b.test/feed")
	h := holdTx(t, a, nil, func(tx *txn) error {
		_, err := tx.ExecContext(ctx, `UPDATE feeds SET next_check_at = ? WHERE id IN (?, ?)`, t0, f1, f2)
		return err
	}, nil)
	errs := make([]error, 2)
	waited := h.commitDuring(t, a, 2, func() {
		var wg sync.WaitGroup
		for k, ids := range [][]int64{{f1, f2}, {f2, f1}} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[k] = []*Store{a, b}[k].RenewClaim(ctx, ids, t0.Add(time.Duration(k+1)*time.Hour))
			}()
		}
		wg.Wait()
	})
	if !waited {
		t.Error("the renewals did not wait for the transaction that held their feeds")
	}
	for k, err := range errs {
		if err != nil {
			t.Errorf("renewal %d: %v", k, err)
		}
	}
}

// A run of stories saved while another run is being saved starts from
// where that one left the articles: a story of the other run that this
// one empties redirects to the story that took its articles.
func TestSaveStoriesAfterAnotherRun(t *testing.T) {
	ctx := context.Background()
	a, b, _ := postgresDesks(t)
	ids := articleIDs(t, a, 2)
	run := func(id string) StoryWrite {
		return StoryWrite{Story: news.Story{ID: id, ArticleIDs: ids, FirstSeen: t0, Updated: t0}, Latest: t0,
			Page: searchPage(id, "Bridge reopens", "The bridge reopened on Monday.")}
	}
	h := holdTx(t, a, []string{storiesKey}, func(tx *txn) error { return saveStory(ctx, tx, run("first")) }, nil)
	var err error
	if !h.commitDuring(t, b, 1, func() { err = b.SaveStories(ctx, []StoryWrite{run("second")}) }) {
		t.Error("the save did not meet the other run")
	}
	if err != nil {
		t.Fatal(err)
	}
	if to, err := a.StoryMovedTo(ctx, "first"); err != nil || to != "second" {
		t.Errorf("the emptied story leads to %q (%v); want %q", to, err, "second")
	}
}

// Dropping a report's text while the search index is being filled in
// leaves the report found by its title alone, whichever of the two began
// first.
func TestDropTextWhileFillingReportSearch(t *testing.T) {
	ctx := context.Background()
	for _, fillFirst := range []bool{false, true} {
		t.Run(fmt.Sprintf("fill first %v", fillFirst), func(t *testing.T) {
			a, b, o := postgresDesks(t)
			id := saveReport(t, a, o, "http://ledger.test/a", "Harbour dues", "Lena Marsh gave the figures.", t0, nil)
			// a report stored before report search existed
			if _, err := a.db.ExecContext(ctx, `UPDATE articles SET search_vector = NULL WHERE id = ?`, id); err != nil {
				t.Fatal(err)
			}
			var err error
			var met bool
			if fillFirst {
				// the fill's batch has read the report and not yet indexed it
				var title, text string
				h := holdTx(t, a, []string{reportTextKey}, func(tx *txn) error {
					return tx.QueryRowContext(ctx, `SELECT title, text FROM articles WHERE id = ?`, id).Scan(&title, &text)
				}, func(tx *txn) error { return indexReport(ctx, tx, id, title, text, false) })
				met = h.commitDuring(t, b, 1, func() { _, err = b.DropTextBefore(ctx, t0.Add(time.Hour)) })
			} else {
				h := holdTx(t, a, []string{reportTextKey}, func(tx *txn) error {
					_, err := tx.ExecContext(ctx, `UPDATE articles SET text = '', search_vector = NULL WHERE id = ?`, id)
					return err
				}, nil)
				met = h.commitDuring(t, b, 1, func() { err = b.fillReportSearch(ctx) })
			}
			if !met {
				t.Error("the two did not meet")
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := searchReportURLs(t, a, "lena marsh"); len(got) != 0 {
				t.Errorf("the dropped text is still searched: %v", got)
			}
			if diff := cmp.Diff([]string{"http://ledger.test/a"}, searchReportURLs(t, a, "harbour dues")); diff != "" {
				t.Errorf("searched by its title (-want +got):\n%s", diff)
			}
		})
	}
}

// A story saved while the search text of the stories stored before
// search existed is being filled in keeps the search text of its new
// page.
func TestFillSearchTextWhileSavingStories(t *testing.T) {
	ctx := context.Background()
	a, b, _ := postgresDesks(t)
	ids := articleIDs(t, a, 1)
	write := func(lead string) StoryWrite {
		return StoryWrite{Story: news.Story{ID: "bridge", ArticleIDs: ids, FirstSeen: t0, Updated: t0}, Latest: t0,
			Page: searchPage("bridge", "Bridge reopens", lead)}
	}
	if err := a.SaveStories(ctx, []StoryWrite{write("The ferry timetable changes on Monday.")}); err != nil {
		t.Fatal(err)
	}
	// a page stored before search existed
	if _, err := a.db.ExecContext(ctx, `UPDATE stories SET search_text = headline`); err != nil {
		t.Fatal(err)
	}
	h := holdTx(t, a, []string{storiesKey}, func(tx *txn) error {
		return saveStory(ctx, tx, write("Tolls return on Friday."))
	}, nil)
	var err error
	if !h.commitDuring(t, b, 1, func() { err = b.fillSearchText(ctx) }) {
		t.Error("the fill did not meet the save")
	}
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"bridge"}, searchIDs(t, a, "tolls friday")); diff != "" {
		t.Errorf("the new page's words (-want +got):\n%s", diff)
	}
	if got := searchIDs(t, a, "ferry timetable"); len(got) != 0 {
		t.Errorf("the old page's words find %v", got)
	}
}

// An outlet or feed stored while another worker stores the same one is
// one row, with the later values, under the ID the first gave it.
func TestUpsertsBesideAnotherWorkers(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name, insert string
		upsert       func(s *Store, outlet int64) (int64, error)
		count        string
	}{
		{
			name:   "outlet",
			insert: `INSERT INTO outlets (slug, name) VALUES ('tarrow-post', 'Old name') RETURNING id`,
			upsert: func(s *Store, _ int64) (int64, error) {
				return s.UpsertOutlet(ctx, news.Outlet{Slug: "tarrow-post", Name: "Tarrow Post"})
			},
			count: `SELECT count(*) FROM outlets WHERE slug = 'tarrow-post' AND name = 'Tarrow Post'`,
		},
		{
			name:   "feed",
			insert: `INSERT INTO feeds (outlet_id, url, title, created_at) VALUES (?, 'http://a.test/feed', 'Old title', now()) RETURNING id`,
			upsert: func(s *Store, outlet int64) (int64, error) {
				return s.AddFeed(ctx, news.Feed{OutletID: outlet, URL: "http://a.test/feed", Title: "News"})
			},
			count: `SELECT count(*) FROM feeds WHERE url = 'http://a.test/feed' AND title = 'News'`,
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, b, o := postgresDesks(t)
			var first int64
			h := holdTx(t, a, nil, func(tx *txn) error {
				var args []any
				if c.name == "feed" {
					args = append(args, o)
				}
				return tx.QueryRowContext(ctx, c.insert, args...).Scan(&first)
			}, nil)
			var id int64
			var err error
			if !h.commitDuring(t, b, 1, func() { id, err = c.upsert(b, o) }) {
				t.Error("the upsert did not meet the other worker's insert")
			}
			if err != nil {
				t.Fatal(err)
			}
			if id != first {
				t.Errorf("stored as %d; the first store gave %d", id, first)
			}
			var n int
			if err := a.db.QueryRowContext(ctx, c.count).Scan(&n); err != nil || n != 1 {
				t.Errorf("%d rows with the later values (%v); want 1", n, err)
			}
		})
	}
}

// A failed check recorded while another worker records one of the same
// feed counts once more: neither count is lost.
func TestRecordFeedErrorBesideAnotherWorkers(t *testing.T) {
	ctx := context.Background()
	a, b, o := postgresDesks(t)
	id := mustFeed(t, a, o, "http://a.test/feed")
	h := holdTx(t, a, nil, func(tx *txn) error {
		_, err := tx.ExecContext(ctx, `UPDATE feeds SET failures = failures + 1 WHERE id = ?`, id)
		return err
	}, nil)
	var err error
	if !h.commitDuring(t, b, 1, func() { err = b.RecordFeedError(ctx, id, "timeout") }) {
		t.Error("the record did not meet the other worker's")
	}
	if err != nil {
		t.Fatal(err)
	}
	f, err := a.FeedByURL(ctx, "http://a.test/feed")
	if err != nil || f.Failures != 2 {
		t.Errorf("failures = %d (%v); want 2", f.Failures, err)
	}
}

// Workers of two desks storing one outlet and one feed at once, and
// recording checks of it, leave one outlet, one feed, and every check
// counted.
func TestConcurrentBookkeepingFromTwoDesks(t *testing.T) {
	ctx := context.Background()
	eachDSN(t, func(t *testing.T, dsn string) {
		desks := []*Store{openTest(t, dsn), openTest(t, dsn)}
		const workers, rounds = 8, 5
		inWorkers(t, workers, func(w int) error {
			s := desks[w%2]
			for range rounds {
				o, err := s.UpsertOutlet(ctx, news.Outlet{Slug: "ledger", Name: "The Ledger"})
				if err != nil {
					return err
				}
				f, err := s.AddFeed(ctx, news.Feed{OutletID: o, URL: "http://ledger.test/feed"})
				if err != nil {
					return err
				}
				if err := s.RecordFeedError(ctx, f, "timeout"); err != nil {
					return err
				}
			}
			return nil
		})
		outlets, err := desks[0].Outlets(ctx)
		if err != nil || len(outlets) != 1 {
			t.Fatalf("%d outlets (%v); want 1", len(outlets), err)
		}
		feeds, err := desks[0].Feeds(ctx)
		if err != nil || len(feeds) != 1 {
			t.Fatalf("%d feeds (%v); want 1", len(feeds), err)
		}
		if feeds[0].Failures != workers*rounds {
			t.Errorf("failures = %d; want %d", feeds[0].Failures, workers*rounds)
		}
	})
}

// TestMigrationsOneDeskAtATime: a desk that opens a new PostgreSQL schema
// while another is migrating it waits for that one, and then finds the
// schema up to date.
func TestMigrationsOneDeskAtATime(t *testing.T) {
	dsn := testenv.PostgresSchema(t)
	if err := testenv.WaitsForLock(t, dsn, migrationKey, func() error {
		s, err := Open(context.Background(), dsn)
		if err == nil {
			s.Close()
		}
		return err
	}); err != nil {
		t.Fatalf("open after the other desk: %v", err)
	}
}
