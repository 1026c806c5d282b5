package jobs

import (
	"bufio"
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/theunbiasedpost/unbiased/internal/metrics"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/pipeline"
)

// scrape reads met's figures as Prometheus scrapes them and returns
// those named name, by their labels as written ("kind=...,state=...").
func scrape(t *testing.T, met *metrics.Desk, name string) map[string]float64 {
	t.Helper()
	rec := httptest.NewRecorder()
	met.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("scrape: %d %s", rec.Code, rec.Body)
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(rec.Body)
	for sc.Scan() {
		rest, ok := strings.CutPrefix(sc.Text(), name+"{")
		if !ok {
			continue
		}
		labels, value, _ := strings.Cut(rest, "} ")
		v, err := strconv.ParseFloat(value, 64)
		if err != nil {
			t.Fatalf("%s: %v", sc.Text(), err)
		}
		out[strings.ReplaceAll(labels, `"`, "")] = v
	}
	return out
}

// depthWant is every kind and state Depth counts at zero, with the
// counts of want ("fetch_feed available": 2) put in.
func depthWant(want map[string]float64) map[string]float64 {
	out := map[string]float64{}
	for _, k := range Kinds {
		for _, s := range DepthStates {
			out["kind="+k+",state="+s] = want[k+" "+s]
		}
	}
	return out
}

// A scrape reports the jobs waiting in the queue's database by kind and
// state: two feed checks and a rebuild due now, and three pages of one
// host, the first due now and the others spaced out (scheduled).
func TestDepthMetricWaiting(t *testing.T) {
	eachDB(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		d := openDesk(t, dsn, false)
		if err := d.q.EnqueueFeeds(ctx, []string{"https://dunmere.example/feed.xml", "https://tarrow.example/feed.xml"}); err != nil {
			t.Fatal(err)
		}
		var items []pipeline.ItemWork
		for _, p := range []string{"/a", "/b", "/c"} {
			items = append(items, pipeline.ItemWork{Item: news.Item{URL: "https://tarrow.example" + p}})
		}
		if err := d.q.EnqueueItems(ctx, items); err != nil {
			t.Fatal(err)
		}
		if err := d.q.EnqueueRebuild(ctx); err != nil {
			t.Fatal(err)
		}
		met := metrics.New()
		met.WatchJobs(d.q.Depth)
		want := depthWant(map[string]float64{"fetch_feed available": 2, "read_article available": 1, "read_article scheduled": 2, "rebuild_stories available": 1})
		if diff := cmp.Diff(want, scrape(t, met, "unbiased_jobs")); diff != "" {
			t.Errorf("unbiased_jobs (-want +got):\n%s", diff)
		}
	})
}

// Once a desk has worked the flaky site's jobs, a scrape counts the
// failed attempts by kind and what followed them, and the jobs that
// failed for good by kind; nothing waits or runs.
func TestDepthMetricFailures(t *testing.T) {
	eachDB(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := newFlakySite(t)
		met := metrics.New()
		d := openDeskWith(t, dsn, func(c *Config) { c.Pipeline.Metrics = met })
		met.WatchJobs(d.q.Depth)
		if err := d.q.EnqueueFeeds(ctx, []string{s.url + "/feed.xml", s.url + "/missing.xml", s.url + "/page.xml"}); err != nil {
			t.Fatal(err)
		}
		d.start(t)
		drain(t, d.q)
		wantFailures := map[string]float64{
			"kind=fetch_feed,result=cancelled":   2, // a 404 and a page that is no feed
			"kind=read_article,result=cancelled": 1, // a 404
			"kind=read_article,result=retry":     2, // a 503, twice
		}
		if diff := cmp.Diff(wantFailures, scrape(t, met, "unbiased_job_failures_total")); diff != "" {
			t.Errorf("unbiased_job_failures_total (-want +got):\n%s", diff)
		}
		want := depthWant(map[string]float64{"fetch_feed cancelled": 2, "read_article cancelled": 1})
		if diff := cmp.Diff(want, scrape(t, met, "unbiased_jobs")); diff != "" {
			t.Errorf("unbiased_jobs (-want +got):\n%s", diff)
		}
	})
}

// A scrape while a feed is being read counts its job as running.
func TestDepthMetricRunning(t *testing.T) {
	eachDB(t, func(t *testing.T, dsn string) {
		arrived, release := make(chan struct{}), make(chan struct{})
		var once sync.Once
		srv := serveOn(t, "127.0.0.31", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			once.Do(func() { close(arrived) })
			select {
			case <-release:
			case <-r.Context().Done():
			}
			http.NotFound(w, r)
		}))
		met := metrics.New()
		d := openDesk(t, dsn, true)
		met.WatchJobs(d.q.Depth)
		if err := d.q.EnqueueFeeds(context.Background(), []string{srv.URL + "/feed.xml"}); err != nil {
			t.Fatal(err)
		}
		d.start(t)
		<-arrived
		got := scrape(t, met, "unbiased_jobs")
		close(release)
		drain(t, d.q)
		if diff := cmp.Diff(depthWant(map[string]float64{"fetch_feed running": 1}), got); diff != "" {
			t.Errorf("unbiased_jobs while the feed is read (-want +got):\n%s", diff)
		}
	})
}
