package jobs

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/pipeline"
)

// records keeps the messages logged to it.
type records struct {
	mu   sync.Mutex
	msgs []string
}

func (r *records) Enabled(context.Context, slog.Level) bool { return true }

func (r *records) Handle(_ context.Context, rec slog.Record) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.msgs = append(r.msgs, rec.Message)
	return nil
}

func (r *records) WithAttrs([]slog.Attr) slog.Handler { return r }
func (r *records) WithGroup(string) slog.Handler      { return r }

func (r *records) saw(msg string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, m := range r.msgs {
		if m == msg {
			return true
		}
	}
	return false
}

// serveOn serves h on a loopback address of its own until the test ends.
func serveOn(t testing.TB, addr string, h http.Handler) *httptest.Server {
	t.Helper()
	ln, err := net.Listen("tcp", addr+":0")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(h)
	srv.Listener.Close()
	srv.Listener = ln
	srv.Start()
	t.Cleanup(srv.Close)
	return srv
}

// A desk reads one page of a host at a time: while a page of one host is
// being read, a second page of that host waits (its job is put back),
// and a page of another host is read.
func TestOneJobPerHost(t *testing.T) {
	ctx := context.Background()
	release := make(chan struct{})
	var mu sync.Mutex
	inFlight, hits := 0, 0
	page := func(w http.ResponseWriter, title string) {
		fmt.Fprintf(w, "<html><head><title>%s</title></head><body><article><h1>%s</h1>%s</article></body></html>", title, title,
			strings.Repeat("<p>The Harbour Board of Corran agreed on Monday to "+title+", Lena Marsh said, before the ferries return in May.</p>", 4))
	}
	slow := serveOn(t, "127.0.0.20", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		inFlight++
		hits++
		mu.Unlock()
		<-release
		mu.Lock()
		inFlight--
		mu.Unlock()
		page(w, "dredge channel "+r.URL.Path[1:])
	}))
	var other *httptest.Server
	other = serveOn(t, "127.0.0.21", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Corran Gazette</title><link>%[2]s/</link>
<item><title>A1</title><link>%[1]s/a1</link><guid>a1</guid></item>
<item><title>A2</title><link>%[1]s/a2</link><guid>a2</guid></item>
<item><title>B1</title><link>%[2]s/b1</link><guid>b1</guid></item></channel></rss>`, slow.URL, other.URL)
			return
		}
		page(w, "repaint the ferry "+r.URL.Path[1:])
	}))

	dsn := filepath.Join(t.TempDir(), "desk.db")
	log := &records{}
	d := openDeskWith(t, dsn, func(c *Config) { c.Log = slog.New(log) })
	if err := d.q.EnqueueFeeds(ctx, []string{other.URL + "/feed.xml"}); err != nil {
		t.Fatal(err)
	}
	d.start(t)
	// Wait until the other host's page is stored, one page of the slow
	// host is being read, and its second page was either put back or
	// fetched as well.
	var stalled, both bool
	for {
		mu.Lock()
		reading, fetched := inFlight, hits
		mu.Unlock()
		stored := storedPages(t, dsn)[other.URL+"/b1"] == 1
		stalled, both = log.saw("host busy: job put back"), fetched > 1
		if stored && reading > 0 && (stalled || both) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	close(release)
	if both || !stalled {
		t.Errorf("the slow host's second page was fetched while its first was (put back: %v)", stalled)
	}
	drain(t, d.q)
	if got := len(storedPages(t, dsn)); got != 3 {
		t.Errorf("%d pages stored, want 3", got)
	}
}

// The pages of one host that a feed check queues are due a second
// apart, the first at once; another host's first page is due at once too.
func TestItemsOfAHostQueuedApart(t *testing.T) {
	ctx := context.Background()
	d := openDesk(t, filepath.Join(t.TempDir(), "desk.db"), false)
	item := func(u string) pipeline.ItemWork {
		return pipeline.ItemWork{FeedID: 1, OutletID: 1, Item: news.Item{URL: u}}
	}
	before := time.Now()
	if err := d.q.EnqueueItems(ctx, []pipeline.ItemWork{
		item("https://tarrow.example/a1"), item("https://tarrow.example/a2"),
		item("https://dunmere.example/b1"), item("https://tarrow.example/a3"),
	}); err != nil {
		t.Fatal(err)
	}
	jobs, err := d.q.List(ctx, nil, 10)
	if err != nil {
		t.Fatal(err)
	}
	due := map[string]time.Duration{}
	state := map[string]string{}
	for _, j := range jobs {
		due[j.Subject] = j.At.Sub(before).Round(time.Second)
		state[j.Subject] = j.State
	}
	want := map[string]time.Duration{"https://tarrow.example/a1": 0, "https://tarrow.example/a2": time.Second,
		"https://dunmere.example/b1": 0, "https://tarrow.example/a3": 2 * time.Second}
	if diff := cmp.Diff(want, due); diff != "" {
		t.Errorf("due after queueing, rounded to the second (-want +got):\n%s", diff)
	}
	if state["https://tarrow.example/a1"] != "available" || state["https://tarrow.example/a3"] != "scheduled" {
		t.Errorf("states: %v", state)
	}
}
