package web

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

func storyDoc(t *testing.T, h http.Handler, id string) *html.Node {
	t.Helper()
	rec := get(t, h, "/stories/"+id)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /stories/%s: %d", id, rec.Code)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	return parseHTML(t, rec.Body.String())
}

func TestStoryAnatomy(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	for _, id := range []string{"river-barrier", "transit-fares"} {
		t.Run(id, func(t *testing.T) { checkStoryAnatomy(t, storyDoc(t, h, id)) })
	}
}

// TestStoryNewsArticle: a story page's JSON-LD lists every report it is
// based on, by the address its sources give.
func TestStoryNewsArticle(t *testing.T) {
	fr := newFixtureReader()
	h, _ := newTestHandler(t, fr, nil)
	doc := storyDoc(t, h, "river-barrier")
	block := find(doc, func(n *html.Node) bool { return n.Data == "script" && attr(n, "type") == "application/ld+json" })
	if block == nil {
		t.Fatal("no JSON-LD")
	}
	var ld struct {
		BasedOn []string `json:"isBasedOn"`
	}
	if err := json.Unmarshal([]byte(text(block)), &ld); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, src := range fr.pages["river-barrier"].Sources {
		want = append(want, src.URL)
	}
	if !slices.Equal(ld.BasedOn, want) {
		t.Errorf("isBasedOn = %q, want the sources %q", ld.BasedOn, want)
	}
}

// allSentences lists a page's sentences in reading order.
func allSentences(p news.Page) []string {
	var out []string
	add := func(ss []news.Sentence) {
		for _, s := range ss {
			out = append(out, s.Text)
		}
	}
	add(p.Highlights)
	add(p.Lead)
	for _, sec := range p.Sections {
		for _, para := range sec.Paragraphs {
			add(para)
		}
	}
	add(p.Outlook.Sentences)
	return out
}

