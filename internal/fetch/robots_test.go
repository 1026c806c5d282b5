package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// polite returns a loopback client with robots.txt on, no rate limit and
// a fake clock.
func polite(clock *fakeClock, o Options) *Client {
	o.AllowPrivate = true
	if o.HostRate == 0 {
		o.HostRate = -1
	}
	return New(clock.with(o))
}

func TestRobotsRules(t *testing.T) {
	const (
		everyone  = "User-agent: *\nDisallow: /\n"
		private   = "User-agent: *\nDisallow: /private/\nAllow: /private/open\nDisallow: /*?print=\n"
		ours      = "User-agent: *\nDisallow: /\n\nUser-agent: UnbiasedPost\nDisallow: /drafts\n"
		otherBot  = "User-agent: GPTBot\nDisallow: /\n"
		lowerCase = "user-agent: unbiasedpost\ndisallow: /\n"
		broken    = "Disallow: /early\nUser-agent: *\nCrawl-delay: soon\nDisallow: /private\n"
		html      = "<!doctype html><html><body><p>Page not found</p></body></html>"
	)
	tests := []struct {
		name, robots, path string
		disallowed         bool
	}{
		{"empty file", "", "/a", false},
		{"all disallowed", everyone, "/news/1", true},
		{"robots.txt itself is always fetchable", everyone, "/robots.txt", false},
		{"prefix", private, "/private/memo", true},
		{"outside prefix", private, "/public", false},
		{"longest match allows", private, "/private/open/1", false},
		{"wildcard in query", private, "/story?print=1", true},
		{"no query", private, "/story", false},
		{"our group over the star group", ours, "/news", false},
		{"our group's rule", ours, "/drafts/1", true},
		{"another bot's group", otherBot, "/a", false},
		{"agent case-insensitive", lowerCase, "/a", true},
		{"bad lines skipped, rest kept", broken, "/private", true},
		{"rule before any user-agent dropped", broken, "/early", false},
		{"html instead of robots.txt", html, "/a", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newSite(t, &site{robots: robotsText(tc.robots)})
			c := polite(newFakeClock(), Options{})
			u := srv.URL + tc.path
			_, err := c.Get(context.Background(), Request{URL: u})
			if !tc.disallowed {
				if err != nil {
					t.Fatalf("Get(%s) = %v, want it allowed", tc.path, err)
				}
				return
			}
			if !errors.Is(err, ErrDisallowed) {
				t.Fatalf("Get(%s) = %v, want ErrDisallowed", tc.path, err)
			}
			if want := fmt.Sprintf("fetch %q: disallowed by robots.txt", u); err.Error() != want {
				t.Errorf("error text\n got %s\nwant %s", err, want)
			}
		})
	}
}

func TestRobotsUnavailable(t *testing.T) {
	loop := func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/robots.txt?n="+fmt.Sprint(len(r.URL.RawQuery)), http.StatusFound)
	}
	moved := func(w http.ResponseWriter, r *http.Request) {
		if r.URL.RawQuery == "" {
			http.Redirect(w, r, "/robots.txt?v=2", http.StatusMovedPermanently)
			return
		}
		fmt.Fprint(w, "User-agent: *\nDisallow: /\n")
	}
	tests := []struct {
		name       string
		robots     http.HandlerFunc
		disallowed bool
		cause      string // in the error text after "disallowed by robots.txt"
	}{
		{"404 allows all", robotsStatus(404), false, ""},
		{"403 allows all", robotsStatus(403), false, ""},
		{"401 allows all", robotsStatus(401), false, ""},
		{"410 allows all", robotsStatus(410), false, ""},
		{"redirect loop allows all", loop, false, ""},
		{"redirect followed", moved, true, ""},
		{"500 disallows", robotsStatus(500), true, ` (robots.txt unreachable): fetch "%s/robots.txt": status 500`},
		{"503 disallows", robotsStatus(503), true, ` (robots.txt unreachable): fetch "%s/robots.txt": status 503`},
		{"429 disallows", robotsStatus(429), true, ` (robots.txt unreachable): fetch "%s/robots.txt": status 429`},
		{"hang-up disallows", func(w http.ResponseWriter, _ *http.Request) { hangUp(w) }, true, ` (robots.txt unreachable): fetch "%s/robots.txt": EOF`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := &site{robots: tc.robots}
			srv := newSite(t, s)
			c := polite(newFakeClock(), Options{})
			u := srv.URL + "/article"
			_, err := c.Get(context.Background(), Request{URL: u})
			if !tc.disallowed {
				if err != nil {
					t.Fatalf("Get = %v, want it allowed", err)
				}
				return
			}
			if !errors.Is(err, ErrDisallowed) {
				t.Fatalf("Get = %v, want ErrDisallowed", err)
			}
			if got := errors.Is(err, ErrRobotsUnreachable); got != (tc.cause != "") {
				t.Errorf("errors.Is(err, ErrRobotsUnreachable) = %v", got)
			}
			want := fmt.Sprintf("fetch %q: disallowed by robots.txt", u)
			if tc.cause != "" {
				want += fmt.Sprintf(tc.cause, srv.URL)
			}
			if err.Error() != want {
				t.Errorf("error text\n got %s\nwant %s", err, want)
			}
			if n := s.pageHits.Load(); n != 0 {
				t.Errorf("the disallowed page was requested %d times", n)
			}
		})
	}
}

