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

	mux.HandleFunc("GET /api/stories", s.apiStories)
	mux.HandleFunc("GET /api/stories/{id}", s.apiStory)

	mux.HandleFunc("GET /images/{key}", s.image)
	mux.HandleFunc("GET /static/{name}", s.static)

	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /readyz", s.readyz)

	mux.HandleFunc("/api/", s.apiNotFound)
	mux.HandleFunc("/", s.notFound)

	return s.secure(s.recoverPanics(mux))
}
