package web

import (
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// feedFormats are the three feeds: their format, path and media type.
var feedFormats = []struct {
	format, path, mediaType string
}{
	{"atom", "/feed.atom", "application/atom+xml"},
	{"rss", "/feed.rss", "application/rss+xml"},
	{"json", "/feed.json", "application/feed+json"},
}

const testBase = "https://news.example.org"

func withBase(o *Options) { o.BaseURL = testBase + "/" }

// fetchFeed GETs a feed and fails unless it is a 200 of its media type.
func fetchFeed(t *testing.T, h http.Handler, path, mediaType string) string {
	t.Helper()
	rec := get(t, h, path)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s: status %d\n%s", path, rec.Code, rec.Body)
	}
	mt, params, err := mime.ParseMediaType(rec.Header().Get("Content-Type"))
	if err != nil || mt != mediaType || params["charset"] != "utf-8" {
		t.Errorf("GET %s: Content-Type %q, want %s; charset=utf-8", path, rec.Header().Get("Content-Type"), mediaType)
	}
	return rec.Body.String()
}

// wantItem is what a feed should say of a fixture page, under base.
func wantItem(base string, p news.Page) parsedItem {
	return parsedItem{
		ID:      "urn:unbiased-post:story:" + p.StoryID,
		Title:   p.Headline,
		Link:    base + "/stories/" + p.StoryID,
		Author:  DefaultDesk,
		Summary: p.Lead[0].Text + fmt.Sprintf("\nWritten from %d reports by %d outlets", p.Byline.Articles, p.Byline.Outlets),
		// The fixture's times are already UTC, as the store keeps them.
		Published: p.Published,
		Updated:   p.Updated,
	}
}

// wantFixtureFeed is what every feed should say of the fixture reader,
// newest story first. JSON Feed has no feed-level date.
func wantFixtureFeed(base, format string) parsedFeed {
	f := parsedFeed{
		Title:   DefaultSiteName,
		Home:    base + "/",
		Self:    base + "/feed." + format,
		Updated: riverBarrierPage().Updated,
		Items:   []parsedItem{wantItem(base, riverBarrierPage()), wantItem(base, transitFaresPage())},
	}
	if format == "json" {
		f.Updated = time.Time{}
	}
	return f
}

// TestFeedGolden compares each feed over the fixtures, byte for byte,
// with testdata/feed-<format>.golden.
func TestFeedGolden(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), withBase)
	for _, ff := range feedFormats {
		t.Run(ff.format, func(t *testing.T) {
			got := fetchFeed(t, h, ff.path, ff.mediaType)
			golden := filepath.Join("testdata", "feed-"+ff.format+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/web -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("GET %s differs from %s (-want +got):\n%s", ff.path, golden, diff)
			}
		})
	}
}

// TestFeedContent reads each feed as a reader would and checks it says
// what the fixtures hold: so the three formats also agree.
func TestFeedContent(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), withBase)
	for _, ff := range feedFormats {
		t.Run(ff.format, func(t *testing.T) {
			got := parseFeed(t, ff.format, fetchFeed(t, h, ff.path, ff.mediaType))
			if diff := cmp.Diff(wantFixtureFeed(testBase, ff.format), got); diff != "" {
				t.Errorf("GET %s (-want +got):\n%s", ff.path, diff)
			}
		})
	}
}

// gofeedView is what gofeed, a widely used feed parser, makes of a feed,
// in the terms of parsedFeed.
func gofeedView(t *testing.T, body string) (feedType string, f parsedFeed) {
	t.Helper()
	g, err := gofeedParse(body)
	if err != nil {
		t.Fatalf("gofeed: %v\n%s", err, body)
	}
	f = parsedFeed{Title: g.Title, Home: g.Link, Self: g.FeedLink}
	for _, it := range g.Items {
		p := parsedItem{ID: it.GUID, Title: it.Title, Link: it.Link}
		// gofeed fills Author from RSS and Atom, and only Authors from
		// JSON Feed 1.1.
		if it.Author != nil {
			p.Author = it.Author.Name
		} else if len(it.Authors) > 0 {
			p.Author = it.Authors[0].Name
		}
		if it.PublishedParsed != nil {
			p.Published = *it.PublishedParsed
		}
		if it.UpdatedParsed != nil {
			p.Updated = *it.UpdatedParsed
		}
		f.Items = append(f.Items, p)
	}
	return g.FeedType, f
}

