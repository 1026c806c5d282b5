package feed

import (
	"bytes"
	"mime"
	"net/url"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/weburl"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// feedTypes are the media types of <link rel="alternate"> that announce
// a feed.
var feedTypes = map[string]bool{
	"application/rss+xml":   true,
	"application/atom+xml":  true,
	"application/feed+json": true,
	"application/rdf+xml":   true,
}

// Discover returns the feeds that an HTML page announces with
// <link rel="alternate" type="application/rss+xml"> (or atom+xml,
// feed+json, rdf+xml), as absolute http(s) URLs resolved against the
// page's <base href> or pageURL, in document order, without repeats.
// It reads only the document's <link> elements and never fails: a page
// with none returns nil.
func Discover(page []byte, pageURL string) []string {
	base, _ := url.Parse(pageURL)
	if base != nil && !base.IsAbs() {
		base = nil
	}
	var found []string
	var hrefs []string
	seenBase := false
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		if !hasAttr {
			continue
		}
		attrs := attributes(z)
		switch atom.Lookup(name) {
		case atom.Base:
			if !seenBase && attrs["href"] != "" {
				seenBase = true
				if b := weburl.Resolve(base, attrs["href"]); b != "" {
					base, _ = url.Parse(b)
				}
			}
		case atom.Link:
			if isFeedLink(attrs) {
				hrefs = append(hrefs, attrs["href"])
			}
		}
	}
	seen := map[string]bool{}
	for _, h := range hrefs {
		if u := weburl.Resolve(base, h); u != "" && !seen[u] {
			seen[u] = true
			found = append(found, u)
		}
	}
	return found
}

// attributes returns the current tag's attributes, keys lower-case.
func attributes(z *html.Tokenizer) map[string]string {
	m := map[string]string{}
	for {
		k, v, more := z.TagAttr()
		key := strings.ToLower(string(k))
		if _, dup := m[key]; !dup {
			m[key] = string(v)
		}
		if !more {
			return m
		}
	}
}

// isFeedLink reports whether a <link> is rel=alternate with a feed type.
func isFeedLink(attrs map[string]string) bool {
	if strings.TrimSpace(attrs["href"]) == "" {
		return false
	}
	alternate := false
	for _, r := range strings.Fields(strings.ToLower(attrs["rel"])) {
		if r == "alternate" {
			alternate = true
		}
	}
	if !alternate {
		return false
	}
	mt, _, err := mime.ParseMediaType(attrs["type"])
	return err == nil && feedTypes[mt]
}
