package store

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestDecisions: decisions come back as recorded, oldest first; a bad
// one is refused with the reason.
func TestDecisions(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		later := news.Decision{Kind: news.DecisionApart, Articles: []int64{3}, Others: []int64{1, 2}, By: "Ilse Brandt", At: t0.Add(time.Hour), Note: "another pier"}
		first := news.Decision{Kind: news.DecisionTogether, Articles: []int64{1, 2, 3}, By: "Lena Marsh", At: t0}
		for _, d := range []news.Decision{later, first} {
			if _, err := s.AddDecision(ctx, d); err != nil {
				t.Fatal(err)
			}
		}
		got, err := s.Decisions(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for i := range got {
			got[i].ID = 0
		}
		first.Others = []int64{}
		if diff := cmp.Diff([]news.Decision{first, later}, got); diff != "" {
			t.Errorf("decisions (-want +got):\n%s", diff)
		}
		for _, bad := range []news.Decision{{Kind: "merge", Articles: []int64{1}}, {Kind: news.DecisionApart, Articles: []int64{1}}, {Kind: news.DecisionTogether}} {
			if _, err := s.AddDecision(ctx, bad); err == nil {
				t.Errorf("AddDecision(%+v) recorded it", bad)
			}
		}
	})
}
