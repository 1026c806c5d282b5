package web

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/zstd"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// versionedReader is the fixture reader with page versions, counting the
// pages it reads.
type versionedReader struct {
	*fakeReader
	versions map[string]string
	reads    int
}

func (v *versionedReader) PageVersion(_ context.Context, id string) (string, error) {
	if ver, ok := v.versions[id]; ok {
		return ver, nil
	}
	return "", news.ErrNotFound
}

func (v *versionedReader) Page(ctx context.Context, id string) (news.Page, error) {
	v.reads++
	return v.fakeReader.Page(ctx, id)
}

// TestStoryPagesKept: a story page is rendered once per version of its
// page and then served as kept, whole or gzipped, and a reader's current
// copy gets 304; a new version renders again.
func TestStoryPagesKept(t *testing.T) {
	r := &versionedReader{fakeReader: newFixtureReader(), versions: map[string]string{"river-barrier": "v1"}}
	now := testNow
	h, _ := newTestHandler(t, r, func(o *Options) { o.Now = func() time.Time { return now } })
	first := get(t, h, "/stories/river-barrier")
	if first.Code != http.StatusOK {
		t.Fatalf("first GET: %d", first.Code)
	}
	plain := get(t, h, "/stories/river-barrier")
	if plain.Body.String() != first.Body.String() || r.reads != 1 {
		t.Errorf("second GET read the page again (%d reads) or differs", r.reads)
	}

	req := httptest.NewRequest(http.MethodGet, "/stories/river-barrier", nil)
	req.Header.Set("Accept-Encoding", "deflate, gzip")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("a reader that takes gzip got Content-Encoding %q", rec.Header().Get("Content-Encoding"))
	}
	zr, err := gzip.NewReader(bytes.NewReader(rec.Body.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	unzipped, _ := io.ReadAll(zr)
	if string(unzipped) != first.Body.String() {
		t.Error("the gzipped page is not the page")
	}
	if rec.Body.Len()*3 > first.Body.Len() {
		t.Errorf("gzip saved little: %d bytes of %d", rec.Body.Len(), first.Body.Len())
	}

	req = httptest.NewRequest(http.MethodGet, "/stories/river-barrier", nil)
	req.Header.Set("If-None-Match", first.Header().Get("ETag"))
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
		t.Errorf("a current copy got %d with %d bytes; want 304 and none", rec.Code, rec.Body.Len())
	}

	p := r.pages["river-barrier"]
	p.Headline = "Harbor City council delays the Eastbank flood barrier"
	r.pages["river-barrier"] = p
	r.versions["river-barrier"] = "v2"
	// within recheckAfter the kept page is served without asking
	if got := get(t, h, "/stories/river-barrier").Body.String(); got != first.Body.String() || r.reads != 1 {
		t.Errorf("the kept page was not served within %v of its check (%d reads)", recheckAfter, r.reads)
	}
	now = now.Add(2 * recheckAfter)
	if got := get(t, h, "/stories/river-barrier").Body.String(); !strings.Contains(got, "delays the Eastbank flood barrier") || r.reads != 2 {
		t.Errorf("a new version of the page was not rendered (%d reads)", r.reads)
	}
}

