package store

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/pressly/goose/v3"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// filler is n words of a report's text that no test searches for.
func filler(n int) string {
	words := strings.Fields("the county said on Tuesday that work would go on through the week as planned")
	out := make([]string, n)
	for i := range out {
		out[i] = words[i%len(words)]
	}
	return strings.Join(out, " ")
}

// saveReport stores a report of the outlet and returns its id.
func saveReport(t *testing.T, s *Store, outlet int64, url, title, body string, published time.Time, mod func(*news.Article)) int64 {
	t.Helper()
	a := news.Article{OutletID: outlet, URL: url, CanonicalURL: url, Title: title, Text: body, Published: published,
		ContentHash: text.ContentHash(url + body), Fingerprint: text.SimHash(url + " " + body)}
	if mod != nil {
		mod(&a)
	}
	id, _, err := s.SaveArticle(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func searchReportURLs(t *testing.T, s *Store, query string) []string {
	t.Helper()
	got, err := s.SearchReports(context.Background(), query, 50, 0)
	if err != nil {
		t.Fatalf("SearchReports(%q): %v", query, err)
	}
	urls := []string{}
	for _, m := range got {
		urls = append(urls, m.URL)
	}
	return urls
}

// marked is the text of each mark of a snippet or title.
func marked(s string, marks []news.Span) []string {
	var out []string
	for _, m := range marks {
		out = append(out, s[m.Start:m.End])
	}
	return out
}

func TestSearchReports(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		courier := mustOutlet(t, s, "dunmere-courier", news.LeanLeft)
		post, err := s.UpsertOutlet(ctx, news.Outlet{Slug: "tarrow-post", Name: "Tarrow Post"})
		if err != nil {
			t.Fatal(err)
		}
		const (
			ferry   = "http://courier.test/ferry"
			council = "http://post.test/council"
			dues    = "http://post.test/dues"
			failed  = "http://post.test/failed"
			ludwell = "http://courier.test/ludwell"
		)
		ferryID := saveReport(t, s, courier, ferry, "Ferry to Tarrow resumes after the storm",
			filler(60)+" Lena Marsh, who runs the crossing, said the first boat would leave at dawn. "+filler(60), t0, nil)
		councilID := saveReport(t, s, post, council, "Council meets in Dunmere",
			"Members asked when the ferry would run again. "+filler(20), t0.Add(time.Hour), nil)
		saveReport(t, s, post, dues, "Harbour dues rise", "Ilse Brandt, the harbour master, gave the figures.", t0.Add(2*time.Hour),
			func(a *news.Article) { a.Paywalled = true })
		saveReport(t, s, post, failed, "Dunmere ferry timetable", "", t0.Add(3*time.Hour),
			func(a *news.Article) { a.Error = "status 500" })
		saveReport(t, s, courier, ludwell, "Visit abroad", "Paul Lowe flew to Lüdwell on Monday.", t0.Add(4*time.Hour), nil)
		// three reports alike but for their time
		for i, at := range []time.Duration{1, 3, 2} {
			saveReport(t, s, post, "http://post.test/budget-"+string(rune('a'+i)), "Tarrow budget vote", "Members met.", t0.Add(at*time.Minute), nil)
		}
		err = s.SaveStories(ctx, []StoryWrite{
			{Story: news.Story{ID: "ferry-resumes", ArticleIDs: []int64{ferryID}, FirstSeen: t0, Updated: t0}, Latest: t0,
				Page: searchPage("ferry-resumes", "Ferry service resumes", "Boats run again.")},
			{Story: news.Story{ID: "council-draft", ArticleIDs: []int64{councilID}, FirstSeen: t0, Updated: t0}, Latest: t0},
		})
		if err != nil {
			t.Fatal(err)
		}

		for _, tt := range []struct {
			query string
			want  []string
		}{
			{"ferry", []string{ferry, council}}, // the title first, though older
			{"FERRY tarrow", []string{ferry}},   // every word, any case
			{"lena marsh", []string{ferry}},     // in the text
			{"lena dunmere", []string{}},        // words of two reports: AND, not OR
			{"dunmere", []string{council}},      // not the report whose extraction failed
			{"ilse brandt", []string{}},         // a paywalled report's text is not searched
			{"harbour dues", []string{dues}},    // but its title is
			{"ludwell", []string{ludwell}},      // accents ignored
			{"lüdwell", []string{ludwell}},      // the other way too
			{"lud", []string{ludwell}},          // a prefix
			{"budget", []string{"http://post.test/budget-b", "http://post.test/budget-c", "http://post.test/budget-a"}}, // equal matches: newest first
			{"--- !!!", []string{}},                    // no words
			{`"*) OR NEAR(`, []string{}},               // FTS syntax is only words
			{"'; DROP TABLE articles; --", []string{}}, // plain words that match nothing
		} {
			if diff := cmp.Diff(tt.want, searchReportURLs(t, s, tt.query)); diff != "" {
				t.Errorf("search %q (-want +got):\n%s", tt.query, diff)
			}
		}
		if total, _, err := s.ArticleCounts(ctx); err != nil || total != 8 {
			t.Errorf("article counts after hostile queries: %d, %v", total, err)
		}

		// What a result says of the report, its outlet and its story.
		got, err := s.SearchReports(ctx, "marsh ferry", 10, 0)
		if err != nil || len(got) != 1 {
			t.Fatalf("SearchReports = %v, %v", got, err)
		}
		m := got[0]
		if m.Title != "Ferry to Tarrow resumes after the storm" || !m.Published.Equal(t0) || m.Published.Location() != time.UTC {
			t.Errorf("report %q at %v", m.Title, m.Published)
		}
		if m.Outlet.Slug != "dunmere-courier" || m.Outlet.Name != "The dunmere-courier" || m.Outlet.Rating.Lean != news.LeanLeft {
			t.Errorf("outlet %+v", m.Outlet)
		}
		if m.StoryID != "ferry-resumes" || m.StoryHeadline != "Ferry service resumes" {
			t.Errorf("story %q %q, want the published story", m.StoryID, m.StoryHeadline)
		}
		if diff := cmp.Diff([]string{"Ferry"}, marked(m.Title, m.TitleMarks)); diff != "" {
			t.Errorf("title marks (-want +got):\n%s", diff)
		}
		// The snippet is around the words, short, and marks them.
		sn := m.Snippet
		if !strings.Contains(sn.Text, "Lena Marsh, who runs the crossing") || !strings.HasPrefix(sn.Text, "…") || !strings.HasSuffix(sn.Text, "…") {
			t.Errorf("snippet %q, want the words about Lena Marsh inside the text", sn.Text)
		}
		if n := len(textWords(sn.Text, nil)); n > news.MaxSnippetWords || utf8.RuneCountInString(sn.Text) > news.MaxSnippetRunes {
			t.Errorf("snippet of %d words, %d characters: %q", n, utf8.RuneCountInString(sn.Text), sn.Text)
		}
		if diff := cmp.Diff([]string{"Marsh"}, marked(sn.Text, sn.Marks)); diff != "" {
			t.Errorf("snippet marks (-want +got):\n%s", diff)
		}

		// An unpublished story is not linked; a paywalled report has no snippet.
		for query, check := range map[string]func(news.ReportMatch) bool{
			"council": func(m news.ReportMatch) bool { return m.StoryID == "" && m.StoryHeadline == "" && m.Snippet.Text != "" },
			"dues":    func(m news.ReportMatch) bool { return m.Paywalled && m.Snippet.Text == "" && m.Snippet.Marks == nil },
		} {
			got, err := s.SearchReports(ctx, query, 10, 0)
			if err != nil || len(got) != 1 || !check(got[0]) {
				t.Errorf("search %q: %+v, %v", query, got, err)
			}
		}

		// paging
		first, err := s.SearchReports(ctx, "budget", 2, 0)
		if err != nil {
			t.Fatal(err)
		}
		rest, err := s.SearchReports(ctx, "budget", 2, 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(first) != 2 || len(rest) != 1 || rest[0].URL != "http://post.test/budget-a" {
			t.Errorf("pages of 2: %v then %v", first, rest)
		}
		if none, err := s.SearchReports(ctx, "budget", 0, 0); err != nil || len(none) != 0 {
			t.Errorf("limit 0: %v, %v", none, err)
		}

		// A removed outlet's reports are found no more.
		if err := s.RemoveOutlet(ctx, "tarrow-post"); err != nil {
			t.Fatal(err)
		}
		if got := searchReportURLs(t, s, "budget"); len(got) != 0 {
			t.Errorf("reports of a removed outlet are found: %v", got)
		}
		if diff := cmp.Diff([]string{ferry}, searchReportURLs(t, s, "ferry")); diff != "" {
			t.Errorf("after removing an outlet (-want +got):\n%s", diff)
		}
	})
}

// A failed report replaced by one with text is found by its new text
// and only once.
func TestSearchReportsFollowsReplacement(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		o := mustOutlet(t, s, "dunmere-courier", news.Center)
		const u = "http://courier.test/bridge"
		saveReport(t, s, o, u, "Bridge in Dunmere", "", t0, func(a *news.Article) { a.Error = "timeout" })
		if got := searchReportURLs(t, s, "bridge"); len(got) != 0 {
			t.Errorf("a failed report is found: %v", got)
		}
		saveReport(t, s, o, u, "Bridge in Dunmere reopens", "Paul Lowe cut the ribbon.", t0, nil)
		for _, q := range []string{"bridge", "ribbon", "reopens"} {
			if diff := cmp.Diff([]string{u}, searchReportURLs(t, s, q)); diff != "" {
				t.Errorf("search %q after the new attempt (-want +got):\n%s", q, diff)
			}
		}
	})
}

