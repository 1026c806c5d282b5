package web

import (
	"context"
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// Reader is what the web needs from the store; it only reads.
type Reader interface {
	// ListStories returns published stories, newest first.
	ListStories(ctx context.Context, limit, offset int) ([]news.StorySummary, error)
	// SearchStories returns published stories that match every word of
	// query, best match first; a query without words matches none.
	SearchStories(ctx context.Context, query string, limit, offset int) ([]news.StorySummary, error)
	// Page returns a story's page, or news.ErrNotFound when absent.
	Page(ctx context.Context, id string) (news.Page, error)
	// StoryMovedTo returns the published story that a story merged away
	// now leads to, or news.ErrNotFound when there is none.
	StoryMovedTo(ctx context.Context, id string) (string, error)
	// Image returns a stored image, or news.ErrNotFound when absent.
	Image(ctx context.Context, key string) (contentType string, data []byte, err error)
}

// Options configure the site. The zero value is usable: every field has
// a default.
type Options struct {
	SiteName   string         // default "The Unbiased Post"
	Desk       string         // default "The Unbiased Post desk"
	Location   *time.Location // time zone of shown dates; default UTC
	DateFormat string         // Go layout for the date line; default "Monday 02/01/2006"
	// BaseURL is the absolute base ("https://example.org") for links that
	// leave the site: canonical and og tags, story links in the JSON API,
	// and the feeds. Empty keeps page links relative, and the feeds build
	// their links from the request's Host and scheme: set it behind a
	// proxy.
	BaseURL string
	// Ready reports whether the desk can serve readers; a nil error means
	// ready. Nil Ready means always ready. Used by /readyz.
	Ready  func(ctx context.Context) error
	Logger *slog.Logger // default slog.Default()
	Now    func() time.Time

	// Admin, when set, mounts the admin pages under /admin. Nil leaves
	// them out: /admin then answers 404 like any unknown address.
	Admin Admin
	// AdminToken, when set, also admits requests the admin pages would
	// otherwise refuse: those with "Authorization: Bearer <token>", and
	// browsers signed in with it at /admin/login. Use a long random
	// string. See Admin for the rules.
	AdminToken string
	// AdminLocal says that this handler serves a listener only this
	// machine can reach, a loopback port or a Unix socket, never put
	// behind a proxy: its admin pages admit requests that come straight
	// from this machine without the token. Leave it false on the
	// listener that readers reach.
	AdminLocal bool
	// Jobs, when set with Admin, lists the desk's failed and waiting
	// jobs on the admin overview.
	Jobs JobLister
	// Metrics, when set with Admin, serves the desk's figures for
	// Prometheus at /admin/metrics, to whom the admin pages admit (a
	// scraper sends the token as a Bearer header).
	Metrics http.Handler
	// RatingMethod is how the desk's own editors rate outlets' leans, in
	// paragraphs separated by blank lines, shown on the About page.
	RatingMethod string

	// Static renders pages for a static copy of the site (see Export):
	// no search form, since no server answers it, and the earlier front
	// pages at /page/N/ rather than /?page=N, since a file cannot be
	// chosen by a query string.
	Static bool
	// ExportProgress, when set, is called by Export after each file it
	// reads for the copy, with the files read so far and the files it
	// reads in all, so that a long export can show how far it has come.
	// The site itself never calls it.
	ExportProgress func(done, total int)
}

// Defaults used when an Options field is empty.
const (
	DefaultSiteName   = "The Unbiased Post"
	DefaultDesk       = "The Unbiased Post desk"
	DefaultDateFormat = "Monday 02/01/2006"
)

// Formats of the shorter times on a page: the "Updated" stamp and the
// time of each source.
const (
	stampFormat = "15:04, 02/01/2006"
	dayFormat   = "02/01/2006"
)

// server holds what every handler shares. It is built once by New and
// read concurrently afterwards.
type server struct {
	reader Reader
	opt    Options
	base   string // BaseURL without a trailing slash; "" when unset or unusable
	log    *slog.Logger
	pages  map[string]*template.Template
	assets assets
	admin  *adminState // nil when Options.Admin is
	cache  pageCache   // rendered story pages, when reader is a Versioner
	// outlets is the reader as an OutletReader, nil when it is not one:
	// the site then has no outlet pages.
	outlets OutletReader
	// history is the reader as a HistoryReader, nil when it is not one:
	// the API then lists no versions, and story pages say nothing of
	// what changed.
	history HistoryReader
	// reports is the reader as a ReportSearcher, nil when it is not one:
	// the site then searches its stories alone.
	reports ReportSearcher
	// grouping is the reader as a GroupingReader, nil when it is not
	// one: the API then explains no story's grouping.
	grouping GroupingReader
	// explaining holds a token while a story's grouping is explained
	// (see explain).
	explaining chan struct{}
}

// New returns the site's handler. It panics only if the embedded
// templates are broken, which the package's tests rule out.
func New(r Reader, o Options) http.Handler {
	s := &server{reader: r, opt: withDefaults(o)}
	s.outlets, _ = r.(OutletReader)
	s.history, _ = r.(HistoryReader)
	s.reports, _ = r.(ReportSearcher)
	s.grouping, _ = r.(GroupingReader)
	s.explaining = make(chan struct{}, 1)
	s.log = s.opt.Logger
	s.base = cleanBase(s.opt.BaseURL)
	if s.base == "" && s.opt.BaseURL != "" {
		s.log.Warn("web: base URL ignored: want an absolute http or https URL", "base_url", s.opt.BaseURL)
	}
	s.assets = siteAssets()
	s.pages = parsePages()
	s.admin = s.newAdmin()
	return s.routes()
}

func withDefaults(o Options) Options {
	if strings.TrimSpace(o.SiteName) == "" {
		o.SiteName = DefaultSiteName
	}
	if strings.TrimSpace(o.Desk) == "" {
		o.Desk = DefaultDesk
	}
	if o.Location == nil {
		o.Location = time.UTC
	}
	if o.DateFormat == "" {
		o.DateFormat = DefaultDateFormat
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// cleanBase returns base without its trailing slash, or "" unless it is
// an absolute http or https URL without query or fragment.
func cleanBase(base string) string {
	base = strings.TrimSpace(base)
	if base == "" {
		return ""
	}
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
		u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return ""
	}
	return strings.TrimRight(u.String(), "/")
}

// abs returns the absolute form of a site path when a base URL is set,
// and the path itself otherwise.
func (s *server) abs(path string) string {
	if s.base == "" {
		return path
	}
	return s.base + path
}
