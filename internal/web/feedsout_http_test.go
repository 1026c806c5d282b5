package web

import (
	"crypto/tls"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/mmcdole/gofeed"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// request runs one request against h with the given headers.
func request(t *testing.T, h http.Handler, method, target string, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestFeedConditionalGet(t *testing.T) {
	// The newest Updated among the fixtures is river-barrier's.
	lastMod := riverBarrierPage().Updated.Format(http.TimeFormat)
	before := riverBarrierPage().Updated.Add(-time.Second).Format(http.TimeFormat)

	for _, ff := range feedFormats {
		t.Run(ff.format, func(t *testing.T) {
			fr := newFixtureReader()
			h, _ := newTestHandler(t, fr, nil)
			first := request(t, h, http.MethodGet, ff.path, nil)
			etag := first.Header().Get("ETag")
			if first.Code != http.StatusOK || !strings.HasPrefix(etag, `"`) || len(etag) < 10 {
				t.Fatalf("GET: %d, ETag %q; want 200 and a strong ETag", first.Code, etag)
			}
			if got := first.Header().Get("Last-Modified"); got != lastMod {
				t.Errorf("Last-Modified %q, want %q", got, lastMod)
			}
			if got := first.Header().Get("Cache-Control"); got != "public, max-age=300" {
				t.Errorf("Cache-Control %q, want public, max-age=300", got)
			}

			tests := []struct {
				name   string
				header map[string]string
				status int
			}{
				{"same ETag", map[string]string{"If-None-Match": etag}, http.StatusNotModified},
				{"ETag in a list", map[string]string{"If-None-Match": `"other", ` + etag}, http.StatusNotModified},
				{"other ETag", map[string]string{"If-None-Match": `"other"`}, http.StatusOK},
				{"not modified since", map[string]string{"If-Modified-Since": lastMod}, http.StatusNotModified},
				{"modified since", map[string]string{"If-Modified-Since": before}, http.StatusOK},
				{"ETag wins over date", map[string]string{"If-None-Match": `"other"`, "If-Modified-Since": lastMod}, http.StatusOK},
			}
			for _, tt := range tests {
				rec := request(t, h, http.MethodGet, ff.path, tt.header)
				if rec.Code != tt.status {
					t.Errorf("%s: status %d, want %d", tt.name, rec.Code, tt.status)
				}
				if tt.status == http.StatusNotModified && (rec.Body.Len() != 0 || rec.Header().Get("ETag") != etag) {
					t.Errorf("%s: 304 with %d bytes and ETag %q, want no body and %q", tt.name, rec.Body.Len(), rec.Header().Get("ETag"), etag)
				}
				if tt.status == http.StatusOK && rec.Body.String() != first.Body.String() {
					t.Errorf("%s: a different body", tt.name)
				}
			}

			head := request(t, h, http.MethodHead, ff.path, nil)
			if head.Code != http.StatusOK || head.Body.Len() != 0 || head.Header().Get("ETag") != etag {
				t.Errorf("HEAD: %d, %d bytes, ETag %q; want 200, none, %q", head.Code, head.Body.Len(), head.Header().Get("ETag"), etag)
			}

			// A rewrite changes the body, so the old ETag no longer matches.
			p := fr.pages["river-barrier"]
			p.Headline = "Harbor City council funds Eastbank flood barrier"
			p.Updated = p.Updated.Add(time.Hour)
			fr.pages["river-barrier"] = p
			again := request(t, h, http.MethodGet, ff.path, map[string]string{"If-None-Match": etag, "If-Modified-Since": lastMod})
			if again.Code != http.StatusOK || again.Header().Get("ETag") == etag {
				t.Errorf("after a rewrite: %d, ETag %q; want 200 and a new ETag", again.Code, again.Header().Get("ETag"))
			}
			if got, want := again.Header().Get("Last-Modified"), p.Updated.Format(http.TimeFormat); got != want {
				t.Errorf("after a rewrite: Last-Modified %q, want %q", got, want)
			}
		})
	}
}

func TestFeedLinks(t *testing.T) {
	tests := []struct {
		name    string
		baseURL string
		host    string
		tls     bool
		header  map[string]string
		want    string
	}{
		{"base URL wins over Host", testBase + "/", "other.example", false, nil, testBase},
		{"base URL with a path", "https://example.org/news/", "other.example", false, nil, "https://example.org/news"},
		{"from Host", "", "desk.local:8080", false, nil, "http://desk.local:8080"},
		{"from Host over TLS", "", "desk.local:8443", true, nil, "https://desk.local:8443"},
		{"Host in capitals", "", "Desk.Local", false, nil, "http://desk.local"},
		{"IPv6 Host", "", "[::1]:8080", false, nil, "http://[::1]:8080"},
		{"forwarded headers ignored", "", "127.0.0.1:8080", false,
			map[string]string{"X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https", "Forwarded": "host=evil.example;proto=https"},
			"http://127.0.0.1:8080"},
		{"unusable base URL falls back to Host", "ftp://files.example", "desk.local", false, nil, "http://desk.local"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, _ := newTestHandler(t, newFixtureReader(), func(o *Options) { o.BaseURL = tt.baseURL })
			for _, ff := range feedFormats {
				req := httptest.NewRequest(http.MethodGet, ff.path, nil)
				req.Host = tt.host
				if tt.tls {
					req.TLS = &tls.ConnectionState{}
				}
				for k, v := range tt.header {
					req.Header.Set(k, v)
				}
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					t.Fatalf("GET %s: %d", ff.path, rec.Code)
				}
				f := parseFeed(t, ff.format, rec.Body.String())
				got := []string{f.Home, f.Self}
				want := []string{tt.want + "/", tt.want + ff.path}
				for i, it := range f.Items {
					got = append(got, it.Link)
					want = append(want, tt.want+"/stories/"+[]string{"river-barrier", "transit-fares"}[i])
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s: home, self and item links (-want +got):\n%s", ff.path, diff)
				}
			}
		})
	}
}