func gofeedParse(body string) (*gofeed.Feed, error) { return gofeed.NewParser().ParseString(body) }

// TestFeedGofeed parses each feed with gofeed and checks that it finds
// the same title, links, ids, authors and dates as the minimal readers.
func TestFeedGofeed(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), withBase)
	for _, ff := range feedFormats {
		t.Run(ff.format, func(t *testing.T) {
			body := fetchFeed(t, h, ff.path, ff.mediaType)
			feedType, got := gofeedView(t, body)
			if feedType != ff.format {
				t.Errorf("gofeed sees a %q feed, want %q", feedType, ff.format)
			}
			want := parseFeed(t, ff.format, body)
			want.Updated = time.Time{}
			for i := range want.Items {
				want.Items[i].Summary = ""
			}
			if len(want.Items) != 2 {
				t.Fatalf("%d items, want 2", len(want.Items))
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("gofeed reads %s differently (-minimal +gofeed):\n%s", ff.path, diff)
			}
		})
	}
}

// checkJSONFeed checks body against JSON Feed 1.1's required fields, and
// that each item has the content field the specification asks for.
func checkJSONFeed(t *testing.T, body string) {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatalf("JSON Feed: %v", err)
	}
	if doc["version"] != "https://jsonfeed.org/version/1.1" {
		t.Errorf("version %v", doc["version"])
	}
	if title, _ := doc["title"].(string); title == "" {
		t.Errorf("title %v, want a non-empty string", doc["title"])
	}
	if _, ok := doc["author"]; ok {
		t.Errorf("feed uses author, which 1.1 replaces with authors")
	}
	items, ok := doc["items"].([]any)
	if !ok {
		t.Fatalf("items %v, want an array", doc["items"])
	}
	for i, raw := range items {
		item, ok := raw.(map[string]any)
		if !ok {
			t.Fatalf("items[%d] is %T, want an object", i, raw)
		}
		if id, _ := item["id"].(string); id == "" {
			t.Errorf("items[%d].id %v, want a non-empty string", i, item["id"])
		}
		text, _ := item["content_text"].(string)
		htm, _ := item["content_html"].(string)
		if text == "" && htm == "" {
			t.Errorf("items[%d] has neither content_text nor content_html", i)
		}
		for _, key := range []string{"date_published", "date_modified"} {
			if s, ok := item[key].(string); ok {
				if _, err := time.Parse(time.RFC3339, s); err != nil {
					t.Errorf("items[%d].%s: %v", i, key, err)
				}
			}
		}
		if _, ok := item["author"]; ok {
			t.Errorf("items[%d] uses author, which 1.1 replaces with authors", i)
		}
	}
}

func TestJSONFeedRequiredFields(t *testing.T) {
	for name, r := range map[string]Reader{"fixtures": newFixtureReader(), "empty": &fakeReader{}} {
		t.Run(name, func(t *testing.T) {
			h, _ := newTestHandler(t, r, nil)
			checkJSONFeed(t, fetchFeed(t, h, "/feed.json", "application/feed+json"))
		})
	}
}

// TestFeedAutodiscovery checks that every page's head advertises the
// three feeds, and that each advertised feed answers with its type.
func TestFeedAutodiscovery(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	for _, target := range []string{"/", "/about", "/stories/river-barrier", "/stories/no-such-story", "/outlets", "/outlets/harbor-ledger"} {
		t.Run(target, func(t *testing.T) {
			head := find(parseHTML(t, get(t, h, target).Body.String()), tag("head"))
			if head == nil {
				t.Fatal("no head")
			}
			links := findAll(head, func(n *html.Node) bool { return n.Data == "link" && attr(n, "rel") == "alternate" })
			got := map[string]string{}
			for _, l := range links {
				got[attr(l, "type")] = attr(l, "href")
				if !strings.Contains(attr(l, "title"), DefaultSiteName) {
					t.Errorf("feed link %q has title %q, want the site's name in it", attr(l, "href"), attr(l, "title"))
				}
			}
			want := map[string]string{}
			for _, ff := range feedFormats {
				want[ff.mediaType] = ff.path
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("alternate links by type (-want +got):\n%s", diff)
			}
			for mediaType, href := range got {
				fetchFeed(t, h, href, mediaType)
			}
		})
	}
}
