package web

import (
	"net/http"
	"net/url"
	"sort"
	"strconv"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// feedsView is the feeds table and what sits above it.
type feedsView struct {
	adminPage
	Flash   string
	State   string // the filter in force; "" for all feeds
	Filters []filterLink
	Caption string
	Rows    []feedRow
}

// filterLink is one choice of the ?state= filter.
type filterLink struct {
	Label   string
	URL     string
	Count   int
	Current bool
}

// feedRow is one feed in the table.
type feedRow struct {
	State       feedState
	Outlet      string
	LeanClass   string
	LeanLabel   string
	Title       string
	URL         string // the feed's address, always shown as text
	Link        string // the same when it is http or https, else ""
	LastSuccess whenView
	Failures    int
	Error       feedErrorView
	NextCheck   whenView
	Interval    string
	Held        bool
}

// flashes are the messages an action's redirect may ask for, by the
// value of ?done=. Only these fixed texts are ever shown, so a link
// cannot put words of its own on the page.
var flashes = map[string]string{
	"held":     "Feed held. The desk will not check it until you release it.",
	"released": "Feed released. The desk will check it again on its next round.",
	"removed":  "Feed removed. The desk will not check it again.",
}

// adminFeeds serves GET /admin/feeds?state=S: every feed with its
// health, the ones that need attention first, or only those in state S.
func (s *server) adminFeeds(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	filter, ok := parseState(q.Get("state"))
	if !ok {
		s.htmlError(w, r, failure(codeBadRequest, "Unknown feed state: choose failing, paused, held, new or ok.", nil))
		return
	}
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
	byID := make(map[int64]news.Outlet, len(outlets))
	for _, o := range outlets {
		byID[o.ID] = o
	}

	v := feedsView{adminPage: s.adminFrame(w, r, "feeds"), Flash: flashes[q.Get("done")], State: string(filter)}
	counts := map[feedState]int{}
	for _, f := range feeds {
		counts[stateOf(f)]++
	}
	v.Filters = append(v.Filters, filterLink{Label: "All", URL: "/admin/feeds", Count: len(feeds), Current: filter == ""})
	for _, st := range feedStates {
		v.Filters = append(v.Filters, filterLink{Label: st.Label(), URL: feedsURL(st, ""), Count: counts[st], Current: filter == st})
	}

	for _, f := range feeds {
		if filter == "" || stateOf(f) == filter {
			v.Rows = append(v.Rows, s.feedRow(f, byID))
		}
	}
	sort.SliceStable(v.Rows, func(i, j int) bool {
		a, b := v.Rows[i], v.Rows[j]
		if a.State != b.State {
			return a.State.rank() < b.State.rank()
		}
		if a.Outlet != b.Outlet {
			return a.Outlet < b.Outlet
		}
		return a.URL < b.URL
	})
	v.Caption = "All feeds, those that need attention first"
	if filter != "" {
		v.Caption = filter.Label() + " feeds"
	}
	v.Caption += " (" + strconv.Itoa(len(v.Rows)) + ")"
	s.adminRender(w, r, http.StatusOK, "admin-feeds", "Admin: feeds", v)
}

func (s *server) feedRow(f news.Feed, outlets map[int64]news.Outlet) feedRow {
	st := stateOf(f)
	row := feedRow{
		State:       st,
		Outlet:      "Unknown outlet #" + strconv.FormatInt(f.OutletID, 10),
		LeanClass:   string(news.Unrated),
		LeanLabel:   news.Unrated.Label(),
		Title:       f.Title,
		URL:         f.URL,
		Link:        safeLink(f.URL),
		LastSuccess: s.ago(f.LastSuccessAt, "never"),
		Failures:    f.Failures,
		Error:       lastError(f.LastError),
		NextCheck:   s.until(f.NextCheckAt, "as soon as possible"),
		Interval:    interval(f.Interval),
		Held:        f.Held,
	}
	if o, ok := outlets[f.OutletID]; ok {
		row.Outlet = o.Name
		row.LeanClass = leanClass(o.Rating.Lean)
		row.LeanLabel = news.Lean(row.LeanClass).Label()
	}
	if st == stateHeld {
		row.NextCheck = whenView{Rel: "not until released"}
	}
	return row
}

// feedsURL is the feeds page filtered by st ("" for all), with the
// flash message done ("" for none).
func feedsURL(st feedState, done string) string {
	q := url.Values{}
	if st != "" {
		q.Set("state", string(st))
	}
	if done != "" {
		q.Set("done", done)
	}
	if len(q) == 0 {
		return "/admin/feeds"
	}
	return "/admin/feeds?" + q.Encode()
}
