package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// AddFeed stores a feed of an outlet by URL, keeping the state of a feed
// that is already known, and returns its ID.
func (s *Store) AddFeed(ctx context.Context, f news.Feed) (int64, error) {
	if f.URL == "" || f.OutletID == 0 {
		return 0, fmt.Errorf("save feed: url and outlet are required")
	}
	var id int64
	now := s.now().UTC()
	err := s.db.QueryRowContext(ctx, `
		INSERT INTO feeds (outlet_id, url, title, created_at, next_check_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (url) DO UPDATE SET
			outlet_id = excluded.outlet_id,
			title = CASE WHEN excluded.title <> '' THEN excluded.title ELSE feeds.title END
		RETURNING id`, f.OutletID, f.URL, f.Title, now, now).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("save feed %q: %w", f.URL, err)
	}
	return id, nil
}

const feedColumns = `id, outlet_id, url, title, etag, last_modified, last_checked_at, last_success_at, last_error, failures,
	created_at, next_check_at, interval_seconds, paused, last_new_at`

func scanFeed(row interface{ Scan(...any) error }) (news.Feed, error) {
	var f news.Feed
	var checked, success, created, next, lastNew sql.NullTime
	var interval int64
	var paused int
	err := row.Scan(&f.ID, &f.OutletID, &f.URL, &f.Title, &f.ETag, &f.LastModified, &checked, &success, &f.LastError, &f.Failures,
		&created, &next, &interval, &paused, &lastNew)
	f.Paused, f.Held = paused == pauseFailing, paused == pauseHeld
	f.LastCheckedAt, f.LastSuccessAt = fromNull(checked), fromNull(success)
	f.CreatedAt, f.NextCheckAt, f.LastNewAt = fromNull(created), fromNull(next), fromNull(lastNew)
	f.Interval = time.Duration(interval) * time.Second
	return f, err
}

// FeedByURL returns the feed with the given URL, or news.ErrNotFound.
func (s *Store) FeedByURL(ctx context.Context, url string) (news.Feed, error) {
	f, err := scanFeed(s.db.QueryRowContext(ctx, `SELECT `+feedColumns+` FROM feeds WHERE url = ?`, url))
	if errors.Is(err, sql.ErrNoRows) {
		return f, fmt.Errorf("feed %q: %w", url, news.ErrNotFound)
	}
	return f, err
}

