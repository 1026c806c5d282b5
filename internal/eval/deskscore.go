package eval

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/cluster"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/store"
	"github.com/theunbiasedpost/unbiased/internal/text"
	"github.com/theunbiasedpost/unbiased/internal/write"
)

// deskReport is one document as the desk stored it.
type deskReport struct {
	doc    deskDoc
	ref    news.ArticleRef
	story  string // "" when in no story
	usable bool
	shared int // events of the set that file the same text; 1 for most
}

// deskStory is one story the desk formed, with the stored reports it
// holds and, when published, its page.
type deskStory struct {
	id      string
	members []*deskReport
	page    *news.Page
	refused string // why it has no page, when it has none
}

// events counts the story's reports by the event they belong to.
func (s *deskStory) events() map[int]int {
	count := map[int]int{}
	for _, r := range s.members {
		count[r.doc.Event]++
	}
	return count
}

// citedEvents counts the cited sentences of the story's page by the
// event of the report each cites first, the report whose words it is:
// what a reader of the page reads of each event.
func (s *deskStory) citedEvents() map[int]int {
	event, byURL := map[int64]int{}, map[string]int{}
	for _, r := range s.members {
		event[r.ref.Article.ID] = r.doc.Event
		byURL[r.ref.URL] = r.doc.Event
	}
	// a page read back from the store may give its sources by URL only
	byRef := map[int]int{}
	for _, src := range s.page.Sources {
		if e, ok := event[src.ArticleID]; ok && src.ArticleID != 0 {
			byRef[src.Ref] = e
		} else if e, ok := byURL[src.URL]; ok {
			byRef[src.Ref] = e
		}
	}
	count := map[int]int{}
	write.ForEachSentence(*s.page, func(_ string, x news.Sentence) {
		if len(x.Cites) == 0 {
			return
		}
		if e, ok := byRef[x.Cites[0]]; ok {
			count[e]++
		}
	})
	return count
}

// deskScore reads back what the desk stored and scores it against the
// events of clusters (see RunDesk). failed holds the URLs of the pages
// that failed, already reported.
func deskScore(ctx context.Context, st *store.Store, clusters []SummaryCluster, pool []deskOutlet, docs []deskDoc,
	words int, failed map[string]bool) (DeskReport, error) {
	rep := DeskReport{Events: len(clusters), Documents: len(docs), Refused: map[string]int{}, Furniture: map[string]int{}}
	stored, err := deskStored(ctx, st, pool, docs, deskShared(clusters))
	if err != nil {
		return rep, err
	}
	stories, err := deskStories(ctx, st, stored, &rep)
	if err != nil {
		return rep, err
	}
	rep.Problems = deskUnusable(clusters, pool, docs, stored, failed)
	deskCountEvents(&rep, clusters, stored)
	deskCountPages(&rep, stories)
	rep.Problems = append(rep.Problems, deskUnpublished(clusters, stored, stories)...)
	rep.Problems = append(rep.Problems, deskSplitAndMixed(clusters, stored, stories)...)
	rep.Cluster = deskClusterScores(clusters, stored)
	rep.Rouge, rep.HeadlineRouge = deskRouge(clusters, stories, words)
	rep.TextRecall, rep.Furniture = deskExtraction(clusters, pool, docs, stored)
	related := deskRelatedOf(docs)
	for _, s := range stories {
		if s.page == nil {
			continue
		}
		rep.Published = append(rep.Published, deskPublished(clusters, pool, s))
		if kinds := deskPageFurniture(clusters, pool, related, s); len(kinds) > 0 {
			rep.PagesFurniture++
			rep.Problems = append(rep.Problems, DeskProblem{Kind: "page", Story: s.id,
				Err: fmt.Errorf("published text holds its reports' page furniture: %s", strings.Join(kinds, ", "))})
		}
	}
	return rep, nil
}

// deskStored returns the reports stored with text, by document number,
// each with its story. A report is usable when it is in English.
func deskStored(ctx context.Context, st *store.Store, pool []deskOutlet, docs []deskDoc, shared func(deskDoc) int) (map[int]*deskReport, error) {
	arts, err := st.Articles(ctx, time.Time{})
	if err != nil {
		return nil, err
	}
	assigned, err := st.StoryAssignments(ctx)
	if err != nil {
		return nil, err
	}
	byURL := deskDocsByURL(pool, docs)
	out := map[int]*deskReport{}
	for _, a := range arts {
		d, ok := byURL[a.URL]
		if !ok {
			return nil, fmt.Errorf("stored article %s is no document of the set", a.URL)
		}
		n := shared(d)
		out[d.Number] = &deskReport{doc: d, ref: a, story: assigned[a.ID], usable: a.Language == "en" && n < 2, shared: n}
	}
	return out, nil
}

