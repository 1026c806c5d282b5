package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/temoto/robotstxt"
)

const (
	// robotsMaxBytes is how much of a robots.txt is read and parsed:
	// the 500 KiB that RFC 9309 asks crawlers to handle at least.
	robotsMaxBytes = 500 << 10

	// maxCrawlDelay bounds a Crawl-delay (and stands in for values too
	// large to represent).
	maxCrawlDelay = 24 * time.Hour

	// Cached robots.txt results are dropped once there are more than
	// robotsPruneAt of them and they have expired.
	robotsPruneAt = 1024
)

// robotsEntry is what robots.txt says for one scheme, host and port.
type robotsEntry struct {
	ready chan struct{} // closed once the fields below are set

	group   *robotstxt.Group // the rules for RobotsToken; nil allows all
	deny    error            // robots.txt unreachable: every path refused with this
	refused error            // the guard refused the host itself: returned as it is
	expires time.Time
}

func (e *robotsEntry) done() bool {
	select {
	case <-e.ready:
		return true
	default:
		return false
	}
}

// robotsCheck returns nil when u's robots.txt allows RobotsToken to fetch
// u, ErrDisallowed (or a *robotsError, when robots.txt was unreachable)
// when it does not, and the host's Crawl-delay for RobotsToken. It
// fetches robots.txt when the host's copy is missing or expired;
// concurrent callers share one fetch.
func (c *Client) robotsCheck(ctx context.Context, u *url.URL) (time.Duration, error) {
	e := c.robotsFor(u)
	select {
	case <-e.ready:
	case <-ctx.Done():
		return 0, fmt.Errorf("wait for robots.txt: %w", ctx.Err())
	}
	switch {
	case e.refused != nil:
		return 0, e.refused
	case e.deny != nil:
		return 0, e.deny
	case e.group == nil:
		return 0, nil
	}
	delay := crawlDelay(e.group)
	if !e.group.Test(robotsPath(u)) {
		return delay, ErrDisallowed
	}
	return delay, nil
}

// robotsFor returns the cached entry for u's robots.txt, or starts a
// fetch when there is none or it has expired. The fetch runs on its own,
// bounded by Options.Deadline, so that one caller giving up does not
// fail the others waiting for it.
func (c *Client) robotsFor(u *url.URL) *robotsEntry {
	key := robotsKey(u)
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.opts.Now()
	old := c.robots[key]
	if old != nil && (!old.done() || now.Before(old.expires)) {
		return old
	}
	if old == nil && len(c.robots) >= robotsPruneAt {
		for k, o := range c.robots {
			if o.done() && !now.Before(o.expires) {
				delete(c.robots, k)
			}
		}
	}
	e := &robotsEntry{ready: make(chan struct{})}
	c.robots[key] = e
	go c.fetchRobots(e, old, &url.URL{Scheme: strings.ToLower(u.Scheme), Host: u.Host, Path: "/robots.txt"})
	return e
}

// fetchRobots fills e from a fetch of ru, as RFC 9309 says: a 2xx is
// parsed; other 3xx and 4xx statuses (but 429), or too many redirects,
// mean there is no robots.txt and all is allowed; a 429, a 5xx or a
// network error mean robots.txt is unreachable and all is disallowed
// for RobotsErrorTTL, unless an earlier copy is at hand, which is then
// kept as long. A guard refusal of the host itself is passed on, since
// the page would be refused as well.
func (c *Client) fetchRobots(e, old *robotsEntry, ru *url.URL) {
	defer close(e.ready)
	raw := ru.String()
	ctx, cancel := context.WithTimeout(context.Background(), c.opts.Deadline)
	defer cancel()
	cl := &call{deadline: c.opts.Now().Add(c.opts.Deadline)}
	res, _, err := c.attempt(ctx, cl, ru, Request{URL: raw, Accept: "text/plain"}, true)
	now := c.opts.Now()
	e.expires = now.Add(c.opts.RobotsTTL)
	var se *StatusError
	var re *redirectError
	switch {
	case err == nil:
		e.group = parseRobots(res.Body)
	case errors.As(err, &se) && se.Code < 500 && se.Code != http.StatusTooManyRequests:
	case errors.Is(err, ErrTooManyRedirects):
	case errors.Is(err, ErrPrivateAddress) && !errors.As(err, &re):
		e.refused, e.expires = err, now
	case unreachableHost(err) && !errors.As(err, &re):
		// The host did not answer at all (no such name, refused or timed
		// out connection): that is the page's failure too, and it is
		// reported as it is, not as a robots.txt rule.
		e.refused, e.expires = fmt.Errorf("host %s unreachable: %w", ru.Host, err), now.Add(c.opts.RobotsErrorTTL)
	default:
		e.expires = now.Add(c.opts.RobotsErrorTTL)
		if old != nil && old.deny == nil && old.refused == nil {
			e.group = old.group
			return
		}
		e.deny = &robotsError{cause: wrap(raw, err)}
	}
}

// unreachableHost reports whether err says that a host could not be
// reached at all: its name does not resolve, or no connection could be
// made to it.
func unreachableHost(err error) bool {
	var dns *net.DNSError
	var op *net.OpError
	return errors.As(err, &dns) || errors.As(err, &op) && op.Op == "dial"
}

// robotsKey names the authority a robots.txt applies to: scheme, host
// and port, lower-case, without a default port.
func robotsKey(u *url.URL) string {
	scheme := strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if (scheme == "http" && port == "80") || (scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	return scheme + "://" + host
}

// robotsPath is the part of u that robots.txt rules match: the path and
// query, as sent on the wire.
func robotsPath(u *url.URL) string {
	return u.RequestURI()
}

// crawlDelay is g's Crawl-delay, bounded by maxCrawlDelay.
func crawlDelay(g *robotstxt.Group) time.Duration {
	d := g.CrawlDelay
	if d < 0 || d > maxCrawlDelay {
		return maxCrawlDelay
	}
	return d
}
