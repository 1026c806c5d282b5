package pipeline

import (
	"errors"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

func TestScheduleAdapts(t *testing.T) {
	s := DefaultSchedule
	t0 := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	fail := errors.New("status 503")
	tests := []struct {
		name         string
		feed         news.Feed
		fresh        int
		err          error
		wantIn       time.Duration
		wantInterval time.Duration
		wantPaused   bool
	}{
		{"busy feed checks sooner", news.Feed{Interval: 20 * time.Minute}, 3, nil, 10 * time.Minute, 10 * time.Minute, false},
		{"never below the minimum", news.Feed{Interval: 6 * time.Minute}, 3, nil, 5 * time.Minute, 5 * time.Minute, false},
		{"quiet feed checks later", news.Feed{Interval: 20 * time.Minute}, 0, nil, 30 * time.Minute, 30 * time.Minute, false},
		{"never above the maximum", news.Feed{Interval: 5 * time.Hour}, 0, nil, 6 * time.Hour, 6 * time.Hour, false},
		{"new feed starts at the default", news.Feed{}, 0, nil, 22*time.Minute + 30*time.Second, 22*time.Minute + 30*time.Second, false},
		{"first failure backs off", news.Feed{Interval: 20 * time.Minute, LastSuccessAt: t0.Add(-time.Hour)}, 0, fail, 5 * time.Minute, 20 * time.Minute, false},
		{"repeated failures back off more", news.Feed{Interval: 20 * time.Minute, Failures: 4, LastSuccessAt: t0.Add(-time.Hour)}, 0, fail, 80 * time.Minute, 20 * time.Minute, false},
		{"backoff is capped", news.Feed{Interval: 20 * time.Minute, Failures: 30, LastSuccessAt: t0.Add(-48 * time.Hour)}, 0, fail, 6 * time.Hour, 20 * time.Minute, false},
		{"failing for days pauses", news.Feed{Interval: 20 * time.Minute, Failures: 30, LastSuccessAt: t0.Add(-73 * time.Hour)}, 0, fail, 24 * time.Hour, 20 * time.Minute, true},
		{"never worked, added days ago", news.Feed{Failures: 12, CreatedAt: t0.Add(-80 * time.Hour)}, 0, fail, 24 * time.Hour, 15 * time.Minute, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			next, interval, paused := s.Next(tt.feed, t0, tt.fresh, tt.err)
			if got := next.Sub(t0); got != tt.wantIn || interval != tt.wantInterval || paused != tt.wantPaused {
				t.Errorf("next in %s, interval %s, paused %v; want %s, %s, %v", got, interval, paused, tt.wantIn, tt.wantInterval, tt.wantPaused)
			}
		})
	}
}