// TestKeptPageEncodings: a kept page goes to a reader that takes only
// one of br, zstd and gzip in that coding, and decodes to exactly the
// page; every answer varies by Accept-Encoding and has the page's ETag,
// and that ETag gets a 304 whichever coding is asked for.
func TestKeptPageEncodings(t *testing.T) {
	r := &versionedReader{fakeReader: newFixtureReader(), versions: map[string]string{"river-barrier": "v1"}}
	h, _ := newTestHandler(t, r, func(o *Options) { o.Now = func() time.Time { return testNow } })
	plain := get(t, h, "/stories/river-barrier")
	if plain.Code != http.StatusOK || plain.Header().Get("Content-Encoding") != "" {
		t.Fatalf("plain GET: %d, Content-Encoding %q", plain.Code, plain.Header().Get("Content-Encoding"))
	}
	etag := plain.Header().Get("ETag")
	unzip := func(b []byte) ([]byte, error) {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		return io.ReadAll(zr)
	}
	decoders := map[string]func([]byte) ([]byte, error){
		"br": func(b []byte) ([]byte, error) { return io.ReadAll(brotli.NewReader(bytes.NewReader(b))) },
		"zstd": func(b []byte) ([]byte, error) {
			zr, err := zstd.NewReader(nil)
			if err != nil {
				return nil, err
			}
			defer zr.Close()
			return zr.DecodeAll(b, nil)
		},
		"gzip":   unzip,
		"x-gzip": unzip,
	}
	for name, decode := range decoders {
		want := name
		if name == "x-gzip" {
			want = "gzip"
		}
		rec := getWith(h, "/stories/river-barrier", http.Header{"Accept-Encoding": {name}})
		if got := rec.Header().Get("Content-Encoding"); rec.Code != http.StatusOK || got != want {
			t.Errorf("Accept-Encoding %s: %d, Content-Encoding %q; want 200 and %q", name, rec.Code, got, want)
			continue
		}
		if !varies(rec.Header()) {
			t.Errorf("Accept-Encoding %s: Vary %q lacks Accept-Encoding", name, rec.Header().Values("Vary"))
		}
		if rec.Header().Get("ETag") != etag {
			t.Errorf("Accept-Encoding %s: ETag %q, the page's is %q", name, rec.Header().Get("ETag"), etag)
		}
		if rec.Body.Len() >= plain.Body.Len() {
			t.Errorf("Accept-Encoding %s: %d bytes, no fewer than the page's %d", name, rec.Body.Len(), plain.Body.Len())
		}
		decoded, err := decode(rec.Body.Bytes())
		if err != nil || !bytes.Equal(decoded, plain.Body.Bytes()) {
			t.Errorf("Accept-Encoding %s: the body does not decode to the page (%v)", name, err)
		}
		rec = getWith(h, "/stories/river-barrier", http.Header{"Accept-Encoding": {name}, "If-None-Match": {etag}})
		if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 || !varies(rec.Header()) {
			t.Errorf("Accept-Encoding %s with a current copy: %d, %d bytes, Vary %q; want 304, none, Accept-Encoding",
				name, rec.Code, rec.Body.Len(), rec.Header().Values("Vary"))
		}
	}
}

// TestNegotiateEncoding: the coding a kept page is sent in follows the
// reader's weights, br before zstd before gzip when they tie, and a q of
// 0 refuses a coding, whether named or through "*".
func TestNegotiateEncoding(t *testing.T) {
	all := keep([]byte(strings.Repeat("<p>Dunmere council meets on Tuesday.</p>\n", 200)), htmlPage)
	for c := range numCodings {
		if all.forms[c] == nil {
			t.Fatalf("a repetitive page was not kept in %s", codingNames[c])
		}
	}
	onlyGzip := *all
	onlyGzip.forms = [numCodings][]byte{codingGzip: all.forms[codingGzip]}
	for _, tc := range []struct {
		page   *cachedPage
		accept []string // lines of Accept-Encoding; nil for none
		want   string   // "" for the page itself
	}{
		{all, nil, ""},
		{all, []string{""}, ""},
		{all, []string{"gzip"}, "gzip"},
		{all, []string{"GZIP"}, "gzip"},
		{all, []string{"x-gzip"}, "gzip"},
		{all, []string{"zstd"}, "zstd"},
		{all, []string{"br"}, "br"},
		{all, []string{"gzip, deflate, br, zstd"}, "br"},
		{all, []string{"gzip, zstd"}, "zstd"},
		{all, []string{"gzip;q=0.8, zstd;q=0.8, br;q=0.8"}, "br"},
		{all, []string{"br;q=0.5, gzip;q=0.8"}, "gzip"},
		{all, []string{"br;q=0.5, zstd;q=0.9, gzip;q=0.8"}, "zstd"},
		{all, []string{"br;q=0.001"}, "br"},
		{all, []string{"br;q=0, gzip"}, "gzip"},
		{all, []string{"br;q=0.0, zstd;q=0.000, gzip"}, "gzip"},
		{all, []string{"gzip;q=0"}, ""},
		{all, []string{"gzip;Q=0"}, ""},
		{all, []string{"deflate, gzip ; q=0"}, ""},
		{all, []string{"*"}, "br"},
		{all, []string{"*, br;q=0"}, "zstd"},
		{all, []string{"*;q=0.5, gzip"}, "gzip"},
		{all, []string{"*;q=0"}, ""},
		{all, []string{"*;q=0, zstd"}, "zstd"},
		{all, []string{"identity"}, ""},
		{all, []string{"gzip;q=0.5, identity"}, ""},
		{all, []string{"gzip;q=0.5, identity;q=0.5"}, "gzip"},
		{all, []string{"gzip, identity;q=0"}, "gzip"},
		{all, []string{"identity;q=0"}, ""},
		{all, []string{"gzip;q=2, br;q=abc"}, ""},
		{all, []string{"gzip;q=abc, zstd"}, "zstd"},
		{all, []string{"gzip;q=0.5", "br;q=0.4"}, "gzip"},
		{all, []string{" , br ;q=1 ,"}, "br"},
		{&onlyGzip, []string{"br, zstd, gzip;q=0.1"}, "gzip"},
		{&onlyGzip, []string{"br, zstd"}, ""},
		{&cachedPage{}, []string{"br, zstd, gzip"}, ""},
	} {
		got := ""
		if c, ok := tc.page.negotiate(tc.accept); ok {
			got = codingNames[c]
		}
		if got != tc.want {
			t.Errorf("Accept-Encoding %q (kept forms %d, %d, %d bytes): %q; want %q", tc.accept,
				len(tc.page.forms[codingBrotli]), len(tc.page.forms[codingZstd]), len(tc.page.forms[codingGzip]), got, tc.want)
		}
	}
}

