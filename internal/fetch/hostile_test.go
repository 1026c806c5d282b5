package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

const gib = 1 << 30

// hostile serves misbehaving answers under their own paths, and a
// well-behaved page at /healthy.
func hostile(t *testing.T) *httptest.Server {
	t.Helper()
	member := gzipped(t, make([]byte, 1<<20)) // 1 MiB of zeros in about 1 KiB
	mux := http.NewServeMux()
	mux.HandleFunc("/healthy", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, "ok") })
	mux.HandleFunc("/slow-drip", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(200)
		drip(w, r, 100*time.Millisecond)
	})
	mux.HandleFunc("/slow-headers", func(w http.ResponseWriter, r *http.Request) {
		select { // never answers
		case <-r.Context().Done():
		case <-time.After(time.Minute):
		}
	})
	mux.HandleFunc("/gigabyte", func(w http.ResponseWriter, _ *http.Request) {
		// Generated as it is sent: never held in memory on either side.
		io.Copy(w, io.LimitReader(&repeater{b: []byte("<p>news</p>\n")}, gib))
	})
	mux.HandleFunc("/gigabyte-declared", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(gib))
		io.Copy(w, io.LimitReader(&repeater{b: []byte("<p>news</p>\n")}, gib))
	})
	mux.HandleFunc("/gzip-bomb", func(w http.ResponseWriter, _ *http.Request) {
		// Concatenated gzip members: 1 GiB of zeros in about 1 MiB.
		w.Header().Set("Content-Encoding", "gzip")
		io.Copy(w, io.LimitReader(&repeater{b: member}, int64(len(member))*1024))
	})
	mux.HandleFunc("/huge-headers", func(w http.ResponseWriter, _ *http.Request) {
		for i := range 2048 {
			w.Header().Set(fmt.Sprintf("X-Pad-%d", i), strings.Repeat("x", 1024))
		}
	})
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/b", http.StatusFound) })
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/a", http.StatusFound) })
	mux.HandleFunc("/truncated", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Length", "1000")
		w.Write(bytes.Repeat([]byte("a"), 100))
		w.(http.Flusher).Flush()
		panic(http.ErrAbortHandler) // closes the connection mid-body
	})
	mux.HandleFunc("/truncated-chunked", func(w http.ResponseWriter, _ *http.Request) {
		w.Write(bytes.Repeat([]byte("a"), 100))
		w.(http.Flusher).Flush()
		panic(http.ErrAbortHandler)
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// drip writes one byte every d until the client goes.
func drip(w http.ResponseWriter, r *http.Request, d time.Duration) {
	tick := time.NewTicker(d)
	defer tick.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-tick.C:
			if _, err := w.Write([]byte("x")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
		}
	}
}

// Each hostile answer ends in an error that names the URL and what went
// wrong, while a well-behaved request made at the same time, on the
// same client, succeeds.
func TestHostileServers(t *testing.T) {
	srv := hostile(t)
	tests := []struct {
		path string
		opts Options
		want error  // errors.Is
		text string // in the error text, after `fetch "URL": `
	}{
		{"/slow-drip", Options{Timeout: 300 * time.Millisecond, Retries: -1}, context.DeadlineExceeded, "no complete answer within 300ms: body cut off after "},
		// a body that drips is dropped once its grace is over, well
		// before the exchange's timeout, and not tried again
		{"/slow-drip", Options{Timeout: 30 * time.Second, MinRateAfter: 300 * time.Millisecond}, ErrTooSlow, "response body too slow: "},
		{"/slow-headers", Options{Timeout: 300 * time.Millisecond, Retries: -1}, context.DeadlineExceeded, "no complete answer within 300ms: context deadline exceeded"},
		{"/gigabyte", Options{MaxBytes: 1 << 20}, ErrTooLarge, "response body too large: over 1048576 bytes"},
		{"/gigabyte-declared", Options{MaxBytes: 1 << 20}, ErrTooLarge, "response body too large: 1073741824 bytes declared, limit 1048576"},
		{"/gzip-bomb", Options{MaxBytes: 1 << 20}, ErrTooLarge, "response body too large: over 1048576 bytes"},
		{"/huge-headers", Options{}, nil, "server response headers exceeded 1048576 bytes"},
		{"/loop/a", Options{}, ErrTooManyRedirects, fmt.Sprintf("redirect to %q: too many redirects", srv.URL+"/loop/a")},
		{"/truncated", Options{}, io.ErrUnexpectedEOF, "body cut off after 100 of 1000 bytes: unexpected EOF"},
		{"/truncated-chunked", Options{}, io.ErrUnexpectedEOF, "body cut off after 100 bytes: unexpected EOF"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			c := loopback(tc.opts)
			u := srv.URL + tc.path
			var healthy error
			var wg sync.WaitGroup
			wg.Go(func() {
				resp, err := c.Get(context.Background(), Request{URL: srv.URL + "/healthy"})
				if err == nil && string(resp.Body) != "ok" {
					err = fmt.Errorf("body %q", resp.Body)
				}
				healthy = err
			})
			_, err := c.Get(context.Background(), Request{URL: u})
			wg.Wait()
			if err == nil {
				t.Fatalf("Get(%s) succeeded", tc.path)
			}
			t.Log(err)
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("error = %v, want %v", err, tc.want)
			}
			if prefix := fmt.Sprintf("fetch %q: ", u); !strings.HasPrefix(err.Error(), prefix) || !strings.Contains(err.Error(), tc.text) {
				t.Errorf("error text\n got %s\nwant %s...%s...", err, prefix, tc.text)
			}
			if healthy != nil {
				t.Errorf("a healthy request at the same time failed: %v", healthy)
			}
		})
	}
}

