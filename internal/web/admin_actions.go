package web

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// errNoFeedURL is the cause of an action posted without a feed address.
var errNoFeedURL = errors.New("no feed url in the form")

// adminHold serves POST /admin/feeds/hold (form field url): the desk
// stops checking the feed until it is released.
func (s *server) adminHold(w http.ResponseWriter, r *http.Request) {
	s.feedAction(w, r, "held", func(ctx context.Context, url string) error {
		return s.admin.store.HoldFeed(ctx, url, true)
	})
}

// adminRelease serves POST /admin/feeds/release (form field url): a held
// feed is checked again.
func (s *server) adminRelease(w http.ResponseWriter, r *http.Request) {
	s.feedAction(w, r, "released", func(ctx context.Context, url string) error {
		return s.admin.store.HoldFeed(ctx, url, false)
	})
}

// adminRemove serves POST /admin/feeds/remove (form field url): the feed
// is deleted.
func (s *server) adminRemove(w http.ResponseWriter, r *http.Request) {
	s.feedAction(w, r, "removed", s.admin.store.RemoveFeed)
}

// feedAction runs act on the feed named by the form's url field, then
// redirects (303) to the feeds page with the flash message done, keeping
// the form's state filter when it names one. An unknown feed is a 404
// with a message saying so.
func (s *server) feedAction(w http.ResponseWriter, r *http.Request, done string, act func(context.Context, string) error) {
	url := strings.TrimSpace(r.PostFormValue("url"))
	if url == "" {
		s.htmlError(w, r, failure(codeBadRequest, "The form named no feed. Choose a feed in the table and try again.", errNoFeedURL))
		return
	}
	if err := act(r.Context(), url); err != nil {
		if errors.Is(err, news.ErrNotFound) {
			err = failure(codeNotFound, "No feed has that address; it may have been removed already.", err)
		}
		s.htmlError(w, r, err)
		return
	}
	s.log.Info("web: admin feed action", "action", done, "feed", url, "remote", r.RemoteAddr)
	back, _ := parseState(r.PostFormValue("state"))
	http.Redirect(w, r, feedsURL(back, done), http.StatusSeeOther)
}
