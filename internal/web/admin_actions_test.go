package web

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAdminFeedActions(t *testing.T) {
	const feed = "https://northgate.example/feed"
	tests := []struct {
		name     string
		path     string
		form     url.Values
		status   int
		location string
		calls    []string
		body     string // in the page, when there is one
	}{
		{"hold", "/admin/feeds/hold", url.Values{"url": {feed}}, http.StatusSeeOther, "/admin/feeds?done=held", []string{"hold " + feed}, ""},
		{"release, back to the held feeds", "/admin/feeds/release", url.Values{"url": {"https://metrowire.example/a/feed.json"}, "state": {"held"}},
			http.StatusSeeOther, "/admin/feeds?done=released&state=held", []string{"release https://metrowire.example/a/feed.json"}, ""},
		{"remove", "/admin/feeds/remove", url.Values{"url": {feed}}, http.StatusSeeOther, "/admin/feeds?done=removed", []string{"remove " + feed}, ""},
		{"unknown state is not carried back", "/admin/feeds/hold", url.Values{"url": {feed}, "state": {"//evil.example"}},
			http.StatusSeeOther, "/admin/feeds?done=held", []string{"hold " + feed}, ""},
		{"unknown feed", "/admin/feeds/remove", url.Values{"url": {"https://nowhere.example/rss"}}, http.StatusNotFound, "",
			[]string{"remove https://nowhere.example/rss"}, "No feed has that address"},
		{"no feed named", "/admin/feeds/hold", url.Values{"url": {"  "}}, http.StatusBadRequest, "", nil, "The form named no feed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := newFixtureAdmin()
			rec, _ := postAdmin(t, fake, "/admin/feeds", tt.path, tt.form, tt.status, tt.location)
			if diff := cmp.Diff(tt.calls, fake.calls); diff != "" {
				t.Errorf("store calls (-want +got):\n%s", diff)
			}
			if tt.body != "" && !strings.Contains(rec.Body.String(), tt.body) {
				t.Errorf("page lacks %q", tt.body)
			}
		})
	}
}

// TestAdminStoreFailure: a store error is a 500 whose detail stays in
// the log.
func TestAdminStoreFailure(t *testing.T) {
	fake := newFixtureAdmin()
	h, logs := newAdminHandler(t, fake, "", nil)
	var b browser
	b.visit(t, h, "/admin/feeds")
	fake.err = errors.New("database is locked: secret-detail-42")
	for _, rec := range []*httptest.ResponseRecorder{
		b.post(h, "/admin/feeds/hold", loopbackAddr, url.Values{"url": {"https://northgate.example/feed"}}, nil),
		serve(h, b.request(http.MethodGet, "/admin/feeds", loopbackAddr)),
		serve(h, b.request(http.MethodGet, "/admin", loopbackAddr)),
		serve(h, b.request(http.MethodGet, "/admin/stories", loopbackAddr)),
		serve(h, b.request(http.MethodGet, "/admin/stories/d4n7e2r8mt", loopbackAddr)),
		b.post(h, "/admin/stories/merge", loopbackAddr, url.Values{"stories": {"k3v9q2m1xa", "p8d2w7c4ny"}}, nil),
		b.post(h, "/admin/stories/d4n7e2r8mt/split", loopbackAddr, url.Values{"report": {"107"}}, nil),
	} {
		if rec.Code != http.StatusInternalServerError || strings.Contains(rec.Body.String(), "secret-detail") {
			t.Errorf("store failure: %d, or the page leaks the detail", rec.Code)
		}
	}
	if !strings.Contains(logs.String(), "secret-detail-42") {
		t.Errorf("store failure not logged")
	}
}

