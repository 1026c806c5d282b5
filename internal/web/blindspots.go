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
	Stories []frontStory
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
		{Anchor: "covered-by-the-left", Heading: "Covered almost only by the left",
			Note: "Outlets on the right hardly reported these stories."},
		{Anchor: "covered-by-the-right", Heading: "Covered almost only by the right",
			Note: "Outlets on the left hardly reported these stories."},
	}}
	for _, st := range list {
		card := s.frontStory(st)
		card.Sub = true
		switch st.Coverage.BlindSide() {
		case news.SideLeft:
			v.Groups[0].Stories = append(v.Groups[0].Stories, card)
		case news.SideRight:
			v.Groups[1].Stories = append(v.Groups[1].Stories, card)
		}
	}
	l := layout{
		Title:       "Blind spots",
		Current:     "blindspots",
		Description: "Recent stories that outlets of one side of the spectrum covered nearly alone.",
		Main:        v,
	}
	if s.base != "" {
		l.Canonical = s.abs("/blindspots")
	}
	s.render(w, r, "blindspots", l)
}
