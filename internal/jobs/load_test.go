package jobs

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/metrics"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/store"
	"github.com/theunbiasedpost/unbiased/internal/testenv"
	"github.com/theunbiasedpost/unbiased/internal/web"
)

// The scale of BenchmarkLoad. The defaults run in a minute or two on a
// small machine; the full scale is
//
//	go test ./internal/jobs -run XXX -bench Load -benchtime 1x -timeout 60m -args -load-feeds 1000 -load-items 50
var (
	loadFeeds   = flag.Int("load-feeds", 200, "BenchmarkLoad: feeds in the farm, each on a loopback host of its own")
	loadItems   = flag.Int("load-items", 10, "BenchmarkLoad: items in each feed")
	loadDesks   = flag.Int("load-desks", 3, "BenchmarkLoad: River clients (worker desks) on the one database")
	loadWorkers = flag.Int("load-workers", 8, "BenchmarkLoad: jobs each desk runs at once")
	loadReaders = flag.Int("load-readers", 4, "BenchmarkLoad: readers requesting the site at once during the run")
	loadPolite  = flag.Bool("load-polite", false, "BenchmarkLoad: fetch as serve does, one request a second per host (fetch.DefaultHostRate) with a feed's pages queued a second apart (DefaultHostSpacing)")
)

// BenchmarkLoad reads a farm of many feeds into one PostgreSQL database
// with several worker desks (River clients, each with its own store and
// connections, as `serve --role worker` on several hosts), while the
// site (internal/web over its own store, as `serve --role web`) answers
// readers who request its pages without pause. Of every 20 feeds one
// answers slowly (a quarter second a request), one answers 503 (tried
// again, then kept as failed) and one 404 (ended at once); the others are
// healthy. Fetches are not rate-limited per host unless -load-polite is
// given: the benchmark measures the desk, not its politeness. It reports articles stored a second until
// every page of the healthy feeds is stored, the failed attempts by class
// (fetch errors as the metrics class them), the site's p99 latency and
// its 5xx answers during the run, and fails when a page of a healthy feed
// is not stored exactly once. It needs PostgreSQL (UNBIASED_TEST_POSTGRES)
// and skips without it.
//
//	go test ./internal/jobs -run XXX -bench Load -benchtime 1x
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		benchLoad(b, *loadFeeds, *loadItems)
	}
}

// loadFarm serves feeds on loopback hosts 127.1.x.y, one a feed; feed n
// lists /a/n/0 .. /a/n/items-1.
type loadFarm struct {
	hosts        []*httptest.Server
	feeds, items int
}

// The kinds of feed in a load farm, by n % 20.
const (
	slowFeed     = 1
	busyFeed     = 2 // answers 503 to the feed request
	goneFeed     = 3 // answers 404 to the feed request
	slowResponse = 250 * time.Millisecond
)

func newLoadFarm(b *testing.B, feeds, items int) *loadFarm {
	f := &loadFarm{feeds: feeds, items: items}
	for n := 0; n < feeds; n++ {
		f.hosts = append(f.hosts, serveOn(b, fmt.Sprintf("127.1.%d.%d", n/250, n%250+1), f.handler(n)))
	}
	return f
}

func (f *loadFarm) handler(n int) http.Handler {
	mux := http.NewServeMux()
	base := func() string { return f.hosts[n].URL }
	mux.HandleFunc("GET /feed", func(w http.ResponseWriter, r *http.Request) {
		switch n % 20 {
		case busyFeed:
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		case goneFeed:
			http.NotFound(w, r)
			return
		case slowFeed:
			time.Sleep(slowResponse)
		}
		writeFarmFeed(w, n, f.items, base())
	})
	mux.HandleFunc("GET /a/{n}/{i}", func(w http.ResponseWriter, r *http.Request) {
		if n%20 == slowFeed {
			time.Sleep(slowResponse)
		}
		var i int
		fmt.Sscan(r.PathValue("i"), &i)
		writeFarmPage(w, n, i)
	})
	return mux
}

func (f *loadFarm) feedURLs() []string {
	out := make([]string, f.feeds)
	for n := range out {
		out[n] = f.hosts[n].URL + "/feed"
	}
	return out
}

// healthyPages are the pages of the feeds that answer.
func (f *loadFarm) healthyPages() []string {
	var out []string
	for n := 0; n < f.feeds; n++ {
		if n%20 == busyFeed || n%20 == goneFeed {
			continue
		}
		for i := 0; i < f.items; i++ {
			out = append(out, fmt.Sprintf("%s/a/%d/%d", f.hosts[n].URL, n, i))
		}
	}
	return out
}

// failures counts the jobs' failed attempts by error class, from the
// records Queue.failed logs.
type failures struct {
	mu      sync.Mutex
	byClass map[string]int
}

func (f *failures) Enabled(context.Context, slog.Level) bool { return true }

func (f *failures) Handle(_ context.Context, rec slog.Record) error {
	if !strings.HasPrefix(rec.Message, "job failed") {
		return nil
	}
	class, end := "other", "transient"
	if strings.Contains(rec.Message, "not tried again") {
		end = "permanent"
	}
	rec.Attrs(func(a slog.Attr) bool {
		if err, ok := a.Value.Any().(error); ok && a.Key == "err" {
			class = metrics.ErrorClass(err)
		}
		return true
	})
	f.mu.Lock()
	f.byClass[class+" "+end]++
	f.mu.Unlock()
	return nil
}

