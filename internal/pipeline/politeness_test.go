package pipeline

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

// BenchmarkPoliteHosts reads many outlets at once, each on a host of its
// own with the default politeness (about one request a second per host),
// as a desk that follows a large catalogue does: politeHosts hosts of
// politePages pages, a few of them slow to answer and a few failing.
// Every host could be read in parallel, so the bound is the time one host
// takes alone, measured in the same run; the target is a wall time within
// 1.5 times that bound, or the CPU busy throughout, with the desk's 4
// workers (beside 8, for comparison). It reports pages a
// second, the ratio to the bound, and the CPU share (CPU time over wall
// time and cores).
func BenchmarkPoliteHosts(b *testing.B) {
	for _, c := range []struct{ hosts, workers int }{{20, 4}, {politeHosts, 4}, {politeHosts, 8}} {
		b.Run(fmt.Sprintf("hosts=%d/workers=%d", c.hosts, c.workers), func(b *testing.B) {
			hosts := c.hosts
			site := newPoliteSite(b, hosts)
			var alone, all spent
			runs := 0
			for b.Loop() {
				alone = alone.add(site.ingest(b, site.feeds[:1], c.workers))
				all = all.add(site.ingest(b, site.feeds, c.workers))
				runs++
			}
			pages := runs * hosts * politePages
			b.ReportMetric(pagesPerSecond(pages, all.wall), "pages/s")
			b.ReportMetric(all.wall.Seconds()/alone.wall.Seconds(), "x_bound")
			if all.cpu > 0 {
				b.ReportMetric(all.cpu.Seconds()/all.wall.Seconds()/float64(runtime.GOMAXPROCS(0)), "cpu_share")
			}
		})
	}
}

const (
	politeHosts = 200
	politePages = 25
	// One host in politeSlowEvery answers each page after politeDelay;
	// one in politeFailEvery answers every page with 404.
	politeSlowEvery = 20
	politeFailEvery = 25
	politeDelay     = 300 * time.Millisecond
)

// politeSite serves hosts outlets from one loopback server, told apart
// by the Host header: a robots.txt that allows all, a feed of
// politePages items, and the pages, each a short report of its own.
type politeSite struct {
	srv   *httptest.Server
	feeds []string
}

func newPoliteSite(b *testing.B, hosts int) *politeSite {
	b.Helper()
	s := &politeSite{}
	for h := range hosts {
		s.feeds = append(s.feeds, "http://"+politeHost(h)+"/feed.xml")
	}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.Host)
		if err != nil {
			host = r.Host
		}
		var h int
		if _, err := fmt.Sscanf(host, "outlet%d.polite.test", &h); err != nil {
			http.NotFound(w, r)
			return
		}
		switch {
		case r.URL.Path == "/robots.txt":
			io.WriteString(w, "User-agent: *\nAllow: /\n")
		case r.URL.Path == "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
			fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Outlet %d</title><link>http://%s/</link><language>en</language>`, h, host)
			for k := range politePages {
				fmt.Fprintf(w, "<item><title>Report %d of outlet %d</title><link>http://%s/news/%d.html</link><pubDate>%s</pubDate></item>",
					k, h, host, k, benchClock.Add(-time.Duration(k+1)*time.Hour).Format(time.RFC1123Z))
			}
			io.WriteString(w, "</channel></rss>")
		case h%politeFailEvery == politeFailEvery-1:
			http.NotFound(w, r)
		default:
			if h%politeSlowEvery == politeSlowEvery-1 {
				time.Sleep(politeDelay)
			}
			var k int
			fmt.Sscanf(r.URL.Path, "/news/%d.html", &k)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, "<!doctype html><html lang=\"en\"><head><title>Report %d of outlet %d</title></head><body><article><h1>Report %d of outlet %d</h1>", k, h, k, h)
			for p := range 6 {
				fmt.Fprintf(w, "<p>The harbour board of district %d met on day %d and voted on item %d of its agenda, paragraph %d, after a long debate about the east pier, the ferry timetable and the budget for repairs that divers had asked for.</p>", h, k, k*7+p, p)
			}
			io.WriteString(w, "</article></body></html>")
		}
	}))
	b.Cleanup(s.srv.Close)
	return s
}

func politeHost(h int) string { return fmt.Sprintf("outlet%d.polite.test", h) }

// ingest reads feeds into a new store with the default politeness and
// returns the time it took; it fails the benchmark unless every item was
// stored, as an article or as a failed item.
func (s *politeSite) ingest(b *testing.B, feeds []string, workers int) spent {
	b.Helper()
	ctx := context.Background()
	b.StopTimer()
	st, err := store.Open(ctx, filepath.Join(b.TempDir(), "desk.db"), store.WithClock(benchNow))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	dial := func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "tcp", s.srv.Listener.Addr().String())
	}
	client := fetch.New(fetch.Options{Dial: dial, AllowHost: func(h string) bool { return strings.HasSuffix(h, ".polite.test") }})
	p := &Pipeline{Store: st, Client: client, Now: benchNow, Workers: workers}
	seen, elapsed := timedIngest(b, p, feeds, s.srv)
	defer b.StartTimer()
	if want := len(feeds) * politePages; seen != want {
		b.Fatalf("ingest saw %d items; want %d", seen, want)
	}
	return elapsed
}
