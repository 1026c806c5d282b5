package fetch

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
)

// robotsMaxRedirects is the least number of redirects that RFC 9309 asks
// a crawler to follow for robots.txt.
const robotsMaxRedirects = 5

// attempt follows u's redirect chain, one polite hop at a time, and
// returns the final response. robotsFetch marks the fetch of a
// robots.txt itself: no robots check, at least five redirects, and a
// body cut at robotsMaxBytes rather than refused. For a retryable status
// it also returns the server's Retry-After (0 when absent, -1 when
// unparsable). Errors at a redirect target name the target; a
// *StatusError is returned as it is.
func (c *Client) attempt(ctx context.Context, cl *call, u *url.URL, r Request, robotsFetch bool) (*Response, time.Duration, error) {
	maxHops := max(c.opts.MaxRedirects, 0)
	if robotsFetch {
		maxHops = max(maxHops, robotsMaxRedirects)
	}
	cur := u
	for hop := 0; ; hop++ {
		res, next, after, err := c.hop(ctx, cl, cur, r, robotsFetch)
		_, isStatus := err.(*StatusError)
		switch {
		case err == nil && next == nil:
			return res, 0, nil
		case isStatus || (err != nil && hop == 0):
			return nil, after, err
		case err != nil:
			return nil, after, &redirectError{to: cur.String(), err: err}
		case hop >= maxHops:
			return nil, 0, &redirectError{to: next.String(), err: ErrTooManyRedirects}
		}
		if err := checkScheme(next); err != nil {
			return nil, 0, &redirectError{to: next.String(), err: err}
		}
		cur = next
	}
}

// hop makes one HTTP exchange for u under the politeness rules: the
// host's robots.txt (unless robotsFetch, IgnoreRobots, or u is a
// robots.txt), then a slot and a turn at the host, then a slot among all
// hosts. It returns a Response for 2xx and 304, the target of a
// redirect, or an error; for a 429 with Retry-After the whole host waits.
func (c *Client) hop(ctx context.Context, cl *call, u *url.URL, r Request, robotsFetch bool) (*Response, *url.URL, time.Duration, error) {
	var delay time.Duration
	if !robotsFetch && !c.opts.IgnoreRobots && u.EscapedPath() != "/robots.txt" {
		d, err := c.robotsCheck(ctx, u)
		if err != nil {
			return nil, nil, 0, err
		}
		delay = d
	}
	h := c.hostFor(hostKey(u))
	defer c.doneHost(h)
	release, err := c.admit(ctx, cl, h, delay)
	if err != nil {
		return nil, nil, 0, err
	}
	defer release()
	res, next, after, err := c.exchange(ctx, u, r, robotsFetch)
	var se *StatusError
	if errors.As(err, &se) && se.Code == http.StatusTooManyRequests && after > 0 {
		h.pause(c.opts.Now().Add(min(after, maxHostPause)))
	}
	return res, next, after, err
}

// exchange sends one GET for u and reads the answer, all within
// Options.Timeout.
func (c *Client) exchange(ctx context.Context, u *url.URL, r Request, robotsFetch bool) (*Response, *url.URL, time.Duration, error) {
	hctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(hctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, 0, err
	}
	req.Header.Set("User-Agent", c.ua)
	req.Header.Set("Accept", cmp.Or(r.Accept, "*/*"))
	if r.ETag != "" {
		req.Header.Set("If-None-Match", r.ETag)
	}
	if r.LastModified != "" {
		req.Header.Set("If-Modified-Since", r.LastModified)
	}
	hr, err := c.hc.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, nil, 0, c.timedOut(ctx, hctx, err)
	}
	defer hr.Body.Close()
	out := &Response{
		URL:          u.String(),
		Status:       hr.StatusCode,
		Header:       hr.Header,
		ContentType:  hr.Header.Get("Content-Type"),
		ETag:         hr.Header.Get("ETag"),
		LastModified: hr.Header.Get("Last-Modified"),
	}
	switch code := hr.StatusCode; {
	case code == http.StatusNotModified:
		out.NotModified = true
		out.ETag = cmp.Or(out.ETag, r.ETag)
		out.LastModified = cmp.Or(out.LastModified, r.LastModified)
		return out, nil, 0, nil
	case code >= 200 && code < 300:
		body, err := c.readBody(hr, robotsFetch)
		if err != nil {
			return nil, nil, 0, c.timedOut(ctx, hctx, err)
		}
		out.Body = body
		return out, nil, 0, nil
	case isRedirect(code) && hr.Header.Get("Location") != "":
		drain(hr.Body)
		next, err := u.Parse(hr.Header.Get("Location"))
		if err != nil {
			return nil, nil, 0, fmt.Errorf("bad redirect location: %w", err)
		}
		return nil, next, 0, nil
	}
	drain(hr.Body)
	return nil, nil, retryAfter(hr.Header.Get("Retry-After"), c.opts.Now()), &StatusError{URL: r.URL, Code: hr.StatusCode}
}