// TestKeptFormsSaveBytes: a form that would not be smaller than the page
// is not kept, and the page goes uncompressed, still varying by
// Accept-Encoding, to a reader that would take it.
func TestKeptFormsSaveBytes(t *testing.T) {
	p := keep([]byte("ok"), htmlPage)
	for c := range numCodings {
		if p.forms[c] != nil {
			t.Errorf("a two-byte page was kept in %s, %d bytes", codingNames[c], len(p.forms[c]))
		}
	}
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	req.Header.Set("Accept-Encoding", "br, zstd, gzip")
	rec := httptest.NewRecorder()
	p.serve(rec, req)
	if rec.Header().Get("Content-Encoding") != "" || rec.Body.String() != "ok" || !varies(rec.Header()) {
		t.Errorf("got Content-Encoding %q, body %q, Vary %q; want none, the page, Accept-Encoding",
			rec.Header().Get("Content-Encoding"), rec.Body.String(), rec.Header().Values("Vary"))
	}
}

// getWith serves a GET of target with header.
func getWith(h http.Handler, target string, header http.Header) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for k, v := range header {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// varies reports whether a response's Vary names Accept-Encoding.
func varies(h http.Header) bool {
	for _, v := range h.Values("Vary") {
		for _, name := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(name), "Accept-Encoding") {
				return true
			}
		}
	}
	return false
}

// siteVersionedReader is the fixture reader with a site version,
// counting the lists it reads.
type siteVersionedReader struct {
	*fakeReader
	version string
	lists   int
}

func (v *siteVersionedReader) SiteVersion(context.Context) (string, error) { return v.version, nil }

func (v *siteVersionedReader) ListStories(ctx context.Context, limit, offset int) ([]news.StorySummary, error) {
	v.lists++
	return v.fakeReader.ListStories(ctx, limit, offset)
}

