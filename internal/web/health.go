package web

import (
	"context"
	"net/http"
	"time"
)

// readyTimeout bounds how long /readyz waits for Options.Ready.
const readyTimeout = 5 * time.Second

// healthz serves GET /healthz: 200 for as long as the process answers.
func (s *server) healthz(w http.ResponseWriter, r *http.Request) {
	plain(w, r, http.StatusOK, "ok")
}

// readyz serves GET /readyz: 200 when Options.Ready reports ready, else
// 503 with its reason.
func (s *server) readyz(w http.ResponseWriter, r *http.Request) {
	if s.opt.Ready != nil {
		ctx, cancel := context.WithTimeout(r.Context(), readyTimeout)
		defer cancel()
		if err := s.opt.Ready(ctx); err != nil {
			s.log.Debug("web: not ready", "err", err)
			plain(w, r, http.StatusServiceUnavailable, "not ready: "+err.Error())
			return
		}
	}
	plain(w, r, http.StatusOK, "ok")
}

// plain writes a short text answer that no cache keeps.
func plain(w http.ResponseWriter, r *http.Request, status int, text string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write([]byte(text))
	}
}
