package web

import (
	"net/http"
	"sort"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// overviewView is the admin's first page: feeds by health and outlets
// by lean.
type overviewView struct {
	adminPage
	Feeds   int
	Tiles   []stateTile
	Outlets int
	Leans   []leanRow
	// Unpublished are the newest stories without a page, with why.
	Unpublished []unpublishedRow
	// Jobs is the job queue's section; nil without Options.Jobs.
	Jobs *jobsView
}

// unpublishedRow is one story without a page.
type unpublishedRow struct {
	ID, Headline, Refusal string
	URL                   string // its page in the admin
	Reports, Outlets      int
	Latest                whenView
}

// maxUnpublished is how many unpublished stories the overview lists.
const maxUnpublished = 50

// stateTile counts the feeds in one state and links to them.
type stateTile struct {
	State feedState
	Count int
	URL   string
}

// leanRow counts the outlets at one lean and says who rated them.
type leanRow struct {
	Class  string
	Label  string
	Count  int
	Raters []raterCount
}

// raterCount is how many outlets of a lean one rater placed there, and
// when the latest of those ratings was made.
type raterCount struct {
	Name    string // "" for outlets nobody rated
	Count   int
	Outlets string // "3 outlets"
	Latest  *timeView
}

// adminOverview serves GET /admin.
func (s *server) adminOverview(w http.ResponseWriter, r *http.Request) {
	feeds, err := s.admin.store.Feeds(r.Context())
	if err != nil {
		s.htmlError(w, r, err)
		return
	}
	outlets, err := s.admin.store.Outlets(r.Context())
	if err != nil {
		s.htmlError(w, r, err)
		return
	}
	v := overviewView{adminPage: s.adminFrame(w, r, "overview"), Feeds: len(feeds), Outlets: len(outlets)}
	counts := map[feedState]int{}
	for _, f := range feeds {
		counts[stateOf(f)]++
	}
	for _, st := range []feedState{stateOK, stateFailing, statePaused, stateHeld, stateNew} {
		v.Tiles = append(v.Tiles, stateTile{State: st, Count: counts[st], URL: feedsURL(st, "")})
	}
	v.Leans = s.leanRows(outlets)
	stories, err := s.admin.store.UnpublishedStories(r.Context(), maxUnpublished)
	if err != nil {
		s.htmlError(w, r, err)
		return
	}
	for _, st := range stories {
		v.Unpublished = append(v.Unpublished, unpublishedRow{ID: st.ID, Headline: st.Headline, Refusal: st.Refusal, URL: adminStoryURL(st.ID, nil),
			Reports: st.Articles, Outlets: st.Outlets, Latest: s.ago(st.Latest, "no date")})
	}
	if v.Jobs, err = s.jobsSection(r.Context()); err != nil {
		s.htmlError(w, r, err)
		return
	}
	s.adminRender(w, r, http.StatusOK, "admin", "Admin", v)
}

// leanRows groups outlets by lean, in spectrum order, and each lean's
// outlets by rater, the rater of most outlets first. An outlet with a
// lean the desk does not know is counted as unrated.
func (s *server) leanRows(outlets []news.Outlet) []leanRow {
	type tally struct {
		count  int
		latest time.Time
	}
	byLean := map[news.Lean]map[string]*tally{}
	for _, o := range outlets {
		lean := news.Lean(leanClass(o.Rating.Lean))
		if byLean[lean] == nil {
			byLean[lean] = map[string]*tally{}
		}
		t := byLean[lean][o.Rating.Rater]
		if t == nil {
			t = &tally{}
			byLean[lean][o.Rating.Rater] = t
		}
		t.count++
		if o.Rating.RatedAt.After(t.latest) {
			t.latest = o.Rating.RatedAt
		}
	}
	rows := make([]leanRow, 0, len(news.Leans))
	for _, lean := range news.Leans {
		row := leanRow{Class: string(lean), Label: lean.Label()}
		for name, t := range byLean[lean] {
			rc := raterCount{Name: name, Count: t.count, Outlets: news.Count(t.count, "outlet", "outlets")}
			if !t.latest.IsZero() {
				at := s.at(t.latest, dayFormat)
				rc.Latest = &at
			}
			row.Raters = append(row.Raters, rc)
			row.Count += t.count
		}
		sort.Slice(row.Raters, func(i, j int) bool {
			a, b := row.Raters[i], row.Raters[j]
			if a.Count != b.Count {
				return a.Count > b.Count
			}
			return a.Name < b.Name
		})
		rows = append(rows, row)
	}
	return rows
}
