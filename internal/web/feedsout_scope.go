package web

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// feedScope is which stories a feed holds: the latest when it is the zero
// feedScope, else those of a search (?q=), of an outlet (?outlet=SLUG) or
// of one side's blind spots (?blindspot=left or right). A feed has one
// scope at most.
type feedScope struct {
	q      string    // the words of a search
	outlet string    // an outlet's slug
	side   news.Side // the side that covered the stories nearly alone
}

// blindSpotSides are the sides a story can be a blind spot of, by the
// name the blindspot parameter gives them. Center is not one: news.BlindSpotOf
// never gives it.
var blindSpotSides = map[string]news.Side{"left": news.SideLeft, "right": news.SideRight}

// sideName is a side as the blindspot parameter and the feeds' titles
// name it.
func sideName(side news.Side) string { return strings.ToLower(side.String()) }

// feedScopeOf reads the scope of a feed from its address. A search, an
// outlet and a side together are a bad request: no reader asked for the
// stories of a search by one outlet, and guessing which one was meant
// would give a feed that is not what its address says. A blank value is
// a bad request too; a side that has no blind spots is not found.
func feedScopeOf(r *http.Request) (feedScope, error) {
	query := r.URL.Query()
	given := 0
	for _, k := range []string{"q", "outlet", "blindspot"} {
		if query.Has(k) {
			given++
		}
	}
	if given > 1 {
		return feedScope{}, failure(codeBadRequest, "A feed holds the stories of a search, of an outlet or of one side's blind spots, not of several at once: give only one of q, outlet and blindspot.", nil)
	}
	q, err := feedSearch(r)
	if err != nil {
		return feedScope{}, err
	}
	sc := feedScope{q: q}
	if query.Has("outlet") {
		sc.outlet = query.Get("outlet")
		if strings.TrimSpace(sc.outlet) == "" {
			return feedScope{}, failure(codeBadRequest, "The feed's outlet is empty: give outlet the short name in the address of the outlet's page, or leave outlet out for the latest stories.", nil)
		}
	}
	if query.Has("blindspot") {
		name := query.Get("blindspot")
		side, ok := blindSpotSides[name]
		switch {
		case strings.TrimSpace(name) == "":
			return feedScope{}, failure(codeBadRequest, "The feed's side is empty: give blindspot=left or blindspot=right, or leave blindspot out for the latest stories.", nil)
		case !ok:
			return feedScope{}, failure(codeNotFound, "There is no feed of blind spots of that side: a story is a blind spot when outlets on the left or on the right covered it nearly alone, so give blindspot=left or blindspot=right.", nil)
		}
		sc.side = side
	}
	return sc, nil
}

// query is the scope as the query of a feed's address, with its "?", or
// "" for the latest stories.
func (sc feedScope) query() string {
	v := url.Values{}
	switch {
	case sc.q != "":
		v.Set("q", sc.q)
	case sc.outlet != "":
		v.Set("outlet", sc.outlet)
	case sc.side != news.SideNone:
		v.Set("blindspot", sideName(sc.side))
	default:
		return ""
	}
	return "?" + v.Encode()
}

// scopedStories are the stories of a feed of scope sc, newest first, with
// the feed's title and the path of the page it follows.
func (s *server) scopedStories(ctx context.Context, sc feedScope) (title, home string, list []news.StorySummary, err error) {
	switch {
	case sc.q != "":
		list, err = s.feedStories(ctx, sc.q)
		return s.searchFeedTitle(sc.q), searchLink(sc.q, inStories, 0), list, err
	case sc.outlet != "":
		if s.outlets == nil {
			return "", "", nil, failure(codeNotFound, "The desk follows no outlet by that name, so it has no feed of its stories.", nil)
		}
		o, list, err := s.outlets.OutletStories(ctx, sc.outlet, feedSize)
		if errors.Is(err, news.ErrNotFound) {
			err = failure(codeNotFound, "The desk follows no outlet by that name, so it has no feed of its stories.", err)
		}
		return s.outletFeedTitle(outletName(o)), outletPath(sc.outlet), list, err
	case sc.side != news.SideNone:
		all, err := s.reader.ListStories(ctx, blindSpotScan, 0)
		for _, st := range all {
			if st.Coverage.BlindSide() == sc.side {
				list = append(list, st)
			}
		}
		return s.blindSpotFeedTitle(sc.side), "/blindspots#" + blindSpotAnchor(sc.side), list, err
	}
	list, err = s.feedStories(ctx, "")
	return s.opt.SiteName, "/", list, err
}

// outletFeedTitle is the title of the feed of an outlet's stories, and
// of the links that lead to it.
func (s *server) outletFeedTitle(name string) string {
	return "Stories covered by " + name + " — " + s.opt.SiteName
}

// blindSpotFeedTitle is the title of the feed of the stories that the
// outlets of side covered nearly alone, and of the links that lead to it.
func (s *server) blindSpotFeedTitle(side news.Side) string {
	return "Stories covered almost only by the " + sideName(side) + " — " + s.opt.SiteName
}

// blindSpotAnchor is the id of a side's section of the Blind Spots page.
func blindSpotAnchor(side news.Side) string { return "covered-by-the-" + sideName(side) }

// scopeFeeds are the feeds of scope sc, titled title, in the three
// formats. A static copy of the site has none of them: its files cannot
// tell one query from another, so each link would lead to the latest
// stories.
func (s *server) scopeFeeds(title string, sc feedScope) []feedLink {
	if s.opt.Static {
		return nil
	}
	v := sc.query()
	return []feedLink{
		{Label: "Atom", Type: "application/atom+xml", Title: title + " (Atom)", Href: atomPath + v},
		{Label: "RSS", Type: "application/rss+xml", Title: title + " (RSS)", Href: rssPath + v},
		{Label: "JSON Feed", Type: "application/feed+json", Title: title + " (JSON Feed)", Href: jsonPath + v},
	}
}
