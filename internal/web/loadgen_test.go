package web

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/cluster"
	"github.com/theunbiasedpost/unbiased/internal/demo"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/pipeline"
	"github.com/theunbiasedpost/unbiased/internal/store"
	"github.com/theunbiasedpost/unbiased/internal/write"
)

// loadClock is the desk's time while it reads and writes the demo corpus,
// so that the pages under load are the same from one run to the next.
var loadClock = time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)

// demoStore fills a SQLite store in a temporary folder the way `unbiased
// demo` does: the demo outlets and their feeds are registered, read from
// the demo feed server over loopback, and written into stories. The store
// is closed when tb ends.
func demoStore(tb testing.TB) *store.Store {
	tb.Helper()
	ctx := context.Background()
	now := func() time.Time { return loadClock }
	feeds := demo.NewServer(now)
	if err := feeds.Start(); err != nil {
		tb.Fatal(err)
	}
	defer feeds.Close()
	st, err := store.Open(ctx, filepath.Join(tb.TempDir(), "desk.db"), store.WithClock(now))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	var urls []string
	for _, o := range demo.Outlets() {
		id, err := st.UpsertOutlet(ctx, o.Outlet(loadClock))
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := st.AddFeed(ctx, news.Feed{OutletID: id, URL: o.FeedURL, Title: o.Name}); err != nil {
			tb.Fatal(err)
		}
		urls = append(urls, o.FeedURL)
	}
	client := fetch.New(fetch.Options{Dial: feeds.DialContext, AllowHost: demo.IsDemoHost, HostRate: -1})
	p := &pipeline.Pipeline{Store: st, Client: client, Now: now, Workers: 4}
	reports, err := p.Ingest(ctx, urls)
	if err != nil {
		tb.Fatal(err)
	}
	for _, r := range reports {
		if r.Err != nil {
			tb.Fatalf("feed %s: %v", r.Source, r.Err)
		}
	}
	rep, err := p.Rebuild(ctx, pipeline.Writing{Writer: write.Writer{Desk: DefaultDesk}, Cluster: cluster.DefaultOptions()})
	if err != nil {
		tb.Fatal(err)
	}
	if rep.Published == 0 {
		tb.Fatalf("the demo published no story: %+v", rep)
	}
	return st
}

// loadTarget is one address under load: what each request sends and what
// every answer must be.
type loadTarget struct {
	name   string
	url    string
	header http.Header // sent with every request
	status int         // the answer's status
	coding string      // the answer's Content-Encoding ("" for none)
}

// loadResult is what one run of load against a target measured.
type loadResult struct {
	requests  int
	bytes     int64 // body bytes of the last good answer
	elapsed   time.Duration
	cpu       time.Duration   // of the whole process, client included; 0 when unknown
	latencies []time.Duration // of the good answers, sorted
	errors    int
	firstErr  error
}

// rate is the good answers a second.
func (r loadResult) rate() float64 { return float64(len(r.latencies)) / r.elapsed.Seconds() }

// cpuPerRequest is the process's CPU time for each good answer, client
// and server together, or 0 when unknown. A busy machine changes it less
// than it changes the rate, since time the process waits for a CPU is
// not counted.
func (r loadResult) cpuPerRequest() time.Duration {
	if r.cpu <= 0 || len(r.latencies) == 0 {
		return 0
	}
	return r.cpu / time.Duration(len(r.latencies))
}

// quantile is the latency below which a share q of the good answers came
// (nearest rank), or 0 with none.
func (r loadResult) quantile(q float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	i := int(q*float64(len(r.latencies))+0.5) - 1
	return r.latencies[min(max(i, 0), len(r.latencies)-1)]
}

// loadClient is an HTTP client that keeps up to conns connections to a
// host alive and open (no more), and asks for no compression unless a
// request says so itself: an answer is read as the bytes sent, never
// inflated on the client's share of the CPU.
func loadClient(conns int) *http.Client {
	return &http.Client{Transport: &http.Transport{
		MaxIdleConns:        conns,
		MaxIdleConnsPerHost: conns,
		MaxConnsPerHost:     conns,
		IdleConnTimeout:     time.Minute,
		DisableCompression:  true,
	}}
}

// drive sends requests to t from conns goroutines at once, each sending
// its next request when its last answer has been read whole, for d; it
// returns what they measured. An answer with another status, an empty
// body where one is due (a body where none is), or the wrong encoding is
// an error and is not counted as served.
func drive(client *http.Client, t loadTarget, conns int, d time.Duration) loadResult {
	type worker struct {
		latencies []time.Duration
		bytes     int64
		errors    int
		firstErr  error
	}
	workers := make([]worker, conns)
	cpu, cpuOK := processCPU()
	start := time.Now()
	deadline := start.Add(d)
	var wg sync.WaitGroup
	for i := range workers {
		w := &workers[i]
		wg.Go(func() {
			for time.Now().Before(deadline) {
				n, lat, err := fetchOnce(client, t)
				if err != nil {
					w.errors++
					if w.firstErr == nil {
						w.firstErr = err
					}
					continue
				}
				w.latencies = append(w.latencies, lat)
				w.bytes = n
			}
		})
	}
	wg.Wait()
	res := loadResult{elapsed: time.Since(start)}
	if after, ok := processCPU(); ok && cpuOK {
		res.cpu = after - cpu
	}
	for _, w := range workers {
		res.latencies = append(res.latencies, w.latencies...)
		res.errors += w.errors
		if res.firstErr == nil {
			res.firstErr = w.firstErr
		}
		if w.bytes > 0 {
			res.bytes = w.bytes
		}
	}
	res.requests = len(res.latencies) + res.errors
	slices.Sort(res.latencies)
	return res
}

// fetchOnce sends one request to t and reads its answer whole, returning
// the body's length and the time from sending to the body's end.
func fetchOnce(client *http.Client, t loadTarget) (int64, time.Duration, error) {
	req, err := http.NewRequest(http.MethodGet, t.url, nil)
	if err != nil {
		return 0, 0, err
	}
	for k, v := range t.header {
		req.Header[k] = v
	}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return 0, 0, err
	}
	n, err := io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	lat := time.Since(start)
	switch {
	case err != nil:
		return 0, 0, err
	case resp.StatusCode != t.status:
		return 0, 0, fmt.Errorf("%s: status %d, want %d", t.name, resp.StatusCode, t.status)
	case (n == 0) != (t.status == http.StatusNotModified):
		return 0, 0, fmt.Errorf("%s: status %d with %d body bytes", t.name, resp.StatusCode, n)
	case resp.Header.Get("Content-Encoding") != t.coding:
		return 0, 0, fmt.Errorf("%s: Content-Encoding %q", t.name, resp.Header.Get("Content-Encoding"))
	}
	return n, lat, nil
}