// deskStories groups the stored reports by story, reads the pages of the
// published ones, and counts stories, pages and refusals into rep. The
// stories come in ID order, each one's reports in document order.
func deskStories(ctx context.Context, st *store.Store, stored map[int]*deskReport, rep *DeskReport) ([]*deskStory, error) {
	total, published, err := st.StoryCounts(ctx)
	if err != nil {
		return nil, err
	}
	rep.Stories, rep.Pages = total, published
	refused, err := st.StoryStatuses(ctx, true, total+1, 0)
	if err != nil {
		return nil, err
	}
	why := map[string]string{}
	for _, s := range refused {
		reason := s.Reason
		if reason == "" {
			reason = "unknown"
		}
		rep.Refused[reason]++
		why[s.ID] = reason
	}
	byID := map[string]*deskStory{}
	for _, n := range deskNumbers(stored) {
		r := stored[n]
		if r.story == "" {
			continue
		}
		if byID[r.story] == nil {
			byID[r.story] = &deskStory{id: r.story}
		}
		byID[r.story].members = append(byID[r.story].members, r)
		byID[r.story].refused = why[r.story]
	}
	var out []*deskStory
	for _, s := range byID {
		page, err := st.Page(ctx, s.id)
		switch {
		case err == nil:
			s.page = &page
		case !errors.Is(err, news.ErrNotFound):
			return nil, err
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out, nil
}

// deskNumbers returns the document numbers of stored, in order.
func deskNumbers(stored map[int]*deskReport) []int {
	out := make([]int, 0, len(stored))
	for n := range stored {
		out = append(out, n)
	}
	sort.Ints(out)
	return out
}

// deskShared returns how many events of the set file a document's text:
// a text filed under two or more events is a page's furniture (a site's
// notice, an archive's banner) that the set's makers collected, not a
// report of any one of them.
func deskShared(clusters []SummaryCluster) func(deskDoc) int {
	events := map[string]map[int]bool{}
	key := func(event, doc int) string { return text.Normalize(clusters[event].Documents[doc].Text) }
	for i, c := range clusters {
		for k := range c.Documents {
			t := key(i, k)
			if events[t] == nil {
				events[t] = map[int]bool{}
			}
			events[t][i] = true
		}
	}
	return func(d deskDoc) int { return len(events[key(d.Event, d.Doc)]) }
}

// deskUnusable lists the documents that are no usable report although
// their page did not fail: not stored with text, or not in English.
func deskUnusable(clusters []SummaryCluster, pool []deskOutlet, docs []deskDoc, stored map[int]*deskReport, failed map[string]bool) []DeskProblem {
	var out []DeskProblem
	for _, d := range docs {
		r, url := stored[d.Number], d.URL(pool)
		var err error
		switch {
		case r == nil && !failed[url]:
			err = errors.New("not stored with text")
			if twin, ok := deskTwin(clusters, docs, stored, d); ok {
				err = fmt.Errorf("not stored: its outlet's report of %s document %d has the same text, and an outlet's text is stored once",
					clusters[twin.Event].ID, twin.Doc+1)
			}
		case r != nil && r.shared > 1:
			err = fmt.Errorf("the set files the same text under %d events: page furniture, no report of any", r.shared)
		case r != nil && !r.usable:
			err = fmt.Errorf("stored in language %q, not English", r.ref.Language)
		}
		if err != nil {
			out = append(out, DeskProblem{Kind: "unusable", URL: url, Event: clusters[d.Event].ID, Doc: d.Doc + 1, Err: err, number: d.Number})
		}
	}
	return out
}

// deskTwin finds a stored document of d's outlet with the same text as d.
func deskTwin(clusters []SummaryCluster, docs []deskDoc, stored map[int]*deskReport, d deskDoc) (deskDoc, bool) {
	own := text.Normalize(clusters[d.Event].Documents[d.Doc].Text)
	for _, o := range docs {
		if o.Outlet == d.Outlet && o.Number != d.Number && stored[o.Number] != nil &&
			text.Normalize(clusters[o.Event].Documents[o.Doc].Text) == own {
			return o, true
		}
	}
	return deskDoc{}, false
}

// deskCountEvents counts the usable reports and the events that could be,
// were, and were split when published.
func deskCountEvents(rep *DeskReport, clusters []SummaryCluster, stored map[int]*deskReport) {
	usable := make([]int, len(clusters))
	storiesOf := make([]map[string]bool, len(clusters))
	for _, r := range stored {
		if !r.usable {
			continue
		}
		e := r.doc.Event
		usable[e]++
		if storiesOf[e] == nil {
			storiesOf[e] = map[string]bool{}
		}
		storiesOf[e][r.story] = true
	}
	for e := range clusters {
		rep.Reports += usable[e]
		if usable[e] >= 2 {
			rep.EventsPublishable++
		}
		if len(storiesOf[e]) > 1 {
			rep.EventsSplit++
		}
	}
}

// deskCountPages counts the events that a published story is mostly made
// of, the published stories that mix events, those whose pages also mix
// them in what they say, and the events told on two or more pages.
func deskCountPages(rep *DeskReport, stories []*deskStory) {
	for _, s := range stories {
		if s.page == nil {
			continue
		}
		if len(s.events()) > 1 {
			rep.PagesMixed++
		}
		if len(s.citedEvents()) > 1 {
			rep.PagesMixedText++
		}
	}
	rep.EventsPublished = len(publishedEvents(stories))
	for _, ss := range eventPages(stories) {
		if len(ss) > 1 {
			rep.EventsSplitPublished++
		}
	}
}

// eventPages gives each event the published stories that hold a usable
// report of it, in the order of stories.
func eventPages(stories []*deskStory) map[int][]*deskStory {
	on := map[int][]*deskStory{}
	for _, s := range stories {
		if s.page == nil {
			continue
		}
		told := map[int]bool{}
		for _, r := range s.members {
			if r.usable && !told[r.doc.Event] {
				told[r.doc.Event] = true
				on[r.doc.Event] = append(on[r.doc.Event], s)
			}
		}
	}
	return on
}

// publishedEvents are the events that a published story is mostly
// (more than half) made of.
func publishedEvents(stories []*deskStory) map[int]bool {
	published := map[int]bool{}
	for _, s := range stories {
		if s.page == nil {
			continue
		}
		for e, n := range s.events() {
			if 2*n > len(s.members) {
				published[e] = true
			}
		}
	}
	return published
}

// deskUnpublished lists the events with two or more usable reports that
// no published story is mostly made of, each with where its reports
// went: to stories the desk refused (and why), or into stories mostly
// made of another event. It is what to read first when publication falls
// short: a split by the clusterer, a merge with another event, or a
// writer's refusal.
func deskUnpublished(clusters []SummaryCluster, stored map[int]*deskReport, stories []*deskStory) []DeskProblem {
	published := publishedEvents(stories)
	storyOf := map[string]*deskStory{}
	for _, s := range stories {
		storyOf[s.id] = s
	}
	usable := map[int][]*deskReport{}
	for _, n := range deskNumbers(stored) {
		if r := stored[n]; r.usable {
			usable[r.doc.Event] = append(usable[r.doc.Event], r)
		}
	}
	var out []DeskProblem
	for e := range clusters {
		rs := usable[e]
		if len(rs) < 2 || published[e] {
			continue
		}
		count := map[string]int{}
		var order []string
		for _, r := range rs {
			if count[r.story] == 0 {
				order = append(order, r.story)
			}
			count[r.story]++
		}
		var parts []string
		for _, id := range order {
			s := storyOf[id]
			switch {
			case id == "" || s == nil:
				parts = append(parts, fmt.Sprintf("%d in no story", count[id]))
			case s.page == nil:
				parts = append(parts, fmt.Sprintf("%d in story %s of %d, refused: %s", count[id], id, len(s.members), s.refused))
			default:
				parts = append(parts, fmt.Sprintf("%d in story %s, published, whose reports are %s", count[id], id, s.eventCounts(clusters)))
			}
		}
		out = append(out, DeskProblem{Kind: "unpublished", Event: clusters[e].ID, number: rs[0].doc.Number,
			Err: fmt.Errorf("%d usable reports: %s", len(rs), strings.Join(parts, "; "))})
	}
	return out
}

// deskSplitAndMixed lists what the counts of deskCountPages count, each
// with its stories: the published stories whose reports come from two
// or more events ("mixed", with how many reports of each), and the
// events whose usable reports are on two or more published stories
// ("split", with those stories). It is what to read first when the
// clusterer joined two events or kept one apart and the desk published
// the result.
func deskSplitAndMixed(clusters []SummaryCluster, stored map[int]*deskReport, stories []*deskStory) []DeskProblem {
	var out []DeskProblem
	for _, s := range stories {
		if s.page == nil || len(s.members) == 0 {
			continue
		}
		if len(s.events()) > 1 {
			first := s.members[0].doc.Number
			for _, r := range s.members {
				first = min(first, r.doc.Number)
			}
			out = append(out, DeskProblem{Kind: "mixed", Story: s.id, number: first,
				Err: fmt.Errorf("published, whose reports are %s", s.eventCounts(clusters))})
		}
	}
	first := map[int]int{} // event -> the number of its first usable report
	for _, n := range deskNumbers(stored) {
		if r := stored[n]; r.usable {
			if _, ok := first[r.doc.Event]; !ok {
				first[r.doc.Event] = n
			}
		}
	}
	on := eventPages(stories)
	for e := range clusters {
		ss := on[e]
		if len(ss) < 2 {
			continue
		}
		var parts []string
		for _, s := range ss {
			parts = append(parts, fmt.Sprintf("story %s (%d of its %d reports)", s.id, s.events()[e], len(s.members)))
		}
		out = append(out, DeskProblem{Kind: "split", Event: clusters[e].ID, number: first[e],
			Err: fmt.Errorf("usable reports on %d published stories: %s", len(ss), strings.Join(parts, ", "))})
	}
	return out
}

// eventCounts says how many of the story's reports each event has, most
// first: "event-7 3, event-9 1".
func (s *deskStory) eventCounts(clusters []SummaryCluster) string {
	return news.Tally(s.events(), func(e int) string { return clusters[e].ID })
}

// deskClusterScores scores the stories of the usable reports against
// their events, with B-cubed and pairwise figures.
func deskClusterScores(clusters []SummaryCluster, stored map[int]*deskReport) cluster.Scores {
	gold, pred := map[string]string{}, map[string]string{}
	for n, r := range stored {
		if !r.usable {
			continue
		}
		key := fmt.Sprint(n)
		gold[key] = clusters[r.doc.Event].ID
		if r.story != "" {
			pred[key] = r.story
		}
	}
	return cluster.Score(gold, pred)
}

// deskRouge scores every event's page text against its reference
// summary, and its headline against the summary's title where the set
// gives one. An event's page is the published page of the story holding
// most of its reports; ties go to the story more of whose reports are the
// event's, then to the smaller story ID (stories come in ID order).
func deskRouge(clusters []SummaryCluster, stories []*deskStory, words int) (text, headline RougeMean) {
	type best struct {
		held  int
		share float64
		page  *news.Page
	}
	pick := make([]best, len(clusters))
	for _, s := range stories {
		if s.page == nil {
			continue
		}
		count := s.events()
		for e, n := range count {
			share := float64(n) / float64(len(s.members))
			if b := pick[e]; n > b.held || n == b.held && share > b.share {
				pick[e] = best{n, share, s.page}
			}
		}
	}
	gold, pred := map[string]string{}, map[string]string{}
	titles, heads := map[string]string{}, map[string]string{}
	for e, c := range clusters {
		p := pick[e].page
		if c.ReferenceTitle != "" {
			titles[c.ID] = c.ReferenceTitle
			heads[c.ID] = ""
			if p != nil {
				heads[c.ID] = reportsTail.ReplaceAllString(p.Headline, "")
			}
		}
		if c.Reference == "" {
			continue
		}
		gold[c.ID] = c.Reference
		pred[c.ID] = ""
		if p != nil {
			pred[c.ID] = CutWords(strings.Join(strings.Fields(write.PlainText(*p)), " "), words)
		}
	}
	return MeanRouge(gold, pred, words), MeanRouge(titles, heads, 0)
}

// reportsTail is the attribution that closes a headline one outlet
// alone states: ", Harbour News reports".
var reportsTail = regexp.MustCompile(`, [^,]+ reports$`)

// deskPublished is a published story's page with its reports.
func deskPublished(clusters []SummaryCluster, pool []deskOutlet, s *deskStory) DeskPage {
	out := DeskPage{Page: *s.page}
	for _, r := range s.members {
		out.Sources = append(out.Sources, DeskSource{Event: clusters[r.doc.Event].ID, Document: r.doc.Doc + 1,
			Outlet: pool[r.doc.Outlet].Name, Lean: r.ref.Outlet.Rating.Lean, Title: r.ref.Title, URL: r.ref.URL, Text: r.ref.Text,
			Published: r.ref.Published, FirstSeen: r.ref.FirstSeen})
	}
	return out
}
