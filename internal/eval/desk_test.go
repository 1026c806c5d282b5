package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/write"
)

// deskTestSet is four invented events, each told by two or three
// reports in different words. Every name, place and number is made up.
func deskTestSet() []SummaryCluster {
	return []SummaryCluster{
		{ID: "ferry", Reference: "The Pellow Sound ferry was taken out of service after an engine failure left 140 passengers drifting for two hours; a replacement boat sails from Friday.",
			Documents: []SummaryDoc{
				{Text: "The Pellow Sound ferry was withdrawn from service on Tuesday after an engine failure left it drifting for two hours. Bluewake Ferries said a tug brought the 140 passengers back to Harrick harbour. Nobody was hurt.\n\nEngineers from Bluewake Ferries will inspect the vessel this week. A replacement boat will sail from Friday, the company said. Commuters said the crossing is their only quick route to the hospital on the mainland."},
				{Title: "Ferry towed back to Harrick after engine failure", Text: "An engine failure stranded the Pellow Sound ferry for two hours on Tuesday, Bluewake Ferries said. A tug towed the vessel and its 140 passengers back to Harrick harbour, and no injuries were reported.\n\nThe company has taken the ferry out of service while engineers inspect it. A replacement boat will sail from Friday, a spokeswoman for Bluewake Ferries said, and tickets for cancelled crossings will be refunded in full."},
				{Text: "Passengers on the Pellow Sound ferry spent two hours adrift on Tuesday when its engine failed halfway across. Bluewake Ferries sent a tug, which brought the 140 passengers back to Harrick harbour.\n\nThe ferry will stay out of service until engineers have inspected it, and a replacement boat will sail from Friday. Island councillor Ruth Penmarrow said the breakdown showed the route needed a second vessel."},
			}},
		{ID: "library", Reference: "Oakhill council voted 7 to 2 to keep the Elmstead library open on Sundays, paying for it with 85,000 pounds from its reserves.",
			Documents: []SummaryDoc{
				{Text: "Oakhill town council voted 7 to 2 on Monday to keep the Elmstead library open on Sundays. The council will pay for the extra day with 85,000 pounds from its reserves. Librarian Tomas Heddle said Sunday is the busiest day for families and students.\n\nTwo councillors who voted against the plan said the reserves should be kept for road repairs. The Sunday opening hours will run from ten until four."},
				{Text: "The Elmstead library will stay open on Sundays after Oakhill town council backed the plan by 7 votes to 2 on Monday. The cost, 85,000 pounds a year, will come from the council's reserves.\n\nLibrarian Tomas Heddle welcomed the vote and said families and students fill the reading rooms every Sunday. Opponents on the council argued that the money was needed for road repairs."},
				{Title: "Sunday opening saved at Elmstead library", Text: "Councillors in Oakhill have voted to keep Sunday opening at the Elmstead library. The vote on Monday was 7 to 2, and 85,000 pounds will be taken from reserves to pay for it.\n\nThe library's Sunday hours, from ten until four, had been due to end next month. Librarian Tomas Heddle said the decision would be welcomed by the many students who study there at weekends."},
			}},
		{ID: "flood", Reference: "The River Tarrow burst its banks and flooded 300 hectares of farmland; the county opened a two million pound fund for farmers.",
			ReferenceTitle: "River Tarrow floods 300 hectares of farmland",
			Documents: []SummaryDoc{
				{Text: "The River Tarrow burst its banks on Wednesday night after three days of heavy rain, flooding 300 hectares of farmland in the Tarrow valley. Farmers moved sheep and cattle to higher ground before dawn.\n\nMarlow County opened an emergency fund of two million pounds for farmers whose crops were lost. County engineer Fiona Cadwell said the water would take a week to drain from the lowest fields."},
				{Text: "Three days of heavy rain sent the River Tarrow over its banks on Wednesday night, and 300 hectares of farmland in the valley are under water. Farmers worked through the night to move their livestock to higher ground.\n\nMarlow County said it would open a two million pound emergency fund for farmers who lost crops. County engineer Fiona Cadwell said the lowest fields could stay flooded for a week."},
			}},
		{ID: "buses", Reference: "The Brindle school district will buy 24 electric buses, replacing its diesel fleet by 2027 with a state grant.",
			Documents: []SummaryDoc{
				{Text: "The Brindle school district will buy 24 electric buses to replace its oldest diesel buses, the school board decided on Thursday. A state grant of 9 million dollars will pay for most of the new fleet.\n\nSuperintendent Carla Whitlow said the first electric buses would carry pupils in September and the whole diesel fleet would be gone by 2027. Chargers will be built at the district's depot on Mill Road."},
				{Text: "Pupils in the Brindle school district will ride to class in electric buses from September. The school board voted on Thursday to buy 24 of them with the help of a 9 million dollar state grant.\n\nSuperintendent Carla Whitlow said the district plans to retire its entire diesel fleet by 2027. The buses will be charged overnight at the depot on Mill Road, she said."},
			}},
	}
}

