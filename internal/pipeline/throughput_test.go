package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/extract"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/store"
	"github.com/theunbiasedpost/unbiased/internal/testenv"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// The throughput benchmarks serve the pages of the article-extraction
// benchmark from a loopback server, spread over benchHosts outlets with a
// feed each, and measure pages a second: fetch, extract and store through
// Ingest, against extraction alone on the same pages with as many
// goroutines as Ingest has workers. The product's target is that the
// pipeline keeps at least 80% of extraction-only throughput on 2 cores;
// BenchmarkIngestVsExtract measures both in one run and reports the ratio.
//
// Each Ingest starts from a new store and a new client, as a first ingest
// of these feeds would: opening the store is not timed; robots.txt,
// connecting and the feeds are. The store is empty (history=0), or holds
// benchHistory reports of other outlets published in the same week
// (history=N), the state of a desk that has run for a while: every one of
// them is a candidate when SaveArticle looks for copies.

// benchHosts is how many outlets the pages are spread over.
const benchHosts = 10

// benchHistory is how many earlier reports the store holds in the
// history=N runs: a week of a modest desk, far fewer than the built-in
// catalogue's outlets publish.
const benchHistory = 2000

// benchClock is the desk's time in these benchmarks: a few days after the
// pages were fetched (November 2019), so that their dates stand and every
// page falls in the copy window of every other.
var benchClock = time.Date(2019, 11, 28, 12, 0, 0, 0, time.UTC)

func benchNow() time.Time { return benchClock }

// BenchmarkIngest reports the pages a second that Ingest fetches,
// extracts and stores, with one worker per CPU.
func BenchmarkIngest(b *testing.B) {
	site := newBenchSite(b)
	workers := runtime.GOMAXPROCS(0)
	for _, history := range []int{0, benchHistory} {
		b.Run(fmt.Sprintf("history=%d", history), func(b *testing.B) {
			seed := site.history(b, history)
			var total spent
			runs := 0
			for b.Loop() {
				total = total.add(site.ingest(b, seed, workers))
				runs++
			}
			total.report(b, "", runs*len(site.pages))
		})
	}
}

// BenchmarkExtractOnly reports the pages a second that extract.Extract
// alone gets through on the same pages, with one goroutine per CPU.
func BenchmarkExtractOnly(b *testing.B) {
	site := newBenchSite(b)
	workers := runtime.GOMAXPROCS(0)
	var total spent
	runs := 0
	for b.Loop() {
		total = total.add(site.extractAll(workers))
		runs++
	}
	total.report(b, "", runs*len(site.pages))
}

// BenchmarkIngestVsExtract runs an Ingest and an extraction-only pass in
// each iteration, alternating which goes first so that neither always
// inherits the other's garbage, and reports both rates and their ratio
// (pipeline over extraction; the target is at least 0.8).
func BenchmarkIngestVsExtract(b *testing.B) {
	site := newBenchSite(b)
	workers := runtime.GOMAXPROCS(0)
	for _, history := range []int{0, benchHistory} {
		b.Run(fmt.Sprintf("history=%d", history), func(b *testing.B) {
			seed := site.history(b, history)
			var ingest, extractOnly spent
			runs := 0
			for b.Loop() {
				if runs%2 == 0 {
					extractOnly = extractOnly.add(site.extractAll(workers))
					ingest = ingest.add(site.ingest(b, seed, workers))
				} else {
					ingest = ingest.add(site.ingest(b, seed, workers))
					extractOnly = extractOnly.add(site.extractAll(workers))
				}
				runs++
			}
			pages := runs * len(site.pages)
			ingest.report(b, "pipeline_", pages)
			extractOnly.report(b, "extract_", pages)
			b.ReportMetric(pagesPerSecond(pages, ingest.wall)/pagesPerSecond(pages, extractOnly.wall), "ratio")
			if ingest.cpu > 0 && extractOnly.cpu > 0 {
				// Extraction's CPU time over the pipeline's, for the same
				// pages: what the ratio would be with both CPUs busy
				// throughout, and far less disturbed by other work on a
				// shared machine.
				b.ReportMetric(float64(extractOnly.cpu)/float64(ingest.cpu), "cpu_ratio")
			}
			b.ReportMetric(float64(workers), "workers")
		})
	}
}

// spent is the wall-clock and CPU time of a piece of work. The CPU time
// is the whole process's, the loopback server's and the garbage
// collector's included, so it charges the pipeline for serving its own
// pages too; it is zero where it cannot be read.
type spent struct{ wall, cpu time.Duration }

