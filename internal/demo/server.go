package demo

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Server publishes the demo outlets on a loopback listener. Every outlet
// is served under its own host name; requests are routed by the Host
// header, ignoring the port. A Server is safe for concurrent use.
type Server struct {
	corpus *Corpus
	clock  time.Time

	render    sync.Once
	sites     map[string]map[string]resource // host -> path -> resource
	renderErr error

	mu     sync.Mutex
	ln     net.Listener
	srv    *http.Server
	closed bool
}

// resource is one rendered response.
type resource struct {
	body  []byte
	ctype string
	mod   time.Time
	etag  string
}

// NewServer returns a server for the shipped corpus whose clock is now(),
// read once, in UTC and to the second: every article is published at that
// instant plus its offset, so the demo always looks fresh and stays
// consistent for the server's life. A nil now means time.Now. NewServer
// panics only if the embedded corpus is broken, which the package's tests
// rule out.
func NewServer(now func() time.Time) *Server {
	if now == nil {
		now = time.Now
	}
	return &Server{corpus: mustCorpus(), clock: now().UTC().Truncate(time.Second)}
}

// Clock is the instant the articles' offsets count from.
func (s *Server) Clock() time.Time { return s.clock }

// Start renders every page and feed and starts serving them on an
// ephemeral port of 127.0.0.1. It returns an error if rendering or
// listening fails, or if the server was already started or closed.
func (s *Server) Start() error {
	if err := s.prepare(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return errors.New("demo: start: server closed")
	}
	if s.ln != nil {
		return errors.New("demo: start: server already started")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("demo: start: %w", err)
	}
	s.ln = ln
	s.srv = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go s.srv.Serve(ln) // returns http.ErrServerClosed once Close is called
	return nil
}

// Addr is the listener's address (127.0.0.1:port), or "" before Start.
func (s *Server) Addr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return ""
	}
	return s.ln.Addr().String()
}

// Close stops the server and closes its open connections. Closing a
// server that was never started, or closing twice, is not an error.
func (s *Server) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	if s.srv == nil {
		return nil
	}
	if err := s.srv.Close(); err != nil {
		return fmt.Errorf("demo: close: %w", err)
	}
	return nil
}

// DialContext connects to the server for any host ending in .demo.test,
// whatever the port, and refuses every other host, so that an HTTP
// transport built on it can reach the demo outlets and nothing else.
func (s *Server) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	if !IsDemoHost(host) {
		return nil, fmt.Errorf("demo dialer: %q is not a demo host", host)
	}
	if !strings.HasPrefix(network, "tcp") {
		return nil, fmt.Errorf("demo dialer: network %q: want tcp", network)
	}
	target := s.Addr()
	if target == "" {
		return nil, errors.New("demo dialer: server not started")
	}
	var d net.Dialer
	return d.DialContext(ctx, "tcp", target)
}

// ServeHTTP serves the outlet named by the request's Host header: its
// homepage, feed, article pages, images and robots.txt. Anything else,
// including an unknown host, is 404. Pages and feeds honour conditional
// and range requests.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := s.prepare(); err != nil {
		http.Error(w, "demo corpus failed to render", http.StatusInternalServerError)
		return
	}
	host := strings.ToLower(r.Host)
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	site := s.sites[strings.TrimSuffix(host, ".")]
	if site == nil {
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	res, ok := site[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", res.ctype)
	w.Header().Set("ETag", res.etag)
	w.Header().Set("Cache-Control", "public, max-age=300")
	http.ServeContent(w, r, "", res.mod, bytes.NewReader(res.body))
}

// prepare renders every response once.
func (s *Server) prepare() error {
	s.render.Do(func() {
		s.sites, s.renderErr = renderSites(s.corpus, s.clock)
	})
	return s.renderErr
}

func newResource(body []byte, ctype string, mod time.Time) resource {
	sum := sha256.Sum256(body)
	return resource{body: body, ctype: ctype, mod: mod, etag: fmt.Sprintf(`"%x"`, sum[:8])}
}

// renderSites renders every outlet's responses, keyed by host and path.
func renderSites(c *Corpus, clock time.Time) (map[string]map[string]resource, error) {
	tpl, err := parseTemplates()
	if err != nil {
		return nil, err
	}
	out := map[string]map[string]resource{}
	for host, st := range c.sites {
		m := map[string]resource{}
		latest := clock
		if len(st.Articles) > 0 {
			latest = st.Articles[0].Published(clock)
		}
		for _, a := range st.Articles {
			body, err := renderPage(tpl, c, st, a, clock)
			if err != nil {
				return nil, fmt.Errorf("demo: render %s: %w", a.File, err)
			}
			m[a.Path] = newResource(body, "text/html; charset=utf-8", a.Published(clock))
		}
		feed, ctype, err := renderFeed(c, st, clock)
		if err != nil {
			return nil, fmt.Errorf("demo: render feed of %s: %w", st.Slug, err)
		}
		m[st.FeedPath] = newResource(feed, ctype, latest)
		home, err := renderHome(tpl, st, clock)
		if err != nil {
			return nil, fmt.Errorf("demo: render homepage of %s: %w", st.Slug, err)
		}
		m["/"] = newResource(home, "text/html; charset=utf-8", latest)
		m["/robots.txt"] = newResource([]byte("User-agent: *\nAllow: /\n"), "text/plain; charset=utf-8", clock)
		for name, f := range c.media {
			m["/media/"+name] = newResource(f.Data, mediaType(name), clock)
		}
		out[host] = m
	}
	return out, nil
}

func mediaType(name string) string {
	if strings.HasSuffix(name, ".png") {
		return "image/png"
	}
	return "image/jpeg"
}
