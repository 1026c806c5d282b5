package web

import (
	"encoding/json"
	"encoding/xml"
	"html"
	"strings"
	"testing"
	"time"
)

// Minimal readers of the three feed formats, written against the
// formats' specifications rather than against the encoders, so that the
// tests can say what a feed reader would see.

// parsedFeed is what a feed says, whatever its format. Updated is zero
// when the format has no feed-level date or leaves it out.
type parsedFeed struct {
	Title, Home, Self string
	Updated           time.Time
	Items             []parsedItem
}

type parsedItem struct {
	ID, Title, Link, Author, Summary string
	Published, Updated               time.Time
}

// xmlLink reads both RSS's <link>text</link> and Atom's <link href>; its
// XMLName tells RSS's own link from atom:link.
type xmlLink struct {
	XMLName xml.Name
	Rel     string `xml:"rel,attr"`
	Href    string `xml:"href,attr"`
	Text    string `xml:",chardata"`
}

// parseFeed reads body in the given format: "atom", "rss" or "json".
func parseFeed(t testing.TB, format, body string) parsedFeed {
	t.Helper()
	switch format {
	case "atom":
		return parseAtom(t, body)
	case "rss":
		return parseRSS(t, body)
	case "json":
		return parseJSONFeed(t, body)
	}
	t.Fatalf("unknown feed format %q", format)
	return parsedFeed{}
}

