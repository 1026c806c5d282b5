package web

import (
	"context"
	"net/http"
	"slices"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// LatestSearcher is what a Reader may also offer for the feeds of a
// search (/feed.atom?q=...): the stories that SearchStories finds, but
// newest first, as a feed lists them, so that a new story that matches
// comes at the top however well it matches. Without it a search feed
// holds the feedSize best matches, put newest first.
type LatestSearcher interface {
	SearchLatestStories(ctx context.Context, query string, limit int) ([]news.StorySummary, error)
}

// feedSearch reads the ?q= of a feed's address: the words of a search,
// whose stories the feed then holds instead of the latest; "" when there
// is no q. A q that is there but blank, or too long, is a bad request.
func feedSearch(r *http.Request) (string, error) {
	if !r.URL.Query().Has("q") {
		return "", nil
	}
	q, err := searchQuery(r)
	if err == nil && q == "" {
		err = failure(codeBadRequest, "The feed's search is empty: give q the words to look for, or leave q out for the latest stories.", nil)
	}
	return q, err
}

// feedStories are the stories of a feed, newest first: the latest, or
// when q is not "" those that match it.
func (s *server) feedStories(ctx context.Context, q string) ([]news.StorySummary, error) {
	if q == "" {
		return s.reader.ListStories(ctx, feedSize, 0)
	}
	if ls, ok := s.reader.(LatestSearcher); ok {
		return ls.SearchLatestStories(ctx, q, feedSize)
	}
	list, err := s.reader.SearchStories(ctx, q, feedSize, 0)
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(list, func(a, b news.StorySummary) int { return b.Updated.Compare(a.Updated) })
	return list, nil
}

// searchFeedTitle is the title of the feed of a search for q, and of the
// links that lead to it.
func (s *server) searchFeedTitle(q string) string {
	return "Stories matching “" + q + "” — " + s.opt.SiteName
}

// searchFeeds are the feeds of a search for q, in the three formats.
func (s *server) searchFeeds(q string) []feedLink {
	return s.scopeFeeds(s.searchFeedTitle(q), feedScope{q: q})
}

// feedLink is a feed that a page offers: in its head, for feed readers,
// and in its text, for people.
type feedLink struct {
	Label string // the format's name, as the link reads
	Type  string // the media type
	Title string
	Href  string
}
