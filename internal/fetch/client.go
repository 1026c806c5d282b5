package fetch

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"
)

// Defaults for the zero fields of Options.
const (
	DefaultUserAgent      = "UnbiasedPost/0.1"
	DefaultContact        = "https://github.com/theunbiasedpost/unbiased"
	DefaultTimeout        = 30 * time.Second
	DefaultMaxBytes       = 10 << 20
	DefaultMinRate        = 1 << 10
	DefaultMinRateAfter   = 10 * time.Second
	DefaultMaxRedirects   = 5
	DefaultRetries        = 2
	DefaultDeadline       = 60 * time.Second
	DefaultRobotsTTL      = time.Hour
	DefaultRobotsErrorTTL = 5 * time.Minute
	DefaultHostRate       = 1.0
	DefaultHostBurst      = 2
	DefaultHostInFlight   = 2
	DefaultMaxInFlight    = 32

	// RobotsToken is the product token matched against robots.txt
	// User-agent lines, whatever Options.UserAgent says.
	RobotsToken = "UnbiasedPost"

	connectTimeout = 10 * time.Second
	tlsTimeout     = 10 * time.Second
	headerTimeout  = 15 * time.Second
)

// Options configures a Client. Zero fields take the defaults above.
type Options struct {
	// UserAgent names the software; default DefaultUserAgent. The header
	// sent is UserAgent followed by " (+Contact)". With Contact empty,
	// DefaultContact is used unless UserAgent already carries a "(+"
	// contact of its own.
	UserAgent string
	Contact   string

	Timeout  time.Duration // one HTTP exchange (one attempt or redirect hop), body included; default 30s
	MaxBytes int64         // body cap after decompression; default 10 MiB
	// MinRate is the least mean speed of a body, in bytes a second, once
	// MinRateAfter has passed since its headers came; slower, the fetch
	// fails with ErrTooSlow and is not retried. Defaults 1 KiB/s after
	// 10s: a page of 100 KB may take 100s, a server that drips a byte
	// now and then is dropped within seconds of the grace.
	MinRate      int64
	MinRateAfter time.Duration
	MaxRedirects int  // default 5; negative follows none
	AllowPrivate bool // allow loopback/private/link-local/metadata targets

	// Dial, when set, replaces the network dialer for hosts that AllowHost
	// accepts (the demo maps *.demo.test to its loopback server this way).
	// Those hosts skip the address guard; every other host goes through
	// the normal guarded dialer. With AllowHost nil, Dial is never used.
	Dial      func(ctx context.Context, network, addr string) (net.Conn, error)
	AllowHost func(host string) bool // host is lower-case, without port

	Retries  int           // retries on 429/5xx/temporary errors; default 2; negative for none
	Deadline time.Duration // one Get, retries, redirects and waits included; default 60s

	// IgnoreRobots turns robots.txt off (demo and tests). Otherwise each
	// scheme, host and port has its robots.txt fetched once and kept for
	// RobotsTTL (default 1h); an unreachable one (network error, 429,
	// 5xx) disallows the host for RobotsErrorTTL (default 5m).
	IgnoreRobots   bool
	RobotsTTL      time.Duration
	RobotsErrorTTL time.Duration

	// Per host name: at most HostRate requests a second (default 1;
	// negative for no limit) with bursts of HostBurst (default 2), and
	// HostInFlight requests at once (default 2; negative for no limit).
	// A robots.txt Crawl-delay lowers the rate to one request per delay,
	// with no burst; nothing raises it. MaxInFlight bounds requests at
	// once over all hosts (default 32; negative for no limit).
	HostRate     float64
	HostBurst    int
	HostInFlight int
	MaxInFlight  int

	// Sleep waits between attempts and for the rate limits; it must
	// return early with ctx's error when ctx is done. Now tells the time
	// for rate limits, robots.txt expiry and the Deadline. Tests replace
	// both to run without waiting.
	Sleep func(ctx context.Context, d time.Duration) error
	Now   func() time.Time
}

// Client fetches URLs under Options. It is safe for concurrent use.
type Client struct {
	opts   Options
	ua     string
	hc     *http.Client
	dialer *net.Dialer
	global chan struct{} // request slots over all hosts; nil: unlimited

	globalWaiting atomic.Int32 // requests waiting for a global slot

	// Test hooks: lookup resolves names; connectHook, when set, is called
	// with each checked address just before connecting, and an error from
	// it aborts the dial; jitter turns a backoff into the wait.
	lookup      func(ctx context.Context, host string) ([]netip.Addr, error)
	connectHook func(network, addr string) error
	jitter      func(d time.Duration) time.Duration

	mu     sync.Mutex
	rnd    *rand.Rand
	hosts  map[string]*hostState   // by host name
	robots map[string]*robotsEntry // by robotsKey
}

// Request is one GET. ETag and LastModified are the validators from the
// previous fetch, sent as If-None-Match and If-Modified-Since.
type Request struct {
	URL          string
	ETag         string
	LastModified string
	Accept       string // default "*/*"
}

// Response is a successful fetch: a 2xx with its body, or a 304.
// ContentType is the server's word, unchecked: a caller that expects a
// feed or a page tests it (IsFeedType, IsHTMLType) before parsing.
type Response struct {
	URL          string // final, after redirects
	Status       int
	Header       http.Header
	Body         []byte // decompressed, as served (see ToUTF8); nil on 304
	ContentType  string
	ETag         string // the response's validators; on 304 without them,
	LastModified string // the request's, so the caller can keep its state
	NotModified  bool   // the server answered 304
}

