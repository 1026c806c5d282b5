package web

import (
	"errors"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestOutletIndex: /outlets lists every outlet under its lean, the leans
// in spectrum order, each name linking to the outlet's page beside its
// lean and rater, and marks itself as the current site link.
func TestOutletIndex(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	rec := get(t, h, "/outlets")
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /outlets: status %d", rec.Code)
	}
	if cc := rec.Header().Get("Cache-Control"); cc != "public, max-age=60" {
		t.Errorf("Cache-Control %q, want the list pages' public, max-age=60", cc)
	}
	doc := parseHTML(t, rec.Body.String())
	got := map[string][]string{}
	var leans []string
	for _, sec := range findAll(doc, tag("section")) {
		h2 := find(sec, tag("h2"))
		if h2 == nil || attr(sec, "aria-labelledby") != attr(h2, "id") {
			t.Fatalf("a section not labelled by its heading")
		}
		leans = append(leans, text(h2))
		for _, li := range findAll(sec, tag("li")) {
			a := find(li, tag("a"))
			if a == nil {
				t.Fatalf("outlet without a link: %q", text(li))
			}
			got[text(h2)] = append(got[text(h2)], attr(a, "href")+" "+text(li))
		}
	}
	want := map[string][]string{
		"Left":       {"/outlets/civic-report Civic Report Left, rated by Open Lean Ratings on 12/01/2026"},
		"Lean Left":  {"/outlets/harbor-ledger The Harbor Ledger Lean Left, rated by Open Lean Ratings on 12/01/2026"},
		"Center":     {"/outlets/metro-wire Metro Wire Center, rated by Open Lean Ratings on 12/01/2026", "/outlets/valley-courier Valley Courier Center, rated by Open Lean Ratings on 12/01/2026"},
		"Lean Right": {"/outlets/eastfield-gazette Eastfield Gazette Lean Right, rated by Open Lean Ratings on 12/01/2026", "/outlets/plains-herald Plains Herald Lean Right, rated by Open Lean Ratings on 12/01/2026"},
		"Right":      {"/outlets/northgate-tribune Northgate Tribune Right, rated by Open Lean Ratings on 12/01/2026"},
		"Unrated":    {"/outlets/bayside-daily Bayside Daily Unrated, not rated by anyone yet"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outlets by lean (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Left", "Lean Left", "Center", "Lean Right", "Right", "Unrated"}, leans); diff != "" {
		t.Errorf("leans out of spectrum order (-want +got):\n%s", diff)
	}
	links := find(doc, tagClass("p", "site-links"))
	current := find(links, func(n *html.Node) bool { return n.Data == "a" && attr(n, "aria-current") == "page" })
	if current == nil || attr(current, "href") != "/outlets" || text(current) != "Outlets" {
		t.Errorf("the site links do not mark the Outlets page as the current one")
	}
}

// TestOutletPage checks each fixture outlet's page: its reports newest
// first with their stories, and the corroboration counts worked out by
// hand from the fixture pages.
func TestOutletPage(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	tests := []struct {
		slug    string
		name    string
		reports []string // each report's title, then its story's link or none
		summary string
		basis   string
	}{
		{
			slug: "harbor-ledger", name: "The Harbor Ledger",
			reports: []string{
				"Council backs Eastbank flood barrier /stories/river-barrier",
				"Ferry keeps its winter timetable until April none",
				"Untitled report none",
			},
			// river-barrier cites it in highlights 1 and 3, lead 1 and
			// the two sentences of "The vote" that open it; the last of
			// those cites it alone.
			summary: "Of 5 sentences on our pages that cite The Harbor Ledger, 4 (80%) are also reported by another outlet; the other one cites The Harbor Ledger alone.",
			basis:   "Counted over the published page of the one story that the 3 reports we have read from it are part of.",
		},
		{
			slug: "plains-herald", name: "Plains Herald",
			reports: []string{"Transit board proposes higher fares /stories/transit-fares"},
			// transit-fares cites it in highlights 1 and 3 and the lead,
			// with others, and alone in "The proposal".
			summary: "Of 4 sentences on our pages that cite Plains Herald, 3 (75%) are also reported by another outlet; the other one cites Plains Herald alone.",
			basis:   "Counted over the published page of the one story that the one report we have read from it is part of.",
		},
		{
			slug: "northgate-tribune", name: "Northgate Tribune",
			reports: []string{
				"Split council approves 84 million barrier /stories/river-barrier",
				"Transit riders face fare hike /stories/transit-fares",
			},
			summary: "Of 10 sentences on our pages that cite Northgate Tribune, all 10 are also reported by another outlet.",
			basis:   "Counted over the published pages of the 2 stories that the 2 reports we have read from it are part of.",
		},
		{
			// its one report is a copy that no sentence cites
			slug: "bayside-daily", name: "Bayside Daily",
			reports: []string{"Harbor City funds Eastbank flood barrier /stories/river-barrier"},
			summary: "No sentence on our pages cites Bayside Daily: its reports appear there only among the sources.",
			basis:   "Counted over the published page of the one story that the one report we have read from it is part of.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.slug, func(t *testing.T) {
			rec := get(t, h, "/outlets/"+tt.slug)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			if cc := rec.Header().Get("Cache-Control"); cc != "public, max-age=60" {
				t.Errorf("Cache-Control %q, want public, max-age=60", cc)
			}
			doc := parseHTML(t, rec.Body.String())
			if got := text(find(doc, tag("h1"))); got != tt.name {
				t.Errorf("h1 %q, want %q", got, tt.name)
			}
			var got []string
			for _, li := range findAll(find(doc, tagClass("ol", "outlet-list")), tag("li")) {
				story := "none"
				if a := find(find(li, tagClass("p", "src-meta")), tag("a")); a != nil {
					story = attr(a, "href")
				}
				got = append(got, text(find(li, tagClass("p", "src-title")))+" "+story)
			}
			if diff := cmp.Diff(tt.reports, got); diff != "" {
				t.Errorf("reports (-want +got):\n%s", diff)
			}
			sec := find(doc, tagID("h2", "corroborated")).Parent
			if got := text(find(sec, tag("p"))); got != tt.summary {
				t.Errorf("summary\n got %q\nwant %q", got, tt.summary)
			}
			basis := find(sec, tagClass("p", "note"))
			if basis == nil || !strings.HasPrefix(text(basis), tt.basis) {
				t.Errorf("no note on what was counted, or not beginning %q", tt.basis)
			}
		})
	}
}

// TestOutletPageDetails: the story link reads as the story's headline,
// the homepage and reports link out with rel="nofollow noopener", an
// address that is not http(s) is not linked, and the language has its
// name.
func TestOutletPageDetails(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	doc := parseHTML(t, get(t, h, "/outlets/harbor-ledger").Body.String())
	story := find(doc, func(n *html.Node) bool { return n.Data == "a" && attr(n, "href") == "/stories/river-barrier" })
	if story == nil || text(story) != riverBarrierPage().Headline {
		t.Errorf("story link missing or not its headline")
	}
	for _, a := range findAll(find(doc, tag("main")), tag("a")) {
		if strings.HasPrefix(attr(a, "href"), "https://") && attr(a, "rel") != "nofollow noopener" {
			t.Errorf("outside link %s has rel %q, want nofollow noopener", attr(a, "href"), attr(a, "rel"))
		}
	}
	if got := text(find(doc, tagClass("p", "meta"))); got != "Homepage: harborledger.example · Language: English" {
		t.Errorf("meta line %q", got)
	}
	if got := text(find(doc, tagClass("p", "src-head"))); got != "Lean Left, rated by Open Lean Ratings on 12/01/2026" {
		t.Errorf("rating line %q", got)
	}

	body := get(t, h, "/outlets/civic-report").Body.String()
	if strings.Contains(body, "javascript:") {
		t.Errorf("a javascript: homepage was linked")
	}

	doc = parseHTML(t, get(t, h, "/outlets/eastfield-gazette").Body.String())
	if got := text(find(doc, tagID("h2", "corroborated")).Parent); !strings.Contains(got, "We have read no report from Eastfield Gazette yet, so there is nothing to count.") {
		t.Errorf("an outlet without reports: %q", got)
	}
}

// TestOutletPageStoryTrouble: a story unpublished since its report was
// listed loses its link and its count; a page that cannot be read is
// left out of the counts, which say so, and logged.
func TestOutletPageStoryTrouble(t *testing.T) {
	fr := newFixtureReader()
	delete(fr.pages, "river-barrier")
	h, _ := newTestHandler(t, fr, nil)
	rec := get(t, h, "/outlets/harbor-ledger")
	if rec.Code != http.StatusOK {
		t.Fatalf("unpublished story: status %d", rec.Code)
	}
	body := rec.Body.String()
	if strings.Contains(body, `href="/stories/river-barrier"`) {
		t.Errorf("a link to an unpublished story")
	}
	if !strings.Contains(body, "None of its latest reports is part of a published story yet, so no sentence on our pages cites The Harbor Ledger.") {
		t.Errorf("no plain word that there is nothing to count")
	}

	fr = newFixtureReader()
	fr.fail["river-barrier"] = errors.New("disk read error: secret-detail-7")
	h, logs := newTestHandler(t, fr, nil)
	for _, tt := range []struct{ slug, want string }{
		{"harbor-ledger", "The pages of the stories its latest reports are part of could not be read just now, so there is nothing to count."},
		{"northgate-tribune", "The page of one story could not be read just now and is left out."},
	} {
		rec := get(t, h, "/outlets/"+tt.slug)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s with an unreadable page: status %d", tt.slug, rec.Code)
		}
		if body := rec.Body.String(); !strings.Contains(body, tt.want) || strings.Contains(body, "secret-detail") {
			t.Errorf("%s: page lacks %q or leaks the error", tt.slug, tt.want)
		}
	}
	if !strings.Contains(logs.String(), "secret-detail-7") {
		t.Errorf("unreadable page not logged:\n%s", logs)
	}
	// Northgate Tribune's other story still counts: transit-fares cites
	// it in four sentences, each with another outlet.
	if body := get(t, h, "/outlets/northgate-tribune").Body.String(); !strings.Contains(body, "Of 4 sentences on our pages that cite Northgate Tribune, all 4 are also reported by another outlet.") {
		t.Errorf("the readable page was not counted")
	}
}

