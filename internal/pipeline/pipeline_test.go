package pipeline

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/theunbiasedpost/unbiased/internal/cluster"
	"github.com/theunbiasedpost/unbiased/internal/demo"
	"github.com/theunbiasedpost/unbiased/internal/extract"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/store"
	"github.com/theunbiasedpost/unbiased/internal/write"
)

var clock = time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)

func now() time.Time { return clock }

// demoDesk starts the demo feed server and a store with the demo outlets.
func demoDesk(t *testing.T) (*Pipeline, []string) {
	t.Helper()
	return demoDeskAt(t, filepath.Join(t.TempDir(), "desk.db"))
}

// demoDeskAt is demoDesk with its SQLite store at path.
func demoDeskAt(t *testing.T, path string) (*Pipeline, []string) {
	t.Helper()
	srv := demo.NewServer(now)
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	st, err := store.Open(context.Background(), path, store.WithClock(now))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var urls []string
	for _, o := range demo.Outlets() {
		id, err := st.UpsertOutlet(context.Background(), o.Outlet(clock))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.AddFeed(context.Background(), news.Feed{OutletID: id, URL: o.FeedURL}); err != nil {
			t.Fatal(err)
		}
		urls = append(urls, o.FeedURL)
	}
	client := fetch.New(fetch.Options{Dial: srv.DialContext, AllowHost: demo.IsDemoHost, HostRate: -1})
	return &Pipeline{Store: st, Client: client, Now: now, Workers: 3}, urls
}

// rows is what the store holds about articles, by URL, for comparing runs.
func rows(t *testing.T, st *store.Store) []string {
	t.Helper()
	arts, err := st.Articles(context.Background(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	urlOf := map[int64]string{}
	for _, a := range arts {
		urlOf[a.ID] = a.CanonicalURL
	}
	var out []string
	for _, a := range arts {
		out = append(out, strings.Join([]string{a.CanonicalURL, a.Outlet.Slug, a.ContentHash[:12], a.Published.Format(time.RFC3339), "copy:" + urlOf[a.CopyOf]}, " "))
	}
	sort.Strings(out)
	return out
}

func TestIngestIsIdempotentAndSurvivesInterruption(t *testing.T) {
	ctx := context.Background()
	full, urls := demoDesk(t)
	reports, err := full.Ingest(ctx, urls)
	if err != nil {
		t.Fatal(err)
	}
	created := 0
	for _, r := range reports {
		if r.Err != nil || len(r.Failed) > 0 {
			t.Fatalf("feed %s: %v %v", r.Source, r.Err, r.Failed)
		}
		created += r.New
	}
	want := rows(t, full.Store)
	if created != len(demo.Articles()) || len(want) != created {
		t.Fatalf("stored %d articles (%d rows); the corpus has %d", created, len(want), len(demo.Articles()))
	}

	// The same ingest again stores nothing new.
	again, err := full.Ingest(ctx, urls)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range again {
		if r.New != 0 {
			t.Errorf("second ingest of %s stored %d new articles", r.Source, r.New)
		}
	}
	if diff := cmp.Diff(want, rows(t, full.Store)); diff != "" {
		t.Errorf("rows changed on a second ingest (-first +second):\n%s", diff)
	}

	// An ingest stopped part-way, then run again, ends with the same rows.
	cut, urls := demoDesk(t)
	stop, cancel := context.WithCancel(ctx)
	cut.Progress = func(done, total int) {
		if done >= 12 {
			cancel()
		}
	}
	if _, err := cut.Ingest(stop, urls); !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted ingest: err = %v, want context.Canceled", err)
	}
	if n := len(rows(t, cut.Store)); n == 0 || n >= len(want) {
		t.Fatalf("interrupted ingest stored %d of %d articles; the test needs a partial run", n, len(want))
	}
	cut.Progress = nil
	if _, err := cut.Ingest(ctx, urls); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, rows(t, cut.Store)); diff != "" {
		t.Errorf("interrupted then resumed ingest differs (-uninterrupted +resumed):\n%s", diff)
	}
}

