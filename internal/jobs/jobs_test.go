package jobs

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/riverqueue/river/rivertype"

	"github.com/theunbiasedpost/unbiased/internal/cluster"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/pipeline"
	"github.com/theunbiasedpost/unbiased/internal/store"
	"github.com/theunbiasedpost/unbiased/internal/testenv"
	"github.com/theunbiasedpost/unbiased/internal/write"
)

// deskNow is the desk's clock in these tests, a day after the farm's
// items were published. River keeps its own times by the wall clock.
var deskNow = published.Add(24 * time.Hour)

func clock() time.Time { return deskNow }

// testWriting is how the tests' desks write stories.
var testWriting = pipeline.Writing{Writer: write.Writer{Desk: "Tarrow desk"}, Cluster: cluster.DefaultOptions()}

// eachDB runs fn on a new SQLite file and, when UNBIASED_TEST_POSTGRES
// is set, on a new PostgreSQL schema.
func eachDB(t *testing.T, fn func(t *testing.T, dsn string)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, filepath.Join(t.TempDir(), "desk.db")) })
	t.Run("postgres", func(t *testing.T) { fn(t, testenv.PostgresSchema(t)) })
}

// quickRetry tries a failed job again at once, so that a test sees a job
// through all its attempts.
type quickRetry struct{}

func (quickRetry) NextRetry(*rivertype.JobRow) time.Time { return time.Now().Add(time.Millisecond) }

// desk is a store and its job queue, working jobs or not.
type desk struct {
	st *store.Store
	q  *Queue
}

func openDesk(t testing.TB, dsn string, work bool) *desk {
	t.Helper()
	if !work {
		return openDeskWith(t, dsn, func(c *Config) { *c = Config{} })
	}
	return openDeskWith(t, dsn, nil)
}

// openDeskWith opens a desk that works jobs, with its Config changed by
// mod when given.
func openDeskWith(t testing.TB, dsn string, mod func(*Config)) *desk {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, dsn, store.WithClock(clock))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cfg := Config{
		Pipeline: &pipeline.Pipeline{Store: st, Now: clock,
			Client: fetch.New(fetch.Options{AllowPrivate: true, IgnoreRobots: true, HostRate: -1, HostInFlight: -1, Retries: -1})},
		Writing:      testWriting,
		Schedule:     pipeline.DefaultSchedule,
		Workers:      3,
		RebuildDelay: -1,
		HostSpacing:  -1,
		RetryPolicy:  quickRetry{},
	}
	if mod != nil {
		mod(&cfg)
	}
	q, err := Open(ctx, dsn, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	return &desk{st: st, q: q}
}

// start works d's jobs until the test ends.
func (d *desk) start(t testing.TB) {
	t.Helper()
	if err := d.q.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := d.q.Stop(context.Background()); err != nil {
			t.Errorf("stop: %v", err)
		}
	})
}

