package web

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// leftBlindSpotPage is a story that outlets on the left covered nearly
// alone, older than the fixture's two.
func leftBlindSpotPage() news.Page {
	p := riverBarrierPage()
	p.StoryID, p.Headline = "quay-levy", "Dunmere council backs a levy for the quay walls"
	p.Published = transitFaresPage().Published.Add(-24 * time.Hour)
	p.Updated = p.Published
	p.Coverage = news.Coverage{ByLean: []news.LeanCount{
		{Lean: news.Left, Label: "Left", Count: 2},
		{Lean: news.LeanLeft, Label: "Lean Left", Count: 2},
		{Lean: news.Right, Label: "Right", Count: 0},
	}, Total: 4}
	return p
}

// newSideReader is the fixture reader with a blind spot on each side.
func newSideReader() *fakeReader {
	fr := newFixtureReader()
	fr.pages["quay-levy"] = leftBlindSpotPage()
	return fr
}

// feedIDs are the story IDs of a feed's entries, in order.
func feedIDs(f parsedFeed) []string {
	var ids []string
	for _, it := range f.Items {
		ids = append(ids, strings.TrimPrefix(it.ID, storyURNPrefix))
	}
	return ids
}

// TestOutletFeedContent: an outlet's feed holds, newest first, the
// published stories that one of its reports is part of, and no other;
// it says whose they are in its title, and links the outlet's page and
// itself.
func TestOutletFeedContent(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), withBase)
	for _, ff := range feedFormats {
		t.Run(ff.format, func(t *testing.T) {
			body := fetchFeed(t, h, ff.path+"?outlet=valley-courier", ff.mediaType)
			want := parsedFeed{
				Title:   "Stories covered by Valley Courier — " + DefaultSiteName,
				Home:    testBase + "/outlets/valley-courier",
				Self:    testBase + ff.path + "?outlet=valley-courier",
				Updated: riverBarrierPage().Updated,
				Items:   []parsedItem{wantItem(testBase, riverBarrierPage()), wantItem(testBase, transitFaresPage())},
			}
			if ff.format == "json" {
				want.Updated = time.Time{}
				checkJSONFeed(t, body)
			}
			if diff := cmp.Diff(want, parseFeed(t, ff.format, body)); diff != "" {
				t.Errorf("feed of an outlet (-want +got):\n%s", diff)
			}
			for slug, wantIDs := range map[string][]string{
				"plains-herald":     {"transit-fares"},
				"harbor-ledger":     {"river-barrier"},
				"eastfield-gazette": nil, // has reported nothing
			} {
				got := feedIDs(parseFeed(t, ff.format, fetchFeed(t, h, ff.path+"?outlet="+slug, ff.mediaType)))
				if diff := cmp.Diff(wantIDs, got); diff != "" {
					t.Errorf("feed of %s (-want +got):\n%s", slug, diff)
				}
			}
		})
	}
}

// TestBlindSpotFeedContent: each side's feed holds the stories that the
// Blind Spots page lists under that side, and no other.
func TestBlindSpotFeedContent(t *testing.T) {
	h, _ := newTestHandler(t, newSideReader(), withBase)
	for _, ff := range feedFormats {
		t.Run(ff.format, func(t *testing.T) {
			body := fetchFeed(t, h, ff.path+"?blindspot=right", ff.mediaType)
			want := parsedFeed{
				Title:   "Stories covered almost only by the right — " + DefaultSiteName,
				Home:    testBase + "/blindspots#covered-by-the-right",
				Self:    testBase + ff.path + "?blindspot=right",
				Updated: transitFaresPage().Updated,
				Items:   []parsedItem{wantItem(testBase, transitFaresPage())},
			}
			if ff.format == "json" {
				want.Updated = time.Time{}
			}
			if diff := cmp.Diff(want, parseFeed(t, ff.format, body)); diff != "" {
				t.Errorf("feed of the right's blind spots (-want +got):\n%s", diff)
			}
			left := parseFeed(t, ff.format, fetchFeed(t, h, ff.path+"?blindspot=left", ff.mediaType))
			if diff := cmp.Diff([]string{"quay-levy"}, feedIDs(left)); diff != "" || left.Title != "Stories covered almost only by the left — "+DefaultSiteName {
				t.Errorf("feed of the left's blind spots %q (-want +got):\n%s", left.Title, diff)
			}
		})
	}
}

