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