// TestFeedBadHost checks that a Host that would change the meaning of
// the links is refused, not copied into them.
func TestFeedBadHost(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	for _, host := range []string{"", "evil.example/path", "user@evil.example", "a b", "evil.example?x=1", "evil.example#x", "\"><x"} {
		for _, ff := range feedFormats {
			req := httptest.NewRequest(http.MethodGet, ff.path, nil)
			req.Host = host
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != http.StatusBadRequest {
				t.Errorf("GET %s with Host %q: %d, want 400", ff.path, host, rec.Code)
			}
			if strings.Contains(rec.Body.String(), "evil.example") {
				t.Errorf("GET %s with Host %q: the Host is echoed back", ff.path, host)
			}
		}
	}
}

// TestFeedEmpty checks that a desk with no story yet serves valid feeds
// with no items.
func TestFeedEmpty(t *testing.T) {
	h, _ := newTestHandler(t, &fakeReader{}, nil)
	for _, ff := range feedFormats {
		t.Run(ff.format, func(t *testing.T) {
			rec := get(t, h, ff.path)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			if lm := rec.Header().Get("Last-Modified"); lm != "" {
				t.Errorf("Last-Modified %q on an empty feed, want none", lm)
			}
			body := rec.Body.String()
			f := parseFeed(t, ff.format, body)
			want := parsedFeed{Title: DefaultSiteName, Home: "http://example.com/", Self: "http://example.com" + ff.path}
			// Atom requires a feed date even with no entry.
			if ff.format == "atom" {
				want.Updated = testNow
			}
			if diff := cmp.Diff(want, f); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if ff.format == "json" && !strings.Contains(body, `"items": []`) {
				t.Errorf("items is not an empty list:\n%s", body)
			}
			if _, err := gofeedParse(body); err != nil {
				t.Errorf("gofeed: %v", err)
			}
		})
	}
}

