package web

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// searchFeedPath is the address of the feed at path of a search for q.
func searchFeedPath(path, q string) string { return path + "?" + url.Values{"q": {q}}.Encode() }

// TestSearchFeedContent reads the feed of a search in each format, as the
// minimal readers and gofeed do: it holds the matching story alone, says
// what it searched for in its title, and links the search's page and
// itself.
func TestSearchFeedContent(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), withBase)
	for _, ff := range feedFormats {
		t.Run(ff.format, func(t *testing.T) {
			body := fetchFeed(t, h, searchFeedPath(ff.path, "fare increase"), ff.mediaType)
			want := parsedFeed{
				Title:   "Stories matching “fare increase” — " + DefaultSiteName,
				Home:    testBase + "/search?q=fare+increase",
				Self:    testBase + ff.path + "?q=fare+increase",
				Updated: transitFaresPage().Updated,
				Items:   []parsedItem{wantItem(testBase, transitFaresPage())},
			}
			if ff.format == "json" {
				want.Updated = time.Time{}
				checkJSONFeed(t, body)
			}
			if diff := cmp.Diff(want, parseFeed(t, ff.format, body)); diff != "" {
				t.Errorf("feed of a search (-want +got):\n%s", diff)
			}
			feedType, g := gofeedView(t, body)
			if feedType != ff.format || g.Title != want.Title || len(g.Items) != 1 || g.Items[0].Link != want.Items[0].Link {
				t.Errorf("gofeed reads a %s feed %q with %d items", feedType, g.Title, len(g.Items))
			}
		})
	}
}

// rankedReader is the fixture reader whose search gives the oldest
// matching story first, as a best match may be.
type rankedReader struct{ *fakeReader }

func (r rankedReader) SearchStories(ctx context.Context, query string, limit, offset int) ([]news.StorySummary, error) {
	list, err := r.fakeReader.SearchStories(ctx, query, limit, offset)
	slices.Reverse(list)
	return list, err
}

// latestReader is rankedReader that also lists the matching stories
// newest first, and remembers what it was asked.
type latestReader struct {
	rankedReader
	query string
	limit int
}

func (r *latestReader) SearchLatestStories(ctx context.Context, query string, limit int) ([]news.StorySummary, error) {
	r.query, r.limit = query, limit
	return r.fakeReader.SearchStories(ctx, query, limit, 0)
}

// A feed of a search lists the newest story first, whatever the order of
// the best matches: as the reader lists them newest first when it can,
// and put in that order when it cannot.
func TestSearchFeedNewestFirst(t *testing.T) {
	newest := []string{"urn:unbiased-post:story:river-barrier", "urn:unbiased-post:story:transit-fares"}
	// "on" is in both fixture stories' leads.
	lr := &latestReader{rankedReader: rankedReader{newFixtureReader()}}
	for name, r := range map[string]Reader{"ranked": rankedReader{newFixtureReader()}, "latest": lr} {
		t.Run(name, func(t *testing.T) {
			h, _ := newTestHandler(t, r, withBase)
			var ids []string
			for _, it := range parseFeed(t, "atom", fetchFeed(t, h, searchFeedPath(atomPath, "on"), "application/atom+xml")).Items {
				ids = append(ids, it.ID)
			}
			if diff := cmp.Diff(newest, ids); diff != "" {
				t.Errorf("entries (-want +got):\n%s", diff)
			}
		})
	}
	if lr.query != "on" || lr.limit != feedSize {
		t.Errorf("the reader was asked for the latest %d stories matching %q", lr.limit, lr.query)
	}
}

// A feed of a search is never served from the kept feed of the latest
// stories, nor the kept feed from a search's, whichever comes first.
func TestSearchFeedNotKept(t *testing.T) {
	for _, searchFirst := range []bool{false, true} {
		r := &siteVersionedReader{fakeReader: newFixtureReader(), version: "v1"}
		h, _ := newTestHandler(t, r, withBase)
		targets := []string{atomPath, searchFeedPath(atomPath, "fare")}
		if searchFirst {
			slices.Reverse(targets)
		}
		items := map[string]int{}
		for _, target := range append(targets, targets...) {
			items[target] = len(parseFeed(t, "atom", fetchFeed(t, h, target, "application/atom+xml")).Items)
			if target != atomPath && items[target] != 1 || target == atomPath && items[target] != 2 {
				t.Errorf("search first %v: GET %s has %d entries", searchFirst, target, items[target])
			}
		}
		if r.lists != 1 {
			t.Errorf("search first %v: the latest stories were listed %d times, want once and kept", searchFirst, r.lists)
		}
	}
}