func TestStoryContent(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	doc := storyDoc(t, h, "river-barrier")

	dateline := find(doc, tagClass("p", "dateline"))
	times := findAll(dateline, tag("time"))
	if len(times) != 2 {
		t.Fatalf("date line has %d times, want published and updated", len(times))
	}
	if got := attr(times[0], "datetime") + " " + text(times[0]); got != "2026-02-21T23:40:00Z Sunday 22/02/2026" {
		t.Errorf("published %q", got)
	}
	if got := text(find(dateline, tagClass("span", "updated"))); got != "Updated 15:05, 22/02/2026" {
		t.Errorf("updated %q", got)
	}

	fig := find(doc, tag("figure"))
	img := find(fig, tag("img"))
	if attr(img, "src") != "/images/barrier.png" || attr(img, "alt") != "Council members review plans for the Eastbank barrier" {
		t.Errorf("lead image src %q alt %q", attr(img, "src"), attr(img, "alt"))
	}
	if got := text(find(fig, tag("figcaption"))); got != "Council members review plans for the Eastbank barrier — Credit: The Harbor Ledger" {
		t.Errorf("figcaption %q", got)
	}
	if got := text(find(doc, tagClass("p", "byline"))); got != "By The Unbiased Post desk · written automatically from 6 reports by 5 outlets" {
		t.Errorf("byline %q", got)
	}

	var nav []string
	for _, a := range findAll(find(doc, tag("nav")), tag("a")) {
		nav = append(nav, attr(a, "href")+" "+text(a))
	}
	wantNav := []string{"#highlights Highlights", "#the-vote The vote", "#cost-and-timeline Cost and timeline",
		"#what-this-might-mean What This Might Mean", "#coverage Coverage", "#framing How each side covered it", "#sources Sources"}
	if diff := cmp.Diff(wantNav, nav); diff != "" {
		t.Errorf("nav (-want +got):\n%s", diff)
	}

	var sentences []string
	for _, s := range findAll(doc, tagClass("span", "s")) {
		sentences = append(sentences, ownText(s))
	}
	if diff := cmp.Diff(allSentences(riverBarrierPage()), sentences); diff != "" {
		t.Errorf("sentences in reading order (-want +got):\n%s", diff)
	}
	first := findAll(find(doc, tagClass("span", "s")), tagClass("a", "cite"))
	var cites []string
	for _, a := range first {
		cites = append(cites, text(a)+" "+attr(a, "aria-label"))
	}
	if diff := cmp.Diff([]string{"[1] source 1: The Harbor Ledger", "[2] source 2: Valley Courier", "[3] source 3: Northgate Tribune"}, cites); diff != "" {
		t.Errorf("first sentence's citations (-want +got):\n%s", diff)
	}

	cov := find(doc, tagClass("section", "coverage"))
	var tally []string
	for _, li := range findAll(find(cov, tagClass("ul", "tally")), tag("li")) {
		tally = append(tally, text(li))
	}
	wantTally := []string{"Left 1 (20%)", "Lean Left 1 (20%)", "Center 2 (40%)", "Lean Right 0", "Right 1 (20%)", "Unrated 0"}
	if diff := cmp.Diff(wantTally, tally); diff != "" {
		t.Errorf("coverage tally (-want +got):\n%s", diff)
	}
	var segs []string
	for _, seg := range findAll(cov, func(n *html.Node) bool { return n.Data == "svg" && hasClass(n, "seg") }) {
		segs = append(segs, attr(seg, "x")+"+"+attr(seg, "width")+" "+text(find(seg, tag("title"))))
	}
	wantSegs := []string{"0%+20% Left 1 (20%)", "20%+20% Lean Left 1 (20%)", "40%+40% Center 2 (40%)", "80%+20% Right 1 (20%)"}
	if diff := cmp.Diff(wantSegs, segs); diff != "" {
		t.Errorf("coverage bar (-want +got):\n%s", diff)
	}
	if find(cov, tagClass("p", "blindspot")) != nil {
		t.Errorf("blind-spot label on a balanced story")
	}

	var loaded []string
	for _, q := range findAll(doc, tagClass("q", "loaded")) {
		loaded = append(loaded, text(q))
	}
	if diff := cmp.Diff([]string{"long overdue", "boondoggle", "spending spree"}, loaded); diff != "" {
		t.Errorf("loaded words (-want +got):\n%s", diff)
	}

	items := findAll(find(doc, tagClass("section", "sources")), tag("li"))
	if len(items) != 6 {
		t.Fatalf("%d sources, want 6", len(items))
	}
	if got := text(find(items[0], tagClass("p", "src-head"))); got != "The Harbor Ledger Lean Left, rated by Open Lean Ratings" {
		t.Errorf("source 1 head %q", got)
	}
	link := find(items[0], tag("a"))
	if attr(link, "href") != "https://harborledger.example/news/barrier-vote" || attr(link, "rel") != "nofollow noopener" {
		t.Errorf("source 1 link %q rel %q", attr(link, "href"), attr(link, "rel"))
	}
	copyOf := find(items[5], tagClass("span", "copy"))
	if copyOf == nil || text(copyOf) != "copy of [4]" || attr(find(copyOf, tag("a")), "href") != "#source-4" {
		t.Errorf("source 6 not marked as a copy of [4]")
	}
	if head := find(doc, tag("title")); text(head) != "Harbor City council approves funding for Eastbank flood barrier — The Unbiased Post" {
		t.Errorf("title %q", text(head))
	}
}

func TestStoryWithoutOutlookAndBlindSpot(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	doc := storyDoc(t, h, "transit-fares")
	if find(doc, tagClass("span", "updated")) != nil {
		t.Errorf("\"Updated\" shown though the page was never rewritten")
	}
	if find(doc, tag("figure")) != nil {
		t.Errorf("figure shown without a lead image")
	}
	outlook := find(doc, tagClass("section", "outlook"))
	if n := len(findAll(outlook, tagClass("span", "s"))); n != 0 {
		t.Errorf("outlook has %d sentences, want none", n)
	}
	note := find(outlook, tagClass("p", "note"))
	if note == nil || text(note) != news.NoOutlook {
		t.Errorf("outlook note missing or not the fixed line")
	}
	bs := find(find(doc, tagClass("section", "coverage")), tagClass("p", "blindspot"))
	if bs == nil || text(bs) != "Blind spot: covered almost only by outlets on the right" {
		t.Errorf("blind-spot label missing")
	}
	if find(find(doc, tagClass("section", "framing")), tagClass("p", "none")) == nil {
		t.Errorf("empty framing is not explained")
	}
}

