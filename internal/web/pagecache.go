package web

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"math/bits"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/zstd"
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
// and its compressed forms, so that a page read again is one version check and
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
	// forms holds the page in each content coding we offer, indexed by
	// coding; a coding whose form would not be smaller than body has
	// none, so that the cache never holds bytes that save nothing.
	forms [numCodings][]byte
}

// coding is a content coding a kept page may be sent in. They are
// numbered in the order we prefer them when a reader takes several
// equally: Brotli and zstd make smaller pages than gzip, and Brotli the
// smallest of the three.
type coding int

const (
	codingBrotli coding = iota
	codingZstd
	codingGzip
	numCodings
)

// codingNames are the codings' names in Accept-Encoding and
// Content-Encoding.
var codingNames = [numCodings]string{"br", "zstd", "gzip"}

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
// and its form in each coding that saves bytes. The forms are made once
// here, near the best compression each coding has, since the page is
// sent many times and made again only when it changes.
func keep(body []byte, headers pageHeaders) *cachedPage {
	p := &cachedPage{headers: headers, etag: contentETag(body), body: body}
	for c, compress := range [numCodings]func([]byte) []byte{brotlied, zstded, gzipped} {
		if form := compress(body); form != nil && len(form) < len(body) {
			// A copy of just its length: the encoder's buffer grew by
			// doubling, and the cache would hold its spare room for as
			// long as it holds the page.
			p.forms[c] = bytes.Clone(form)
		}
	}
	return p
}

// gzipped is body at gzip's best compression, or nil when that fails.
func gzipped(body []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(body)
	if zw.Close() != nil {
		return nil
	}
	return buf.Bytes()
}

// brotliQuality is the Brotli quality pages are kept at. The top quality,
// 11, makes a story page only two or three percent smaller than 10 does
// but takes three to five times as long (tens of milliseconds a page,
// paid by the reader whose request renders it), so 10 it is.
const brotliQuality = 10

// brotlied is body in Brotli, or nil when that fails. Its window is the
// smallest that holds all of body, so that a small page does not cost
// the encoder, or the reader's decoder, a window of megabytes.
func brotlied(body []byte) []byte {
	var buf bytes.Buffer
	window := min(max(bits.Len(uint(len(body))), 10), 24)
	bw := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: brotliQuality, LGWin: window})
	bw.Write(body)
	if bw.Close() != nil {
		return nil
	}
	return buf.Bytes()
}

// zstdEncoder makes every zstd form. One encoder serves all goroutines
// (EncodeAll may be called concurrently); it holds a single set of
// tables, so pages rendered at once take turns compressing, each in
// about a millisecond, rather than each holding tables of their own.
var zstdEncoder = sync.OnceValue(func() *zstd.Encoder {
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		panic(err) // only for invalid options, which these are not
	}
	return enc
})

// zstded is body in zstd. EncodeAll writes one frame that gives body's
// size, so a reader's decoder needs a window no larger than the page.
func zstded(body []byte) []byte {
	return zstdEncoder().EncodeAll(body, nil)
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
// form in the coding its Accept-Encoding prefers among those kept, the
// page itself otherwise. Every form has the page's one ETag: a reader
// that has the page in any coding holds the same page, so its
// If-None-Match gets a 304 whichever coding it asks for this time.
func (p *cachedPage) serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", p.headers.contentType)
	h.Set("Cache-Control", p.headers.cacheControl)
	h.Set("ETag", p.etag)
	h.Add("Vary", "Accept-Encoding")
	body := p.body
	if c, ok := p.negotiate(r.Header.Values("Accept-Encoding")); ok {
		h.Set("Content-Encoding", codingNames[c])
		body = p.forms[c]
	}
	// ServeContent answers HEAD, If-None-Match (before If-Modified-Since,
	// as RFC 9110 asks) and ranges, and leaves Last-Modified out for a
	// zero time, as serveBody's pages do.
	http.ServeContent(w, r, "", p.headers.modified, bytes.NewReader(body))
}

// negotiate chooses the coding p is to be sent in to a reader that sent
// accept as its Accept-Encoding (one string a header line): of the kept
// forms, the one the reader weighs highest, the order of codings
// breaking ties; none, for the page itself, when the reader takes none
// of them or weighs the page uncompressed ("identity") higher. A reader
// that refuses even identity still gets the page itself: it is all
// there is left, and more use to it than a 406.
func (p *cachedPage) negotiate(accept []string) (coding, bool) {
	w := parseAcceptEncoding(accept)
	best := coding(-1)
	for c := range numCodings {
		if p.forms[c] == nil || w.q[c] == 0 {
			continue
		}
		// Against identity a coding wins a tie: it is what the reader
		// asked for and the smaller answer.
		if (best < 0 && w.q[c] >= w.identity) || (best >= 0 && w.q[c] > w.q[best]) {
			best = c
		}
	}
	return best, best >= 0
}

// encodingWeights are the weights an Accept-Encoding gives our codings
// and identity, in thousandths (a qvalue has at most three decimals).
type encodingWeights struct {
	q        [numCodings]int
	identity int
}

// parseAcceptEncoding reads an Accept-Encoding field, given as its
// lines, as RFC 9110 (12.5.3) does: a coding listed has its q (1 when
// none is given; 0 refuses it), "*" gives its q to every coding not
// listed, and "x-gzip" is gzip. Without the field, or with it empty,
// the reader takes only the page itself. Identity is taken unless it is
// refused, by "identity;q=0" or by "*;q=0" without identity listed; when
// taken but not listed it weighs less than any coding taken. An element
// whose q is not a qvalue is ignored, as if it were not there.
func parseAcceptEncoding(lines []string) encodingWeights {
	var w encodingWeights
	var listed [numCodings]bool
	identityListed, star, starQ := false, false, 0
	for _, line := range lines {
		for rest := line; rest != ""; {
			var elem string
			elem, rest, _ = strings.Cut(rest, ",")
			name, params, _ := strings.Cut(elem, ";")
			name = strings.TrimSpace(name)
			if name == "" {
				continue
			}
			q, ok := qvalue(params)
			if !ok {
				continue
			}
			switch {
			case name == "*":
				if !star {
					star, starQ = true, q
				}
			case strings.EqualFold(name, "identity"):
				if !identityListed {
					identityListed, w.identity = true, q
				}
			default:
				for c := range numCodings {
					if !listed[c] && (strings.EqualFold(name, codingNames[c]) || (c == codingGzip && strings.EqualFold(name, "x-gzip"))) {
						listed[c], w.q[c] = true, q
					}
				}
			}
		}
	}
	for c := range numCodings {
		if !listed[c] && star {
			w.q[c] = starQ
		}
	}
	if !identityListed && star {
		w.identity = starQ
	}
	return w
}

// qvalue is the weight an element's parameters give it, in thousandths:
// its "q" (named in any case), or 1000 without one. It reports false for
// a q that is not a number from 0 to 1.
func qvalue(params string) (int, bool) {
	for rest := params; rest != ""; {
		var param string
		param, rest, _ = strings.Cut(rest, ";")
		key, value, _ := strings.Cut(param, "=")
		if !strings.EqualFold(strings.TrimSpace(key), "q") {
			continue
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
		if err != nil || !(f >= 0 && f <= 1) {
			return 0, false
		}
		return int(f*1000 + 0.5), true
	}
	return 1000, true
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
