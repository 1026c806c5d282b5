package feed

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/mmcdole/gofeed"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/weburl"
)

// ErrNotAFeed is wrapped by every error of Parse: the document is empty,
// is an HTML page, is JSON but not a JSON Feed, or could not be parsed
// (the error then also names the parse failure).
var ErrNotAFeed = errors.New("not a feed")

// Parse reads an RSS, Atom or JSON Feed document fetched from feedURL; an
// Atom Entry Document (a lone <entry>) is read as a feed of one item.
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
	if typ == gofeed.FeedTypeUnknown {
		if wrapped, ok := wrapAtomEntry(data); ok {
			data, typ = wrapped, gofeed.FeedTypeAtom
		}
	}
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

// atomNS is the Atom 1.0 namespace.
const atomNS = "http://www.w3.org/2005/Atom"

// wrapAtomEntry reads an Atom Entry Document (RFC 4287, section 2: an
// <entry> as the root) as a feed of that one entry, by putting a <feed>
// around it; ok is false for any other document.
func wrapAtomEntry(data []byte) (wrapped []byte, ok bool) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	// The names are all that is read here; the encoding is left to the
	// parser of the wrapped document, so that offsets stay in data.
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	for {
		at := d.InputOffset()
		tok, err := d.RawToken()
		if err != nil {
			return nil, false
		}
		start, isStart := tok.(xml.StartElement)
		if !isStart {
			continue
		}
		if start.Name.Local != "entry" || !declaresAtom(start) {
			return nil, false
		}
		var b bytes.Buffer
		b.Grow(len(data) + 64)
		b.Write(data[:at])
		b.WriteString(`<feed xmlns="` + atomNS + `">`)
		b.Write(data[at:])
		b.WriteString("</feed>")
		return b.Bytes(), true
	}
}

// declaresAtom reports whether a root element is in the Atom namespace:
// by default, or through the prefix it is written with.
func declaresAtom(e xml.StartElement) bool {
	for _, a := range e.Attr {
		if a.Value != atomNS {
			continue
		}
		if a.Name.Space == "" && a.Name.Local == "xmlns" && e.Name.Space == "" ||
			a.Name.Space == "xmlns" && a.Name.Local == e.Name.Space {
			return true
		}
	}
	return false
}

// convert maps gofeed's universal feed to ours.
func convert(f *gofeed.Feed, base *url.URL) *news.ParsedFeed {
	out := &news.ParsedFeed{
		Title:    plainText(f.Title),
		Homepage: weburl.Resolve(base, f.Link),
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