func TestStoryOptions(t *testing.T) {
	fr := newFixtureReader()
	p := fr.pages["transit-fares"]
	p.Language = "de"
	p.Byline.Desk = ""
	fr.pages["transit-fares"] = p
	h, _ := newTestHandler(t, fr, func(o *Options) {
		o.SiteName = "Valley Briefs"
		o.Desk = "Valley Briefs newsroom"
		o.DateFormat = "2 January 2006"
		o.BaseURL = "https://briefs.example"
	})
	doc := storyDoc(t, h, "transit-fares")
	if lang := attr(find(doc, tag("html")), "lang"); lang != "de" {
		t.Errorf("lang %q, want de", lang)
	}
	if got := text(find(doc, tagClass("p", "masthead"))); got != "VB Valley Briefs" {
		t.Errorf("masthead %q", got)
	}
	if got := text(find(doc, tag("time"))); got != "20 February 2026" {
		t.Errorf("date line %q", got)
	}
	if got := text(find(doc, tagClass("span", "desk"))); got != "Valley Briefs newsroom" {
		t.Errorf("desk %q", got)
	}
	canon := find(doc, func(n *html.Node) bool { return n.Data == "link" && attr(n, "rel") == "canonical" })
	if canon == nil || attr(canon, "href") != "https://briefs.example/stories/transit-fares" {
		t.Errorf("canonical link missing or wrong")
	}
	og := find(doc, func(n *html.Node) bool { return n.Data == "meta" && attr(n, "property") == "og:url" })
	if og == nil || attr(og, "content") != "https://briefs.example/stories/transit-fares" {
		t.Errorf("og:url missing or wrong")
	}

	doc = storyDoc(t, h, "river-barrier")
	ogImage := find(doc, func(n *html.Node) bool { return n.Data == "meta" && attr(n, "property") == "og:image" })
	if ogImage == nil || attr(ogImage, "content") != "https://briefs.example/images/barrier.png" {
		t.Errorf("og:image missing or not absolute")
	}
}

func TestFrontPage(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	rec := get(t, h, "/")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	doc := parseHTML(t, rec.Body.String())
	cards := findAll(doc, tagClass("article", "card"))
	if len(cards) != 2 {
		t.Fatalf("%d stories, want 2", len(cards))
	}
	var got []string
	for _, c := range cards {
		a := find(find(c, tag("h2")), tag("a"))
		got = append(got, attr(a, "href")+" "+text(a))
		if find(c, tag("time")) == nil || find(c, tagClass("ul", "tally")) == nil {
			t.Errorf("card %q lacks a date or coverage", text(a))
		}
	}
	want := []string{
		"/stories/river-barrier Harbor City council approves funding for Eastbank flood barrier",
		"/stories/transit-fares Regional transit board proposes 15-cent fare increase",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stories (-want +got):\n%s", diff)
	}
	if img := find(cards[0], tag("img")); img == nil || attr(img, "src") != "/images/barrier.png" {
		t.Errorf("first card has no thumbnail")
	}
	// The thumbnail leads to the story too, as a reader expects of a
	// picture on a front page; the headline's link is the one a screen
	// reader or the keyboard meets, so the picture's is hidden from them.
	if a := find(cards[0], tagClass("a", "thumb")); a == nil || attr(a, "href") != "/stories/river-barrier" ||
		attr(a, "tabindex") != "-1" || attr(a, "aria-hidden") != "true" || find(a, tag("img")) == nil || attr(find(a, tag("img")), "alt") != "" {
		t.Errorf("first card's thumbnail is not a hidden link to its story")
	}
	if find(cards[1], tag("img")) != nil {
		t.Errorf("second card has a thumbnail though its story has no image")
	}
	if text(find(cards[0], tagClass("p", "card-lead"))) != riverBarrierPage().Lead[0].Text {
		t.Errorf("card lead is not the lead sentence")
	}
	if len(findAll(doc, tag("h1"))) != 1 || len(findAll(doc, script)) != 0 {
		t.Errorf("front page wants one h1 and no script")
	}
}