// TestFeedNewestFifty checks that a feed holds the 50 stories the Reader
// lists first, in its order, and is dated by the newest update among
// them, which need not be the first story's.
func TestFeedNewestFifty(t *testing.T) {
	fr := &fakeReader{pages: map[string]news.Page{}}
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 60 {
		p := transitFaresPage()
		p.StoryID = fmt.Sprintf("story-%02d", i)
		p.Headline = fmt.Sprintf("Story number %d", i)
		p.Published = start.Add(time.Duration(i) * time.Hour)
		p.Updated = p.Published
		fr.pages[p.StoryID] = p
	}
	// An older story, still among the newest 50, rewritten last.
	rewritten := fr.pages["story-20"]
	rewritten.Updated = start.AddDate(0, 1, 0)
	fr.pages["story-20"] = rewritten

	list, _ := fr.ListStories(t.Context(), 50, 0)
	var want []string
	for _, st := range list {
		want = append(want, "urn:unbiased-post:story:"+st.ID)
	}
	h, _ := newTestHandler(t, fr, nil)
	for _, ff := range feedFormats {
		rec := get(t, h, ff.path)
		var got []string
		for _, it := range parseFeed(t, ff.format, rec.Body.String()).Items {
			got = append(got, it.ID)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: ids (-want +got):\n%s", ff.path, diff)
		}
		if lm, want := rec.Header().Get("Last-Modified"), rewritten.Updated.Format(http.TimeFormat); lm != want {
			t.Errorf("%s: Last-Modified %q, want %q", ff.path, lm, want)
		}
	}
}

// TestFeedStoreError checks that a store failure is a 500 that shows
// nothing of its cause and is not cached: JSON for the JSON Feed, the
// site's error page for the others.
func TestFeedStoreError(t *testing.T) {
	fr := newFixtureReader()
	fr.listErr = errors.New("database is locked: secret-detail-42")
	h, logs := newTestHandler(t, fr, nil)
	for _, ff := range feedFormats {
		rec := get(t, h, ff.path)
		if rec.Code != http.StatusInternalServerError {
			t.Errorf("%s: %d, want 500", ff.path, rec.Code)
		}
		if strings.Contains(rec.Body.String(), "secret-detail-42") {
			t.Errorf("%s: the cause leaks to the reader", ff.path)
		}
		if cc := rec.Header().Get("Cache-Control"); cc != "no-store" {
			t.Errorf("%s: Cache-Control %q, want no-store", ff.path, cc)
		}
		wantType := "text/html; charset=utf-8"
		if ff.format == "json" {
			wantType = "application/json"
		}
		if ct := rec.Header().Get("Content-Type"); ct != wantType {
			t.Errorf("%s: Content-Type %q, want %q", ff.path, ct, wantType)
		}
	}
	if !strings.Contains(logs.String(), "secret-detail-42") {
		t.Errorf("the cause is not logged:\n%s", logs)
	}
}

// TestFeedOverHTTP serves the site on loopback and reads each feed with
// gofeed through a real client: the links follow the Host the client
// sent, and a revalidation through net/http is a 304.
func TestFeedOverHTTP(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	srv := httptest.NewServer(h)
	defer srv.Close()
	for _, ff := range feedFormats {
		g, err := gofeed.NewParser().ParseURLWithContext(srv.URL+ff.path, t.Context())
		if err != nil {
			t.Fatalf("gofeed %s: %v", ff.path, err)
		}
		if want := srv.URL + "/stories/river-barrier"; len(g.Items) != 2 || g.Items[0].Link != want {
			t.Errorf("%s: %d items, first link %q; want 2 and %q", ff.path, len(g.Items), g.Items[0].Link, want)
		}
		resp, err := srv.Client().Get(srv.URL + ff.path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, srv.URL+ff.path, nil)
		req.Header.Set("If-None-Match", resp.Header.Get("ETag"))
		again, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		again.Body.Close()
		if again.StatusCode != http.StatusNotModified {
			t.Errorf("%s: revalidation %d, want 304", ff.path, again.StatusCode)
		}
	}
}
