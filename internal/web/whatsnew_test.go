package web

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// whatsNewBox is the story page's "What's New" box, or nil.
func whatsNewBox(doc *html.Node) *html.Node { return find(doc, tagClass("section", "whats-new")) }

// TestStoryWhatsNew: a story page whose earlier version is kept says,
// between "In This Article" and the highlights, when it was updated, the
// outlets whose reports that added (each linked to its first report in
// the sources) and the first three sentences it added, cited as
// everywhere on the page, counting the rest; it links the page of the
// story's versions and the same list in the API, and is listed in "In
// This Article".
func TestStoryWhatsNew(t *testing.T) {
	h, _ := newTestHandler(t, newHistoryReader(), nil)
	doc := storyDoc(t, h, "dunmere-bridge")
	checkStoryAnatomy(t, doc)
	box := whatsNewBox(doc)
	if box == nil {
		t.Fatal("no What's New box on a rewritten story")
	}
	if h2 := find(box, tagID("h2", "whats-new")); h2 == nil || text(h2) != "What's New" || attr(box, "aria-labelledby") != "whats-new" {
		t.Errorf("the box is not a section labelled by its heading \"What's New\"")
	}
	pos := order(doc)
	if nav, hl := find(doc, tag("nav")), find(doc, tagClass("section", "highlights")); pos[box] < pos[nav] || pos[box] > pos[hl] {
		t.Errorf("the box is not between \"In This Article\" and the highlights")
	}

	ps := findAll(box, tag("p"))
	if len(ps) == 0 || text(ps[0]) != "Updated 10:15, 22/02/2026, with new reports from Eastwick Radio." {
		t.Fatalf("first line of the box: %q", text(ps[0]))
	}
	if when := find(ps[0], tag("time")); attr(when, "datetime") != "2026-02-22T09:15:00Z" {
		t.Errorf("update time datetime %q", attr(when, "datetime"))
	}
	if a := find(ps[0], tag("a")); attr(a, "href") != "#source-4" {
		t.Errorf("the new outlet links %q, want its first new report, #source-4", attr(a, "href"))
	}
	var sentences []string
	for _, li := range findAll(find(box, tag("ul")), tag("li")) {
		sen := find(li, tagClass("span", "s"))
		var cites []string
		for _, a := range findAll(sen, tagClass("a", "cite")) {
			cites = append(cites, attr(a, "href"))
		}
		sentences = append(sentences, ownText(sen)+" "+strings.Join(cites, " "))
	}
	want := []string{senMay + " #source-4", senCost + " #source-1 #source-5", senLowe + " #source-2 #source-4"}
	if diff := cmp.Diff(want, sentences); diff != "" {
		t.Errorf("new sentences in the box (-want +got):\n%s", diff)
	}
	if note := find(box, tagClass("p", "note")); note == nil || text(note) != "And 1 more new sentence below." {
		t.Errorf("the fourth new sentence is not counted")
	}
	if links := findAll(find(box, tagClass("p", "versions")), tag("a")); len(links) != 2 ||
		attr(links[0], "href") != "/stories/dunmere-bridge/versions" || attr(links[1], "href") != "/api/stories/dunmere-bridge/versions" {
		t.Errorf("the box does not link the page of the story's versions, then the same in the API")
	}
	if first := find(find(doc, tag("nav")), tag("a")); attr(first, "href") != "#whats-new" || text(first) != "What's New" {
		t.Errorf("\"In This Article\" begins with %q, want the box", attr(first, "href"))
	}
}

// TestStoryWhatsNewCases: the box names several new outlets as a list in
// words, says so when a rewrite added nothing, and is left out, as is
// its entry in "In This Article", when no earlier version is known; a
// static copy shows it without the link to the API, which it lacks.
func TestStoryWhatsNewCases(t *testing.T) {
	hr := newHistoryReader()
	river := riverBarrierPage()
	before := river
	before.Sources = river.Sources[:2]
	hr.earlier["river-barrier"] = []news.Page{before}
	h, _ := newTestHandler(t, hr, nil)

	box := whatsNewBox(storyDoc(t, h, "river-barrier"))
	if got := text(find(box, tag("p"))); got != "Updated 15:05, 22/02/2026, with new reports from Northgate Tribune, Metro Wire, Civic Report and Bayside Daily." {
		t.Errorf("four new outlets: %q", got)
	}
	if find(box, tag("ul")) != nil {
		t.Errorf("new sentences listed where there are none")
	}

	box = whatsNewBox(storyDoc(t, h, "dunmere-reworded"))
	if got := text(find(box, tag("p"))); got != "Updated 10:15, 22/02/2026, with no new reports and no new sentences." {
		t.Errorf("a rewrite that added nothing: %q", got)
	}

	for _, tt := range []struct {
		name   string
		reader Reader
		id     string
	}{
		{"no earlier version", hr, "transit-fares"},
		{"no versions kept", hr.fakeReader, "dunmere-bridge"},
	} {
		plain, _ := newTestHandler(t, tt.reader, nil)
		doc := storyDoc(t, plain, tt.id)
		if whatsNewBox(doc) != nil || strings.Contains(text(find(doc, tag("nav"))), "What's New") {
			t.Errorf("%s: a What's New box or its entry in \"In This Article\"", tt.name)
		}
	}

	static, _ := newTestHandler(t, newHistoryReader(), func(o *Options) { o.Static = true })
	box = whatsNewBox(storyDoc(t, static, "dunmere-bridge"))
	if box == nil || find(box, tagClass("p", "versions")) != nil || strings.Contains(text(box), "JSON") {
		t.Errorf("in a static copy: want the box, without the link to the API")
	}
}

// brokenHistory is the fixture reader with versions that cannot be read.
type brokenHistory struct{ *fakeReader }

func (brokenHistory) PageHistory(context.Context, string, int) ([]news.PageVersion, error) {
	return nil, errors.New("story versions: decode version 3: unexpected end of JSON input")
}

// TestStoryWhatsNewUnreadable: when a story's versions cannot be read,
// its page is shown as it is, without the box, and the failure logged.
func TestStoryWhatsNewUnreadable(t *testing.T) {
	h, logs := newTestHandler(t, brokenHistory{newFixtureReader()}, nil)
	doc := storyDoc(t, h, "river-barrier")
	if whatsNewBox(doc) != nil || text(find(doc, tag("h1"))) != riverBarrierPage().Headline {
		t.Errorf("want the page without a What's New box")
	}
	if !strings.Contains(logs.String(), "decode version 3") {
		t.Errorf("the failure is not logged:\n%s", logs)
	}
	if rec := get(t, h, "/stories/no-such-story"); rec.Code != http.StatusNotFound {
		t.Errorf("an unknown story: %d, want 404", rec.Code)
	}
}
