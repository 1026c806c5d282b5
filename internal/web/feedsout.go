package web

import (
	"bytes"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// feedSize is how many of the latest stories each feed carries.
const feedSize = 50

// feedMaxAge is how long, in seconds, a reader or a shared cache may keep
// a feed without asking again. Feed readers poll; five minutes keeps them
// close to the desk without each poll rebuilding the feed.
const feedMaxAge = 300

// Paths of the feeds, which the layout also advertises.
const (
	atomPath = "/feed.atom"
	rssPath  = "/feed.rss"
	jsonPath = "/feed.json"
)

// feedDescription says what the feeds hold, for the formats that carry a
// description.
const feedDescription = "Neutral one-page briefs of the news, each written from reports across the political spectrum, with every sentence sourced."

// storyURNPrefix begins every entry's id. The id depends on the story ID
// alone, so that a reader never shows a story twice when its headline is
// rewritten or the site moves to another address.
const storyURNPrefix = "urn:unbiased-post:story:"

// outFeed is one feed in no particular format: what the Atom, RSS and JSON
// Feed encoders share. Every URL in it is absolute.
type outFeed struct {
	Title   string
	Home    string // the front page
	Self    string // this feed
	Author  string
	Updated time.Time // newest entry's Updated; zero when there is none
	Now     time.Time // stands in for Updated where a format needs a time
	Entries []outEntry
}

// outEntry is one story in an outFeed.
type outEntry struct {
	ID        string // storyURN of the story ID
	Title     string
	Link      string
	Published time.Time // zero when unknown
	Updated   time.Time
	Lead      string // the lead's first sentence, as news.StorySummary carries it
	Reports   string // "Written from N reports by M outlets"
}

// Summary is the entry's plain-text summary: the lead, then the line
// that says how many reports the story was written from.
func (e outEntry) Summary() string {
	if e.Lead == "" {
		return e.Reports
	}
	return e.Lead + "\n" + e.Reports
}

// feedAtom serves GET /feed.atom: the latest stories as Atom 1.0.
func (s *server) feedAtom(w http.ResponseWriter, r *http.Request) {
	s.serveFeed(w, r, atomPath, "application/atom+xml; charset=utf-8", encodeAtom, s.htmlError)
}

// feedRSS serves GET /feed.rss: the latest stories as RSS 2.0.
func (s *server) feedRSS(w http.ResponseWriter, r *http.Request) {
	s.serveFeed(w, r, rssPath, "application/rss+xml; charset=utf-8", encodeRSS, s.htmlError)
}

// feedJSON serves GET /feed.json: the latest stories as JSON Feed 1.1.
// Its errors answer in JSON, like the API's.
func (s *server) feedJSON(w http.ResponseWriter, r *http.Request) {
	s.serveFeed(w, r, jsonPath, "application/feed+json; charset=utf-8", encodeJSONFeed, s.jsonError)
}

// serveFeed builds the feed at path, encodes it and writes it with an
// ETag (a hash of the body) and a Last-Modified (the newest story's
// update), so that a poll with If-None-Match or If-Modified-Since costs
// a 304 and no body. With ?q=, ?outlet= or ?blindspot= the feed holds
// the stories of a search, an outlet or a side (see feedScopeOf). A bad
// scope, a store failure or an unusable Host goes to
// fail.
func (s *server) serveFeed(w http.ResponseWriter, r *http.Request, path, contentType string,
	encode func(outFeed) ([]byte, error), fail func(http.ResponseWriter, *http.Request, error)) {
	sc, err := feedScopeOf(r)
	if err != nil {
		fail(w, r, err)
		return
	}
	// A feed is kept, as the front page is, per site version and per
	// base address (which, without a base URL, is the request's host).
	// So is each side's feed of blind spots, which the published pages
	// alone decide. The feed of a search is not: queries are endless in
	// number, and would push the kept pages out. Nor is an outlet's: the
	// desk may stop following the outlet, or rename it, without any
	// published page changing, and the site version would not tell.
	var key, version string
	if sv, ok := s.reader.(SiteVersioner); ok && sc.q == "" && sc.outlet == "" {
		if base, err := s.feedBase(r); err == nil {
			key = "feed " + path + sc.query() + " " + base
			v, served := s.serveKept(w, r, key, func(time.Time) (string, error) { return sv.SiteVersion(r.Context()) })
			if served {
				return
			}
			version = v
		}
	}
	f, err := s.buildFeed(r, path, sc)
	if err != nil {
		fail(w, r, err)
		return
	}
	body, err := encode(f)
	if err != nil {
		fail(w, r, failure(codeInternal, msgInternal, err))
		return
	}
	// A feed of a search, an outlet or a side changes when a story stops
	// matching, stops citing the outlet or stops being a blind spot, which
	// may leave the newest update as it was: only its ETag can tell, so it
	// has no Last-Modified.
	modified := f.Updated
	if sc != (feedScope{}) {
		modified = time.Time{}
	}
	if version != "" {
		s.cache.put(key, version, body, s.opt.Now(), pageHeaders{contentType: contentType,
			cacheControl: "public, max-age=" + strconv.Itoa(feedMaxAge), modified: modified}).serve(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("ETag", contentETag(body))
	h.Set("Cache-Control", "public, max-age="+strconv.Itoa(feedMaxAge))
	// ServeContent answers HEAD, If-None-Match (before If-Modified-Since,
	// as RFC 9110 asks) and leaves Last-Modified out for a zero time.
	http.ServeContent(w, r, "", modified, bytes.NewReader(body))
}

// buildFeed reads the stories of scope sc, newest first, and turns them
// into the feed served at path.
func (s *server) buildFeed(r *http.Request, path string, sc feedScope) (outFeed, error) {
	base, err := s.feedBase(r)
	if err != nil {
		return outFeed{}, err
	}
	title, home, list, err := s.scopedStories(r.Context(), sc)
	if err != nil {
		return outFeed{}, err
	}
	if len(list) > feedSize {
		list = list[:feedSize]
	}
	f := outFeed{
		Title:   feedText(title),
		Home:    base + home,
		Self:    base + path + sc.query(),
		Author:  feedText(s.opt.Desk),
		Now:     s.opt.Now().UTC().Truncate(time.Second),
		Entries: make([]outEntry, 0, len(list)),
	}
	for _, st := range list {
		e := outEntry{
			ID:        storyURN(st.ID),
			Title:     feedText(st.Headline),
			Link:      base + storyPath(st.ID),
			Published: st.Published.UTC(),
			Updated:   st.Updated.UTC(),
			Lead:      feedText(st.Lead),
			Reports:   "Written from " + news.Count(st.Articles, "report", "reports") + " by " + news.Count(st.Outlets, "outlet", "outlets"),
		}
		// A page is never updated before it is published; if the store
		// says otherwise, the later time is the truer "updated".
		if e.Updated.Before(e.Published) {
			e.Updated = e.Published
		}
		if e.Updated.After(f.Updated) {
			f.Updated = e.Updated
		}
		f.Entries = append(f.Entries, e)
	}
	return f, nil
}

// storyURN is the id of a story's entry in every feed: stable for the
// life of the story ID, whatever its headline or the site's address.
func storyURN(id string) string { return storyURNPrefix + url.PathEscape(id) }

// feedBase returns the absolute base of the feeds' links, without a
// trailing slash. Options.BaseURL wins when it is set and usable.
// Otherwise the base is the scheme this request came in on and its Host
// header: right for a desk that readers reach directly, and wrong behind
// a reverse proxy that changes either, which is why such a deployment
// must set BaseURL. Forwarded headers are not trusted, since any client
// could send them. A Host that is not a plain host and port is a bad
// request.
func (s *server) feedBase(r *http.Request) (string, error) {
	if s.base != "" {
		return s.base, nil
	}
	if !validHost(r.Host) {
		return "", failure(codeBadRequest, "The request's Host header is not a host name, so the feed cannot link to the site.", nil)
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + strings.ToLower(r.Host), nil
}

// validHost reports whether h is a host name or IP address literal, with
// an optional port, and nothing that could change a URL's meaning.
func validHost(h string) bool {
	if h == "" || len(h) > 255 {
		return false
	}
	for _, c := range []byte(h) {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case strings.IndexByte("-._:[]", c) >= 0:
		default:
			return false
		}
	}
	u, err := url.Parse("http://" + h)
	return err == nil && u.Host == h && u.Hostname() != ""
}

// feedText returns text as one line that every feed format can carry
// unchanged: runs of white space, line breaks included, become single
// spaces; invalid UTF-8 becomes U+FFFD; and control characters, which
// XML 1.0 cannot hold, are dropped. So the Atom, RSS and JSON feeds carry
// the same words.
func feedText(text string) string {
	text = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case r < 0x20 || r == 0x7f || r == 0xfffe || r == 0xffff:
			return -1
		}
		return r
	}, strings.ToValidUTF8(text, "\uFFFD"))
	return strings.Join(strings.Fields(text), " ")
}
