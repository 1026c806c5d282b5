package web

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// searchRecorder remembers what it was asked to search for.
type searchRecorder struct {
	*fakeReader
	query         string
	limit, offset int
	calls         int
}

func (r *searchRecorder) SearchStories(ctx context.Context, query string, limit, offset int) ([]news.StorySummary, error) {
	r.query, r.limit, r.offset = query, limit, offset
	r.calls++
	return r.fakeReader.SearchStories(ctx, query, limit, offset)
}

// checkSearchForm checks that form is a plain GET to /search with a
// search box named q that a visible label names, and returns the box.
func checkSearchForm(t *testing.T, doc, form *html.Node) *html.Node {
	t.Helper()
	if attr(form, "method") != "get" || attr(form, "action") != "/search" || attr(form, "role") != "search" {
		t.Errorf("search form: method %q action %q role %q; want get, /search, search", attr(form, "method"), attr(form, "action"), attr(form, "role"))
	}
	box := find(form, func(n *html.Node) bool { return n.Data == "input" && attr(n, "name") == "q" })
	if box == nil {
		t.Fatal("search form has no input named q")
	}
	if attr(box, "type") != "search" || attr(box, "id") == "" {
		t.Errorf("search box: type %q id %q", attr(box, "type"), attr(box, "id"))
	}
	label := find(doc, func(n *html.Node) bool { return n.Data == "label" && attr(n, "for") == attr(box, "id") })
	if label == nil || strings.TrimSpace(text(label)) == "" {
		t.Errorf("search box #%s has no label", attr(box, "id"))
	}
	if ids(doc)[attr(box, "id")] != 1 {
		t.Errorf("id %q is not unique", attr(box, "id"))
	}
	if find(form, func(n *html.Node) bool { return n.Data == "button" && attr(n, "type") == "submit" }) == nil {
		t.Errorf("search form has no submit button")
	}
	return box
}

// Every reader's page carries the search form in its header; the search
// page has its own instead, and the admin pages none.
func TestSearchFormInHeader(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	for _, path := range []string{"/", "/stories/river-barrier", "/about", "/stories/no-such-story", "/outlets", "/outlets/harbor-ledger"} {
		t.Run(path, func(t *testing.T) {
			doc := parseHTML(t, get(t, h, path).Body.String())
			head := find(doc, tagClass("header", "site-head"))
			forms := findAll(doc, tag("form"))
			if len(forms) != 1 || head == nil || find(head, tag("form")) != forms[0] {
				t.Fatalf("%d forms; want one, in the header", len(forms))
			}
			checkSearchForm(t, doc, forms[0])
			if len(findAll(doc, script)) != 0 {
				t.Errorf("a script on the page")
			}
		})
	}
	doc := parseHTML(t, get(t, h, "/search").Body.String())
	if forms := findAll(doc, tag("form")); len(forms) != 1 || find(find(doc, tag("main")), tag("form")) != forms[0] {
		t.Errorf("search page: %d forms, want its own only", len(forms))
	}
}

