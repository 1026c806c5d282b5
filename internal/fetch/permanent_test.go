package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"syscall"
	"testing"
)

// Permanent tells the failures that would come again on every attempt
// from those a later attempt may not meet.
func TestPermanent(t *testing.T) {
	status := func(code int) error { return &StatusError{URL: "https://tarrow.example/a", Code: code} }
	wrapped := func(err error) error { return fmt.Errorf("read https://tarrow.example/a: %w", err) }
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"404", status(http.StatusNotFound), true},
		{"410 wrapped", wrapped(status(http.StatusGone)), true},
		{"403", status(http.StatusForbidden), true},
		{"408", status(http.StatusRequestTimeout), false},
		{"429", status(http.StatusTooManyRequests), false},
		{"500", status(http.StatusInternalServerError), false},
		{"503 wrapped", wrapped(status(http.StatusServiceUnavailable)), false},
		{"robots.txt disallows", wrapped(ErrDisallowed), true},
		{"robots.txt unreachable", wrapped(&robotsError{cause: status(http.StatusServiceUnavailable)}), false},
		{"private address", wrapped(&guardError{host: "harbour.example"}), true},
		{"scheme", wrapped(fmt.Errorf("%w %q", ErrUnsupportedScheme, "ftp")), true},
		{"invalid URL", wrapped(ErrInvalidURL), true},
		{"too large", wrapped(ErrTooLarge), true},
		{"redirect loop", wrapped(&redirectError{to: "https://tarrow.example/b", err: ErrTooManyRedirects}), true},
		{"too slow", wrapped(ErrTooSlow), false},
		{"deadline", wrapped(context.DeadlineExceeded), false},
		{"wait past the deadline", wrapped(&waitError{host: "tarrow.example"}), false},
		{"connection refused", wrapped(syscall.ECONNREFUSED), false},
		{"connection reset", wrapped(syscall.ECONNRESET), false},
		{"cut off", wrapped(io.ErrUnexpectedEOF), false},
		{"other", errors.New("no article content"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Permanent(tc.err); got != tc.want {
				t.Errorf("Permanent(%v) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
}

// The errors of real Gets are classed: a 404, a URL that does not parse
// or has no host, and a refused private address are permanent; a 503 is
// not.
func TestPermanentFromGet(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/busy" {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(srv.Close)
	open := New(Options{AllowPrivate: true, IgnoreRobots: true, Retries: -1})
	guarded := New(Options{IgnoreRobots: true, Retries: -1})
	for _, tc := range []struct {
		name string
		c    *Client
		url  string
		want bool
	}{
		{"404", open, srv.URL + "/gone", true},
		{"503", open, srv.URL + "/busy", false},
		{"unparsable", open, "http://[::1", true},
		{"no host", open, "http:///a", true},
		{"loopback refused", guarded, srv.URL + "/gone", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.c.Get(context.Background(), Request{URL: tc.url})
			if err == nil {
				t.Fatalf("Get(%s) succeeded", tc.url)
			}
			if got := Permanent(err); got != tc.want {
				t.Errorf("Permanent(%v) = %v, want %v", err, got, tc.want)
			}
		})
	}
}
