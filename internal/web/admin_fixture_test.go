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

// fakeAdmin is an Admin over fixed feeds, outlets and stories that
// records the actions and the decisions asked of it. With err set, every
// method fails with it.
type fakeAdmin struct {
	feeds   []news.Feed
	outlets []news.Outlet
	stories []news.StoryStatus // newest first
	reports map[string][]news.StoryReport
	// decisions are those made before, oldest first; decided those
	// asked of Decide.
	decisions []news.Decision
	decided   []news.Decision
	calls     []string
	err       error
	// decideErr makes Decide fail, after recording the decision when
	// recorded is set; pending makes it find another rebuild under way.
	decideErr error
	recorded  bool
	pending   bool
	// groupings are the stories' groupings; groupingErr makes
	// StoryGrouping fail.
	groupings   map[string]news.Grouping
	groupingErr error
}

func (f *fakeAdmin) Feeds(context.Context) ([]news.Feed, error) { return f.feeds, f.err }

func (f *fakeAdmin) Outlets(context.Context) ([]news.Outlet, error) { return f.outlets, f.err }

func (f *fakeAdmin) UnpublishedStories(ctx context.Context, limit int) ([]news.StoryStatus, error) {
	return f.StoryStatuses(ctx, true, limit, 0)
}

func (f *fakeAdmin) StoryStatuses(_ context.Context, unpublished bool, limit, offset int) ([]news.StoryStatus, error) {
	var out []news.StoryStatus
	for _, st := range f.stories {
		if !unpublished || !st.Published {
			out = append(out, st)
		}
	}
	out = out[min(offset, len(out)):]
	return out[:min(limit, len(out))], f.err
}

func (f *fakeAdmin) StoryStatus(_ context.Context, id string) (news.StoryStatus, error) {
	for _, st := range f.stories {
		if st.ID == id {
			return st, f.err
		}
	}
	if f.err != nil {
		return news.StoryStatus{}, f.err
	}
	return news.StoryStatus{}, fmt.Errorf("story %q: %w", id, news.ErrNotFound)
}

func (f *fakeAdmin) StoryReports(_ context.Context, id string) ([]news.StoryReport, error) {
	return f.reports[id], f.err
}

func (f *fakeAdmin) Decisions(context.Context) ([]news.Decision, error) { return f.decisions, f.err }

// Decide records d. The fake regroups nothing: a merge is said to end
// in the story of d's first report, and a split in newSplitStory, apart
// from the story of d's first other report.
func (f *fakeAdmin) Decide(_ context.Context, d news.Decision) (Decided, error) {
	if f.err != nil {
		return Decided{}, f.err
	}
	if f.decideErr != nil && !f.recorded {
		return Decided{}, f.decideErr
	}
	f.decided = append(f.decided, d)
	res := Decided{ID: int64(len(f.decisions) + len(f.decided))}
	if f.decideErr != nil || f.pending {
		res.Pending = f.pending
		return res, f.decideErr
	}
	res.Story, res.Reports = f.storyOf(d.Articles[0]), len(d.Articles)
	if d.Kind == news.DecisionApart {
		res.Story, res.Rest, res.RestReports = newSplitStory, f.storyOf(d.Others[0]), len(d.Others)
	}
	return res, nil
}

// newSplitStory is the story the fake says a split ends in.
const newSplitStory = "n3w5p1t7qz"

func (f *fakeAdmin) storyOf(report int64) string {
	for id, reports := range f.reports {
		for _, r := range reports {
			if r.ID == report {
				return id
			}
		}
	}
	return ""
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
	f := fixtureAdmin()
	f.groupings = adminGroupings(f)
	return f
}

func fixtureAdmin() *fakeAdmin {
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
		stories: []news.StoryStatus{
			{ID: "d4n7e2r8mt", Headline: "Dunmere council closes the east pier for repairs", Published: true, Latest: ago(time.Hour),
				Articles: 3, Outlets: 3},
			{ID: "k3v9q2m1xa", Headline: "Ferry fares to rise in spring", Latest: ago(3 * time.Hour), Articles: 1, Outlets: 1,
				Reason: "too_few_outlets", Refusal: "1 report from 1 independent outlet; at least 2 from 2 are needed"},
			{ID: "p8d2w7c4ny", Headline: "Hafenfest beginnt am Freitag", Latest: ago(26 * time.Hour), Articles: 2, Outlets: 2,
				Reason: "other_language", Refusal: `the reports are in "de"; the desk writes stories in English for now`},
		},
		reports: map[string][]news.StoryReport{
			"d4n7e2r8mt": {
				{ID: 101, Outlet: "The Harbor Ledger", Title: "Dunmere council votes to close the east pier", URL: "https://harborledger.example/2026/02/east-pier"},
				{ID: 102, Outlet: "Valley Courier", Title: "East pier shut for repairs after divers find rot", URL: "https://valleycourier.example/news/pier-repairs"},
				{ID: 107, Outlet: "Northgate Tribune", Title: "Tarrow Harbour Board names a new chair", URL: "https://northgate.example/harbour-board-chair"},
			},
			"k3v9q2m1xa": {{ID: 88, Outlet: "Metro Wire", Title: "Ferry fares to rise in spring", URL: "https://metrowire.example/a/ferry-fares"}},
			"p8d2w7c4ny": {
				{ID: 91, Outlet: "Bayside Daily", Title: "Hafenfest beginnt am Freitag", URL: "https://baysidedaily.example/hafenfest"},
				{ID: 92, Outlet: "Civic Report", Title: "Hafenfest: das Programm", URL: "http://civicreport.example/hafenfest"},
			},
		},
		decisions: []news.Decision{
			{ID: 1, Kind: news.DecisionTogether, Articles: []int64{91, 92}, By: "Lena Marsh", At: ago(50 * time.Hour), Note: "the same harbour festival"},
			{ID: 2, Kind: news.DecisionApart, Articles: []int64{88}, Others: []int64{86, 87}, By: "admin on this machine", At: ago(5 * time.Hour)},
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

// postAdmin sends form to path over a new admin handler on fake, from a
// browser on this machine that loaded the admin page first for its CSRF
// token. The test fails unless the answer has the status and redirects
// to location ("" for no redirect). It returns the answer and the log.
func postAdmin(t *testing.T, fake *fakeAdmin, page, path string, form url.Values, status int, location string) (*httptest.ResponseRecorder, *bytes.Buffer) {
	t.Helper()
	h, logs := newAdminHandler(t, fake, "", nil)
	var b browser
	b.visit(t, h, page)
	rec := b.post(h, path, loopbackAddr, form, nil)
	if rec.Code != status || rec.Header().Get("Location") != location {
		t.Errorf("POST %s: %d to %q, want %d to %q", path, rec.Code, rec.Header().Get("Location"), status, location)
	}
	return rec, logs
}
