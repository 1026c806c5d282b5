package store

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

func TestRebind(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`SELECT 1`, `SELECT 1`},
		{`SELECT id FROM t WHERE a = ? AND b IN (?, ?)`, `SELECT id FROM t WHERE a = $1 AND b IN ($2, $3)`},
		{`UPDATE t SET a = '?', b = ? WHERE c = 'it''s ?' AND d = ?`, `UPDATE t SET a = '?', b = $1 WHERE c = 'it''s ?' AND d = $2`},
		{`SELECT "odd?name" FROM t WHERE x = ?`, `SELECT "odd?name" FROM t WHERE x = $1`},
	} {
		if got := postgresDialect.rebind(c.in); got != c.want {
			t.Errorf("rebind(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := sqliteDialect.rebind(c.in); got != c.in {
			t.Errorf("sqlite rebind(%q) = %q, want it unchanged", c.in, got)
		}
	}
}

// Every ? in the package's SQL is a placeholder: none sits inside a
// quoted string or identifier, where rebind would leave it and the two
// databases would then get different queries. The check reads the string
// constants of the package's non-test files that look like SQL.
func TestQueriesHaveNoQuotedPlaceholders(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	queries := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || !looksLikeSQL(s) {
				return true
			}
			queries++
			if q := quotedPlaceholder(s); q != "" {
				t.Errorf("%s: a ? inside the quoted %s", fset.Position(lit.Pos()), q)
			}
			if n, m := strings.Count(s, "?"), strings.Count(postgresDialect.rebind(s), "$"); n != m {
				t.Errorf("%s: %d placeholders became %d", fset.Position(lit.Pos()), n, m)
			}
			return true
		})
	}
	if queries < 30 {
		t.Errorf("found %d queries; the scan is missing them", queries)
	}
}

func looksLikeSQL(s string) bool {
	for _, w := range []string{"SELECT ", "INSERT ", "UPDATE ", "DELETE ", " WHERE ", " FROM "} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// quotedPlaceholder returns the first quoted string or identifier of q
// that holds a ?, or "".
func quotedPlaceholder(q string) string {
	start := -1
	var quote byte
	for i := 0; i < len(q); i++ {
		switch {
		case quote == 0 && (q[i] == '\'' || q[i] == '"'):
			quote, start = q[i], i
		case quote != 0 && q[i] == quote:
			if strings.Contains(q[start:i], "?") {
				return q[start : i+1]
			}
			quote = 0
		}
	}
	if quote != 0 && strings.Contains(q[start:], "?") {
		return q[start:]
	}
	return ""
}

func TestQuotedPlaceholderCheck(t *testing.T) {
	if q := quotedPlaceholder(`SELECT a FROM t WHERE b = '?' AND c = ?`); q != `'?'` {
		t.Errorf("missed a quoted ?: %q", q)
	}
	if q := quotedPlaceholder(`SELECT a FROM t WHERE b = '' AND c = ?`); q != "" {
		t.Errorf("flagged %q", q)
	}
}

// Flags are 0/1 integers on both databases and come back as the bools
// that were saved.
func TestFlagsRoundTrip(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		for _, private := range []bool{true, false} {
			slug := "o" + strconv.FormatBool(private)
			id, err := s.UpsertOutlet(ctx, news.Outlet{Slug: slug, Name: slug, AllowPrivate: private})
			if err != nil {
				t.Fatal(err)
			}
			o, err := s.Outlet(ctx, id)
			if err != nil || o.AllowPrivate != private {
				t.Errorf("outlet %s: allow private %v, %v; want %v", slug, o.AllowPrivate, err, private)
			}
		}
		o := mustOutlet(t, s, "ledger", news.Left)
		want := map[string][2]bool{}
		for i, f := range [][2]bool{{true, false}, {false, true}, {true, true}, {false, false}} {
			u := "http://ledger.test/" + strconv.Itoa(i)
			a := article(o, u, "body number "+strconv.Itoa(i), t0)
			a.Paywalled, a.TooShort = f[0], f[1]
			if _, _, err := s.SaveArticle(ctx, a); err != nil {
				t.Fatal(err)
			}
			want[u] = f
		}
		refs, err := s.Articles(ctx, t0)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string][2]bool{}
		for _, r := range refs {
			got[r.URL] = [2]bool{r.Paywalled, r.TooShort}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("paywalled, too short (-want +got):\n%s", diff)
		}
	})
}