func (a spent) add(b spent) spent { return spent{a.wall + b.wall, a.cpu + b.cpu} }

// report reports pages a second and, when known, CPU milliseconds a page.
func (a spent) report(b *testing.B, prefix string, pages int) {
	b.ReportMetric(pagesPerSecond(pages, a.wall), prefix+"pages/s")
	if a.cpu > 0 && pages > 0 {
		b.ReportMetric(float64(a.cpu.Microseconds())/1000/float64(pages), prefix+"cpu_ms/page")
	}
}

type measure struct {
	start time.Time
	cpu   time.Duration
	ok    bool
}

func startMeasure() measure {
	cpu, ok := processCPU()
	return measure{start: time.Now(), cpu: cpu, ok: ok}
}

func (m measure) stop() spent {
	wall := time.Since(m.start)
	cpu, ok := processCPU()
	if !ok || !m.ok {
		return spent{wall: wall}
	}
	return spent{wall: wall, cpu: cpu - m.cpu}
}

func pagesPerSecond(pages int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(pages) / d.Seconds()
}

// benchPage is one benchmark page as the loopback server serves it.
type benchPage struct {
	id   string
	host string
	html []byte
}

func (p benchPage) url() string { return "http://" + p.host + "/articles/" + p.id + ".html" }

// benchSite is the loopback server of the benchmark pages: each host
// serves an allow-all robots.txt, an RSS feed of its pages at /feed.xml
// and the pages themselves.
type benchSite struct {
	srv   *httptest.Server
	pages []benchPage
	feeds []string // feed URLs, one per host
}

// newBenchSite loads the pages and starts the server, or skips when the
// evaluation data is absent.
func newBenchSite(b *testing.B) *benchSite {
	b.Helper()
	dir := filepath.Join(testenv.EvalDir(b), "article-extraction-benchmark", "html")
	names, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(names) == 0 {
		testenv.Missing(b, "eval", "no pages in "+dir)
	}
	sort.Strings(names)
	s := &benchSite{}
	byPath := map[string][]byte{}
	for i, name := range names {
		html, err := gunzip(name)
		if err != nil {
			b.Fatal(err)
		}
		p := benchPage{id: strings.TrimSuffix(filepath.Base(name), ".html.gz"), host: benchHost(i % benchHosts), html: html}
		s.pages = append(s.pages, p)
		byPath[p.url()] = p.html
	}
	for h := range benchHosts {
		host := benchHost(h)
		u := "http://" + host + "/feed.xml"
		byPath[u] = s.feed(host)
		s.feeds = append(s.feeds, u)
	}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.Host)
		if err != nil {
			host = r.Host
		}
		switch body, ok := byPath["http://"+host+r.URL.Path]; {
		case r.URL.Path == "/robots.txt":
			w.Header().Set("Content-Type", "text/plain")
			io.WriteString(w, "User-agent: *\nAllow: /\n")
		case !ok:
			http.NotFound(w, r)
		case strings.HasSuffix(r.URL.Path, ".xml"):
			w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
			w.Write(body)
		default:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(body)
		}
	}))
	b.Cleanup(s.srv.Close)
	return s
}

func benchHost(i int) string { return fmt.Sprintf("site%d.bench.test", i) }

func isBenchHost(host string) bool { return strings.HasSuffix(host, ".bench.test") }

func gunzip(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(name), err)
	}
	return io.ReadAll(zr)
}

