package demo

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
)

var testClock = time.Date(2026, 3, 14, 12, 30, 45, 0, time.UTC)

// startServer starts a demo server and returns a client that reaches it
// only through its dialer, as the desk does.
func startServer(t *testing.T) (*Server, *http.Client) {
	t.Helper()
	s := NewServer(func() time.Time { return testClock })
	if err := s.Start(); err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	tr := &http.Transport{DialContext: s.DialContext}
	t.Cleanup(tr.CloseIdleConnections)
	return s, &http.Client{Transport: tr, Timeout: 10 * time.Second}
}

func get(t *testing.T, client *http.Client, url string) (*http.Response, []byte) {
	t.Helper()
	resp, err := client.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: read: %v", url, err)
	}
	return resp, body
}

func TestServerLifecycle(t *testing.T) {
	s, _ := startServer(t)
	if !strings.HasPrefix(s.Addr(), "127.0.0.1:") {
		t.Errorf("Addr = %q, want a loopback address", s.Addr())
	}
	if err := s.Start(); err == nil {
		t.Error("second Start succeeded, want an error")
	}
	if !s.Clock().Equal(testClock) {
		t.Errorf("Clock = %v, want %v", s.Clock(), testClock)
	}
	if err := NewServer(nil).Close(); err != nil {
		t.Errorf("Close before Start: %v", err)
	}
}

func TestDialerRefusesOtherHosts(t *testing.T) {
	s, client := startServer(t)
	for _, addr := range []string{"example.com:80", "127.0.0.1:80", "demo.test:80", "harbor-ledger.demo.test.evil:443"} {
		conn, err := s.DialContext(context.Background(), "tcp", addr)
		if err == nil {
			conn.Close()
			t.Errorf("DialContext(%q) connected, want a refusal", addr)
			continue
		}
		if !strings.Contains(err.Error(), "is not a demo host") {
			t.Errorf("DialContext(%q) = %v, want it to say the host is not a demo host", addr, err)
		}
	}
	if _, err := client.Get("http://example.com/"); err == nil || !strings.Contains(err.Error(), `demo dialer: "example.com" is not a demo host`) {
		t.Errorf("GET example.com = %v, want the dialer's refusal", err)
	}
}

func TestNotFound(t *testing.T) {
	_, client := startServer(t)
	for _, u := range []string{
		"http://harbor-ledger.demo.test/no-such-page",
		"http://harbor-ledger.demo.test/media/no-such.jpg",
		"http://harbor-ledger.demo.test/atom.xml", // another format's feed path
		"http://nobody.demo.test/",
		"http://nobody.demo.test/feed.xml",
	} {
		if resp, _ := get(t, client, u); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 404", u, resp.StatusCode)
		}
	}
}

func TestHomepageAndRobots(t *testing.T) {
	_, client := startServer(t)
	for _, o := range Outlets() {
		resp, body := get(t, client, o.Homepage)
		if resp.StatusCode != 200 || !strings.Contains(string(body), `<link rel="alternate" type="`+feedType(o.FeedFormat)+`"`) ||
			!strings.Contains(string(body), `href="`+o.FeedURL+`"`) {
			t.Errorf("%s homepage: %d, want 200 with a <link rel=alternate> to %s", o.Slug, resp.StatusCode, o.FeedURL)
		}
		resp, body = get(t, client, o.Homepage+"robots.txt")
		if resp.StatusCode != 200 || !strings.Contains(string(body), "Allow: /") {
			t.Errorf("%s robots.txt: %d %q, want 200 allowing all", o.Slug, resp.StatusCode, body)
		}
	}
}

func TestFeedsParseAndListArticles(t *testing.T) {
	s, client := startServer(t)
	byOutlet := map[string][]ArticleSpec{}
	for _, a := range Articles() {
		byOutlet[a.Outlet] = append(byOutlet[a.Outlet], a)
	}
	wantType := map[string]string{"rss": "application/rss+xml", "atom": "application/atom+xml", "json": "application/feed+json"}
	for _, o := range Outlets() {
		t.Run(o.Slug, func(t *testing.T) {
			resp, body := get(t, client, o.FeedURL)
			if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), wantType[o.FeedFormat]) {
				t.Fatalf("GET %s = %d %q", o.FeedURL, resp.StatusCode, resp.Header.Get("Content-Type"))
			}
			feed, err := gofeed.NewParser().ParseString(string(body))
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			if feed.FeedType != o.FeedFormat || feed.Title != o.Name {
				t.Errorf("feed type %q, title %q; want %q, %q", feed.FeedType, feed.Title, o.FeedFormat, o.Name)
			}
			items := map[string]*gofeed.Item{}
			for _, it := range feed.Items {
				items[it.Link] = it
			}
			if len(feed.Items) != len(byOutlet[o.Slug]) {
				t.Errorf("%d items, want %d", len(feed.Items), len(byOutlet[o.Slug]))
			}
			for _, a := range byOutlet[o.Slug] {
				checkItem(t, s, a, items[a.FeedLink])
			}
			// Conditional GET works, so that the desk's fetcher can use it.
			req, _ := http.NewRequest(http.MethodGet, o.FeedURL, nil)
			req.Header.Set("If-None-Match", resp.Header.Get("ETag"))
			resp2, err := client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp2.Body.Close()
			if resp2.StatusCode != http.StatusNotModified {
				t.Errorf("conditional GET = %d, want 304", resp2.StatusCode)
			}
		})
	}
}

func checkItem(t *testing.T, s *Server, a ArticleSpec, it *gofeed.Item) {
	t.Helper()
	if it == nil {
		t.Errorf("%s: no feed item links to %s", a.File, a.FeedLink)
		return
	}
	if it.Title != a.Title || it.GUID != a.GUID {
		t.Errorf("%s: item title %q, guid %q; want %q, %q", a.File, it.Title, it.GUID, a.Title, a.GUID)
	}
	if it.Author == nil && len(it.Authors) == 0 {
		t.Errorf("%s: item has no author", a.File)
	} else if name := firstAuthor(it); name != a.Author {
		t.Errorf("%s: item author %q, want %q", a.File, name, a.Author)
	}
	switch {
	case a.NoFeedDate && it.PublishedParsed != nil:
		t.Errorf("%s: item has a date, want none", a.File)
	case !a.NoFeedDate && (it.PublishedParsed == nil || !it.PublishedParsed.Equal(a.Published(s.Clock()))):
		t.Errorf("%s: item date %v, want %v", a.File, it.PublishedParsed, a.Published(s.Clock()))
	}
	if summary := it.Description; summary == "" || len(summary) > len(a.Text())/2 || len(it.Content) > len(a.Text())/2 {
		t.Errorf("%s: item carries %d+%d bytes of text, want a short summary only", a.File, len(it.Description), len(it.Content))
	}
}

func firstAuthor(it *gofeed.Item) string {
	if it.Author != nil {
		return it.Author.Name
	}
	return it.Authors[0].Name
}
