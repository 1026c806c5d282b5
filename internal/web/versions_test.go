package web

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAPIVersions: a story's versions come newest first, numbered, each
// with its time, headline and count of sources, and with the reports and
// highlight or lead sentences it added to the one before: a report known
// before under another number is not new, nor is a sentence moved from a
// section into the highlights; the oldest has nothing to compare with.
func TestAPIVersions(t *testing.T) {
	h, _ := newTestHandler(t, newHistoryReader(), nil)
	tests := []struct {
		name, target, want string
	}{
		{"three versions", "/api/stories/dunmere-bridge/versions", `{
			"id": "dunmere-bridge", "url": "/stories/dunmere-bridge",
			"versions": [
				{"version": 3, "updated": "2026-02-22T09:15:00Z", "headline": "Dunmere footbridge to stay shut until May", "sources": 5,
				 "added": {
					"sources": [
						{"outlet": "Eastwick Radio", "title": "Footbridge to reopen in May, says council", "url": "https://eastwickradio.example/a/101"},
						{"outlet": "Eastwick Radio", "title": "Bridge repairs to cost 2 million crowns", "url": "https://eastwickradio.example/a/102"}
					],
					"sentences": [
						"According to Eastwick Radio, the footbridge will reopen in May.",
						"Repairs are expected to cost 2 million crowns.",
						"The footbridge between Dunmere and Tarrow will stay shut until May, council leader Paul Lowe said on Tuesday.",
						"Ilse Brandt, who runs the ferry, said it would carry up to 40 people a crossing."
					]}},
				{"version": 2, "updated": "2026-02-21T15:30:00Z", "headline": "Ferry to run while Dunmere footbridge is shut", "sources": 3,
				 "added": {
					"sources": [{"outlet": "Northfold Herald", "title": "Ferry to replace Dunmere footbridge", "url": "https://northfoldherald.example/2026/02/21/ferry"}],
					"sentences": ["A ferry will run between Dunmere and Tarrow while the footbridge is shut."]}},
				{"version": 1, "updated": "2026-02-21T08:00:00Z", "headline": "Dunmere footbridge closed after crack found", "sources": 2}
			]}`},
		{"only the headline changed", "/api/stories/dunmere-reworded/versions", `{
			"id": "dunmere-reworded", "url": "/stories/dunmere-reworded",
			"versions": [
				{"version": 2, "updated": "2026-02-22T09:15:00Z", "headline": "Dunmere footbridge to stay shut until May", "sources": 5,
				 "added": {"sources": [], "sentences": []}},
				{"version": 1, "updated": "2026-02-22T08:15:00Z", "headline": "Dunmere footbridge shut until May", "sources": 5}
			]}`},
		{"never rewritten", "/api/stories/transit-fares/versions", `{
			"id": "transit-fares", "url": "/stories/transit-fares",
			"versions": [
				{"version": 1, "updated": "2026-02-20T08:30:00Z", "headline": "Regional transit board proposes 15-cent fare increase", "sources": 5}
			]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, h, tt.target)
			if rec.Code != http.StatusOK {
				t.Fatalf("GET %s: %d %s", tt.target, rec.Code, rec.Body)
			}
			if cc := rec.Header().Get("Cache-Control"); cc != "public, max-age=60" {
				t.Errorf("Cache-Control %q, want as the story's own", cc)
			}
			var got, want any
			decodeJSON(t, rec, &got)
			if err := json.Unmarshal([]byte(tt.want), &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("GET %s (-want +got):\n%s", tt.target, diff)
			}
		})
	}

	withBase, _ := newTestHandler(t, newHistoryReader(), func(o *Options) { o.BaseURL = "https://desk.example" })
	var list struct{ URL string }
	decodeJSON(t, get(t, withBase, "/api/stories/dunmere-bridge/versions"), &list)
	if list.URL != "https://desk.example/stories/dunmere-bridge" {
		t.Errorf("url %q with a base URL, want it absolute", list.URL)
	}
}

// TestAPIVersionsErrors: an unknown story is the API's JSON 404, a story
// merged into another leads to that one's versions, a failing store is a
// 500 that keeps its detail to the log, and a reader that keeps no
// versions has no such address.
func TestAPIVersionsErrors(t *testing.T) {
	tests := []struct {
		name   string
		reader Reader
		target string
		status int
		code   errorCode
	}{
		{"unknown story", newHistoryReader(), "/api/stories/no-such-story/versions", http.StatusNotFound, codeNotFound},
		{"failing store", newHistoryReader(), "/api/stories/broken/versions", http.StatusInternalServerError, codeInternal},
		{"no versions kept", newFixtureReader(), "/api/stories/river-barrier/versions", http.StatusNotFound, codeNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, logs := newTestHandler(t, tt.reader, nil)
			rec := get(t, h, tt.target)
			if rec.Code != tt.status {
				t.Fatalf("GET %s: %d, want %d", tt.target, rec.Code, tt.status)
			}
			var body errorBody
			decodeJSON(t, rec, &body)
			if body.Error.Code != tt.code || body.Error.Message == "" {
				t.Errorf("error %+v, want code %q and a message", body.Error, tt.code)
			}
			if strings.Contains(rec.Body.String(), "secret-detail") {
				t.Errorf("the answer holds the error's detail: %s", rec.Body)
			}
			if tt.status == http.StatusInternalServerError && !strings.Contains(logs.String(), "secret-detail-42") {
				t.Errorf("the log lacks the error's detail:\n%s", logs)
			}
		})
	}

	h, _ := newTestHandler(t, newHistoryReader(), nil)
	rec := get(t, h, "/api/stories/dunmere-ferry/versions")
	if rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != "/api/stories/dunmere-bridge/versions" {
		t.Errorf("versions of a merged story: %d to %q; want 301 to the versions of the story it merged into", rec.Code, rec.Header().Get("Location"))
	}
}