func TestSearchPage(t *testing.T) {
	fr := &searchRecorder{fakeReader: newFixtureReader()}
	h, _ := newTestHandler(t, fr, nil)
	rec := get(t, h, "/search?q=+flood+barrier+")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	if fr.query != "flood barrier" || fr.limit != searchPageSize+1 || fr.offset != 0 {
		t.Errorf("asked the store for %q, %d, %d", fr.query, fr.limit, fr.offset)
	}
	doc := parseHTML(t, rec.Body.String())
	box := checkSearchForm(t, doc, find(doc, tag("form")))
	if attr(box, "value") != "flood barrier" {
		t.Errorf("search box holds %q, want the query", attr(box, "value"))
	}
	cards := findAll(doc, tagClass("article", "card"))
	if len(cards) != 1 {
		t.Fatalf("%d results, want 1", len(cards))
	}
	a := find(find(cards[0], tag("h2")), tag("a"))
	if attr(a, "href") != "/stories/river-barrier" || text(a) != riverBarrierPage().Headline {
		t.Errorf("result links %q %q", attr(a, "href"), text(a))
	}
	if find(cards[0], tag("time")) == nil || find(cards[0], tagClass("ul", "tally")) == nil || find(cards[0], tagClass("p", "card-lead")) == nil {
		t.Errorf("result lacks a date, lead or coverage")
	}
	if got := text(find(doc, tagClass("p", "search-count"))); got != "1 story matches “flood barrier”" {
		t.Errorf("count line %q", got)
	}
	if find(doc, func(n *html.Node) bool { return n.Data == "a" && attr(n, "rel") == "next" }) != nil {
		t.Errorf("a More results link with nothing more")
	}
	if len(findAll(doc, tag("h1"))) != 1 {
		t.Errorf("want one h1")
	}
	robots := find(doc, func(n *html.Node) bool { return n.Data == "meta" && attr(n, "name") == "robots" })
	if robots == nil || !strings.Contains(attr(robots, "content"), "noindex") {
		t.Errorf("search results are not kept out of search engines")
	}
	if title := text(find(doc, tag("title"))); !strings.HasPrefix(title, "Search: flood barrier") {
		t.Errorf("title %q", title)
	}
}

func TestSearchPageEmptyStates(t *testing.T) {
	fr := &searchRecorder{fakeReader: newFixtureReader()}
	h, _ := newTestHandler(t, fr, nil)
	for _, target := range []string{"/search", "/search?q=", "/search?q=+++"} {
		rec := get(t, h, target)
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s: status %d", target, rec.Code)
		}
		doc := parseHTML(t, rec.Body.String())
		if find(doc, tag("form")) == nil || find(doc, tagClass("p", "empty")) != nil || find(doc, tagClass("ol", "stories")) != nil {
			t.Errorf("GET %s: want the form alone", target)
		}
	}
	if fr.calls != 0 {
		t.Errorf("the store was searched %d times for nothing", fr.calls)
	}
	doc := parseHTML(t, get(t, h, "/search?q=volcano").Body.String())
	if got := text(find(doc, tagClass("p", "empty"))); !strings.HasPrefix(got, "No story matches “volcano”") {
		t.Errorf("empty state %q", got)
	}
	if find(doc, tagClass("ol", "stories")) != nil {
		t.Errorf("a list with no results")
	}
}

// The query is shown back as text, never as markup.
func TestSearchPageEscapesQuery(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	q := `"><script>alert(1)</script><b x='`
	rec := get(t, h, "/search?q="+url.QueryEscape(q))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	body := rec.Body.String()
	if strings.Contains(body, "<script>") || strings.Contains(body, "<b x=") {
		t.Errorf("query echoed as markup:\n%s", body)
	}
	doc := parseHTML(t, body)
	if len(findAll(doc, script)) != 0 || len(findAll(doc, tag("b"))) != 0 {
		t.Errorf("query became elements")
	}
	if v := attr(find(doc, func(n *html.Node) bool { return n.Data == "input" && attr(n, "name") == "q" }), "value"); v != q {
		t.Errorf("search box holds %q, want %q", v, q)
	}
	if got := text(find(doc, tagClass("p", "empty"))); !strings.Contains(got, q) {
		t.Errorf("empty state %q does not show the query as text", got)
	}
}

func TestSearchPagePaging(t *testing.T) {
	fr := &fakeReader{pages: map[string]news.Page{}}
	base := riverBarrierPage()
	for i := range searchPageSize + 5 {
		p := base
		p.StoryID = "story-" + string(rune('a'+i))
		p.Published = base.Published.Add(-time.Duration(i) * time.Hour)
		fr.pages[p.StoryID] = p
	}
	h, _ := newTestHandler(t, fr, nil)
	doc := parseHTML(t, get(t, h, "/search?q=flood").Body.String())
	if n := len(findAll(doc, tagClass("article", "card"))); n != searchPageSize {
		t.Errorf("first page has %d results, want %d", n, searchPageSize)
	}
	next := find(doc, func(n *html.Node) bool { return n.Data == "a" && attr(n, "rel") == "next" })
	if next == nil || text(next) != "More results" || attr(next, "href") != "/search?offset=20&q=flood" {
		t.Fatalf("More results link: %v", next)
	}
	doc = parseHTML(t, get(t, h, attr(next, "href")).Body.String())
	if n := len(findAll(doc, tagClass("article", "card"))); n != 5 {
		t.Errorf("second page has %d results, want 5", n)
	}
	if find(doc, func(n *html.Node) bool { return n.Data == "a" && attr(n, "rel") == "next" }) != nil {
		t.Errorf("the last page links to more")
	}
	doc = parseHTML(t, get(t, h, "/search?q=flood&offset=40").Body.String())
	if got := text(find(doc, tagClass("p", "empty"))); !strings.HasPrefix(got, "No more stories match") {
		t.Errorf("past the end: %q", got)
	}
}

