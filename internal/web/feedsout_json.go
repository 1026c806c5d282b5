package web

import "encoding/json"

// jsonFeedVersion is the JSON Feed version the desk writes.
const jsonFeedVersion = "https://jsonfeed.org/version/1.1"

type jsonFeed struct {
	Version     string         `json:"version"`
	Title       string         `json:"title"`
	HomePageURL string         `json:"home_page_url"`
	FeedURL     string         `json:"feed_url"`
	Description string         `json:"description"`
	Authors     []jsonAuthor   `json:"authors"`
	Items       []jsonFeedItem `json:"items"`
}

type jsonAuthor struct {
	Name string `json:"name"`
}

type jsonFeedItem struct {
	ID            string       `json:"id"`
	URL           string       `json:"url"`
	Title         string       `json:"title"`
	ContentText   string       `json:"content_text"`
	DatePublished string       `json:"date_published,omitempty"`
	DateModified  string       `json:"date_modified"`
	Authors       []jsonAuthor `json:"authors"`
}

// encodeJSONFeed writes f as JSON Feed 1.1. Each item's content_text is
// the plain-text summary, the one content field JSON Feed requires; items
// is an empty list, never null, when there are no stories. encoding/json
// also escapes <, > and &, so no outlet text reads as markup even to a
// client that wrongly renders the feed as HTML.
func encodeJSONFeed(f outFeed) ([]byte, error) {
	authors := []jsonAuthor{{Name: f.Author}}
	doc := jsonFeed{
		Version:     jsonFeedVersion,
		Title:       f.Title,
		HomePageURL: f.Home,
		FeedURL:     f.Self,
		Description: feedDescription,
		Authors:     authors,
		Items:       make([]jsonFeedItem, 0, len(f.Entries)),
	}
	for _, e := range f.Entries {
		doc.Items = append(doc.Items, jsonFeedItem{
			ID:            e.ID,
			URL:           e.Link,
			Title:         e.Title,
			ContentText:   e.Summary(),
			DatePublished: atomTime(e.Published),
			DateModified:  atomTime(e.Updated),
			Authors:       authors,
		})
	}
	body, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(body, '\n'), nil
}
