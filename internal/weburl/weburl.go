// Package weburl holds the small rules for web addresses that the
// parsers share: which references they keep, and how they make them
// absolute.
package weburl

import (
	"net/url"
	"strings"
)

// Resolve makes ref absolute against base (which may be nil) and returns
// it only when it is an http or https URL with a host; otherwise "". A
// reference that does not parse is dropped, not guessed at.
func Resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	// url.Parse lower-cases the scheme.
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}