func TestBadFeedsAreReportedAndTheRestGoesOn(t *testing.T) {
	ctx := context.Background()
	p, urls := demoDesk(t)
	bad := []string{
		"http://harbor-ledger.demo.test/no-such-feed.xml", // 404
		"http://harbor-ledger.demo.test/",                 // an HTML page, not a feed
		"http://elsewhere.example/feed.xml",               // not a demo host: the guard or dialer refuses
	}
	reports, err := p.Ingest(ctx, append(bad, urls[0]))
	if err != nil {
		t.Fatal(err)
	}
	wantErr := []string{"status 404", "not a feed", "elsewhere.example"}
	for i, w := range wantErr {
		if reports[i].Err == nil || !strings.Contains(reports[i].Err.Error(), w) {
			t.Errorf("%s: err = %v; want it to mention %q", bad[i], reports[i].Err, w)
		}
	}
	good := reports[len(reports)-1]
	if good.Err != nil || good.New == 0 {
		t.Errorf("good feed after bad ones: %+v", good)
	}
	// the failure is kept on the known feed, for its health
	f, err := p.Store.FeedByURL(ctx, "http://harbor-ledger.demo.test/")
	if err != nil {
		t.Fatal(err)
	}
	if f.Failures != 1 || !strings.Contains(f.LastError, "not a feed") {
		t.Errorf("feed health after a failure: %+v", f)
	}
}

func TestRebuildPublishesTheDemo(t *testing.T) {
	ctx := context.Background()
	p := ingestedDemo(t, "")
	w := testWriting()
	rep, err := p.Rebuild(ctx, w)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Published < len(demo.Events()) || rep.Images == 0 {
		t.Errorf("rebuild: %+v; want %d stories published with images", rep, len(demo.Events()))
	}
	first, _ := p.Store.StoryAssignments(ctx)
	// A second rebuild keeps every story ID.
	if _, err := p.Rebuild(ctx, w); err != nil {
		t.Fatal(err)
	}
	second, _ := p.Store.StoryAssignments(ctx)
	if diff := cmp.Diff(first, second); diff != "" {
		t.Errorf("story IDs moved on a rebuild (-first +second):\n%s", diff)
	}
}

// A rebuild rewrites only the stories it would write differently: none
// when nothing changed, the stories of an outlet whose lean changed, and
// all of them when the writer's settings change.
func TestRebuildRewritesOnlyWhatChanged(t *testing.T) {
	ctx := context.Background()
	p, w, first := rebuiltDemo(t)
	if first.Unchanged != 0 || first.Published < len(demo.Events()) {
		t.Fatalf("first rebuild %+v; want every story written", first)
	}
	pages := func() map[string]news.Page {
		t.Helper()
		list, err := p.Store.ListStories(ctx, 100, 0)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]news.Page{}
		for _, s := range list {
			pg, err := p.Store.Page(ctx, s.ID)
			if err != nil {
				t.Fatal(err)
			}
			out[s.ID] = pg
		}
		return out
	}
	before := pages()

	// An hour later nothing has changed: no page is written again.
	saved := clock
	defer func() { clock = saved }()
	clock = clock.Add(time.Hour)
	again, err := p.Rebuild(ctx, w)
	if err != nil {
		t.Fatal(err)
	}
	if again.Unchanged != first.Stories || again.Published != first.Published || again.Images != 0 {
		t.Errorf("second rebuild %+v; want all %d stories unchanged, %d published", again, first.Stories, first.Published)
	}
	if diff := cmp.Diff(before, pages()); diff != "" {
		t.Errorf("pages changed on a rebuild with nothing new (-before +after):\n%s", diff)
	}

	// One outlet is rated again: its stories are rewritten, no others.
	o := demo.Outlets()[0]
	rated := o.Outlet(clock)
	rated.Rating.Lean = news.Center
	if rated.Rating.Lean == o.Lean {
		rated.Rating.Lean = news.Right
	}
	if _, err := p.Store.UpsertOutlet(ctx, rated); err != nil {
		t.Fatal(err)
	}
	clock = clock.Add(time.Hour)
	third, err := p.Rebuild(ctx, w)
	if err != nil {
		t.Fatal(err)
	}
	after := pages()
	rewritten := 0
	for id, pg := range after {
		touched := false
		for _, src := range pg.Sources {
			touched = touched || src.Outlet == o.Name
		}
		switch {
		case pg.Updated.Equal(clock) && touched:
			rewritten++
		case pg.Updated.Equal(clock):
			t.Errorf("story %s was rewritten though %s does not cover it", id, o.Name)
		case touched:
			t.Errorf("story %s, covered by %s, was not rewritten", id, o.Name)
		}
	}
	if rewritten == 0 || third.Unchanged != first.Stories-rewritten {
		t.Errorf("after a new rating: %d rewritten, report %+v", rewritten, third)
	}

	// A new desk name changes every byline: every story is rewritten.
	w.Writer.Desk = "Renamed desk"
	clock = clock.Add(time.Hour)
	fourth, err := p.Rebuild(ctx, w)
	if err != nil {
		t.Fatal(err)
	}
	if fourth.Unchanged != 0 {
		t.Errorf("after a new desk name %d stories were left as they were", fourth.Unchanged)
	}

	// So does another loaded-language model.
	w.Writer.Biased = func(string) bool { return false }
	w.Writer.BiasedBy = "model.json 0123"
	clock = clock.Add(time.Hour)
	fifth, err := p.Rebuild(ctx, w)
	if err != nil {
		t.Fatal(err)
	}
	if fifth.Unchanged != 0 {
		t.Errorf("after a new model %d stories were left as they were", fifth.Unchanged)
	}
}

