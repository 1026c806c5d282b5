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

func (t *txn) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return t.raw.ExecContext(ctx, t.d.rebind(query), args...)
}

func (t *txn) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return t.raw.QueryContext(ctx, t.d.rebind(query), args...)
}

func (t *txn) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return t.raw.QueryRowContext(ctx, t.d.rebind(query), args...)
}
