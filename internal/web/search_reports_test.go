package web

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

// reportReader is the fixture reader that also searches reports: of its
// matches, in their order, those whose title or snippet holds every word
// of the query as a word's beginning, ignoring case. It remembers what
// it was asked.
type reportReader struct {
	*fakeReader
	matches       []news.ReportMatch
	query         string
	limit, offset int
	calls         int
}

func (r *reportReader) SearchReports(ctx context.Context, query string, limit, offset int) ([]news.ReportMatch, error) {
	r.query, r.limit, r.offset = query, limit, offset
	r.calls++
	if r.listErr != nil {
		return nil, r.listErr
	}
	split := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	}
	words := split(query)
	out := []news.ReportMatch{}
	for _, m := range r.matches {
		text := " " + strings.Join(split(m.Title+" "+m.Snippet.Text), " ")
		ok := len(words) > 0
		for _, w := range words {
			ok = ok && strings.Contains(text, " "+w)
		}
		if ok {
			out = append(out, m)
		}
	}
	out = out[min(offset, len(out)):]
	return out[:min(limit, len(out))], nil
}

// newReportReader is the fixture reader with the fixture's reports to
// search.
func newReportReader() *reportReader {
	return &reportReader{fakeReader: newFixtureReader(), matches: fixtureReportMatches()}
}

// spansOf marks every whole occurrence of word in s.
func spansOf(s, word string) []news.Span {
	var out []news.Span
	for i := 0; ; {
		j := strings.Index(s[i:], word)
		if j < 0 {
			return out
		}
		out = append(out, news.Span{Start: i + j, End: i + j + len(word)})
		i += j + len(word)
	}
}

// fixtureReportMatches are reports found by a search for "dunmere" or
// "tarrow": one in a published story, one with hostile text and address,
// one paywalled whose reader wrongly gives a snippet, and one whose
// reader gives a snippet far too long.
func fixtureReportMatches() []news.ReportMatch {
	outlets := map[string]news.Outlet{}
	for _, o := range fixtureOutlets() {
		outlets[o.Slug] = o
	}
	match := func(slug, title, url, snippet string, at time.Time, word string) news.ReportMatch {
		return news.ReportMatch{
			OutletReport: news.OutletReport{Title: title, URL: url, Published: at},
			Outlet:       outlets[slug],
			TitleMarks:   spansOf(title, word),
			Snippet:      news.Snippet{Text: snippet, Marks: spansOf(snippet, word)},
		}
	}
	at := time.Date(2026, 2, 22, 6, 30, 0, 0, time.UTC)
	ferry := match("harbor-ledger", "Lüdwell-built ferry returns to Dunmere", "https://harborledger.example/news/dunmere-ferry",
		"…Lena Marsh, who runs the Dunmere crossing, said the first boat would leave at dawn…", at, "Dunmere")
	ferry.StoryID, ferry.StoryHeadline = "river-barrier", riverBarrierPage().Headline
	hostile := match("bayside-daily", `Tarrow <script>alert("title")</script> fair & <b>market</b>`, "javascript:alert(1)",
		`Stalls <img src=x onerror=alert(1)> filled the Tarrow square.`, at.Add(-time.Hour), "Tarrow")
	paywalled := match("plains-herald", "Dunmere dues rise", "https://plainsherald.example/dues",
		"SECRET-PAYWALLED-TEXT about Dunmere", at.Add(-2*time.Hour), "Dunmere")
	paywalled.Paywalled = true
	long := match("valley-courier", "Council in Dunmere hears Paul Lowe", "https://valleycourier.example/council",
		strings.Repeat("Dunmere council ", 100), at.Add(-3*time.Hour), "Dunmere")
	return []news.ReportMatch{ferry, hostile, paywalled, long}
}

// reportItems are the results of a report search page.
func reportItems(doc *html.Node) []*html.Node {
	list := find(find(doc, tag("main")), tagClass("ol", "outlet-list"))
	if list == nil {
		return nil
	}
	return findAll(list, tag("li"))
}

// marks are the texts of the mark elements under n.
func marks(n *html.Node) []string {
	var out []string
	for _, m := range findAll(n, tag("mark")) {
		out = append(out, text(m))
	}
	return out
}

