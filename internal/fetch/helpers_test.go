package fetch

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// mapped returns a client that sends every host name ending in .test to
// srv, as the demo's dialer does for its outlets, so that tests can use
// many host names on one loopback listener. Other hosts stay guarded.
func mapped(srv *httptest.Server, o Options) *Client {
	addr := srv.Listener.Addr().String()
	var d net.Dialer
	o.AllowHost = func(host string) bool { return strings.HasSuffix(host, ".test") }
	o.Dial = func(ctx context.Context, network, _ string) (net.Conn, error) {
		return d.DialContext(ctx, network, addr)
	}
	return New(o)
}

// site serves a robots.txt (by default a 404) and "page" for every
// other path, counting requests.
type site struct {
	robots      http.HandlerFunc // nil: 404
	robotsHits  atomic.Int32
	pageHits    atomic.Int32
	pageHandler http.HandlerFunc // nil: 200 "page"
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/robots.txt" {
		s.robotsHits.Add(1)
		if s.robots == nil {
			http.NotFound(w, r)
			return
		}
		s.robots(w, r)
		return
	}
	s.pageHits.Add(1)
	if s.pageHandler != nil {
		s.pageHandler(w, r)
		return
	}
	fmt.Fprint(w, "page")
}

func newSite(t *testing.T, s *site) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return srv
}

// robotsText serves body as robots.txt.
func robotsText(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, body)
	}
}

// robotsStatus answers robots.txt with code.
func robotsStatus(code int) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(code) }
}
