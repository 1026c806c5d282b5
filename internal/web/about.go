package web

import (
	"net/http"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// aboutView is what the about page fills in: the desk's names and the
// fixed words it uses.
type aboutView struct {
	Site      string
	Desk      string
	Leans     []string
	NoOutlook string
}

// about serves GET /about: what the desk is and how it works.
func (s *server) about(w http.ResponseWriter, r *http.Request) {
	v := aboutView{Site: s.opt.SiteName, Desk: s.opt.Desk, NoOutlook: news.NoOutlook}
	for _, l := range news.Leans {
		v.Leans = append(v.Leans, l.Label())
	}
	l := layout{
		Title:       "About",
		Current:     "about",
		Description: "How " + s.opt.SiteName + " reads outlets across the spectrum and writes one sourced, neutral page per story.",
		Main:        v,
	}
	if s.base != "" {
		l.Canonical = s.abs("/about")
	}
	s.render(w, r, "about", l)
}