// A robots.txt of 1 GiB, generated as it is sent, is read up to the
// 500 KiB that RFC 9309 asks for and its rules used.
func TestRobotsHuge(t *testing.T) {
	var sent atomic.Int64
	s := &site{robots: func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private\n")
		n, _ := io.Copy(w, io.LimitReader(&repeater{b: []byte("# padding padding padding\n")}, 1<<30))
		sent.Add(n)
	}}
	srv := httptest.NewServer(s)
	c := polite(newFakeClock(), Options{})
	if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/private/1"}); !errors.Is(err, ErrDisallowed) {
		t.Errorf("Get(/private/1) = %v, want ErrDisallowed", err)
	}
	if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/public"}); err != nil {
		t.Errorf("Get(/public) = %v, want it allowed", err)
	}
	srv.Close() // waits for the handler, which stops when the client hangs up
	if n := sent.Load(); n >= 1<<30 {
		t.Errorf("server sent all %d bytes; the client should have hung up", n)
	}
}

func TestRobotsCache(t *testing.T) {
	t.Run("one fetch for concurrent requests", func(t *testing.T) {
		s := &site{robots: robotsText("User-agent: *\nDisallow: /private\n")}
		srv := newSite(t, s)
		c := polite(newFakeClock(), Options{})
		var wg sync.WaitGroup
		errs := make([]error, 10)
		for i := range errs {
			wg.Go(func() {
				_, errs[i] = c.Get(context.Background(), Request{URL: fmt.Sprintf("%s/a/%d", srv.URL, i)})
			})
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("Get %d: %v", i, err)
			}
		}
		if n := s.robotsHits.Load(); n != 1 {
			t.Errorf("robots.txt fetched %d times, want 1", n)
		}
	})
	t.Run("refetched after RobotsTTL", func(t *testing.T) {
		s := &site{robots: robotsText("")}
		srv := newSite(t, s)
		clock := newFakeClock()
		c := polite(clock, Options{RobotsTTL: 10 * time.Minute})
		get := func() {
			t.Helper()
			if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/a"}); err != nil {
				t.Fatal(err)
			}
		}
		get()
		clock.Advance(10*time.Minute - time.Second)
		get()
		if n := s.robotsHits.Load(); n != 1 {
			t.Errorf("robots.txt fetched %d times before expiry, want 1", n)
		}
		clock.Advance(time.Second)
		get()
		if n := s.robotsHits.Load(); n != 2 {
			t.Errorf("robots.txt fetched %d times after expiry, want 2", n)
		}
	})
	t.Run("unreachable disallows for RobotsErrorTTL", func(t *testing.T) {
		var fail atomic.Bool
		fail.Store(true)
		s := &site{robots: func(w http.ResponseWriter, _ *http.Request) {
			if fail.Load() {
				w.WriteHeader(503)
			}
		}}
		srv := newSite(t, s)
		clock := newFakeClock()
		c := polite(clock, Options{RobotsErrorTTL: 2 * time.Minute})
		for range 2 {
			if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/a"}); !errors.Is(err, ErrDisallowed) {
				t.Fatalf("Get = %v, want ErrDisallowed", err)
			}
		}
		if n := s.robotsHits.Load(); n != 1 {
			t.Errorf("robots.txt fetched %d times within the error TTL, want 1", n)
		}
		fail.Store(false)
		clock.Advance(2 * time.Minute)
		if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/a"}); err != nil {
			t.Errorf("Get after recovery = %v, want it allowed", err)
		}
	})
	t.Run("last good copy kept while unreachable", func(t *testing.T) {
		var fail atomic.Bool
		s := &site{robots: func(w http.ResponseWriter, _ *http.Request) {
			if fail.Load() {
				w.WriteHeader(500)
				return
			}
			fmt.Fprint(w, "User-agent: *\nDisallow: /private\n")
		}}
		srv := newSite(t, s)
		clock := newFakeClock()
		c := polite(clock, Options{})
		if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/a"}); err != nil {
			t.Fatal(err)
		}
		fail.Store(true)
		clock.Advance(DefaultRobotsTTL)
		if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/a"}); err != nil {
			t.Errorf("Get(/a) = %v, want the old copy to allow it", err)
		}
		_, err := c.Get(context.Background(), Request{URL: srv.URL + "/private"})
		if !errors.Is(err, ErrDisallowed) || strings.Contains(err.Error(), "status 500") {
			t.Errorf("Get(/private) = %v, want the old copy's disallow", err)
		}
		if n := s.robotsHits.Load(); n != 2 {
			t.Errorf("robots.txt fetched %d times, want 2", n)
		}
	})
}

