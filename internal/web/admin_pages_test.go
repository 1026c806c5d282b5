package web

import (
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// csrfValue matches the CSRF token in a page, which is new for every
// browser and every process and so no part of a page's markup.
var csrfValue = regexp.MustCompile(`name="csrf" value="[^"]*"`)

// TestAdminGoldenPages renders the admin pages over the fixtures and
// compares them, byte for byte, with testdata/<case>.golden.
func TestAdminGoldenPages(t *testing.T) {
	h, _ := newAdminHandler(t, newFixtureAdmin(), adminTestToken, nil)
	tests := []struct {
		name, path, addr string
	}{
		{"admin-feeds", "/admin/feeds", loopbackAddr},
		{"admin-feeds-held-flash", "/admin/feeds?state=held&done=released", loopbackAddr},
		{"admin-overview", "/admin", loopbackAddr},
		{"admin-grouping", "/admin/stories", loopbackAddr},
		{"admin-grouping-pending", "/admin/stories?done=pending", loopbackAddr},
		{"admin-story", "/admin/stories/d4n7e2r8mt", loopbackAddr},
		{"admin-story-split", "/admin/stories/d4n7e2r8mt?done=split&from=p8d2w7c4ny", loopbackAddr},
		{"admin-story-one-report", "/admin/stories/k3v9q2m1xa", loopbackAddr},
		{"admin-login", "/admin/login", remoteAddr},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b browser
			rec := b.visitFrom(t, h, tt.path, tt.addr)
			if rec.Code != http.StatusOK {
				t.Fatalf("GET %s: status %d", tt.path, rec.Code)
			}
			checkAdminAnatomy(t, parseHTML(t, rec.Body.String()))
			got := assetVersion.ReplaceAllString(rec.Body.String(), "?v=VERSION")
			got = csrfValue.ReplaceAllString(got, `name="csrf" value="CSRF"`)
			golden := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/web -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("GET %s differs from %s (-want +got):\n%s", tt.path, golden, diff)
			}
		})
	}
}

// TestAdminFeedsFilter: ?state= shows one state only; the full list puts
// the feeds that need a person first.
func TestAdminFeedsFilter(t *testing.T) {
	h, _ := newAdminHandler(t, newFixtureAdmin(), "", nil)
	states := func(path string) []string {
		var b browser
		rec := b.visit(t, h, path)
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s: %d", path, rec.Code)
		}
		var out []string
		for _, n := range findAll(parseHTML(t, rec.Body.String()), tagClass("span", "state")) {
			out = append(out, text(n))
		}
		return out
	}
	if diff := cmp.Diff([]string{"Failing", "Failing", "Paused", "Held", "New", "OK", "OK"}, states("/admin/feeds")); diff != "" {
		t.Errorf("all feeds, by state (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Failing", "Failing"}, states("/admin/feeds?state=failing")); diff != "" {
		t.Errorf("failing feeds (-want +got):\n%s", diff)
	}
	var b browser
	if rec := b.visit(t, h, "/admin/feeds?state=broken"); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "Unknown feed state") {
		t.Errorf("unknown state: %d, want 400 with a message", rec.Code)
	}
}

// TestAdminFlash: only the fixed messages are shown, never words from
// the address.
func TestAdminFlash(t *testing.T) {
	h, _ := newAdminHandler(t, newFixtureAdmin(), "", nil)
	for done, want := range map[string]string{
		"held":                flashes["held"],
		"removed":             flashes["removed"],
		"Your+desk+is+hacked": "",
		"":                    "",
	} {
		var b browser
		doc := parseHTML(t, b.visit(t, h, "/admin/feeds?done="+done).Body.String())
		got := ""
		if n := find(doc, tagClass("p", "flash")); n != nil {
			got = text(n)
		}
		if got != want {
			t.Errorf("?done=%s shows %q, want %q", done, got, want)
		}
	}
}

