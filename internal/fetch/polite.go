package fetch

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"
)

const (
	// maxHostPause bounds how long a 429's Retry-After holds back the
	// other requests to that host.
	maxHostPause = 10 * time.Minute

	// Host states are dropped once there are more than hostsPruneAt of
	// them and they have been idle for hostIdle: by then their limiter
	// has refilled, and robots.txt keeps the Crawl-delay.
	hostsPruneAt = 1024
	hostIdle     = 10 * time.Minute
)

// hostState holds the politeness state of one host name.
type hostState struct {
	name    string
	slots   chan struct{} // requests in flight; nil: unlimited
	waiting atomic.Int32  // requests waiting for a slot

	mu    sync.Mutex
	lim   *rate.Limiter // nil: no limit
	delay time.Duration // the Crawl-delay that lim reflects
	until time.Time     // no request before this (a 429's Retry-After)

	// Guarded by Client.mu.
	refs     int
	lastUsed time.Time
}

// hostKey is the name that rate limits and in-flight slots are counted
// by: the lower-case host name without port.
func hostKey(u *url.URL) string {
	return strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
}

// hostFor returns the state of host, creating it if needed; the caller
// must call doneHost when it no longer uses it.
func (c *Client) hostFor(name string) *hostState {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.opts.Now()
	h := c.hosts[name]
	if h == nil {
		if len(c.hosts) >= hostsPruneAt {
			for k, o := range c.hosts {
				if o.refs == 0 && now.Sub(o.lastUsed) > hostIdle {
					delete(c.hosts, k)
				}
			}
		}
		h = &hostState{name: name}
		if c.opts.HostInFlight > 0 {
			h.slots = make(chan struct{}, c.opts.HostInFlight)
		}
		if c.opts.HostRate > 0 {
			h.lim = rate.NewLimiter(rate.Limit(c.opts.HostRate), c.opts.HostBurst)
		}
		c.hosts[name] = h
	}
	h.refs++
	h.lastUsed = now
	return h
}

func (c *Client) doneHost(h *hostState) {
	c.mu.Lock()
	defer c.mu.Unlock()
	h.refs--
	h.lastUsed = c.opts.Now()
}

// admit waits until a request to h may start: a free slot at the host,
// the host's turn under its rate limit (with delay, the robots.txt
// Crawl-delay, in force) and a free slot among all hosts, in that order,
// so that a request waiting for a busy host holds no global slot. The
// returned func gives the slots back. A wait that would end past cl's
// deadline fails at once with a *waitError; ctx ending fails the wait.
func (c *Client) admit(ctx context.Context, cl *call, h *hostState, delay time.Duration) (func(), error) {
	now := c.opts.Now()
	h.setDelay(now, delay, c.opts.HostRate, c.opts.HostBurst)
	if h.slots != nil {
		h.waiting.Add(1)
		select {
		case h.slots <- struct{}{}:
			h.waiting.Add(-1)
		case <-ctx.Done():
			h.waiting.Add(-1)
			return nil, fmt.Errorf("wait for a free slot at %s: %w", h.name, ctx.Err())
		}
	}
	releaseHost := func() {
		if h.slots != nil {
			<-h.slots
		}
	}
	if err := c.turn(ctx, cl, h); err != nil {
		releaseHost()
		return nil, err
	}
	if c.global != nil {
		c.globalWaiting.Add(1)
		defer c.globalWaiting.Add(-1)
		select {
		case c.global <- struct{}{}:
		case <-ctx.Done():
			releaseHost()
			return nil, fmt.Errorf("wait for a free request slot: %w", ctx.Err())
		}
	}
	return func() {
		if c.global != nil {
			<-c.global
		}
		releaseHost()
	}, nil
}

// turn takes h's next turn under its rate limit and pause, sleeping
// until it comes.
func (c *Client) turn(ctx context.Context, cl *call, h *hostState) error {
	now := c.opts.Now()
	h.mu.Lock()
	lim, until := h.lim, h.until
	h.mu.Unlock()
	var res *rate.Reservation
	var d time.Duration
	if lim != nil {
		res = lim.ReserveN(now, 1)
		d = res.DelayFrom(now)
	}
	d = max(d, until.Sub(now))
	if d <= 0 {
		return nil
	}
	cancel := func() {
		if res != nil {
			res.CancelAt(c.opts.Now())
		}
	}
	if d >= c.remaining(ctx, cl) {
		cancel()
		return &waitError{host: h.name, wait: d}
	}
	if err := c.opts.Sleep(ctx, d); err != nil {
		cancel()
		return fmt.Errorf("wait %v for %s: %w", d, h.name, err)
	}
	return nil
}

// setDelay puts a robots.txt Crawl-delay in force: one request per
// delay, no bursts, and never faster than the configured rate (rate <= 0
// means none). A zero delay restores the configured rate.
func (h *hostState) setDelay(now time.Time, delay time.Duration, r float64, burst int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if delay == h.delay {
		return
	}
	h.delay = delay
	switch {
	case delay <= 0 && r <= 0:
		h.lim = nil
		return
	case delay <= 0:
		h.lim.SetLimitAt(now, rate.Limit(r))
		h.lim.SetBurstAt(now, burst)
		return
	}
	limit := rate.Every(delay)
	if r > 0 {
		limit = min(limit, rate.Limit(r))
	}
	if h.lim == nil {
		h.lim = rate.NewLimiter(limit, 1)
		return
	}
	h.lim.SetLimitAt(now, limit)
	h.lim.SetBurstAt(now, 1)
}

// pause holds back every request to h until t.
func (h *hostState) pause(t time.Time) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if t.After(h.until) {
		h.until = t
	}
}
