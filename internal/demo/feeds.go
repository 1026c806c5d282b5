package demo

import (
	"encoding/json"
	"encoding/xml"
	"path"
	"time"
)

// Feeds carry titles, links, IDs, dates, authors and a short summary, never
// the full text, so that the desk has to fetch and extract each page.

type rssFeed struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	DC      string     `xml:"xmlns:dc,attr"`
	Atom    string     `xml:"xmlns:atom,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title         string    `xml:"title"`
	Link          string    `xml:"link"`
	Description   string    `xml:"description"`
	Language      string    `xml:"language"`
	LastBuildDate string    `xml:"lastBuildDate"`
	Generator     string    `xml:"generator"`
	Self          xmlLink   `xml:"atom:link"`
	Items         []rssItem `xml:"item"`
}

type rssItem struct {
	Title       string        `xml:"title"`
	Link        string        `xml:"link"`
	GUID        rssGUID       `xml:"guid"`
	PubDate     string        `xml:"pubDate,omitempty"`
	Creator     string        `xml:"dc:creator"`
	Description string        `xml:"description"`
	Enclosure   *rssEnclosure `xml:"enclosure"`
}

type rssGUID struct {
	IsPermaLink bool   `xml:"isPermaLink,attr"`
	Value       string `xml:",chardata"`
}

type rssEnclosure struct {
	URL    string `xml:"url,attr"`
	Length int    `xml:"length,attr"`
	Type   string `xml:"type,attr"`
}

type xmlLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
}

type atomFeed struct {
	XMLName  xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang     string      `xml:"xml:lang,attr"`
	Title    string      `xml:"title"`
	Subtitle string      `xml:"subtitle"`
	ID       string      `xml:"id"`
	Updated  string      `xml:"updated"`
	Links    []xmlLink   `xml:"link"`
	Entries  []atomEntry `xml:"entry"`
}

type atomEntry struct {
	Title     string     `xml:"title"`
	ID        string     `xml:"id"`
	Links     []xmlLink  `xml:"link"`
	Published string     `xml:"published"`
	Updated   string     `xml:"updated"`
	Author    atomPerson `xml:"author"`
	Summary   atomText   `xml:"summary"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomText struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

type jsonFeed struct {
	Version     string     `json:"version"`
	Title       string     `json:"title"`
	HomePageURL string     `json:"home_page_url"`
	FeedURL     string     `json:"feed_url"`
	Description string     `json:"description"`
	Language    string     `json:"language"`
	Items       []jsonItem `json:"items"`
}

type jsonItem struct {
	ID            string       `json:"id"`
	URL           string       `json:"url"`
	Title         string       `json:"title"`
	Summary       string       `json:"summary"`
	ContentText   string       `json:"content_text"`
	Image         string       `json:"image,omitempty"`
	DatePublished string       `json:"date_published,omitempty"`
	Authors       []jsonAuthor `json:"authors"`
}

type jsonAuthor struct {
	Name string `json:"name"`
}

// renderFeed renders an outlet's feed, newest item first, and returns it
// with its content type.
func renderFeed(c *Corpus, st *site, clock time.Time) ([]byte, string, error) {
	latest := clock
	if len(st.Articles) > 0 {
		latest = st.Articles[0].Published(clock)
	}
	switch st.FeedFormat {
	case "atom":
		f := atomFeed{Lang: st.Language, Title: st.Name, Subtitle: st.Tagline,
			ID: "tag:" + st.Host + ",2019:feed", Updated: latest.Format(time.RFC3339),
			Links: []xmlLink{{Href: st.FeedURL, Rel: "self", Type: "application/atom+xml"},
				{Href: st.Homepage, Rel: "alternate", Type: "text/html"}}}
		for _, a := range st.Articles {
			t := a.Published(clock).Format(time.RFC3339)
			e := atomEntry{Title: a.Title, ID: a.GUID, Published: t, Updated: t,
				Links:   []xmlLink{{Href: a.FeedLink, Rel: "alternate", Type: "text/html"}},
				Author:  atomPerson{Name: a.Author},
				Summary: atomText{Type: "text", Value: a.Summary}}
			if a.Image != "" {
				e.Links = append(e.Links, xmlLink{Href: a.Image, Rel: "enclosure", Type: "image/jpeg"})
			}
			f.Entries = append(f.Entries, e)
		}
		body, err := marshalXML(f)
		return body, "application/atom+xml; charset=utf-8", err
	case "json":
		f := jsonFeed{Version: "https://jsonfeed.org/version/1.1", Title: st.Name,
			HomePageURL: st.Homepage, FeedURL: st.FeedURL, Description: st.Tagline, Language: st.Language}
		for _, a := range st.Articles {
			it := jsonItem{ID: a.GUID, URL: a.FeedLink, Title: a.Title, Summary: a.Summary,
				ContentText: a.Summary, Image: a.Image, Authors: []jsonAuthor{{Name: a.Author}}}
			if !a.NoFeedDate {
				it.DatePublished = a.Published(clock).Format(time.RFC3339)
			}
			f.Items = append(f.Items, it)
		}
		body, err := json.MarshalIndent(f, "", "  ")
		return body, "application/feed+json; charset=utf-8", err
	}
	f := rssFeed{Version: "2.0", DC: "http://purl.org/dc/elements/1.1/", Atom: "http://www.w3.org/2005/Atom",
		Channel: rssChannel{Title: st.Name, Link: st.Homepage, Description: st.Tagline, Language: st.Language,
			LastBuildDate: latest.Format(time.RFC1123Z), Generator: "Demo Press CMS 4.2",
			Self: xmlLink{Href: st.FeedURL, Rel: "self", Type: "application/rss+xml"}}}
	for _, a := range st.Articles {
		it := rssItem{Title: a.Title, Link: a.FeedLink, Creator: a.Author, Description: a.Summary,
			GUID: rssGUID{IsPermaLink: a.GUID == a.URL, Value: a.GUID}}
		if !a.NoFeedDate {
			it.PubDate = a.Published(clock).Format(time.RFC1123Z)
		}
		if a.Image != "" {
			it.Enclosure = &rssEnclosure{URL: a.Image, Type: "image/jpeg", Length: len(c.media[imageFile(a.Image)].Data)}
		}
		f.Channel.Items = append(f.Channel.Items, it)
	}
	body, err := marshalXML(f)
	return body, "application/rss+xml; charset=utf-8", err
}

func marshalXML(v any) ([]byte, error) {
	body, err := xml.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), append(body, '\n')...), nil
}

// imageFile is the media file name at the end of an image URL.
func imageFile(imageURL string) string {
	return path.Base(imageURL)
}
