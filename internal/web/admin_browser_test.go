package web

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/theunbiasedpost/unbiased/internal/testenv"
)

// TestBrowserAdminPages loads the admin pages in a real browser, from
// loopback as their user would, and checks the DOM it built: the pages
// must come through the access check and parse as a browser parses
// them.
func TestBrowserAdminPages(t *testing.T) {
	bin := testenv.Chromium(t)
	h, _ := newAdminHandler(t, newFixtureAdmin(), "", nil)
	srv := httptest.NewServer(h)
	defer srv.Close()

	dom := runChromium(t, bin, "--dump-dom", srv.URL+"/admin/feeds")
	doc, err := html.Parse(strings.NewReader(string(dom)))
	if err != nil {
		t.Fatalf("parse dumped DOM: %v", err)
	}
	checkAdminAnatomy(t, doc)
	if rows := findAll(find(doc, tag("tbody")), tag("tr")); len(rows) != len(newFixtureAdmin().feeds) {
		t.Errorf("browser shows %d feed rows, want %d", len(rows), len(newFixtureAdmin().feeds))
	}
	for _, path := range []string{"/admin/stories", "/admin/stories/" + pierStory} {
		doc, err := html.Parse(strings.NewReader(string(runChromium(t, bin, "--dump-dom", srv.URL+path))))
		if err != nil {
			t.Fatalf("parse dumped DOM of %s: %v", path, err)
		}
		checkAdminAnatomy(t, doc)
		if n := len(findAll(doc, func(n *html.Node) bool { return n.Data == "input" && attr(n, "type") == "checkbox" })); n < 3 {
			t.Errorf("%s: browser shows %d boxes to tick, want a story's or a report's each", path, n)
		}
	}
	// The story's Why grouped section, as the browser built it: a row for
	// each report with its closest, and what the reports share.
	doc, err = html.Parse(strings.NewReader(string(runChromium(t, bin, "--dump-dom", srv.URL+"/admin/stories/"+pierStory))))
	if err != nil {
		t.Fatalf("parse dumped DOM of the story: %v", err)
	}
	why := find(doc, func(n *html.Node) bool { return n.Data == "section" && attr(n, "aria-labelledby") == "why" })
	if why == nil {
		t.Fatalf("browser shows no Why grouped section")
	}
	if rows := findAll(find(why, tag("tbody")), tag("tr")); len(rows) != 3 || text(findAll(rows[2], tag("td"))[1]) != "0.04" {
		t.Errorf("browser shows %d rows of closest reports, want 3 with the unrelated report's 0.04 last", len(rows))
	}
	if got := text(find(why, tag("dl"))); !strings.Contains(got, "Dunmere (2 reports)") || !strings.Contains(got, "1.8 (2 reports)") {
		t.Errorf("browser shows shared %q, want the names and numbers", got)
	}

	// Also save how the pages look on a desktop and on a phone, for a
	// person to review, when screenshots are asked for (see
	// screenshotDir).
	dir, ok := screenshotDir(t)
	if !ok {
		return
	}
	// The sign-in form exists only with a token, and shows only to a
	// browser the pages do not already admit.
	signIn, _ := newAdminHandler(t, newFixtureAdmin(), adminTestToken, nil)
	remote := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.RemoteAddr = remoteAddr
		signIn.ServeHTTP(w, r)
	}))
	defer remote.Close()
	shots := []struct {
		name, url, size string
		dark            bool
	}{
		{"admin-feeds-desktop", srv.URL + "/admin/feeds", "1280,1400", false},
		{"admin-feeds-dark-desktop", srv.URL + "/admin/feeds?done=held", "1280,1400", true},
		{"admin-feeds-phone", srv.URL + "/admin/feeds?state=failing", "390,1400", false},
		{"admin-overview-desktop", srv.URL + "/admin", "1280,1400", false},
		{"admin-overview-phone", srv.URL + "/admin", "390,1800", false},
		{"admin-login-phone", remote.URL + "/admin/login", "390,900", false},
		{"admin-grouping-desktop", srv.URL + "/admin/stories", "1280,1400", false},
		{"admin-grouping-phone", srv.URL + "/admin/stories", "390,1800", false},
		{"admin-story-desktop", srv.URL + "/admin/stories/" + pierStory + "?done=split&from=" + festStory, "1280,1200", false},
		{"admin-story-dark-phone", srv.URL + "/admin/stories/" + pierStory, "390,2400", true},
		{"admin-story-why-phone", srv.URL + "/admin/stories/" + ferryStory, "390,1800", false},
	}
	for _, sh := range shots {
		out := filepath.Join(dir, sh.name+".png")
		args := []string{"--hide-scrollbars", "--screenshot=" + out, "--window-size=" + sh.size}
		if sh.dark {
			args = append(args, "--force-dark-mode", "--blink-settings=preferredColorScheme=0")
		}
		runChromium(t, bin, append(args, sh.url)...)
		t.Logf("saved %s", out)
	}
}