func TestIgnoreRobots(t *testing.T) {
	s := &site{robots: robotsText("User-agent: *\nDisallow: /\n")}
	srv := newSite(t, s)
	c := polite(newFakeClock(), Options{IgnoreRobots: true})
	if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/a"}); err != nil {
		t.Errorf("Get = %v, want robots.txt ignored", err)
	}
	if n := s.robotsHits.Load(); n != 0 {
		t.Errorf("robots.txt fetched %d times, want 0", n)
	}
}

// Every hop of a redirect chain is checked against its own host's
// robots.txt.
func TestRobotsOnRedirect(t *testing.T) {
	var robotsFor sync.Map
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt":
			robotsFor.Store(r.Host, true)
			if r.Host == "closed.test" {
				fmt.Fprint(w, "User-agent: *\nDisallow: /\n")
			}
		case r.Host == "open.test":
			http.Redirect(w, r, "http://closed.test/article", http.StatusFound)
		default:
			fmt.Fprint(w, "article")
		}
	}))
	defer srv.Close()
	c := mapped(srv, newFakeClock().with(Options{HostRate: -1}))
	_, err := c.Get(context.Background(), Request{URL: "http://open.test/go"})
	if !errors.Is(err, ErrDisallowed) {
		t.Fatalf("Get = %v, want ErrDisallowed", err)
	}
	if want := `fetch "http://open.test/go": redirect to "http://closed.test/article": disallowed by robots.txt`; err.Error() != want {
		t.Errorf("error text\n got %s\nwant %s", err, want)
	}
	for _, h := range []string{"open.test", "closed.test"} {
		if _, ok := robotsFor.Load(h); !ok {
			t.Errorf("robots.txt of %s not fetched", h)
		}
	}
}

func TestRobotsKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"http://Example.COM/a/b?c", "http://example.com"},
		{"HTTP://example.com:80/", "http://example.com"},
		{"https://example.com:443/x", "https://example.com"},
		{"https://example.com:80/x", "https://example.com:80"},
		{"http://example.com:8080/x", "http://example.com:8080"},
		{"http://[::1]:80/", "http://[::1]"},
		{"http://[2001:DB8::1]:8443/", "http://[2001:db8::1]:8443"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			u, err := url.Parse(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, robotsKey(u)); diff != "" {
				t.Errorf("robotsKey (-want +got):\n%s", diff)
			}
		})
	}
}

// repeater repeats b forever, generating it as it is read;
// io.LimitReader bounds it.
type repeater struct {
	b   []byte
	off int
}

func (r *repeater) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c := copy(p[n:], r.b[r.off:])
		n += c
		r.off = (r.off + c) % len(r.b)
	}
	return n, nil
}

// A host that does not answer at all is reported as unreachable, with
// the connection's own error, not as a robots.txt rule.
func TestDeadHostIsNotARobotsRule(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := ln.Addr().String()
	ln.Close()
	c := New(Options{AllowPrivate: true, HostRate: -1, Retries: -1})
	_, err = c.Get(context.Background(), Request{URL: "http://" + dead + "/feed.xml"})
	if err == nil || errors.Is(err, ErrDisallowed) || !strings.Contains(err.Error(), "unreachable") || !strings.Contains(err.Error(), "connection refused") {
		t.Errorf("Get from a dead host: %v; want it unreachable, its connection refused, and no robots.txt rule", err)
	}
}
