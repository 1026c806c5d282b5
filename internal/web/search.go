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

type searchView struct {
	Query   string
	Heading string
	Offset  int
	Stories []frontStory
	Next    string
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

// searchLink is the address of a page of results.
func searchLink(q string, offset int) string {
	v := url.Values{"q": {q}}
	if offset > 0 {
		v.Set("offset", strconv.Itoa(offset))
	}
	return "/search?" + v.Encode()
}

// search serves GET /search?q=...&offset=N: the form, and the published
// stories that match q, best match first, in pages. Without q it shows
// the form alone.
func (s *server) search(w http.ResponseWriter, r *http.Request) {
	q, err := searchQuery(r)
	if err != nil {
		s.htmlError(w, r, err)
		return
	}
	offset, err := intParam(r, "offset", 0, 0, maxOffset)
	if err != nil {
		s.htmlError(w, r, err)
		return
	}
	v := searchView{Query: q, Offset: offset}
	l := layout{
		Title:       "Search",
		Current:     "search",
		Description: "Search the stories of " + s.opt.SiteName + ".",
		// results change with every rebuild and are endless in number:
		// search engines should follow the stories, not index the lists
		Robots:   "noindex, follow",
		NoSearch: true,
	}
	if q != "" {
		l.Title = "Search: " + q
		list, err := s.reader.SearchStories(r.Context(), q, searchPageSize+1, offset)
		if err != nil {
			s.htmlError(w, r, err)
			return
		}
		if len(list) > searchPageSize {
			list = list[:searchPageSize]
			v.Next = searchLink(q, offset+searchPageSize)
		}
		for _, st := range list {
			v.Stories = append(v.Stories, s.frontStory(st))
		}
		switch {
		case offset > 0:
			v.Heading = "Stories matching “" + q + "”, from number " + strconv.Itoa(offset+1)
		case v.Next != "":
			v.Heading = "The first " + strconv.Itoa(searchPageSize) + " stories matching “" + q + "”"
		default:
			v.Heading = count(len(v.Stories), "story matches", "stories match") + " “" + q + "”"
		}
	}
	l.Main = v
	s.render(w, r, "search", l)
}

// searchList is the body of GET /api/search.
type searchList struct {
	Query   string              `json:"query"`
	Stories []news.StorySummary `json:"stories"`
}

// apiSearch serves GET /api/search?q=...&limit=N&offset=M: the summaries
// of the published stories that match q, best match first, in the shape
// of /api/stories. q is required.
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
	limit, offset, err := pageParams(r)
	if err != nil {
		s.jsonError(w, r, err)
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