// A feed URL that answers with an image is fetched; the caller sees the
// content type and refuses to parse it.
func TestWrongContentType(t *testing.T) {
	srv := hostile(t)
	resp, err := loopback(Options{}).Get(context.Background(), Request{URL: srv.URL + "/feed.xml", Accept: "application/rss+xml"})
	if err != nil {
		t.Fatal(err)
	}
	if resp.ContentType != "image/png" || IsFeedType(resp.ContentType) || IsHTMLType(resp.ContentType) {
		t.Errorf("ContentType %q: IsFeedType %v, IsHTMLType %v; want image/png, neither", resp.ContentType, IsFeedType(resp.ContentType), IsHTMLType(resp.ContentType))
	}
}

// Whatever the server says about its charset, the text that reaches the
// parsers is valid UTF-8.
func TestHostileCharsets(t *testing.T) {
	tests := []struct {
		name, contentType, body, want string
	}{
		{"utf-8 declared, latin-1 sent", "text/html; charset=utf-8", "caf\xe9 cr\xe8me", "caf\ufffd cr\ufffdme"},
		{"shift_jis declared, garbage sent", "text/html; charset=shift_jis", "\x82\xa0\xff\xfe\x80", ""},
		{"utf-16 declared, odd length", "text/plain; charset=utf-16le", "a\x00b", ""},
		{"utf-8 declared, surrogate halves", "text/plain; charset=utf-8", "x\xed\xa0\x80y", ""},
		{"xml says utf-8, bytes are windows-1252", "application/xml", `<?xml version="1.0" encoding="utf-8"?><t>na` + "\xefve</t>", ""},
		{"unknown charset", "text/html; charset=klingon", "<p>\xff\xfe\xfd</p>", "<p>\u00ff\u00fe\u00fd</p>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Type", tc.contentType)
				io.WriteString(w, tc.body)
			}))
			defer srv.Close()
			resp, err := loopback(Options{}).Get(context.Background(), Request{URL: srv.URL})
			if err != nil {
				t.Fatal(err)
			}
			out, err := ToUTF8(resp.Body, resp.ContentType)
			if err != nil {
				t.Fatalf("ToUTF8 = %v", err)
			}
			if !utf8.Valid(out) {
				t.Errorf("ToUTF8 = %q, not valid UTF-8", out)
			}
			if tc.want != "" && string(out) != tc.want {
				t.Errorf("ToUTF8 = %q, want %q", out, tc.want)
			}
		})
	}
}
