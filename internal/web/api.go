package web

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// Paging of GET /api/stories.
const (
	defaultLimit = 50
	maxLimit     = 200
	maxOffset    = 1_000_000
)

// storyList is the body of GET /api/stories.
type storyList struct {
	Stories []news.StorySummary `json:"stories"`
}

// apiStories serves GET /api/stories?limit=N&offset=M: story summaries,
// newest first. Each url is the story's page, absolute when a base URL
// is set. A limit above maxLimit is served as maxLimit, so a client that
// asks for "everything" gets the largest page rather than an error.
func (s *server) apiStories(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := pageParams(r)
	if err != nil {
		s.jsonError(w, r, err)
		return
	}
	// The first page of the list, as most clients ask for it, is kept as
	// the front page is; other pages are not, so that no run of offsets
	// pushes the kept pages out.
	var key, version string
	if sv, ok := s.reader.(SiteVersioner); ok && offset == 0 {
		key = "api stories " + strconv.Itoa(limit)
		v, served := s.serveKept(w, r, key, func(time.Time) (string, error) { return sv.SiteVersion(r.Context()) })
		if served {
			return
		}
		version = v
	}
	list, err := s.reader.ListStories(r.Context(), limit, offset)
	if err != nil {
		s.jsonError(w, r, err)
		return
	}
	if len(list) > limit {
		list = list[:limit]
	}
	out := storyList{Stories: make([]news.StorySummary, 0, len(list))}
	for _, st := range list {
		st.URL = s.abs(storyPath(st.ID))
		out.Stories = append(out.Stories, st)
	}
	if version != "" {
		if body, err := json.Marshal(out); err == nil {
			s.cache.put(key, version, append(body, '\n'), s.opt.Now(), apiList).serve(w, r)
			return
		}
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	s.writeJSON(w, r, http.StatusOK, out)
}

// apiList is how a kept list or page of the API is served.
var apiList = pageHeaders{contentType: "application/json", cacheControl: "public, max-age=60"}

// apiStory serves GET /api/stories/{id}: the whole page as JSON.
//
// It is served with an ETag and a Last-Modified (the page's update) and,
// with a Reader that is a Versioner, kept as the story's web page is.
func (s *server) apiStory(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	key := "api story " + id
	version, served := s.serveKeptStory(w, r, key, id)
	if served {
		return
	}
	p, err := s.reader.Page(r.Context(), id)
	if err != nil {
		s.apiStoryFailed(w, r, apiStoryPath, id, err)
		return
	}
	body, err := json.Marshal(p)
	if err != nil {
		s.jsonError(w, r, failure(codeInternal, "could not encode the response", err))
		return
	}
	headers := apiList
	headers.modified = p.Updated
	s.serveMade(w, r, key, version, append(body, '\n'), headers)
}

// apiStoryFailed answers an API request about story id whose read failed
// with err: a story merged into another leads to the address that path
// gives for that one, an unknown story is a 404, anything else is what
// jsonError makes of it.
func (s *server) apiStoryFailed(w http.ResponseWriter, r *http.Request, path func(id string) string, id string, err error) {
	if s.redirectMerged(w, r, path, id, err) {
		return
	}
	if errors.Is(err, news.ErrNotFound) {
		err = failure(codeNotFound, "no story with this id", err)
	}
	s.jsonError(w, r, err)
}

// apiStoryPath is the address of a story's page in the API.
func apiStoryPath(id string) string { return "/api/stories/" + url.PathEscape(id) }

// pageParams reads the limit (default defaultLimit, served as at most
// maxLimit) and offset parameters of a list in the API.
func pageParams(r *http.Request) (limit, offset int, err error) {
	if limit, err = intParam(r, "limit", defaultLimit, 1, maxOffset); err != nil {
		return 0, 0, err
	}
	if offset, err = intParam(r, "offset", 0, 0, maxOffset); err != nil {
		return 0, 0, err
	}
	return min(limit, maxLimit), offset, nil
}

// intParam reads a whole-number query parameter within [lo, hi], or def
// when it is absent. Anything else is a bad request that says why.
func intParam(r *http.Request, name string, def, lo, hi int) (int, error) {
	q := r.URL.Query()
	if !q.Has(name) {
		return def, nil
	}
	n, err := strconv.Atoi(q.Get(name))
	if err != nil || n < lo || n > hi {
		msg := name + " must be a whole number from " + strconv.Itoa(lo) + " to " + strconv.Itoa(hi)
		return 0, failure(codeBadRequest, msg, err)
	}
	return n, nil
}
