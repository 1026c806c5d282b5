package web

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// proxyHeaders are set by reverse proxies. A request that carries any of
// them came through one, so its loopback address is the proxy's and says
// nothing about the person behind it.
var proxyHeaders = []string{"Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Real-Ip"}

// admits reports whether r may see the admin pages; see Admin for the
// rules and why.
func (s *server) admits(r *http.Request) bool {
	return (s.opt.AdminLocal && fromThisMachine(r)) || s.bearerOK(r) || s.sessionOK(r)
}

// fromThisMachine reports whether r came straight from this machine: from
// a loopback address or over a Unix socket, through no proxy, for a host
// name of this machine.
func fromThisMachine(r *http.Request) bool {
	for _, h := range proxyHeaders {
		if len(r.Header.Values(h)) > 0 {
			return false
		}
	}
	if unixPeer(r.RemoteAddr) {
		return loopbackHost(r.Host)
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return false
	}
	ip, err := netip.ParseAddr(host)
	if err != nil || !ip.Unmap().IsLoopback() {
		return false
	}
	return loopbackHost(r.Host)
}

// unixPeer reports whether remote is the address net/http gives a peer
// on a Unix socket, which has no host and port.
func unixPeer(remote string) bool { return remote == "" || remote == "@" }

// loopbackHost reports whether the Host header names this machine:
// localhost, a name under .localhost, or a loopback address, with or
// without a port.
func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip, err := netip.ParseAddr(strings.Trim(host, "[]"))
	return err == nil && ip.Unmap().IsLoopback()
}

// bearerOK reports whether r carries "Authorization: Bearer <token>"
// with the admin token. A wrong token counts against the peer's guesses.
func (s *server) bearerOK(r *http.Request) bool {
	scheme, token, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	if s.admin.tokenMatches(strings.TrimSpace(token)) {
		return true
	}
	if s.admin.tokenSum != nil {
		s.admin.guesses.fail(peerOf(r))
	}
	return false
}

// adminOnly serves h to the requests the admin pages admit, through the
// cross-origin check, and answers everyone else as an unknown address.
func (s *server) adminOnly(h http.HandlerFunc) http.Handler {
	checked := s.admin.origins.Handler(h)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.throttled(w, r) {
			return
		}
		if !s.admits(r) {
			s.notFound(w, r)
			return
		}
		adminHeaders(w)
		checked.ServeHTTP(w, r)
	})
}

// adminSignIn serves the sign-in routes: to everyone once a token is
// set, since a browser elsewhere must reach the form to sign in, and
// otherwise only to those adminOnly admits.
func (s *server) adminSignIn(h http.HandlerFunc) http.Handler {
	checked := s.admin.origins.Handler(h)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.throttled(w, r) {
			return
		}
		if s.admin.tokenSum == nil && !s.admits(r) {
			s.notFound(w, r)
			return
		}
		adminHeaders(w)
		checked.ServeHTTP(w, r)
	})
}

// adminHeaders sets what every admin response needs beyond the site's
// headers: forms allowed, nothing cached or indexed, and no Referer sent
// to an outlet when a feed's link is followed.
func adminHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("X-Robots-Tag", "noindex, nofollow")
}