func TestFrontPagePaging(t *testing.T) {
	fr := &fakeReader{pages: map[string]news.Page{}}
	base := riverBarrierPage()
	for i := range frontPageSize + 5 {
		p := base
		p.StoryID = "story-" + string(rune('a'+i))
		p.Published = base.Published.Add(-time.Duration(i) * time.Hour)
		fr.pages[p.StoryID] = p
	}
	h, _ := newTestHandler(t, fr, nil)
	doc := parseHTML(t, get(t, h, "/").Body.String())
	if n := len(findAll(doc, tagClass("article", "card"))); n != frontPageSize {
		t.Errorf("page 1 has %d stories, want %d", n, frontPageSize)
	}
	next := find(doc, func(n *html.Node) bool { return n.Data == "a" && attr(n, "rel") == "next" })
	if next == nil || attr(next, "href") != "/?page=2" {
		t.Fatalf("no link to page 2")
	}
	doc = parseHTML(t, get(t, h, "/?page=2").Body.String())
	if n := len(findAll(doc, tagClass("article", "card"))); n != 5 {
		t.Errorf("page 2 has %d stories, want 5", n)
	}
	prev := find(doc, func(n *html.Node) bool { return n.Data == "a" && attr(n, "rel") == "prev" })
	if prev == nil || attr(prev, "href") != "/" {
		t.Errorf("page 2 does not link back to /")
	}
	if find(doc, func(n *html.Node) bool { return n.Data == "a" && attr(n, "rel") == "next" }) != nil {
		t.Errorf("last page links to a next page")
	}
}

// A story merged into another answers with a permanent redirect to it, on
// the site and in the API; an address that never was a story is a 404.
func TestMergedStoryRedirects(t *testing.T) {
	r := newFixtureReader()
	r.moved = map[string]string{"river-flood-warning": "river-barrier"}
	for _, base := range []string{"", "https://news.example"} {
		h, _ := newTestHandler(t, r, func(o *Options) { o.BaseURL = base })
		for path, want := range map[string]string{
			"/stories/river-flood-warning":     base + "/stories/river-barrier",
			"/api/stories/river-flood-warning": base + "/api/stories/river-barrier",
		} {
			rec := get(t, h, path)
			if rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != want {
				t.Errorf("base %q: GET %s: %d to %q, want 301 to %q", base, path, rec.Code, rec.Header().Get("Location"), want)
			}
		}
		for _, path := range []string{"/stories/never-was", "/api/stories/never-was"} {
			if rec := get(t, h, path); rec.Code != http.StatusNotFound {
				t.Errorf("GET %s: %d, want 404", path, rec.Code)
			}
		}
	}
}

// A story told so briefly that its lead is all it has keeps the
// Highlights heading, with the fixed line in place of an empty list.
func TestStoryWithoutHighlights(t *testing.T) {
	r := newFixtureReader()
	p := r.pages["transit-fares"]
	p.Highlights = []news.Sentence{}
	r.pages["transit-fares"] = p
	h, _ := newTestHandler(t, r, nil)
	doc := storyDoc(t, h, "transit-fares")
	hl := find(doc, tagClass("section", "highlights"))
	if hl == nil {
		t.Fatal("no highlights section")
	}
	if find(hl, tag("ul")) != nil {
		t.Errorf("an empty list is shown")
	}
	if note := find(hl, tagClass("p", "note")); note == nil || text(note) != news.NoHighlights {
		t.Errorf("highlights note missing or not the fixed line")
	}
}

// TestSourcesLinkOutletPages: a source names its outlet with a link to
// the outlet's page when the page knows the outlet's short name and the
// site has outlet pages; otherwise the name stands alone.
func TestSourcesLinkOutletPages(t *testing.T) {
	fr := newFixtureReader()
	p := fr.pages["river-barrier"]
	p.Sources = slices.Clone(p.Sources)
	p.Sources[0].OutletSlug = "harbor-ledger"
	fr.pages["river-barrier"] = p
	links := func(h http.Handler) []string {
		var out []string
		for _, a := range findAll(find(storyDoc(t, h, "river-barrier"), tagClass("section", "sources")), tag("a")) {
			if strings.HasPrefix(attr(a, "href"), "/outlets/") {
				out = append(out, attr(a, "href"))
			}
		}
		return out
	}
	h, _ := newTestHandler(t, fr, nil)
	if got := links(h); !slices.Equal(got, []string{"/outlets/harbor-ledger"}) {
		t.Errorf("outlet links in the sources = %q, want the first source's outlet page only", got)
	}
	plain := struct{ Reader }{fr} // no outlet pages
	h, _ = newTestHandler(t, plain, nil)
	if got := links(h); len(got) != 0 {
		t.Errorf("outlet links %q on a site without outlet pages", got)
	}
}
