package web

import (
	"encoding/xml"
	"strings"
	"time"
)

// dcNS is the Dublin Core elements namespace, for dc:creator: RSS's own
// author element must hold an e-mail address, which a desk has not.
const dcNS = "http://purl.org/dc/elements/1.1/"

// encoding/xml writes a namespace as a default xmlns on each element, so
// the prefixed names below are spelt out and their prefixes declared on
// the root; that is the form RSS readers expect.

type rssDoc struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	AtomNS  string     `xml:"xmlns:atom,attr"`
	DCNS    string     `xml:"xmlns:dc,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title         string    `xml:"title"`
	Link          string    `xml:"link"`
	Description   string    `xml:"description"`
	Self          rssSelf   `xml:"atom:link"`
	LastBuildDate string    `xml:"lastBuildDate,omitempty"`
	Items         []rssItem `xml:"item"`
}

type rssSelf struct {
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr"`
	Href string `xml:"href,attr"`
}

type rssItem struct {
	Title       string  `xml:"title"`
	Link        string  `xml:"link"`
	GUID        rssGUID `xml:"guid"`
	PubDate     string  `xml:"pubDate,omitempty"`
	Updated     string  `xml:"atom:updated,omitempty"`
	Creator     string  `xml:"dc:creator"`
	Description string  `xml:"description"`
}

type rssGUID struct {
	IsPermaLink string `xml:"isPermaLink,attr"`
	ID          string `xml:",chardata"`
}

// encodeRSS writes f as an RSS 2.0 document. RSS has no "updated" for an
// item, so each carries atom:updated beside pubDate; the channel's
// lastBuildDate is the newest update, left out of an empty feed.
//
// Readers treat an item's description as HTML, so the summary is
// HTML-escaped before the encoder escapes it again for XML: a reader that
// decodes it shows the outlet's words as text, never as markup. Titles
// are plain text, as the RSS Best Practices Profile asks, and escaped
// once.
func encodeRSS(f outFeed) ([]byte, error) {
	doc := rssDoc{
		Version: "2.0",
		AtomNS:  atomNS,
		DCNS:    dcNS,
		Channel: rssChannel{
			Title:         f.Title,
			Link:          f.Home,
			Description:   feedDescription,
			Self:          rssSelf{Rel: "self", Type: "application/rss+xml", Href: f.Self},
			LastBuildDate: rssTime(f.Updated),
			Items:         make([]rssItem, 0, len(f.Entries)),
		},
	}
	for _, e := range f.Entries {
		doc.Channel.Items = append(doc.Channel.Items, rssItem{
			Title:       e.Title,
			Link:        e.Link,
			GUID:        rssGUID{IsPermaLink: "false", ID: e.ID},
			PubDate:     rssTime(e.Published),
			Updated:     atomTime(e.Updated),
			Creator:     f.Author,
			Description: rssSummary(e),
		})
	}
	return marshalXML(doc)
}

// htmlText escapes text for the content of an HTML element, where only
// &, < and > have a meaning.
var htmlText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// rssSummary is the entry's summary as HTML: each of its lines, escaped,
// in a paragraph of its own.
func rssSummary(e outEntry) string {
	var b strings.Builder
	for _, line := range strings.Split(e.Summary(), "\n") {
		b.WriteString("<p>")
		htmlText.WriteString(&b, line)
		b.WriteString("</p>")
	}
	return b.String()
}

// rssTime formats t as RFC 822 with a four-digit year, in UTC, or "" for
// the zero time.
func rssTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC1123Z)
}
