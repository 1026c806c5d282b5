package fetch

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"sync"
	"time"
)

// Defaults for the zero fields of Options.
const (
	DefaultUserAgent    = "UnbiasedPost/0.1 (+https://github.com/theunbiasedpost/unbiased)"
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 10 << 20
	DefaultMaxRedirects = 5
	DefaultRetries      = 2
	DefaultDeadline     = 60 * time.Second

	connectTimeout = 10 * time.Second
	tlsTimeout     = 10 * time.Second
	headerTimeout  = 15 * time.Second
)

// Options configures a Client. Zero fields take the defaults above.
type Options struct {
	UserAgent    string        // default DefaultUserAgent
	Timeout      time.Duration // one attempt, body included; default 30s
	MaxBytes     int64         // body cap after decompression; default 10 MiB
	MaxRedirects int           // default 5; negative follows none
	AllowPrivate bool          // allow loopback/private/link-local/metadata targets

	// Dial, when set, replaces the network dialer for hosts that AllowHost
	// accepts (the demo maps *.demo.test to its loopback server this way).
	// Those hosts skip the address guard; every other host goes through
	// the normal guarded dialer. With AllowHost nil, Dial is never used.
	Dial      func(ctx context.Context, network, addr string) (net.Conn, error)
	AllowHost func(host string) bool // host is lower-case, without port

	Retries  int           // retries on 429/5xx/temporary errors; default 2; negative for none
	Deadline time.Duration // one Get, retries included; default 60s

	// Sleep waits between attempts; it must return early with ctx's error
	// when ctx is done. Tests replace it to run without waiting.
	Sleep func(ctx context.Context, d time.Duration) error
}

// Client fetches URLs under Options. It is safe for concurrent use.
type Client struct {
	opts   Options
	hc     *http.Client
	dialer *net.Dialer

	// Test hooks: lookup resolves names; connectHook, when set, is called
	// with each checked address just before connecting, and an error from
	// it aborts the dial; jitter turns a backoff into the wait.
	lookup      func(ctx context.Context, host string) ([]netip.Addr, error)
	connectHook func(network, addr string) error
	jitter      func(d time.Duration) time.Duration

	mu  sync.Mutex
	rnd *rand.Rand
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
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
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
	if o.Sleep == nil {
		o.Sleep = sleep
	}
	c := &Client{
		opts: o,
		lookup: func(ctx context.Context, host string) ([]netip.Addr, error) {
			return net.DefaultResolver.LookupNetIP(ctx, "ip", host)
		},
		rnd: rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 0x5eed)),
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
		MaxIdleConnsPerHost:    4,
		MaxResponseHeaderBytes: 1 << 20,
	}
	c.hc = &http.Client{Transport: tr, CheckRedirect: c.checkRedirect}
	return c
}

// checkRedirect bounds the chain and refuses non-http(s) targets. The
// address of each target is checked by the dialer.
func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > max(c.opts.MaxRedirects, 0) {
		return ErrTooManyRedirects
	}
	return checkScheme(req.URL)
}

// Get fetches r.URL. It returns a Response for 2xx and 304, a
// *StatusError for any other final status, and otherwise an error that
// names the URL and wraps the cause (ErrPrivateAddress, ErrTooLarge,
// ErrTooManyRedirects, ErrUnsupportedScheme, a network error or ctx's
// error). 429, 5xx and temporary network errors are retried up to
// Options.Retries times, never past Options.Deadline.
func (c *Client) Get(ctx context.Context, r Request) (*Response, error) {
	u, err := url.Parse(r.URL)
	if err != nil {
		return nil, fmt.Errorf("fetch %q: %w", r.URL, err)
	}
	if err := checkScheme(u); err != nil {
		return nil, fmt.Errorf("fetch %q: %w", r.URL, err)
	}
	ctx, cancel := context.WithTimeout(ctx, c.opts.Deadline)
	defer cancel()
	for attempt := 0; ; attempt++ {
		resp, after, err := c.once(ctx, r)
		if err == nil {
			return resp, nil
		}
		if attempt >= c.opts.Retries || !retryable(ctx, err) {
			return nil, wrap(r.URL, u.String(), err)
		}
		wait, ok := c.wait(ctx, attempt, after)
		if !ok {
			return nil, wrap(r.URL, u.String(), err)
		}
		if serr := c.opts.Sleep(ctx, wait); serr != nil {
			return nil, wrap(r.URL, u.String(), err)
		}
	}
}

// once makes one attempt. For a retryable status it also returns the
// server's Retry-After (0 when absent, -1 when unparsable).
func (c *Client) once(ctx context.Context, r Request) (*Response, time.Duration, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, r.URL, nil)
	if err != nil {
		return nil, 0, err
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", cmp.Or(r.Accept, "*/*"))
	if r.ETag != "" {
		req.Header.Set("If-None-Match", r.ETag)
	}
	if r.LastModified != "" {
		req.Header.Set("If-Modified-Since", r.LastModified)
	}
	hr, err := c.hc.Do(req)
	if err != nil {
		return nil, 0, err
	}
	defer hr.Body.Close()
	out := &Response{
		URL:          hr.Request.URL.String(),
		Status:       hr.StatusCode,
		Header:       hr.Header,
		ContentType:  hr.Header.Get("Content-Type"),
		ETag:         hr.Header.Get("ETag"),
		LastModified: hr.Header.Get("Last-Modified"),
	}
	switch {
	case hr.StatusCode == http.StatusNotModified:
		out.NotModified = true
		out.ETag = cmp.Or(out.ETag, r.ETag)
		out.LastModified = cmp.Or(out.LastModified, r.LastModified)
		return out, 0, nil
	case hr.StatusCode >= 200 && hr.StatusCode < 300:
		if hr.ContentLength > c.opts.MaxBytes {
			return nil, 0, fmt.Errorf("%w: %d bytes declared, limit %d", ErrTooLarge, hr.ContentLength, c.opts.MaxBytes)
		}
		body, err := io.ReadAll(io.LimitReader(hr.Body, c.opts.MaxBytes+1))
		if err != nil {
			return nil, 0, fmt.Errorf("read body: %w", err)
		}
		if int64(len(body)) > c.opts.MaxBytes {
			return nil, 0, fmt.Errorf("%w: over %d bytes", ErrTooLarge, c.opts.MaxBytes)
		}
		out.Body = body
		return out, 0, nil
	}
	// Drain a little so the connection can be reused.
	_, _ = io.Copy(io.Discard, io.LimitReader(hr.Body, 64<<10))
	return nil, retryAfter(hr.Header.Get("Retry-After"), time.Now()), &StatusError{URL: r.URL, Code: hr.StatusCode}
}

// wrap names the URL in err. A failure after a redirect also names the
// URL it was redirected to; parsed is raw as net/url prints it.
func wrap(raw, parsed string, err error) error {
	var se *StatusError
	if errors.As(err, &se) {
		return se
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.URL != raw && ue.URL != parsed && ue.URL != "" {
			return fmt.Errorf("fetch %q: redirect to %q: %w", raw, ue.URL, ue.Err)
		}
		err = ue.Err
	}
	return fmt.Errorf("fetch %q: %w", raw, err)
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
