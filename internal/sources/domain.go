package sources

import (
	"fmt"
	"net"
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/publicsuffix"
)

// MatchDomain reports whether the outlet whose homepage is given is the
// outlet a ratings table names by domain: the homepage's host is domain or
// a subdomain of it ("edition.cnn.com" matches "cnn.com"), ignoring case, a
// leading "www." on either side, a port and a trailing dot. Either argument
// may be a URL or a bare host name. It is false when either is empty or not
// a host name, and when domain is a public suffix such as "co.uk", which
// would match every outlet under it.
func MatchDomain(homepage, domain string) bool {
	h := hostOf(homepage)
	d, err := normalDomain(domain)
	if h == "" || err != nil {
		return false
	}
	if net.ParseIP(strings.Trim(h, "[]")) != nil {
		return h == d // an address has no subdomains
	}
	return h == d || strings.HasSuffix(h, "."+d)
}

// normalDomain turns what a ratings table wrote into a bare host name, or
// says why it is not one.
func normalDomain(s string) (string, error) {
	if strings.TrimSpace(s) == "" {
		return "", errRequired
	}
	h := hostOf(s)
	if h == "" {
		return "", fmt.Errorf("%q is not a host name", s)
	}
	if net.ParseIP(strings.Trim(h, "[]")) != nil {
		return h, nil // an outlet served from an address is rated by it
	}
	if isPublicSuffix(h) {
		return "", fmt.Errorf("%q is a public suffix, not one site's domain", s)
	}
	return h, nil
}

// hostOf returns the host name of an http(s) URL or a bare host in lower
// case, without a port, a trailing dot or a leading "www.", or "" when s
// holds none.
func hostOf(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, " \t\r\n") {
		return ""
	}
	if ip := net.ParseIP(strings.Trim(s, "[]")); ip != nil {
		return ip.String() // a bare address, IPv6 ("2001:db8::1") included
	}
	if !strings.Contains(s, "://") {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.User != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	if ip := net.ParseIP(u.Hostname()); ip != nil {
		return ip.String() // "http://[2001:db8::1]:8080/" is served from that address
	}
	h := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if !validHost(h) {
		return ""
	}
	// "www.com" is a site of its own, not the web host of "com".
	if rest, ok := strings.CutPrefix(h, "www."); ok && !isPublicSuffix(rest) {
		h = rest
	}
	return h
}

// isPublicSuffix reports whether h is a suffix under which anyone may
// register names, such as "com" or "co.uk".
func isPublicSuffix(h string) bool {
	suffix, _ := publicsuffix.PublicSuffix(h)
	return suffix == h
}

// validHost accepts dot-separated labels of letters, digits and hyphens
// (letters from any script, for internationalised names), none empty and
// none starting or ending with a hyphen.
func validHost(h string) bool {
	if h == "" || len(h) > 253 {
		return false
	}
	for _, label := range strings.Split(h, ".") {
		if label == "" || strings.HasPrefix(label, "-") || strings.HasSuffix(label, "-") {
			return false
		}
		for _, r := range label {
			if r != '-' && !isHostRune(r) {
				return false
			}
		}
	}
	return true
}

func isHostRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