func TestSearchReportsPage(t *testing.T) {
	rr := newReportReader()
	h, _ := newTestHandler(t, rr, nil)
	rec := get(t, h, "/search?q=+Dunmere+&in=reports")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	if rr.query != "Dunmere" || rr.limit != searchPageSize+1 || rr.offset != 0 || rr.calls != 1 {
		t.Errorf("asked for %q, %d, %d (%d calls)", rr.query, rr.limit, rr.offset, rr.calls)
	}
	body := rec.Body.String()
	doc := parseHTML(t, body)
	if got := text(find(doc, tag("h1"))); got != "Search the outlets' reports" {
		t.Errorf("h1 %q, want it to say the reports were searched", got)
	}
	if title := text(find(doc, tag("title"))); !strings.HasPrefix(title, "Search reports: Dunmere") {
		t.Errorf("title %q", title)
	}
	if got := text(find(doc, tagClass("p", "search-count"))); got != "3 reports match “Dunmere”" {
		t.Errorf("count line %q", got)
	}
	form := find(doc, tag("form"))
	checkSearchForm(t, doc, form)
	radios := findAll(form, func(n *html.Node) bool {
		return n.Data == "input" && attr(n, "type") == "radio" && attr(n, "name") == "in"
	})
	if len(radios) != 2 || attr(radios[0], "value") != "stories" || attr(radios[1], "value") != "reports" ||
		hasAttr(radios[0], "checked") || !hasAttr(radios[1], "checked") {
		t.Errorf("the form's choice of stories or reports: %d radios, reports not the one checked", len(radios))
	}
	if find(form, tag("legend")) == nil {
		t.Errorf("the choice has no legend")
	}

	items := reportItems(doc)
	if len(items) != 3 {
		t.Fatalf("%d results, want 3", len(items))
	}
	// The first: its title links to the outlet's page, its outlet to our
	// page of it, and its story to our story.
	first := items[0]
	a := find(find(first, tagClass("p", "src-title")), tag("a"))
	if attr(a, "href") != "https://harborledger.example/news/dunmere-ferry" || !strings.Contains(attr(a, "rel"), "nofollow") ||
		text(a) != "Lüdwell-built ferry returns to Dunmere" {
		t.Errorf("title link %q %q %q", attr(a, "href"), attr(a, "rel"), text(a))
	}
	if diff := cmp.Diff([]string{"Dunmere", "Dunmere"}, marks(first)); diff != "" {
		t.Errorf("marked words in the title and snippet (-want +got):\n%s", diff)
	}
	meta := text(find(first, tagClass("p", "src-meta")))
	if !strings.HasPrefix(meta, "The Harbor Ledger · Lean Left · ") || find(first, tag("time")) == nil {
		t.Errorf("outlet line %q, want the outlet, its lean and the date", meta)
	}
	if o := find(first, func(n *html.Node) bool { return n.Data == "a" && attr(n, "href") == "/outlets/harbor-ledger" }); o == nil {
		t.Errorf("the outlet is not linked to its page")
	}
	if got := text(find(first, tagClass("p", "snippet"))); got != "…Lena Marsh, who runs the Dunmere crossing, said the first boat would leave at dawn…" {
		t.Errorf("snippet %q", got)
	}
	story := find(first, func(n *html.Node) bool { return n.Data == "a" && attr(n, "href") == "/stories/river-barrier" })
	if story == nil || text(story) != riverBarrierPage().Headline {
		t.Errorf("no link to the story the report is part of")
	}

	// A paywalled report shows none of its text, whatever the reader gave.
	if strings.Contains(body, "SECRET-PAYWALLED-TEXT") {
		t.Errorf("a paywalled report's text is shown")
	}
	if got := text(find(items[1], tagClass("p", "snippet"))); !strings.Contains(got, "paywall") {
		t.Errorf("paywalled report: %q, want a word that says why no text is shown", got)
	}
	if got := text(items[1]); !strings.Contains(got, "Not part of a published story") || !strings.Contains(got, "Plains Herald · Lean Right") {
		t.Errorf("paywalled report: %q", got)
	}
	// No snippet is longer than the bound, whatever the reader gave.
	if got := text(find(items[2], tagClass("p", "snippet"))); utf8.RuneCountInString(got) > news.MaxSnippetRunes || !strings.HasSuffix(got, "…") {
		t.Errorf("a snippet of %d characters: %q", utf8.RuneCountInString(got), got)
	}
	if robots := find(doc, func(n *html.Node) bool { return n.Data == "meta" && attr(n, "name") == "robots" }); !strings.Contains(attr(robots, "content"), "noindex") {
		t.Errorf("report results are not kept out of search engines")
	}

	// An unrated outlet shows no lean.
	doc = parseHTML(t, get(t, h, "/search?q=tarrow&in=reports").Body.String())
	items = reportItems(doc)
	if len(items) != 1 || find(items[0], tagClass("span", "lean")) != nil {
		t.Errorf("an unrated outlet's report: %d results, or a lean shown", len(items))
	}

	// Without a choice, or choosing them, the stories are searched.
	for _, target := range []string{"/search?q=flood", "/search?q=flood&in=stories", "/search?q=flood&in="} {
		doc := parseHTML(t, get(t, h, target).Body.String())
		if len(findAll(doc, tagClass("article", "card"))) != 1 || reportItems(doc) != nil {
			t.Errorf("GET %s: want the one story, no reports", target)
		}
		r := find(doc, tagID("input", "search-in-stories"))
		if !hasAttr(r, "checked") || text(find(doc, tag("h1"))) != "Search the stories" {
			t.Errorf("GET %s: the form or heading does not say the stories were searched", target)
		}
	}
}