// TestOutletPagesNotFound: an unknown slug is the site's 404 page, and a
// reader that cannot list outlets has no outlet pages and no link to them.
func TestOutletPagesNotFound(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	rec := get(t, h, "/outlets/no-such-outlet")
	if rec.Code != http.StatusNotFound {
		t.Fatalf("unknown slug: status %d, want 404", rec.Code)
	}
	body := rec.Body.String()
	if !strings.Contains(body, "Page not found") || !strings.Contains(body, "The desk follows no outlet at this address.") || !strings.Contains(body, `class="masthead"`) {
		t.Errorf("unknown slug does not get the site's 404 page")
	}

	plain := struct{ Reader }{newFixtureReader()} // a Reader and nothing more
	h, _ = newTestHandler(t, plain, nil)
	for _, target := range []string{"/outlets", "/outlets/harbor-ledger"} {
		if rec := get(t, h, target); rec.Code != http.StatusNotFound || !strings.Contains(rec.Body.String(), "Page not found") {
			t.Errorf("GET %s without an OutletReader: status %d, want the 404 page", target, rec.Code)
		}
	}
	if strings.Contains(get(t, h, "/").Body.String(), `href="/outlets"`) {
		t.Errorf("the site links offer an Outlets page the site does not have")
	}
}

// TestHostileOutletFields: what came from an outlet or its feed is shown
// as text on the outlet pages, and an address that is not http(s) is not
// linked.
func TestHostileOutletFields(t *testing.T) {
	evil := `<script>alert("x")</script>`
	fr := newFixtureReader()
	fr.outlets = []news.Outlet{{Slug: "odd slug/x", Name: evil + " Gazette", Homepage: "javascript:alert(1)", Country: evil, Language: evil,
		Rating: news.Rating{Lean: news.Lean(`left" onclick="x`), Rater: evil}}}
	fr.reports = map[string][]news.OutletReport{"odd slug/x": {
		{Title: evil, URL: "data:text/html,<script>alert(2)</script>", Published: testNow, StoryID: "river-barrier", StoryHeadline: evil},
		{Title: "Plain", URL: "  JAVASCRIPT:alert(3)", Published: testNow},
	}}
	h, _ := newTestHandler(t, fr, nil)
	for _, target := range []string{"/outlets", "/outlets/" + url.PathEscape("odd slug/x")} {
		t.Run(target, func(t *testing.T) {
			rec := get(t, h, target)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			body := rec.Body.String()
			if strings.Contains(strings.ToLower(body), "<script") {
				t.Errorf("raw markup from an outlet reached the page")
			}
			doc := parseHTML(t, body)
			for _, n := range findAll(doc, func(*html.Node) bool { return true }) {
				for _, a := range n.Attr {
					v := strings.ToLower(strings.TrimSpace(a.Val))
					if strings.HasPrefix(a.Key, "on") || a.Key == "href" && (strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "data:")) {
						t.Errorf("<%s %s=%q> survived", n.Data, a.Key, a.Val)
					}
				}
			}
			checkOutletAnatomy(t, doc)
		})
	}
	doc := parseHTML(t, get(t, h, "/outlets").Body.String())
	if a := find(find(doc, tag("main")), tagClass("a", "outlet")); a == nil || attr(a, "href") != "/outlets/odd%20slug%2Fx" || text(a) != evil+" Gazette" {
		t.Errorf("outlet link not escaped or name not shown as text")
	}
	if find(doc, tagClass("span", "unrated")) == nil {
		t.Errorf("an unknown lean is not shown as unrated")
	}
}

// TestPlaceNames: a code the tables do not know is shown as given, and
// nothing is shown for none.
func TestPlaceNames(t *testing.T) {
	for code, want := range map[string]string{"": "", " ": "", "qq": "QQ", "ZZ": "ZZ", "not a code": "NOT A CODE"} {
		if got := countryName(code); got != want {
			t.Errorf("countryName(%q) = %q, want %q", code, got, want)
		}
	}
	for tag, want := range map[string]string{"": "", "en": "English", "fr": "French", "qqx": "qqx", "no such tag": "no such tag"} {
		if got := languageName(tag); got != want {
			t.Errorf("languageName(%q) = %q, want %q", tag, got, want)
		}
	}
}