// feed renders the RSS feed of host's pages, newest first, ten minutes
// apart.
func (s *benchSite) feed(host string) []byte {
	var buf bytes.Buffer
	esc := func(v string) string {
		var e strings.Builder
		xml.EscapeText(&e, []byte(v))
		return e.String()
	}
	fmt.Fprintf(&buf, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>%s</title><link>http://%s/</link><language>en</language>
`, esc(host), esc(host))
	for i, p := range s.pages {
		if p.host != host {
			continue
		}
		published := benchClock.Add(-24*time.Hour - time.Duration(i)*10*time.Minute)
		fmt.Fprintf(&buf, "<item><title>Page %s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate></item>\n",
			esc(p.id[:12]), esc(p.url()), esc(p.id), published.Format(time.RFC1123Z))
	}
	buf.WriteString("</channel></rss>\n")
	return buf.Bytes()
}

// dial connects every bench host to the loopback server.
func (s *benchSite) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	var d net.Dialer
	return d.DialContext(ctx, "tcp", s.srv.Listener.Addr().String())
}

// ingest runs one Ingest of every feed into a new store, a copy of seed
// when seed is not nil, with a new client, and returns the time it took.
// It fails the benchmark unless every page was stored, as an article or
// as a failed item.
func (s *benchSite) ingest(b *testing.B, seed *benchSeed, workers int) spent {
	b.Helper()
	ctx := context.Background()
	b.StopTimer()
	path, before := filepath.Join(b.TempDir(), "desk.db"), 0
	if seed != nil {
		if err := os.WriteFile(path, seed.db, 0o600); err != nil {
			b.Fatal(err)
		}
		before = seed.articles
	}
	st, err := store.Open(ctx, path, store.WithClock(benchNow))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	client := fetch.New(fetch.Options{Dial: s.dial, AllowHost: isBenchHost, HostRate: -1})
	p := &Pipeline{Store: st, Client: client, Now: benchNow, Workers: workers}
	seen, elapsed := timedIngest(b, p, s.feeds, s.srv)
	defer b.StartTimer()
	total, _, err := st.ArticleCounts(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if seen != len(s.pages) || total-before != len(s.pages) {
		b.Fatalf("ingest saw %d items and stored %d articles; want %d of each", seen, total-before, len(s.pages))
	}
	return elapsed
}

// timedIngest runs one Ingest of feeds with the benchmark's timer on, the
// timer stopped before and after, and returns how many items the reports
// account for (stored, known or failed) and the time it took. It fails
// the benchmark when the ingest or a feed fails. The timer is left
// stopped; srv's connections are closed, so that the next run connects
// afresh.
func timedIngest(b *testing.B, p *Pipeline, feeds []string, srv *httptest.Server) (int, spent) {
	b.Helper()
	b.StartTimer()
	m := startMeasure()
	reports, err := p.Ingest(context.Background(), feeds)
	elapsed := m.stop()
	b.StopTimer()
	srv.CloseClientConnections()
	if err != nil {
		b.Fatal(err)
	}
	seen := 0
	for _, r := range reports {
		if r.Err != nil {
			b.Fatalf("feed %s: %v", r.Source, r.Err)
		}
		seen += r.New + r.Known + len(r.Failed)
	}
	return seen, elapsed
}

// benchSeed is a store file to start an Ingest from.
type benchSeed struct {
	db       []byte
	articles int
}

// history builds a store holding n reports of other outlets published in
// the week before benchClock, with texts of random words as long as the
// pages' (about 4,500 bytes); nil when n is 0. The reports are neither
// copies of one another nor of the pages.
func (s *benchSite) history(b *testing.B, n int) *benchSeed {
	b.Helper()
	if n == 0 {
		return nil
	}
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "history.db")
	st, err := store.Open(ctx, path, store.WithClock(benchNow))
	if err != nil {
		b.Fatal(err)
	}
	var outlets []int64
	for i := range benchHosts {
		slug := fmt.Sprintf("wire%d.bench.test", i)
		id, err := st.UpsertOutlet(ctx, news.Outlet{Slug: slug, Name: slug, Rating: news.Rating{Lean: news.Unrated}})
		if err != nil {
			b.Fatal(err)
		}
		outlets = append(outlets, id)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		body := randomText(r, 4500)
		u := fmt.Sprintf("http://wire%d.bench.test/reports/%d.html", i%benchHosts, i)
		a := news.Article{OutletID: outlets[i%benchHosts], URL: u, CanonicalURL: u, Title: fmt.Sprint("Report ", i),
			Published: benchClock.Add(-time.Duration(r.Int64N(int64(7 * 24 * time.Hour)))), FirstSeen: benchClock,
			Text: body, Language: "en", ContentHash: text.ContentHash(body), Fingerprint: text.SimHash(body)}
		if _, _, err := st.SaveArticle(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	// Closing checkpoints the write-ahead log into the file.
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	db, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	return &benchSeed{db: db, articles: n}
}

// randomText returns words drawn from a vocabulary of 5,000, about n bytes.
func randomText(r *rand.Rand, n int) string {
	var sb strings.Builder
	for sb.Len() < n {
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		fmt.Fprintf(&sb, "word%d", r.IntN(5000))
	}
	return sb.String()
}

// extractAll extracts every page once with workers goroutines and returns
// the time it took. Pages without content count: Extract did the work.
func (s *benchSite) extractAll(workers int) spent {
	var next atomic.Int64
	var wg sync.WaitGroup
	m := startMeasure()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(s.pages) {
					return
				}
				p := s.pages[i]
				_, _ = extract.Extract(p.html, p.url())
			}
		}()
	}
	wg.Wait()
	return m.stop()
}