// A rewrite that gives no page leaves each published page as it was,
// records why, and counts the refusals by reason.
func TestRefusedRewriteKeepsPages(t *testing.T) {
	ctx := context.Background()
	p, w, first := rebuiltDemo(t)
	before, err := p.Store.ListStories(ctx, 100, 0)
	if err != nil || len(before) != first.Published {
		t.Fatalf("%d stories listed, %v; want %d", len(before), err, first.Published)
	}
	// A judge that calls every sentence biased leaves nothing to write.
	w.Writer.Biased = func(string) bool { return true }
	w.Writer.BiasedBy = "calls everything biased"
	saved := clock
	defer func() { clock = saved }()
	clock = clock.Add(time.Hour)
	rep, err := p.Rebuild(ctx, w)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Refused[string(write.NoSentence)] != first.Published || rep.Kept != first.Published || rep.Published != first.Published {
		t.Errorf("rebuild %+v; want all %d published stories refused for no usable sentence, their pages kept", rep, first.Published)
	}
	after, err := p.Store.ListStories(ctx, 100, 0)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("published pages changed after refused rewrites (-before +after):\n%s", diff)
	}
	st, err := p.Store.StoryStatus(ctx, before[0].ID)
	if err != nil || !st.Published || st.Reason != string(write.NoSentence) || !strings.Contains(st.Refusal, "can stand on a page") {
		t.Errorf("status %+v, %v; want published, with the refusal recorded", st, err)
	}
}

// rebuiltDemo is a desk that has read the demo's feeds and written its
// stories once, with the writer it used and what that rebuild did.
func rebuiltDemo(t *testing.T) (*Pipeline, Writing, RebuildReport) {
	t.Helper()
	ctx := context.Background()
	p := ingestedDemo(t, "")
	w := testWriting()
	first, err := p.Rebuild(ctx, w)
	if err != nil {
		t.Fatal(err)
	}
	return p, w, first
}

// A fault while writing one story costs that story its new page and
// nothing else: the others are written and saved.
func TestFaultInOneStoryHoldsBackNoOther(t *testing.T) {
	ctx := context.Background()
	p := ingestedDemo(t, "")
	w := Writing{Writer: write.Writer{Desk: "Test desk", BiasedBy: "faulty judge", Biased: func(s string) bool {
		if strings.Contains(s, "insulin") {
			panic("judge fault")
		}
		return false
	}}, Cluster: cluster.DefaultOptions()}
	rep, err := p.Rebuild(ctx, w)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Refused["error"] != 1 || rep.Published != len(demo.Events())-1 {
		t.Errorf("rebuild %+v; want the one story about insulin refused for an error and the other %d published", rep, len(demo.Events())-1)
	}
}