func (f *failures) WithAttrs([]slog.Attr) slog.Handler { return f }
func (f *failures) WithGroup(string) slog.Handler      { return f }

// readers request the site's pages until stop closes, and keep each
// request's latency and status.
type readers struct {
	mu        sync.Mutex
	latencies []time.Duration
	status    map[int]int
	errs      int
}

func (r *readers) run(site string, n int, stop <-chan struct{}) *sync.WaitGroup {
	paths := []string{"/", "/api/stories", "/search?q=harbour+board", "/outlets", "/blindspots", "/feed.atom"}
	client := &http.Client{Timeout: time.Minute, Transport: &http.Transport{MaxIdleConnsPerHost: n}}
	var wg sync.WaitGroup
	for k := 0; k < n; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := k; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				start := time.Now()
				resp, err := client.Get(site + paths[i%len(paths)])
				took := time.Since(start)
				r.mu.Lock()
				if err != nil {
					r.errs++
				} else {
					resp.Body.Close()
					r.status[resp.StatusCode]++
					r.latencies = append(r.latencies, took)
				}
				r.mu.Unlock()
			}
		}()
	}
	return &wg
}

func (r *readers) p99() time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	s := slices.Clone(r.latencies)
	slices.Sort(s)
	return s[(len(s)*99)/100]
}

func benchLoad(b *testing.B, feeds, items int) {
	ctx := context.Background()
	dsn := testenv.PostgresSchema(b)
	f := newLoadFarm(b, feeds, items)
	fails := &failures{byClass: map[string]int{}}

	var desks []*desk
	for k := 0; k < *loadDesks; k++ {
		desks = append(desks, openDeskWith(b, dsn, func(c *Config) {
			c.Workers = *loadWorkers
			c.RebuildDelay = DefaultRebuildDelay
			c.Log = slog.New(fails)
			c.ID = fmt.Sprintf("load-desk-%d", k)
			opts := fetch.Options{AllowPrivate: true, IgnoreRobots: true, HostRate: -1, HostInFlight: -1, Retries: -1}
			if *loadPolite {
				opts.HostRate, opts.HostInFlight = 0, 0 // the defaults
				c.HostSpacing = DefaultHostSpacing
			}
			c.Pipeline.Client = fetch.New(opts)
		}))
	}
	webStore, err := store.Open(ctx, dsn, store.WithClock(clock))
	if err != nil {
		b.Fatal(err)
	}
	defer webStore.Close()
	site := httptest.NewServer(web.New(webStore, web.Options{Logger: slog.New(slog.DiscardHandler), Now: clock}))
	defer site.Close()

	want := f.healthyPages()
	rd := &readers{status: map[int]int{}}
	stop := make(chan struct{})
	b.ResetTimer()
	start := time.Now()
	if err := desks[0].q.EnqueueFeeds(ctx, f.feedURLs()); err != nil {
		b.Fatal(err)
	}
	for _, d := range desks {
		d.start(b)
	}
	wg := rd.run(site.URL, *loadReaders, stop)
	for len(storedPages(b, dsn)) < len(want) {
		time.Sleep(250 * time.Millisecond)
	}
	took := time.Since(start)
	close(stop)
	wg.Wait()
	b.StopTimer()
	// The failing feeds' jobs may still be retrying: wait for them, so
	// that every failure is counted, and for the queue to settle.
	for {
		left, err := desks[0].q.List(ctx, append(slices.Clone(Waiting), "running"), 1000)
		if err != nil {
			b.Fatal(err)
		}
		if !slices.ContainsFunc(left, func(j news.Job) bool { return j.Kind != KindRebuild }) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}

	stored := storedPages(b, dsn)
	lost, twice := 0, 0
	for _, u := range want {
		switch stored[u] {
		case 0:
			lost++
		case 1:
		default:
			twice++
		}
	}
	if lost > 0 || twice > 0 || len(stored) != len(want) {
		b.Errorf("of %d healthy pages, %d not stored and %d stored more than once; %d stored in all", len(want), lost, twice, len(stored))
	}
	fivexx := 0
	for code, n := range rd.status {
		if code >= 500 {
			fivexx += n
		}
	}
	b.ReportMetric(float64(len(want))/took.Seconds(), "articles/s")
	b.ReportMetric(float64(rd.p99().Microseconds())/1000, "web-p99-ms")
	b.ReportMetric(float64(fivexx), "web-5xx")
	b.ReportMetric(float64(lost), "lost")
	b.ReportMetric(float64(twice), "doubled")
	b.ReportMetric(float64(len(rd.latencies)), "web-requests")
	fails.mu.Lock()
	defer fails.mu.Unlock()
	b.Logf("%d feeds x %d items, %d desks x %d workers, polite %v: %d healthy pages stored in %v; web: %d requests, statuses %v, %d transport errors, p99 %v; failed attempts by class: %v",
		feeds, items, *loadDesks, *loadWorkers, *loadPolite, len(want), took.Round(time.Millisecond), len(rd.latencies), rd.status, rd.errs, rd.p99(), fails.byClass)
}
