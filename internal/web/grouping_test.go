package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestAPIGrouping: /api/stories/{id}/grouping says why a published
// story's reports are one story, names reports by their place in its own
// list, and gives neither the desk's report IDs nor what an editor wrote.
func TestAPIGrouping(t *testing.T) {
	gr := newGroupingReader()
	gr.moved = map[string]string{"old-barrier": "river-barrier"}
	h, logs := newTestHandler(t, gr, nil)

	rec := get(t, h, "/api/stories/river-barrier/grouping")
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("GET grouping: %d %q\n%s", rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
	}
	var got groupingDoc
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	one, two := 1, 2
	g := fixtureGroupings()["river-barrier"]
	want := groupingDoc{ID: "river-barrier", URL: "/stories/river-barrier", First: g.First, Last: g.Last, WindowHours: 96,
		Threshold: 0.2, Average: 0.38, Pairs: 1, Corpus: 40,
		Reports: []groupingReport{
			{Ref: 1, Outlet: "Valley Courier", Title: "Dunmere flood barrier rises", URL: "https://valleycourier.example/barrier", Published: g.First,
				Closest: &two, Similarity: 0.38, Compared: true},
			{Ref: 2, Outlet: "Metro Wire", Title: "Barrier holds back the Dunmere river", URL: "https://metrowire.example/barrier", Published: g.Last,
				Closest: &one, Similarity: 0.38, Compared: true},
		},
		Names:     []sharedDoc{{"Dunmere", 2}},
		Terms:     []sharedDoc{{"barrier", 2}, {"flood", 2}},
		Numbers:   []sharedDoc{{"4,200", 2}},
		Decisions: []decisionDoc{{Kind: "merge", At: g.Decisions[0].At, Together: []int{1, 2}, Taken: []int{}, Left: []int{}}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("grouping (-want +got):\n%s", diff)
	}
	for _, secret := range []string{editorNote, editorName, "311", "312"} {
		if strings.Contains(rec.Body.String(), `"`+secret) || strings.Contains(rec.Body.String(), secret+`"`) {
			t.Errorf("the grouping gives %q, which stays on the admin pages", secret)
		}
	}

	tests := []struct {
		path, location string
		status         int
	}{
		{"/api/stories/no-such-story/grouping", "", http.StatusNotFound},
		// A story without a page is not public, whatever the desk knows
		// of its grouping.
		{"/api/stories/draft-story/grouping", "", http.StatusNotFound},
		{"/api/stories/old-barrier/grouping", "/api/stories/river-barrier/grouping", http.StatusMovedPermanently},
		{"/api/stories/broken/grouping", "", http.StatusInternalServerError},
	}
	for _, tt := range tests {
		rec := get(t, h, tt.path)
		if rec.Code != tt.status || rec.Header().Get("Location") != tt.location {
			t.Errorf("GET %s: %d to %q, want %d to %q", tt.path, rec.Code, rec.Header().Get("Location"), tt.status, tt.location)
		}
		if rec.Code >= 400 && !strings.Contains(rec.Body.String(), `"error"`) {
			t.Errorf("GET %s: %s, want a JSON error", tt.path, rec.Body.String())
		}
	}
	if strings.Contains(get(t, h, "/api/stories/broken/grouping").Body.String(), "secret-detail") || !strings.Contains(logs.String(), "secret-detail-42") {
		t.Errorf("a store failure leaks to the reader, or is not logged")
	}

	// Without a reader that explains groupings, the address is unknown.
	plain, _ := newTestHandler(t, newFixtureReader(), nil)
	if rec := get(t, plain, "/api/stories/river-barrier/grouping"); rec.Code != http.StatusNotFound {
		t.Errorf("GET grouping without a GroupingReader: %d, want 404", rec.Code)
	}
}

// whySection returns the "Why grouped" section of a story's admin page.
func whySection(t *testing.T, body string) *html.Node {
	t.Helper()
	return find(parseHTML(t, body), func(n *html.Node) bool { return n.Data == "section" && attr(n, "aria-labelledby") == "why" })
}

// TestAdminWhyGrouped: a story's admin page says why its reports are
// one story: what they share and by how many, each report's closest
// report with their similarity, the time they span, and the editors'
// decisions that name them.
func TestAdminWhyGrouped(t *testing.T) {
	h, _ := newAdminHandler(t, newFixtureAdmin(), "", nil)
	var b browser
	rec := b.visit(t, h, "/admin/stories/"+pierStory)
	why := whySection(t, rec.Body.String())
	if rec.Code != http.StatusOK || why == nil || text(find(why, tag("h2"))) != "Why grouped" {
		t.Fatalf("GET story: %d, want a Why grouped section", rec.Code)
	}
	ties := map[string]string{}
	for _, dt := range findAll(why, tag("dt")) {
		dd := dt.NextSibling
		for dd != nil && dd.Data != "dd" {
			dd = dd.NextSibling
		}
		ties[text(dt)] = text(dd)
	}
	wantTies := map[string]string{
		"Names shared":     "Dunmere (2 reports)Tarrow (2 reports)",
		"Key terms shared": "pier (2 reports)repairs (2 reports)",
		"Numbers shared":   "1.8 (2 reports)",
	}
	if diff := cmp.Diff(wantTies, ties); diff != "" {
		t.Errorf("what the reports share (-want +got):\n%s", diff)
	}
	type row struct{ Report, Closest, Similarity string }
	var rows []row
	for _, tr := range findAll(find(why, tag("tbody")), tag("tr")) {
		cells := findAll(tr, tag("td"))
		rows = append(rows, row{text(find(tr, tag("th"))), text(cells[0]), text(cells[1])})
	}
	wantRows := []row{
		{"Dunmere council votes to close the east pier The Harbor Ledger, report 101", "East pier shut for repairs after divers find rot Valley Courier, report 102", "0.52"},
		{"East pier shut for repairs after divers find rot Valley Courier, report 102", "Dunmere council votes to close the east pier The Harbor Ledger, report 101", "0.52"},
		{"Tarrow Harbour Board names a new chair Northgate Tribune, report 107", "Dunmere council votes to close the east pier The Harbor Ledger, report 101", "0.04"},
	}
	if diff := cmp.Diff(wantRows, rows); diff != "" {
		t.Errorf("closest reports (-want +got):\n%s", diff)
	}
	summary := text(find(why, tag("p")))
	for _, want := range []string{"averages 0.19 over 3 pairs", "reaches 0.20", "span 4 h, from 12:00, 22/02/2026 to 16:00, 22/02/2026", "up to 4 d apart"} {
		if !strings.Contains(summary, want) {
			t.Errorf("summary %q lacks %q", summary, want)
		}
	}
	if !strings.Contains(text(why), "No editor's decision names these reports") {
		t.Errorf("the pier story claims a decision")
	}
	checkAdminAnatomy(t, parseHTML(t, rec.Body.String()))

	// The ferry report, split off by an editor: the decision is why it
	// stands alone.
	why = whySection(t, b.visit(t, h, "/admin/stories/"+ferryStory).Body.String())
	li := find(why, tag("li"))
	if got := text(li); !strings.Contains(got, "Split No. 2") || !strings.Contains(got, "took report 88 out of the story of reports 86 and 87") {
		t.Errorf("decision %q, want the split that took report 88 out", got)
	}
	if got := text(find(find(why, tag("tbody")), tag("td"))); got != "The only report of the story." {
		t.Errorf("the lone report's closest: %q", got)
	}
}

// TestAdminWhyGroupedFails: when the desk cannot explain a grouping, the
// story's page still serves its reports and forms, says so in the
// section, and leaves the detail to the log; an unknown story is a 404.
func TestAdminWhyGroupedFails(t *testing.T) {
	fake := newFixtureAdmin()
	fake.groupingErr = errors.New("list articles: disk on fire: secret-detail-9")
	h, logs := newAdminHandler(t, fake, "", nil)
	var b browser
	rec := b.visit(t, h, "/admin/stories/"+pierStory)
	why := whySection(t, rec.Body.String())
	if rec.Code != http.StatusOK || why == nil || attr(find(why, tagClass("p", "problem")), "role") != "alert" {
		t.Fatalf("GET story: %d, want the page with the problem in its Why grouped section", rec.Code)
	}
	if strings.Contains(rec.Body.String(), "secret-detail") || !strings.Contains(logs.String(), "secret-detail-9") {
		t.Errorf("the failure leaks to the page, or is not logged")
	}
	if find(parseHTML(t, rec.Body.String()), func(n *html.Node) bool { return n.Data == "form" && strings.HasSuffix(attr(n, "action"), "/split") }) == nil {
		t.Errorf("the split form is gone")
	}
	for _, path := range []string{"/admin/stories/nope", "/admin/stories/%00"} {
		if rec := b.visit(t, h, path); rec.Code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, rec.Code)
		}
	}
}

