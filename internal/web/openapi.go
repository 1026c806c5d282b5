package web

import (
	_ "embed"
	"net/http"
	"time"
)

// openAPI describes the JSON API (/api/...) in OpenAPI 3.0: its paths,
// parameters, and the shapes of its answers and errors.
//
//go:embed openapi.json
var openAPI []byte

// openapi serves GET /api/openapi.json.
func (s *server) openapi(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "public, max-age=3600")
	serveBody(w, r, "application/json", openAPI, time.Time{})
}