// TestFrontPageKept: the first front page is rendered once per version of
// the site and per day, and later pages and queries are not kept.
func TestFrontPageKept(t *testing.T) {
	r := &siteVersionedReader{fakeReader: newFixtureReader(), version: "v1"}
	now := testNow
	h, _ := newTestHandler(t, r, func(o *Options) { o.Now = func() time.Time { return now } })
	first := get(t, h, "/").Body.String()
	if got := get(t, h, "/").Body.String(); got != first || r.lists != 1 {
		t.Errorf("the front page was read again (%d lists) or differs", r.lists)
	}
	get(t, h, "/?page=1")
	if r.lists != 2 {
		t.Errorf("a front page asked for with a query was served as kept (%d lists)", r.lists)
	}
	now = now.Add(2 * recheckAfter)
	get(t, h, "/")
	if r.lists != 2 {
		t.Errorf("the front page was rendered again with nothing changed (%d lists)", r.lists)
	}
	r.version = "v2"
	now = now.Add(2 * recheckAfter)
	get(t, h, "/")
	if r.lists != 3 {
		t.Errorf("the front page was not rendered again when a story changed (%d lists)", r.lists)
	}
	now = now.Add(24 * time.Hour)
	if got := get(t, h, "/").Body.String(); got == first || r.lists != 4 {
		t.Errorf("the front page was not rendered again for a new day (%d lists)", r.lists)
	}
}

// TestFeedsKept: a feed is built once per site version and per host it is
// asked for (its links name the host when no base URL is set), and a poll
// with its Last-Modified gets 304.
func TestFeedsKept(t *testing.T) {
	r := &siteVersionedReader{fakeReader: newFixtureReader(), version: "v1"}
	h, _ := newTestHandler(t, r, nil)
	feed := func(host, since string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodGet, "/feed.atom", nil)
		req.Host = host
		if since != "" {
			req.Header.Set("If-Modified-Since", since)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	a := feed("news.example.org", "")
	if a.Code != http.StatusOK || !strings.Contains(a.Body.String(), "http://news.example.org/") {
		t.Fatalf("feed: %d %q", a.Code, a.Body.String())
	}
	if again := feed("news.example.org", ""); again.Body.String() != a.Body.String() || r.lists != 1 {
		t.Errorf("the feed was built again (%d lists) or differs", r.lists)
	}
	if other := feed("mirror.example.net", ""); !strings.Contains(other.Body.String(), "http://mirror.example.net/") || strings.Contains(other.Body.String(), "news.example.org") {
		t.Error("a feed asked for on another host names the first host")
	}
	if lm := a.Header().Get("Last-Modified"); lm == "" {
		t.Error("the kept feed has no Last-Modified")
	} else if rec := feed("news.example.org", lm); rec.Code != http.StatusNotModified {
		t.Errorf("a poll with the feed's Last-Modified got %d, want 304", rec.Code)
	}
}

// TestAPIListKept: the API's first page of stories is built once per site
// version; a later page is built each time.
func TestAPIListKept(t *testing.T) {
	r := &siteVersionedReader{fakeReader: newFixtureReader(), version: "v1"}
	h, _ := newTestHandler(t, r, nil)
	first := get(t, h, "/api/stories")
	if first.Code != http.StatusOK || first.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("GET /api/stories: %d %q", first.Code, first.Header().Get("Content-Type"))
	}
	if again := get(t, h, "/api/stories"); again.Body.String() != first.Body.String() || r.lists != 1 {
		t.Errorf("the list was built again (%d lists) or differs", r.lists)
	}
	get(t, h, "/api/stories?offset=1")
	get(t, h, "/api/stories?offset=1")
	if r.lists != 3 {
		t.Errorf("a later page of the list was kept (%d lists)", r.lists)
	}
}

// TestKeptPagesKeepToTheirKind: a story ID taken from the path cannot
// name a kept page of another kind.
func TestKeptPagesKeepToTheirKind(t *testing.T) {
	r := &siteVersionedReader{fakeReader: newFixtureReader(), version: "v1"}
	h, _ := newTestHandler(t, &bothVersions{r}, nil)
	front := get(t, h, "/").Body.String()
	if got := get(t, h, "/stories/front%20page"); got.Code != http.StatusNotFound || got.Body.String() == front {
		t.Errorf("GET /stories/front%%20page: %d; want 404, not the kept front page", got.Code)
	}
}

// bothVersions offers page and site versions, as the store does.
type bothVersions struct{ *siteVersionedReader }

// PageVersion gives a version even for a story that is not there, so that
// a request for one reaches the kept pages.
func (b *bothVersions) PageVersion(context.Context, string) (string, error) { return "v1", nil }