// A feed of a search answers a poll with its ETag by 304, and has no
// Last-Modified: a story that stops matching may leave the newest date
// as it was.
func TestSearchFeedConditionalGet(t *testing.T) {
	for _, ff := range feedFormats {
		t.Run(ff.format, func(t *testing.T) {
			fr := newFixtureReader()
			h, _ := newTestHandler(t, fr, nil)
			target := searchFeedPath(ff.path, "on")
			first := request(t, h, http.MethodGet, target, nil)
			etag := first.Header().Get("ETag")
			if first.Code != http.StatusOK || etag == "" || first.Header().Get("Last-Modified") != "" {
				t.Fatalf("GET: %d, ETag %q, Last-Modified %q; want 200, an ETag and no date", first.Code, etag, first.Header().Get("Last-Modified"))
			}
			if got := first.Header().Get("Cache-Control"); got != "public, max-age=300" {
				t.Errorf("Cache-Control %q", got)
			}
			if rec := request(t, h, http.MethodGet, target, map[string]string{"If-None-Match": etag}); rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
				t.Errorf("same ETag: %d with %d bytes, want 304 and none", rec.Code, rec.Body.Len())
			}
			if head := request(t, h, http.MethodHead, target, nil); head.Code != http.StatusOK || head.Body.Len() != 0 || head.Header().Get("ETag") != etag {
				t.Errorf("HEAD: %d, %d bytes, ETag %q", head.Code, head.Body.Len(), head.Header().Get("ETag"))
			}
			// the older story stops matching; the newest is as it was
			p := fr.pages["transit-fares"]
			p.Lead = []news.Sentence{s("The regional transit board proposed its first fare increase in four years.", 1)}
			fr.pages["transit-fares"] = p
			since := riverBarrierPage().Updated.Format(http.TimeFormat)
			again := request(t, h, http.MethodGet, target, map[string]string{"If-None-Match": etag, "If-Modified-Since": since})
			if again.Code != http.StatusOK || again.Header().Get("ETag") == etag || strings.Contains(again.Body.String(), "transit-fares") {
				t.Errorf("after a story stopped matching: %d, ETag %q; want 200, a new ETag, and the story gone", again.Code, again.Header().Get("ETag"))
			}
		})
	}
}

func TestSearchFeedBadRequests(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	for _, ff := range feedFormats {
		for _, query := range []string{"q=", "q=+++", "q=" + strings.Repeat("a", maxQueryBytes+1)} {
			rec := get(t, h, ff.path+"?"+query)
			if rec.Code != http.StatusBadRequest {
				t.Errorf("GET %s?%.20s: %d, want 400", ff.path, query, rec.Code)
			}
			if ff.format == "json" {
				var body errorBody
				decodeJSON(t, rec, &body)
				if body.Error.Code != codeBadRequest || body.Error.Message == "" {
					t.Errorf("GET %s?%.20s: error %+v", ff.path, query, body.Error)
				}
			} else if !strings.Contains(rec.Header().Get("Content-Type"), "text/html") {
				t.Errorf("GET %s?%.20s: %q, want the error page", ff.path, query, rec.Header().Get("Content-Type"))
			}
		}
		// another parameter is not a search
		if n := len(parseFeed(t, ff.format, fetchFeed(t, h, ff.path+"?utm_source=x", ff.mediaType)).Items); n != 2 {
			t.Errorf("GET %s?utm_source=x: %d items, want the latest stories", ff.path, n)
		}
	}
}

// A hostile query is text in the feed's title, in every format.
func TestSearchFeedHostileQuery(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), withBase)
	q := `barrier <script>alert(1)</script> & "x" ]]>`
	for _, ff := range feedFormats {
		body := fetchFeed(t, h, searchFeedPath(ff.path, q), ff.mediaType)
		got := parseFeed(t, ff.format, body)
		if want := "Stories matching “" + q + "” — " + DefaultSiteName; got.Title != want {
			t.Errorf("%s: title %q, want %q", ff.format, got.Title, want)
		}
		if strings.Contains(body, "<script>") {
			t.Errorf("%s: the query is markup in the feed", ff.format)
		}
	}
}

// The results of a search of the stories offer its feeds, in the head to
// feed readers, before the site's, and in the text to people; each
// answers with its type. A search of the reports, or none, offers none.
func TestSearchPageLinksItsFeeds(t *testing.T) {
	h, _ := newTestHandler(t, newReportReader(), nil)
	doc := parseHTML(t, get(t, h, "/search?q=flood+barrier").Body.String())
	alternates := findAll(find(doc, tag("head")), func(n *html.Node) bool { return n.Data == "link" && attr(n, "rel") == "alternate" })
	if len(alternates) != 6 {
		t.Fatalf("%d alternate links, want the search's three and the site's three", len(alternates))
	}
	visible := findAll(find(doc, tagClass("p", "search-feeds")), tag("a"))
	if len(visible) != 3 {
		t.Fatalf("%d visible feed links, want 3", len(visible))
	}
	for i, ff := range feedFormats {
		l := alternates[i]
		if attr(l, "type") != ff.mediaType || attr(l, "href") != ff.path+"?q=flood+barrier" ||
			!strings.HasPrefix(attr(l, "title"), "Stories matching “flood barrier” — "+DefaultSiteName) {
			t.Errorf("alternate link %d: %q %q %q", i, attr(l, "type"), attr(l, "href"), attr(l, "title"))
		}
		if attr(visible[i], "href") != attr(l, "href") {
			t.Errorf("visible link %d leads to %q", i, attr(visible[i], "href"))
		}
		got := parseFeed(t, ff.format, fetchFeed(t, h, attr(l, "href"), ff.mediaType))
		if len(got.Items) != 1 || !strings.HasPrefix(got.Title, "Stories matching") {
			t.Errorf("%s: %q with %d items", attr(l, "href"), got.Title, len(got.Items))
		}
	}
	// a search of the stories with no match may have one later
	for target, offered := range map[string]bool{"/search?q=volcano": true, "/search?q=dunmere&in=reports": false, "/search": false} {
		doc := parseHTML(t, get(t, h, target).Body.String())
		n := len(findAll(find(doc, tag("head")), func(n *html.Node) bool { return n.Data == "link" && attr(n, "rel") == "alternate" }))
		want := 3
		if offered {
			want = 6
		}
		if n != want || (find(doc, tagClass("p", "search-feeds")) != nil) != offered {
			t.Errorf("GET %s: %d alternate links, want %d; visible feed links want %v", target, n, want, offered)
		}
	}
}