// An outlet's text comes in with bidirectional controls that would
// reverse what follows them on a page (citation marks included): they
// are stored without them.
func TestBidiControlsAreStripped(t *testing.T) {
	ctx := context.Background()
	srv := oneItemSite(t, "Mirror News", "Mayor resigns &#x202E;[1] detaerc",
		"<html><head><title>Mayor resigns</title></head><body><article><h1>Mayor resigns</h1>"+
			strings.Repeat("<p>The mayor of Harlow resigned on Monday after eleven years in office, \u202ethe council said\u202c, and an election follows in May.</p>", 4)+
			"</article></body></html>")
	p := loopbackDesk(t, fetch.New(fetch.Options{AllowPrivate: true, HostRate: -1}), 1)
	if _, err := p.Ingest(ctx, []string{srv.URL + "/feed.xml"}); err != nil {
		t.Fatal(err)
	}
	arts, err := p.Store.Articles(ctx, time.Time{})
	if err != nil || len(arts) != 1 {
		t.Fatalf("%d articles, %v; want 1", len(arts), err)
	}
	for _, s := range []string{arts[0].Title, arts[0].Text} {
		if strings.ContainsAny(s, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") {
			t.Errorf("stored with a bidi control: %q", s)
		}
	}
}

// A lead image is kept only when its bytes are a raster image, whatever
// the server calls it: an SVG served as image/png is left out.
func TestLeadImageBytesDecide(t *testing.T) {
	ctx := context.Background()
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89")
	svg := []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		if r.URL.Path == "/real.png" {
			w.Write(png)
			return
		}
		w.Write(svg)
	}))
	defer srv.Close()
	p := loopbackDesk(t, fetch.New(fetch.Options{AllowPrivate: true, IgnoreRobots: true, HostRate: -1}), 0)
	for path, want := range map[string]bool{"/real.png": true, "/fake.png": false} {
		page := &news.Page{StoryID: "s", LeadImage: &news.Image{URL: srv.URL + path}}
		if got := p.storeLeadImage(ctx, page); got != want || (page.LeadImage != nil) != want {
			t.Errorf("%s: stored %v, image kept %v; want %v", path, got, page.LeadImage != nil, want)
		}
	}
}

