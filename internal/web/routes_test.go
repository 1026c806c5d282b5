package web

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHealthz(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	rec := get(t, h, "/healthz")
	if rec.Code != http.StatusOK || strings.TrimSpace(rec.Body.String()) != "ok" {
		t.Errorf("GET /healthz: %d %q, want 200 ok", rec.Code, rec.Body)
	}
}

func TestReadyz(t *testing.T) {
	tests := []struct {
		name   string
		ready  func(context.Context) error
		status int
		body   string
	}{
		{"no check", nil, http.StatusOK, "ok"},
		{"ready", func(context.Context) error { return nil }, http.StatusOK, "ok"},
		{"not ready", func(context.Context) error { return errors.New("no story written yet") }, http.StatusServiceUnavailable, "no story written yet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, _ := newTestHandler(t, newFixtureReader(), func(o *Options) { o.Ready = tt.ready })
			rec := get(t, h, "/readyz")
			if rec.Code != tt.status || !strings.Contains(rec.Body.String(), tt.body) {
				t.Errorf("GET /readyz: %d %q, want %d containing %q", rec.Code, rec.Body, tt.status, tt.body)
			}
		})
	}
}

func TestImages(t *testing.T) {
	h, logs := newTestHandler(t, newFixtureReader(), nil)

	rec := get(t, h, "/images/barrier.png")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "image/png" {
		t.Errorf("Content-Type %q, want image/png", ct)
	}
	if cc := rec.Header().Get("Cache-Control"); !strings.Contains(cc, "max-age=31536000") {
		t.Errorf("Cache-Control %q, want a long max-age", cc)
	}
	if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("no nosniff on an image")
	}
	if !bytes.Equal(rec.Body.Bytes(), pngBytes) {
		t.Errorf("body differs from the stored image")
	}

	// A revalidation with the ETag costs no body.
	req := httptest.NewRequest(http.MethodGet, "/images/barrier.png", nil)
	req.Header.Set("If-None-Match", rec.Header().Get("ETag"))
	again := httptest.NewRecorder()
	h.ServeHTTP(again, req)
	if again.Code != http.StatusNotModified {
		t.Errorf("conditional GET: %d, want 304", again.Code)
	}

	for _, target := range []string{"/images/missing.png", "/images/logo.svg"} {
		if rec := get(t, h, target); rec.Code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", target, rec.Code)
		}
	}
	if !strings.Contains(logs.String(), "image/svg+xml") {
		t.Errorf("refused SVG not logged:\n%s", logs)
	}
}

func TestStatic(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	rec := get(t, h, "/static/site.css")
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/css") {
		t.Fatalf("GET /static/site.css: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	if lines := strings.Count(rec.Body.String(), "\n"); lines > 420 {
		t.Errorf("stylesheet has %d lines; keep it near 400", lines)
	}
	page := get(t, h, "/about").Body.String()
	i := strings.Index(page, "/static/site.css?v=")
	if i < 0 {
		t.Fatalf("page does not link the versioned stylesheet")
	}
	href := page[i : i+strings.IndexByte(page[i:], '"')]
	if cc := get(t, h, href).Header().Get("Cache-Control"); !strings.Contains(cc, "immutable") {
		t.Errorf("versioned stylesheet Cache-Control %q, want immutable", cc)
	}
	for _, target := range []string{"/static/nope.css", "/static/", "/static/.hidden"} {
		if rec := get(t, h, target); rec.Code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", target, rec.Code)
		}
	}
}

func TestHTMLErrors(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	tests := []struct {
		method, target string
		status         int
		want           string
	}{
		{http.MethodGet, "/nowhere", http.StatusNotFound, "Page not found"},
		{http.MethodGet, "/stories/no-such-story", http.StatusNotFound, "We have no story at this address"},
		{http.MethodGet, "/stories/", http.StatusNotFound, "Page not found"},
		{http.MethodGet, "/?page=abc", http.StatusBadRequest, "page number"},
		{http.MethodGet, "/?page=0", http.StatusBadRequest, "page number"},
		{http.MethodGet, "/?page=9", http.StatusNotFound, "no stories this far back"},
		{http.MethodGet, "/stories/broken", http.StatusInternalServerError, "Something went wrong"},
		{http.MethodPost, "/about", http.StatusMethodNotAllowed, "only answers GET"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.target, nil))
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d", rec.Code, tt.status)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
				t.Errorf("Content-Type %q, want text/html", ct)
			}
			body := rec.Body.String()
			if !strings.Contains(body, tt.want) || !strings.Contains(body, `class="masthead"`) {
				t.Errorf("page lacks %q or the masthead", tt.want)
			}
			if strings.Contains(body, "secret-detail") {
				t.Errorf("page leaks the error's detail")
			}
			if len(findAll(parseHTML(t, body), tag("h1"))) != 1 {
				t.Errorf("error page should have one h1")
			}
		})
	}
}

func TestHeadAndConditionalGet(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodHead, "/stories/river-barrier", nil))
	if rec.Code != http.StatusOK || rec.Body.Len() != 0 {
		t.Errorf("HEAD: %d with %d bytes, want 200 and no body", rec.Code, rec.Body.Len())
	}
	etag := rec.Header().Get("ETag")
	if etag == "" {
		t.Fatalf("no ETag on the story page")
	}
	req := httptest.NewRequest(http.MethodGet, "/stories/river-barrier", nil)
	req.Header.Set("If-None-Match", etag)
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotModified {
		t.Errorf("conditional GET: %d, want 304", rec.Code)
	}
}

// TestSecurityHeaders checks every kind of response, errors included.
func TestSecurityHeaders(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	targets := []string{
		"/", "/stories/river-barrier", "/about", "/api/stories", "/api/stories/river-barrier",
		"/api/stories?limit=x", "/api/stories/none", "/images/barrier.png", "/static/site.css",
		"/healthz", "/readyz", "/nowhere", "/stories/broken",
		"/outlets", "/outlets/harbor-ledger", "/outlets/no-such-outlet",
	}
	for _, target := range targets {
		rec := get(t, h, target)
		csp := rec.Header().Get("Content-Security-Policy")
		if !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "unsafe-") || strings.Contains(csp, "script-src") {
			t.Errorf("%s: Content-Security-Policy %q, want default-src 'none' and no script allowed", target, csp)
		}
		if !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s: CSP does not forbid framing", target)
		}
		if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no X-Content-Type-Options: nosniff", target)
		}
		if rec.Header().Get("Referrer-Policy") == "" {
			t.Errorf("%s: no Referrer-Policy", target)
		}
	}
}

func TestPanicIsA500(t *testing.T) {
	var logs bytes.Buffer
	s := &server{opt: withDefaults(testOptions(&logs))}
	s.log = s.opt.Logger
	s.assets = siteAssets()
	s.pages = parsePages()
	h := s.secure(s.recoverPanics(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") })))
	rec := get(t, h, "/stories/x")
	if rec.Code != http.StatusInternalServerError || !strings.Contains(logs.String(), "boom") {
		t.Errorf("panic gave %d; logs:\n%s", rec.Code, logs.String())
	}
}
