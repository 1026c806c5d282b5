package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/netip"
	"time"
)

// Sentinel errors that callers test with errors.Is.
var (
	// ErrPrivateAddress is returned when a URL, or a redirect, leads to an
	// address that is not public unicast (see CheckAddr) and the client
	// does not allow private targets.
	ErrPrivateAddress = errors.New("refused: private address")

	// ErrTooLarge is returned when a body, after decompression, is larger
	// than Options.MaxBytes.
	ErrTooLarge = errors.New("response body too large")

	// ErrTooSlow is returned when a body arrives more slowly than
	// Options.MinRate once Options.MinRateAfter has passed: a server that
	// drips its answer holds a worker that other feeds are waiting for.
	ErrTooSlow = errors.New("response body too slow")

	// ErrTooManyRedirects is returned when a request is redirected more
	// than Options.MaxRedirects times.
	ErrTooManyRedirects = errors.New("too many redirects")

	// ErrUnsupportedScheme is returned for URLs, and redirects, whose
	// scheme is not http or https.
	ErrUnsupportedScheme = errors.New("unsupported scheme")

	// ErrDisallowed is returned when the host's robots.txt disallows the
	// URL (or a redirect target) for RobotsToken, or could not be fetched
	// for a reason that RFC 9309 counts as a full disallow (network
	// errors, 429 and 5xx); the error then wraps ErrRobotsUnreachable and
	// the cause as well.
	ErrDisallowed = errors.New("disallowed by robots.txt")

	// ErrRobotsUnreachable comes with ErrDisallowed when the disallow is
	// only for want of a robots.txt: an outage, to be tried again after
	// Options.RobotsErrorTTL, rather than the site's refusal.
	ErrRobotsUnreachable = errors.New("robots.txt unreachable")

	// ErrInvalidURL is returned for a URL that does not parse, or an
	// http or https URL without a host.
	ErrInvalidURL = errors.New("invalid URL")
)

// Permanent reports whether err, from Get, will come again however often
// the same request is tried: a 4xx status other than 408 (timeout), 425
// (too early) and 429 (too many requests), among them 404 and 410; a
// robots.txt that disallows the URL (not one that was unreachable); an
// address the guard refuses, an unsupported scheme or an invalid URL; a
// body over the size limit; a redirect loop. Timeouts, 5xx, 429, refused
// or reset connections, DNS failures and slow bodies are not permanent:
// a later attempt may succeed. A nil error is not permanent.
func Permanent(err error) bool {
	if err == nil {
		return false
	}
	var se *StatusError
	if errors.As(err, &se) {
		switch se.Code {
		case http.StatusRequestTimeout, http.StatusTooEarly, http.StatusTooManyRequests:
			return false
		}
		return se.Code >= 400 && se.Code < 500
	}
	switch {
	case errors.Is(err, ErrRobotsUnreachable):
		return false
	case errors.Is(err, ErrDisallowed), errors.Is(err, ErrPrivateAddress), errors.Is(err, ErrUnsupportedScheme),
		errors.Is(err, ErrInvalidURL), errors.Is(err, ErrTooLarge), errors.Is(err, ErrTooManyRedirects):
		return true
	}
	return false
}

// StatusError is returned when the server answers with a status other
// than 2xx or 304 (after retries, for the statuses that are retried).
type StatusError struct {
	URL  string // the URL that was asked for
	Code int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("fetch %q: status %d", e.URL, e.Code)
}

// guardError says which resolved address of a named host was refused.
// It unwraps to ErrPrivateAddress.
type guardError struct {
	host string
	ip   netip.Addr
}

func (e *guardError) Error() string {
	if a, err := netip.ParseAddr(e.host); err == nil && a == e.ip {
		return ErrPrivateAddress.Error()
	}
	return fmt.Sprintf("%s resolves to %s: %v", e.host, e.ip, ErrPrivateAddress)
}

func (e *guardError) Unwrap() error { return ErrPrivateAddress }

// robotsError is a disallow because robots.txt was unreachable. It
// unwraps to ErrDisallowed, ErrRobotsUnreachable and the failure, which
// names the robots.txt URL.
type robotsError struct{ cause error }

func (e *robotsError) Error() string {
	return fmt.Sprintf("%v (%v): %v", ErrDisallowed, ErrRobotsUnreachable, e.cause)
}

func (e *robotsError) Unwrap() []error {
	return []error{ErrDisallowed, ErrRobotsUnreachable, e.cause}
}

// redirectError is a failure at a redirect target; it names the target.
type redirectError struct {
	to  string
	err error
}

func (e *redirectError) Error() string { return fmt.Sprintf("redirect to %q: %v", e.to, e.err) }

func (e *redirectError) Unwrap() error { return e.err }

// waitError says that a politeness wait (rate limit, Crawl-delay or a
// host's Retry-After) would end past the Get's deadline, so the Get
// gives up at once instead of waiting. It unwraps to
// context.DeadlineExceeded.
type waitError struct {
	host string
	wait time.Duration
}

func (e *waitError) Error() string {
	return fmt.Sprintf("next request to %s allowed in %v, past the deadline: %v", e.host, e.wait, context.DeadlineExceeded)
}

func (e *waitError) Unwrap() error { return context.DeadlineExceeded }