// A report of more words than PostgreSQL can index in one vector is
// saved, and found by its first words.
func TestSearchReportsHugeText(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		o := mustOutlet(t, s, "tarrow-post", news.Center)
		var b strings.Builder
		b.WriteString("Dunmere ")
		for i := range 300_000 {
			fmt.Fprintf(&b, "w%d ", i)
		}
		saveReport(t, s, o, "http://post.test/huge", "Tarrow archive", b.String(), t0, nil)
		if diff := cmp.Diff([]string{"http://post.test/huge"}, searchReportURLs(t, s, "dunmere archive")); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
}

// SearchLatestStories finds what SearchStories finds, newest first.
func TestSearchLatestStories(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		a := articleIDs(t, s, 3)
		w := func(id string, art int64, latest time.Duration, p *news.Page) StoryWrite {
			return StoryWrite{Story: news.Story{ID: id, ArticleIDs: []int64{art}, FirstSeen: t0, Updated: t0}, Latest: t0.Add(latest), Page: p}
		}
		err := s.SaveStories(ctx, []StoryWrite{
			w("old-headline", a[0], time.Hour, searchPage("old-headline", "Tarrow floods", "Water rose.")),
			w("new-body", a[1], 3*time.Hour, searchPage("new-body", "Rain in the north", "Tarrow is under water.")),
			w("other", a[2], 2*time.Hour, searchPage("other", "Dunmere fair opens", "Stalls are up.")),
		})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{"old-headline", "new-body"}, searchIDs(t, s, "tarrow")); diff != "" {
			t.Errorf("SearchStories (-want +got):\n%s", diff)
		}
		got, err := s.SearchLatestStories(ctx, "tarrow", 10)
		if err != nil {
			t.Fatal(err)
		}
		ids := []string{}
		for _, st := range got {
			ids = append(ids, st.ID)
		}
		if diff := cmp.Diff([]string{"new-body", "old-headline"}, ids); diff != "" {
			t.Errorf("SearchLatestStories (-want +got):\n%s", diff)
		}
		if got, err := s.SearchLatestStories(ctx, "tarrow", 1); err != nil || len(got) != 1 || got[0].ID != "new-body" {
			t.Errorf("limit 1: %v, %v", got, err)
		}
		if got, err := s.SearchLatestStories(ctx, "  ", 10); err != nil || len(got) != 0 {
			t.Errorf("no words: %v, %v", got, err)
		}
	})
}

