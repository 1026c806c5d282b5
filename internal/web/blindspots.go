package web

import (
	"net/http"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// blindSpotScan is how many of the latest stories the Blind Spots page
// looks through: it lists the recent ones, as the front page does.
const blindSpotScan = 200

type blindSpotsView struct {
	Today  timeView
	Scan   int
	Groups []blindSpotGroup
}

// blindSpotGroup is the stories that one side covered nearly alone.
type blindSpotGroup struct {
	Anchor  string
	Heading string
	Note    string
	Feeds   []feedLink // the feeds of the group's stories
	Stories []frontStory
	side    news.Side
}

// blindSpots serves GET /blindspots: the latest stories that outlets of
// one side covered nearly alone (news.BlindSpotOf), by side, so that a
// reader can see what the other side's outlets hardly reported.
func (s *server) blindSpots(w http.ResponseWriter, r *http.Request) {
	list, err := s.reader.ListStories(r.Context(), blindSpotScan, 0)
	if err != nil {
		s.htmlError(w, r, err)
		return
	}
	v := blindSpotsView{Today: s.at(s.opt.Now(), s.opt.DateFormat), Scan: blindSpotScan, Groups: []blindSpotGroup{
		{side: news.SideLeft, Heading: "Covered almost only by the left",
			Note: "Outlets on the right hardly reported these stories."},
		{side: news.SideRight, Heading: "Covered almost only by the right",
			Note: "Outlets on the left hardly reported these stories."},
	}}
	var feeds []feedLink
	for i := range v.Groups {
		g := &v.Groups[i]
		g.Anchor = blindSpotAnchor(g.side)
		g.Feeds = s.scopeFeeds(s.blindSpotFeedTitle(g.side), feedScope{side: g.side})
		feeds = append(feeds, g.Feeds...)
	}
	for _, st := range list {
		for i := range v.Groups {
			if st.Coverage.BlindSide() == v.Groups[i].side {
				card := s.frontStory(st)
				card.Sub = true
				v.Groups[i].Stories = append(v.Groups[i].Stories, card)
			}
		}
	}
	l := layout{
		Title:       "Blind spots",
		Current:     "blindspots",
		Description: "Recent stories that outlets of one side of the spectrum covered nearly alone.",
		Main:        v,
		Feeds:       feeds,
	}
	if s.base != "" {
		l.Canonical = s.abs("/blindspots")
	}
	s.render(w, r, "blindspots", l)
}
