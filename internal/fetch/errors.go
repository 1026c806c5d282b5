package fetch

import (
	"errors"
	"fmt"
	"net/netip"
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

	// ErrTooManyRedirects is returned when a request is redirected more
	// than Options.MaxRedirects times.
	ErrTooManyRedirects = errors.New("too many redirects")

	// ErrUnsupportedScheme is returned for URLs, and redirects, whose
	// scheme is not http or https.
	ErrUnsupportedScheme = errors.New("unsupported scheme")
)

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