func TestSearchReportsPageEmptyAndPaging(t *testing.T) {
	rr := newReportReader()
	h, _ := newTestHandler(t, rr, nil)
	for _, target := range []string{"/search?in=reports", "/search?q=&in=reports"} {
		doc := parseHTML(t, get(t, h, target).Body.String())
		if !hasAttr(find(doc, tagID("input", "search-in-reports")), "checked") || find(doc, tagClass("p", "empty")) != nil {
			t.Errorf("GET %s: want the form alone, reports chosen", target)
		}
	}
	if rr.calls != 0 {
		t.Errorf("the reports were searched %d times for nothing", rr.calls)
	}
	doc := parseHTML(t, get(t, h, "/search?q=volcano&in=reports").Body.String())
	if got := text(find(doc, tagClass("p", "empty"))); !strings.HasPrefix(got, "No report matches “volcano”") {
		t.Errorf("empty state %q", got)
	}

	rr.matches = nil
	for i := range searchPageSize + 5 {
		rr.matches = append(rr.matches, news.ReportMatch{OutletReport: news.OutletReport{Title: "Tarrow market day " + string(rune('a'+i))}})
	}
	doc = parseHTML(t, get(t, h, "/search?q=tarrow&in=reports").Body.String())
	if n := len(reportItems(doc)); n != searchPageSize {
		t.Errorf("first page has %d results, want %d", n, searchPageSize)
	}
	if got := text(find(doc, tagClass("p", "search-count"))); got != "The first 20 reports matching “tarrow”" {
		t.Errorf("count line %q", got)
	}
	next := find(doc, func(n *html.Node) bool { return n.Data == "a" && attr(n, "rel") == "next" })
	if next == nil || attr(next, "href") != "/search?in=reports&offset=20&q=tarrow" {
		t.Fatalf("More results link: %v", next)
	}
	doc = parseHTML(t, get(t, h, attr(next, "href")).Body.String())
	if n := len(reportItems(doc)); n != 5 || rr.offset != 20 {
		t.Errorf("second page has %d results from %d, want 5 from 20", n, rr.offset)
	}
	if got := text(find(doc, tagClass("p", "search-count"))); got != "Reports matching “tarrow”, from number 21" {
		t.Errorf("count line %q", got)
	}
	doc = parseHTML(t, get(t, h, "/search?q=tarrow&in=reports&offset=40").Body.String())
	if got := text(find(doc, tagClass("p", "empty"))); !strings.HasPrefix(got, "No more reports match") {
		t.Errorf("past the end: %q", got)
	}
}

