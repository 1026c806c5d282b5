package web

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"net/http"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// Admin is what the admin pages need from the desk: the feeds and
// outlets to show, and the actions on one feed; the stories with their
// reports, why each story's reports were grouped, and the editors'
// decisions on how reports are grouped into stories, and a way to make
// one. HoldFeed and RemoveFeed return news.ErrNotFound when no feed has
// the URL.
//
// Who may reach the admin pages at all is decided here, not by the
// store:
//
//   - On a handler made with Options.AdminLocal, which serves a
//     listener of its own that only this machine reaches (a loopback
//     port or a Unix socket), a request from a loopback address or the
//     socket is admitted when it names this machine in its Host header
//     and carries no Forwarded, X-Forwarded-* or X-Real-IP header. A
//     Host such as evil.example that an attacker's DNS points at
//     127.0.0.1 (DNS rebinding) would make the admin pages same-origin
//     with the attacker's site. On the reader's listener a loopback
//     address admits nothing: a reverse proxy on this machine makes
//     every request come from loopback, and the simplest proxy
//     configuration passes neither a proxy header nor the outside Host.
//   - When Options.AdminToken is set, a request with
//     "Authorization: Bearer <token>" is admitted from anywhere, and so is
//     a browser that signed in with the token at /admin/login, which
//     sets a signed session cookie (HttpOnly, SameSite=Strict,
//     Path=/admin, Secure over TLS) for sessionLife.
//
// Everyone else gets exactly what an unknown address gets: the site's
// 404 page for GET and HEAD, its 405 for other methods. A 403 would tell
// a scanner that something lives here; a 404 tells it nothing. Only the
// sign-in form is shown to all once a token is set, because a browser
// elsewhere must reach it to sign in. Wrong tokens are throttled per
// peer address: after a burst of failures, further attempts from that
// address get 429 until the allowance refills (see guessLimit).
//
// Every admin POST is checked twice: by http.CrossOriginProtection
// (Sec-Fetch-Site, else Origin against Host) and by a CSRF token that is
// an HMAC, under a key made in New, of a random id in an HttpOnly
// cookie. A request that carries the admin token as a Bearer header needs
// no CSRF token, since no browser attaches that header on its own.
type Admin interface {
	Feeds(ctx context.Context) ([]news.Feed, error)
	Outlets(ctx context.Context) ([]news.Outlet, error)
	// UnpublishedStories returns up to limit stories that have no page,
	// newest first, each with why.
	UnpublishedStories(ctx context.Context, limit int) ([]news.StoryStatus, error)
	HoldFeed(ctx context.Context, url string, hold bool) error
	RemoveFeed(ctx context.Context, url string) error

	// StoryStatuses returns up to limit stories from offset, the one
	// with the newest report first: all of them, or with unpublished
	// only those that have no page.
	StoryStatuses(ctx context.Context, unpublished bool, limit, offset int) ([]news.StoryStatus, error)
	// StoryStatus returns one story, or news.ErrNotFound.
	StoryStatus(ctx context.Context, id string) (news.StoryStatus, error)
	// StoryReports returns a story's reports, none when there is no such
	// story.
	StoryReports(ctx context.Context, id string) ([]news.StoryReport, error)
	// Decisions returns the editors' decisions, oldest first.
	Decisions(ctx context.Context) ([]news.Decision, error)
	// GroupingReader explains why a story's reports are one story, for
	// the story's page.
	GroupingReader
	// Decide records a decision that the admin pages have checked
	// against the grouping rules (news.MergeDecision, SplitDecision) and
	// rebuilds the stories so that it shows at once.
	Decide(ctx context.Context, d news.Decision) (Decided, error)
}

// Decided is what came of a decision. ID is set once the decision is
// recorded, even when Decide fails afterwards.
type Decided struct {
	ID int64
	// Pending is set when another rebuild was under way, so that this
	// one did not run: the decision is recorded, and shows after the
	// desk's next rebuild. The fields below are then empty.
	Pending bool
	// Story is the story that holds the decision's Articles after the
	// rebuild, with Reports reports in all; Rest, for a split, is the
	// one that holds its Others, with RestReports.
	Story       string
	Reports     int
	Rest        string
	RestReports int
}

// adminState is what the admin pages share. It is built once in New and
// only read afterwards.
type adminState struct {
	store Admin
	// tokenSum is the SHA-256 of Options.AdminToken, nil when none is
	// set. Comparing sums keeps the comparison constant-time whatever
	// the length of the guess.
	tokenSum []byte
	// key signs session cookies and CSRF tokens. It is made afresh by
	// each process, so a restart signs everyone out and voids old forms.
	key     []byte
	origins *http.CrossOriginProtection
	css     string
	guesses *guessLimit // wrong tokens per peer address
}

// Causes of refused admin requests, for the log.
var (
	errCrossOrigin = errors.New("cross-origin request")
	errCSRF        = errors.New("missing or invalid CSRF token")
)

// minTokenLen is the shortest admin token New accepts without a warning.
const minTokenLen = 24

// newAdmin returns the admin pages' state, or nil when Options.Admin is
// nil and the pages are left out.
func (s *server) newAdmin() *adminState {
	if s.opt.Admin == nil {
		return nil
	}
	a := &adminState{
		store:   s.opt.Admin,
		key:     make([]byte, 32),
		origins: http.NewCrossOriginProtection(),
		guesses: newGuessLimit(s.opt.Now),
		css:     "/static/admin.css?v=" + s.assets.version["admin.css"],
	}
	for name, t := range parseAdminPages() {
		s.pages[name] = t
	}
	rand.Read(a.key)
	if strings.TrimSpace(s.opt.AdminToken) != "" {
		sum := sha256.Sum256([]byte(s.opt.AdminToken))
		a.tokenSum = sum[:]
		if len(s.opt.AdminToken) < minTokenLen {
			s.log.Warn("web: admin token is short; use a long random string", "min_length", minTokenLen)
		}
	}
	a.origins.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.htmlError(w, r, failure(codeForbidden,
			"This form was sent from another site, so it was refused. Open the admin page on this site and send it from there.",
			errCrossOrigin))
	}))
	return a
}

// tokenMatches reports, in constant time, whether given is the admin
// token. It is always false when no token is set.
func (a *adminState) tokenMatches(given string) bool {
	if a.tokenSum == nil || given == "" {
		return false
	}
	sum := sha256.Sum256([]byte(given))
	return subtle.ConstantTimeCompare(sum[:], a.tokenSum) == 1
}

// sign returns the HMAC of data under the process's key, for the given
// purpose, so that a session signature can never pass as a CSRF token.
func (a *adminState) sign(purpose, data string) string {
	m := hmac.New(sha256.New, a.key)
	m.Write([]byte(purpose))
	m.Write([]byte{0})
	m.Write([]byte(data))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// verify reports, in constant time, whether sig is sign(purpose, data).
func (a *adminState) verify(purpose, data, sig string) bool {
	return hmac.Equal([]byte(sig), []byte(a.sign(purpose, data)))
}

// idBytes is the size of the random ids in admin cookies.
const idBytes = 16

// randomID returns a new random id for a cookie.
func randomID() string {
	b := make([]byte, idBytes)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// validID reports whether id has the shape randomID gives, so that a
// forged cookie of any other shape is dropped before it is used.
func validID(id string) bool {
	b, err := base64.RawURLEncoding.DecodeString(id)
	return err == nil && len(b) == idBytes
}
