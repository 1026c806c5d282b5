package extract

import (
	"mime"
	"net/url"
	"path"
	"regexp"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/weburl"
	"golang.org/x/net/html"
)

// meta is what the page's markup says about itself.
type meta struct {
	base      *url.URL          // the page URL, or its <base href>
	lang      string            // <html lang>
	title     string            // <title>
	h1        string            // the first <h1>
	figures   []figure          // each <figure>'s image and caption, in page order
	alts      []figure          // each <img>'s src and alt text, in page order
	tags      map[string]string // <meta> and itemprop values by lower-case key; first wins
	canonical string            // <link rel=canonical> href, unresolved
	jsonLD    []string          // bodies of application/ld+json scripts
	paywalled bool              // a paywall prompt with text, or a locked content tier
}

func (m *meta) get(key string) string { return strings.TrimSpace(m.tags[key]) }

// readMeta walks doc once.
func readMeta(doc *html.Node, base *url.URL) *meta {
	m := &meta{base: base, tags: map[string]string{}}
	baseSeen := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "html":
				if m.lang == "" {
					m.lang = firstOf(attr(n, "lang"), attr(n, "xml:lang"))
				}
			case "base":
				if !baseSeen && attr(n, "href") != "" {
					baseSeen = true
					if b, err := url.Parse(weburl.Resolve(base, attr(n, "href"))); err == nil && b.Host != "" {
						m.base = b
					}
				}
			case "title":
				if m.title == "" && n.FirstChild != nil {
					m.title = collapse(n.FirstChild.Data)
				}
			case "h1":
				if m.h1 == "" {
					m.h1 = collapse(textOf(n, 500))
				}
			case "figure":
				if f := readFigure(n, m.base); f.caption != "" {
					m.figures = append(m.figures, f)
				}
			case "img":
				if alt := collapse(attr(n, "alt")); alt != "" && attr(n, "src") != "" {
					m.alts = append(m.alts, figure{src: weburl.Resolve(m.base, attr(n, "src")), caption: alt})
				}
			case "meta":
				for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
					if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
						m.set(key, attr(n, "content"))
					}
				}
			case "link":
				if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					m.canonical = attr(n, "href")
				}
			case "script":
				if mt, _, _ := mime.ParseMediaType(attr(n, "type")); mt == "application/ld+json" && n.FirstChild != nil {
					m.jsonLD = append(m.jsonLD, n.FirstChild.Data)
				}
				return
			case "svg", "style", "template":
				return
			default:
				if ip := strings.ToLower(attr(n, "itemprop")); ip != "" {
					m.set(ip, firstOf(attr(n, "content"), attr(n, "datetime")))
				}
			}
			if !m.paywalled && isPaywall(n) {
				m.paywalled = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if strings.EqualFold(m.get("article:content_tier"), "locked") {
		m.paywalled = true
	}
	return m
}

// figure is a <figure>'s first image, resolved, and its caption without
// the credit.
type figure struct {
	src, caption string
}

// readFigure reads a <figure>: the src of its first <img> and the text
// of its <figcaption>, credit left out.
func readFigure(n *html.Node, base *url.URL) figure {
	var f figure
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		if c.Type == html.ElementNode {
			switch c.Data {
			case "img":
				if f.src == "" {
					f.src = weburl.Resolve(base, attr(c, "src"))
				}
			case "figcaption":
				if f.caption == "" {
					f.caption = withoutCredit(collapse(textOf(c, 1000)))
				}
				return
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(n)
	return f
}

// figureCaption is the caption of the figure that shows image, by its
// address or, failing that, its file name; else the first figure's: a
// page's first figure is most often its lead image.
func (m *meta) figureCaption(image string) string {
	if len(m.figures) == 0 {
		return ""
	}
	for _, f := range m.figures {
		if image != "" && f.src != "" && (f.src == image || path.Base(f.src) == path.Base(image)) {
			return f.caption
		}
	}
	return m.figures[0].caption
}

// imageAlt is the alt text of the page's <img> of image, when it
// describes it in a few words or more ("Medicine on pharmacy shelves");
// "" when no <img> shows that image or its alt text is a word or two
// ("photo", "Lena Marsh"), which says too little to caption it.
func (m *meta) imageAlt(image string) string {
	if image == "" {
		return ""
	}
	for _, a := range m.alts {
		if a.src == image || path.Base(a.src) == path.Base(image) {
			if len(strings.Fields(a.caption)) >= 3 {
				return a.caption
			}
			return ""
		}
	}
	return ""
}

// trailingCredit matches the credit that closes a figure's caption:
// "... on Monday. Photo: Lena Marsh", "... (Image by Paul Lowe)".
var trailingCredit = regexp.MustCompile(`(?i)[\s(]*\b(photo|photograph|image|picture|illustration|graphic|credit|video)s?(\s+by|\s*:)\s*[^.]*\)?\.?$`)

// withoutCredit is a figure's caption without the credit that closes it;
// "" when nothing but the credit is left.
func withoutCredit(c string) string {
	c = strings.TrimSpace(trailingCredit.ReplaceAllString(c, ""))
	if len(strings.Fields(c)) < 3 {
		return ""
	}
	return c
}

func (m *meta) set(key, value string) {
	if _, ok := m.tags[key]; !ok && strings.TrimSpace(value) != "" {
		m.tags[key] = value
	}
}

// published picks the page's publication time: the first full timestamp
// among JSON-LD datePublished and the usual <meta> and itemprop fields,
// else the first date among them, else the extractor's date.
func published(ld jsonLD, m *meta, fallback time.Time) time.Time {
	cands := []string{
		ld.published, m.get("article:published_time"), m.get("datepublished"),
		m.get("og:published_time"), m.get("parsely-pub-date"), m.get("pubdate"),
		m.get("publish-date"), m.get("dc.date.issued"), m.get("dcterms.created"),
	}
	var dateOnly time.Time
	for _, c := range cands {
		t, full := parseDate(c)
		switch {
		case t.IsZero():
		case full:
			return t
		case dateOnly.IsZero():
			dateOnly = t
		}
	}
	if !dateOnly.IsZero() {
		return dateOnly
	}
	if fallback.IsZero() {
		return time.Time{}
	}
	return fallback.UTC()
}

var fullLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
}

// parseDate reads the date formats pages use, in UTC (a time without a
// zone is taken as UTC). full reports whether it had a time of day.
func parseDate(s string) (t time.Time, full bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range fullLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, false
	}
	return time.Time{}, false
}

// canonicalOf picks the page's canonical address: <link rel=canonical>,
// else og:url, else the page URL. A canonical that points at a site's
// home page from a deeper page is a known CMS mistake and is ignored.
func canonicalOf(m *meta, pageURL string) string {
	page := weburl.Resolve(nil, pageURL)
	for _, c := range []string{weburl.Resolve(m.base, m.canonical), weburl.Resolve(m.base, m.get("og:url"))} {
		if c == "" || (isRoot(c) && page != "" && !isRoot(page)) {
			continue
		}
		return CanonicalURL(c)
	}
	if page != "" {
		return CanonicalURL(page)
	}
	return ""
}

func isRoot(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && (u.Path == "" || u.Path == "/") && u.RawQuery == ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasToken reports whether a space-separated list holds tok, ignoring case.
func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}
