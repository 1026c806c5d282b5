package web

import (
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// groupingView is the Grouping page: the newest stories, to open one or
// to merge some, and the decisions the editors have made.
type groupingView struct {
	adminPage
	Flash   string
	Problem string // why a merge was refused; the form keeps what was sent
	Stories []groupingStory
	// StoriesShown and DecisionsShown say which of each list this page
	// shows: "1 to 50", "51 to 63 of 63".
	StoriesShown string
	StoryPages   pagerView
	// More is what the merge form's text field holds: the story IDs
	// sent that the list does not show.
	More           string
	Note           string
	Decisions      []decisionRow // newest first
	DecisionsShown string
	DecisionPages  pagerView
}

// groupingStory is one story in the Grouping page's list.
type groupingStory struct {
	ID, Headline, URL string
	Published         bool
	Reports, Outlets  int
	Latest            whenView
	Checked           bool // sent with a merge that was refused
}

// decisionRow is one decision in the list.
type decisionRow struct {
	ID   int64
	Kind string // "Merge" or "Split"
	What string // news.Decision.Summary
	By   string
	At   whenView
	Note string
}

// adminStoryView is a story's page in the admin: its reports, to take some
// out into a story of their own, and a form to merge it with others.
type adminStoryView struct {
	adminPage
	Flash   string
	Problem string // why a split was refused; the form keeps what was sent
	// From is the story that the reports of a split just left, when
	// the address names one that exists.
	From      *storyLink
	Story     news.StoryStatus
	Counts    string // "3 reports from 2 outlets"
	Latest    whenView
	PublicURL string // its page on the site, when it is published
	Reports   []reportRow
	CanSplit  bool // one report cannot be split from itself
	SplitURL  string
	Note      string
	Why       *whyView
}

// storyLink is a story on the admin pages, by its headline.
type storyLink struct {
	URL, Headline string
}

// reportRow is one report of a story.
type reportRow struct {
	ID     int64
	Outlet string
	Title  string
	URL    string // the report's address, always shown as text
	Link   string // the same when it is http or https, else ""
	Picked bool   // chosen in a split that was refused
}

// groupingStories and groupingDecisions are how many stories and how
// many decisions one page of the Grouping page lists.
const (
	groupingStories   = 50
	groupingDecisions = 50
)

// adminStoryURL is a story's page in the admin, with the query q.
func adminStoryURL(id string, q url.Values) string {
	u := "/admin/stories/" + url.PathEscape(id)
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	return u
}

// adminGrouping serves GET /admin/stories[?page=N][&decisions-page=M].
func (s *server) adminGrouping(w http.ResponseWriter, r *http.Request) {
	pg, err := parseGroupingPages(r.URL.Query())
	if err != nil {
		s.htmlError(w, r, err)
		return
	}
	s.renderGrouping(w, r, http.StatusOK, groupingFlashes[r.URL.Query().Get("done")], "", nil, "", pg)
}

// renderGrouping writes the pages pg of the Grouping page with status,
// the flash and the problem, its merge form filled with ids and note. A
// page past the end of its list is a 404.
func (s *server) renderGrouping(w http.ResponseWriter, r *http.Request, status int, flash, problem string, ids []string, note string, pg groupingPages) {
	ctx := r.Context()
	// One story more than a page holds says whether there is a next page.
	stories, err := s.admin.store.StoryStatuses(ctx, false, groupingStories+1, (pg.page-1)*groupingStories)
	if err != nil {
		s.htmlError(w, r, err)
		return
	}
	if pg.page > 1 && len(stories) == 0 {
		s.htmlError(w, r, failure(codeNotFound, "There is no page "+strconv.Itoa(pg.page)+" of stories: the list is shorter. The first page is at /admin/stories.", nil))
		return
	}
	// Decisions are few, made by people one at a time: the store gives
	// them all, and a page is cut from them here.
	decisions, err := s.admin.store.Decisions(ctx)
	if err != nil {
		s.htmlError(w, r, err)
		return
	}
	first := (pg.decisions - 1) * groupingDecisions
	if pg.decisions > 1 && first >= len(decisions) {
		s.htmlError(w, r, failure(codeNotFound, "There is no page "+strconv.Itoa(pg.decisions)+" of decisions: there are "+
			strconv.Itoa(len(decisions))+". The first page is at /admin/stories.", nil))
		return
	}
	v := groupingView{adminPage: s.adminFrame(w, r, "grouping"), Flash: flash, Problem: problem, Note: note,
		StoryPages:    pagerView{Label: "Pages of stories", Newer: "Newer stories", Older: "Older stories"},
		DecisionPages: pagerView{Label: "Pages of decisions", Newer: "Newer decisions", Older: "Older decisions"}}
	if len(stories) > groupingStories {
		stories = stories[:groupingStories]
		v.StoryPages.Next = groupingPages{pg.page + 1, pg.decisions}.url()
	}
	if pg.page > 1 {
		v.StoryPages.Prev = groupingPages{pg.page - 1, pg.decisions}.url()
	}
	v.StoriesShown = shown((pg.page-1)*groupingStories, len(stories), -1)
	var listed []string
	for _, st := range stories {
		v.Stories = append(v.Stories, groupingStory{ID: st.ID, Headline: st.Headline, URL: adminStoryURL(st.ID, nil),
			Published: st.Published, Reports: st.Articles, Outlets: st.Outlets, Latest: s.ago(st.Latest, "no date"),
			Checked: slices.Contains(ids, st.ID)})
		listed = append(listed, st.ID)
	}
	var more []string
	for _, id := range ids {
		if !slices.Contains(listed, id) {
			more = append(more, id)
		}
	}
	v.More = strings.Join(more, " ")
	newest := slices.Clone(decisions)
	slices.Reverse(newest)
	page := newest[first:min(first+groupingDecisions, len(newest))]
	if first+groupingDecisions < len(newest) {
		v.DecisionPages.Next = groupingPages{pg.page, pg.decisions + 1}.url()
	}
	if pg.decisions > 1 {
		v.DecisionPages.Prev = groupingPages{pg.page, pg.decisions - 1}.url()
	}
	v.DecisionsShown = shown(first, len(page), len(decisions))
	for _, d := range page {
		kind := "Merge"
		if d.Kind == news.DecisionApart {
			kind = "Split"
		}
		v.Decisions = append(v.Decisions, decisionRow{ID: d.ID, Kind: kind, What: d.Summary(), By: d.By, At: s.ago(d.At, "no date"), Note: d.Note})
	}
	s.adminRender(w, r, status, "admin-grouping", "Admin: grouping", v)
}

// adminStory serves GET /admin/stories/{id}.
func (s *server) adminStory(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	v, ok := s.adminStoryPage(w, r, r.PathValue("id"))
	if !ok {
		return
	}
	v.Flash = storyFlashes[q.Get("done")]
	if from := q.Get("from"); q.Get("done") == "split" && from != "" && from != v.Story.ID {
		// Only a story that exists is named, by its own headline, so
		// that a link cannot put words of its own on the page.
		st, err := s.admin.store.StoryStatus(r.Context(), from)
		switch {
		case err == nil:
			v.From = &storyLink{URL: adminStoryURL(st.ID, nil), Headline: st.Headline}
		case !errors.Is(err, news.ErrNotFound):
			s.htmlError(w, r, err)
			return
		}
	}
	s.adminRender(w, r, http.StatusOK, "admin-story", "Admin: "+v.Story.Headline, v)
}

// adminStoryPage reads the story id and its reports. When there is no such
// story, or the store fails, it writes the error and returns false.
func (s *server) adminStoryPage(w http.ResponseWriter, r *http.Request, id string) (adminStoryView, bool) {
	st, err := s.admin.store.StoryStatus(r.Context(), id)
	if errors.Is(err, news.ErrNotFound) {
		err = failure(codeNotFound, "No story has the ID "+strconv.Quote(id)+". The Grouping page lists the newest stories.", err)
	}
	if err != nil {
		s.htmlError(w, r, err)
		return adminStoryView{}, false
	}
	reports, err := s.admin.store.StoryReports(r.Context(), id)
	if err != nil {
		s.htmlError(w, r, err)
		return adminStoryView{}, false
	}
	v := adminStoryView{adminPage: s.adminFrame(w, r, "story"), Story: st, CanSplit: len(reports) > 1,
		Counts:   news.Count(st.Articles, "report", "reports") + " from " + news.Count(st.Outlets, "outlet", "outlets"),
		Latest:   s.ago(st.Latest, "undated"),
		SplitURL: adminStoryURL(st.ID, nil) + "/split"}
	if st.Published {
		v.PublicURL = news.StoryPath(st.ID)
	}
	for _, rep := range reports {
		v.Reports = append(v.Reports, reportRow{ID: rep.ID, Outlet: rep.Outlet, Title: rep.Title, URL: rep.URL, Link: safeLink(rep.URL)})
	}
	v.Why = s.whyGrouped(r, st.ID)
	return v, true
}

// adminMerge serves POST /admin/stories/merge (form fields stories, any
// number of them, each holding story IDs apart by spaces or commas, and
// note): the reports of the stories are one story from now on. It
// redirects to the story that holds them after the rebuild.
func (s *server) adminMerge(w http.ResponseWriter, r *http.Request) {
	var ids []string
	for _, field := range r.PostForm["stories"] {
		ids = append(ids, strings.FieldsFunc(field, func(c rune) bool { return c == ',' || unicode.IsSpace(c) })...)
	}
	note := strings.TrimSpace(r.PostFormValue("note"))
	d, err := news.MergeDecision(r.Context(), s.admin.store, ids)
	if err != nil {
		if status, problem, ok := refusedDecision(err); ok {
			s.renderGrouping(w, r, status, "", problem, ids, note, groupingPages{1, 1})
		} else {
			s.htmlError(w, r, err)
		}
		return
	}
	res, ok := s.decide(w, r, d, note)
	if !ok {
		return
	}
	http.Redirect(w, r, adminStoryURL(res.Story, url.Values{"done": {"merged"}}), http.StatusSeeOther)
}

// adminSplit serves POST /admin/stories/{id}/split (form fields report,
// one for each report to take out, and note): those reports are a
// story of their own from now on. It redirects to that story after the
// rebuild.
func (s *server) adminSplit(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	picks := r.PostForm["report"]
	note := strings.TrimSpace(r.PostFormValue("note"))
	d, err := news.SplitDecision(r.Context(), s.admin.store, id, picks)
	if err != nil {
		s.refusedSplit(w, r, err, id, picks, note)
		return
	}
	res, ok := s.decide(w, r, d, note)
	if !ok {
		return
	}
	http.Redirect(w, r, adminStoryURL(res.Story, url.Values{"done": {"split"}, "from": {res.Rest}}), http.StatusSeeOther)
}

// refusedSplit answers a split of story id that failed with err: the
// story's page again, with the problem and the form as it was sent, when
// the rules refused it; the error page when there is no such story or
// the store failed.
func (s *server) refusedSplit(w http.ResponseWriter, r *http.Request, err error, id string, picks []string, note string) {
	status, problem, ok := refusedDecision(err)
	switch {
	case !ok:
		s.htmlError(w, r, err)
		return
	case status == http.StatusNotFound:
		s.htmlError(w, r, failure(codeNotFound, problem, err))
		return
	}
	v, ok := s.adminStoryPage(w, r, id)
	if !ok {
		return
	}
	v.Problem, v.Note = problem, note
	for i := range v.Reports {
		v.Reports[i].Picked = slices.Contains(picks, strconv.FormatInt(v.Reports[i].ID, 10))
	}
	s.adminRender(w, r, status, "admin-story", "Admin: "+v.Story.Headline, v)
}

// refusedDecision is the status and message for err when the grouping
// rules refused a decision: 404 for a story that does not exist, 400
// for the rest. ok is false for any other error, and for none.
func refusedDecision(err error) (status int, problem string, ok bool) {
	var refusal news.Refusal
	if !errors.As(err, &refusal) {
		return 0, "", false
	}
	status = http.StatusBadRequest
	if errors.Is(err, news.ErrNotFound) {
		status = http.StatusNotFound
	}
	return status, "Nothing was recorded: " + refusal.Error() + ".", true
}

// decide has d, which the grouping rules made, recorded and applied,
// as made by whoever sent r and with the note. It answers a failure
// itself, and a decision that is recorded but not shown yet, with a
// redirect to the Grouping page; ok is true only when the caller is to
// redirect to the result.
func (s *server) decide(w http.ResponseWriter, r *http.Request, d news.Decision, note string) (Decided, bool) {
	d.By, d.At, d.Note = s.decider(r), s.opt.Now(), note
	res, err := s.admin.store.Decide(r.Context(), d)
	if err != nil {
		msg := "The decision could not be recorded, so nothing changed. Please try again in a little while."
		if res.ID != 0 {
			msg = "The decision is recorded, but applying it to the stories failed, so they may not show it yet; every rebuild applies it. The desk's log says what failed."
		}
		s.htmlError(w, r, failure(codeInternal, msg, err))
		return res, false
	}
	s.log.Info("web: admin grouping decision", "decision", res.ID, "kind", d.Kind, "reports", d.Summary(), "by", d.By,
		"pending", res.Pending, "remote", r.RemoteAddr)
	if res.Pending {
		http.Redirect(w, r, "/admin/stories?done=pending", http.StatusSeeOther)
		return res, false
	}
	return res, true
}

// decider names who made a decision sent in r, as the decisions list
// shows it. The admin pages know no people, only how a request was
// admitted; a signed-in browser is told apart by when it signed in.
func (s *server) decider(r *http.Request) string {
	if exp, ok := s.session(r); ok {
		return "admin, signed in at " + exp.Add(-sessionLife).In(s.opt.Location).Format(stampFormat)
	}
	if s.opt.AdminLocal && fromThisMachine(r) {
		return "admin on this machine"
	}
	return "admin with the token"
}
