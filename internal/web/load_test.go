package web

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"text/tabwriter"
	"time"
)

var (
	loadConns    = flag.Int("load.conns", 64, "BenchmarkLoad: connections, each with one request in flight")
	loadDuration = flag.Duration("load.duration", time.Second, "BenchmarkLoad: how long each address, and the reference before it, is loaded in each round")
	loadRounds   = flag.Int("load.rounds", 5, "BenchmarkLoad: rounds over every address")
)

// loadGoal is what the product asks of an address under load: a share of
// the throughput of the same story page's bytes served as a static file
// by the same process, and, when set, a p99 latency.
type loadGoal struct {
	share float64
	p99   time.Duration
}

// BenchmarkLoad serves the site over a store filled from the demo corpus,
// on a loopback server with keep-alive, and loads it from -load.conns
// connections at once (64), each sending its next request as soon as its
// last answer is read. Beside the site, in the same process, a plain
// handler serves one story page's bytes as a static file server would:
// the reference each address's throughput is divided by. The goals are a
// story page at half the reference's throughput or more with p99 under
// 20 ms, and the front page and the feeds at a quarter or more.
//
// In each of -load.rounds rounds (5), every address is loaded for
// -load.duration (1s) right after the reference is, and its ratio is
// taken to that run of the reference, so that a noisy neighbour moves
// both sides of it; each figure is the median over the rounds. Beside the
// ratio of requests a second, the table gives the ratio of CPU time a
// request (the process's, client included), which a busy machine
// disturbs less: time spent waiting for a CPU is not counted. The site's
// clock is the wall clock, so kept pages are checked against the store as
// often as they are in service.
//
// Run it alone, once:
//
//	go test ./internal/web/ -run '^$' -bench BenchmarkLoad -benchtime 1x
func BenchmarkLoad(b *testing.B) {
	ctx := context.Background()
	st := demoStore(b)
	site := httptest.NewServer(New(st, Options{Logger: slog.New(slog.DiscardHandler)}))
	defer site.Close()
	list, err := st.ListStories(ctx, 1, 0)
	if err != nil || len(list) == 0 {
		b.Fatalf("no story to load: %v", err)
	}
	storyURL := site.URL + storyPath(list[0].ID)

	conns := *loadConns
	siteClient := loadClient(conns)
	page, etag := loadStory(b, siteClient, storyURL)
	modified := time.Now()
	ref := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		http.ServeContent(w, r, "", modified, bytes.NewReader(page))
	}))
	defer ref.Close()
	refClient := loadClient(conns)

	takes := func(coding string) http.Header { return http.Header{"Accept-Encoding": {coding}} }
	targets := []struct {
		loadTarget
		client *http.Client
		goal   loadGoal
	}{
		{loadTarget{name: "static reference", url: ref.URL + "/story.html", status: http.StatusOK}, refClient, loadGoal{}},
		{loadTarget{name: "story", url: storyURL, status: http.StatusOK}, siteClient, loadGoal{0.5, 20 * time.Millisecond}},
		{loadTarget{name: "story gzip", url: storyURL, header: takes("gzip"), status: http.StatusOK, coding: "gzip"}, siteClient, loadGoal{0.5, 20 * time.Millisecond}},
		{loadTarget{name: "story zstd", url: storyURL, header: takes("zstd"), status: http.StatusOK, coding: "zstd"}, siteClient, loadGoal{0.5, 20 * time.Millisecond}},
		{loadTarget{name: "story br", url: storyURL, header: takes("gzip, deflate, br, zstd"), status: http.StatusOK, coding: "br"}, siteClient, loadGoal{0.5, 20 * time.Millisecond}},
		{loadTarget{name: "story 304", url: storyURL, header: http.Header{"If-None-Match": {etag}}, status: http.StatusNotModified}, siteClient, loadGoal{}},
		{loadTarget{name: "front", url: site.URL + "/", status: http.StatusOK}, siteClient, loadGoal{share: 0.25}},
		{loadTarget{name: "feed.atom", url: site.URL + atomPath, status: http.StatusOK}, siteClient, loadGoal{share: 0.25}},
		{loadTarget{name: "feed.rss", url: site.URL + rssPath, status: http.StatusOK}, siteClient, loadGoal{share: 0.25}},
		{loadTarget{name: "feed.json", url: site.URL + jsonPath, status: http.StatusOK}, siteClient, loadGoal{share: 0.25}},
		{loadTarget{name: "api/stories", url: site.URL + "/api/stories", status: http.StatusOK}, siteClient, loadGoal{}},
		{loadTarget{name: "css", url: site.URL + siteAssets().cssURL, status: http.StatusOK}, siteClient, loadGoal{}},
	}

	// A short run of each address first, so that connections are open
	// and kept pages rendered before anything is measured.
	for _, t := range targets {
		if res := drive(t.client, t.loadTarget, conns, 200*time.Millisecond); res.errors > 0 {
			b.Fatalf("%s: %d of %d requests failed: %v", t.name, res.errors, res.requests, res.firstErr)
		}
	}

	// Each address is loaded right after a run of the reference, and its
	// ratios are taken to that run: the load other processes put on the
	// machine changes over seconds, so the two sides of a ratio meet
	// nearly the same.
	refs := make([][]loadResult, len(targets))
	runs := make([][]loadResult, len(targets))
	for b.Loop() {
		for range *loadRounds {
			for i, t := range targets[1:] {
				refs[i+1] = append(refs[i+1], drive(refClient, targets[0].loadTarget, conns, *loadDuration))
				runs[i+1] = append(runs[i+1], drive(t.client, t.loadTarget, conns, *loadDuration))
			}
		}
	}
	for i := 1; i < len(targets); i++ {
		runs[0] = append(runs[0], refs[i]...)
	}

	var table strings.Builder
	tw := tabwriter.NewWriter(&table, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "address\tbody bytes\treq/s\tp50 ms\tp99 ms\tCPU µs/req\tx static\tx static, CPU\tgoal\t\n")
	for i, t := range targets {
		var rate, p50, p99, cpu, share, cpuShare []float64
		for k, res := range runs[i] {
			if res.errors > 0 {
				b.Errorf("%s: %d of %d requests failed: %v", t.name, res.errors, res.requests, res.firstErr)
			}
			rate = append(rate, res.rate())
			p50 = append(p50, ms(res.quantile(0.50)))
			p99 = append(p99, ms(res.quantile(0.99)))
			cpu = append(cpu, float64(res.cpuPerRequest())/float64(time.Microsecond))
			if i == 0 {
				continue
			}
			ref := refs[i][k]
			share = append(share, res.rate()/ref.rate())
			if res.cpuPerRequest() > 0 && ref.cpuPerRequest() > 0 {
				cpuShare = append(cpuShare, float64(ref.cpuPerRequest())/float64(res.cpuPerRequest()))
			}
		}
		name := strings.NewReplacer(" ", "_", "/", "_", ".", "_").Replace(t.name)
		b.ReportMetric(median(p99), name+"_p99_ms")
		if i == 0 {
			b.ReportMetric(median(rate), name+"_req/s")
			share, cpuShare = []float64{1}, []float64{1}
		} else {
			b.ReportMetric(median(share), name+"_x_static")
		}
		fmt.Fprintf(tw, "%s\t%d\t%.0f\t%.2f\t%.2f\t%.0f\t%.2f\t%s\t%s\t\n", t.name, runs[i][0].bytes,
			median(rate), median(p50), median(p99), median(cpu), median(share), orDash(cpuShare),
			t.goal.verdict(median(share), median(p99)))
	}
	tw.Flush()
	// The table goes to the standard output: the testing package cuts a
	// benchmark's log after ten lines.
	fmt.Printf("\nBenchmarkLoad: %d connections, %d rounds of %v per address, each after %v of the reference; medians over the rounds:\n%s",
		conns, *loadRounds, *loadDuration, *loadDuration, table.String())
}

// orDash is the median of xs to two places, or "-" when there are none.
func orDash(xs []float64) string {
	if len(xs) == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", median(xs))
}

// loadStory reads the story page once, whole and without compression, and
// returns its bytes and ETag.
func loadStory(b *testing.B, client *http.Client, url string) ([]byte, string) {
	b.Helper()
	resp, err := client.Get(url)
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK || resp.Header.Get("ETag") == "" {
		b.Fatalf("GET %s: %d, ETag %q, %v", url, resp.StatusCode, resp.Header.Get("ETag"), err)
	}
	return body, resp.Header.Get("ETag")
}

// verdict says whether a measured share of the reference and p99 meet g.
func (g loadGoal) verdict(share, p99 float64) string {
	if g.share == 0 {
		return "-"
	}
	want := fmt.Sprintf(">= %.2f", g.share)
	if g.p99 > 0 {
		want += fmt.Sprintf(", p99 < %v", g.p99)
	}
	if share < g.share || (g.p99 > 0 && p99 >= ms(g.p99)) {
		return "MISSED (" + want + ")"
	}
	return "met (" + want + ")"
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// median is the middle of xs (the mean of the two middle ones for an even
// count); xs is sorted in place.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	slices.Sort(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}
