package web

import (
	"net/http"
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestBlindSpots: the page lists a story that outlets of one side covered
// nearly alone under that side, and no story that both sides covered.
func TestBlindSpots(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	rec := get(t, h, "/blindspots")
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /blindspots: status %d", rec.Code)
	}
	body := rec.Body.String()
	left, right, ok := strings.Cut(body, `id="covered-by-the-right"`)
	if !ok {
		t.Fatalf("no section for stories the right covered alone:\n%s", body)
	}
	if !strings.Contains(right, storyPath("transit-fares")) {
		t.Errorf("the story covered almost only by the right is not listed under the right")
	}
	if strings.Contains(left, storyPath("transit-fares")) {
		t.Errorf("the story covered almost only by the right is listed under the left")
	}
	if strings.Contains(body, storyPath("river-barrier")) {
		t.Errorf("a story both sides covered is listed as a blind spot")
	}
	if !strings.Contains(body, `href="/blindspots" aria-current="page"`) {
		t.Errorf("the site links do not mark the blind-spots page as the current one")
	}
}

func TestBlindSide(t *testing.T) {
	cov := func(counts ...int) news.Coverage {
		var c news.Coverage
		for k, l := range news.Leans {
			if k < len(counts) {
				c.ByLean = append(c.ByLean, news.LeanCount{Lean: l, Count: counts[k]})
			}
		}
		return c
	}
	tests := []struct {
		c    news.Coverage
		want news.Side
	}{
		{cov(2, 2, 0, 0, 0), news.SideLeft},
		{cov(0, 0, 1, 2, 2), news.SideRight},
		{cov(1, 1, 1, 1, 1), news.SideNone},
		{cov(2, 0, 0, 0, 0), news.SideNone}, // too few rated outlets to tell
	}
	for _, tt := range tests {
		if got := tt.c.BlindSide(); got != tt.want {
			t.Errorf("BlindSide(%+v) = %v, want %v", tt.c.ByLean, got, tt.want)
		}
	}
}
