package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// searchPageSize is how many results one page of /search lists.
const searchPageSize = 20

// maxQueryBytes bounds a search query. The store looks for ten words at
// most anyway; a longer query is a mistake or an abuse.
const maxQueryBytes = 200

// Where a search looks: ?in=stories (the default) or ?in=reports.
const (
	inStories = "stories"
	inReports = "reports"
)

type searchView struct {
	Query string
	In    string // inStories or inReports
	// CanReports says that the reader can search the reports too: the
	// form then offers the choice.
	CanReports bool
	Heading    string
	Offset     int
	Stories    []frontStory
	Reports    []reportResult
	Feeds      []feedLink // the feeds of a search of the stories
	Next       string
}

// searchQuery reads ?q=, trimmed. A query over maxQueryBytes is a bad
// request that says why.
func searchQuery(r *http.Request) (string, error) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len(q) > maxQueryBytes {
		return "", failure(codeBadRequest, "The search is too long: use at most "+strconv.Itoa(maxQueryBytes)+" bytes.", nil)
	}
	return q, nil
}

// searchIn reads ?in=, where to search: inStories when it is absent or
// empty. Anything but the two is a bad request, and inReports is not
// found when the reader cannot search reports.
func (s *server) searchIn(r *http.Request) (string, error) {
	switch in := r.URL.Query().Get("in"); {
	case in == "" || in == inStories:
		return inStories, nil
	case in != inReports:
		return "", failure(codeBadRequest, "A search looks in the stories or in the outlets' reports: in must be “stories” or “reports”.", nil)
	case s.reports == nil:
		return "", failure(codeNotFound, "This desk offers no search of the outlets' reports.", nil)
	}
	return inReports, nil
}

// onePage cuts a list of results, asked for one more than a page, to a
// page, and links the next page in v when there was more.
func onePage[T any](list []T, v *searchView) []T {
	if len(list) <= searchPageSize {
		return list
	}
	v.Next = searchLink(v.Query, v.In, v.Offset+searchPageSize)
	return list[:searchPageSize]
}

// searchLink is the address of a page of results.
func searchLink(q, in string, offset int) string {
	v := url.Values{"q": {q}}
	if in == inReports {
		v.Set("in", in)
	}
	if offset > 0 {
		v.Set("offset", strconv.Itoa(offset))
	}
	return "/search?" + v.Encode()
}

// search serves GET /search?q=...&in=...&offset=N: the form, and the
// published stories (in=stories, the default) or the outlets' reports
// (in=reports) that match q, best match first, in pages. Without q it
// shows the form alone.
func (s *server) search(w http.ResponseWriter, r *http.Request) {
	q, err := searchQuery(r)
	if err != nil {
		s.htmlError(w, r, err)
		return
	}
	in, err := s.searchIn(r)
	if err != nil {
		s.htmlError(w, r, err)
		return
	}
	offset, err := intParam(r, "offset", 0, 0, maxOffset)
	if err != nil {
		s.htmlError(w, r, err)
		return
	}
	v := searchView{Query: q, In: in, Offset: offset, CanReports: s.reports != nil}
	l := layout{
		Title:       "Search",
		Current:     "search",
		Description: "Search the stories of " + s.opt.SiteName + ".",
		// results change with every rebuild and are endless in number:
		// search engines should follow the stories, not index the lists
		Robots:   "noindex, follow",
		NoSearch: true,
	}
	if in == inReports {
		l.Description = "Search the outlets' reports that " + s.opt.SiteName + " reads."
	}
	if q != "" {
		if in == inReports {
			l.Title = "Search reports: " + q
			err = s.findReports(r, &v)
		} else {
			l.Title = "Search: " + q
			err = s.findStories(r, &v)
			v.Feeds = s.searchFeeds(q)
			l.Feeds = v.Feeds
		}
		if err != nil {
			s.htmlError(w, r, err)
			return
		}
	}
	l.Main = v
	s.render(w, r, "search", l)
}

// findStories fills v with a page of the published stories that match
// v.Query.
func (s *server) findStories(r *http.Request, v *searchView) error {
	list, err := s.reader.SearchStories(r.Context(), v.Query, searchPageSize+1, v.Offset)
	if err != nil {
		return err
	}
	for _, st := range onePage(list, v) {
		v.Stories = append(v.Stories, s.frontStory(st))
	}
	v.Heading = resultsHeading(len(v.Stories), v.Offset, v.Next != "", "story", "stories", v.Query)
	return nil
}

// resultsHeading says how many of what (a noun, one and many: "report",
// "reports") match q on a page of results from offset, with more to come.
func resultsHeading(n, offset int, more bool, one, many, q string) string {
	switch {
	case offset > 0:
		return strings.ToUpper(many[:1]) + many[1:] + " matching “" + q + "”, from number " + strconv.Itoa(offset+1)
	case more:
		return "The first " + strconv.Itoa(searchPageSize) + " " + many + " matching “" + q + "”"
	}
	return news.Count(n, one+" matches", many+" match") + " “" + q + "”"
}

// searchList is the body of GET /api/search.
type searchList struct {
	Query   string              `json:"query"`
	Stories []news.StorySummary `json:"stories"`
}

// apiSearch serves GET /api/search?q=...&in=...&limit=N&offset=M: the
// summaries of the published stories that match q, best match first, in
// the shape of /api/stories; or with in=reports, the outlets' reports
// that match it (see apiSearchReports). q is required.
func (s *server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q, err := searchQuery(r)
	if err != nil {
		s.jsonError(w, r, failure(codeBadRequest, "q must be at most "+strconv.Itoa(maxQueryBytes)+" bytes", nil))
		return
	}
	if q == "" {
		s.jsonError(w, r, failure(codeBadRequest, "q is required: the words to search for", nil))
		return
	}
	in, err := s.searchIn(r)
	if err != nil {
		s.jsonError(w, r, err)
		return
	}
	limit, offset, err := pageParams(r)
	if err != nil {
		s.jsonError(w, r, err)
		return
	}
	if in == inReports {
		s.apiSearchReports(w, r, q, limit, offset)
		return
	}
	list, err := s.reader.SearchStories(r.Context(), q, limit, offset)
	if err != nil {
		s.jsonError(w, r, err)
		return
	}
	if len(list) > limit {
		list = list[:limit]
	}
	out := searchList{Query: q, Stories: make([]news.StorySummary, 0, len(list))}
	for _, st := range list {
		st.URL = s.abs(storyPath(st.ID))
		out.Stories = append(out.Stories, st)
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	s.writeJSON(w, r, http.StatusOK, out)
}
