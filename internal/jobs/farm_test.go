package jobs

import (
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// farm serves feeds of invented outlets on loopback, each outlet on a
// host of its own (127.0.0.2, 127.0.0.3, ...): feed n lists items
// /a/n/0 .. /a/n/items-1, each a page of its own text, and the farm
// counts how often each page was fetched. A page whose path is in broken
// answers 500.
type farm struct {
	hosts        []*httptest.Server
	feeds, items int
	broken       map[string]bool
	mu           sync.Mutex
	hits         map[string]int // by address
}

// published is when every farm item says it was published: a day before
// the desk's clock in these tests.
var published = time.Date(2026, 3, 9, 8, 0, 0, 0, time.UTC)

var places = []string{"Dunmere", "Tarrow", "Ellsby", "Corran", "Fenwick", "Halloway", "Brisk Point", "Nethercombe"}

func newFarm(t testing.TB, feeds, items int, broken ...string) *farm {
	f := &farm{feeds: feeds, items: items, broken: map[string]bool{}, hits: map[string]int{}}
	for _, b := range broken {
		f.broken[b] = true
	}
	for n := 0; n < feeds; n++ {
		f.hosts = append(f.hosts, serveOn(t, fmt.Sprintf("127.0.0.%d", n+2), f.handler()))
	}
	return f
}

func (f *farm) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /feed/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		writeFarmFeed(w, n, f.items, f.base(n))
	})
	mux.HandleFunc("GET /a/{n}/{i}", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		f.hits["http://"+r.Host+r.URL.Path]++
		f.mu.Unlock()
		if f.broken[r.URL.Path] {
			http.Error(w, "the page is down", http.StatusInternalServerError)
			return
		}
		var n, i int
		fmt.Sscan(r.PathValue("n"), &n)
		fmt.Sscan(r.PathValue("i"), &i)
		writeFarmPage(w, n, i)
	})
	return mux
}

// writeFarmFeed writes feed n of a farm, whose host is at base: items
// /a/n/0 .. /a/n/items-1.
func writeFarmFeed(w http.ResponseWriter, n, items int, base string) {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette %d</title><link>%s/</link>`, n, base)
	for i := 0; i < items; i++ {
		fmt.Fprintf(&b, `<item><title>Harbour Board report %d-%d</title><link>%s/a/%d/%d</link><guid>%d-%d</guid><pubDate>%s</pubDate></item>`,
			n, i, base, n, i, n, i, published.Format(time.RFC1123Z))
	}
	b.WriteString(`</channel></rss>`)
	w.Header().Set("Content-Type", "application/rss+xml")
	fmt.Fprint(w, b.String())
}

// writeFarmPage writes the page of item i of feed n, a text of its own.
func writeFarmPage(w http.ResponseWriter, n, i int) {
	place := places[(n+i)%len(places)]
	var b strings.Builder
	fmt.Fprintf(&b, "<html><head><title>Report %d-%d</title></head><body><article><h1>Harbour Board report %d-%d</h1>", n, i, n, i)
	for k := 0; k < 4; k++ {
		fmt.Fprintf(&b, "<p>The Harbour Board of %s met for the %dth time this year, Lena Marsh said, and agreed %d new berths for the ferries of route %d-%d.</p>",
			place, k+n*7+i*3+2, k+i+n+3, n, i)
	}
	b.WriteString("</article></body></html>")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, b.String())
}

// base is the address of feed n's host.
func (f *farm) base(n int) string { return f.hosts[n].URL }

// feedURLs are the addresses of every feed of the farm.
func (f *farm) feedURLs() []string {
	out := make([]string, f.feeds)
	for n := range out {
		out[n] = fmt.Sprintf("%s/feed/%d", f.base(n), n)
	}
	return out
}

// pageURLs are the addresses of every page the farm's feeds list.
func (f *farm) pageURLs() []string {
	var out []string
	for n := 0; n < f.feeds; n++ {
		for i := 0; i < f.items; i++ {
			out = append(out, fmt.Sprintf("%s/a/%d/%d", f.base(n), n, i))
		}
	}
	return out
}

// pageHits is how often each page was fetched, by address.
func (f *farm) pageHits() map[string]int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return maps.Clone(f.hits)
}