// A store made before report search came in finds its reports after the
// upgrade, by title and text, accents ignored, and a paywalled one by its
// title alone; what it saves from then on is found too.
func TestReportSearchOnUpgrade(t *testing.T) {
	ctx := context.Background()
	eachDSN(t, func(t *testing.T, dsn string) {
		old := schemaAt(t, dsn, 13, 8)
		if _, err := old.ExecContext(ctx, `INSERT INTO outlets (id, slug, name) VALUES (1, 'tarrow-post', 'Tarrow Post')`); err != nil {
			t.Fatal(err)
		}
		// more reports than one batch of the PostgreSQL fill
		for i := range fillBatch + 5 {
			title, body, paywalled := "Market day", filler(12), 0
			switch i {
			case 0:
				title, body = "Ilse Brandt opens the Tarrow fair", "Crowds came from Lüdwell and beyond."
			case fillBatch + 2:
				title, body, paywalled = "Dues rise at the harbour", "Lena Marsh gave the figures.", 1
			}
			u := "http://post.test/" + string(rune('a'+i%26)) + "/" + time.Duration(i).String()
			_, err := old.ExecContext(ctx, `
				INSERT INTO articles (outlet_id, url, canonical_url, title, published_at, first_seen_at, text, paywalled)
				VALUES (1, ?, ?, ?, ?, ?, ?, ?)`, u, u, title, t0.Add(time.Duration(i)*time.Minute), t0, body, paywalled)
			if err != nil {
				t.Fatal(err)
			}
		}
		old.raw.Close()

		s := openTest(t, dsn)
		for query, want := range map[string]int{
			"brandt fair":  1, // the title
			"ludwell":      1, // the text, accents ignored
			"crowds":       1,
			"dues harbour": 1, // a paywalled report's title
			"lena marsh":   0, // and not its text
			"market":       fillBatch + 3,
		} {
			got, err := s.SearchReports(ctx, query, 500, 0)
			if err != nil || len(got) != want {
				t.Errorf("search %q after the upgrade: %d reports, %v; want %d", query, len(got), err, want)
			}
		}
		// and what is saved from now on is found too
		saveReport(t, s, 1, "http://post.test/new", "Paul Lowe in Dunmere", "He met the mayor.", t0, nil)
		if diff := cmp.Diff([]string{"http://post.test/new"}, searchReportURLs(t, s, "lowe mayor")); diff != "" {
			t.Errorf("a report saved after the upgrade (-want +got):\n%s", diff)
		}
	})
}

// schemaAt makes the empty database at dsn as a desk of an earlier
// version left it: its migrations applied up to version sqlite on SQLite,
// or postgres on PostgreSQL. It returns the database for the test to
// fill, and close before the store opens it.
func schemaAt(t *testing.T, dsn string, sqlite, postgres int64) *pool {
	t.Helper()
	driver, open, d := "sqlite", SQLiteDSN(dsn), sqliteDialect
	migrations, dir, dialect, version := sqliteMigrations, "migrations/sqlite", goose.DialectSQLite3, sqlite
	if IsPostgres(dsn) {
		driver, open, d = "pgx", dsn, postgresDialect
		migrations, dir, dialect, version = postgresMigrations, "migrations/postgres", goose.DialectPostgres, postgres
	}
	db, err := sql.Open(driver, open)
	if err != nil {
		t.Fatal(err)
	}
	fsys, err := fs.Sub(migrations, dir)
	if err != nil {
		t.Fatal(err)
	}
	p, err := goose.NewProvider(dialect, db, fsys, goose.WithDisableGlobalRegistry(true))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.UpTo(context.Background(), version); err != nil {
		t.Fatal(err)
	}
	return &pool{raw: db, d: d}
}