// New returns a Client with o's settings.
func New(o Options) *Client {
	o = withDefaults(o)
	c := &Client{
		opts: o,
		ua:   userAgent(o.UserAgent, o.Contact),
		lookup: func(ctx context.Context, host string) ([]netip.Addr, error) {
			return net.DefaultResolver.LookupNetIP(ctx, "ip", host)
		},
		rnd:    rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 0x5eed)),
		hosts:  make(map[string]*hostState),
		robots: make(map[string]*robotsEntry),
	}
	if o.MaxInFlight > 0 {
		c.global = make(chan struct{}, o.MaxInFlight)
	}
	c.jitter = c.fullJitter
	c.dialer = &net.Dialer{Timeout: connectTimeout, KeepAlive: 30 * time.Second, Control: c.controlGuard}
	tr := &http.Transport{
		// No proxy: a proxy would make the guard check the proxy's
		// address instead of the target's.
		Proxy:                  nil,
		DialContext:            c.dialContext,
		ForceAttemptHTTP2:      true,
		TLSHandshakeTimeout:    tlsTimeout,
		ResponseHeaderTimeout:  headerTimeout,
		ExpectContinueTimeout:  time.Second,
		IdleConnTimeout:        90 * time.Second,
		MaxIdleConns:           100,
		MaxIdleConnsPerHost:    max(4, o.HostInFlight),
		MaxResponseHeaderBytes: 1 << 20,
	}
	// Redirects are followed by Get itself, so that every hop passes
	// robots.txt, the rate limits and the address guard.
	c.hc = &http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}
	return c
}

func withDefaults(o Options) Options {
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MinRate <= 0 {
		o.MinRate = DefaultMinRate
	}
	if o.MinRateAfter <= 0 {
		o.MinRateAfter = DefaultMinRateAfter
	}
	if o.MaxRedirects == 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.Retries == 0 {
		o.Retries = DefaultRetries
	}
	if o.Deadline <= 0 {
		o.Deadline = DefaultDeadline
	}
	if o.RobotsTTL <= 0 {
		o.RobotsTTL = DefaultRobotsTTL
	}
	if o.RobotsErrorTTL <= 0 {
		o.RobotsErrorTTL = DefaultRobotsErrorTTL
	}
	if o.HostRate == 0 {
		o.HostRate = DefaultHostRate
	}
	if o.HostBurst <= 0 {
		o.HostBurst = DefaultHostBurst
	}
	if o.HostInFlight == 0 {
		o.HostInFlight = DefaultHostInFlight
	}
	if o.MaxInFlight == 0 {
		o.MaxInFlight = DefaultMaxInFlight
	}
	if o.Sleep == nil {
		o.Sleep = sleep
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// userAgent appends the contact URL that lets a site's operator find out
// who is reading and how to object.
func userAgent(ua, contact string) string {
	switch {
	case contact != "":
		return ua + " (+" + contact + ")"
	case strings.Contains(ua, "(+"):
		return ua
	}
	return ua + " (+" + DefaultContact + ")"
}

// hostRate is the configured per-host rate as a rate.Limit.
func (c *Client) hostRate() rate.Limit {
	if c.opts.HostRate < 0 {
		return rate.Inf
	}
	return rate.Limit(c.opts.HostRate)
}

// call is the state one Get shares between its attempts and hops.
type call struct {
	deadline time.Time // on the Options.Now clock
}

// Get fetches r.URL. It returns a Response for 2xx and 304, a
// *StatusError for any other final status, and otherwise an error that
// names the URL and wraps the cause (ErrDisallowed, ErrPrivateAddress,
// ErrTooLarge, ErrTooManyRedirects, ErrUnsupportedScheme, ErrInvalidURL,
// a network error, context.DeadlineExceeded when a wait would pass the
// deadline, or ctx's error); Permanent tells which of them would come
// again. 429, 5xx and temporary network errors are retried up to
// Options.Retries times. Nothing that Get does, waits included, lasts
// past Options.Deadline.
func (c *Client) Get(ctx context.Context, r Request) (*Response, error) {
	u, err := url.Parse(r.URL)
	if err != nil {
		return nil, fmt.Errorf("fetch %q: %w: %w", r.URL, ErrInvalidURL, err)
	}
	if err := checkScheme(u); err != nil {
		return nil, fmt.Errorf("fetch %q: %w", r.URL, err)
	}
	ctx, cancel := context.WithTimeout(ctx, c.opts.Deadline)
	defer cancel()
	cl := &call{deadline: c.opts.Now().Add(c.opts.Deadline)}
	for attempt := 0; ; attempt++ {
		resp, after, err := c.attempt(ctx, cl, u, r, false)
		if err == nil {
			return resp, nil
		}
		if attempt >= c.opts.Retries || !retryable(ctx, err) {
			return nil, wrap(r.URL, err)
		}
		wait, ok := c.wait(c.remaining(ctx, cl), attempt, after)
		if !ok {
			return nil, wrap(r.URL, err)
		}
		if serr := c.opts.Sleep(ctx, wait); serr != nil {
			return nil, wrap(r.URL, err)
		}
	}
}

// remaining is the time left to cl, by the Options.Now clock and by
// ctx's own deadline, whichever ends first.
func (c *Client) remaining(ctx context.Context, cl *call) time.Duration {
	d := cl.deadline.Sub(c.opts.Now())
	if dl, ok := ctx.Deadline(); ok {
		d = min(d, time.Until(dl))
	}
	return d
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