func runDeskTest(t *testing.T, leans Leans) DeskReport {
	t.Helper()
	rep, err := RunDesk(context.Background(), deskTestSet(), DeskOptions{Leans: leans, Words: 60, TempDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range rep.Problems {
		t.Errorf("problem: %s %s (event %s document %d): %v", p.Kind, p.URL, p.Event, p.Doc, p.Err)
	}
	return rep
}

// The desk reads every report through its feeds and pages, tells the
// four events apart, and publishes a page for each, free of the pages'
// furniture; two runs agree in every figure and on every page.
func TestRunDesk(t *testing.T) {
	rep := runDeskTest(t, LeansRotate)
	rep.DocsPerSec = 0
	first := deskJSON(t, rep)
	if rep.Events != 4 || rep.Documents != 10 || rep.Reports != 10 {
		t.Errorf("events, documents, usable reports = %d, %d, %d; want 4, 10, 10", rep.Events, rep.Documents, rep.Reports)
	}
	if rep.EventsPublishable != 4 || rep.EventsPublished != 4 {
		t.Errorf("events publishable, published = %d, %d; want 4, 4 (refused: %v)", rep.EventsPublishable, rep.EventsPublished, rep.Refused)
	}
	if rep.Cluster.BCubedF1 != 1 || rep.EventsSplit != 0 || rep.PagesMixed != 0 {
		t.Errorf("B-cubed F1 %v, events split %d, pages mixed %d; want 1, 0, 0", rep.Cluster.BCubedF1, rep.EventsSplit, rep.PagesMixed)
	}
	refused := 0
	for _, n := range rep.Refused {
		refused += n
	}
	if rep.Pages+refused != rep.Stories || rep.Pages != len(rep.Published) {
		t.Errorf("%d pages and %d refused of %d stories, %d pages returned", rep.Pages, refused, rep.Stories, len(rep.Published))
	}
	sources := 0
	for _, p := range rep.Published {
		sources += len(p.Sources)
	}
	if sources > rep.Reports {
		t.Errorf("%d sources on pages, from %d reports", sources, rep.Reports)
	}
	if rep.Rouge.N != 4 || rep.Rouge.R1 <= 0 {
		t.Errorf("ROUGE over %d events, R1 %v; want 4 events and some overlap", rep.Rouge.N, rep.Rouge.R1)
	}
	// one event gives its summary's title: the headline is scored on it
	if rep.HeadlineRouge.N != 1 || rep.HeadlineRouge.R1 <= 0 {
		t.Errorf("headline ROUGE over %d events, R1 %v; want 1 event and some overlap", rep.HeadlineRouge.N, rep.HeadlineRouge.R1)
	}
	// The extractor keeps the word "Published" of the date line
	// ("Published <time>...</time>") as a paragraph of its own; any other
	// furniture in a stored text is a fault.
	delete(rep.Furniture, "dateline")
	if rep.TextRecall < 0.99 || len(rep.Furniture) > 0 {
		t.Errorf("stored texts keep %.3f of the documents' words and furniture %v; want all words, no furniture", rep.TextRecall, rep.Furniture)
	}
	if rep.PagesFurniture != 0 {
		t.Errorf("%d published pages hold page furniture", rep.PagesFurniture)
	}
	checkNoFurniture(t, rep)

	again := runDeskTest(t, LeansRotate)
	again.DocsPerSec = 0
	if diff := cmp.Diff(first, deskJSON(t, again)); diff != "" {
		t.Errorf("two runs differ (-first +second):\n%s", diff)
	}
}

// checkNoFurniture fails when a published page's text holds a caption,
// credit, byline or other furniture of its sources' pages.
func checkNoFurniture(t *testing.T, rep DeskReport) {
	t.Helper()
	set := deskTestSet()
	pool := deskPool(LeansRotate)
	docs := deskPlace(set, pool, LeansRotate)
	related := deskRelatedOf(docs)
	byURL := deskDocsByURL(pool, docs)
	for _, p := range rep.Published {
		page := write.PlainText(p.Page)
		for _, s := range p.Sources {
			d := byURL[s.URL]
			f := deskFurnitureOf(pool, d, related[d.Number])
			if kept := deskFurnitureKept(f, set[d.Event].Documents[d.Doc].Text, page); len(kept) > 0 {
				t.Errorf("page %s holds furniture %v of %s:\n%s", p.Page.StoryID, kept, s.URL, page)
			}
		}
	}
}

func deskJSON(t *testing.T, rep DeskReport) string {
	t.Helper()
	b, err := json.MarshalIndent(rep, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// With the documents' own leans, each goes to an outlet of its lean, and
// the page's coverage shows them.
func TestRunDeskGivenLeans(t *testing.T) {
	set := deskTestSet()[:1]
	for k, l := range []news.Lean{news.Left, news.Right, news.Right} {
		set[0].Documents[k].Lean = l
	}
	rep, err := RunDesk(context.Background(), set, DeskOptions{Leans: LeansGiven, TempDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Published) != 1 {
		t.Fatalf("%d pages, want 1 (refused %v)", len(rep.Published), rep.Refused)
	}
	var got []news.Lean
	for _, s := range rep.Published[0].Sources {
		got = append(got, s.Lean)
	}
	if want := []news.Lean{news.Left, news.Right, news.Right}; !cmp.Equal(got, want) {
		t.Errorf("sources' leans %v, want %v", got, want)
	}
}

// Documents of one event go to distinct outlets, with the lean the mode
// gives them, at distinct times.
func TestDeskPlace(t *testing.T) {
	set := []SummaryCluster{{ID: "a"}, {ID: "b"}}
	leans := []news.Lean{news.Left, news.Left, news.Center, news.Unrated, news.Left, news.Left, news.Right}
	for k, l := range leans {
		for i := range set {
			set[i].Documents = append(set[i].Documents, SummaryDoc{Text: fmt.Sprintf("Report %d of event %d.", k, i), Lean: l})
		}
	}
	for _, mode := range []Leans{LeansRotate, LeansUnrated, LeansGiven} {
		pool := deskPool(mode)
		seen := map[string]bool{}
		outlets := map[[2]int]bool{}
		for _, d := range deskPlace(set, pool, mode) {
			want := rotation[d.Doc%len(rotation)]
			switch mode {
			case LeansUnrated:
				want = news.Unrated
			case LeansGiven:
				want = leans[d.Doc]
			}
			if got := pool[d.Outlet].Lean; got != want {
				t.Errorf("%s: event %d document %d at an outlet of lean %s, want %s", mode, d.Event, d.Doc, got, want)
			}
			if outlets[[2]int{d.Event, d.Outlet}] {
				t.Errorf("%s: event %d: two documents at %s", mode, d.Event, pool[d.Outlet].Name)
			}
			outlets[[2]int{d.Event, d.Outlet}] = true
			if at := d.Published.String(); seen[at] {
				t.Errorf("%s: two documents at %s", mode, at)
			}
			seen[d.Published.String()] = true
		}
	}
}

func TestDeskTitle(t *testing.T) {
	for _, c := range []struct {
		doc  SummaryDoc
		want string
	}{
		{SummaryDoc{Title: "Own title", Text: "Text."}, "Own title"},
		{SummaryDoc{Text: "\n \nThe harbour board met on Monday. It voted."}, "The harbour board met on Monday…"},
		{SummaryDoc{Text: "One two three four five six seven eight nine ten eleven twelve thirteen fourteen."}, "One two three four five six seven eight nine ten eleven twelve…"},
		{SummaryDoc{Text: "  "}, "Untitled report"},
	} {
		if got := deskTitle(c.doc); got != c.want {
			t.Errorf("deskTitle(%q) = %q, want %q", c.doc.Text, got, c.want)
		}
	}
}

// The dialer reaches the pool's hosts only.
func TestDeskDialRefusesOtherHosts(t *testing.T) {
	s := &deskServer{}
	for _, addr := range []string{"example.com:80", "evaldesk.test:80", "127.0.0.1:80"} {
		if _, err := s.dial(context.Background(), "tcp", addr); err == nil || !strings.Contains(err.Error(), "not an outlet") {
			t.Errorf("dial %s: %v, want a refusal", addr, err)
		}
	}
}

// Furniture counts when the text holds it and the document does not: a
// caption sentence, a share label, or a paragraph that is part of the
// date line.
func TestDeskFurnitureKept(t *testing.T) {
	f := deskFurniture{
		"caption":  {"Officials arrive for a briefing at the start of the day."},
		"share":    {"Share this story", "Copy link"},
		"dateline": {"Published Monday 6 May 2024, 07:00 UTC"},
	}
	own := "The council met. Copy link is what the app's new button says."
	for _, c := range []struct {
		got  string
		want []string
	}{
		{"The council met.", nil},
		{"The council met. Copy link is what the app's new button says.", nil},
		{"Officials arrive for a briefing at the start of the day. The council met.", []string{"caption"}},
		{"Published\n\nThe council met. Share this story", []string{"dateline", "share"}},
	} {
		if got := deskFurnitureKept(f, own, c.got); !cmp.Equal(got, c.want) {
			t.Errorf("deskFurnitureKept(%q) = %v, want %v", c.got, got, c.want)
		}
	}
}

// A text that the set files under two events is a page's furniture, no
// report of either; a text filed twice under one event still counts once.
func TestDeskShared(t *testing.T) {
	notice := "Add a location to your posts. You can switch it off at any time."
	set := []SummaryCluster{
		{ID: "a", Documents: []SummaryDoc{{Text: "The ferry sailed late."}, {Text: notice}}},
		{ID: "b", Documents: []SummaryDoc{{Text: "The library opened on Sunday."}, {Text: notice}, {Text: "The library opened on Sunday."}}},
	}
	shared := deskShared(set)
	for _, tt := range []struct{ event, doc, want int }{{0, 0, 1}, {0, 1, 2}, {1, 1, 2}, {1, 2, 1}} {
		if got := shared(deskDoc{Event: tt.event, Doc: tt.doc}); got != tt.want {
			t.Errorf("event %d document %d: filed under %d events, want %d", tt.event, tt.doc, got, tt.want)
		}
	}
}

// TestCitedEvents: a page's sentences are counted by the event of the
// report each cites first, so that a story that holds two events but
// tells one on its page is not a page that mixes them.
func TestCitedEvents(t *testing.T) {
	member := func(id int64, event int) *deskReport {
		return &deskReport{doc: deskDoc{Event: event}, ref: news.ArticleRef{Article: news.Article{ID: id}}}
	}
	s := &deskStory{members: []*deskReport{member(10, 0), member(11, 0), member(12, 1)}}
	s.page = &news.Page{
		Sources:    []news.Source{{Ref: 1, ArticleID: 10}, {Ref: 2, ArticleID: 11}, {Ref: 3, ArticleID: 12}},
		Highlights: []news.Sentence{{Text: "The pier closed.", Cites: []int{1, 3}}},
		Lead:       []news.Sentence{{Text: "Divers found rot.", Cites: []int{2}}},
	}
	if got := s.citedEvents(); len(got) != 1 || got[0] != 2 {
		t.Errorf("citedEvents = %v, want event 0 twice", got)
	}
	s.page.Sections = []news.Section{{Paragraphs: [][]news.Sentence{{{Text: "The ferry ran late.", Cites: []int{3}}}}}}
	if got := s.citedEvents(); len(got) != 2 || got[1] != 1 {
		t.Errorf("citedEvents = %v, want event 1 once beside event 0", got)
	}
	// a page read back with its sources by URL only
	for i := range s.members {
		s.members[i].ref.URL = fmt.Sprintf("https://outlet%d.example/pier", i)
	}
	s.page.Sources = []news.Source{{Ref: 1, URL: "https://outlet0.example/pier"}, {Ref: 2, URL: "https://outlet1.example/pier"}, {Ref: 3, URL: "https://outlet2.example/pier"}}
	if got := s.citedEvents(); len(got) != 2 || got[0] != 2 || got[1] != 1 {
		t.Errorf("citedEvents by URL = %v, want event 0 twice and event 1 once", got)
	}
}

// TestCountPages: an event whose usable reports are on two published
// pages is told twice; one whose second story went unpublished, or
// whose other report is no usable one, is not.
func TestCountPages(t *testing.T) {
	member := func(event int, usable bool) *deskReport {
		return &deskReport{doc: deskDoc{Event: event}, usable: usable}
	}
	page := &news.Page{}
	stories := []*deskStory{
		{members: []*deskReport{member(0, true), member(0, true)}, page: page},
		{members: []*deskReport{member(0, true), member(1, true), member(1, true)}, page: page},
		{members: []*deskReport{member(1, true), member(2, true)}}, // not published
		{members: []*deskReport{member(2, true), member(2, true), member(3, false)}, page: page},
		{members: []*deskReport{member(3, true), member(3, true)}, page: page},
	}
	var rep DeskReport
	deskCountPages(&rep, stories)
	if rep.EventsSplitPublished != 1 {
		t.Errorf("events on two or more pages = %d, want 1 (event 0)", rep.EventsSplitPublished)
	}
	if rep.EventsPublished != 4 || rep.PagesMixed != 2 {
		t.Errorf("events published %d, pages mixed %d; want 4 and 2", rep.EventsPublished, rep.PagesMixed)
	}
}

// TestUnpublished: an event with two usable reports that no published
// story is mostly made of is listed with where its reports went: one
// refused story of its own, one story mostly of another event. An event
// that is published, or that has one usable report, is not.
func TestUnpublished(t *testing.T) {
	clusters := []SummaryCluster{{ID: "pier"}, {ID: "ferry"}, {ID: "storm"}}
	stored := map[int]*deskReport{}
	add := func(n, event int, story string, usable bool) *deskReport {
		r := &deskReport{doc: deskDoc{Event: event, Number: n}, story: story, usable: usable}
		stored[n] = r
		return r
	}
	a, b := add(1, 0, "s1", true), add(2, 0, "s2", true)
	c, d := add(3, 1, "s2", true), add(4, 1, "s2", true)
	e := add(5, 2, "s3", true)
	stories := []*deskStory{
		{id: "s1", members: []*deskReport{a}, refused: "too_few_outlets"},
		{id: "s2", members: []*deskReport{b, c, d}, page: &news.Page{}},
		{id: "s3", members: []*deskReport{e}, refused: "too_few_outlets"},
	}
	got := deskUnpublished(clusters, stored, stories)
	if len(got) != 1 || got[0].Kind != "unpublished" || got[0].Event != "pier" {
		t.Fatalf("deskUnpublished = %v, want the pier event alone", got)
	}
	want := "2 usable reports: 1 in story s1 of 1, refused: too_few_outlets; 1 in story s2, published, whose reports are ferry 2, pier 1"
	if got[0].Err.Error() != want {
		t.Errorf("deskUnpublished says %q\nwant %q", got[0].Err, want)
	}
}

// TestSplitAndMixed: the published stories that mix events are listed
// with how many reports of each, and the events on two or more
// published stories with those stories; an unpublished story and a
// report that is no usable one count for neither.
func TestSplitAndMixed(t *testing.T) {
	clusters := []SummaryCluster{{ID: "pier"}, {ID: "ferry"}, {ID: "storm"}, {ID: "fair"}}
	stored := map[int]*deskReport{}
	n := 0
	member := func(event int, story string, usable bool) *deskReport {
		n++
		r := &deskReport{doc: deskDoc{Event: event, Number: n}, story: story, usable: usable}
		stored[n] = r
		return r
	}
	page := &news.Page{}
	stories := []*deskStory{
		{id: "s1", members: []*deskReport{member(0, "s1", true), member(0, "s1", true)}, page: page},
		{id: "s2", members: []*deskReport{member(0, "s2", true), member(1, "s2", true), member(1, "s2", true)}, page: page},
		{id: "s3", members: []*deskReport{member(1, "s3", true), member(2, "s3", true)}}, // not published
		{id: "s4", members: []*deskReport{member(2, "s4", true), member(2, "s4", true), member(3, "s4", false)}, page: page},
		{id: "s5", members: []*deskReport{member(3, "s5", true), member(3, "s5", true)}, page: page},
	}
	var got []string
	for _, p := range deskSplitAndMixed(clusters, stored, stories) {
		got = append(got, p.Kind+" "+p.Event+p.Story+": "+p.Err.Error())
	}
	want := []string{
		"mixed s2: published, whose reports are ferry 2, pier 1",
		"mixed s4: published, whose reports are storm 2, fair 1",
		"split pier: usable reports on 2 published stories: story s1 (2 of its 2 reports), story s2 (1 of its 3 reports)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("deskSplitAndMixed:\n got %q\nwant %q", got, want)
	}
}