// readBody reads a 2xx body up to Options.MaxBytes, or, for robots.txt,
// up to robotsMaxBytes and no further (RFC 9309 asks crawlers to parse
// at least that much, so a larger file is cut, not refused).
func (c *Client) readBody(hr *http.Response, robotsFetch bool) ([]byte, error) {
	limit := c.opts.MaxBytes
	if robotsFetch {
		limit = robotsMaxBytes
	} else if hr.ContentLength > limit {
		return nil, fmt.Errorf("%w: %d bytes declared, limit %d", ErrTooLarge, hr.ContentLength, limit)
	}
	var buf bytes.Buffer
	if hr.ContentLength > 0 && hr.ContentLength <= limit {
		buf.Grow(int(hr.ContentLength) + 1)
	}
	body := &rateReader{r: hr.Body, start: time.Now(), min: c.opts.MinRate, after: c.opts.MinRateAfter}
	n, err := buf.ReadFrom(io.LimitReader(body, limit+1))
	switch {
	case errors.Is(err, ErrTooSlow):
		return nil, err
	case err != nil && hr.ContentLength > 0:
		return nil, fmt.Errorf("body cut off after %d of %d bytes: %w", n, hr.ContentLength, err)
	case err != nil:
		return nil, fmt.Errorf("body cut off after %d bytes: %w", n, err)
	case n > limit && robotsFetch:
		return buf.Bytes()[:limit], nil
	case n > limit:
		return nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, limit)
	}
	return buf.Bytes(), nil
}

// rateReader fails with ErrTooSlow when, after its grace, the mean
// speed of what it has read falls under min bytes a second. It measures
// wall time: a dripping server is slow in real seconds, whatever clock
// the politeness rules run on.
type rateReader struct {
	r     io.Reader
	start time.Time
	n     int64
	min   int64
	after time.Duration
}

func (rr *rateReader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	rr.n += int64(n)
	if err == nil {
		if el := time.Since(rr.start); el > rr.after && float64(rr.n) < float64(rr.min)*el.Seconds() {
			return n, fmt.Errorf("%w: %d bytes in %.1fs, under %d bytes a second", ErrTooSlow, rr.n, el.Seconds(), rr.min)
		}
	}
	return n, err
}

// timedOut says so when err comes from the exchange's own timeout rather
// than from the caller or the Get's deadline.
func (c *Client) timedOut(ctx, hctx context.Context, err error) error {
	if errors.Is(err, context.DeadlineExceeded) && hctx.Err() != nil && ctx.Err() == nil {
		return fmt.Errorf("no complete answer within %v: %w", c.opts.Timeout, err)
	}
	return err
}

func isRedirect(code int) bool {
	switch code {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// drain reads a little of an unwanted body so the connection can be
// reused.
func drain(body io.Reader) {
	_, _ = io.Copy(io.Discard, io.LimitReader(body, 64<<10))
}

// wrap names the URL that the caller asked for in err. A *StatusError
// names it already.
func wrap(raw string, err error) error {
	if se, ok := err.(*StatusError); ok {
		return se
	}
	return fmt.Errorf("fetch %q: %w", raw, err)
}
