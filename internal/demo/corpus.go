package demo

import (
	"embed"
	"fmt"
	"io/fs"
	"net"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

//go:embed corpus
var embedded embed.FS

// Rater is who rated the demo outlets' leans. The ratings are the demo
// editors' own and say nothing about any real publisher.
const Rater = "Unbiased Post editors (demo ratings)"

// HostSuffix ends every demo host name.
const HostSuffix = ".demo.test"

// OutletSpec is one invented outlet. Host is <slug>.demo.test; Homepage and
// FeedURL carry no port, since Server.DialContext maps any port of a demo
// host to the server.
type OutletSpec struct {
	Slug, Name, Host, Homepage, FeedURL, Country, Language string
	FeedFormat                                             string // "rss", "atom" or "json", as news.ParsedFeed.Format
	Lean                                                   news.Lean
}

// Outlet returns the outlet as the desk stores it, rated by Rater at
// ratedAt. ID is left zero for the store to assign.
func (o OutletSpec) Outlet(ratedAt time.Time) news.Outlet {
	return news.Outlet{
		Slug:     o.Slug,
		Name:     o.Name,
		Homepage: o.Homepage,
		Country:  o.Country,
		Language: o.Language,
		Rating:   news.Rating{Lean: o.Lean, Rater: Rater, RatedAt: ratedAt},
	}
}

// EventSpec is one invented event and what is special about it.
// Syndicated: two of its reports carry the same wire text word for word.
// BlindSpot: only outlets of one side report it. NoOutlook: none of its
// reports makes a forward-looking statement. LookAlike is the ID of a
// different event that shares a place and a person with this one, or "".
type EventSpec struct {
	ID, Summary                      string
	Syndicated, BlindSpot, NoOutlook bool
	LookAlike                        string
}

// ArticleSpec is one report in the corpus, as the server publishes it.
type ArticleSpec struct {
	Outlet     string        // outlet slug
	Event      string        // event ID
	File       string        // corpus file it was read from, for messages
	Path       string        // page path on the outlet's host
	URL        string        // canonical page URL: http://<host><path>, no query
	FeedLink   string        // the link the feed gives; may carry tracking parameters
	GUID       string        // the feed item's GUID (RSS), id (Atom) or id (JSON Feed)
	Title      string        // headline, as on the page and in the feed
	Author     string        // the reporter, a person
	Wire       string        // the wire service the text came from; "" for an outlet's own report
	Offset     time.Duration // publication time relative to the server's clock; negative
	NoFeedDate bool          // the feed item carries no date; the page still does
	Image      string        // absolute og:image URL on the outlet's host, or ""
	Caption    string        // the image caption, "" when there is no image
	Summary    string        // the feed's short summary
	Paragraphs []string      // the body text, one string per paragraph
}

// Published is the article's publication time for a server whose clock
// reads clock (see Server.Clock).
func (a ArticleSpec) Published(clock time.Time) time.Time { return clock.Add(a.Offset) }

// Text is the body as plain text, paragraphs separated by a blank line.
func (a ArticleSpec) Text() string { return strings.Join(a.Paragraphs, "\n\n") }

// Corpus is the whole demo corpus, as Load returns it.
type Corpus struct {
	Outlets  []OutletSpec
	Events   []EventSpec
	Articles []ArticleSpec

	sites    map[string]*site // by host
	media    map[string]mediaFile
	comments []comment
}

// Load parses the embedded corpus. Its error names the corpus file that is
// malformed. Tests prove that the shipped corpus loads, so the accessors
// below treat a failure as a broken build.
func Load() (*Corpus, error) {
	sub, err := fs.Sub(embedded, "corpus")
	if err != nil {
		return nil, fmt.Errorf("demo: load corpus: %w", err)
	}
	return load(sub)
}

var shipped = sync.OnceValues(Load)

// mustCorpus returns the shipped corpus; it panics only if the embedded
// corpus is broken, which the package's tests rule out.
func mustCorpus() *Corpus {
	c, err := shipped()
	if err != nil {
		panic(err)
	}
	return c
}

// Outlets lists the demo outlets in corpus order.
func Outlets() []OutletSpec { return append([]OutletSpec(nil), mustCorpus().Outlets...) }

// Events lists the demo events in corpus order.
func Events() []EventSpec { return append([]EventSpec(nil), mustCorpus().Events...) }

// Articles lists every report in the corpus, grouped by event in Events
// order, each event's earliest report first.
func Articles() []ArticleSpec {
	src := mustCorpus().Articles
	out := make([]ArticleSpec, len(src))
	for i, a := range src {
		a.Paragraphs = append([]string(nil), a.Paragraphs...)
		out[i] = a
	}
	return out
}

// ArticleOf returns the report published at pageURL, matched as EventOf
// matches it.
func ArticleOf(pageURL string) (ArticleSpec, bool) {
	key, ok := pageKey(pageURL)
	if !ok {
		return ArticleSpec{}, false
	}
	for _, a := range mustCorpus().Articles {
		if a.URL == key {
			a.Paragraphs = append([]string(nil), a.Paragraphs...)
			return a, true
		}
	}
	return ArticleSpec{}, false
}

// EventOf maps a report's page URL to the ID of the event it reports. The
// canonical URL is the expected input; a query, a fragment, a port or an
// upper-case host are ignored, so a feed link with tracking parameters
// maps too. It reports false for any URL that is not a demo article.
func EventOf(pageURL string) (eventID string, ok bool) {
	a, ok := ArticleOf(pageURL)
	return a.Event, ok
}

// pageKey reduces a page URL to the canonical form http://<host><path>.
func pageKey(pageURL string) (string, bool) {
	u, err := url.Parse(pageURL)
	if err != nil || u.Host == "" {
		return "", false
	}
	host := strings.ToLower(u.Hostname())
	if !IsDemoHost(host) {
		return "", false
	}
	return "http://" + host + u.EscapedPath(), true
}

// IsDemoHost reports whether host (with or without a port) is a demo host
// name: one ending in .demo.test. Only such hosts pass the demo dialer.
func IsDemoHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	return len(host) > len(HostSuffix) && strings.HasSuffix(host, HostSuffix)
}
