package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestHostRate(t *testing.T) {
	robots := func(delay string) http.HandlerFunc {
		return robotsText("User-agent: *\nCrawl-delay: " + delay + "\n")
	}
	tests := []struct {
		name   string
		opts   Options
		robots http.HandlerFunc
		gets   int
		want   []time.Duration // the waits, in order
	}{
		{"burst then one a second", Options{HostRate: 1, IgnoreRobots: true}, nil, 5, []time.Duration{time.Second, time.Second, time.Second}},
		{"custom rate and burst", Options{HostRate: 4, HostBurst: 1, IgnoreRobots: true}, nil, 3, []time.Duration{250 * time.Millisecond, 250 * time.Millisecond}},
		{"no limit", Options{HostRate: -1, IgnoreRobots: true}, nil, 5, nil},
		{"crawl-delay lowers the rate", Options{HostRate: 1}, robots("5"), 3, []time.Duration{5 * time.Second, 5 * time.Second}},
		{"crawl-delay never raises it", Options{HostRate: 1}, robots("0.1"), 3, []time.Duration{time.Second, time.Second}},
		{"crawl-delay without a rate limit", Options{HostRate: -1}, robots("3"), 3, []time.Duration{3 * time.Second, 3 * time.Second}},
		{"crawl-delay for another bot", Options{HostRate: -1}, robotsText("User-agent: SlowBot\nCrawl-delay: 30\n"), 3, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newSite(t, &site{robots: tc.robots})
			clock := newFakeClock()
			o := clock.with(tc.opts)
			o.AllowPrivate = true
			c := New(o)
			for i := range tc.gets {
				if _, err := c.Get(context.Background(), Request{URL: fmt.Sprintf("%s/%d", srv.URL, i)}); err != nil {
					t.Fatal(err)
				}
			}
			if diff := cmp.Diff(tc.want, clock.Slept()); diff != "" {
				t.Errorf("waits (-want +got):\n%s", diff)
			}
		})
	}
}

// Hosts are limited one by one: a busy host does not slow another.
func TestHostRateIsPerHost(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, "ok") }))
	defer srv.Close()
	clock := newFakeClock()
	c := mapped(srv, clock.with(Options{IgnoreRobots: true}))
	for _, host := range []string{"a.test", "a.test", "b.test", "b.test", "c.test", "a.test"} {
		if _, err := c.Get(context.Background(), Request{URL: "http://" + host + "/"}); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff([]time.Duration{time.Second}, clock.Slept()); diff != "" {
		t.Errorf("waits (-want +got):\n%s", diff)
	}
}

// A wait that would end past the deadline fails at once, without
// sleeping, and gives its turn back.
func TestRateWaitPastDeadline(t *testing.T) {
	srv := newSite(t, &site{})
	clock := newFakeClock()
	c := polite(clock, Options{HostRate: 0.01, HostBurst: 1, IgnoreRobots: true})
	if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/1"}); err != nil {
		t.Fatal(err)
	}
	_, err := c.Get(context.Background(), Request{URL: srv.URL + "/2"})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Get = %v, want a deadline error", err)
	}
	if want := fmt.Sprintf("fetch %q: next request to 127.0.0.1 allowed in 1m40s, past the deadline: context deadline exceeded", srv.URL+"/2"); err.Error() != want {
		t.Errorf("error text\n got %s\nwant %s", err, want)
	}
	if s := clock.Slept(); len(s) != 0 {
		t.Errorf("slept %v, want no sleep", s)
	}
	clock.Advance(100 * time.Second)
	if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/3"}); err != nil {
		t.Errorf("Get after the interval = %v; the refused turn was not given back", err)
	}
}

// A URL is abandoned within Options.Deadline, with Crawl-delay, retries
// and Retry-After waits all counted: a wait that would end past the
// deadline is not begun.
func TestDeadlineCoversEveryWait(t *testing.T) {
	s := &site{
		robots: robotsText("User-agent: *\nCrawl-delay: 20\n"),
		pageHandler: func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/warm-up" {
				return
			}
			w.Header().Set("Retry-After", "25")
			w.WriteHeader(http.StatusServiceUnavailable)
		},
	}
	srv := newSite(t, s)
	tests := []struct {
		deadline time.Duration
		want     []time.Duration
	}{
		// 20s for the host's turn, 503, 25s as asked, 503; 25s more
		// would end at 70s.
		{0, []time.Duration{20 * time.Second, 25 * time.Second}},
		{30 * time.Second, []time.Duration{20 * time.Second}},
		{15 * time.Second, nil},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.deadline), func(t *testing.T) {
			clock := newFakeClock()
			c := polite(clock, Options{Retries: 10, Deadline: tc.deadline})
			// The first page takes the host's turn, so the next one waits.
			if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/warm-up"}); err != nil {
				t.Fatal(err)
			}
			_, err := c.Get(context.Background(), Request{URL: srv.URL + "/feed"})
			var se *StatusError
			if tc.want != nil && (!errors.As(err, &se) || se.Code != 503) {
				t.Errorf("Get = %v, want status 503", err)
			}
			if tc.want == nil && !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("Get = %v, want a deadline error", err)
			}
			if diff := cmp.Diff(tc.want, clock.Slept()); diff != "" {
				t.Errorf("waits (-want +got):\n%s", diff)
			}
		})
	}
}

