package web

import (
	"net/http"
	"time"
)

// Names of the admin cookies and of the form field with the CSRF token.
const (
	csrfCookie    = "unbiased_admin_csrf"
	sessionCookie = "unbiased_admin_session"
	csrfField     = "csrf"
)

// maxAdminForm bounds the body of an admin POST; the forms send a feed
// address and a token.
const maxAdminForm = 64 << 10

// msgStaleForm is what a POST without a valid CSRF token is told.
const msgStaleForm = "This form could not be checked: it is out of date, or your browser did not keep the admin cookie. Reload the page and send the form again."

// adminCookie returns an admin cookie: for the admin pages only, out of
// reach of script and of other sites, and Secure over TLS. maxAge 0 is a
// cookie for the browser session; below 0 deletes it.
func adminCookie(r *http.Request, name, value string, maxAge time.Duration) *http.Cookie {
	c := &http.Cookie{
		Name:     name,
		Value:    value,
		Path:     "/admin",
		HttpOnly: true,
		SameSite: http.SameSiteStrictMode,
		Secure:   r.TLS != nil,
	}
	switch {
	case maxAge < 0:
		c.MaxAge = -1
	case maxAge > 0:
		c.MaxAge = int(maxAge / time.Second)
	}
	return c
}

// cookieID returns the id in the named cookie, or "" when the cookie is
// absent or is not an id randomID could have made.
func cookieID(r *http.Request, name string) string {
	c, err := r.Cookie(name)
	if err != nil || !validID(c.Value) {
		return ""
	}
	return c.Value
}

// csrfToken returns the CSRF token for the browser's forms. The token is
// the HMAC of the id in the CSRF cookie, which is set here when the
// browser has none: a site that can plant a cookie still cannot make a
// token to match it without the key.
func (s *server) csrfToken(w http.ResponseWriter, r *http.Request) string {
	id := cookieID(r, csrfCookie)
	if id == "" {
		id = randomID()
		http.SetCookie(w, adminCookie(r, csrfCookie, id, 0))
	}
	return s.admin.sign("csrf", id)
}

// csrfValid reports, in constant time, whether the form posted in r
// carries the token for the browser's CSRF cookie. The token is read
// from the body only, never from the address.
func (s *server) csrfValid(r *http.Request) bool {
	id := cookieID(r, csrfCookie)
	return id != "" && s.admin.verify("csrf", id, r.PostFormValue(csrfField))
}

// adminForm reads an admin POST's form and runs h only when the form
// carries a valid CSRF token, answering 403 otherwise. A request with the
// admin token as a Bearer header needs none (see Admin).
func (s *server) adminForm(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, maxAdminForm)
		if err := r.ParseForm(); err != nil {
			s.htmlError(w, r, failure(codeBadRequest, "The form could not be read.", err))
			return
		}
		if !s.bearerOK(r) && !s.csrfValid(r) {
			s.htmlError(w, r, failure(codeForbidden, msgStaleForm, errCSRF))
			return
		}
		h(w, r)
	}
}
