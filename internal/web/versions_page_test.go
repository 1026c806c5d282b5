package web

import (
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

// versionItem is one version as the page of a story's versions shows it:
// its heading, its line of when and from what, the reports it added
// (outlet, title and link) and the sentences it added, or its note.
type versionItem struct {
	Heading, Meta, Time string
	Reports             []string
	Sentences           []string
	Note                string
}

func versionItems(t *testing.T, doc *html.Node) []versionItem {
	t.Helper()
	var out []versionItem
	for _, li := range findAll(find(doc, tagClass("ol", "version-list")), tag("li")) {
		if li.Parent.Data != "ol" {
			continue
		}
		it := versionItem{Heading: text(find(li, tag("h2"))), Meta: text(find(li, tagClass("p", "src-meta")))}
		if tm := find(li, tag("time")); tm != nil {
			it.Time = attr(tm, "datetime")
		}
		lists := findAll(li, tag("ul"))
		for _, ul := range lists {
			for _, item := range findAll(ul, tag("li")) {
				if a := find(item, tag("a")); a != nil {
					it.Reports = append(it.Reports, text(item)+" <"+attr(a, "href")+">")
				} else {
					it.Sentences = append(it.Sentences, text(item))
				}
			}
		}
		if note := find(li, tagClass("p", "note")); note != nil {
			it.Note = text(note)
		}
		out = append(out, it)
	}
	return out
}

// TestStoryVersionsPage: the page of a story's versions lists every
// version the desk keeps, the published one first, each with when it was
// written, from how many reports and under what headline, and what it
// added to the one before, as the API's list has it; it links the story
// and that list, and is a page of the site like the others.
func TestStoryVersionsPage(t *testing.T) {
	h, _ := newTestHandler(t, newHistoryReader(), nil)
	rec := get(t, h, "/stories/dunmere-bridge/versions")
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("GET: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	if cc := rec.Header().Get("Cache-Control"); cc != "public, max-age=60" || rec.Header().Get("ETag") == "" {
		t.Errorf("Cache-Control %q and ETag %q, want those of the site's pages", cc, rec.Header().Get("ETag"))
	}
	doc := parseHTML(t, rec.Body.String())
	checkOutletAnatomy(t, doc)
	want := []versionItem{
		{Heading: "Version 3, the one published now", Time: "2026-02-22T09:15:00Z",
			Meta: "Written 10:15, 22/02/2026 from 5 reports, under the headline “Dunmere footbridge to stay shut until May”.",
			Reports: []string{
				"Eastwick Radio: Footbridge to reopen in May, says council <https://eastwickradio.example/a/101>",
				"Eastwick Radio: Bridge repairs to cost 2 million crowns <https://eastwickradio.example/a/102>",
			},
			Sentences: []string{senMay, senCost, senLowe, "Ilse Brandt, who runs the ferry, said it would carry up to 40 people a crossing."}},
		{Heading: "Version 2", Time: "2026-02-21T15:30:00Z",
			Meta:      "Written 16:30, 21/02/2026 from 3 reports, under the headline “Ferry to run while Dunmere footbridge is shut”.",
			Reports:   []string{"Northfold Herald: Ferry to replace Dunmere footbridge <https://northfoldherald.example/2026/02/21/ferry>"},
			Sentences: []string{"A ferry will run between Dunmere and Tarrow while the footbridge is shut."}},
		{Heading: "Version 1", Time: "2026-02-21T08:00:00Z",
			Meta: "Written 09:00, 21/02/2026 from 2 reports, under the headline “Dunmere footbridge closed after crack found”.",
			Note: "The earliest version kept: there is none before it to compare it with."},
	}
	if diff := cmp.Diff(want, versionItems(t, doc)); diff != "" {
		t.Errorf("versions (-want +got):\n%s", diff)
	}
	intro := find(doc, tagClass("p", "intro"))
	var links []string
	for _, a := range findAll(intro, tag("a")) {
		links = append(links, attr(a, "href"))
	}
	if diff := cmp.Diff([]string{"/stories/dunmere-bridge", "/api/stories/dunmere-bridge/versions"}, links); diff != "" {
		t.Errorf("the page does not link the story and the API's list (-want +got):\n%s", diff)
	}
	if h1 := find(doc, tag("h1")); text(h1) != "Every version of this story" {
		t.Errorf("h1 %q", text(h1))
	}

	// a rewrite that changed only the headline says it added nothing
	doc = parseHTML(t, get(t, h, "/stories/dunmere-reworded/versions").Body.String())
	if got := versionItems(t, doc); len(got) != 2 ||
		!strings.Contains(text(find(doc, tagClass("ol", "version-list"))), "It added no reports and no sentences.") {
		t.Errorf("a rewrite that added nothing: %+v", got)
	}
	// a story never rewritten has its one version
	if got := versionItems(t, parseHTML(t, get(t, h, "/stories/transit-fares/versions").Body.String())); len(got) != 1 || got[0].Heading != "Version 1, the one published now" {
		t.Errorf("a story never rewritten: %+v", got)
	}
}

// TestStoryVersionsPageErrors: an unknown story is the site's 404 page, a
// story merged into another leads to that one's versions, and a reader
// that keeps no versions has no such page.
func TestStoryVersionsPageErrors(t *testing.T) {
	h, _ := newTestHandler(t, newHistoryReader(), nil)
	if rec := get(t, h, "/stories/no-such-story/versions"); rec.Code != http.StatusNotFound || !strings.Contains(rec.Body.String(), "no versions of it") {
		t.Errorf("unknown story: %d, want the 404 page that says so", rec.Code)
	}
	rec := get(t, h, "/stories/dunmere-ferry/versions")
	if rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != "/stories/dunmere-bridge/versions" {
		t.Errorf("merged story: %d to %q; want 301 to the versions of the story it merged into", rec.Code, rec.Header().Get("Location"))
	}
	plain, _ := newTestHandler(t, newFixtureReader(), nil)
	if rec := get(t, plain, "/stories/river-barrier/versions"); rec.Code != http.StatusNotFound {
		t.Errorf("no versions kept: %d, want 404", rec.Code)
	}
}

// A hostile headline, outlet, title or address is text on the page, and
// an address that is not http(s) is not a link.
func TestStoryVersionsPageHostile(t *testing.T) {
	hr := newHistoryReader()
	p := hr.pages["dunmere-bridge"]
	p.Headline = `<script>alert(1)</script>`
	p.Sources = append(p.Sources[:len(p.Sources):len(p.Sources)], p.Sources[0])
	last := &p.Sources[len(p.Sources)-1]
	last.Outlet, last.Title, last.URL = `<b>Dunmere</b>`, `"><img src=x>`, "javascript:alert(1)"
	hr.pages["dunmere-bridge"] = p
	h, _ := newTestHandler(t, hr, nil)
	body := get(t, h, "/stories/dunmere-bridge/versions").Body.String()
	if strings.Contains(body, "<script>alert") || strings.Contains(body, "<img src=x>") || strings.Contains(body, "<b>Dunmere") || strings.Contains(body, "javascript:") {
		t.Errorf("hostile text became markup or a link")
	}
	if !strings.Contains(text(parseHTML(t, body)), `"><img src=x>`) {
		t.Errorf("the hostile title is not shown as text")
	}
}