// TestAdminHostileFeedText: a feed's error, title and address come from
// outside and are shown as text; a long error is cut with the whole of
// it one click away.
func TestAdminHostileFeedText(t *testing.T) {
	fake := newFixtureAdmin()
	evil := `<script>alert("err")</script><img src=x onerror=alert(1)>`
	fake.outlets = append(fake.outlets, news.Outlet{ID: 66, Name: `<b onmouseover=alert(2)>Evil</b>`, Rating: news.Rating{Lean: news.Lean(`left" onclick="x`), Rater: evil}})
	fake.feeds = append(fake.feeds, news.Feed{
		ID: 66, OutletID: 66, URL: `javascript:alert(3)//"><script>alert(4)</script>`, Title: evil,
		LastCheckedAt: testNow.Add(-time.Hour), Failures: 2,
		LastError: evil + " " + strings.Repeat("and then the server said more ", 8),
	})
	h, _ := newAdminHandler(t, fake, "", nil)
	for _, path := range []string{"/admin/feeds", "/admin"} {
		var b browser
		body := b.visit(t, h, path).Body.String()
		if strings.Contains(strings.ToLower(body), "<script") || strings.Contains(body, "<img src=x") || strings.Contains(body, "<b onmouseover") {
			t.Errorf("%s: raw markup from a feed reached the page", path)
		}
		doc := parseHTML(t, body)
		for _, n := range findAll(doc, func(*html.Node) bool { return true }) {
			for _, a := range n.Attr {
				if strings.HasPrefix(strings.ToLower(a.Key), "on") {
					t.Errorf("%s: <%s> has event handler %s=%q", path, n.Data, a.Key, a.Val)
				}
				if a.Key == "href" && strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "javascript:") {
					t.Errorf("%s: <%s href=%q> survived", path, n.Data, a.Val)
				}
			}
		}
	}

	var b browser
	doc := parseHTML(t, b.visit(t, h, "/admin/feeds?state=failing").Body.String())
	var row *html.Node
	for _, tr := range findAll(doc, tag("tr")) {
		if strings.Contains(text(tr), "javascript:alert(3)") {
			row = tr
		}
	}
	if row == nil {
		t.Fatalf("hostile feed not listed, or its address not shown as text")
	}
	if got := text(find(row, tagClass("bdi", "outlet"))); got != `<b onmouseover=alert(2)>Evil</b>` {
		t.Errorf("outlet name shown as %q", got)
	}
	if find(row, tag("a")) != nil {
		t.Errorf("a javascript: feed address was linked")
	}
	summary, full := find(row, tag("summary")), find(row, tagClass("p", "full"))
	if summary == nil || full == nil {
		t.Fatalf("long error not cut with its full text in a details")
	}
	if s := text(summary); !strings.HasPrefix(s, `<script>alert("err")</script>`) || !strings.HasSuffix(s, "…") || len([]rune(s)) > errorPreview+1 {
		t.Errorf("error preview %q", s)
	}
	if text(full) != strings.Join(strings.Fields(fake.feeds[len(fake.feeds)-1].LastError), " ") {
		t.Errorf("full error text not shown whole: %q", text(full))
	}
}

// TestAdminContrast checks the admin stylesheet's colour pairs against
// WCAG AA in both schemes: each state badge, and the remove buttons.
func TestAdminContrast(t *testing.T) {
	site, err := staticFS.ReadFile("static/site.css")
	if err != nil {
		t.Fatal(err)
	}
	admin, err := staticFS.ReadFile("static/admin.css")
	if err != nil {
		t.Fatal(err)
	}
	schemes := map[string]map[string]string{}
	for _, css := range []string{string(site), string(admin)} {
		dark := strings.Index(css, "@media (prefers-color-scheme: dark)")
		if dark < 0 {
			t.Fatal("a stylesheet has no dark scheme")
		}
		for scheme, part := range map[string]string{"light": css[:dark], "dark": css[dark:]} {
			if schemes[scheme] == nil {
				schemes[scheme] = map[string]string{}
			}
			for k, v := range cssVars(part) {
				schemes[scheme][k] = v
			}
		}
	}
	for name, vars := range schemes {
		pairs := [][2]string{{"--danger", "--paper"}, {"--paper", "--danger"}, {"--s-failing", "--s-failing-bg"}}
		for _, st := range feedStates {
			pairs = append(pairs, [2]string{"--s-" + string(st), "--s-" + string(st) + "-bg"})
		}
		for _, p := range pairs {
			fg, bg := vars[p[0]], vars[p[1]]
			if fg == "" || bg == "" {
				t.Errorf("%s scheme: %s or %s undefined", name, p[0], p[1])
				continue
			}
			if r := contrast(t, fg, bg); r < 4.5 {
				t.Errorf("%s scheme: %s on %s has contrast %.2f, want at least 4.5", name, p[0], p[1], r)
			}
		}
	}
}
