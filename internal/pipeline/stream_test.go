package pipeline

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/cluster"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// A rebuild adds a new report to the open story of its event and writes
// that story alone again; once the story has been quiet for the quiet
// period, a later report of the same event starts a new story. The same
// holds for a desk that takes the stories up from the store afresh.
func TestRebuildAddsReportsToOpenStories(t *testing.T) {
	for _, warm := range []bool{true, false} {
		t.Run(fmt.Sprintf("warm=%v", warm), func(t *testing.T) {
			ctx := context.Background()
			p, w, first := rebuiltDemo(t)
			saved := clock
			defer func() { clock = saved }()
			list, err := p.Store.ListStories(ctx, 1, 0)
			if err != nil || len(list) == 0 {
				t.Fatalf("stories %v, %v", list, err)
			}
			story := list[0].ID
			reports, err := p.Store.StoryReports(ctx, story)
			if err != nil {
				t.Fatal(err)
			}
			arts, err := p.Store.ArticlesByID(ctx, []int64{reports[len(reports)-1].ID})
			if err != nil || len(arts) != 1 {
				t.Fatalf("the story's latest report: %v, %v", arts, err)
			}
			// reprint stores another outlet's report of the event, told in
			// the words of the story's latest report, published at when.
			n := 0
			reprint := func(when time.Time) int64 {
				t.Helper()
				a := arts[0].Article
				n++
				a.ID, a.GUID, a.Published, a.FirstSeen = 0, fmt.Sprintf("reprint-%d", n), when, when
				a.URL = fmt.Sprintf("%s?reprint=%d", a.URL, n)
				a.CanonicalURL = a.URL
				a.Text += fmt.Sprintf(" Officials said a further update would follow on day %d.", n)
				a.ContentHash = ""
				id, created, err := p.Store.SaveArticle(ctx, a)
				if err != nil || !created {
					t.Fatalf("save a reprint: created %v, %v", created, err)
				}
				return id
			}
			rebuild := func() RebuildReport {
				t.Helper()
				q := p
				if !warm {
					q = &Pipeline{Store: p.Store, Client: p.Client, Now: p.Now, Log: p.Log}
				}
				rep, err := q.Rebuild(ctx, w)
				if err != nil {
					t.Fatal(err)
				}
				return rep
			}
			storyOf := func(id int64) string {
				t.Helper()
				m, err := p.Store.StoryAssignments(ctx)
				if err != nil {
					t.Fatal(err)
				}
				return m[id]
			}

			latest := arts[0].Published
			clock = latest.Add(time.Hour)
			id := reprint(clock)
			rep := rebuild()
			if got := storyOf(id); got != story {
				t.Errorf("a report within the quiet period went to story %q, want %q", got, story)
			}
			if rep.Unchanged != first.Stories-1 {
				t.Errorf("rebuild %+v: want %d stories left as they were, one written again", rep, first.Stories-1)
			}

			w.Quiet = 2 * 24 * time.Hour
			clock = clock.Add(w.Quiet + time.Hour)
			late := reprint(clock)
			rebuild()
			if got := storyOf(late); got == story || got == "" {
				t.Errorf("a report after the quiet period went to story %q, want a new story", got)
			}
		})
	}
}

// An editor's decision that the stored stories break (one just
// recorded) is applied by grouping the window again, and holds after.
func TestRebuildAppliesNewDecision(t *testing.T) {
	ctx := context.Background()
	p, w, _ := rebuiltDemo(t)
	list, err := p.Store.ListStories(ctx, 2, 0)
	if err != nil || len(list) < 2 {
		t.Fatalf("stories %v, %v", list, err)
	}
	a, err := p.Store.StoryReports(ctx, list[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	b, err := p.Store.StoryReports(ctx, list[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Store.AddDecision(ctx, news.Decision{Kind: news.DecisionTogether, Articles: []int64{a[0].ID, b[0].ID}, By: "editor"}); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Rebuild(ctx, w); err != nil {
		t.Fatal(err)
	}
	m, err := p.Store.StoryAssignments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if m[a[0].ID] != m[b[0].ID] {
		t.Errorf("reports %d and %d are in stories %q and %q after an editor put them together", a[0].ID, b[0].ID, m[a[0].ID], m[b[0].ID])
	}
	if !keeps(m, []cluster.Decision{{Together: []int64{a[0].ID, b[0].ID}}}) {
		t.Errorf("the stored stories break the decision")
	}
}

// A window of fewer reports than StreamFrom is grouped at once; one of
// at least as many streams its new reports into the open stories.
func TestStreamFrom(t *testing.T) {
	ctx := context.Background()
	p, w, first := rebuiltDemo(t)
	if first.Articles == 0 {
		t.Fatal("the demo has no reports")
	}
	now := p.Now()
	for _, tc := range []struct {
		from   int
		stream bool
	}{{first.Articles + 1, false}, {first.Articles, true}, {0, true}} {
		w.StreamFrom = tc.from
		g, err := p.group(ctx, w, now)
		if err != nil {
			t.Fatal(err)
		}
		if got := g.stream != nil; got != tc.stream {
			t.Errorf("StreamFrom %d with %d reports in the window: streamed %v, want %v", tc.from, g.read, got, tc.stream)
		}
	}
}
