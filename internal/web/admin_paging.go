package web

import (
	"net/url"
	"strconv"
)

// pagerView is the links to the pages before and after one page of a
// list, "" where there is none.
type pagerView struct {
	Label, Newer, Older string
	Prev, Next          string
}

// maxGroupingPage bounds the page numbers, so that offsets stay sensible.
const maxGroupingPage = 100_000

// groupingPages are the pages of the Grouping page's two lists: page of
// the stories (?page=), decisions of the decisions (?decisions-page=),
// each from 1.
type groupingPages struct{ page, decisions int }

// parseGroupingPages reads the pages asked for in q; each is 1 when
// absent. A value that is not a whole number from 1 to maxGroupingPage
// is a bad request that names the parameter.
func parseGroupingPages(q url.Values) (groupingPages, error) {
	pg := groupingPages{1, 1}
	for _, p := range []struct {
		name, list string
		n          *int
	}{{"page", "stories", &pg.page}, {"decisions-page", "decisions", &pg.decisions}} {
		if !q.Has(p.name) {
			continue
		}
		n, err := strconv.Atoi(q.Get(p.name))
		if err != nil || n < 1 || n > maxGroupingPage {
			return pg, failure(codeBadRequest, "The page of "+p.list+" (?"+p.name+"=) must be a whole number from 1 to "+
				strconv.Itoa(maxGroupingPage)+".", err)
		}
		*p.n = n
	}
	return pg, nil
}

// url is the Grouping page's address for these pages.
func (pg groupingPages) url() string {
	q := url.Values{}
	if pg.page > 1 {
		q.Set("page", strconv.Itoa(pg.page))
	}
	if pg.decisions > 1 {
		q.Set("decisions-page", strconv.Itoa(pg.decisions))
	}
	if len(q) == 0 {
		return "/admin/stories"
	}
	return "/admin/stories?" + q.Encode()
}

// shown says which items of a list a page shows: "1 to 50", and "of N"
// when the total is known (total >= 0).
func shown(first, n, total int) string {
	if n == 0 {
		return "none"
	}
	out := strconv.Itoa(first+1) + " to " + strconv.Itoa(first+n)
	if total >= 0 {
		out += " of " + strconv.Itoa(total)
	}
	return out
}

// The messages a grouping decision's redirect may ask for, by ?done=:
// on the story it made, or on the Grouping page when it does not show
// yet. As with the feeds' flashes, only these fixed texts are ever shown.
var (
	storyFlashes = map[string]string{
		"merged": "Stories merged: their reports are this one story now. Every rebuild keeps them together.",
		"split":  "Reports taken out: they are this story of their own now. Every rebuild keeps them apart from the story they left.",
	}
	groupingFlashes = map[string]string{
		"pending": "Decision recorded. Another rebuild was under way, so the stories do not show it yet; the desk applies it at its next rebuild.",
	}
)