// TestAdminGroupingPaging: the Grouping page lists its stories and its
// decisions a page at a time, each with links to the pages before and
// after that keep the other list's page; a page number that is not one
// is a 400 that names the parameter, and a page past the end a 404.
func TestAdminGroupingPaging(t *testing.T) {
	fake := newFixtureAdmin()
	fake.stories, fake.decisions = nil, nil
	for i := range 120 {
		fake.stories = append(fake.stories, news.StoryStatus{ID: fmt.Sprintf("story-%03d", i), Headline: fmt.Sprintf("Story %d", i),
			Latest: testNow.Add(-time.Duration(i) * time.Hour), Articles: 2, Outlets: 2})
	}
	for i := range 60 { // oldest first, as the store gives them
		fake.decisions = append(fake.decisions, news.Decision{ID: int64(i + 1), Kind: news.DecisionTogether, Articles: []int64{1, 2},
			At: testNow.Add(-time.Duration(60-i) * time.Hour)})
	}
	h, _ := newAdminHandler(t, fake, "", nil)
	var b browser

	type page struct {
		Stories, Decisions         []string // the first and last of each list
		StoryPrev, StoryNext       string
		DecisionPrev, DecisionNext string
	}
	read := func(path string) page {
		t.Helper()
		rec := b.visit(t, h, path)
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s: %d", path, rec.Code)
		}
		doc := parseHTML(t, rec.Body.String())
		ends := func(class string) []string {
			rows := findAll(find(find(doc, tagClass("table", class)), tag("tbody")), tag("tr"))
			return []string{text(find(rows[0], tag("th"))), text(find(rows[len(rows)-1], tag("th"))), strconv.Itoa(len(rows))}
		}
		link := func(label, rel string) string {
			nav := find(doc, func(n *html.Node) bool { return n.Data == "nav" && attr(n, "aria-label") == label })
			if nav == nil {
				return ""
			}
			if a := find(nav, func(n *html.Node) bool { return n.Data == "a" && attr(n, "rel") == rel }); a != nil {
				return attr(a, "href")
			}
			return ""
		}
		checkAdminAnatomy(t, doc)
		return page{ends("stories"), ends("decisions"), link("Pages of stories", "prev"), link("Pages of stories", "next"),
			link("Pages of decisions", "prev"), link("Pages of decisions", "next")}
	}
	tests := []struct {
		path string
		want page
	}{
		{"/admin/stories", page{[]string{"Story 0", "Story 49", "50"}, []string{"Merge No. 60", "Merge No. 11", "50"},
			"", "/admin/stories?page=2", "", "/admin/stories?decisions-page=2"}},
		{"/admin/stories?page=2", page{[]string{"Story 50", "Story 99", "50"}, []string{"Merge No. 60", "Merge No. 11", "50"},
			"/admin/stories", "/admin/stories?page=3", "", "/admin/stories?decisions-page=2&page=2"}},
		{"/admin/stories?page=3&decisions-page=2", page{[]string{"Story 100", "Story 119", "20"}, []string{"Merge No. 10", "Merge No. 1", "10"},
			"/admin/stories?decisions-page=2&page=2", "", "/admin/stories?page=3", ""}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, read(tt.path)); diff != "" {
			t.Errorf("GET %s (-want +got):\n%s", tt.path, diff)
		}
	}

	for path, want := range map[string]string{
		"/admin/stories?page=0":                  "The page of stories (?page=) must be a whole number from 1 to 100000.",
		"/admin/stories?page=-1":                 "The page of stories (?page=) must be a whole number from 1 to 100000.",
		"/admin/stories?page=two":                "The page of stories (?page=) must be a whole number from 1 to 100000.",
		"/admin/stories?page=1.5":                "The page of stories (?page=) must be a whole number from 1 to 100000.",
		"/admin/stories?page=":                   "The page of stories (?page=) must be a whole number from 1 to 100000.",
		"/admin/stories?page=100001":             "The page of stories (?page=) must be a whole number from 1 to 100000.",
		"/admin/stories?decisions-page=x":        "The page of decisions (?decisions-page=) must be a whole number from 1 to 100000.",
		"/admin/stories?page=2&decisions-page=0": "The page of decisions (?decisions-page=) must be a whole number from 1 to 100000.",
	} {
		rec := b.visit(t, h, path)
		if rec.Code != http.StatusBadRequest || !strings.Contains(html.UnescapeString(rec.Body.String()), want) {
			t.Errorf("GET %s: %d, want 400 saying %q", path, rec.Code, want)
		}
	}
	for path, want := range map[string]string{
		"/admin/stories?page=4":           "There is no page 4 of stories",
		"/admin/stories?decisions-page=3": "There is no page 3 of decisions: there are 60.",
	} {
		rec := b.visit(t, h, path)
		if rec.Code != http.StatusNotFound || !strings.Contains(html.UnescapeString(rec.Body.String()), want) {
			t.Errorf("GET %s: %d, want 404 saying %q", path, rec.Code, want)
		}
	}
}