// A feed is decoded as it declares: a UTF-16 feed with a byte order mark
// is read, and a UTF-8 feed with a few bad bytes in one title loses those
// bytes, not the feed.
func TestFeedCharsets(t *testing.T) {
	ctx := context.Background()
	rss := func(title string) string {
		return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Charset News</title><link>http://x.test/</link>` +
			`<item><title>` + title + `</title><link>http://x.test/a</link><guid>a</guid></item>` +
			`<item><title>Second item</title><link>http://x.test/b</link><guid>b</guid></item></channel></rss>`
	}
	utf16 := []byte{0xff, 0xfe}
	for _, r := range strings.Replace(rss("Café opens"), `encoding="UTF-8"`, `encoding="UTF-16"`, 1) {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	bad := []byte(rss("Bad \xff\xfe\xfd\xfc bytes"))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/utf16.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write(utf16)
		case "/bad.xml":
			w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
			w.Write(bad)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	p := loopbackDesk(t, fetch.New(fetch.Options{AllowPrivate: true, IgnoreRobots: true, HostRate: -1}), 1)
	reports, err := p.Ingest(ctx, []string{srv.URL + "/utf16.xml", srv.URL + "/bad.xml"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range reports {
		if r.Err != nil || r.Items != 2 {
			t.Errorf("%s: %d items, err %v; want both items read", r.Source, r.Items, r.Err)
		}
	}
}

// An article that failed is fetched again at the next check of its feed,
// even when the feed has not changed: the feed's validators are not kept
// while one of its items failed.
func TestFailedItemIsRetriedThoughTheFeedIsUnchanged(t *testing.T) {
	ctx := context.Background()
	var pageUp atomic.Bool
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Retry News</title><link>%[1]s/</link>
<item><title>Ferry returns</title><link>%[1]s/a</link><guid>a</guid></item></channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		if !pageUp.Load() {
			http.Error(w, "gone for now", http.StatusNotFound)
			return
		}
		fmt.Fprint(w, "<html><head><title>Ferry returns</title></head><body><article><h1>Ferry returns</h1>"+
			strings.Repeat("<p>The island ferry returned to service on Monday after repairs to its engine that took three weeks.</p>", 3)+
			"</article></body></html>")
	})
	p := loopbackDesk(t, fetch.New(fetch.Options{AllowPrivate: true, IgnoreRobots: true, HostRate: -1, Retries: -1}), 1)
	first, err := p.Ingest(ctx, []string{srv.URL + "/feed.xml"})
	if err != nil || len(first[0].Failed) != 1 {
		t.Fatalf("first read: %+v, %v; want the article failed", first[0], err)
	}
	pageUp.Store(true)
	second, err := p.Ingest(ctx, []string{srv.URL + "/feed.xml"})
	if err != nil || second[0].NotModified || second[0].New != 1 {
		t.Errorf("second read: %+v, %v; want the feed read again and the article stored", second[0], err)
	}
	third, err := p.Ingest(ctx, []string{srv.URL + "/feed.xml"})
	if err != nil || !third[0].NotModified {
		t.Errorf("third read: %+v, %v; want 304 now that every item is stored", third[0], err)
	}
}

// A linked page whose only text is the site speaking to its reader is no
// report: the item fails with an error that names the page once and
// says why, and no report with text is stored for it.
func TestSiteNoticeIsNoReport(t *testing.T) {
	ctx := context.Background()
	srv := oneItemSite(t, "Harbour FM", "Harbour FM live",
		"<html><head><title>Harbour FM live</title></head><body><article><h1>Harbour FM live</h1>"+
			"<p>This video is not available in your region.</p><p>Please try again later.</p></article></body></html>")
	p := loopbackDesk(t, fetch.New(fetch.Options{AllowPrivate: true, IgnoreRobots: true, HostRate: -1, Retries: -1}), 1)
	reports, err := p.Ingest(ctx, []string{srv.URL + "/feed.xml"})
	if err != nil || len(reports) != 1 || len(reports[0].Failed) != 1 {
		t.Fatalf("Ingest = %+v, %v; want the one item failed", reports, err)
	}
	f := reports[0].Failed[0]
	if msg := f.Err.Error(); !errors.Is(f.Err, extract.ErrSiteNotice) || strings.Count(msg, srv.URL+"/a") != 1 {
		t.Errorf("error %q: want ErrSiteNotice, naming the page once", msg)
	}
	stored, err := p.Store.Articles(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range stored {
		if a.Text != "" {
			t.Errorf("stored %q with text %q: a site's notice is no report", a.URL, a.Text)
		}
	}
}

// An outlet that names another outlet's article as its page's canonical
// address does not make that article look known: both are read and
// stored, each under its own address.
func TestForeignCanonicalIsNotBelieved(t *testing.T) {
	ctx := context.Background()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := strings.Split(r.Host, ":")[0]
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>%[1]s</title><link>http://%[1]s/</link>
<item><title>Story</title><link>http://%[1]s/story</link><guid>s</guid></item></channel></rss>`, host)
		case "/story":
			canonical := "http://" + host + "/story"
			if host == "thief.test" {
				canonical = "http://victim.test/story" // someone else's report
			}
			fmt.Fprintf(w, `<html><head><title>Story</title><link rel="canonical" href="%s"></head><body><article><h1>Story</h1>%s</article></body></html>`,
				canonical, strings.Repeat("<p>"+host+" reports that the harbour bridge reopened on Monday after three weeks of repairs to its deck.</p>", 3))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	addr := srv.Listener.Addr().String()
	var d net.Dialer
	client := fetch.New(fetch.Options{HostRate: -1, IgnoreRobots: true,
		AllowHost: func(h string) bool { return strings.HasSuffix(h, ".test") },
		Dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
			return d.DialContext(ctx, network, addr)
		}})
	p := loopbackDesk(t, client, 1)
	for _, feed := range []string{"http://thief.test/feed.xml", "http://victim.test/feed.xml"} {
		if reps, err := p.Ingest(ctx, []string{feed}); err != nil || reps[0].New != 1 {
			t.Fatalf("%s: %+v, %v; want its one article stored", feed, reps[0], err)
		}
	}
	arts, err := p.Store.Articles(ctx, time.Time{})
	if err != nil || len(arts) != 2 {
		t.Fatalf("%d articles, %v; want both", len(arts), err)
	}
	for _, a := range arts {
		if hostname(a.CanonicalURL) != hostname(a.URL) {
			t.Errorf("%s stored under %s", a.URL, a.CanonicalURL)
		}
	}
}

// A feed of thousands of items gives at most MaxItemsPerFeed of them to
// one check, the newest, and says how many it left.
func TestHugeFeedIsCapped(t *testing.T) {
	ctx := context.Background()
	const n = 5000
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Flood</title><link>http://flood.test/</link>`)
		for i := range n {
			at := clock.Add(-time.Duration(i) * time.Minute).Format(time.RFC1123Z)
			fmt.Fprintf(w, `<item><title>Item %d</title><link>%s/item/%d</link><guid>%d</guid><pubDate>%s</pubDate></item>`, i, "http://"+r.Host, i, i, at)
		}
		fmt.Fprint(w, `</channel></rss>`)
	}))
	defer srv.Close()
	p := loopbackDesk(t, fetch.New(fetch.Options{AllowPrivate: true, IgnoreRobots: true, HostRate: -1, Retries: -1}), 4)
	reps, err := p.Ingest(ctx, []string{srv.URL + "/feed.xml"})
	if err != nil {
		t.Fatal(err)
	}
	r := reps[0]
	if r.Items != n || r.Skipped != n-MaxItemsPerFeed || len(r.Failed) != MaxItemsPerFeed {
		t.Fatalf("report: %d items, %d skipped, %d failed; want %d, %d and %d", r.Items, r.Skipped, len(r.Failed), n, n-MaxItemsPerFeed, MaxItemsPerFeed)
	}
	for _, f := range r.Failed {
		var i int
		fmt.Sscanf(f.URL[strings.LastIndex(f.URL, "/")+1:], "%d", &i)
		if i >= MaxItemsPerFeed {
			t.Fatalf("item %d read, though it is not among the %d newest", i, MaxItemsPerFeed)
		}
	}
}

