package web

import (
	"crypto/tls"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// signIn loads the sign-in form from afar and posts the token with it.
func signIn(t *testing.T, h http.Handler, b *browser, token string, mod func(*http.Request)) *httptest.ResponseRecorder {
	t.Helper()
	form := b.visitFrom(t, h, "/admin/login", remoteAddr)
	if form.Code != http.StatusOK {
		t.Fatalf("GET /admin/login from afar: %d", form.Code)
	}
	return b.post(h, "/admin/login", remoteAddr, url.Values{"token": {token}}, mod)
}

func sessionCookieOf(rec *httptest.ResponseRecorder) *http.Cookie {
	for _, c := range rec.Result().Cookies() {
		if c.Name == sessionCookie {
			return c
		}
	}
	return nil
}

func TestAdminSignIn(t *testing.T) {
	now := testNow
	h, logs := newAdminHandler(t, newFixtureAdmin(), adminTestToken, func(o *Options) {
		o.Now = func() time.Time { return now }
	})

	t.Run("token in the address is ignored", func(t *testing.T) {
		var b browser
		rec := b.visitFrom(t, h, "/admin/login?token="+adminTestToken, remoteAddr)
		if rec.Code != http.StatusOK || sessionCookieOf(rec) != nil {
			t.Errorf("GET /admin/login?token=: %d, session cookie %v; want the form and no session", rec.Code, sessionCookieOf(rec))
		}
		if got := serve(h, b.request(http.MethodGet, "/admin", remoteAddr)); got.Code != http.StatusNotFound {
			t.Errorf("GET /admin after it: %d, want 404", got.Code)
		}
	})

	t.Run("wrong token", func(t *testing.T) {
		var b browser
		rec := signIn(t, h, &b, "not-the-token", nil)
		if rec.Code != http.StatusForbidden || sessionCookieOf(rec) != nil || !strings.Contains(rec.Body.String(), "not the admin token") {
			t.Errorf("POST wrong token: %d, session %v", rec.Code, sessionCookieOf(rec))
		}
		if !strings.Contains(logs.String(), "admin sign-in refused") {
			t.Errorf("refused sign-in not logged")
		}
	})

	t.Run("right token without the form's CSRF token", func(t *testing.T) {
		var b browser
		b.visitFrom(t, h, "/admin/login", remoteAddr)
		b.csrf = ""
		rec := b.post(h, "/admin/login", remoteAddr, url.Values{"token": {adminTestToken}}, nil)
		if rec.Code != http.StatusForbidden || sessionCookieOf(rec) != nil {
			t.Errorf("POST without CSRF token: %d, session %v; want 403 and none", rec.Code, sessionCookieOf(rec))
		}
	})

	var b browser
	rec := signIn(t, h, &b, adminTestToken, nil)
	c := sessionCookieOf(rec)
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/admin" || c == nil {
		t.Fatalf("POST right token: %d to %q, session %v", rec.Code, rec.Header().Get("Location"), c)
	}
	if !c.HttpOnly || c.SameSite != http.SameSiteStrictMode || c.Path != "/admin" || c.Secure || c.MaxAge != int(sessionLife/time.Second) {
		t.Errorf("session cookie %+v: want HttpOnly, SameSite=Strict, Path=/admin, not Secure over plain HTTP, Max-Age %v", c, sessionLife)
	}
	page := serve(h, b.request(http.MethodGet, "/admin/feeds", remoteAddr))
	if page.Code != http.StatusOK || !strings.Contains(page.Body.String(), "Sign out") {
		t.Fatalf("GET /admin/feeds signed in: %d", page.Code)
	}

	t.Run("secure over TLS", func(t *testing.T) {
		var b browser
		rec := signIn(t, h, &b, adminTestToken, func(r *http.Request) { r.TLS = &tls.ConnectionState{} })
		if c := sessionCookieOf(rec); c == nil || !c.Secure {
			t.Errorf("session cookie over TLS: %+v, want Secure", c)
		}
	})

	t.Run("tampered cookie", func(t *testing.T) {
		bad := *c
		sig := bad.Value[len(bad.Value)-1]
		bad.Value = bad.Value[:len(bad.Value)-1] + map[bool]string{true: "A", false: "B"}[sig != 'A']
		r := adminRequest(http.MethodGet, "/admin", remoteAddr, nil)
		r.AddCookie(&bad)
		if rec := serve(h, r); rec.Code != http.StatusNotFound {
			t.Errorf("tampered session: %d, want 404", rec.Code)
		}
	})

	t.Run("cookie of another process", func(t *testing.T) {
		other, _ := newAdminHandler(t, newFixtureAdmin(), adminTestToken, nil)
		if rec := serve(other, b.request(http.MethodGet, "/admin", remoteAddr)); rec.Code != http.StatusNotFound {
			t.Errorf("session of another process: %d, want 404", rec.Code)
		}
	})

	t.Run("expired", func(t *testing.T) {
		defer func() { now = testNow }()
		now = testNow.Add(sessionLife + time.Minute)
		if rec := serve(h, b.request(http.MethodGet, "/admin", remoteAddr)); rec.Code != http.StatusNotFound {
			t.Errorf("expired session: %d, want 404", rec.Code)
		}
	})

	t.Run("sign out", func(t *testing.T) {
		b.visitFrom(t, h, "/admin/feeds", remoteAddr)
		rec := b.post(h, "/admin/logout", remoteAddr, nil, nil)
		if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/admin/login" {
			t.Fatalf("POST /admin/logout: %d to %q", rec.Code, rec.Header().Get("Location"))
		}
		if c := sessionCookieOf(rec); c == nil || c.MaxAge >= 0 {
			t.Errorf("sign-out does not delete the session cookie: %+v", c)
		}
		if rec := serve(h, b.request(http.MethodGet, "/admin", remoteAddr)); rec.Code != http.StatusNotFound {
			t.Errorf("GET /admin after signing out: %d, want 404", rec.Code)
		}
	})
}

// TestAdminSignInWithoutToken: with no token there is nothing to sign in
// with; the form is hidden from afar and skipped on loopback.
func TestAdminSignInWithoutToken(t *testing.T) {
	h, _ := newAdminHandler(t, newFixtureAdmin(), "", nil)
	if rec := serve(h, adminRequest(http.MethodGet, "/admin/login", remoteAddr, nil)); rec.Code != http.StatusNotFound {
		t.Errorf("GET /admin/login from afar: %d, want 404", rec.Code)
	}
	rec := serve(h, adminRequest(http.MethodGet, "/admin/login", loopbackAddr, nil))
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/admin" {
		t.Errorf("GET /admin/login on loopback: %d to %q, want 303 to /admin", rec.Code, rec.Header().Get("Location"))
	}
}
