package testenv

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// PostgresSchema makes an empty schema in the database at
// $UNBIASED_TEST_POSTGRES and returns that URL with the schema as its
// search_path, so that each test has a database of its own and tests can
// run in parallel. The schema is dropped when the test ends. It skips (or
// fails, see Missing) when UNBIASED_TEST_POSTGRES is unset.
func PostgresSchema(t testing.TB) string {
	t.Helper()
	base := PostgresURL(t)
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("UNBIASED_TEST_POSTGRES: %v", err)
	}
	var b [8]byte
	rand.Read(b[:])
	schema := "test_" + hex.EncodeToString(b[:])
	admin := func(stmt string) {
		t.Helper()
		db, err := sql.Open("pgx", base)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			t.Fatalf("PostgreSQL at UNBIASED_TEST_POSTGRES: %v", err)
		}
	}
	admin(`CREATE SCHEMA ` + schema)
	t.Cleanup(func() { admin(`DROP SCHEMA ` + schema + ` CASCADE`) })
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// WaitsForLock holds the advisory lock that the SQL expression key names
// on a connection of its own to dsn, as another process would, and runs
// open beside it. It fails the test when open returns before a server
// process waits for the lock; once one waits, it lets the lock go and
// returns what open returned.
func WaitsForLock(t testing.TB, dsn, key string, open func() error) error {
	t.Helper()
	ctx := context.Background()
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var pid int
	if err := conn.QueryRowContext(ctx, `SELECT pg_backend_pid()`).Scan(&pid); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(`+key+`)`); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- open() }()
	for waited := false; !waited; {
		select {
		case err := <-done:
			t.Fatalf("returned (err %v) while another process held the lock", err)
		default:
		}
		var n int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM pg_stat_activity WHERE $1::int = ANY(pg_blocking_pids(pid))`, pid).Scan(&n); err != nil {
			t.Fatal(err)
		}
		waited = n > 0
		time.Sleep(time.Millisecond) // the server tells of a wait only when asked
	}
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_unlock(`+key+`)`); err != nil {
		t.Fatal(err)
	}
	return <-done
}
