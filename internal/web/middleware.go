package web

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
)

// contentSecurityPolicy allows nothing but the site's own stylesheet and
// images, and forms that submit to the site itself (the search box). There
// is no script-src: the site has no JavaScript, so default-src 'none'
// forbids every script, inline or not.
var contentSecurityPolicy = strings.Join([]string{
	"default-src 'none'",
	"style-src 'self'",
	"img-src 'self'",
	"base-uri 'none'",
	"form-action 'self'",
	"frame-ancestors 'none'",
}, "; ")

// secure sets the security headers on every response, errors included.
func (s *server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
		next.ServeHTTP(w, r)
	})
}

// recoverPanics turns a panic in a handler into a logged 500, so that one
// bad page does not take the connection down without an answer.
func (s *server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			err, ok := v.(error)
			if !ok {
				err = fmt.Errorf("%v", v)
			}
			err = fmt.Errorf("panic: %w", err)
			if strings.HasPrefix(r.URL.Path, "/api/") {
				s.jsonError(w, r, err)
				return
			}
			s.htmlError(w, r, err)
		}()
		next.ServeHTTP(w, r)
	})
}

// Causes of requests that no route answers.
var (
	errMethod  = errors.New("method not allowed")
	errNoRoute = errors.New("no route")
)

// notFound answers every path no route matched, in the site's look.
func (s *server) notFound(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		s.htmlError(w, r, failure(codeMethodNotAllowed, "This address only answers GET and HEAD.", errMethod))
		return
	}
	s.htmlError(w, r, failure(codeNotFound, "There is no page at this address.", errNoRoute))
}

// apiNotFound answers every /api/ path no route matched, in JSON.
func (s *server) apiNotFound(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		s.jsonError(w, r, failure(codeMethodNotAllowed, "this endpoint only answers GET and HEAD", errMethod))
		return
	}
	s.jsonError(w, r, failure(codeNotFound, "no such endpoint", errNoRoute))
}
