package store

import (
	"context"
	"database/sql"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/pressly/goose/v3"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// searchPage is a published page with the given headline and lead, and a
// section, highlight and outlook of its own words.
func searchPage(id, headline, lead string, more ...string) *news.Page {
	p := &news.Page{StoryID: id, Headline: headline, Published: t0, Updated: t0,
		Byline: news.Byline{Articles: 2, Outlets: 2},
		Lead:   []news.Sentence{{Text: lead, Cites: []int{1}}}}
	for i, m := range more {
		switch i {
		case 0:
			p.Highlights = []news.Sentence{{Text: m, Cites: []int{1}}}
		case 1:
			p.Sections = []news.Section{{Anchor: "s", Title: m}}
		case 2:
			p.Sections[0].Paragraphs = [][]news.Sentence{{{Text: m, Cites: []int{1}}}}
		case 3:
			p.Outlook.Sentences = []news.Sentence{{Text: m, Cites: []int{1}}}
		}
	}
	return p
}

// articleIDs saves n reports and returns their ids, for stories to hold.
func articleIDs(t *testing.T, s *Store, n int) []int64 {
	t.Helper()
	o := mustOutlet(t, s, "ledger", news.Center)
	var ids []int64
	for i := range n {
		u := "http://ledger.test/" + string(rune('a'+i))
		id, _, err := s.SaveArticle(context.Background(), article(o, u, "report "+u, t0.Add(time.Duration(i)*time.Minute)))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

func searchIDs(t *testing.T, s *Store, query string) []string {
	t.Helper()
	got, err := s.SearchStories(context.Background(), query, 50, 0)
	if err != nil {
		t.Fatalf("SearchStories(%q): %v", query, err)
	}
	ids := []string{}
	for _, st := range got {
		ids = append(ids, st.ID)
	}
	return ids
}

func TestSearchStories(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		a := articleIDs(t, s, 7)
		story := func(id string, art int64, latest time.Duration, p *news.Page) StoryWrite {
			return StoryWrite{Story: news.Story{ID: id, ArticleIDs: []int64{art}, FirstSeen: t0, Updated: t0}, Latest: t0.Add(latest), Page: p}
		}
		err := s.SaveStories(ctx, []StoryWrite{
			story("insulin", a[0], time.Hour, searchPage("insulin", "Clinic cuts insulin prices in Zürich", "Patients will pay less from May.",
				"Three outlets agree the cut is the largest in a decade.", "Reaction from pharmacists", "Pharmacists welcomed the change.", "The canton expects savings next year.")),
			story("bridge", a[1], 2*time.Hour, searchPage("bridge", "Bridge closes for repairs", "The river crossing shuts for a month.",
				"Engineers found cracks in the deck.")),
			story("ferry", a[2], 3*time.Hour, searchPage("ferry", "Ferry fares rise on the lake", "Zurich ferry tickets cost more near the bridge.")),
			story("levy", a[3], 4*time.Hour, nil), // not published
			// three stories alike but for the time of their latest report
			story("budget-1", a[4], 1*time.Hour, searchPage("budget-1", "Council debates budget", "Members met.")),
			story("budget-3", a[5], 3*time.Hour, searchPage("budget-3", "Council debates budget", "Members met.")),
			story("budget-2", a[6], 2*time.Hour, searchPage("budget-2", "Council debates budget", "Members met.")),
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, tt := range []struct {
			query string
			want  []string
		}{
			{"insulin", []string{"insulin"}},                         // headline
			{"INSULIN", []string{"insulin"}},                         // any case
			{"pharmacists welcomed", []string{"insulin"}},            // a section's paragraph and title
			{"decade", []string{"insulin"}},                          // a highlight
			{"canton savings", []string{"insulin"}},                  // the outlook
			{"insul", []string{"insulin"}},                           // a prefix
			{"cracks deck", []string{"bridge"}},                      // both words, in a highlight
			{"cracks lake", []string{}},                              // words of two stories: AND, not OR
			{"Zurich", []string{"insulin", "ferry"}},                 // accents ignored; the headline match first
			{"zürich", []string{"insulin", "ferry"}},                 // and the other way
			{"bridge", []string{"bridge", "ferry"}},                  // headline before body, though older
			{"levy", []string{}},                                     // nothing of an unpublished story
			{"budget", []string{"budget-3", "budget-2", "budget-1"}}, // equal matches: newest first
			{"  ", []string{}},                                       // no words
			{"--- !!! ...", []string{}},                              // still no words
			{`"*) OR NEAR(`, []string{}},                             // FTS syntax is only words: "or", "near"
			{`insulin"*) OR NEAR(`, []string{}},                      // and every word must match
			{"'; DROP TABLE stories; --", []string{}},                // plain words that match nothing
			{"insulin " + strings.Repeat("x", 10_000), []string{}},   // a long word is cut, not refused
		} {
			if diff := cmp.Diff(tt.want, searchIDs(t, s, tt.query)); diff != "" {
				t.Errorf("search %.40q (-want +got):\n%s", tt.query, diff)
			}
		}
		// The stories table is still there after the hostile queries.
		if total, _, err := s.StoryCounts(ctx); err != nil || total != 7 {
			t.Errorf("story counts after hostile queries: %d, %v", total, err)
		}
		// the summary is the one ListStories gives
		got, err := s.SearchStories(ctx, "insulin", 10, 0)
		if err != nil || len(got) != 1 {
			t.Fatalf("SearchStories = %v, %v", got, err)
		}
		list, err := s.ListStories(ctx, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range list {
			if st.ID == "insulin" {
				if diff := cmp.Diff(st, got[0]); diff != "" {
					t.Errorf("search summary differs from the list's (-list +search):\n%s", diff)
				}
			}
		}
		// paging
		first, err := s.SearchStories(ctx, "budget", 2, 0)
		if err != nil {
			t.Fatal(err)
		}
		rest, err := s.SearchStories(ctx, "budget", 2, 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(first) != 2 || len(rest) != 1 || rest[0].ID != "budget-1" {
			t.Errorf("pages of 2: %v then %v", first, rest)
		}
		if none, err := s.SearchStories(ctx, "budget", 0, 0); err != nil || len(none) != 0 {
			t.Errorf("limit 0: %v, %v", none, err)
		}
		// a story many words long asks for ten of them at most
		if _, err := s.SearchStories(ctx, strings.Repeat("ab cd ef gh ij kl mn op qr st uv wx yz ", 500), 10, 0); err != nil {
			t.Errorf("a long query: %v", err)
		}
	})
}

// A story's page is rewritten: it is found by its new words and not by
// its old ones; a story merged away is found no more; a story whose
// rewrite is refused keeps its page and is found as before.
func TestSearchFollowsRewrites(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		a := articleIDs(t, s, 3)
		save := func(ws ...StoryWrite) {
			t.Helper()
			if err := s.SaveStories(ctx, ws); err != nil {
				t.Fatal(err)
			}
		}
		w := func(id string, arts []int64, p *news.Page) StoryWrite {
			return StoryWrite{Story: news.Story{ID: id, ArticleIDs: arts, FirstSeen: t0, Updated: t0}, Latest: t0, Page: p}
		}
		save(w("storm", a[:1], searchPage("storm", "Storm warning for the coast", "Gales are expected.")),
			w("harbour", a[1:2], searchPage("harbour", "Harbour dredging begins", "Barges arrived.")),
			w("quiet", a[2:], searchPage("quiet", "Library extends hours", "Readers asked for it.")))
		if diff := cmp.Diff([]string{"storm"}, searchIDs(t, s, "gales")); diff != "" {
			t.Fatalf("before the rewrite (-want +got):\n%s", diff)
		}
		// storm is rewritten and takes harbour's report; harbour is deleted;
		// quiet's rewrite is refused
		save(w("storm", a[:2], searchPage("storm", "Storm floods the harbour", "Water reached the quay.")),
			w("quiet", a[2:], nil))
		for query, want := range map[string][]string{
			"gales":    {},
			"warning":  {},
			"quay":     {"storm"},
			"floods":   {"storm"},
			"harbour":  {"storm"},
			"dredging": {},
			"library":  {"quiet"},
		} {
			if diff := cmp.Diff(want, searchIDs(t, s, query)); diff != "" {
				t.Errorf("search %q after the rewrite (-want +got):\n%s", query, diff)
			}
		}
		// published again: found again
		save(w("quiet", a[2:], searchPage("quiet", "Library extends hours again", "Readers asked for it.")))
		if diff := cmp.Diff([]string{"quiet"}, searchIDs(t, s, "library")); diff != "" {
			t.Errorf("republished (-want +got):\n%s", diff)
		}
	})
}

func TestSearchWords(t *testing.T) {
	for in, want := range map[string][]string{
		"":                            nil,
		"Zürich's café, São Paulo!":   {"zurich", "s", "cafe", "sao", "paulo"},
		`"*) OR NEAR(`:                {"or", "near"},
		"insulin insulin INSULIN":     {"insulin"},
		"covid-19 h2o":                {"covid", "19", "h2o"},
		"a b c d e f g h i j k l m n": {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"},
		strings.Repeat("é", 40):       {strings.Repeat("e", 40)},
		strings.Repeat("ж", 40):       {strings.Repeat("ж", 32)}, // 64 bytes
		strings.Repeat("x", 100):      {strings.Repeat("x", 64)},
	} {
		if diff := cmp.Diff(want, searchWords(in)); diff != "" {
			t.Errorf("searchWords(%.20q) (-want +got):\n%s", in, diff)
		}
	}
	p := searchPage("x", "Zürich votes", "Turnout was high.", "A highlight.", "Section title", "A paragraph.", "An outlook.")
	if got, want := searchText(p), "zurich votes\n a highlight turnout was high section title a paragraph an outlook"; got != want {
		t.Errorf("searchText = %q, want %q", got, want)
	}
	if searchText(nil) != "" {
		t.Errorf("searchText(nil) is not empty")
	}
}

// A store made before search came in is searchable after the upgrade: by
// headline until its stories are rewritten.
func TestSearchIndexIsFilledOnUpgrade(t *testing.T) {
	ctx := context.Background()
	eachDSN(t, func(t *testing.T, dsn string) {
		old := schemaAt(t, dsn, 6, 1)
		for _, st := range []struct {
			id, headline string
			published    int
		}{{"old-bridge", "Old bridge reopens after repairs", 1}, {"draft", "", 0}} {
			page := `{"id":"` + st.id + `","headline":"` + st.headline + `","lead":[{"text":"The ferry timetable changes on Monday.","cites":[1]}]}`
			_, err := old.ExecContext(ctx, `INSERT INTO stories (id, first_seen_at, latest_at, updated_at, headline, page, published) VALUES (?, ?, ?, ?, ?, ?, ?)`,
				st.id, t0, t0, t0, st.headline, page, st.published)
			if err != nil {
				t.Fatal(err)
			}
		}
		old.raw.Close()

		s := openTest(t, dsn)
		if diff := cmp.Diff([]string{"old-bridge"}, searchIDs(t, s, "reopens bridge")); diff != "" {
			t.Errorf("after the upgrade (-want +got):\n%s", diff)
		}
		if got := searchIDs(t, s, "draft"); len(got) != 0 {
			t.Errorf("an unpublished story is found: %v", got)
		}
		// opening the store filled in the rest of the old page's text
		if diff := cmp.Diff([]string{"old-bridge"}, searchIDs(t, s, "ferry timetable")); diff != "" {
			t.Errorf("the old page's lead is not searchable (-want +got):\n%s", diff)
		}
		// and the old row keeps in step from now on
		if _, err := s.db.ExecContext(ctx, `DELETE FROM stories WHERE id = ?`, "old-bridge"); err != nil {
			t.Fatal(err)
		}
		if got := searchIDs(t, s, "bridge"); len(got) != 0 {
			t.Errorf("a deleted story is found: %v", got)
		}
	})
}

// The migration builds what the store expects on a fresh SQLite file too,
// and comes down cleanly.
func TestSearchMigrationDown(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "desk.db")
	s := openTest(t, path)
	s.Close()
	db, err := sql.Open("sqlite", SQLiteDSN(path))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	fsys, err := fs.Sub(sqliteMigrations, "migrations/sqlite")
	if err != nil {
		t.Fatal(err)
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db, fsys, goose.WithDisableGlobalRegistry(true))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 6); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
}

// A story found by its page's sentences carries a snippet of the
// sentences that hold the words, marked; one found by its headline alone
// carries none.
func TestStorySnippet(t *testing.T) {
	page := searchPage("ferry", "Dunmere ferry returns", "The ferry left at dawn.",
		"Lena Marsh runs the crossing.", "Paying for it", "The Tarrow Harbour Board paid for the new hull.", "The crossing reopens in May.")
	cases := []struct {
		query, want string
		marks       []string
	}{
		{"dunmere", "", nil},
		{"harb", "The Tarrow Harbour Board paid for the new hull.", []string{"Harbour"}},
		{"crossing hull", "Lena Marsh runs the crossing. … The Tarrow Harbour Board paid for the new hull.", []string{"crossing", "hull"}},
		{"reopens", "The crossing reopens in May.", []string{"reopens"}},
	}
	for _, c := range cases {
		got := storySnippet(page, searchWords(c.query))
		var marks []string
		for _, m := range got.Marks {
			marks = append(marks, got.Text[m.Start:m.End])
		}
		if got.Text != c.want || !slices.Equal(marks, c.marks) {
			t.Errorf("%q: snippet %q marking %q; want %q marking %q", c.query, got.Text, marks, c.want, c.marks)
		}
	}
	eachStore(t, func(t *testing.T, s *Store) {
		a := articleIDs(t, s, 1)
		err := s.SaveStories(context.Background(), []StoryWrite{{Story: news.Story{ID: "ferry", ArticleIDs: a, FirstSeen: t0, Updated: t0}, Latest: t0, Page: page}})
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.SearchStories(context.Background(), "hull", 10, 0)
		if err != nil || len(got) != 1 {
			t.Fatalf("SearchStories = %v, %v", got, err)
		}
		if sn := got[0].Snippet; sn.Text != "The Tarrow Harbour Board paid for the new hull." || len(sn.Marks) != 1 {
			t.Errorf("snippet %+v", sn)
		}
	})
}
