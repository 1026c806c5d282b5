package web

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// fakeAdmin is an Admin over fixed feeds and outlets that records the
// actions asked of it. With err set, every method fails with it.
type fakeAdmin struct {
	feeds       []news.Feed
	outlets     []news.Outlet
	unpublished []news.StoryStatus
	calls       []string
	err         error
}

func (f *fakeAdmin) Feeds(context.Context) ([]news.Feed, error) { return f.feeds, f.err }

func (f *fakeAdmin) Outlets(context.Context) ([]news.Outlet, error) { return f.outlets, f.err }

func (f *fakeAdmin) UnpublishedStories(_ context.Context, limit int) ([]news.StoryStatus, error) {
	return f.unpublished[:min(limit, len(f.unpublished))], f.err
}

func (f *fakeAdmin) HoldFeed(_ context.Context, url string, hold bool) error {
	if hold {
		f.calls = append(f.calls, "hold "+url)
	} else {
		f.calls = append(f.calls, "release "+url)
	}
	return f.known(url)
}

func (f *fakeAdmin) RemoveFeed(_ context.Context, url string) error {
	f.calls = append(f.calls, "remove "+url)
	return f.known(url)
}

func (f *fakeAdmin) known(url string) error {
	if f.err != nil {
		return f.err
	}
	for _, feed := range f.feeds {
		if feed.URL == url {
			return nil
		}
	}
	return fmt.Errorf("feed %q: %w", url, news.ErrNotFound)
}

// adminTestToken is the admin token of the tests that set one.
const adminTestToken = "test-admin-token-7f3c9a1e5b2d4c6f"

// Addresses the tests send from: this machine, and somewhere else.
const (
	loopbackAddr = "127.0.0.1:51234"
	remoteAddr   = "203.0.113.7:40404"
)

func newFixtureAdmin() *fakeAdmin {
	rated := func(l news.Lean, rater string, day int) news.Rating {
		return news.Rating{Lean: l, Rater: rater, RatedAt: time.Date(2026, 1, day, 9, 0, 0, 0, time.UTC)}
	}
	ago := func(d time.Duration) time.Time { return testNow.Add(-d) }
	return &fakeAdmin{
		outlets: []news.Outlet{
			{ID: 1, Name: "The Harbor Ledger", Rating: rated(news.LeanLeft, "Open Lean Ratings", 12)},
			{ID: 2, Name: "Valley Courier", Rating: rated(news.Center, "Open Lean Ratings", 12)},
			{ID: 3, Name: "Northgate Tribune", Rating: rated(news.Right, "Open Lean Ratings", 14)},
			{ID: 4, Name: "Civic Report", Rating: rated(news.Left, "Open Lean Ratings", 12)},
			{ID: 5, Name: "Metro Wire", Rating: rated(news.Center, "Desk editors", 20)},
			{ID: 6, Name: "Bayside Daily", Rating: news.Rating{Lean: news.Unrated}},
			{ID: 7, Name: "Plains Herald", Rating: rated(news.LeanRight, "Desk editors", 21)},
		},
		unpublished: []news.StoryStatus{
			{ID: "k3v9q2m1xa", Headline: "Ferry fares to rise in spring", Latest: ago(3 * time.Hour), Articles: 1, Outlets: 1,
				Reason: "too_few_outlets", Refusal: "1 reports from 1 independent outlets; at least 2 from 2 are needed"},
			{ID: "p8d2w7c4ny", Headline: "Hafenfest beginnt am Freitag", Latest: ago(26 * time.Hour), Articles: 2, Outlets: 2,
				Reason: "other_language", Refusal: `the reports are in "de"; the desk writes stories in English for now`},
		},
		feeds: []news.Feed{
			{ID: 1, OutletID: 1, URL: "https://harborledger.example/rss/news.xml", Title: "The Harbor Ledger: News",
				LastCheckedAt: ago(20 * time.Minute), LastSuccessAt: ago(20 * time.Minute), LastNewAt: ago(2 * time.Hour),
				NextCheckAt: testNow.Add(10 * time.Minute), Interval: 30 * time.Minute},
			{ID: 2, OutletID: 2, URL: "https://valleycourier.example/feeds/atom", Title: "Valley Courier",
				LastCheckedAt: ago(45 * time.Minute), LastSuccessAt: ago(45 * time.Minute),
				NextCheckAt: testNow.Add(75 * time.Minute), Interval: 2 * time.Hour},
			{ID: 3, OutletID: 3, URL: "https://northgate.example/feed", Title: "Northgate Tribune",
				LastCheckedAt: ago(15 * time.Minute), LastSuccessAt: ago(9 * time.Hour), Failures: 3,
				LastError:   `fetch feed "https://northgate.example/feed": 503 Service Unavailable`,
				NextCheckAt: testNow.Add(45 * time.Minute), Interval: time.Hour},
			{ID: 4, OutletID: 4, URL: "http://civicreport.example/index.rss", Title: "Civic Report",
				LastCheckedAt: ago(4 * time.Hour), LastSuccessAt: ago(8 * 24 * time.Hour), Failures: 41, Paused: true,
				LastError:   `fetch feed "http://civicreport.example/index.rss": dial tcp 198.51.100.23:80: connect: connection refused (after 3 attempts); the host has not answered since 14/02/2026`,
				NextCheckAt: testNow.Add(20 * time.Hour), Interval: 24 * time.Hour},
			{ID: 5, OutletID: 5, URL: "https://metrowire.example/a/feed.json", Title: "Metro Wire: All stories",
				LastCheckedAt: ago(3 * 24 * time.Hour), LastSuccessAt: ago(3 * 24 * time.Hour), Held: true,
				NextCheckAt: ago(2 * 24 * time.Hour), Interval: 90 * time.Minute},
			{ID: 6, OutletID: 6, URL: "https://baysidedaily.example/wire.xml", Interval: 30 * time.Minute},
			{ID: 7, OutletID: 7, URL: "https://plainsherald.example/news/rss", Title: "Plains Herald",
				LastCheckedAt: ago(5 * time.Minute), LastSuccessAt: ago(26 * time.Hour), Failures: 1,
				LastError:   `parse feed: want RSS, Atom or JSON Feed, got <html><head><title>Just a moment...</title>: the address serves a web page, not a feed`,
				NextCheckAt: ago(2 * time.Minute), Interval: 36 * time.Hour},
		},
	}
}

