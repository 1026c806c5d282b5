package web

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestAdminAccess checks who the admin pages answer. Everyone they do
// not admit must get the very page an unknown address gets, so that
// nothing tells a scanner the admin exists.
func TestAdminAccess(t *testing.T) {
	// nginx's minimal "proxy_pass http://127.0.0.1:8080;" sends the
	// upstream's address as Host and no proxy header.
	nginx := map[string]string{"User-Agent": "Mozilla/5.0", "Connection": "close"}
	tests := []struct {
		name   string
		token  string // the admin token the site is given
		reader bool   // the reader's listener, not an admin listener
		addr   string
		host   string // the Host header; "" keeps adminRequest's
		header map[string]string
		admit  bool
	}{
		{name: "reader's listener: loopback, no token set", reader: true, addr: loopbackAddr},
		{name: "reader's listener: loopback with a token set", reader: true, token: adminTestToken, addr: loopbackAddr},
		{name: "reader's listener: plain nginx proxy_pass", reader: true, token: adminTestToken, addr: loopbackAddr,
			host: "127.0.0.1:8080", header: nginx},
		{name: "reader's listener: plain nginx proxy_pass, no token set", reader: true, addr: "127.0.0.1:40000",
			host: "127.0.0.1:8080", header: nginx},
		{name: "reader's listener: ::1, Host localhost", reader: true, addr: "[::1]:1234", host: "localhost"},
		{name: "reader's listener: loopback with the Bearer token", reader: true, token: adminTestToken, addr: loopbackAddr,
			header: map[string]string{"Authorization": "Bearer " + adminTestToken}, admit: true},
		{name: "reader's listener: remote with the Bearer token", reader: true, token: adminTestToken, addr: remoteAddr,
			header: map[string]string{"Authorization": "Bearer " + adminTestToken}, admit: true},
		{name: "admin listener: Unix socket peer", addr: "@", host: "localhost", admit: true},
		{name: "admin listener: Unix socket peer through a proxy", addr: "@", host: "localhost",
			header: map[string]string{"X-Forwarded-For": "198.51.100.4"}},
		{name: "remote, no token set", addr: remoteAddr},
		{name: "remote, token set, no credentials", token: adminTestToken, addr: remoteAddr},
		{name: "loopback", addr: loopbackAddr, admit: true},
		{name: "loopback with a token set", token: adminTestToken, addr: loopbackAddr, admit: true},
		{name: "loopback 127.8.9.10", addr: "127.8.9.10:1234", host: "127.0.0.1:8080", admit: true},
		{name: "loopback ::1", addr: "[::1]:1234", host: "[::1]:8080", admit: true},
		{name: "loopback as IPv4-mapped IPv6", addr: "[::ffff:127.0.0.1]:1234", host: "localhost", admit: true},
		{name: "loopback, host under .localhost", addr: loopbackAddr, host: "desk.localhost:8080", admit: true},
		{name: "private, not loopback", addr: "192.168.1.20:1234", host: "localhost:8080"},
		{name: "loopback through a proxy: X-Forwarded-For", addr: loopbackAddr, header: map[string]string{"X-Forwarded-For": "127.0.0.1"}},
		{name: "loopback through a proxy: Forwarded", addr: loopbackAddr, header: map[string]string{"Forwarded": "for=127.0.0.1"}},
		{name: "loopback through a proxy: X-Real-IP", addr: loopbackAddr, header: map[string]string{"X-Real-IP": "127.0.0.1"}},
		{name: "loopback with a foreign Host (DNS rebinding)", addr: loopbackAddr, host: "evil.example"},
		{name: "remote with the Bearer token", token: adminTestToken, addr: remoteAddr,
			header: map[string]string{"Authorization": "Bearer " + adminTestToken}, admit: true},
		{name: "remote with the Bearer token, scheme in lower case", token: adminTestToken, addr: remoteAddr,
			header: map[string]string{"Authorization": "bearer " + adminTestToken}, admit: true},
		{name: "proxied with the Bearer token", token: adminTestToken, addr: loopbackAddr,
			header: map[string]string{"Authorization": "Bearer " + adminTestToken, "X-Forwarded-For": "198.51.100.4"}, admit: true},
		{name: "remote with a wrong Bearer token", token: adminTestToken, addr: remoteAddr,
			header: map[string]string{"Authorization": "Bearer " + adminTestToken + "x"}},
		{name: "remote with a prefix of the token", token: adminTestToken, addr: remoteAddr,
			header: map[string]string{"Authorization": "Bearer " + adminTestToken[:8]}},
		{name: "remote with the token as Basic", token: adminTestToken, addr: remoteAddr,
			header: map[string]string{"Authorization": "Basic " + adminTestToken}},
		{name: "remote with an empty Bearer, no token set", addr: remoteAddr,
			header: map[string]string{"Authorization": "Bearer "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := newFixtureAdmin()
			h, _ := newAdminHandler(t, fake, tt.token, func(o *Options) { o.AdminLocal = !tt.reader })
			for _, path := range []string{"/admin", "/admin/feeds", "/admin/feeds?state=failing", "/admin/stories", "/admin/stories/d4n7e2r8mt"} {
				req := func(p string) *http.Request {
					r := adminRequest(http.MethodGet, p, tt.addr, nil)
					if tt.host != "" {
						r.Host = tt.host
					}
					for k, v := range tt.header {
						r.Header.Set(k, v)
					}
					return r
				}
				rec := serve(h, req(path))
				if tt.admit {
					if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `class="admin"`) {
						t.Errorf("GET %s: %d, want the admin page", path, rec.Code)
					}
					continue
				}
				unknown := serve(h, req("/no-such-page"))
				if rec.Code != http.StatusNotFound || rec.Body.String() != unknown.Body.String() {
					t.Errorf("GET %s: %d, want the very 404 page of an unknown address", path, rec.Code)
				}
				if rec.Header().Get("Set-Cookie") != "" || rec.Header().Get("Content-Security-Policy") != contentSecurityPolicy {
					t.Errorf("GET %s: a refused request got admin headers: %v", path, rec.Header())
				}
			}
		})
	}
}

