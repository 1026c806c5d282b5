// Package store keeps outlets, feeds, articles, stories, pages and images.
// It is the one concrete store of the desk, with hand-written SQL per
// entity file that serves both databases: SQLite (pure Go, embedded) by
// default, PostgreSQL when the store is opened with a postgres:// URL.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/sqlite/*.sql
var sqliteMigrations embed.FS

// The PostgreSQL schema starts from one migration that makes what the
// SQLite migrations make together.
//
//go:embed migrations/postgres/*.sql
var postgresMigrations embed.FS

// Store is a handle on the desk's database. It is safe for concurrent use.
type Store struct {
	db  *pool
	now func() time.Time
	// file is the SQLite database's file, beside which TryLock keeps its
	// lock files; "" on PostgreSQL and for an in-memory database.
	file string
	// held are the locks this store holds on an in-memory database,
	// which no other process can open.
	mu   sync.Mutex
	held map[string]bool
}

// Option changes how Open sets up the store.
type Option func(*Store)

// WithClock makes the store read time from now instead of the wall clock,
// so that tests are deterministic.
func WithClock(now func() time.Time) Option { return func(s *Store) { s.now = now } }

// Open opens the desk's database and brings its schema up to date. A
// postgres:// or postgresql:// URL opens PostgreSQL (the database must
// exist; the schema is made in the first schema of its search_path).
// Anything else is the path of a SQLite file, created when needed: a plain
// file name or a "file:" URI.
func Open(ctx context.Context, dsn string, opts ...Option) (*Store, error) {
	if dsn == "" {
		return nil, errors.New("open store: empty database path")
	}
	name := Redacted(dsn)
	p := &pool{d: sqliteDialect}
	var err error
	if IsPostgres(dsn) {
		p.d = postgresDialect
		p.raw, err = sql.Open("pgx", dsn)
	} else {
		p.raw, err = sql.Open("sqlite", SQLiteDSN(dsn))
	}
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	s := &Store{db: p, now: time.Now}
	if !IsPostgres(dsn) {
		s.file = sqliteFile(dsn)
	}
	for _, o := range opts {
		o(s)
	}
	if err := p.raw.PingContext(ctx); err != nil {
		p.raw.Close()
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	applied, err := migrate(ctx, p)
	if err != nil {
		p.raw.Close()
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	if slices.ContainsFunc(applied, func(path string) bool { return strings.HasSuffix(path, "_story_search.sql") }) {
		if err := s.fillSearchText(ctx); err != nil {
			p.raw.Close()
			return nil, fmt.Errorf("open store %s: %w", name, err)
		}
	}
	if err := s.fillReportSearch(ctx); err != nil {
		p.raw.Close()
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	return s, nil
}

// HasDesk reports whether dsn holds a desk already: the SQLite file
// exists, or the PostgreSQL database has the desk's tables in its search
// path. Reading commands use it to refuse a mistyped --db rather than
// make an empty desk there.
func HasDesk(ctx context.Context, dsn string) (bool, error) {
	if !IsPostgres(dsn) {
		if strings.Contains(dsn, "://") || strings.HasPrefix(dsn, "file:") {
			return true, nil // a URI: let Open say what it finds
		}
		_, err := os.Stat(dsn)
		if errors.Is(err, fs.ErrNotExist) {
			return false, nil
		}
		return err == nil, err
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return false, fmt.Errorf("open store %s: %w", Redacted(dsn), err)
	}
	defer db.Close()
	var has bool
	if err := db.QueryRowContext(ctx, `SELECT to_regclass('stories') IS NOT NULL`).Scan(&has); err != nil {
		return false, fmt.Errorf("open store %s: %w", Redacted(dsn), err)
	}
	return has, nil
}

// Redacted is dsn fit for messages: a PostgreSQL URL without its password.
func Redacted(dsn string) string {
	if !IsPostgres(dsn) {
		return dsn
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "(unparsable PostgreSQL URL)"
	}
	return u.Redacted()
}

// SQLiteDSN is the driver's data source name for the SQLite file of dsn
// (a path or a "file:" URI), which sets the connection pragmas on every
// connection a pool opens; the job queue's own pool uses it too:
//   - WAL lets the web read while the pipeline writes;
//   - busy_timeout makes a writer wait for another instead of failing at
//     once with SQLITE_BUSY;
//   - foreign_keys is off by default in SQLite and our schema relies on it;
//   - _txlock=immediate takes the write lock when a transaction begins, so
//     two transactions never deadlock upgrading a read lock;
//   - _time_format=sqlite stores times as sortable text.
func SQLiteDSN(path string) string {
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

// sqliteFile is the file a SQLite DSN names, or "" for an in-memory
// database.
func sqliteFile(dsn string) string {
	p, q, _ := strings.Cut(strings.TrimPrefix(dsn, "file:"), "?")
	v, _ := url.ParseQuery(q)
	if p == "" || p == ":memory:" || v.Get("mode") == "memory" {
		return ""
	}
	return p
}

// migrate brings the schema up to date and returns the paths of the
// migrations it applied.
func migrate(ctx context.Context, db *pool) ([]string, error) {
	files, dir, dialect := sqliteMigrations, "migrations/sqlite", goose.DialectSQLite3
	if db.d == postgresDialect {
		files, dir, dialect = postgresMigrations, "migrations/postgres", goose.DialectPostgres
	}
	fsys, err := fs.Sub(files, dir)
	if err != nil {
		return nil, err
	}
	opts := []goose.ProviderOption{goose.WithDisableGlobalRegistry(true)}
	if db.d == postgresDialect {
		opts = append(opts, goose.WithSessionLocker(migrationLock{}))
	}
	p, err := goose.NewProvider(dialect, db.raw, fsys, opts...)
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	results, err := p.Up(ctx)
	if err != nil {
		return nil, fmt.Errorf("migrate: %w", err)
	}
	var applied []string
	for _, r := range results {
		if r.Source != nil {
			applied = append(applied, r.Source.Path)
		}
	}
	return applied, nil
}

// migrationLock makes processes that open one PostgreSQL schema at the
// same moment (several workers starting on a new or upgraded database)
// migrate it one at a time: each waits, on the connection goose migrates
// with, for a session advisory lock keyed by the schema, and finds the
// migrations the first applied already done. SQLite's write lock does
// the same there.
type migrationLock struct{}

// migrationKey is the advisory lock of a schema's migrations.
const migrationKey = `hashtext('unbiased migrate ' || current_schema())`

func (migrationLock) SessionLock(ctx context.Context, conn *sql.Conn) error {
	_, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(`+migrationKey+`)`)
	return err
}

func (migrationLock) SessionUnlock(ctx context.Context, conn *sql.Conn) error {
	_, err := conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(`+migrationKey+`)`)
	return err
}

// Close closes the database.
func (s *Store) Close() error { return s.db.raw.Close() }

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error { return s.db.raw.PingContext(ctx) }

// inTx runs fn in a transaction, committing when fn returns nil.
//
// On SQLite write transactions run one at a time: _txlock=immediate takes
// the write lock at BEGIN. On PostgreSQL the transaction runs at the
// server's default isolation, READ COMMITTED, and takes no lock of its
// own, so that workers sharing the database write side by side: each
// caller says in its doc comment what guards its writes (one atomic
// statement, the rows it locks, or keys, see inTxKeyed).
func (s *Store) inTx(ctx context.Context, fn func(*txn) error) error {
	return s.inTxKeyed(ctx, nil, fn)
}

// inTxKeyed is inTx that, on PostgreSQL, first takes a transaction-scoped
// advisory lock for each of keys: two transactions wait for each other
// only when they share a key, and a key guards what its callers agree it
// does. SaveArticle keys its transaction by the article's address, its
// outlet's content hash and its fingerprint's pieces, which any two saves
// that could race share (see findCopies), so that workers saving
// different reports write side by side. SaveStories and fillSearchText
// share storiesKey; DropTextBefore and fillReportSearch share
// reportTextKey. The locks are taken in one order, so two keyed
// transactions cannot deadlock on them. SQLite has one writer at a time
// whatever the keys.
func (s *Store) inTxKeyed(ctx context.Context, keys []string, fn func(*txn) error) error {
	raw, err := s.db.raw.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer raw.Rollback()
	tx := &txn{raw: raw, d: s.db.d}
	if tx.d == postgresDialect && len(keys) > 0 {
		// unnest keeps the array's (ascending) order
		_, err := tx.ExecContext(ctx, `SELECT count(pg_advisory_xact_lock(hashtext('unbiased keys ' || current_schema()), k)) FROM unnest(?::int4[]) AS k`, lockKeys(keys))
		if err != nil {
			return err
		}
	}
	if err := fn(tx); err != nil {
		return err
	}
	return raw.Commit()
}

// lockKeys are the advisory lock numbers of keys: each key's 32-bit
// FNV-1a hash, without repeats, in ascending order.
func lockKeys(keys []string) []int32 {
	out := make([]int32, 0, len(keys))
	for _, k := range keys {
		h := fnv.New32a()
		h.Write([]byte(k))
		out = append(out, int32(h.Sum32()))
	}
	slices.Sort(out)
	return slices.Compact(out)
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
