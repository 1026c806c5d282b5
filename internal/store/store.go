// Package store keeps outlets, feeds, articles, stories, pages and images.
// It is the one concrete store of the desk, with hand-written SQL per
// entity file; SQLite (pure Go, embedded) is the default.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"strings"
	"time"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/sqlite/*.sql
var sqliteMigrations embed.FS

// Store is a handle on the desk's database. It is safe for concurrent use.
type Store struct {
	db  *sql.DB
	now func() time.Time
}

// Option changes how Open sets up the store.
type Option func(*Store)

// WithClock makes the store read time from now instead of the wall clock,
// so that tests are deterministic.
func WithClock(now func() time.Time) Option { return func(s *Store) { s.now = now } }

// Open opens (creating when needed) the SQLite database at path and brings
// its schema up to date. The path may be a plain file name or a "file:"
// URI.
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	if strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://") {
		return nil, fmt.Errorf("open store: PostgreSQL is not supported yet; use a SQLite file path")
	}
	if path == "" {
		return nil, errors.New("open store: empty database path")
	}
	db, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	s := &Store{db: db, now: time.Now}
	for _, o := range opts {
		o(s)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

// sqliteDSN sets the connection pragmas on every connection the pool opens:
//   - WAL lets the web read while the pipeline writes;
//   - busy_timeout makes a writer wait for another instead of failing at
//     once with SQLITE_BUSY;
//   - foreign_keys is off by default in SQLite and our schema relies on it;
//   - _txlock=immediate takes the write lock when a transaction begins, so
//     two transactions never deadlock upgrading a read lock;
//   - _time_format=sqlite stores times as sortable text.
func sqliteDSN(path string) string {
	p := strings.TrimPrefix(path, "file:")
	q := ""
	if i := strings.IndexByte(p, '?'); i >= 0 {
		p, q = p[:i], p[i+1:]
	}
	v, _ := url.ParseQuery(q)
	v.Add("_pragma", "journal_mode(WAL)")
	v.Add("_pragma", "busy_timeout(10000)")
	v.Add("_pragma", "foreign_keys(1)")
	v.Add("_pragma", "synchronous(NORMAL)")
	v.Set("_txlock", "immediate")
	v.Set("_time_format", "sqlite")
	return "file:" + p + "?" + v.Encode()
}

func migrate(ctx context.Context, db *sql.DB) error {
	fsys, err := fs.Sub(sqliteMigrations, "migrations/sqlite")
	if err != nil {
		return err
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db, fsys, goose.WithDisableGlobalRegistry(true))
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error { return s.db.PingContext(ctx) }

// inTx runs fn in a transaction, committing when fn returns nil.
func (s *Store) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// nullTime stores the zero time as NULL.
func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC()
}

func fromNull(t sql.NullTime) time.Time {
	if !t.Valid {
		return time.Time{}
	}
	return t.Time.UTC()
}
