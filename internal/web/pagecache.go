package web

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Versioner is what a Reader may also offer so that rendered story pages
// can be kept: a cheap token that changes whenever a story's published
// page does (news.ErrNotFound when it has none). Without it every
// request renders the page afresh.
type Versioner interface {
	PageVersion(ctx context.Context, id string) (string, error)
}

// SiteVersioner is what a Reader may also offer so that the front page,
// the feeds and the API's list can be kept: a cheap token that changes
// whenever any published page does.
type SiteVersioner interface {
	SiteVersion(ctx context.Context) (string, error)
}

// pageCache keeps rendered pages by key (storyKey, frontKey, a feed's or
// the API list's), each with the version it was rendered from, its ETag
// and its gzip form, so that a page read again is one version check and
// a copy, not a decode and a render. It holds at most maxCachedPages;
// past that, a new page replaces an arbitrary one.
type pageCache struct {
	mu    sync.Mutex
	pages map[string]*cachedPage
}

const maxCachedPages = 2000

// frontKey is the front page's key among the kept pages.
const frontKey = "front page"

// storyKey is a story page's key among the kept pages: a kind word before
// the ID, so that no ID from a request's path can name another kind of
// page ("/stories/front%20page").
func storyKey(id string) string { return "story " + id }

type cachedPage struct {
	checked time.Time // when its version was last found current
	headers pageHeaders
	version string
	etag    string
	body    []byte
	gz      []byte
}

// recheckAfter is how long a kept page is served without asking whether
// its story changed: under load, one version check a second per story,
// not one a request; a change shows at most this much later.
const recheckAfter = time.Second

// fresh returns the kept page of a story when its version was found
// current less than recheckAfter before now.
func (c *pageCache) fresh(id string, now time.Time) *cachedPage {
	c.mu.Lock()
	defer c.mu.Unlock()
	if p := c.pages[id]; p != nil && now.Sub(p.checked) < recheckAfter && !now.Before(p.checked) {
		return p
	}
	return nil
}

// get returns the kept page of a story when it was rendered from version,
// noting that the version was current at now.
func (c *pageCache) get(id, version string, now time.Time) *cachedPage {
	c.mu.Lock()
	defer c.mu.Unlock()
	if p := c.pages[id]; p != nil && p.version == version {
		p.checked = now
		return p
	}
	return nil
}

// pageHeaders are what a kept page is served with: its type, how long
// a reader's cache may keep it, and when it last changed (the zero time
// for unknown).
type pageHeaders struct {
	contentType, cacheControl string
	modified                  time.Time
}

// htmlPage is how the site's pages are served.
var htmlPage = pageHeaders{contentType: "text/html; charset=utf-8", cacheControl: "public, max-age=60"}

// keep returns body ready to be served again and again: with its ETag
// and, when compressing it saves bytes, its gzip form. Both are made once
// here, at the best compression, since the page is sent many times.
func keep(body []byte, headers pageHeaders) *cachedPage {
	p := &cachedPage{headers: headers, etag: contentETag(body), body: body}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(body)
	if zw.Close() == nil && buf.Len() < len(body) {
		p.gz = buf.Bytes()
	}
	return p
}

// contentETag is a strong ETag drawn from the bytes of body.
func contentETag(body []byte) string {
	sum := sha256.Sum256(body)
	return `"` + hex.EncodeToString(sum[:16]) + `"`
}

func (c *pageCache) put(id, version string, body []byte, now time.Time, headers pageHeaders) *cachedPage {
	p := keep(body, headers)
	p.checked, p.version = now, version
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.pages == nil {
		c.pages = map[string]*cachedPage{}
	}
	if _, ok := c.pages[id]; !ok && len(c.pages) >= maxCachedPages {
		for k := range c.pages {
			delete(c.pages, k)
			break
		}
	}
	c.pages[id] = p
	return p
}

// serve writes a kept page: 304 when the reader's copy is current, the
// gzip form to a reader that accepts it, the page itself otherwise.
func (p *cachedPage) serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", p.headers.contentType)
	h.Set("Cache-Control", p.headers.cacheControl)
	h.Set("ETag", p.etag)
	h.Add("Vary", "Accept-Encoding")
	body := p.body
	if p.gz != nil && acceptsGzip(r) {
		h.Set("Content-Encoding", "gzip")
		body = p.gz
	}
	// ServeContent answers HEAD, If-None-Match (before If-Modified-Since,
	// as RFC 9110 asks) and ranges, and leaves Last-Modified out for a
	// zero time, as serveBody's pages do.
	http.ServeContent(w, r, "", p.headers.modified, bytes.NewReader(body))
}

// acceptsGzip reports whether the request's Accept-Encoding takes gzip
// (and does not refuse it with q=0).
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(name), "gzip") {
			q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}

// serveKept serves the page kept under key when it is current: found so
// less than recheckAfter ago, or of the version that version gives now.
// It reports whether it served one and, when not, the version a page
// rendered now is to be kept under ("" when version fails: then the page
// is not kept).
func (s *server) serveKept(w http.ResponseWriter, r *http.Request, key string, version func(now time.Time) (string, error)) (string, bool) {
	now := s.opt.Now()
	if kept := s.cache.fresh(key, now); kept != nil {
		kept.serve(w, r)
		return "", true
	}
	v, err := version(now)
	if err != nil {
		return "", false
	}
	if kept := s.cache.get(key, v, now); kept != nil {
		kept.serve(w, r)
		return "", true
	}
	return v, false
}

// serveKeptStory is serveKept for a page drawn from story id's page
// alone, kept under key: with a Reader that is a Versioner it serves the
// kept page when it is current, else it reports the version a page made
// now is to be kept under; with any other Reader nothing is kept.
func (s *server) serveKeptStory(w http.ResponseWriter, r *http.Request, key, id string) (string, bool) {
	vr, ok := s.reader.(Versioner)
	if !ok {
		return "", false
	}
	return s.serveKept(w, r, key, func(time.Time) (string, error) { return vr.PageVersion(r.Context(), id) })
}

// renderKept renders the page name and serves it with Last-Modified at
// modified (none for the zero time), keeping it under key and version
// when there is a version.
func (s *server) renderKept(w http.ResponseWriter, r *http.Request, name string, l layout, key, version string, modified time.Time) {
	body, err := s.execute(name, l)
	if err != nil {
		s.htmlError(w, r, err)
		return
	}
	headers := htmlPage
	headers.modified = modified
	s.serveMade(w, r, key, version, body, headers)
}

// serveMade serves body, just made, with headers, keeping it under key
// and version when there is a version, so that the next request for it
// is answered (304 included) before anything is made again.
func (s *server) serveMade(w http.ResponseWriter, r *http.Request, key, version string, body []byte, headers pageHeaders) {
	if version != "" {
		s.cache.put(key, version, body, s.opt.Now(), headers).serve(w, r)
		return
	}
	w.Header().Set("Cache-Control", headers.cacheControl)
	serveBody(w, r, headers.contentType, body, headers.modified)
}