func TestSearchPageBadRequests(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	for _, target := range []string{
		"/search?q=" + strings.Repeat("a", maxQueryBytes+1),
		"/search?q=flood&offset=-1",
		"/search?q=flood&offset=x",
	} {
		rec := get(t, h, target)
		if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Header().Get("Content-Type"), "text/html") {
			t.Errorf("GET %.60s: %d %q, want a 400 page", target, rec.Code, rec.Header().Get("Content-Type"))
		}
	}
	if rec := get(t, h, "/search?q="+strings.Repeat("a", maxQueryBytes)); rec.Code != http.StatusOK {
		t.Errorf("a query of %d bytes: status %d", maxQueryBytes, rec.Code)
	}
	fr := newFixtureReader()
	fr.listErr = errors.New("connection refused: secret-detail-9")
	h, _ = newTestHandler(t, fr, nil)
	if rec := get(t, h, "/search?q=flood"); rec.Code != http.StatusInternalServerError || strings.Contains(rec.Body.String(), "secret-detail") {
		t.Errorf("failing store: %d, want a 500 without the detail", rec.Code)
	}
}

func TestAPISearch(t *testing.T) {
	fr := &searchRecorder{fakeReader: newFixtureReader()}
	h, _ := newTestHandler(t, fr, nil)
	rec := get(t, h, "/api/search?q=flood")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	var body map[string]json.RawMessage
	decodeJSON(t, rec, &body)
	if len(body) != 2 || string(body["query"]) != `"flood"` {
		t.Errorf("body %s, want query and stories only", rec.Body)
	}
	var found, listed storyList
	if err := json.Unmarshal(rec.Body.Bytes(), &found); err != nil {
		t.Fatal(err)
	}
	decodeJSON(t, get(t, h, "/api/stories"), &listed)
	if len(found.Stories) != 1 || len(listed.Stories) != 2 {
		t.Fatalf("%d found, %d listed", len(found.Stories), len(listed.Stories))
	}
	// a result is exactly what /api/stories says of the same story
	if diff := cmp.Diff(listed.Stories[0], found.Stories[0]); diff != "" {
		t.Errorf("search result differs from /api/stories (-stories +search):\n%s", diff)
	}
	if fr.limit != defaultLimit || fr.offset != 0 {
		t.Errorf("default paging %d, %d", fr.limit, fr.offset)
	}
	get(t, h, "/api/search?q=flood&limit=100000&offset=7")
	if fr.limit != maxLimit || fr.offset != 7 {
		t.Errorf("paging %d, %d; want the limit clamped to %d", fr.limit, fr.offset, maxLimit)
	}

	// no match is an empty list, not null
	rec = get(t, h, "/api/search?q=volcano")
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"stories":[]`) {
		t.Errorf("no match: %d %s", rec.Code, rec.Body)
	}

	h, _ = newTestHandler(t, fr, func(o *Options) { o.BaseURL = "https://news.example/" })
	decodeJSON(t, get(t, h, "/api/search?q=flood"), &found)
	if len(found.Stories) != 1 || found.Stories[0].URL != "https://news.example/stories/river-barrier" {
		t.Errorf("with a base URL: %+v", found.Stories)
	}
}

func TestAPISearchBadRequests(t *testing.T) {
	fr := &searchRecorder{fakeReader: newFixtureReader()}
	h, _ := newTestHandler(t, fr, nil)
	for _, q := range []string{"", "q=", "q=+", "q=" + strings.Repeat("x", maxQueryBytes+1), "q=a&limit=0", "q=a&limit=x", "q=a&offset=-1"} {
		rec := get(t, h, "/api/search?"+q)
		if rec.Code != http.StatusBadRequest {
			t.Errorf("%.40s: status %d, want 400", q, rec.Code)
			continue
		}
		var body errorBody
		decodeJSON(t, rec, &body)
		if body.Error.Code != codeBadRequest || body.Error.Message == "" {
			t.Errorf("%.40s: error %+v, want code bad_request and a message", q, body.Error)
		}
		if strings.HasPrefix(q, "q=x") && !strings.Contains(body.Error.Message, "200") {
			t.Errorf("too long: message %q does not say the limit", body.Error.Message)
		}
	}
	if fr.calls != 0 {
		t.Errorf("the store was searched %d times", fr.calls)
	}
	fr.listErr = errors.New("connection refused: secret-detail-8")
	if rec := get(t, h, "/api/search?q=flood"); rec.Code != http.StatusInternalServerError || strings.Contains(rec.Body.String(), "secret-detail") {
		t.Errorf("failing store: %d %s, want a 500 without the detail", rec.Code, rec.Body)
	}
}

// hostileSnippets gives each story found a snippet with markup in it.
type hostileSnippets struct{ *fakeReader }

func (r hostileSnippets) SearchStories(ctx context.Context, query string, limit, offset int) ([]news.StorySummary, error) {
	list, err := r.fakeReader.SearchStories(ctx, query, limit, offset)
	for i := range list {
		text := `Stalls <img src=x onerror=alert(1)> filled the flood & barrier square.`
		list[i].Snippet = news.Snippet{Text: text, Marks: append(spansOf(text, "flood"), spansOf(text, "barrier")...)}
	}
	return list, err
}

// A story found shows, instead of its lead, the sentences of its page
// that hold the words searched for, with those words marked as in a
// search of the reports, and everything escaped; the front page's cards
// show the lead with nothing marked.
func TestSearchPageStorySnippet(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	doc := parseHTML(t, get(t, h, "/search?q=flood+barrier").Body.String())
	cards := findAll(doc, tagClass("article", "card"))
	if len(cards) != 1 {
		t.Fatalf("%d results, want 1", len(cards))
	}
	sn := find(cards[0], tagClass("p", "snippet"))
	if sn == nil {
		t.Fatal("the result has no snippet")
	}
	if got, want := text(sn), riverBarrierPage().Lead[0].Text; got != want {
		t.Errorf("snippet %q, want %q", got, want)
	}
	if diff := cmp.Diff([]string{"flood", "barrier"}, marks(sn)); diff != "" {
		t.Errorf("marked words (-want +got):\n%s", diff)
	}
	if n := len(findAll(cards[0], tagClass("p", "card-lead"))); n != 1 {
		t.Errorf("%d lead paragraphs, want the snippet alone", n)
	}
	front := parseHTML(t, get(t, h, "/").Body.String())
	if find(front, tag("mark")) != nil || find(front, tagClass("p", "snippet")) != nil {
		t.Errorf("the front page marks words")
	}

	h, _ = newTestHandler(t, hostileSnippets{newFixtureReader()}, nil)
	body := get(t, h, "/search?q=flood+barrier").Body.String()
	doc = parseHTML(t, body)
	sn = find(doc, tagClass("p", "snippet"))
	if got := text(sn); got != `Stalls <img src=x onerror=alert(1)> filled the flood & barrier square.` {
		t.Errorf("hostile snippet reads %q", got)
	}
	if find(sn, tag("img")) != nil || strings.Contains(body, "<img src=x") {
		t.Errorf("a snippet's markup reached the page")
	}
	if diff := cmp.Diff([]string{"flood", "barrier"}, marks(sn)); diff != "" {
		t.Errorf("hostile snippet's marked words (-want +got):\n%s", diff)
	}
}
