package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// A backup is a store of its own with the same rows, taken while the
// store stays open; it never overwrites a file. PostgreSQL has pg_dump.
func TestBackup(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		if s.db.d == postgresDialect {
			if err := s.Backup(context.Background(), filepath.Join(t.TempDir(), "b.db")); !errors.Is(err, ErrBackupPostgres) {
				t.Errorf("backup on PostgreSQL: %v, want ErrBackupPostgres", err)
			}
			return
		}
		testBackup(t, s)
	})
}

func testBackup(t *testing.T, s *Store) {
	ctx := context.Background()
	o := mustOutlet(t, s, "ledger", news.Center)
	if _, _, err := s.SaveArticle(ctx, article(o, "http://ledger.test/1", "the bridge closed on Tuesday after inspectors found cracks", t0)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "backup.db")
	if err := s.Backup(ctx, path); err != nil {
		t.Fatal(err)
	}
	// the live store goes on
	if _, _, err := s.SaveArticle(ctx, article(o, "http://ledger.test/2", "a second report on the ferry timetable", t0.Add(time.Hour))); err != nil {
		t.Fatal(err)
	}
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	total, _, err := b.ArticleCounts(ctx)
	if err != nil || total != 1 {
		t.Errorf("backup holds %d articles (%v); want the 1 saved before it", total, err)
	}
	outlets, err := b.Outlets(ctx)
	if err != nil || len(outlets) != 1 || outlets[0].Slug != "ledger" {
		t.Errorf("backup outlets %+v, %v", outlets, err)
	}
	if err := s.Backup(ctx, path); err == nil || !strings.Contains(err.Error(), "exists already") {
		t.Errorf("backup over an existing file: %v", err)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*partial")); len(leftovers) > 0 {
		t.Errorf("partial files left: %v", leftovers)
	}
	elsewhere := t.TempDir()
	if err := s.Backup(ctx, filepath.Join(elsewhere, "no", "such", "dir", "b.db")); err == nil {
		t.Error("backup into a missing folder succeeded")
	} else if _, statErr := os.Stat(filepath.Join(elsewhere, "no")); !errors.Is(statErr, os.ErrNotExist) {
		t.Errorf("a failed backup created folders: %v", statErr)
	}
}

// HasDesk tells an empty database or a missing file from a desk.
func TestHasDesk(t *testing.T) {
	ctx := context.Background()
	eachDSN(t, func(t *testing.T, dsn string) {
		if has, err := HasDesk(ctx, dsn); err != nil || has {
			t.Fatalf("before the first open: %v, %v; want no desk", has, err)
		}
		openTest(t, dsn)
		if has, err := HasDesk(ctx, dsn); err != nil || !has {
			t.Errorf("after the first open: %v, %v; want a desk", has, err)
		}
	})
}