// A page whose feed link differs from the canonical address it declares
// is read once, not again at every check.
func TestFeedLinkOtherThanCanonicalIsReadOnce(t *testing.T) {
	ctx := context.Background()
	var pageHits atomic.Int32
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Edition News</title><link>%[1]s/</link>
<item><title>Ferry returns</title><link>%[1]s/a?edition=rss</link><guid>a</guid></item></channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		pageHits.Add(1)
		fmt.Fprintf(w, `<html><head><title>Ferry returns</title><link rel="canonical" href="%s/a"></head><body><article><h1>Ferry returns</h1>%s</article></body></html>`,
			srv.URL, strings.Repeat("<p>The island ferry returned to service on Monday after repairs to its engine that took three weeks.</p>", 3))
	})
	p := loopbackDesk(t, fetch.New(fetch.Options{AllowPrivate: true, IgnoreRobots: true, HostRate: -1}), 1)
	for range 2 {
		if _, err := p.Ingest(ctx, []string{srv.URL + "/feed.xml"}); err != nil {
			t.Fatal(err)
		}
	}
	if n := pageHits.Load(); n != 1 {
		t.Errorf("page fetched %d times over two checks, want once", n)
	}
}

// oneItemSite serves a feed titled feedTitle with one item, itemTitle
// (as the feed's XML writes it), whose page at /a is page.
func oneItemSite(t *testing.T, feedTitle, itemTitle, page string) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>%[2]s</title><link>%[1]s/</link>
<item><title>%[3]s</title><link>%[1]s/a</link><guid>a</guid></item></channel></rss>`, srv.URL, feedTitle, itemTitle)
	})
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	return srv
}

// loopbackDesk is a pipeline over a fresh store, reading with client
// (outlets on loopback, in these tests) with the given workers (0 for
// the default).
func loopbackDesk(t *testing.T, client *fetch.Client, workers int) *Pipeline {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "desk.db"), store.WithClock(now))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &Pipeline{Store: st, Client: client, Now: now, Workers: workers}
}
