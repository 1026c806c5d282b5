package store

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestDropTextBefore: the text of reports first seen before the cutoff
// goes, the rest of them stays; newer reports keep theirs; search finds
// an emptied report by its title only; a second run empties nothing.
func TestDropTextBefore(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		courier := mustOutlet(t, s, "dunmere-courier", news.LeanLeft)
		const old, fresh = "http://courier.test/old-ferry", "http://courier.test/new-ferry"
		seen := func(at time.Time) func(*news.Article) {
			return func(a *news.Article) { a.FirstSeen = at }
		}
		oldID := saveReport(t, s, courier, old, "Ferry to Tarrow halted", "Lena Marsh said the quay would close. "+filler(30), t0, seen(t0))
		freshID := saveReport(t, s, courier, fresh, "Ferry to Tarrow resumes", "Ilse Brandt said boats would run again. "+filler(30), t0.Add(40*24*time.Hour), seen(t0.Add(40*24*time.Hour)))

		n, err := s.DropTextBefore(ctx, t0.Add(30*24*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		if n != 1 {
			t.Errorf("emptied %d reports, want 1", n)
		}
		stored := func(id int64) (text, title, url string) {
			t.Helper()
			if err := s.db.QueryRowContext(ctx, `SELECT text, title, url FROM articles WHERE id = ?`, id).Scan(&text, &title, &url); err != nil {
				t.Fatal(err)
			}
			return text, title, url
		}
		if text, title, url := stored(oldID); text != "" || title != "Ferry to Tarrow halted" || url != old {
			t.Errorf("old report after the cutoff: text %q, title %q, url %q; want its text gone and the rest kept", text, title, url)
		}
		if text, _, _ := stored(freshID); text == "" {
			t.Error("a report first seen after the cutoff lost its text")
		}
		if got := searchReportURLs(t, s, "lena marsh"); slices.Contains(got, old) {
			t.Errorf("search for words of the dropped text found %q", got)
		}
		if got := searchReportURLs(t, s, "halted"); !slices.Contains(got, old) {
			t.Errorf("search by the title of an emptied report = %q, want it found", got)
		}
		if got := searchReportURLs(t, s, "ilse brandt"); !slices.Contains(got, fresh) {
			t.Errorf("search in a kept text = %q, want %q", got, fresh)
		}
		if n, err := s.DropTextBefore(ctx, t0.Add(30*24*time.Hour)); err != nil || n != 0 {
			t.Errorf("second run emptied %d (err %v), want 0", n, err)
		}
	})
}
