package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// loopback returns a client allowed to reach httptest servers. Unless
// the test says otherwise it skips robots.txt and the rate limit, which
// have their own tests, and never sleeps.
func loopback(o Options) *Client {
	o.AllowPrivate = true
	o.IgnoreRobots = true
	if o.HostRate == 0 {
		o.HostRate = -1
	}
	if o.Sleep == nil {
		o.Sleep = func(context.Context, time.Duration) error { return nil }
	}
	return New(o)
}

func TestGet(t *testing.T) {
	var gotUA, gotAccept string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA, gotAccept = r.Header.Get("User-Agent"), r.Header.Get("Accept")
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Header().Set("ETag", `"v7"`)
		w.Header().Set("Last-Modified", "Mon, 02 Mar 2026 08:00:00 GMT")
		fmt.Fprint(w, "<rss/>")
	}))
	defer srv.Close()

	resp, err := loopback(Options{}).Get(context.Background(), Request{URL: srv.URL + "/feed", Accept: "application/rss+xml"})
	if err != nil {
		t.Fatal(err)
	}
	want := Response{
		URL: srv.URL + "/feed", Status: 200, Body: []byte("<rss/>"),
		ContentType: "application/rss+xml; charset=utf-8",
		ETag:        `"v7"`, LastModified: "Mon, 02 Mar 2026 08:00:00 GMT",
	}
	resp.Header = nil
	if diff := cmp.Diff(want, *resp); diff != "" {
		t.Errorf("response (-want +got):\n%s", diff)
	}
	if wantUA := DefaultUserAgent + " (+" + DefaultContact + ")"; gotUA != wantUA || gotAccept != "application/rss+xml" {
		t.Errorf("sent User-Agent %q, Accept %q", gotUA, gotAccept)
	}
}

func TestConditionalGet(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v7"` || r.Header.Get("If-Modified-Since") == "Mon, 02 Mar 2026 08:00:00 GMT" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v8"`)
		fmt.Fprint(w, "new")
	}))
	defer srv.Close()
	tests := []struct {
		name string
		req  Request
		want Response
	}{
		{"etag matches", Request{ETag: `"v7"`}, Response{Status: 304, NotModified: true, ETag: `"v7"`}},
		{"date matches", Request{LastModified: "Mon, 02 Mar 2026 08:00:00 GMT"}, Response{Status: 304, NotModified: true, LastModified: "Mon, 02 Mar 2026 08:00:00 GMT"}},
		{"changed", Request{ETag: `"v6"`}, Response{Status: 200, Body: []byte("new"), ETag: `"v8"`, ContentType: "text/plain; charset=utf-8"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.req.URL = srv.URL
			resp, err := loopback(Options{}).Get(context.Background(), tc.req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Header, resp.URL = nil, ""
			if diff := cmp.Diff(tc.want, *resp); diff != "" {
				t.Errorf("response (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRedirectLimit(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/hop/%d", &n)
		if n == 0 {
			fmt.Fprint(w, "arrived")
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
	}))
	defer srv.Close()
	tests := []struct {
		name    string
		max     int
		hops    int
		wantErr error
	}{
		{"within default", 0, 5, nil},
		{"over default", 0, 6, ErrTooManyRedirects},
		{"none allowed", -1, 1, ErrTooManyRedirects},
		{"custom", 2, 2, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := loopback(Options{MaxRedirects: tc.max}).Get(context.Background(), Request{URL: fmt.Sprintf("%s/hop/%d", srv.URL, tc.hops)})
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("error = %v, want %v", err, tc.wantErr)
			}
			if err == nil && (resp.URL != srv.URL+"/hop/0" || string(resp.Body) != "arrived") {
				t.Errorf("got %s %q", resp.URL, resp.Body)
			}
		})
	}
}

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestBodyLimit(t *testing.T) {
	const limit = 64 << 10
	exact := bytes.Repeat([]byte("a"), limit)
	bomb := gzipped(t, make([]byte, 8<<20)) // 8 MiB of zeros, about 8 KiB on the wire
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/exact":
			w.Write(exact)
		case "/over":
			w.Header().Set("Content-Length", "")
			w.(http.Flusher).Flush()
			w.Write(exact)
			w.Write([]byte("b"))
		case "/declared":
			w.Header().Set("Content-Length", fmt.Sprint(limit+1))
			w.Write(append(exact, 'b'))
		case "/gzip":
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(gzipped(t, []byte("small but compressed")))
		case "/bomb":
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb)
		}
	}))
	defer srv.Close()
	tests := []struct {
		path    string
		wantErr error
		wantLen int
	}{
		{"/exact", nil, limit},
		{"/over", ErrTooLarge, 0},
		{"/declared", ErrTooLarge, 0},
		{"/gzip", nil, len("small but compressed")},
		{"/bomb", ErrTooLarge, 0},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			resp, err := loopback(Options{MaxBytes: limit}).Get(context.Background(), Request{URL: srv.URL + tc.path})
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("error = %v, want %v", err, tc.wantErr)
			}
			if err == nil && len(resp.Body) != tc.wantLen {
				t.Errorf("body is %d bytes, want %d", len(resp.Body), tc.wantLen)
			}
			if err != nil && !strings.HasPrefix(err.Error(), fmt.Sprintf("fetch %q: ", srv.URL+tc.path)) {
				t.Errorf("error %q does not name the URL", err)
			}
		})
	}
}

func TestTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(200)
		w.Write([]byte("partial"))
		w.(http.Flusher).Flush()
		select { // a body that never ends
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	start := time.Now()
	_, err := loopback(Options{Timeout: 50 * time.Millisecond, Retries: -1}).Get(context.Background(), Request{URL: srv.URL})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("error = %v, want a deadline error", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Get took %v with a 50ms timeout", d)
	}
}

func TestCallerCancel(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	c := loopback(Options{Sleep: func(ctx context.Context, _ time.Duration) error {
		calls++
		cancel()
		return ctx.Err()
	}})
	_, err := c.Get(ctx, Request{URL: srv.URL})
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 503 || calls != 1 {
		t.Errorf("error = %v after %d sleeps, want status 503 after 1", err, calls)
	}
}
