package web

import (
	"net/http"
	"strconv"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// frontPageSize is how many stories one page of the front page lists.
const frontPageSize = 20

// maxFrontPage bounds ?page=, so that the offset stays sensible.
const maxFrontPage = 10000

type frontView struct {
	Today   timeView
	Heading string
	Stories []frontStory
	Page    int
	Prev    string
	Next    string
}

type frontStory struct {
	URL       string
	Headline  string
	Published timeView
	Lead      string
	// Snippet is, in the results of a search, the sentences of the
	// story's page that hold the words searched for, shown instead of the
	// lead; nil elsewhere.
	Snippet  []markedText
	Thumb    *imageView
	Reports  string
	Outlets  string
	Coverage coverageView
	Sub      bool // listed under a heading of its own: its headline is one level down
}

// front serves GET /: the latest stories, newest first, in pages.
func (s *server) front(w http.ResponseWriter, r *http.Request) {
	page := 1
	if q := r.PathValue("n"); q != "" {
		n, err := strconv.Atoi(q)
		if err != nil || n < 2 || n > maxFrontPage {
			s.htmlError(w, r, failure(codeNotFound, "There is no such page of stories.", err))
			return
		}
		page = n
	} else if q := r.URL.Query().Get("page"); q != "" {
		n, err := strconv.Atoi(q)
		if err != nil || n < 1 || n > maxFrontPage {
			s.htmlError(w, r, failure(codeBadRequest, "The page number must be a whole number from 1 up.", err))
			return
		}
		page = n
	}
	// The first page, as most readers see it, is kept once rendered:
	// it changes when a story does, and with the date it shows.
	var version string
	if sv, ok := s.reader.(SiteVersioner); ok && page == 1 && r.URL.RawQuery == "" {
		v, served := s.serveKept(w, r, frontKey, func(now time.Time) (string, error) {
			v, err := sv.SiteVersion(r.Context())
			return v + " " + s.at(now, s.opt.DateFormat).Text, err
		})
		if served {
			return
		}
		version = v
	}
	list, err := s.reader.ListStories(r.Context(), frontPageSize+1, (page-1)*frontPageSize)
	if err != nil {
		s.htmlError(w, r, err)
		return
	}
	if page > 1 && len(list) == 0 {
		s.htmlError(w, r, failure(codeNotFound, "There are no stories this far back.", nil))
		return
	}
	v := frontView{Today: s.at(s.opt.Now(), s.opt.DateFormat), Page: page, Heading: "Latest stories"}
	l := layout{
		Current:     "front",
		Description: "Neutral one-page briefs of the news, each written from reports across the political spectrum, with every sentence sourced.",
	}
	if page > 1 {
		v.Heading = "Earlier stories"
		l.Title = "Page " + strconv.Itoa(page)
		v.Prev = s.frontPage(page - 1)
	}
	if len(list) > frontPageSize {
		list = list[:frontPageSize]
		v.Next = s.frontPage(page + 1)
	}
	// The page changes when one of its stories is rewritten or a new one
	// comes, and each day with the date it shows.
	now := s.opt.Now().In(s.opt.Location)
	modified := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, s.opt.Location)
	for _, st := range list {
		v.Stories = append(v.Stories, s.frontStory(st))
		if st.Updated.After(modified) {
			modified = st.Updated
		}
	}
	l.Main = v
	if s.base != "" {
		l.Canonical = s.abs("/")
		if page > 1 {
			l.Canonical = s.abs("/?page=" + strconv.Itoa(page))
		}
	}
	s.renderKept(w, r, "front", l, frontKey, version, modified)
}

// frontPage is the address of page n of the front page.
func (s *server) frontPage(n int) string {
	switch {
	case n <= 1:
		return "/"
	case s.opt.Static:
		return "/page/" + strconv.Itoa(n) + "/"
	}
	return "/?page=" + strconv.Itoa(n)
}

func (s *server) frontStory(st news.StorySummary) frontStory {
	return frontStory{
		URL:       storyPath(st.ID),
		Headline:  st.Headline,
		Published: s.at(st.Published, s.opt.DateFormat),
		Lead:      st.Lead,
		Snippet:   markedPieces(st.Snippet.Text, st.Snippet.Marks),
		Thumb:     localImage(st.Image),
		Reports:   news.Count(st.Articles, "report", "reports"),
		Outlets:   news.Count(st.Outlets, "outlet", "outlets"),
		Coverage:  coverage(st.Coverage),
	}
}
