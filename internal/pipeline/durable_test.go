package pipeline

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// fakeQueue records what the durable steps hand it.
type fakeQueue struct {
	items    []ItemWork
	feeds    []string
	rebuilds int
	err      error
}

func (q *fakeQueue) EnqueueItems(_ context.Context, items []ItemWork) error {
	q.items = append(q.items, items...)
	return q.err
}

func (q *fakeQueue) EnqueueFeeds(_ context.Context, sources []string) error {
	q.feeds = append(q.feeds, sources...)
	return q.err
}

func (q *fakeQueue) EnqueueRebuild(context.Context) error {
	q.rebuilds++
	return q.err
}

// harbourFeed serves /feed.xml with items /a, /b and /c and their pages,
// and an ETag; /broken.xml answers 503.
func harbourFeed(t *testing.T) *httptest.Server {
	t.Helper()
	var srv *httptest.Server
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Header().Set("ETag", `"v1"`)
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Tarrow Gazette</title><link>%[1]s/</link>
<item><title>Pier</title><link>%[1]s/a</link><guid>a</guid></item>
<item><title>Ferry</title><link>%[1]s/b</link><guid>b</guid><description>The ferry to Tarrow runs late.</description></item>
<item><title>Berths</title><link>%[1]s/c</link><guid>c</guid></item></channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/broken.xml", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", http.StatusServiceUnavailable) })
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<html><head><title>Pier</title></head><body><article><h1>Pier</h1>"+
			strings.Repeat("<p>The Harbour Board of Dunmere agreed on Monday to rebuild the east pier, Lena Marsh said, at a cost shared with Tarrow.</p>", 4)+
			"</article></body></html>")
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// QueueFeed queues the items of a feed that are not stored yet, then
// saves the feed's validators and schedules its next check; a feed that
// fails queues nothing and is scheduled to back off.
func TestQueueFeed(t *testing.T) {
	ctx := context.Background()
	srv := harbourFeed(t)
	p := loopbackDesk(t, fetch.New(fetch.Options{AllowPrivate: true, IgnoreRobots: true, HostRate: -1, Retries: -1}), 1)
	// /a is stored already: a check that ends here leaves it.
	c, err := p.CheckFeed(ctx, srv.URL+"/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.ReadItem(ctx, c.Feed, c.Outlet, c.Items[0]); err != nil {
		t.Fatal(err)
	}

	q := &fakeQueue{}
	n, err := p.QueueFeed(ctx, srv.URL+"/feed.xml", DefaultSchedule, q)
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, it := range q.items {
		urls = append(urls, it.Item.URL)
		if it.Item.Summary != "" || it.Item.Content != "" {
			t.Errorf("item %s queued with the feed's text: %+v", it.Item.URL, it.Item)
		}
		if it.FeedID != c.Feed.ID || it.OutletID != c.Outlet.ID {
			t.Errorf("item %s queued for feed %d of outlet %d, want %d of %d", it.Item.URL, it.FeedID, it.OutletID, c.Feed.ID, c.Outlet.ID)
		}
	}
	if want := []string{srv.URL + "/b", srv.URL + "/c"}; n != 2 || !slices.Equal(urls, want) {
		t.Errorf("QueueFeed queued %d: %q, want %q", n, urls, want)
	}
	f, err := p.Store.FeedByURL(ctx, srv.URL+"/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	if f.ETag != `"v1"` || f.Failures != 0 || !f.NextCheckAt.After(now()) {
		t.Errorf("feed after QueueFeed: etag %q, %d failures, next check %v; want the ETag saved and a check after %v", f.ETag, f.Failures, f.NextCheckAt, now())
	}

	// A queue that fails leaves the validators unsaved, so that the next
	// check reads the whole feed again.
	other := loopbackDesk(t, fetch.New(fetch.Options{AllowPrivate: true, IgnoreRobots: true, HostRate: -1, Retries: -1}), 1)
	if _, err := other.QueueFeed(ctx, srv.URL+"/feed.xml", DefaultSchedule, &fakeQueue{err: errors.New("queue full")}); err == nil || !strings.Contains(err.Error(), "queue full") {
		t.Errorf("QueueFeed with a failing queue: %v", err)
	}
	if f, err := other.Store.FeedByURL(ctx, srv.URL+"/feed.xml"); err != nil || f.ETag != "" {
		t.Errorf("feed after a failed queue: %+v, %v; want it stored without validators", f, err)
	}

	// A feed that fails: its error is returned and recorded, nothing is
	// queued, and the next check backs off.
	if _, err := p.Store.AddFeed(ctx, news.Feed{OutletID: c.Outlet.ID, URL: srv.URL + "/broken.xml"}); err != nil {
		t.Fatal(err)
	}
	q = &fakeQueue{}
	if _, err := p.QueueFeed(ctx, srv.URL+"/broken.xml", DefaultSchedule, q); err == nil || !strings.Contains(err.Error(), "503") {
		t.Errorf("QueueFeed of a broken feed: %v, want its 503", err)
	}
	b, err := p.Store.FeedByURL(ctx, srv.URL+"/broken.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(q.items) != 0 || b.Failures != 1 || !strings.Contains(b.LastError, "503") || !b.NextCheckAt.After(now()) {
		t.Errorf("broken feed: %d items queued, %d failures, error %q, next check %v", len(q.items), b.Failures, b.LastError, b.NextCheckAt)
	}
}

// Dispatch queues the due feeds and the extra sources once each, claims
// the due ones so that a second dispatch leaves them, and queues a
// rebuild only when a stored article waits for one.
func TestDispatch(t *testing.T) {
	ctx := context.Background()
	srv := harbourFeed(t)
	p := loopbackDesk(t, fetch.New(fetch.Options{AllowPrivate: true, IgnoreRobots: true, HostRate: -1, Retries: -1}), 1)
	o, err := OutletFor(ctx, p.Store, srv.URL, "Tarrow Gazette", "en")
	if err != nil {
		t.Fatal(err)
	}
	due := srv.URL + "/feed.xml"
	if _, err := p.Store.AddFeed(ctx, news.Feed{OutletID: o.ID, URL: due}); err != nil {
		t.Fatal(err)
	}
	w := Writing{}
	q := &fakeQueue{}
	extra := "https://dunmere.example/feed.xml"
	if n, err := p.Dispatch(ctx, q, w, extra, due); err != nil || n != 2 {
		t.Fatalf("Dispatch = %d, %v; want 2", n, err)
	}
	if want := []string{due, extra}; !slices.Equal(q.feeds, want) || q.rebuilds != 0 {
		t.Errorf("Dispatch queued %q and %d rebuilds, want %q and none", q.feeds, q.rebuilds, want)
	}
	if n, err := p.Dispatch(ctx, q, w); err != nil || n != 0 {
		t.Errorf("a second Dispatch = %d, %v; want the claimed feed left", n, err)
	}

	c, err := p.CheckFeed(ctx, due)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.ReadItem(ctx, c.Feed, c.Outlet, c.Items[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Dispatch(ctx, q, w); err != nil || q.rebuilds != 1 {
		t.Errorf("Dispatch with an unwritten article: %v, %d rebuilds queued; want 1", err, q.rebuilds)
	}
}
