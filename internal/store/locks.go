package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"sync"
	"time"
)

// Lock is work that one desk at a time does among the desks that share a
// database, such as rebuilding the stories, held by this process (see
// TryLock).
type Lock struct {
	once   sync.Once
	unlock func() error
	err    error
}

// Unlock gives the lock back; calling it again does nothing.
func (l *Lock) Unlock() error {
	l.once.Do(func() { l.err = l.unlock() })
	return l.err
}

// TryLock takes the lock called name when no desk holds it, and reports
// whether it did; it does not wait. The lock is held until Unlock or until
// this process ends, however it ends: a desk killed in the middle of its
// work holds back no other. (A lock held for a time instead would keep a
// desk restarted after a crash from the work until that time ran out.)
//
// On PostgreSQL the lock is a session advisory lock of a connection kept
// for it, which the server drops with the connection. On SQLite it is an
// flock(2) on a file beside the database, named after it and the lock
// ("desk.db-rebuild.lock"), which the system drops with the process; the
// file stays when the lock is given back. An in-memory SQLite database
// cannot be shared between processes, and its locks are the store's own.
func (s *Store) TryLock(ctx context.Context, name string) (*Lock, bool, error) {
	var (
		unlock func() error
		ok     bool
		err    error
	)
	switch {
	case s.db.d == postgresDialect:
		unlock, ok, err = s.tryAdvisoryLock(ctx, name)
	case s.file != "":
		unlock, ok, err = tryFileLock(s.file + "-" + name + ".lock")
	default:
		unlock, ok = s.tryHeld(name)
	}
	if err != nil {
		return nil, false, fmt.Errorf("take lock %q: %w", name, err)
	}
	if !ok {
		return nil, false, nil
	}
	return &Lock{unlock: unlock}, true, nil
}

// advisoryKey names a lock of the store's schema to PostgreSQL: a pair
// of keys that the keyed write locks of inTxKeyed do not use.
const advisoryKey = `hashtext('unbiased lock ' || current_schema()), hashtext($1)`

func (s *Store) tryAdvisoryLock(ctx context.Context, name string) (func() error, bool, error) {
	conn, err := s.db.raw.Conn(ctx)
	if err != nil {
		return nil, false, err
	}
	var ok bool
	if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock(`+advisoryKey+`)`, name).Scan(&ok); err != nil {
		discard(conn)
		return nil, false, err
	}
	if !ok {
		return nil, false, conn.Close()
	}
	return func() error {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		var released bool
		err := conn.QueryRowContext(ctx, `SELECT pg_advisory_unlock(`+advisoryKey+`)`, name).Scan(&released)
		if err != nil || !released {
			// The session may still hold the lock: closing the
			// connection, rather than keeping it in the pool, drops it.
			discard(conn)
			if err == nil {
				err = fmt.Errorf("the session no longer held it")
			}
			return fmt.Errorf("give back lock %q: %w", name, err)
		}
		return conn.Close()
	}, true, nil
}

// discard closes conn's connection to the server instead of putting it
// back in the pool.
func discard(conn *sql.Conn) {
	conn.Raw(func(any) error { return driver.ErrBadConn })
	conn.Close()
}

// tryHeld takes a lock of an in-memory database.
func (s *Store) tryHeld(name string) (func() error, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.held[name] {
		return nil, false
	}
	if s.held == nil {
		s.held = map[string]bool{}
	}
	s.held[name] = true
	return func() error {
		s.mu.Lock()
		defer s.mu.Unlock()
		delete(s.held, name)
		return nil
	}, true
}