// Times go in from any zone and come back as the same instants in UTC.
func TestTimesComeBackUTC(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		zone := time.FixedZone("UTC-5", -5*3600)
		local := t0.In(zone).Add(90 * time.Minute)
		s.now = func() time.Time { return local }
		id, err := s.UpsertOutlet(ctx, news.Outlet{Slug: "z", Name: "Z", Rating: news.Rating{Lean: news.Center, Rater: "r", RatedAt: local}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.AddFeed(ctx, news.Feed{OutletID: id, URL: "http://z.test/feed"}); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.SaveArticle(ctx, article(id, "http://z.test/1", "a report", local)); err != nil {
			t.Fatal(err)
		}
		o, err := s.Outlet(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		f, err := s.FeedByURL(ctx, "http://z.test/feed")
		if err != nil {
			t.Fatal(err)
		}
		refs, err := s.Articles(ctx, local)
		if err != nil || len(refs) != 1 {
			t.Fatalf("Articles since the report's own time: %d, %v; want it", len(refs), err)
		}
		for name, got := range map[string]time.Time{
			"rated": o.Rating.RatedAt, "feed created": f.CreatedAt, "next check": f.NextCheckAt,
			"published": refs[0].Published, "first seen": refs[0].FirstSeen, "outlet rated": refs[0].Outlet.Rating.RatedAt,
		} {
			if !got.Equal(local) || got.Location() != time.UTC {
				t.Errorf("%s = %v; want %v in UTC", name, got, local.UTC())
			}
		}
	})
}

// Orders that lists depend on are the same on both databases: text by
// bytes (capitals before small letters), and feeds never scheduled before
// the most overdue.
func TestOrderIsTheSameOnBoth(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		for _, name := range []string{"the ledger", "The Zenith", "Échos", "The ledger", "the Ledger", "Zeta", "Ábaco", "apple"} {
			if _, err := s.UpsertOutlet(ctx, news.Outlet{Slug: "s-" + name, Name: name}); err != nil {
				t.Fatal(err)
			}
		}
		outlets, err := s.Outlets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, o := range outlets {
			names = append(names, o.Name)
		}
		want := []string{"The Zenith", "The ledger", "Zeta", "apple", "the Ledger", "the ledger", "Ábaco", "Échos"}
		if diff := cmp.Diff(want, names); diff != "" {
			t.Errorf("outlets by name (-want +got):\n%s", diff)
		}

		o := mustOutlet(t, s, "ledger", news.Center)
		var ids []int64
		for _, u := range []string{"http://a.test/feed", "http://b.test/feed", "http://c.test/feed"} {
			id, err := s.AddFeed(ctx, news.Feed{OutletID: o, URL: u})
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, id)
		}
		if err := s.ScheduleFeed(ctx, ids[0], t0.Add(-time.Hour), time.Hour, false); err != nil {
			t.Fatal(err)
		}
		// a feed stored before schedules were kept has none
		if _, err := s.db.ExecContext(ctx, `UPDATE feeds SET next_check_at = NULL WHERE id = ?`, ids[2]); err != nil {
			t.Fatal(err)
		}
		due, err := s.DueFeeds(ctx, t0, 10)
		if err != nil {
			t.Fatal(err)
		}
		var urls []string
		for _, f := range due {
			urls = append(urls, f.URL)
		}
		if diff := cmp.Diff([]string{"http://c.test/feed", "http://a.test/feed", "http://b.test/feed"}, urls); diff != "" {
			t.Errorf("due feeds (-want +got):\n%s", diff)
		}
	})
}

// Saves of one report that race each other store it once and all
// succeed, on both databases: write transactions run one at a time.
func TestConcurrentSavesOfOneReport(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		a, b := mustOutlet(t, s, "a", news.Left), mustOutlet(t, s, "b", news.Right)
		wire := "The harbor authority closed the north bridge on Tuesday after inspectors found cracks."
		type result struct {
			id      int64
			created bool
			err     error
		}
		results := make(chan result, 16)
		for i := range 16 {
			go func() {
				art := article(a, "http://a.test/x", wire, t0)
				if i%2 == 1 {
					art = article(b, "http://b.test/x", wire, t0.Add(time.Hour))
				}
				id, created, err := s.SaveArticle(ctx, art)
				results <- result{id, created, err}
			}()
		}
		created := 0
		for range 16 {
			r := <-results
			if r.err != nil {
				t.Error(r.err)
			}
			if r.created {
				created++
			}
		}
		if created != 2 {
			t.Errorf("%d saves created a report; want 2", created)
		}
		refs, err := s.Articles(ctx, t0)
		if err != nil || len(refs) != 2 {
			t.Fatalf("Articles: %d, %v; want 2", len(refs), err)
		}
		if refs[0].CopyOf != 0 || refs[1].CopyOf != refs[0].ID {
			t.Errorf("copy_of = %d, %d; want 0 and %d", refs[0].CopyOf, refs[1].CopyOf, refs[0].ID)
		}
	})
}
