package web

import "net/http"

// routes lists every route of the site. Each GET pattern also answers
// HEAD. Anything unmatched falls to notFound, which answers in JSON under
// /api/ and with the site's 404 page elsewhere.
func (s *server) routes() http.Handler {
	mux := http.NewServeMux()

	mux.HandleFunc("GET /{$}", s.front)
	mux.HandleFunc("GET /stories/{id}", s.story)
	mux.HandleFunc("GET /about", s.about)
	mux.HandleFunc("GET /search", s.search)
	mux.HandleFunc("GET /blindspots", s.blindSpots)
	// A story's versions have a page only when the reader keeps them
	// (see HistoryReader); without it the address falls to notFound.
	if s.history != nil {
		mux.HandleFunc("GET /stories/{id}/versions", s.storyVersions)
	}
	// The outlet pages exist only when the reader can list outlets (see
	// OutletReader); without them these addresses fall to notFound.
	if s.outlets != nil {
		mux.HandleFunc("GET /outlets", s.outletIndex)
		mux.HandleFunc("GET /outlets/{slug}", s.outlet)
	}
	if s.opt.Static {
		mux.HandleFunc("GET /page/{n}/{$}", s.front)
	}

	mux.HandleFunc("GET /api/stories", s.apiStories)
	mux.HandleFunc("GET /api/stories/{id}", s.apiStory)
	// A story's versions are listed only when the reader keeps them (see
	// HistoryReader); without it the address falls to apiNotFound.
	if s.history != nil {
		mux.HandleFunc("GET /api/stories/{id}/versions", s.apiVersions)
	}
	// A story's grouping is explained only when the reader can (see
	// GroupingReader); without it the address falls to apiNotFound.
	if s.grouping != nil {
		mux.HandleFunc("GET /api/stories/{id}/grouping", s.apiGrouping)
	}
	mux.HandleFunc("GET /api/search", s.apiSearch)
	mux.HandleFunc("GET /api/openapi.json", s.openapi)

	mux.HandleFunc("GET "+atomPath, s.feedAtom)
	mux.HandleFunc("GET "+rssPath, s.feedRSS)
	mux.HandleFunc("GET "+jsonPath, s.feedJSON)

	mux.HandleFunc("GET /images/{key}", s.image)
	mux.HandleFunc("GET /static/{name}", s.static)

	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /readyz", s.readyz)

	// The admin pages exist only with Options.Admin. adminOnly hides a
	// route from everyone it does not admit (see Admin); adminSignIn
	// shows the sign-in form to anyone once a token is set; adminForm
	// adds the CSRF check that every admin POST needs.
	if s.admin != nil {
		mux.Handle("GET /admin", s.adminOnly(s.adminOverview))
		mux.Handle("GET /admin/feeds", s.adminOnly(s.adminFeeds))
		if s.opt.Metrics != nil {
			mux.Handle("GET /admin/metrics", s.adminOnly(s.opt.Metrics.ServeHTTP))
		}
		mux.Handle("POST /admin/feeds/hold", s.adminOnly(s.adminForm(s.adminHold)))
		mux.Handle("POST /admin/feeds/release", s.adminOnly(s.adminForm(s.adminRelease)))
		mux.Handle("POST /admin/feeds/remove", s.adminOnly(s.adminForm(s.adminRemove)))
		mux.Handle("GET /admin/stories", s.adminOnly(s.adminGrouping))
		mux.Handle("GET /admin/stories/{id}", s.adminOnly(s.adminStory))
		mux.Handle("POST /admin/stories/merge", s.adminOnly(s.adminForm(s.adminMerge)))
		mux.Handle("POST /admin/stories/{id}/split", s.adminOnly(s.adminForm(s.adminSplit)))
		mux.Handle("GET /admin/login", s.adminSignIn(s.adminLoginForm))
		mux.Handle("POST /admin/login", s.adminSignIn(s.adminForm(s.adminLogin)))
		mux.Handle("POST /admin/logout", s.adminOnly(s.adminForm(s.adminLogout)))
	}

	mux.HandleFunc("/api/", s.apiNotFound)
	mux.HandleFunc("/", s.notFound)

	return s.secure(s.recoverPanics(mux))
}
