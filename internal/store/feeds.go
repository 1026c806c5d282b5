package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// AddFeed stores a feed of an outlet by URL, keeping the state of a feed
// that is already known, and returns its ID.
func (s *Store) AddFeed(ctx context.Context, f news.Feed) (int64, error) {
	if f.URL == "" || f.OutletID == 0 {
		return 0, fmt.Errorf("save feed: url and outlet are required")
	}
	var id int64
	err := s.db.QueryRowContext(ctx, `
		INSERT INTO feeds (outlet_id, url, title) VALUES (?, ?, ?)
		ON CONFLICT (url) DO UPDATE SET
			outlet_id = excluded.outlet_id,
			title = CASE WHEN excluded.title <> '' THEN excluded.title ELSE feeds.title END
		RETURNING id`, f.OutletID, f.URL, f.Title).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("save feed %q: %w", f.URL, err)
	}
	return id, nil
}

const feedColumns = `id, outlet_id, url, title, etag, last_modified, last_checked_at, last_success_at, last_error, failures`

func scanFeed(row interface{ Scan(...any) error }) (news.Feed, error) {
	var f news.Feed
	var checked, success sql.NullTime
	err := row.Scan(&f.ID, &f.OutletID, &f.URL, &f.Title, &f.ETag, &f.LastModified, &checked, &success, &f.LastError, &f.Failures)
	f.LastCheckedAt, f.LastSuccessAt = fromNull(checked), fromNull(success)
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

// RecordFeedSuccess notes a successful check of a feed. The conditional
// GET validators are saved only here, after the feed's items are stored,
// so that an ingest interrupted half-way fetches the feed in full again.
func (s *Store) RecordFeedSuccess(ctx context.Context, id int64, title, etag, lastModified string) error {
	now := s.now().UTC()
	_, err := s.db.ExecContext(ctx, `
		UPDATE feeds SET etag = ?, last_modified = ?, last_checked_at = ?, last_success_at = ?,
			last_error = '', failures = 0,
			title = CASE WHEN ? <> '' THEN ? ELSE title END
		WHERE id = ?`, etag, lastModified, now, now, title, title, id)
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