// The query, and an outlet's title and snippet, show as text, never as
// markup; an address that is not http(s) is not linked.
func TestSearchReportsEscapes(t *testing.T) {
	h, _ := newTestHandler(t, newReportReader(), nil)
	q := `tarrow "><script>alert(1)</script><b x='`
	rec := get(t, h, "/search?in=reports&q="+url.QueryEscape(q))
	body := rec.Body.String()
	if rec.Code != http.StatusOK || strings.Contains(body, "<script>") || strings.Contains(body, "<b>") || strings.Contains(body, "<b x=") || strings.Contains(body, "<img") {
		t.Fatalf("status %d, or markup from the query or the report:\n%s", rec.Code, body)
	}
	doc := parseHTML(t, body)
	if len(findAll(doc, script)) != 0 || len(findAll(doc, tag("img"))) != 0 || len(findAll(doc, tag("b"))) != 0 {
		t.Errorf("hostile text became elements")
	}
	items := reportItems(doc)
	if len(items) != 1 {
		t.Fatalf("%d results, want 1", len(items))
	}
	if got := text(find(items[0], tagClass("p", "src-title"))); got != `Tarrow <script>alert("title")</script> fair & <b>market</b>` {
		t.Errorf("title shown as %q", got)
	}
	if find(find(items[0], tagClass("p", "src-title")), tag("a")) != nil || strings.Contains(body, "javascript:") {
		t.Errorf("a javascript: address is linked")
	}
	if got := text(find(items[0], tagClass("p", "snippet"))); got != `Stalls <img src=x onerror=alert(1)> filled the Tarrow square.` {
		t.Errorf("snippet shown as %q", got)
	}
	if diff := cmp.Diff([]string{"Tarrow", "Tarrow"}, marks(items[0])); diff != "" {
		t.Errorf("marks (-want +got):\n%s", diff)
	}
}

func TestSearchInBadRequests(t *testing.T) {
	rr := newReportReader()
	h, _ := newTestHandler(t, rr, nil)
	for _, target := range []string{
		"/search?q=dunmere&in=outlets",
		"/search?q=dunmere&in=REPORTS",
		"/search?in=reports&q=" + strings.Repeat("a", maxQueryBytes+1),
		"/search?in=reports&q=dunmere&offset=-1",
	} {
		rec := get(t, h, target)
		if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Header().Get("Content-Type"), "text/html") {
			t.Errorf("GET %.60s: %d %q, want a 400 page", target, rec.Code, rec.Header().Get("Content-Type"))
		}
	}
	if got := text(find(parseHTML(t, get(t, h, "/search?q=a&in=x").Body.String()), tag("main"))); !strings.Contains(got, "“stories” or “reports”") {
		t.Errorf("the error page does not say what in may be: %q", got)
	}
	for _, q := range []string{"q=dunmere&in=outlets", "in=reports", "in=reports&q=+", "in=reports&q=" + strings.Repeat("x", maxQueryBytes+1), "in=reports&q=a&limit=0"} {
		rec := get(t, h, "/api/search?"+q)
		var body errorBody
		decodeJSON(t, rec, &body)
		if rec.Code != http.StatusBadRequest || body.Error.Code != codeBadRequest || body.Error.Message == "" {
			t.Errorf("%.40s: %d %+v, want 400, bad_request and a message", q, rec.Code, body.Error)
		}
	}
	if rr.calls != 0 {
		t.Errorf("the reports were searched %d times", rr.calls)
	}
	rr.listErr = errors.New("connection reset: secret-detail-17")
	for _, target := range []string{"/search?q=dunmere&in=reports", "/api/search?q=dunmere&in=reports"} {
		if rec := get(t, h, target); rec.Code != http.StatusInternalServerError || strings.Contains(rec.Body.String(), "secret-detail") {
			t.Errorf("GET %s over a failing store: %d, want a 500 without the detail", target, rec.Code)
		}
	}
}