// drain waits until q has no job waiting or running. A queue that never
// drains ends the test at its -timeout.
func drain(t testing.TB, q *Queue) {
	t.Helper()
	for {
		left, err := q.List(context.Background(), append(slices.Clone(Waiting), "running"), 100)
		if err != nil {
			t.Fatal(err)
		}
		if len(left) == 0 {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// kinds counts jobs by kind and state: "fetch_feed completed" 2.
func kinds(t *testing.T, q *Queue) map[string]int {
	t.Helper()
	all, err := q.List(context.Background(), nil, 10000)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, j := range all {
		out[j.Kind+" "+j.State]++
	}
	return out
}

// execSQL runs query on the database at dsn.
func execSQL(t testing.TB, dsn, query string) {
	t.Helper()
	db := openSQL(t, dsn)
	defer db.Close()
	if _, err := db.Exec(query); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

// openSQL opens the database at dsn without the store.
func openSQL(t testing.TB, dsn string) *sql.DB {
	t.Helper()
	driver, source := "sqlite", store.SQLiteDSN(dsn)
	if store.IsPostgres(dsn) {
		driver, source = "pgx", dsn
	}
	db, err := sql.Open(driver, source)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// storedPages counts the articles stored with their text, by address.
func storedPages(t testing.TB, dsn string) map[string]int {
	t.Helper()
	db := openSQL(t, dsn)
	defer db.Close()
	rows, err := db.Query(`SELECT url FROM articles WHERE error = ''`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var u string
		if err := rows.Scan(&u); err != nil {
			t.Fatal(err)
		}
		out[u]++
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func eachOnce(urls []string) map[string]int {
	out := map[string]int{}
	for _, u := range urls {
		out[u] = 1
	}
	return out
}

// Opening the queue again finds River's tables made by the first open
// and changes nothing.
func TestOpenMigratesOnce(t *testing.T) {
	eachDB(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		first := openDesk(t, dsn, false)
		if err := first.q.EnqueueFeeds(ctx, []string{"https://tarrow.example/feed.xml"}); err != nil {
			t.Fatal(err)
		}
		again := openDesk(t, dsn, false)
		got, err := again.q.List(ctx, nil, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].Kind != KindFetchFeed || got[0].Subject != "https://tarrow.example/feed.xml" || got[0].State != "available" {
			t.Errorf("after opening again: %+v, want the one fetch_feed job available", got)
		}
	})
}

// A feed, an article or the rebuild asked for again while its job waits
// is not queued twice.
func TestQueuedOnceWhilePending(t *testing.T) {
	eachDB(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		d := openDesk(t, dsn, false)
		a, b := "https://dunmere.example/feed.xml", "https://tarrow.example/feed.xml"
		for _, err := range []error{
			d.q.EnqueueFeeds(ctx, []string{a, b, a}),
			d.q.EnqueueFeeds(ctx, []string{b}),
			d.q.EnqueueItems(ctx, []pipeline.ItemWork{{FeedID: 1, OutletID: 1, Item: news.Item{URL: "https://tarrow.example/a"}}}),
			d.q.EnqueueItems(ctx, []pipeline.ItemWork{{FeedID: 2, OutletID: 1, Item: news.Item{URL: "https://tarrow.example/a", Title: "again"}}}),
			d.q.EnqueueRebuild(ctx),
			d.q.EnqueueRebuild(ctx),
		} {
			if err != nil {
				t.Fatal(err)
			}
		}
		want := map[string]int{"fetch_feed available": 2, "read_article available": 1, "rebuild_stories available": 1}
		if diff := cmp.Diff(want, kinds(t, d.q)); diff != "" {
			t.Errorf("jobs by kind and state (-want +got):\n%s", diff)
		}
	})
}

// The queue works the desk's jobs: each feed's pages are read and stored
// once, a page that keeps failing is tried MaxAttempts times and kept as
// discarded with its error, and the stories are rebuilt.
func TestWorksFeedsArticlesAndRebuild(t *testing.T) {
	eachDB(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		f := newFarm(t, 2, 3, "/a/1/2")
		d := openDesk(t, dsn, true)
		if err := d.q.EnqueueFeeds(ctx, f.feedURLs()); err != nil {
			t.Fatal(err)
		}
		d.start(t)
		drain(t, d.q)

		broken := f.base(1) + "/a/1/2"
		good := slices.DeleteFunc(f.pageURLs(), func(u string) bool { return u == broken })
		if diff := cmp.Diff(eachOnce(good), storedPages(t, dsn)); diff != "" {
			t.Errorf("articles stored, by address (-want +got):\n%s", diff)
		}
		failed, err := d.q.List(ctx, []string{"failed"}, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(failed) != 1 {
			t.Fatalf("failed jobs: %+v, want the broken page's", failed)
		}
		if j := failed[0]; j.Kind != KindReadArticle || j.Subject != broken || j.Attempt != 5 || j.MaxAttempts != 5 || !strings.Contains(j.LastError, "500") {
			t.Errorf("failed job: %+v, want read_article of %s after 5 attempts, its error naming the 500", j, broken)
		}
		if n := f.pageHits()[broken]; n != 5 {
			t.Errorf("the broken page was fetched %d times, want 5", n)
		}
		got := kinds(t, d.q)
		if got["fetch_feed completed"] != 2 || got["read_article completed"] != 5 || got["rebuild_stories completed"] < 1 {
			t.Errorf("jobs by kind and state: %v, want 2 feeds and 5 articles completed, and a rebuild", got)
		}
		// An article stored in the instant both rebuild jobs finish may
		// wait for the next dispatch, which queues a rebuild when one
		// waits (Pipeline.Dispatch); serve dispatches on a timer that
		// this test does not run, so it does the same once.
		if more, err := d.q.cfg.Pipeline.Unwritten(ctx, d.q.cfg.Writing); err != nil {
			t.Fatal(err)
		} else if more {
			t.Log("an article waited for the next dispatch")
			if err := d.q.EnqueueRebuild(ctx); err != nil {
				t.Fatal(err)
			}
			drain(t, d.q)
		}
		arts, err := d.st.Articles(ctx, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		stories, err := d.st.StoryAssignments(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			if stories[a.ID] == "" {
				t.Errorf("article %s is in no story after the rebuild and a dispatch", a.URL)
			}
		}
	})
}

// Two desks working one database (PostgreSQL, as several hosts would,
// and SQLite), both asked to check every feed twice over, share the work:
// every page is fetched and stored exactly once and every job ends
// completed.
func TestTwoDesksShareOneDatabase(t *testing.T) {
	eachDB(t, testTwoDesks)
}

func testTwoDesks(t *testing.T, dsn string) {
	ctx := context.Background()
	f := newFarm(t, 6, 5)
	a, b := openDesk(t, dsn, true), openDesk(t, dsn, true)
	a.start(t)
	b.start(t)
	for round := 0; round < 2; round++ {
		for _, d := range []*desk{a, b} {
			if err := d.q.EnqueueFeeds(ctx, f.feedURLs()); err != nil {
				t.Fatal(err)
			}
		}
		drain(t, a.q)
	}
	want := eachOnce(f.pageURLs())
	if diff := cmp.Diff(want, storedPages(t, dsn)); diff != "" {
		t.Errorf("articles stored, by address (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, f.pageHits()); diff != "" {
		t.Errorf("pages fetched, by address (-want +got):\n%s", diff)
	}
	all, err := a.q.List(ctx, nil, 10000)
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]int{}
	for _, j := range all {
		if j.State != "completed" {
			t.Errorf("job %d %s %s ended %s: %s", j.ID, j.Kind, j.Subject, j.State, j.LastError)
		}
		if j.Kind == KindReadArticle {
			by[j.Subject]++
		}
	}
	if diff := cmp.Diff(want, by); diff != "" {
		t.Errorf("read_article jobs, by page (-want +got):\n%s", diff)
	}
	feeds := 0
	for _, j := range all {
		if j.Kind == KindFetchFeed {
			feeds++
		}
	}
	// Each round checks each feed once or, when the other desk asked
	// after the first check ended, twice; never more.
	if feeds < 2*f.feeds || feeds > 4*f.feeds {
		t.Errorf("%d fetch_feed jobs for %d feeds asked for twice by two desks", feeds, f.feeds)
	}
}

// List refuses a state that is not one, naming those that are.
func TestListUnknownState(t *testing.T) {
	d := openDesk(t, filepath.Join(t.TempDir(), "desk.db"), false)
	_, err := d.q.List(context.Background(), []string{"stuck"}, 10)
	if err == nil || !strings.Contains(err.Error(), `"stuck"`) || !strings.Contains(err.Error(), "discarded") {
		t.Errorf("List(stuck) = %v, want an error naming the state and the states there are", err)
	}
	got, err := d.q.List(context.Background(), []string{"failed", "retryable"}, 10)
	if err != nil || len(got) != 0 {
		t.Errorf("List(failed, retryable) = %v, %v; want none", got, err)
	}
}

// TestMigrationsOneWorkerAtATime: a worker that opens the job queue of a
// new PostgreSQL schema while another is migrating River's tables there
// waits for that one, and then finds them up to date.
func TestMigrationsOneWorkerAtATime(t *testing.T) {
	dsn := testenv.PostgresSchema(t)
	if err := testenv.WaitsForLock(t, dsn, riverMigrationKey, func() error {
		q, err := Open(context.Background(), dsn, Config{})
		if err == nil {
			q.Close()
		}
		return err
	}); err != nil {
		t.Fatalf("open after the other worker: %v", err)
	}
}