// An unknown outlet or side is not found; a blank one, or a feed asked
// for two scopes at once, is a bad request. The JSON feed says so in
// JSON, the others with the error page.
func TestSectionFeedErrors(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	tests := []struct {
		query   string
		status  int
		message string
	}{
		{"outlet=no-such-outlet", http.StatusNotFound, "follows no outlet"},
		{"blindspot=center", http.StatusNotFound, "blindspot=left or blindspot=right"},
		{"blindspot=up", http.StatusNotFound, "blindspot=left or blindspot=right"},
		{"outlet=", http.StatusBadRequest, "outlet is empty"},
		{"blindspot=", http.StatusBadRequest, "side is empty"},
		{"q=barrier&outlet=valley-courier", http.StatusBadRequest, "only one of q, outlet and blindspot"},
		{"outlet=valley-courier&blindspot=left", http.StatusBadRequest, "only one of q, outlet and blindspot"},
	}
	for _, ff := range feedFormats {
		for _, tt := range tests {
			rec := get(t, h, ff.path+"?"+tt.query)
			if rec.Code != tt.status {
				t.Errorf("GET %s?%s: %d, want %d", ff.path, tt.query, rec.Code, tt.status)
			}
			if ff.format == "json" {
				var body errorBody
				decodeJSON(t, rec, &body)
				if !strings.Contains(body.Error.Message, tt.message) {
					t.Errorf("GET %s?%s: error %+v, want it to say %q", ff.path, tt.query, body.Error, tt.message)
				}
			} else if !strings.Contains(rec.Header().Get("Content-Type"), "text/html") || !strings.Contains(html.UnescapeString(rec.Body.String()), tt.message) {
				t.Errorf("GET %s?%s: %q, want the error page saying %q", ff.path, tt.query, rec.Header().Get("Content-Type"), tt.message)
			}
		}
	}
	// a desk that cannot list outlets has no outlet feeds
	h, _ = newTestHandler(t, struct{ Reader }{newFixtureReader()}, nil)
	if rec := get(t, h, atomPath+"?outlet=valley-courier"); rec.Code != http.StatusNotFound {
		t.Errorf("outlet feed without an OutletReader: %d, want 404", rec.Code)
	}
}

// Each side's feed of blind spots is kept as the latest stories' feed is,
// apart from it and from the other side's; an outlet's feed is not kept,
// since the desk may stop following the outlet without a page changing.
// Neither has a Last-Modified, and both answer a poll with their ETag
// by 304.
func TestSectionFeedCaching(t *testing.T) {
	r := &siteVersionedReader{fakeReader: newSideReader(), version: "v1"}
	h, _ := newTestHandler(t, r, withBase)
	for _, target := range []string{atomPath + "?blindspot=right", atomPath + "?blindspot=left", atomPath, atomPath + "?blindspot=right", atomPath + "?blindspot=left", atomPath} {
		want := map[string]int{atomPath: 3, atomPath + "?blindspot=right": 1, atomPath + "?blindspot=left": 1}[target]
		if n := len(parseFeed(t, "atom", fetchFeed(t, h, target, "application/atom+xml")).Items); n != want {
			t.Errorf("GET %s: %d entries, want %d", target, n, want)
		}
	}
	if r.lists != 3 {
		t.Errorf("the latest stories were listed %d times, want once for each of three feeds", r.lists)
	}
	for _, target := range []string{atomPath + "?blindspot=right", rssPath + "?outlet=valley-courier", jsonPath + "?outlet=plains-herald"} {
		first := request(t, h, http.MethodGet, target, nil)
		etag := first.Header().Get("ETag")
		if first.Code != http.StatusOK || etag == "" || first.Header().Get("Last-Modified") != "" {
			t.Errorf("GET %s: %d, ETag %q, Last-Modified %q; want 200, an ETag and no date", target, first.Code, etag, first.Header().Get("Last-Modified"))
		}
		if got := first.Header().Get("Cache-Control"); got != "public, max-age=300" {
			t.Errorf("GET %s: Cache-Control %q", target, got)
		}
		if rec := request(t, h, http.MethodGet, target, map[string]string{"If-None-Match": etag}); rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
			t.Errorf("GET %s with its ETag: %d with %d bytes, want 304 and none", target, rec.Code, rec.Body.Len())
		}
	}
	// a story that stops being the outlet's leaves its feed at once
	delete(r.reports, "plains-herald")
	r.reports["plains-herald"] = []news.OutletReport{{Title: "Market day moves to Thursday", Published: testNow}}
	if ids := feedIDs(parseFeed(t, "json", fetchFeed(t, h, jsonPath+"?outlet=plains-herald", "application/feed+json"))); len(ids) != 0 {
		t.Errorf("outlet feed after its story went: %v, want none", ids)
	}
}