// A reader that cannot search reports leaves the choice out of the form,
// and in=reports finds no such search.
func TestSearchReportsUnavailable(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	doc := parseHTML(t, get(t, h, "/search?q=flood").Body.String())
	if find(doc, tag("fieldset")) != nil || find(doc, tagID("input", "search-in-reports")) != nil {
		t.Errorf("the form offers a search of reports that the reader cannot do")
	}
	rec := get(t, h, "/search?q=dunmere&in=reports")
	if rec.Code != http.StatusNotFound || !strings.Contains(text(find(parseHTML(t, rec.Body.String()), tag("main"))), "no search of the outlets' reports") {
		t.Errorf("page: %d, want a 404 that says why", rec.Code)
	}
	rec = get(t, h, "/api/search?q=dunmere&in=reports")
	var body errorBody
	decodeJSON(t, rec, &body)
	if rec.Code != http.StatusNotFound || body.Error.Code != codeNotFound || !strings.Contains(body.Error.Message, "reports") {
		t.Errorf("API: %d %+v, want a 404 that says why", rec.Code, body.Error)
	}
}

func TestAPISearchReports(t *testing.T) {
	rr := newReportReader()
	h, _ := newTestHandler(t, rr, func(o *Options) { o.BaseURL = "https://news.example/" })
	rec := get(t, h, "/api/search?q=dunmere&in=reports&limit=10&offset=0")
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("status %d %q: %s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
	}
	if rr.limit != 10 || rr.offset != 0 {
		t.Errorf("paging %d, %d", rr.limit, rr.offset)
	}
	var raw map[string]json.RawMessage
	decodeJSON(t, rec, &raw)
	if len(raw) != 2 || string(raw["query"]) != `"dunmere"` || raw["reports"] == nil {
		t.Errorf("body %s, want query and reports only", rec.Body)
	}
	var got reportSearchList
	decodeJSON(t, rec, &got)
	if len(got.Reports) != 3 {
		t.Fatalf("%d reports, want 3", len(got.Reports))
	}
	ferry := reportJSON{
		Title: "Lüdwell-built ferry returns to Dunmere",
		// code points, not bytes: "ü" is one
		TitleMarks: []markJSON{{Start: 31, End: 38}},
		URL:        "https://harborledger.example/news/dunmere-ferry",
		Published:  time.Date(2026, 2, 22, 6, 30, 0, 0, time.UTC),
		Outlet:     outletJSON{Name: "The Harbor Ledger", Slug: "harbor-ledger", Lean: news.LeanLeft, URL: "https://news.example/outlets/harbor-ledger"},
		Snippet: snippetJSON{Text: "…Lena Marsh, who runs the Dunmere crossing, said the first boat would leave at dawn…",
			Marks: []markJSON{{Start: 26, End: 33}}},
		Story: &storyRef{ID: "river-barrier", Headline: riverBarrierPage().Headline, URL: "https://news.example/stories/river-barrier"},
	}
	if diff := cmp.Diff(ferry, got.Reports[0]); diff != "" {
		t.Errorf("first report (-want +got):\n%s", diff)
	}
	title, snippet := []rune(ferry.Title), []rune(ferry.Snippet.Text)
	if a, b := ferry.TitleMarks[0], ferry.Snippet.Marks[0]; string(title[a.Start:a.End]) != "Dunmere" || string(snippet[b.Start:b.End]) != "Dunmere" {
		t.Errorf("the marks do not count code points")
	}
	paywalled := got.Reports[1]
	if !paywalled.Paywalled || paywalled.Snippet.Text != "" || paywalled.Snippet.Marks == nil || len(paywalled.Snippet.Marks) != 0 || paywalled.Story != nil {
		t.Errorf("paywalled report: %+v; want no text, an empty list of marks, no story", paywalled)
	}
	if strings.Contains(rec.Body.String(), "SECRET-PAYWALLED-TEXT") {
		t.Errorf("a paywalled report's text is given")
	}
	if n := utf8.RuneCountInString(got.Reports[2].Snippet.Text); n > news.MaxSnippetRunes {
		t.Errorf("a snippet of %d characters", n)
	}

	// An unrated outlet has no lean; an address that is not http(s) none.
	rec = get(t, h, "/api/search?q=tarrow&in=reports")
	decodeJSON(t, rec, &got)
	if len(got.Reports) != 1 || got.Reports[0].URL != "" || strings.Contains(rec.Body.String(), `"lean"`) {
		t.Errorf("hostile report: %s", rec.Body)
	}
	if got.Reports[0].Title != `Tarrow <script>alert("title")</script> fair & <b>market</b>` || strings.Contains(rec.Body.String(), "<script>") {
		t.Errorf("hostile title: %q, or markup in the body", got.Reports[0].Title)
	}
	// no match is an empty list, not null
	if rec := get(t, h, "/api/search?q=volcano&in=reports"); !strings.Contains(rec.Body.String(), `"reports":[]`) {
		t.Errorf("no match: %s", rec.Body)
	}
}

