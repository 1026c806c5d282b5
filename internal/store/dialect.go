package store

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
)

// The store's SQL is written once, with ? placeholders, in the subset that
// SQLite and PostgreSQL share:
//   - flags are INTEGER columns holding 0 or 1 on both, bound with
//     flag(b) and scanned into an int (a comparison selected as a value is
//     written as CASE ... THEN 1 ELSE 0 END);
//   - times are bound and scanned as time.Time and always UTC; SQLite keeps
//     them as text of one layout, PostgreSQL as TIMESTAMPTZ;
//   - text sorts and compares by bytes on both (COLLATE "C" columns in
//     PostgreSQL);
//   - an ORDER BY on a column that may be NULL says where the NULLs go;
//   - upserts are INSERT ... ON CONFLICT, new ids come from RETURNING.
//
// pool and txn pass each query through rebind on the way to the driver.

type dialect int

const (
	sqliteDialect dialect = iota
	postgresDialect
)

// IsPostgres reports whether dsn names a PostgreSQL database (a
// postgres:// or postgresql:// URL) rather than a SQLite file.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// rebind turns the ? placeholders of query into PostgreSQL's $1, $2, ...
// A ? inside a quoted string or identifier is left alone; the package's
// queries have none (see TestQueriesHaveNoQuotedPlaceholders).
func (d dialect) rebind(query string) string {
	if d != postgresDialect || !strings.Contains(query, "?") {
		return query
	}
	var b strings.Builder
	b.Grow(len(query) + 16)
	n := 0
	var quote byte // the quote that opened the literal we are in, or 0
	for i := 0; i < len(query); i++ {
		c := query[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0 // a doubled quote closes and reopens: same result
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '?':
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// flag is how a Go bool is bound to a 0/1 INTEGER column.
func flag(b bool) int {
	if b {
		return 1
	}
	return 0
}

// pool is the store's connection pool, speaking the store's dialect.
type pool struct {
	raw *sql.DB
	d   dialect
}

func (p *pool) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return p.raw.ExecContext(ctx, p.d.rebind(query), args...)
}

func (p *pool) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return p.raw.QueryContext(ctx, p.d.rebind(query), args...)
}

func (p *pool) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return p.raw.QueryRowContext(ctx, p.d.rebind(query), args...)
}

// querier is what reads need of the pool or of a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// txn is a transaction of the pool, speaking the same dialect.
type txn struct {
	raw *sql.Tx
	d   dialect
}

// savepoint runs f inside a savepoint of the transaction: when f fails,
// what it did is undone and its error returned, and the transaction goes
// on. A *savepointError means the savepoint itself failed, and with it
// the transaction.
func (t *txn) savepoint(ctx context.Context, f func() error) error {
	if _, err := t.raw.ExecContext(ctx, "SAVEPOINT one_story"); err != nil {
		return &savepointError{err}
	}
	if err := f(); err != nil {
		if _, rerr := t.raw.ExecContext(ctx, "ROLLBACK TO SAVEPOINT one_story"); rerr != nil {
			return &savepointError{rerr}
		}
		if _, rerr := t.raw.ExecContext(ctx, "RELEASE SAVEPOINT one_story"); rerr != nil {
			return &savepointError{rerr}
		}
		return err
	}
	if _, err := t.raw.ExecContext(ctx, "RELEASE SAVEPOINT one_story"); err != nil {
		return &savepointError{err}
	}
	return nil
}

// savepointError is a failure of the savepoint machinery, not of the work
// inside it.
type savepointError struct{ err error }

func (e *savepointError) Error() string { return "savepoint: " + e.err.Error() }
func (e *savepointError) Unwrap() error { return e.err }

func (t *txn) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return t.raw.ExecContext(ctx, t.d.rebind(query), args...)
}

func (t *txn) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return t.raw.QueryContext(ctx, t.d.rebind(query), args...)
}

func (t *txn) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return t.raw.QueryRowContext(ctx, t.d.rebind(query), args...)
}
