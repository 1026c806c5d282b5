package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// scripted serves the given statuses in turn, then 200 "done".
func scripted(t *testing.T, calls *atomic.Int32, steps ...func(w http.ResponseWriter)) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := int(calls.Add(1)) - 1
		if n < len(steps) {
			steps[n](w)
			return
		}
		fmt.Fprint(w, "done")
	}))
	t.Cleanup(srv.Close)
	return srv
}

func status(code int, retryAfter string) func(http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		if retryAfter != "" {
			w.Header().Set("Retry-After", retryAfter)
		}
		w.WriteHeader(code)
	}
}

func hangUp(w http.ResponseWriter) {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err == nil {
		conn.Close()
	}
}

func TestRetries(t *testing.T) {
	s503 := status(503, "")
	tests := []struct {
		name      string
		opts      Options
		steps     []func(http.ResponseWriter)
		wantCalls int32
		wantWaits []time.Duration
		wantCode  int // 0: success
	}{
		{"recovers after 5xx", Options{}, []func(http.ResponseWriter){s503, status(502, "")}, 3, []time.Duration{time.Second, 2 * time.Second}, 0},
		{"gives up", Options{}, []func(http.ResponseWriter){s503, s503, s503}, 3, []time.Duration{time.Second, 2 * time.Second}, 503},
		{"500s retried then final", Options{}, []func(http.ResponseWriter){status(500, ""), status(500, ""), status(500, "")}, 3, []time.Duration{time.Second, 2 * time.Second}, 500},
		{"retry-after date", Options{}, []func(http.ResponseWriter){status(429, "Mon, 02 Mar 2026 08:00:12 GMT")}, 2, []time.Duration{12 * time.Second}, 0},
		{"more retries", Options{Retries: 3}, []func(http.ResponseWriter){s503, s503, s503}, 4, []time.Duration{time.Second, 2 * time.Second, 4 * time.Second}, 0},
		{"no retries", Options{Retries: -1}, []func(http.ResponseWriter){s503}, 1, nil, 503},
		{"404 is final", Options{}, []func(http.ResponseWriter){status(404, "")}, 1, nil, 404},
		{"retry-after seconds", Options{}, []func(http.ResponseWriter){status(429, "7")}, 2, []time.Duration{7 * time.Second}, 0},
		{"retry-after too long", Options{}, []func(http.ResponseWriter){status(429, "3600")}, 1, nil, 429},
		{"retry-after garbage", Options{}, []func(http.ResponseWriter){status(503, "soon")}, 1, nil, 503},
		{"never past deadline", Options{Deadline: 1500 * time.Millisecond}, []func(http.ResponseWriter){s503, s503}, 2, []time.Duration{time.Second}, 503},
		{"retry-after past deadline", Options{Deadline: 5 * time.Second}, []func(http.ResponseWriter){status(503, "10")}, 1, nil, 503},
		{"hang-up", Options{}, []func(http.ResponseWriter){hangUp}, 2, []time.Duration{time.Second}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var calls atomic.Int32
			srv := scripted(t, &calls, tc.steps...)
			clock := newFakeClock()
			c := loopback(clock.with(tc.opts))
			c.jitter = func(d time.Duration) time.Duration { return d }
			resp, err := c.Get(context.Background(), Request{URL: srv.URL + "/feed"})
			waits := clock.Slept()
			if got := calls.Load(); got != tc.wantCalls {
				t.Errorf("server saw %d requests, want %d", got, tc.wantCalls)
			}
			if diff := cmp.Diff(tc.wantWaits, waits); diff != "" {
				t.Errorf("waits (-want +got):\n%s", diff)
			}
			if tc.wantCode == 0 {
				if err != nil || string(resp.Body) != "done" {
					t.Fatalf("Get = %v, %v; want done", resp, err)
				}
				return
			}
			var se *StatusError
			if !errors.As(err, &se) || se.Code != tc.wantCode {
				t.Fatalf("error = %v, want status %d", err, tc.wantCode)
			}
			if want := fmt.Sprintf("fetch %q: status %d", srv.URL+"/feed", tc.wantCode); err.Error() != want {
				t.Errorf("error text %q, want %q", err, want)
			}
		})
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", 0},
		{"0", 0},
		{"-5", 0},
		{" 12 ", 12 * time.Second},
		{"99999999", 24 * time.Hour},
		{"Mon, 02 Mar 2026 08:00:30 GMT", 30 * time.Second},
		{"Mon, 02 Mar 2026 07:00:00 GMT", 0},
		{"Monday, 02-Mar-26 08:01:00 GMT", time.Minute},
		{"in a while", -1},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := retryAfter(tc.in, now); got != tc.want {
				t.Errorf("retryAfter(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestJitterBounds(t *testing.T) {
	c := New(Options{})
	for _, d := range []time.Duration{2, time.Second, 20 * time.Second} {
		for range 200 {
			if got := c.fullJitter(d); got < d/2 || got >= d {
				t.Fatalf("fullJitter(%v) = %v, want in [%v, %v)", d, got, d/2, d)
			}
		}
	}
}

func TestDefaultSleepHonoursContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := sleep(ctx, time.Hour); !errors.Is(err, context.Canceled) {
		t.Errorf("sleep on a cancelled context = %v, want context.Canceled", err)
	}
}
