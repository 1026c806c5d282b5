package web

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// sessionLife is how long a sign-in lasts.
const sessionLife = 12 * time.Hour

// loginView is what the sign-in form shows.
type loginView struct {
	adminPage
	Problem string
	Lasts   string // how long a sign-in lasts: "12 h"
}

// adminLoginForm serves GET /admin/login: the sign-in form, or a
// redirect to the admin pages for a request they already admit. A token
// in the address is ignored: it would stay in history and in logs.
func (s *server) adminLoginForm(w http.ResponseWriter, r *http.Request) {
	if s.admits(r) {
		http.Redirect(w, r, "/admin", http.StatusSeeOther)
		return
	}
	s.renderLogin(w, r, http.StatusOK, "")
}

// adminLogin serves POST /admin/login (form field token): with the admin
// token it sets the session cookie and redirects to /admin; with another
// it shows the form again with 403.
func (s *server) adminLogin(w http.ResponseWriter, r *http.Request) {
	if s.admin.tokenSum == nil {
		http.Redirect(w, r, "/admin", http.StatusSeeOther)
		return
	}
	if !s.admin.tokenMatches(r.PostFormValue("token")) {
		s.admin.guesses.fail(peerOf(r))
		s.log.Warn("web: admin sign-in refused", "remote", r.RemoteAddr)
		s.renderLogin(w, r, http.StatusForbidden, "That is not the admin token.")
		return
	}
	s.log.Info("web: admin signed in", "remote", r.RemoteAddr)
	http.SetCookie(w, adminCookie(r, sessionCookie, s.newSession(), sessionLife))
	http.Redirect(w, r, "/admin", http.StatusSeeOther)
}

// adminLogout serves POST /admin/logout: it deletes the session cookie.
func (s *server) adminLogout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, adminCookie(r, sessionCookie, "", -1))
	http.Redirect(w, r, "/admin/login", http.StatusSeeOther)
}

func (s *server) renderLogin(w http.ResponseWriter, r *http.Request, status int, problem string) {
	v := loginView{adminPage: adminPage{CSRF: s.csrfToken(w, r)}, Problem: problem, Lasts: interval(sessionLife)}
	s.adminRender(w, r, status, "admin-login", "Admin: sign in", v)
}

// newSession returns a session cookie's value: a random id and an expiry
// time, signed, so that the server keeps no list of sessions.
func (s *server) newSession() string {
	id := randomID()
	exp := strconv.FormatInt(s.opt.Now().Add(sessionLife).Unix(), 10)
	return id + "." + exp + "." + s.admin.sign("session", id+"."+exp)
}

// sessionOK reports whether r carries an unexpired session cookie signed
// by this process. Sessions count only while a token is set.
func (s *server) sessionOK(r *http.Request) bool {
	_, ok := s.session(r)
	return ok
}

// session returns when the session in r's cookie ends, with ok true when
// sessionOK would say so.
func (s *server) session(r *http.Request) (time.Time, bool) {
	if s.admin.tokenSum == nil {
		return time.Time{}, false
	}
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return time.Time{}, false
	}
	parts := strings.Split(c.Value, ".")
	if len(parts) != 3 || !validID(parts[0]) || !s.admin.verify("session", parts[0]+"."+parts[1], parts[2]) {
		return time.Time{}, false
	}
	exp, err := strconv.ParseInt(parts[1], 10, 64)
	if err != nil || s.opt.Now().Unix() >= exp {
		return time.Time{}, false
	}
	return time.Unix(exp, 0), true
}
