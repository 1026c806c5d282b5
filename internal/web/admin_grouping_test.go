package web

import (
	"errors"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// The fixture's story of three reports, one of which is about something
// else, and its two unpublished stories.
const (
	pierStory  = "d4n7e2r8mt"
	ferryStory = "k3v9q2m1xa"
	festStory  = "p8d2w7c4ny"
)

// TestAdminStoryReports: a story's page lists its reports with their
// outlet, title, link and id, each with a box to take it out; the admin's
// lists of stories link to it.
func TestAdminStoryReports(t *testing.T) {
	h, _ := newAdminHandler(t, newFixtureAdmin(), "", nil)
	var b browser
	rec := b.visit(t, h, "/admin/stories/"+pierStory)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET story: %d", rec.Code)
	}
	doc := parseHTML(t, rec.Body.String())
	type row struct{ Title, Link, Outlet, ID, Box string }
	var got []row
	for _, tr := range findAll(find(doc, tag("tbody")), tag("tr")) {
		cells := findAll(tr, tag("td"))
		got = append(got, row{text(find(tr, tag("th"))), attr(find(tr, tag("a")), "href"), text(cells[1]), text(cells[2]),
			attr(find(tr, tag("input")), "value")})
	}
	want := []row{
		{"Dunmere council votes to close the east pier", "https://harborledger.example/2026/02/east-pier", "The Harbor Ledger", "101", "101"},
		{"East pier shut for repairs after divers find rot", "https://valleycourier.example/news/pier-repairs", "Valley Courier", "102", "102"},
		{"Tarrow Harbour Board names a new chair", "https://northgate.example/harbour-board-chair", "Northgate Tribune", "107", "107"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("reports (-want +got):\n%s", diff)
	}
	if form := find(doc, func(n *html.Node) bool {
		return n.Data == "form" && attr(n, "action") == "/admin/stories/"+pierStory+"/split"
	}); form == nil {
		t.Errorf("no split form")
	}

	for path, want := range map[string]string{
		"/admin":         "/admin/stories/" + ferryStory,
		"/admin/stories": "/admin/stories/" + pierStory,
	} {
		doc := parseHTML(t, b.visit(t, h, path).Body.String())
		if find(doc, func(n *html.Node) bool { return n.Data == "a" && attr(n, "href") == want }) == nil {
			t.Errorf("%s does not link to %s", path, want)
		}
	}

	rec = b.visit(t, h, "/admin/stories/nope")
	if rec.Code != http.StatusNotFound || !strings.Contains(rec.Body.String(), `No story has the ID &#34;nope&#34;`) {
		t.Errorf("unknown story: %d, want 404 naming it", rec.Code)
	}
}

// TestAdminGroupingDecisions: a merge or a split sent from the admin
// records a decision, with who sent it and why, and goes to the story it
// made; one the grouping rules refuse says why and records nothing.
func TestAdminGroupingDecisions(t *testing.T) {
	tests := []struct {
		name     string
		path     string
		form     url.Values
		status   int
		location string
		decided  []news.Decision
		body     string // in the page, when there is one
	}{
		{"merge two stories", "/admin/stories/merge", url.Values{"stories": {ferryStory, festStory}, "note": {" one harbour story "}},
			http.StatusSeeOther, "/admin/stories/" + ferryStory + "?done=merged",
			[]news.Decision{{Kind: news.DecisionTogether, Articles: []int64{88, 91, 92}, Note: "one harbour story"}}, ""},
		{"merge from a story's page, IDs typed with commas", "/admin/stories/merge", url.Values{"stories": {pierStory, ferryStory + ", " + festStory}},
			http.StatusSeeOther, "/admin/stories/" + pierStory + "?done=merged",
			[]news.Decision{{Kind: news.DecisionTogether, Articles: []int64{101, 102, 107, 88, 91, 92}}}, ""},
		{"split one report out", "/admin/stories/" + pierStory + "/split", url.Values{"report": {"107"}, "note": {"another event"}},
			http.StatusSeeOther, "/admin/stories/" + newSplitStory + "?done=split&from=" + pierStory,
			[]news.Decision{{Kind: news.DecisionApart, Articles: []int64{107}, Others: []int64{101, 102}, Note: "another event"}}, ""},

		{"merge of one story", "/admin/stories/merge", url.Values{"stories": {ferryStory}}, http.StatusBadRequest, "", nil,
			`Nothing was recorded: a merge needs two different story IDs or more; only &#34;k3v9q2m1xa&#34; was given.`},
		{"merge of none", "/admin/stories/merge", url.Values{"stories": {" , "}}, http.StatusBadRequest, "", nil,
			`a merge needs two different story IDs or more; none was given`},
		{"merge of a story with itself", "/admin/stories/merge", url.Values{"stories": {ferryStory, ferryStory}}, http.StatusBadRequest, "", nil,
			`story &#34;k3v9q2m1xa&#34; is given twice`},
		{"merge with an unknown story", "/admin/stories/merge", url.Values{"stories": {ferryStory, "nope"}}, http.StatusNotFound, "", nil,
			`Nothing was recorded: no story &#34;nope&#34;.`},
		{"split with no report chosen", "/admin/stories/" + pierStory + "/split", url.Values{"note": {"why not"}}, http.StatusBadRequest, "", nil,
			`Nothing was recorded: no report was chosen to take out of story d4n7e2r8mt.`},
		{"split of a report of another story", "/admin/stories/" + pierStory + "/split", url.Values{"report": {"101", "88"}}, http.StatusBadRequest, "", nil,
			`Nothing was recorded: story d4n7e2r8mt has no report &#34;88&#34;.`},
		{"split of every report", "/admin/stories/" + pierStory + "/split", url.Values{"report": {"101", "102", "107"}}, http.StatusBadRequest, "", nil,
			`Nothing was recorded: that is every report of story d4n7e2r8mt; leave at least one.`},
		{"split of an unknown story", "/admin/stories/nope/split", url.Values{"report": {"1"}}, http.StatusNotFound, "", nil,
			`Nothing was recorded: no story &#34;nope&#34;.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := newFixtureAdmin()
			rec, _ := postAdmin(t, fake, "/admin/stories", tt.path, tt.form, tt.status, tt.location)
			for i := range fake.decided {
				if fake.decided[i].By != "admin on this machine" || !fake.decided[i].At.Equal(testNow) {
					t.Errorf("decision made by %q at %v, want the admin on this machine now", fake.decided[i].By, fake.decided[i].At)
				}
				fake.decided[i].By, fake.decided[i].At = "", time.Time{}
			}
			if diff := cmp.Diff(tt.decided, fake.decided); diff != "" {
				t.Errorf("decisions (-want +got):\n%s", diff)
			}
			if tt.body != "" {
				body := rec.Body.String()
				if !strings.Contains(body, tt.body) {
					t.Errorf("page lacks %q", tt.body)
				}
				if tt.status == http.StatusBadRequest {
					if n := find(parseHTML(t, body), tagClass("p", "problem")); n == nil || attr(n, "role") != "alert" {
						t.Errorf("the problem is not shown as an alert over the form")
					}
				}
			}
		})
	}
}

// TestAdminGroupingKeepsForm: a refused decision shows its form again as
// it was sent, so that the editor need only correct what failed.
func TestAdminGroupingKeepsForm(t *testing.T) {
	h, _ := newAdminHandler(t, newFixtureAdmin(), "", nil)
	var b browser
	b.visit(t, h, "/admin/stories")
	rec := b.post(h, "/admin/stories/merge", loopbackAddr, url.Values{"stories": {ferryStory, "nope x9"}, "note": {"harbour"}}, nil)
	doc := parseHTML(t, rec.Body.String())
	checked := func(doc *html.Node) []string {
		var out []string
		for _, in := range findAll(doc, func(n *html.Node) bool { return n.Data == "input" && hasAttr(n, "checked") }) {
			out = append(out, attr(in, "value"))
		}
		return out
	}
	if diff := cmp.Diff([]string{ferryStory}, checked(doc)); diff != "" {
		t.Errorf("merge: stories ticked again (-want +got):\n%s", diff)
	}
	if got := attr(find(doc, tagID("input", "merge-more")), "value"); got != "nope x9" {
		t.Errorf("merge: other IDs %q, want those sent that the list lacks", got)
	}
	if got := attr(find(doc, tagID("input", "merge-note")), "value"); got != "harbour" {
		t.Errorf("merge: note %q", got)
	}

	b.visit(t, h, "/admin/stories/"+pierStory)
	rec = b.post(h, "/admin/stories/"+pierStory+"/split", loopbackAddr, url.Values{"report": {"101", "102", "107"}, "note": {"all of it"}}, nil)
	doc = parseHTML(t, rec.Body.String())
	if diff := cmp.Diff([]string{"101", "102", "107"}, checked(doc)); diff != "" {
		t.Errorf("split: reports ticked again (-want +got):\n%s", diff)
	}
	if got := attr(find(doc, tagID("input", "split-note")), "value"); got != "all of it" {
		t.Errorf("split: note %q", got)
	}
	checkAdminAnatomy(t, doc)
}

// TestAdminGroupingCSRF: a merge or a split needs the form's CSRF token
// and must come from this site, like every admin POST.
func TestAdminGroupingCSRF(t *testing.T) {
	posts := map[string]url.Values{
		"/admin/stories/merge":                   {"stories": {ferryStory, festStory}},
		"/admin/stories/" + pierStory + "/split": {"report": {"107"}},
	}
	for path, form := range posts {
		for name, send := range map[string]func(*browser) func(*http.Request){
			"no token": func(b *browser) func(*http.Request) { b.csrf = ""; return nil },
			"another site": func(*browser) func(*http.Request) {
				return func(r *http.Request) { r.Header.Set("Origin", "http://evil.example") }
			},
			"cross-site fetch": func(*browser) func(*http.Request) {
				return func(r *http.Request) { r.Header.Set("Sec-Fetch-Site", "cross-site") }
			},
		} {
			t.Run(path+": "+name, func(t *testing.T) {
				fake := newFixtureAdmin()
				h, _ := newAdminHandler(t, fake, "", nil)
				var b browser
				b.visit(t, h, "/admin/stories")
				f := url.Values{}
				for k, v := range form {
					f[k] = v
				}
				rec := b.post(h, path, loopbackAddr, f, send(&b))
				if rec.Code != http.StatusForbidden || len(fake.decided) != 0 {
					t.Errorf("POST %s: %d with %d decisions recorded; want 403 and none", path, rec.Code, len(fake.decided))
				}
			})
		}
	}
}

// TestAdminDecider: the decisions list says how the admin who made one
// came in, and for a signed-in browser when it signed in.
func TestAdminDecider(t *testing.T) {
	fake := newFixtureAdmin()
	h, _ := newAdminHandler(t, fake, adminTestToken, nil)
	form := func() url.Values { return url.Values{"stories": {ferryStory, festStory}} }

	var local browser
	local.visit(t, h, "/admin/stories")
	local.post(h, "/admin/stories/merge", loopbackAddr, form(), nil)

	var signedIn browser
	signIn(t, h, &signedIn, adminTestToken, nil)
	signedIn.visitFrom(t, h, "/admin/stories", remoteAddr)
	signedIn.post(h, "/admin/stories/merge", remoteAddr, form(), nil)

	(&browser{}).post(h, "/admin/stories/merge", remoteAddr, form(), func(r *http.Request) {
		r.Header.Set("Authorization", "Bearer "+adminTestToken)
	})

	var by []string
	for _, d := range fake.decided {
		by = append(by, d.By)
	}
	// testNow is 18:00 UTC, 19:00 in the test zone.
	want := []string{"admin on this machine", "admin, signed in at 19:00, 22/02/2026", "admin with the token"}
	if diff := cmp.Diff(want, by); diff != "" {
		t.Errorf("who decided (-want +got):\n%s", diff)
	}
}

// TestAdminDecideOutcomes: a decision left to another rebuild says so on
// the Grouping page; one the desk failed to record or to apply is a 500
// that says which, with the detail in the log only.
func TestAdminDecideOutcomes(t *testing.T) {
	tests := []struct {
		name     string
		mod      func(*fakeAdmin)
		status   int
		location string
		body     string
	}{
		{"another rebuild under way", func(f *fakeAdmin) { f.pending = true }, http.StatusSeeOther, "/admin/stories?done=pending", ""},
		{"not recorded", func(f *fakeAdmin) { f.decideErr = errors.New("disk full: secret-detail-7") }, http.StatusInternalServerError, "",
			"The decision could not be recorded, so nothing changed."},
		{"recorded, rebuild failed", func(f *fakeAdmin) { f.decideErr, f.recorded = errors.New("rebuild: secret-detail-7"), true },
			http.StatusInternalServerError, "", "The decision is recorded, but applying it to the stories failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := newFixtureAdmin()
			tt.mod(fake)
			rec, logs := postAdmin(t, fake, "/admin/stories/"+pierStory, "/admin/stories/"+pierStory+"/split", url.Values{"report": {"107"}},
				tt.status, tt.location)
			body := rec.Body.String()
			if !strings.Contains(body, tt.body) || strings.Contains(body, "secret-detail") {
				t.Errorf("page lacks %q, or leaks the detail", tt.body)
			}
			if tt.status == http.StatusInternalServerError && !strings.Contains(logs.String(), "secret-detail-7") {
				t.Errorf("failure not logged")
			}
		})
	}
}

// TestAdminGroupingHostileText: headlines, titles, outlet names and
// addresses come from outlets and are shown as text; ?from= names only a
// story that exists.
func TestAdminGroupingHostileText(t *testing.T) {
	fake := newFixtureAdmin()
	evil := `<script>alert(1)</script><img src=x onerror=alert(2)>`
	fake.stories[0].Headline = evil
	fake.reports[pierStory][0] = news.StoryReport{ID: 101, Outlet: `<b onmouseover=alert(3)>Evil</b>`, Title: evil, URL: `javascript:alert(4)`}
	h, _ := newAdminHandler(t, fake, "", nil)
	for _, path := range []string{"/admin/stories", "/admin/stories/" + pierStory, "/admin/stories/" + ferryStory + "?done=split&from=" + pierStory} {
		var b browser
		body := b.visit(t, h, path).Body.String()
		if strings.Contains(strings.ToLower(body), "<script") || strings.Contains(body, "<img src=x") || strings.Contains(body, "<b onmouseover") {
			t.Errorf("%s: raw markup from an outlet reached the page", path)
		}
		for _, n := range findAll(parseHTML(t, body), tag("a")) {
			if strings.HasPrefix(attr(n, "href"), "javascript:") {
				t.Errorf("%s: a javascript: address was linked", path)
			}
		}
	}
	var b browser
	for _, from := range []string{"nope", `"><script>alert(5)</script>`} {
		body := b.visit(t, h, "/admin/stories/"+ferryStory+"?done=split&from="+url.QueryEscape(from)).Body.String()
		if strings.Contains(body, "They left") || strings.Contains(body, "alert(5)") {
			t.Errorf("?from=%s: the page names a story that does not exist", from)
		}
	}
}