// Feeds lists every feed.
func (s *Store) Feeds(ctx context.Context) ([]news.Feed, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	defer rows.Close()
	var out []news.Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, fmt.Errorf("list feeds: %w", err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// The states of feeds.paused.
const (
	pauseNone    = 0
	pauseFailing = 1 // failed for days: probed rarely
	pauseHeld    = 2 // held by the user: not checked
)

// DueFeeds lists the feeds whose next check is at or before now, the
// most overdue first, at most limit.
func (s *Store) DueFeeds(ctx context.Context, now time.Time, limit int) ([]news.Feed, error) {
	out, err := dueFeeds(ctx, s.db, now, limit, "")
	if err != nil {
		return nil, fmt.Errorf("list due feeds: %w", err)
	}
	return out, nil
}

// dueFeeds lists the due feeds as DueFeeds does; lock is "" or a locking
// clause for the rows it returns.
func dueFeeds(ctx context.Context, q querier, now time.Time, limit int, lock string) ([]news.Feed, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+feedColumns+` FROM feeds
		WHERE paused <> 2 AND (next_check_at IS NULL OR next_check_at <= ?)
		ORDER BY next_check_at NULLS FIRST, id LIMIT ?`+lock, now.UTC(), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []news.Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// ClaimDueFeeds is DueFeeds for a desk that may run several workers on
// one database: in one write transaction it lists the due feeds and moves
// their next check lease ahead, so that another worker claiming at the
// same time gets other feeds. The worker then schedules each feed it
// checked (ScheduleFeed); a feed whose worker stopped first is due again
// once the lease has passed. The feeds come back as they were before the
// claim.
//
// What keeps two claims apart: on SQLite, its one writer at a time; on
// PostgreSQL, the feeds' rows. The claim locks each feed it lists (FOR NO
// KEY UPDATE, the lock its update takes anyway) and skips the feeds whose
// row another transaction holds, such as a claim not yet committed; a
// feed whose claim was committed after the listing began is read again at
// its new next check, which is no longer due. So claims never wait for
// one another, and never get one feed twice. The lock is the weakest that
// stops another claim: a report of the feed being saved meanwhile, whose
// foreign key guards only the feed's key, neither delays the claim nor
// makes it skip the feed.
func (s *Store) ClaimDueFeeds(ctx context.Context, now time.Time, limit int, lease time.Duration) ([]news.Feed, error) {
	lock := ""
	if s.db.d == postgresDialect {
		lock = ` FOR NO KEY UPDATE SKIP LOCKED`
	}
	var out []news.Feed
	err := s.inTx(ctx, func(tx *txn) error {
		var err error
		if out, err = dueFeeds(ctx, tx, now, limit, lock); err != nil {
			return err
		}
		for _, f := range out {
			if _, err := tx.ExecContext(ctx, `UPDATE feeds SET next_check_at = ? WHERE id = ?`, now.Add(lease).UTC(), f.ID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("claim due feeds: %w", err)
	}
	return out, nil
}

// RenewClaim moves the next check of feeds that this worker claimed
// (ClaimDueFeeds) and is still reading to until: the claim holds while its
// worker lives, and lapses soon after a worker that died.
//
// Each feed's renewal stands alone and sets one column, so it needs no
// lock beyond the row its update locks. The renewals run in one
// transaction in ascending order of ID, so that two workers renewing some
// of the same feeds (a claim that lapsed and was taken again) wait for
// each other rather than deadlock; a claim never waits for a feed's row.
func (s *Store) RenewClaim(ctx context.Context, ids []int64, until time.Time) error {
	sorted := slices.Sorted(slices.Values(ids))
	err := s.inTx(ctx, func(tx *txn) error {
		for _, id := range sorted {
			if _, err := tx.ExecContext(ctx, `UPDATE feeds SET next_check_at = ? WHERE id = ?`, until.UTC(), id); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("renew the claim on %d feeds: %w", len(ids), err)
	}
	return nil
}

// ScheduleFeed sets when a feed is checked next, at what interval, and
// whether it is paused.
func (s *Store) ScheduleFeed(ctx context.Context, id int64, next time.Time, interval time.Duration, paused bool) error {
	state := pauseNone
	if paused {
		state = pauseFailing
	}
	_, err := s.db.ExecContext(ctx, `UPDATE feeds SET next_check_at = ?, interval_seconds = ?, paused = ? WHERE id = ? AND paused <> 2`,
		next.UTC(), int64(interval/time.Second), state, id)
	if err != nil {
		return fmt.Errorf("schedule feed %d: %w", id, err)
	}
	return nil
}

// RemoveFeed deletes a feed; its articles stay.
func (s *Store) RemoveFeed(ctx context.Context, url string) error {
	res, err := s.db.ExecContext(ctx, `DELETE FROM feeds WHERE url = ?`, url)
	if err != nil {
		return fmt.Errorf("remove feed %q: %w", url, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("remove feed %q: %w", url, news.ErrNotFound)
	}
	return nil
}

// RecordFeedSuccess notes a successful check of a feed. The conditional
// GET validators are saved only here, after the feed's items are stored,
// so that an ingest interrupted half-way fetches the feed in full again.
//
// newItems is how many items the check stored for the first time; it
// feeds the adaptive interval.
func (s *Store) RecordFeedSuccess(ctx context.Context, id int64, title, etag, lastModified string, newItems int) error {
	now := s.now().UTC()
	_, err := s.db.ExecContext(ctx, `
		UPDATE feeds SET etag = ?, last_modified = ?, last_checked_at = ?, last_success_at = ?,
			last_error = '', failures = 0, paused = CASE WHEN paused = 2 THEN 2 ELSE 0 END,
			last_new_at = CASE WHEN ? > 0 THEN ? ELSE last_new_at END,
			title = CASE WHEN ? <> '' THEN ? ELSE title END
		WHERE id = ?`, etag, lastModified, now, now, newItems, now, title, title, id)
	if err != nil {
		return fmt.Errorf("record feed %d: %w", id, err)
	}
	return nil
}

// RecordFeedError notes a failed check of a feed with the reason.
func (s *Store) RecordFeedError(ctx context.Context, id int64, reason string) error {
	_, err := s.db.ExecContext(ctx, `
		UPDATE feeds SET last_checked_at = ?, last_error = ?, failures = failures + 1 WHERE id = ?`,
		s.now().UTC(), reason, id)
	if err != nil {
		return fmt.Errorf("record feed %d: %w", id, err)
	}
	return nil
}

// HoldFeed stops a feed from being checked until it is released; a
// released feed is due at once.
func (s *Store) HoldFeed(ctx context.Context, url string, hold bool) error {
	state := pauseNone
	if hold {
		state = pauseHeld
	}
	res, err := s.db.ExecContext(ctx, `
		UPDATE feeds SET paused = ?, next_check_at = CASE WHEN ? = 1 THEN next_check_at ELSE ? END
		WHERE url = ?`, state, flag(hold), s.now().UTC(), url)
	if err != nil {
		return fmt.Errorf("hold feed %q: %w", url, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("hold feed %q: %w", url, news.ErrNotFound)
	}
	return nil
}
