package fetch

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"
)

const (
	backoffBase   = time.Second
	backoffMax    = 20 * time.Second
	maxRetryAfter = 30 * time.Second
)

// retryable reports whether err, from one attempt, is worth another:
// 429, 5xx, timeouts, refused or reset connections and early EOFs. It is
// never retryable once the overall context is done, nor for the guard's
// refusals, robots.txt, oversize bodies, redirect errors or a wait that
// would pass the deadline.
func retryable(ctx context.Context, err error) bool {
	if ctx.Err() != nil {
		return false
	}
	var we *waitError
	switch {
	case errors.Is(err, ErrPrivateAddress), errors.Is(err, ErrTooLarge), errors.Is(err, ErrTooSlow),
		errors.Is(err, ErrTooManyRedirects), errors.Is(err, ErrUnsupportedScheme),
		errors.Is(err, ErrDisallowed), errors.As(err, &we):
		return false
	}
	var se *StatusError
	if errors.As(err, &se) {
		return se.Code == http.StatusTooManyRequests || se.Code >= 500
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded): // this exchange's timeout
		return true
	case errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET),
		errors.Is(err, syscall.EPIPE), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return true
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return dns.IsTimeout || dns.IsTemporary
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// wait says how long to wait before retry number attempt+1, and whether
// to retry at all: a server's Retry-After is honoured up to
// maxRetryAfter (a longer one, or an unparsable one, ends the retries, as
// the server asked for more patience than a fetch has), and no wait may
// end past the time remaining to the Get.
func (c *Client) wait(remaining time.Duration, attempt int, after time.Duration) (time.Duration, bool) {
	var d time.Duration
	switch {
	case after < 0 || after > maxRetryAfter:
		return 0, false
	case after > 0:
		d = after
	default:
		d = min(backoffBase<<attempt, backoffMax)
		d = c.jitter(d)
	}
	if remaining <= d {
		return 0, false
	}
	return d, true
}

// fullJitter returns a duration in [d/2, d), so that clients that failed
// together do not retry together.
func (c *Client) fullJitter(d time.Duration) time.Duration {
	if d <= 1 {
		return d
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return d/2 + time.Duration(c.rnd.Int64N(int64(d/2)))
}

// retryAfter parses a Retry-After value, in seconds or as an HTTP date,
// relative to now. It returns 0 when v is empty or in the past, and -1
// when v is present but unparsable.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n <= 0 {
			return 0
		}
		if n > int64(time.Hour/time.Second)*24 {
			n = int64(time.Hour/time.Second) * 24
		}
		return time.Duration(n) * time.Second
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return -1
	}
	if d := t.Sub(now); d > 0 {
		return d
	}
	return 0
}
