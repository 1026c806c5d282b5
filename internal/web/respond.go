package web

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"
)

// layout is what the shared page frame needs; Main is the page's own view.
type layout struct {
	Site        string
	Mark        string
	Lang        string
	Title       string // the page's own title; the site name is added
	Description string
	Canonical   string // absolute URL, only when a base URL is set
	OGType      string
	OGImage     string
	CSS         string
	ExtraCSS    string // a second stylesheet, for pages that need more
	Icon        string
	Current     string // "front", "blindspots", "outlets", "about" or "search": marks the site link in use
	Robots      string // the robots meta tag's content, when not the default
	// NoSearch leaves the site's search form out of the header: the
	// search page has its own, and the admin pages are not for readers.
	NoSearch bool
	// NoFeeds leaves the feed links out: a static copy made without a
	// base URL has no feeds to link to.
	NoFeeds bool
	// Feeds are the page's own feeds, such as a search's, which the head
	// offers to feed readers before the site's.
	Feeds []feedLink
	// NoOutlets leaves the Outlets page out of the site links: the site
	// has none when its reader is no OutletReader.
	NoOutlets bool
	Year      int
	Main      any
	// StructuredData, when set, is written into the head as JSON-LD
	// (schema.org) for search engines and readers' tools.
	StructuredData any
}

// FullTitle is the document title: the page's title and the site name.
func (l layout) FullTitle() string {
	if l.Title == "" {
		return l.Site
	}
	return l.Title + " — " + l.Site
}

// render writes a 200 page. The body is rendered whole before anything is
// sent, so a template failure still yields a clean 500, and the ETag lets
// a reader's cache revalidate cheaply.
func (s *server) render(w http.ResponseWriter, r *http.Request, name string, l layout) {
	body, err := s.execute(name, l)
	if err != nil {
		s.htmlError(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	serveBody(w, r, "text/html; charset=utf-8", body, time.Time{})
}

// renderStatus writes a page with a status other than 200, such as the
// error page.
func (s *server) renderStatus(w http.ResponseWriter, r *http.Request, status int, name string, l layout) {
	body, err := s.execute(name, l)
	if err != nil {
		s.log.Error("web: render error page", "page", name, "err", err)
		http.Error(w, http.StatusText(status), status)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

func (s *server) execute(name string, l layout) ([]byte, error) {
	l.NoSearch = l.NoSearch || s.opt.Static
	l.NoFeeds = s.opt.Static && cleanBase(s.opt.BaseURL) == ""
	l.NoOutlets = s.outlets == nil
	l.Site = s.opt.SiteName
	l.Mark = mark(s.opt.SiteName)
	if l.Lang == "" {
		l.Lang = "en"
	}
	if l.OGType == "" {
		l.OGType = "website"
	}
	l.CSS = s.assets.cssURL
	l.Icon = s.assets.iconURL
	l.Year = s.opt.Now().In(s.opt.Location).Year()
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, "layout", l); err != nil {
		return nil, failure(codeInternal, msgInternal, err)
	}
	return buf.Bytes(), nil
}

// writeJSON writes v as JSON with the given status.
func (s *server) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		s.log.Error("web: encode json", "path", r.URL.Path, "err", err)
		status = http.StatusInternalServerError
		body = []byte(`{"error":{"code":"internal","message":"could not encode the response"}}`)
	}
	body = append(body, '\n')
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// serveBody writes a 200 body with a content-derived ETag and, unless
// modified is the zero time, a Last-Modified, answering conditional and
// HEAD requests.
func serveBody(w http.ResponseWriter, r *http.Request, contentType string, body []byte, modified time.Time) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("ETag", contentETag(body))
	http.ServeContent(w, r, "", modified, bytes.NewReader(body))
}
