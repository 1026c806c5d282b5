package web

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// recordingReader remembers the paging it was asked for.
type recordingReader struct {
	*fakeReader
	limit, offset int
}

func (r *recordingReader) ListStories(ctx context.Context, limit, offset int) ([]news.StorySummary, error) {
	r.limit, r.offset = limit, offset
	return r.fakeReader.ListStories(ctx, limit, offset)
}

func decodeJSON(t *testing.T, rec *httptest.ResponseRecorder, v any) {
	t.Helper()
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type %q, want application/json", ct)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("decode %s: %v", rec.Body.String(), err)
	}
}

func TestAPIStoriesShape(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	rec := get(t, h, "/api/stories")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	var body map[string][]map[string]any
	decodeJSON(t, rec, &body)
	stories, ok := body["stories"]
	if !ok || len(stories) != 2 {
		t.Fatalf("want 2 stories under \"stories\", got %v", body)
	}
	if got := []any{stories[0]["id"], stories[1]["id"]}; !cmp.Equal(got, []any{"river-barrier", "transit-fares"}) {
		t.Errorf("order %v, want newest first", got)
	}
	st := stories[0]
	for _, key := range []string{"id", "headline", "url", "published", "updated"} {
		if _, ok := st[key].(string); !ok {
			t.Errorf("%s is %T, want string", key, st[key])
		}
	}
	for _, key := range []string{"articles", "outlets"} {
		if _, ok := st[key].(float64); !ok {
			t.Errorf("%s is %T, want number", key, st[key])
		}
	}
	if _, ok := st["coverage"].(map[string]any); !ok {
		t.Errorf("coverage is %T, want object", st["coverage"])
	}
	if st["url"] != "/stories/river-barrier" {
		t.Errorf("url %v, want /stories/river-barrier", st["url"])
	}
	if _, err := time.Parse(time.RFC3339, st["published"].(string)); err != nil {
		t.Errorf("published: %v", err)
	}
	if st["articles"] != 6.0 || st["outlets"] != 5.0 {
		t.Errorf("articles %v outlets %v, want 6 and 5", st["articles"], st["outlets"])
	}
}

func TestAPIStoriesPaging(t *testing.T) {
	rr := &recordingReader{fakeReader: newFixtureReader()}
	h, _ := newTestHandler(t, rr, nil)
	tests := []struct {
		target        string
		limit, offset int
		ids           []string
	}{
		{"/api/stories", 50, 0, []string{"river-barrier", "transit-fares"}},
		{"/api/stories?limit=1", 1, 0, []string{"river-barrier"}},
		{"/api/stories?limit=1&offset=1", 1, 1, []string{"transit-fares"}},
		{"/api/stories?limit=200&offset=7", 200, 7, []string{}},
		{"/api/stories?limit=1000", 200, 0, []string{"river-barrier", "transit-fares"}},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			rec := get(t, h, tt.target)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			if rr.limit != tt.limit || rr.offset != tt.offset {
				t.Errorf("reader asked for limit %d offset %d, want %d %d", rr.limit, rr.offset, tt.limit, tt.offset)
			}
			var body storyList
			decodeJSON(t, rec, &body)
			ids := []string{}
			for _, s := range body.Stories {
				ids = append(ids, s.ID)
			}
			if diff := cmp.Diff(tt.ids, ids); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
			if len(tt.ids) == 0 && !strings.Contains(rec.Body.String(), `"stories":[]`) {
				t.Errorf("empty list is %s, want an empty array", rec.Body)
			}
		})
	}
}

func TestAPIStoriesBadParams(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	for _, q := range []string{"limit=abc", "limit=0", "limit=-1", "limit=1000001", "limit=1.5", "limit=", "offset=-1", "offset=x", "offset=99999999999999999999"} {
		t.Run(q, func(t *testing.T) {
			rec := get(t, h, "/api/stories?"+q)
			if rec.Code != http.StatusBadRequest {
				t.Fatalf("status %d, want 400", rec.Code)
			}
			var body errorBody
			decodeJSON(t, rec, &body)
			if body.Error.Code != codeBadRequest || body.Error.Message == "" {
				t.Errorf("error %+v, want code bad_request and a message", body.Error)
			}
		})
	}
}

func TestAPIStoriesAbsoluteURLs(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), func(o *Options) { o.BaseURL = "https://news.example.org/" })
	var body storyList
	decodeJSON(t, get(t, h, "/api/stories?limit=1"), &body)
	if len(body.Stories) != 1 || body.Stories[0].URL != "https://news.example.org/stories/river-barrier" {
		t.Errorf("stories %+v, want one with an absolute url", body.Stories)
	}
}

func TestAPIStory(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	rec := get(t, h, "/api/stories/river-barrier")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	var got news.Page
	decodeJSON(t, rec, &got)
	ignore := cmp.Options{
		cmpopts.IgnoreFields(news.Source{}, "ArticleID"),
		cmpopts.IgnoreFields(news.Coverage{}, "BlindSpot"),
	}
	if diff := cmp.Diff(riverBarrierPage(), got, ignore); diff != "" {
		t.Errorf("page (-want +got):\n%s", diff)
	}
}

func TestAPIErrors(t *testing.T) {
	tests := []struct {
		name, method, target string
		status               int
		code                 errorCode
	}{
		{"missing story", http.MethodGet, "/api/stories/no-such-story", http.StatusNotFound, codeNotFound},
		{"unknown endpoint", http.MethodGet, "/api/nothing", http.StatusNotFound, codeNotFound},
		{"wrong method", http.MethodPost, "/api/stories", http.StatusMethodNotAllowed, codeMethodNotAllowed},
		{"store failure", http.MethodGet, "/api/stories/broken", http.StatusInternalServerError, codeInternal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, logs := newTestHandler(t, newFixtureReader(), nil)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.target, nil))
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d", rec.Code, tt.status)
			}
			var body errorBody
			decodeJSON(t, rec, &body)
			if body.Error.Code != tt.code {
				t.Errorf("code %q, want %q", body.Error.Code, tt.code)
			}
			if strings.Contains(rec.Body.String(), "secret-detail") {
				t.Errorf("response leaks the error's detail: %s", rec.Body)
			}
			if n := strings.Count(logs.String(), "request failed"); n != 1 {
				t.Errorf("logged %d times, want once:\n%s", n, logs)
			}
			if tt.status == http.StatusInternalServerError && !strings.Contains(logs.String(), "secret-detail-42") {
				t.Errorf("log lacks the detail:\n%s", logs)
			}
		})
	}
}

func TestAPIListFailure(t *testing.T) {
	fr := newFixtureReader()
	fr.listErr = errors.New("connection refused: secret-detail-7")
	h, logs := newTestHandler(t, fr, nil)
	rec := get(t, h, "/api/stories")
	if rec.Code != http.StatusInternalServerError || strings.Contains(rec.Body.String(), "secret-detail") {
		t.Errorf("got %d %s, want a 500 without the detail", rec.Code, rec.Body)
	}
	if !strings.Contains(logs.String(), "secret-detail-7") {
		t.Errorf("log lacks the detail:\n%s", logs)
	}
	if rec := get(t, h, "/"); rec.Code != http.StatusInternalServerError || !strings.Contains(rec.Header().Get("Content-Type"), "text/html") {
		t.Errorf("front page on a failing store: %d %q, want a 500 page", rec.Code, rec.Header().Get("Content-Type"))
	}
}