// TestAdminAbsent: without Options.Admin there are no admin pages, even
// for loopback.
func TestAdminAbsent(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), func(o *Options) { o.AdminToken = adminTestToken })
	for _, path := range []string{"/admin", "/admin/feeds", "/admin/login", "/admin/stories", "/admin/stories/d4n7e2r8mt"} {
		r := adminRequest(http.MethodGet, path, loopbackAddr, nil)
		r.Header.Set("Authorization", "Bearer "+adminTestToken)
		if rec := serve(h, r); rec.Code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, rec.Code)
		}
	}
}

// TestAdminRefusedPost: a POST from someone not admitted gets what a POST
// to an unknown address gets, and the store is not touched.
func TestAdminRefusedPost(t *testing.T) {
	fake := newFixtureAdmin()
	h, _ := newAdminHandler(t, fake, adminTestToken, nil)
	form := func() map[string][]string {
		return map[string][]string{"url": {"https://northgate.example/feed"}, "stories": {"k3v9q2m1xa", "p8d2w7c4ny"}, "report": {"107"}}
	}
	for _, path := range []string{"/admin/feeds/hold", "/admin/feeds/release", "/admin/feeds/remove", "/admin/logout",
		"/admin/stories/merge", "/admin/stories/d4n7e2r8mt/split"} {
		rec := serve(h, adminRequest(http.MethodPost, path, remoteAddr, form()))
		unknown := serve(h, adminRequest(http.MethodPost, "/no-such-page", remoteAddr, form()))
		if rec.Code != unknown.Code || rec.Body.String() != unknown.Body.String() {
			t.Errorf("POST %s from afar: %d, want what an unknown address answers (%d)", path, rec.Code, unknown.Code)
		}
	}
	if len(fake.calls) != 0 || len(fake.decided) != 0 {
		t.Errorf("store called: %q, decisions %v", fake.calls, fake.decided)
	}
}

// TestAdminHeaders: admin pages may post forms to the site, and are
// neither cached nor indexed; the rest of the policy is the site's.
func TestAdminHeaders(t *testing.T) {
	h, _ := newAdminHandler(t, newFixtureAdmin(), "", nil)
	for _, path := range []string{"/admin", "/admin/feeds", "/admin/feeds?state=nope", "/admin/stories", "/admin/stories/d4n7e2r8mt"} {
		rec := serve(h, adminRequest(http.MethodGet, path, loopbackAddr, nil))
		hd := rec.Header()
		csp := hd.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'none'", "form-action 'self'", "frame-ancestors 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", path, csp, want)
			}
		}
		if strings.Contains(csp, "script-src") || strings.Contains(csp, "unsafe-") {
			t.Errorf("%s: CSP %q allows script", path, csp)
		}
		if hd.Get("Cache-Control") != "no-store" || !strings.Contains(hd.Get("X-Robots-Tag"), "noindex") {
			t.Errorf("%s: Cache-Control %q, X-Robots-Tag %q", path, hd.Get("Cache-Control"), hd.Get("X-Robots-Tag"))
		}
		if hd.Get("X-Frame-Options") != "DENY" || hd.Get("Referrer-Policy") != "same-origin" {
			t.Errorf("%s: X-Frame-Options %q, Referrer-Policy %q", path, hd.Get("X-Frame-Options"), hd.Get("Referrer-Policy"))
		}
	}
	if csp := get(t, h, "/about").Header().Get("Content-Security-Policy"); !strings.Contains(csp, "form-action 'self'") {
		t.Errorf("public page CSP %q, want forms to post to the site only", csp)
	}
}

// TestAdminMetrics: the desk's figures are at /admin/metrics for whom
// the admin pages admit, a scraper with the Bearer token, and hidden from
// everyone else.
func TestAdminMetrics(t *testing.T) {
	figures := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		io.WriteString(w, "unbiased_articles_stored_total 7\n")
	})
	h, _ := newTestHandler(t, newFixtureReader(), func(o *Options) {
		o.Admin, o.AdminToken, o.Metrics = newFixtureAdmin(), adminTestToken, figures
	})
	req := httptest.NewRequest(http.MethodGet, "/admin/metrics", nil)
	req.RemoteAddr = remoteAddr
	req.Header.Set("Authorization", "Bearer "+adminTestToken)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "unbiased_articles_stored_total 7") {
		t.Errorf("scrape with the token: status %d, body %q", rec.Code, rec.Body.String())
	}
	req = httptest.NewRequest(http.MethodGet, "/admin/metrics", nil)
	req.RemoteAddr = remoteAddr
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotFound || strings.Contains(rec.Body.String(), "unbiased_articles_stored_total") {
		t.Errorf("scrape without the token: status %d; want the figures hidden behind a 404", rec.Code)
	}
}