// TestSearchReportsOverStore runs the search of reports over the SQLite
// store: of a long report, the page and the API show a snippet of at
// most news.MaxSnippetWords words around the words searched for, marked,
// and link the story it is part of; of a paywalled report, none of its
// text, and its text finds nothing.
func TestSearchReportsOverStore(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "desk.db"), store.WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	outlet, err := st.UpsertOutlet(ctx, news.Outlet{Slug: "dunmere-courier", Name: "Dunmere Courier", Rating: news.Rating{Lean: news.Center}})
	if err != nil {
		t.Fatal(err)
	}
	filler := strings.Repeat("the county said the work on the quay would go on through the week ", 15)
	save := func(url, title, body string, paywalled bool) int64 {
		t.Helper()
		id, _, err := st.SaveArticle(ctx, news.Article{OutletID: outlet, URL: url, CanonicalURL: url, Title: title, Text: body,
			Published: testNow.Add(-time.Hour), Paywalled: paywalled, ContentHash: url, Fingerprint: uint64(len(url)) << 40})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	long := save("https://courier.example/quay", "Quay works in Dunmere",
		"Openingword. "+filler+"The harbour master, Ilse Brandt, said the quay would reopen in May. "+filler+"Closingword.", false)
	save("https://courier.example/dues", "Harbour dues rise in Tarrow", "Paywalledsecret: Ilse Brandt gave the figures.", true)
	river := riverBarrierPage()
	if err := st.SaveStories(ctx, []store.StoryWrite{{Story: news.Story{ID: river.StoryID, ArticleIDs: []int64{long}, FirstSeen: river.Published, Updated: testNow},
		Latest: river.Published, Page: &river}}); err != nil {
		t.Fatal(err)
	}
	h, _ := newTestHandler(t, st, nil)

	body := get(t, h, "/search?q=ilse+brandt&in=reports").Body.String()
	items := reportItems(parseHTML(t, body))
	if len(items) != 1 {
		t.Fatalf("%d results, want the long report alone:\n%s", len(items), body)
	}
	snippet := text(find(items[0], tagClass("p", "snippet")))
	if n := len(strings.Fields(snippet)); n > news.MaxSnippetWords || !strings.Contains(snippet, "The harbour master, Ilse Brandt, said") {
		t.Errorf("snippet of %d words: %q", n, snippet)
	}
	if diff := cmp.Diff([]string{"Ilse", "Brandt"}, marks(items[0])); diff != "" {
		t.Errorf("marks (-want +got):\n%s", diff)
	}
	if strings.Contains(body, "Openingword") || strings.Contains(body, "Closingword") || strings.Contains(body, "Paywalledsecret") {
		t.Errorf("the page shows more of the texts than a snippet")
	}
	if find(items[0], func(n *html.Node) bool { return n.Data == "a" && attr(n, "href") == "/stories/river-barrier" }) == nil {
		t.Errorf("no link to the story the report is part of")
	}

	body = get(t, h, "/search?q=harbour+dues&in=reports").Body.String()
	items = reportItems(parseHTML(t, body))
	if len(items) != 1 || strings.Contains(body, "Paywalledsecret") || !strings.Contains(text(items[0]), "paywall") {
		t.Errorf("the paywalled report: %d results, or its text shown", len(items))
	}

	rec := get(t, h, "/api/search?q=brandt&in=reports")
	var got reportSearchList
	decodeJSON(t, rec, &got)
	if len(got.Reports) != 1 || len(got.Reports[0].Snippet.Marks) != 1 || got.Reports[0].Story == nil ||
		strings.Contains(rec.Body.String(), "Openingword") || strings.Contains(rec.Body.String(), "Paywalledsecret") {
		t.Errorf("API: %s", rec.Body)
	}
	m := got.Reports[0].Snippet.Marks[0]
	if w := string([]rune(got.Reports[0].Snippet.Text)[m.Start:m.End]); w != "Brandt" {
		t.Errorf("API mark %v is %q", m, w)
	}
}
