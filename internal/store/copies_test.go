package store

import (
	"context"
	"database/sql"
	"io/fs"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/pressly/goose/v3"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// Copies are found by fingerprint distance, whichever bits differ: the
// worst case for the piece index is one differing bit in each of six
// pieces. Seven bits apart is not a copy, nor is a report outside the
// window or of the same outlet.
func TestNearDuplicatesByFingerprint(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		a, b, c, d, e := mustOutlet(t, s, "a", news.Left), mustOutlet(t, s, "b", news.Right), mustOutlet(t, s, "c", news.Center),
			mustOutlet(t, s, "d", news.Left), mustOutlet(t, s, "e", news.Right)
		fp := uint64(0x9e3779b97f4a7c15)
		sixApart := fp ^ 1 ^ 1<<10 ^ 1<<19 ^ 1<<28 ^ 1<<37 ^ 1<<46
		sevenApart := sixApart ^ 1<<55
		save := func(outlet int64, url string, fp uint64, at time.Time) int64 {
			t.Helper()
			art := news.Article{OutletID: outlet, URL: url, Text: "text of " + url, ContentHash: url, Fingerprint: fp, Published: at}
			id, created, err := s.SaveArticle(ctx, art)
			if err != nil || !created {
				t.Fatalf("save %s: created %v, %v", url, created, err)
			}
			return id
		}
		orig := save(a, "http://a.test/1", fp, t0)
		near := save(b, "http://b.test/1", sixApart, t0.Add(time.Hour))
		far := save(c, "http://c.test/1", sevenApart, t0.Add(time.Hour))
		late := save(d, "http://d.test/1", fp, t0.Add(copyWindow+time.Hour))
		own := save(a, "http://a.test/2", fp, t0.Add(time.Minute))
		copies := func() map[int64]int64 {
			t.Helper()
			refs, err := s.Articles(ctx, t0.Add(-2*time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			got := map[int64]int64{}
			for _, r := range refs {
				got[r.ID] = r.CopyOf
			}
			return got
		}
		want := map[int64]int64{orig: 0, near: orig, far: 0, late: 0, own: 0}
		if diff := cmp.Diff(want, copies()); diff != "" {
			t.Errorf("copy_of (-want +got):\n%s", diff)
		}
		checkPieces(t, s.db)

		// An earlier report arriving last becomes the original of those that
		// copy it, and of their copies; not of the one outside its window.
		earlier := save(e, "http://e.test/1", fp^1<<63, t0.Add(-time.Hour))
		want = map[int64]int64{orig: earlier, near: earlier, far: 0, late: 0, own: earlier, earlier: 0}
		if diff := cmp.Diff(want, copies()); diff != "" {
			t.Errorf("copy_of (-want +got):\n%s", diff)
		}
		checkPieces(t, s.db)
	})
}

// checkPieces compares copy_pieces with the pieces text.SimHashPieces
// gives for every article that can be an original, and only those.
func checkPieces(t *testing.T, db *pool) {
	t.Helper()
	ctx := context.Background()
	want := map[int64][]int64{}
	rows, err := db.QueryContext(ctx, `SELECT id, fingerprint FROM articles WHERE copy_of IS NULL AND text <> ''`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id, fp int64
		if err := rows.Scan(&id, &fp); err != nil {
			t.Fatal(err)
		}
		ps := text.SimHashPieces(uint64(fp))
		want[id] = ps[:]
		slices.Sort(want[id])
	}
	rows.Close()
	got := map[int64][]int64{}
	rows, err = db.QueryContext(ctx, `SELECT article_id, piece FROM copy_pieces ORDER BY article_id, piece`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, piece int64
		if err := rows.Scan(&id, &piece); err != nil {
			t.Fatal(err)
		}
		got[id] = append(got[id], piece)
	}
	if len(want) == 0 {
		t.Fatal("no originals to compare")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("copy_pieces (-want +got):\n%s", diff)
	}
}

// A store made before the piece index gets it filled from its articles
// when it is opened, copies left out. SQLite only: the PostgreSQL schema
// begins with the index.
func TestPieceIndexIsFilledOnUpgrade(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", SQLiteDSN(path))
	if err != nil {
		t.Fatal(err)
	}
	fsys, err := fs.Sub(sqliteMigrations, "migrations/sqlite")
	if err != nil {
		t.Fatal(err)
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db, fsys, goose.WithDisableGlobalRegistry(true))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.UpTo(ctx, 4); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO outlets (id, slug, name) VALUES (1, 'a', 'A'), (2, 'b', 'B')`); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(4, 2))
	for i := range 50 {
		var copyOf any
		if i%5 == 4 {
			copyOf = i // the article before it
		}
		body := "some text"
		if i%7 == 6 {
			body = "" // a failed fetch
		}
		_, err := db.ExecContext(ctx, `INSERT INTO articles (id, outlet_id, url, canonical_url, published_at, first_seen_at, text, fingerprint, copy_of)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, i+1, 1+i%2, "u", "http://x.test/"+string(rune('a'+i)), t0, t0, body, int64(r.Uint64()), copyOf)
		if err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	checkPieces(t, s.db)
}
