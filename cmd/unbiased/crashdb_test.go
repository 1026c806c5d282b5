package main

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/store"
)

// openReadOnly opens a desk's database for reading only, as the crash
// test reads it between runs: a SQLite file or a PostgreSQL URL. The
// caller closes it.
func openReadOnly(t *testing.T, dsn string) *sql.DB {
	t.Helper()
	var db *sql.DB
	var err error
	if store.IsPostgres(dsn) {
		u, perr := url.Parse(dsn)
		if perr != nil {
			t.Fatal(perr)
		}
		q := u.Query()
		q.Set("default_transaction_read_only", "on")
		u.RawQuery = q.Encode()
		db, err = sql.Open("pgx", u.String())
	} else {
		rollBackHotJournal(t, dsn)
		// A reader that comes while a restarted desk recovers the
		// write-ahead log of the one killed before is told the
		// database is busy; it waits, as the desk's own connections do.
		db, err = sql.Open("sqlite", "file:"+dsn+"?mode=ro&_pragma=busy_timeout(10000)")
	}
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// rollBackHotJournal rolls back what a desk killed inside a transaction
// left in a SQLite rollback journal, as the desk's next start would: a
// desk killed as it creates its database, before it turns on the
// write-ahead log, leaves one, and a reader that finds it is refused
// ("attempt to write a readonly database"), since only a writer may
// roll it back.
func rollBackHotJournal(t *testing.T, dsn string) {
	t.Helper()
	if fi, err := os.Stat(dsn + "-journal"); err != nil || fi.Size() == 0 {
		return
	}
	db, err := sql.Open("sqlite", "file:"+dsn+"?mode=rw&_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.QueryRow(`SELECT count(*) FROM sqlite_master`).Scan(new(int)); err != nil {
		t.Fatalf("rolling back the journal a killed desk left: %v", err)
	}
}

// hasArticles reports whether a desk's database has been made as far as
// its table of reports: a desk killed as it starts may have left no file,
// an empty one, or the schema only begun.
func hasArticles(t *testing.T, dsn string) bool {
	t.Helper()
	query := `SELECT to_regclass('articles') IS NOT NULL`
	if !store.IsPostgres(dsn) {
		if _, err := os.Stat(dsn); errors.Is(err, fs.ErrNotExist) {
			return false
		}
		query = `SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'articles'`
	}
	db := openReadOnly(t, dsn)
	defer db.Close()
	var has bool
	if err := db.QueryRow(query).Scan(&has); err != nil {
		t.Fatal(err)
	}
	return has
}

// queryStrings runs a query without arguments and returns its rows, each
// row's columns joined by a tab.
func queryStrings(t *testing.T, db *sql.DB, query string) []string {
	t.Helper()
	rows, err := db.Query(query)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		parts := make([]string, len(vals))
		for i, v := range vals {
			parts[i] = v.String
		}
		out = append(out, strings.Join(parts, "\t"))
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return out
}

// deskProblems lists what is wrong with a desk's database at any moment,
// even right after the desk was killed: the database's own check of its
// files (SQLite), a report stored twice or not from the farm, and rows
// that point at nothing. None is expected.
func deskProblems(t *testing.T, db *sql.DB, dsn string, farm *crashFarm) []string {
	t.Helper()
	var problems []string
	if !store.IsPostgres(dsn) {
		if got := queryStrings(t, db, `PRAGMA integrity_check`); !slices.Equal(got, []string{"ok"}) {
			problems = append(problems, fmt.Sprintf("integrity check: %q", got))
		}
		for _, r := range queryStrings(t, db, `PRAGMA foreign_key_check`) {
			problems = append(problems, "foreign key check: "+r)
		}
	}
	checks := []struct{ what, query string }{
		{"stored twice under one address", `SELECT canonical_url FROM articles GROUP BY canonical_url HAVING count(*) > 1`},
		{"stored twice under one feed link", `SELECT url FROM articles GROUP BY url HAVING count(*) > 1`},
		{"a story member that is no article or in no story", `SELECT sa.article_id, sa.story_id FROM story_articles sa
			WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = sa.article_id)
				OR NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = sa.story_id)`},
		{"a story without reports", `SELECT id FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles)`},
		{"a published story without a page", `SELECT id FROM stories WHERE published = 1 AND page = ''`},
		{"a copy of no article", `SELECT a.id FROM articles a WHERE a.copy_of IS NOT NULL
			AND NOT EXISTS (SELECT 1 FROM articles o WHERE o.id = a.copy_of)`},
		{"a report of no outlet", `SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM outlets o WHERE o.id = a.outlet_id)`},
	}
	for _, c := range checks {
		for _, r := range queryStrings(t, db, c.query) {
			problems = append(problems, c.what+": "+r)
		}
	}
	for _, u := range storedArticles(t, db) {
		if !farm.articles[u] {
			problems = append(problems, "a report the farm does not serve: "+u)
		}
	}
	return problems
}

// storedArticles returns the canonical address of every stored report.
func storedArticles(t *testing.T, db *sql.DB) []string {
	return queryStrings(t, db, `SELECT canonical_url FROM articles ORDER BY canonical_url`)
}

// deskStories is a desk's stories as the test compares them: for each
// story, the canonical addresses of its reports, one a line, mapped to
// its page without the story's ID and the time it was written (both
// may differ between two desks that read the same reports), or to why
// it has no page.
func deskStories(t *testing.T, db *sql.DB) map[string]string {
	t.Helper()
	members := map[string][]string{}
	for _, r := range queryStrings(t, db, `SELECT sa.story_id, a.canonical_url FROM story_articles sa JOIN articles a ON a.id = sa.article_id`) {
		id, u, _ := strings.Cut(r, "\t")
		members[id] = append(members[id], u)
	}
	rows, err := db.Query(`SELECT id, published, page, refusal_reason FROM stories`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var id, page, reason string
		var published int
		if err := rows.Scan(&id, &published, &page, &reason); err != nil {
			t.Fatal(err)
		}
		urls := members[id]
		slices.Sort(urls)
		key := strings.Join(urls, "\n")
		if published == 0 {
			out[key] = "not published: " + reason
			continue
		}
		var p map[string]any
		if err := json.Unmarshal([]byte(page), &p); err != nil {
			t.Fatalf("story %s: %v", id, err)
		}
		delete(p, "id")
		delete(p, "updated")
		b, err := json.MarshalIndent(p, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		out[key] = string(b)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
