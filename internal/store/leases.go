package store

import (
	"context"
	"fmt"
	"time"
)

// TakeLease gives holder the lease called name until now plus ttl, when
// nobody else holds it or the holder's time has passed, and reports
// whether holder has it. Taking a lease one already holds extends it.
// Desks that share one database take the "rebuild" lease before they
// rebuild the stories, so that one rebuilds at a time.
func (s *Store) TakeLease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error) {
	now := s.now().UTC()
	res, err := s.db.ExecContext(ctx, `
		INSERT INTO leases (name, holder, until) VALUES (?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until
		WHERE leases.holder = excluded.holder OR leases.until < ?`, name, holder, now.Add(ttl), now)
	if err != nil {
		return false, fmt.Errorf("take lease %q: %w", name, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("take lease %q: %w", name, err)
	}
	return n == 1, nil
}

// ReleaseLease gives back a lease that holder holds; it does nothing when
// holder does not hold it.
func (s *Store) ReleaseLease(ctx context.Context, name, holder string) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM leases WHERE name = ? AND holder = ?`, name, holder); err != nil {
		return fmt.Errorf("release lease %q: %w", name, err)
	}
	return nil
}