// alternates are the feeds a page's head offers.
func alternates(doc *html.Node) []*html.Node {
	return findAll(find(doc, tag("head")), func(n *html.Node) bool { return n.Data == "link" && attr(n, "rel") == "alternate" })
}

// An outlet's page and each side's section of the Blind Spots page offer
// their feeds, in the head before the site's and in the text, and each
// link answers with its feed; a static copy, which has only the site's
// feeds, offers none.
func TestSectionPagesLinkFeeds(t *testing.T) {
	h, _ := newTestHandler(t, newSideReader(), nil)
	pages := []struct {
		page     string
		sections []string // the ids of the sections that hold the links, "" for the page
		queries  []string
		titles   []string
	}{
		{"/outlets/valley-courier", []string{""}, []string{"outlet=valley-courier"}, []string{"Stories covered by Valley Courier"}},
		{"/blindspots", []string{"covered-by-the-left", "covered-by-the-right"}, []string{"blindspot=left", "blindspot=right"},
			[]string{"Stories covered almost only by the left", "Stories covered almost only by the right"}},
	}
	for _, pg := range pages {
		doc := parseHTML(t, get(t, h, pg.page).Body.String())
		heads := alternates(doc)
		if len(heads) != 3*len(pg.queries)+3 {
			t.Fatalf("GET %s: %d alternate links, want its %d and the site's three", pg.page, len(heads), 3*len(pg.queries))
		}
		for k, q := range pg.queries {
			within := doc
			if id := pg.sections[k]; id != "" {
				within = find(doc, func(n *html.Node) bool { return n.Data == "section" && attr(n, "aria-labelledby") == id })
			}
			visible := findAll(find(within, tagClass("p", "section-feeds")), tag("a"))
			if len(visible) != 3 {
				t.Fatalf("GET %s: %d visible links to the feeds of %s, want 3", pg.page, len(visible), q)
			}
			for i, ff := range feedFormats {
				l := heads[3*k+i]
				href := ff.path + "?" + q
				if attr(l, "type") != ff.mediaType || attr(l, "href") != href || !strings.HasPrefix(attr(l, "title"), pg.titles[k]+" — "+DefaultSiteName) {
					t.Errorf("GET %s: alternate link %d: %q %q %q", pg.page, 3*k+i, attr(l, "type"), attr(l, "href"), attr(l, "title"))
				}
				if attr(visible[i], "href") != href || attr(visible[i], "type") != ff.mediaType {
					t.Errorf("GET %s: visible link %d leads to %q", pg.page, i, attr(visible[i], "href"))
				}
				if got := parseFeed(t, ff.format, fetchFeed(t, h, href, ff.mediaType)); !strings.HasPrefix(got.Title, pg.titles[k]) || len(got.Items) == 0 {
					t.Errorf("%s: %q with %d items", href, got.Title, len(got.Items))
				}
			}
		}
	}
	static, _ := newTestHandler(t, newSideReader(), func(o *Options) { withBase(o); o.Static = true })
	for _, pg := range pages {
		doc := parseHTML(t, get(t, static, pg.page).Body.String())
		if n := len(alternates(doc)); n != 3 || find(doc, tagClass("p", "section-feeds")) != nil {
			t.Errorf("static GET %s: %d alternate links and visible feed links %v; want the site's three alone", pg.page, n, find(doc, tagClass("p", "section-feeds")) != nil)
		}
	}
}
