package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// historyReportReader is a reader with a story's versions, a search of
// reports and the stories' groupings.
type historyReportReader struct {
	*historyReader
	reports *reportReader
}

// StoryGrouping gives the groupings of the grouping fixture.
func (r historyReportReader) StoryGrouping(ctx context.Context, id string) (news.Grouping, error) {
	return groupingReader{r.fakeReader, fixtureGroupings()}.StoryGrouping(ctx, id)
}

func (r historyReportReader) SearchReports(ctx context.Context, query string, limit, offset int) ([]news.ReportMatch, error) {
	return r.reports.SearchReports(ctx, query, limit, offset)
}

// TestOpenAPI: the document served at /api/openapi.json is valid OpenAPI,
// and kin-openapi's validator finds every answer of the API, errors
// included, in the shape the document gives, for requests it accepts.
func TestOpenAPI(t *testing.T) {
	ctx := context.Background()
	// One reader with the versions of the history fixture and the
	// reports of the report-search fixture.
	hr := newHistoryReader()
	rr := newReportReader()
	rr.fakeReader = hr.fakeReader
	h, _ := newTestHandler(t, historyReportReader{hr, rr}, nil)
	served := get(t, h, "/api/openapi.json")
	if served.Code != http.StatusOK || served.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("GET /api/openapi.json: %d %q", served.Code, served.Header().Get("Content-Type"))
	}
	doc, err := openapi3.NewLoader().LoadFromData(served.Body.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(ctx); err != nil {
		t.Fatalf("the document is not valid OpenAPI: %v", err)
	}
	doc.Servers = openapi3.Servers{{URL: "http://example.com"}}
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	// Without a search of reports, in=reports is a 404.
	noReports, _ := newTestHandler(t, newFixtureReader(), nil)
	for _, target := range []string{
		"/api/stories", "/api/stories?limit=1&offset=1", "/api/stories/river-barrier", "/api/stories/transit-fares",
		"/api/stories/no-such-story", "/api/search?q=flood+barrier", "/api/search?q=nothing-like-it",
		"/api/stories?limit=zero", "/api/stories/broken",
		"/api/stories/dunmere-bridge/versions", "/api/stories/dunmere-reworded/versions", "/api/stories/transit-fares/versions",
		"/api/stories/no-such-story/versions", "/api/stories/broken/versions",
		"/api/search?q=flood&in=stories", "/api/search?q=dunmere&in=reports", "/api/search?q=tarrow&in=reports&limit=1",
		"/api/search?q=nothing-like-it&in=reports", "/api/search?q=dunmere&in=outlets", "no reports /api/search?q=dunmere&in=reports",
		"/api/stories/river-barrier/grouping", "/api/stories/no-such-story/grouping", "/api/stories/draft-story/grouping",
		"/api/stories/broken/grouping",
	} {
		site := h
		if rest, ok := strings.CutPrefix(target, "no reports "); ok {
			site, target = noReports, rest
		}
		req := httptest.NewRequest(http.MethodGet, "http://example.com"+target, nil)
		rec := httptest.NewRecorder()
		site.ServeHTTP(rec, req)
		route, params, err := router.FindRoute(req)
		if err != nil {
			t.Errorf("%s: no route in the document: %v", target, err)
			continue
		}
		in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
			Options: &openapi3filter.Options{ExcludeRequestBody: true}}
		if rec.Code < 400 {
			if err := openapi3filter.ValidateRequest(ctx, in); err != nil {
				t.Errorf("%s: the document refuses a request the API answers: %v", target, err)
			}
		}
		out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: rec.Code, Header: rec.Header()}
		out.SetBodyBytes(rec.Body.Bytes())
		if err := openapi3filter.ValidateResponse(ctx, out); err != nil {
			t.Errorf("%s: the %d answer is not in the document's shape: %v", target, rec.Code, err)
		}
	}
}
