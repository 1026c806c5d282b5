package feed

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/mmcdole/gofeed"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// ErrNotAFeed is wrapped by every error of Parse: the document is empty,
// is an HTML page, is JSON but not a JSON Feed, or could not be parsed
// (the error then also names the parse failure).
var ErrNotAFeed = errors.New("not a feed")

// Parse reads an RSS, Atom or JSON Feed document fetched from feedURL.
// The XML encoding declaration is honoured (see fetch.ToUTF8 for bodies
// whose charset is given only by the HTTP header).
//
// Relative links are resolved against xml:base where the feed sets it,
// then against feedURL; links that are not http or https are dropped.
// Titles and summaries are plain text, with entities decoded and markup
// removed; Content keeps the feed's HTML. An item's date is its
// published date, else its updated date, in UTC, and zero when the feed
// gives neither. An item with neither a link nor a GUID is given the GUID
// "sha256:" and the hex digest of its title, summary, content and date;
// one that has nothing at all is left out.
// Language is the primary subtag, lower-case ("en" for "en-US").
func Parse(data []byte, feedURL string) (*news.ParsedFeed, error) {
	base, _ := url.Parse(feedURL)
	if base != nil && !base.IsAbs() {
		base = nil
	}
	trimmed := bytes.TrimLeft(data, "\xef\xbb\xbf \t\r\n")
	if len(trimmed) == 0 {
		return nil, fmt.Errorf("parse feed %q: empty document: %w", feedURL, ErrNotAFeed)
	}
	typ := gofeed.DetectFeedType(bytes.NewReader(data))
	switch typ {
	case gofeed.FeedTypeUnknown:
		if looksLikeHTML(trimmed) {
			return nil, fmt.Errorf("parse feed %q: %w: an HTML page", feedURL, ErrNotAFeed)
		}
		return nil, fmt.Errorf("parse feed %q: %w: no rss, rdf, feed or JSON Feed root", feedURL, ErrNotAFeed)
	case gofeed.FeedTypeJSON:
		if err := checkJSONFeed(trimmed); err != nil {
			return nil, fmt.Errorf("parse feed %q: %w: %w", feedURL, ErrNotAFeed, err)
		}
	}
	p := gofeed.NewParser()
	f, err := p.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("parse feed %q: %w: %w", feedURL, ErrNotAFeed, err)
	}
	return convert(f, base), nil
}

// convert maps gofeed's universal feed to ours.
func convert(f *gofeed.Feed, base *url.URL) *news.ParsedFeed {
	out := &news.ParsedFeed{
		Title:    plainText(f.Title),
		Homepage: resolve(base, f.Link),
		Language: language(f.Language),
		Format:   f.FeedType,
		Items:    make([]news.Item, 0, len(f.Items)),
	}
	if out.Language == "" && f.DublinCoreExt != nil && len(f.DublinCoreExt.Language) > 0 {
		out.Language = language(f.DublinCoreExt.Language[0])
	}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		item := convertItem(it, base)
		if item.URL == "" && item.GUID == "" {
			continue
		}
		item.Language = out.Language
		out.Items = append(out.Items, item)
	}
	return out
}

// checkJSONFeed accepts a JSON object whose version names a JSON Feed.
func checkJSONFeed(data []byte) error {
	var head struct {
		Version string `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return fmt.Errorf("json: %w", err)
	}
	v := strings.TrimPrefix(strings.TrimPrefix(head.Version, "https://"), "http://")
	if !strings.HasPrefix(v, "jsonfeed.org/version/") {
		return fmt.Errorf("json without a JSON Feed version (got %q)", head.Version)
	}
	return nil
}

// looksLikeHTML reports whether a document starts like a web page.
func looksLikeHTML(b []byte) bool {
	head := strings.ToLower(string(b[:min(len(b), 512)]))
	return strings.HasPrefix(head, "<!doctype html") || strings.Contains(head, "<html") ||
		strings.Contains(head, "<head") || strings.Contains(head, "<body")
}

// language reduces a language tag to its lower-case primary subtag.
func language(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	for _, r := range tag {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return tag
}
