package web

import (
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// How wrong admin tokens are throttled: each peer address may make
// guessBurst wrong guesses at once, and earns one more every guessEvery.
// At that pace a 24-character token outlasts any attacker; the burst
// leaves room for an operator's typing mistakes.
const (
	guessBurst = 10
	guessEvery = 6 * time.Second
	// guessPeers caps the addresses remembered. When it is reached,
	// the addresses whose allowance has refilled are forgotten (at most
	// once per guessEvery), and while none has, new addresses share one
	// allowance.
	guessPeers = 4096
	// crowd is the key under which those new addresses are counted.
	crowd = "(others)"
)

// guessLimit counts wrong admin tokens per peer address. Behind a
// reverse proxy every request has the proxy's address, so the limit then
// holds for everyone together, which still bounds the guessing.
type guessLimit struct {
	now   func() time.Time
	mu    sync.Mutex
	peers map[string]allowance
	swept time.Time // when forgetRefilled last ran
}

// allowance is what a peer may still guess: left guesses at time at.
type allowance struct {
	left float64
	at   time.Time
}

func newGuessLimit(now func() time.Time) *guessLimit {
	return &guessLimit{now: now, peers: make(map[string]allowance)}
}

// current returns peer's allowance as of now, refilled for the time
// since it was last touched. The caller holds mu.
func (g *guessLimit) current(peer string, now time.Time) allowance {
	a, ok := g.peers[peer]
	if !ok {
		return allowance{left: guessBurst, at: now}
	}
	if d := now.Sub(a.at); d > 0 {
		a.left = min(guessBurst, a.left+float64(d)/float64(guessEvery))
	}
	a.at = now
	return a
}

// wait returns how long peer must wait before its next guess, zero when
// it may guess now.
func (g *guessLimit) wait(peer string) time.Duration {
	g.mu.Lock()
	defer g.mu.Unlock()
	now := g.now()
	if _, known := g.peers[peer]; !known && len(g.peers) >= guessPeers {
		peer = crowd
	}
	a := g.current(peer, now)
	if a.left >= 1 {
		return 0
	}
	return time.Duration((1 - a.left) * float64(guessEvery))
}

// fail records a wrong guess by peer.
func (g *guessLimit) fail(peer string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	now := g.now()
	if _, known := g.peers[peer]; !known && len(g.peers) >= guessPeers {
		if now.Sub(g.swept) >= guessEvery {
			g.forgetRefilled(now)
		}
		if len(g.peers) >= guessPeers {
			peer = crowd
		}
	}
	a := g.current(peer, now)
	a.left = max(0, a.left-1)
	g.peers[peer] = a
}

// forgetRefilled drops the peers whose allowance is whole again. The
// caller holds mu.
func (g *guessLimit) forgetRefilled(now time.Time) {
	g.swept = now
	for p := range g.peers {
		if g.current(p, now).left >= guessBurst {
			delete(g.peers, p)
		}
	}
}

// peerOf is the address a request's guesses are counted against: the
// peer's IP without its port, or the whole remote address when it has
// no port (a Unix socket).
func peerOf(r *http.Request) string {
	if host, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		return host
	}
	return r.RemoteAddr
}

// guessing reports whether r offers the admin token: a Bearer header, or
// the sign-in form's token field.
func guessing(r *http.Request) bool {
	if scheme, _, ok := strings.Cut(r.Header.Get("Authorization"), " "); ok && strings.EqualFold(scheme, "Bearer") {
		return true
	}
	return r.Method == http.MethodPost && r.URL.Path == "/admin/login"
}

// throttled answers 429 and reports true when r offers a token while its
// peer has no guesses left.
func (s *server) throttled(w http.ResponseWriter, r *http.Request) bool {
	if s.admin.tokenSum == nil || !guessing(r) {
		return false
	}
	wait := s.admin.guesses.wait(peerOf(r))
	if wait <= 0 {
		return false
	}
	secs := int((wait + time.Second - 1) / time.Second)
	s.log.Warn("web: admin token guesses throttled", "remote", r.RemoteAddr, "retry_after_s", secs)
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	adminHeaders(w)
	s.htmlError(w, r, failure(codeTooMany,
		"Too many wrong admin tokens came from your address. Wait "+strconv.Itoa(secs)+" seconds and try again.", nil))
	return true
}