// newAdminHandler returns the site with the admin pages over a, the
// admin token set to token ("" for none), and the buffer its logs go to.
// It is the handler of an admin listener (AdminLocal), which admits this
// machine without the token, unless mod says otherwise.
func newAdminHandler(t *testing.T, a *fakeAdmin, token string, mod func(*Options)) (http.Handler, *bytes.Buffer) {
	t.Helper()
	return newTestHandler(t, newFixtureReader(), func(o *Options) {
		o.Admin = a
		o.AdminToken = token
		o.AdminLocal = true
		if mod != nil {
			mod(o)
		}
	})
}

// adminRequest builds a request from addr. Loopback requests name
// localhost, as a browser on this machine would; others the public host.
// A non-nil form is sent as the body of a POST.
func adminRequest(method, path, addr string, form url.Values) *http.Request {
	host := "news.example.org"
	if addr == loopbackAddr {
		host = "localhost:8080"
	}
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	r := httptest.NewRequest(method, "http://"+host+path, body)
	r.RemoteAddr = addr
	if form != nil {
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	return r
}

func serve(h http.Handler, r *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	return rec
}

// browser is what a browser keeps between admin requests: its cookies
// and the CSRF token of the last admin page it loaded.
type browser struct {
	cookies []*http.Cookie
	csrf    string
}

// visit loads an admin page as b from loopback.
func (b *browser) visit(t *testing.T, h http.Handler, path string) *httptest.ResponseRecorder {
	t.Helper()
	return b.visitFrom(t, h, path, loopbackAddr)
}

// visitFrom loads an admin page as b from addr, keeping the cookies it
// sets and the CSRF token its forms carry.
func (b *browser) visitFrom(t *testing.T, h http.Handler, path, addr string) *httptest.ResponseRecorder {
	t.Helper()
	rec := serve(h, b.request(http.MethodGet, path, addr))
	b.keep(rec)
	if in := find(parseHTML(t, rec.Body.String()), func(n *html.Node) bool { return n.Data == "input" && attr(n, "name") == csrfField }); in != nil {
		b.csrf = attr(in, "value")
	}
	return rec
}

// request builds a bodiless request from addr with b's cookies.
func (b *browser) request(method, path, addr string) *http.Request {
	r := adminRequest(method, path, addr, nil)
	b.attach(r)
	return r
}

func (b *browser) attach(r *http.Request) {
	for _, c := range b.cookies {
		r.AddCookie(c)
	}
}

func (b *browser) keep(rec *httptest.ResponseRecorder) {
	for _, c := range rec.Result().Cookies() {
		kept := b.cookies[:0]
		for _, old := range b.cookies {
			if old.Name != c.Name {
				kept = append(kept, old)
			}
		}
		b.cookies = kept
		if c.MaxAge >= 0 {
			b.cookies = append(b.cookies, c)
		}
	}
}

// post sends a form as b from addr, with the CSRF token b holds.
func (b *browser) post(h http.Handler, path, addr string, form url.Values, mod func(*http.Request)) *httptest.ResponseRecorder {
	if form == nil {
		form = url.Values{}
	}
	if b.csrf != "" && !form.Has(csrfField) {
		form.Set(csrfField, b.csrf)
	}
	r := adminRequest(http.MethodPost, path, addr, form)
	b.attach(r)
	if mod != nil {
		mod(r)
	}
	rec := serve(h, r)
	b.keep(rec)
	return rec
}