// conditionalGet asks for target with the given request headers.
func conditionalGet(h http.Handler, target string, headers ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// checkLastModified checks that target is served with Last-Modified at
// want, that a copy of that time gets 304 and no body, and that an older
// copy, or one whose ETag does not match (the ETag counts first), gets
// the page.
func checkLastModified(t *testing.T, h http.Handler, target string, want time.Time) {
	t.Helper()
	first := get(t, h, target)
	lm := first.Header().Get("Last-Modified")
	if first.Code != http.StatusOK || lm != want.UTC().Format(http.TimeFormat) {
		t.Fatalf("GET %s: %d with Last-Modified %q; want 200 with %q", target, first.Code, lm, want.UTC().Format(http.TimeFormat))
	}
	if rec := conditionalGet(h, target, "If-Modified-Since", lm); rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
		t.Errorf("GET %s with If-Modified-Since its Last-Modified: %d with %d bytes; want 304 and none", target, rec.Code, rec.Body.Len())
	}
	older := want.Add(-time.Minute).UTC().Format(http.TimeFormat)
	if rec := conditionalGet(h, target, "If-Modified-Since", older); rec.Code != http.StatusOK || rec.Body.String() != first.Body.String() {
		t.Errorf("GET %s with an older If-Modified-Since: %d; want 200 and the page", target, rec.Code)
	}
	if rec := conditionalGet(h, target, "If-Modified-Since", lm, "If-None-Match", `"an-old-copy"`); rec.Code != http.StatusOK {
		t.Errorf("GET %s with a current If-Modified-Since but another ETag: %d; want 200", target, rec.Code)
	}
}

// A story page, and its page in the API, change when the story is
// rewritten: they are served with the page's update as Last-Modified,
// kept or not.
func TestStoryLastModified(t *testing.T) {
	updated := riverBarrierPage().Updated
	t.Run("rendered each time", func(t *testing.T) {
		h, _ := newTestHandler(t, newFixtureReader(), nil)
		checkLastModified(t, h, "/stories/river-barrier", updated)
		checkLastModified(t, h, "/api/stories/river-barrier", updated)
	})
	t.Run("kept", func(t *testing.T) {
		r := &versionedReader{fakeReader: newFixtureReader(), versions: map[string]string{"river-barrier": "v1"}}
		h, _ := newTestHandler(t, r, nil)
		checkLastModified(t, h, "/stories/river-barrier", updated)
		checkLastModified(t, h, "/api/stories/river-barrier", updated)
		if r.reads != 2 {
			t.Errorf("the page was read %d times; want once for the web page and once for the API's", r.reads)
		}
	})
}

// The front page changes when a story is rewritten, and each day with
// the date it shows: its Last-Modified is the later of the newest
// rewrite and the start of the day, and it answers If-Modified-Since before
// the page is made again.
func TestFrontLastModified(t *testing.T) {
	newest := riverBarrierPage().Updated
	r := &siteVersionedReader{fakeReader: newFixtureReader(), version: "v1"}
	now := testNow
	h, _ := newTestHandler(t, r, func(o *Options) { o.Now = func() time.Time { return now } })
	checkLastModified(t, h, "/", newest)
	if r.lists != 1 {
		t.Errorf("the front page was made %d times; want once", r.lists)
	}
	// the day begins where the site's dates are told
	now = time.Date(2026, 2, 25, 9, 30, 0, 0, time.UTC)
	checkLastModified(t, h, "/", time.Date(2026, 2, 25, 0, 0, 0, 0, testZone))
}

// The API's page of a story has an ETag: a client's current copy gets
// 304 and no body.
func TestAPIStoryETag(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	first := get(t, h, "/api/stories/river-barrier")
	etag := first.Header().Get("ETag")
	if first.Code != http.StatusOK || etag == "" || first.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("GET /api/stories/river-barrier: %d, ETag %q, type %q", first.Code, etag, first.Header().Get("Content-Type"))
	}
	if rec := conditionalGet(h, "/api/stories/river-barrier", "If-None-Match", etag); rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
		t.Errorf("a current copy got %d with %d bytes; want 304 and none", rec.Code, rec.Body.Len())
	}
}
