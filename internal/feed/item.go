package feed

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	ext "github.com/mmcdole/gofeed/extensions"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/weburl"
)

// convertItem maps one entry. base may be nil.
func convertItem(it *gofeed.Item, base *url.URL) news.Item {
	item := news.Item{
		GUID:      strings.TrimSpace(it.GUID),
		URL:       itemLink(it, base),
		Title:     plainText(it.Title),
		Summary:   plainText(it.Description),
		Content:   strings.TrimSpace(it.Content),
		Author:    authors(it),
		Published: itemDate(it),
		ImageURL:  weburl.Resolve(base, itemImage(it)),
	}
	if item.GUID == "" {
		item.GUID = item.URL
	}
	if item.GUID == "" && (item.Title != "" || item.Summary != "" || item.Content != "") {
		item.GUID = contentID(item)
	}
	return item
}

// contentID names an item that has neither link nor GUID by what it says,
// so that a later fetch of the same feed yields the same GUID.
func contentID(it news.Item) string {
	h := sha256.New()
	for _, s := range []string{it.Title, it.Summary, it.Content, it.Published.Format(time.RFC3339)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// itemLink is the entry's page: its link, else its first other link,
// else a GUID that is itself an absolute http(s) URL.
func itemLink(it *gofeed.Item, base *url.URL) string {
	candidates := append([]string{it.Link}, it.Links...)
	for _, c := range candidates {
		if u := weburl.Resolve(base, c); u != "" {
			return u
		}
	}
	if g := strings.TrimSpace(it.GUID); strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://") {
		return weburl.Resolve(nil, g)
	}
	return ""
}

// itemDate is the published date, else the updated date, in UTC.
func itemDate(it *gofeed.Item) time.Time {
	switch {
	case it.PublishedParsed != nil && !it.PublishedParsed.IsZero():
		return it.PublishedParsed.UTC()
	case it.Published != "" && !looseDate(it.Published).IsZero():
		return looseDate(it.Published)
	case it.UpdatedParsed != nil && !it.UpdatedParsed.IsZero():
		return it.UpdatedParsed.UTC()
	}
	return looseDate(it.Updated)
}

// looseLayouts are RFC 822 dates without the weekday.
var looseLayouts = []string{
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04 MST",
}

// looseDate reads an RFC 822 date whose weekday gofeed did not know
// ("mer, 16 nov 2022 00:38:15 +0100"): the weekday is dropped and the
// month matched without regard to case. It returns zero on failure.
func looseDate(s string) time.Time {
	s = strings.Join(strings.Fields(s), " ")
	if i := strings.Index(s, ", "); i >= 0 && i < 12 {
		s = s[i+2:]
	}
	for _, layout := range looseLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

// authors joins the entry's author names (and every dc:creator) with
// ", ", skipping blanks and repeats; an author given only by e-mail is
// left out.
func authors(it *gofeed.Item) string {
	var names []string
	seen := map[string]bool{}
	add := func(p *gofeed.Person) {
		if p == nil {
			return
		}
		n := plainText(p.Name)
		if n == "" || seen[n] {
			return
		}
		seen[n] = true
		names = append(names, n)
	}
	for _, p := range it.Authors {
		add(p)
	}
	if len(names) == 0 {
		add(it.Author)
	}
	if it.DublinCoreExt != nil { // gofeed keeps only the first dc:creator
		for _, c := range it.DublinCoreExt.Creator {
			add(&gofeed.Person{Name: c})
		}
	}
	return strings.Join(names, ", ")
}

// itemImage is the first image among the item's image field (which
// gofeed fills from itunes:image, media:content and image enclosures),
// its image enclosures, media:thumbnail and media:group.
func itemImage(it *gofeed.Item) string {
	if it.Image != nil && strings.TrimSpace(it.Image.URL) != "" {
		return it.Image.URL
	}
	for _, e := range it.Enclosures {
		if e != nil && strings.HasPrefix(strings.ToLower(e.Type), "image/") {
			return e.URL
		}
	}
	media := it.Extensions["media"]
	if u := mediaImage(media); u != "" {
		return u
	}
	for _, g := range media["group"] {
		if u := mediaImage(g.Children); u != "" {
			return u
		}
	}
	return ""
}

// mediaImage looks through Media RSS content and thumbnail elements.
func mediaImage(m map[string][]ext.Extension) string {
	for _, c := range m["content"] {
		typ, medium := strings.ToLower(c.Attrs["type"]), strings.ToLower(c.Attrs["medium"])
		if strings.HasPrefix(typ, "image/") || medium == "image" {
			return c.Attrs["url"]
		}
	}
	for _, c := range m["thumbnail"] {
		if c.Attrs["url"] != "" {
			return c.Attrs["url"]
		}
	}
	return ""
}