// A 429 with Retry-After holds back the host's other requests too.
func Test429PausesHost(t *testing.T) {
	s := &site{pageHandler: func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/busy" {
			w.Header().Set("Retry-After", "20")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		fmt.Fprint(w, "ok")
	}}
	srv := newSite(t, s)
	clock := newFakeClock()
	c := polite(clock, Options{Retries: -1, IgnoreRobots: true})
	var se *StatusError
	if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/busy"}); !errors.As(err, &se) || se.Code != 429 {
		t.Fatalf("Get(/busy) = %v, want status 429", err)
	}
	if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/other"}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]time.Duration{20 * time.Second}, clock.Slept()); diff != "" {
		t.Errorf("waits (-want +got):\n%s", diff)
	}
}

// gate is a handler that holds every request until released, and
// records how many were in flight at most.
type gate struct {
	release  chan struct{}
	arrived  chan string
	inFlight atomic.Int32
	mu       sync.Mutex
	most     int32
}

func newGate() *gate {
	return &gate{release: make(chan struct{}), arrived: make(chan string, 100)}
}

func (g *gate) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := g.inFlight.Add(1)
	g.mu.Lock()
	g.most = max(g.most, n)
	g.mu.Unlock()
	g.arrived <- r.Host
	<-g.release
	g.inFlight.Add(-1)
	fmt.Fprint(w, "ok")
}

// waitFor blocks until cond holds, yielding meanwhile; the test's own
// timeout ends a wait that never would.
func waitFor(cond func() bool) {
	for !cond() {
		runtime.Gosched()
		time.Sleep(time.Millisecond)
	}
}

func TestInFlightLimits(t *testing.T) {
	tests := []struct {
		name     string
		opts     Options
		hosts    []string
		admitted int   // requests let through at first
		atHost   int32 // requests then waiting for a host slot
		atGlobal int32 // and for a global slot
	}{
		{"per host", Options{HostInFlight: 2}, []string{"a.test", "a.test", "a.test", "a.test", "a.test"}, 2, 3, 0},
		{"per host, other hosts free", Options{HostInFlight: 1}, []string{"a.test", "a.test", "b.test", "c.test"}, 3, 1, 0},
		{"global", Options{HostInFlight: -1, MaxInFlight: 3}, []string{"a.test", "b.test", "c.test", "d.test", "e.test"}, 3, 0, 2},
		{"both", Options{HostInFlight: 1, MaxInFlight: 2}, []string{"a.test", "a.test", "b.test", "c.test"}, 2, 1, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := newGate()
			srv := httptest.NewServer(g)
			defer srv.Close()
			o := tc.opts
			o.IgnoreRobots, o.HostRate = true, -1
			c := mapped(srv, o)
			var wg sync.WaitGroup
			for i, h := range tc.hosts {
				wg.Go(func() {
					if _, err := c.Get(context.Background(), Request{URL: fmt.Sprintf("http://%s/%d", h, i)}); err != nil {
						t.Error(err)
					}
				})
			}
			for range tc.admitted {
				<-g.arrived
			}
			waitFor(func() bool {
				var n int32
				c.mu.Lock()
				for _, h := range c.hosts {
					n += h.waiting.Load()
				}
				c.mu.Unlock()
				return n == tc.atHost && c.globalWaiting.Load() == tc.atGlobal
			})
			if got := g.inFlight.Load(); got != int32(tc.admitted) {
				t.Errorf("%d requests in flight, want %d", got, tc.admitted)
			}
			close(g.release)
			wg.Wait()
			if g.most != int32(tc.admitted) {
				t.Errorf("at most %d in flight, want %d", g.most, tc.admitted)
			}
		})
	}
}

func TestUserAgent(t *testing.T) {
	tests := []struct {
		name, ua, contact, want string
	}{
		{"defaults", "", "", "UnbiasedPost/0.1 (+https://github.com/theunbiasedpost/unbiased)"},
		{"contact", "", "https://news.example.org/about", "UnbiasedPost/0.1 (+https://news.example.org/about)"},
		{"own agent", "ExampleDesk/2.0", "", "ExampleDesk/2.0 (+https://github.com/theunbiasedpost/unbiased)"},
		{"agent with its contact", "UnbiasedPost/0.1 (+https://desk.example/bot)", "", "UnbiasedPost/0.1 (+https://desk.example/bot)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got string
			srv := httptest.NewServer(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) {
				got = r.Header.Get("User-Agent")
			}))
			defer srv.Close()
			if _, err := loopback(Options{UserAgent: tc.ua, Contact: tc.contact}).Get(context.Background(), Request{URL: srv.URL}); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("User-Agent (-want +got):\n%s", diff)
			}
		})
	}
}