func parseAtom(t testing.TB, body string) parsedFeed {
	t.Helper()
	var doc struct {
		XMLName xml.Name  `xml:"http://www.w3.org/2005/Atom feed"`
		ID      string    `xml:"id"`
		Title   string    `xml:"title"`
		Updated string    `xml:"updated"`
		Links   []xmlLink `xml:"link"`
		Entries []struct {
			ID        string    `xml:"id"`
			Title     string    `xml:"title"`
			Links     []xmlLink `xml:"link"`
			Published string    `xml:"published"`
			Updated   string    `xml:"updated"`
			Author    struct {
				Name string `xml:"name"`
			} `xml:"author"`
			Summary string `xml:"summary"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatalf("Atom does not parse: %v\n%s", err, body)
	}
	if doc.ID == "" {
		t.Errorf("Atom feed has no id")
	}
	f := parsedFeed{
		Title:   doc.Title,
		Home:    linkRel(doc.Links, "alternate"),
		Self:    linkRel(doc.Links, "self"),
		Updated: parseTime(t, time.RFC3339, doc.Updated),
	}
	for _, e := range doc.Entries {
		f.Items = append(f.Items, parsedItem{
			ID:        e.ID,
			Title:     e.Title,
			Link:      linkRel(e.Links, "alternate"),
			Author:    e.Author.Name,
			Summary:   e.Summary,
			Published: parseTime(t, time.RFC3339, e.Published),
			Updated:   parseTime(t, time.RFC3339, e.Updated),
		})
	}
	return f
}

func parseRSS(t testing.TB, body string) parsedFeed {
	t.Helper()
	var doc struct {
		XMLName xml.Name `xml:"rss"`
		Version string   `xml:"version,attr"`
		Channel struct {
			Title         string    `xml:"title"`
			Links         []xmlLink `xml:"link"`
			Description   string    `xml:"description"`
			LastBuildDate string    `xml:"lastBuildDate"`
			Items         []struct {
				Title string `xml:"title"`
				Link  string `xml:"link"`
				GUID  struct {
					IsPermaLink string `xml:"isPermaLink,attr"`
					Text        string `xml:",chardata"`
				} `xml:"guid"`
				PubDate     string `xml:"pubDate"`
				Updated     string `xml:"http://www.w3.org/2005/Atom updated"`
				Creator     string `xml:"http://purl.org/dc/elements/1.1/ creator"`
				Description string `xml:"description"`
			} `xml:"item"`
		} `xml:"channel"`
	}
	if err := xml.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatalf("RSS does not parse: %v\n%s", err, body)
	}
	if doc.Version != "2.0" || doc.Channel.Description == "" {
		t.Errorf("RSS version %q, description %q: want 2.0 and a description", doc.Version, doc.Channel.Description)
	}
	f := parsedFeed{
		Title:   doc.Channel.Title,
		Updated: parseTime(t, time.RFC1123Z, doc.Channel.LastBuildDate),
	}
	for _, l := range doc.Channel.Links {
		switch {
		case l.XMLName.Space == "":
			f.Home = l.Text
		case l.XMLName.Space == atomNS && l.Rel == "self":
			f.Self = l.Href
		}
	}
	for _, it := range doc.Channel.Items {
		if it.GUID.IsPermaLink != "false" {
			t.Errorf("guid %q: isPermaLink %q, want false", it.GUID.Text, it.GUID.IsPermaLink)
		}
		f.Items = append(f.Items, parsedItem{
			ID:        it.GUID.Text,
			Title:     it.Title,
			Link:      it.Link,
			Author:    it.Creator,
			Summary:   rssPlain(t, it.Description),
			Published: parseTime(t, time.RFC1123Z, it.PubDate),
			Updated:   parseTime(t, time.RFC3339, it.Updated),
		})
	}
	return f
}

// rssPlain turns an item's HTML description back into the plain summary.
// It fails when the HTML holds any markup but the paragraphs around each
// line: a reader that renders it would show nothing but text.
func rssPlain(t testing.TB, desc string) string {
	t.Helper()
	inner, ok := strings.CutPrefix(desc, "<p>")
	if ok {
		inner, ok = strings.CutSuffix(inner, "</p>")
	}
	if !ok {
		t.Errorf("description %q is not paragraphs", desc)
		return desc
	}
	lines := strings.Split(inner, "</p><p>")
	for i, l := range lines {
		if strings.ContainsAny(l, "<>") {
			t.Errorf("description line %q holds markup", l)
		}
		lines[i] = html.UnescapeString(l)
	}
	return strings.Join(lines, "\n")
}

func parseJSONFeed(t testing.TB, body string) parsedFeed {
	t.Helper()
	var doc struct {
		Version     string `json:"version"`
		Title       string `json:"title"`
		HomePageURL string `json:"home_page_url"`
		FeedURL     string `json:"feed_url"`
		Items       []struct {
			ID            string `json:"id"`
			URL           string `json:"url"`
			Title         string `json:"title"`
			ContentText   string `json:"content_text"`
			DatePublished string `json:"date_published"`
			DateModified  string `json:"date_modified"`
			Authors       []struct {
				Name string `json:"name"`
			} `json:"authors"`
		} `json:"items"`
	}
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatalf("JSON Feed does not parse: %v\n%s", err, body)
	}
	if doc.Version != "https://jsonfeed.org/version/1.1" {
		t.Errorf("JSON Feed version %q", doc.Version)
	}
	f := parsedFeed{Title: doc.Title, Home: doc.HomePageURL, Self: doc.FeedURL}
	for _, it := range doc.Items {
		p := parsedItem{
			ID:        it.ID,
			Title:     it.Title,
			Link:      it.URL,
			Summary:   it.ContentText,
			Published: parseTime(t, time.RFC3339, it.DatePublished),
			Updated:   parseTime(t, time.RFC3339, it.DateModified),
		}
		if len(it.Authors) > 0 {
			p.Author = it.Authors[0].Name
		}
		f.Items = append(f.Items, p)
	}
	return f
}

func linkRel(links []xmlLink, rel string) string {
	for _, l := range links {
		if l.Rel == rel {
			return l.Href
		}
	}
	return ""
}

// parseTime reads a feed's date, which must be in the given layout; ""
// is the zero time.
func parseTime(t testing.TB, layout, s string) time.Time {
	t.Helper()
	if s == "" {
		return time.Time{}
	}
	at, err := time.Parse(layout, s)
	if err != nil {
		t.Errorf("date %q: %v", s, err)
	}
	return at
}