// TestAdminCSRF: a POST must carry the token for its browser's cookie,
// in its body; only a request with the Bearer token is spared.
func TestAdminCSRF(t *testing.T) {
	const feed = "https://northgate.example/feed"
	tests := []struct {
		name   string
		token  string // the admin token the site is given
		addr   string
		send   func(b *browser, other *browser, form url.Values) (*browser, func(*http.Request))
		status int
	}{
		{"no token in the form", "", loopbackAddr, func(b, _ *browser, f url.Values) (*browser, func(*http.Request)) {
			b.csrf = ""
			return b, nil
		}, http.StatusForbidden},
		{"a token that is not an HMAC of the cookie", "", loopbackAddr, func(b, _ *browser, f url.Values) (*browser, func(*http.Request)) {
			f.Set(csrfField, strings.Repeat("A", 43))
			return b, nil
		}, http.StatusForbidden},
		{"token without its cookie", "", loopbackAddr, func(b, _ *browser, f url.Values) (*browser, func(*http.Request)) {
			return &browser{csrf: b.csrf}, nil
		}, http.StatusForbidden},
		{"token of another browser", "", loopbackAddr, func(b, other *browser, f url.Values) (*browser, func(*http.Request)) {
			b.csrf = other.csrf
			return b, nil
		}, http.StatusForbidden},
		{"token in the address, not the body", "", loopbackAddr, func(b, _ *browser, f url.Values) (*browser, func(*http.Request)) {
			tok := b.csrf
			b.csrf = ""
			return b, func(r *http.Request) { r.URL.RawQuery = url.Values{csrfField: {tok}}.Encode() }
		}, http.StatusForbidden},
		{"valid token", "", loopbackAddr, func(b, _ *browser, f url.Values) (*browser, func(*http.Request)) {
			return b, nil
		}, http.StatusSeeOther},
		{"Bearer token and no form token", adminTestToken, remoteAddr, func(b, _ *browser, f url.Values) (*browser, func(*http.Request)) {
			return &browser{}, func(r *http.Request) { r.Header.Set("Authorization", "Bearer "+adminTestToken) }
		}, http.StatusSeeOther},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := newFixtureAdmin()
			h, logs := newAdminHandler(t, fake, tt.token, nil)
			var b, other browser
			b.visit(t, h, "/admin/feeds")
			other.visit(t, h, "/admin/feeds")
			form := url.Values{"url": {feed}}
			sender, mod := tt.send(&b, &other, form)
			rec := sender.post(h, "/admin/feeds/hold", tt.addr, form, mod)
			if rec.Code != tt.status {
				t.Fatalf("POST: %d, want %d", rec.Code, tt.status)
			}
			if tt.status == http.StatusForbidden {
				if len(fake.calls) != 0 {
					t.Errorf("store called despite a bad token: %q", fake.calls)
				}
				if !strings.Contains(rec.Body.String(), "This form could not be checked") || !strings.Contains(logs.String(), errCSRF.Error()) {
					t.Errorf("403 without its message, or not logged")
				}
			} else if len(fake.calls) != 1 {
				t.Errorf("store calls %q, want one", fake.calls)
			}
		})
	}
}

// TestAdminCrossOrigin: a POST a browser sends from another site is
// refused even with a valid token, by Sec-Fetch-Site or, without it, by
// Origin against Host.
func TestAdminCrossOrigin(t *testing.T) {
	tests := []struct {
		name   string
		header map[string]string
		status int
	}{
		{"Sec-Fetch-Site cross-site", map[string]string{"Sec-Fetch-Site": "cross-site"}, http.StatusForbidden},
		{"Sec-Fetch-Site same-site", map[string]string{"Sec-Fetch-Site": "same-site"}, http.StatusForbidden},
		{"Origin of another site", map[string]string{"Origin": "http://evil.example"}, http.StatusForbidden},
		{"Origin on another port", map[string]string{"Origin": "http://localhost:9999"}, http.StatusForbidden},
		{"Sec-Fetch-Site same-origin", map[string]string{"Sec-Fetch-Site": "same-origin", "Origin": "http://localhost:8080"}, http.StatusSeeOther},
		{"Origin of this site", map[string]string{"Origin": "http://localhost:8080"}, http.StatusSeeOther},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := newFixtureAdmin()
			h, _ := newAdminHandler(t, fake, "", nil)
			var b browser
			b.visit(t, h, "/admin/feeds")
			rec := b.post(h, "/admin/feeds/remove", loopbackAddr, url.Values{"url": {"https://northgate.example/feed"}}, func(r *http.Request) {
				for k, v := range tt.header {
					r.Header.Set(k, v)
				}
			})
			if rec.Code != tt.status {
				t.Fatalf("POST: %d, want %d", rec.Code, tt.status)
			}
			if tt.status == http.StatusForbidden {
				if len(fake.calls) != 0 {
					t.Errorf("store called by a cross-origin POST: %q", fake.calls)
				}
				if !strings.Contains(rec.Body.String(), "sent from another site") || !strings.Contains(rec.Body.String(), `class="masthead"`) {
					t.Errorf("403 page lacks its message or the site's look")
				}
			}
		})
	}
}
