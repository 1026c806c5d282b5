package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// SaveImage keeps a copy of an image under key (the desk serves it from
// /images/{key}, so outlets' images are never hot-linked).
func (s *Store) SaveImage(ctx context.Context, key, sourceURL, contentType string, data []byte) error {
	_, err := s.db.ExecContext(ctx, `
		INSERT INTO images (key, source_url, content_type, data, fetched_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (key) DO NOTHING`, key, sourceURL, contentType, data, s.now().UTC())
	if err != nil {
		return fmt.Errorf("save image %q: %w", sourceURL, err)
	}
	return nil
}

// Image returns a stored image and its content type, or news.ErrNotFound.
func (s *Store) Image(ctx context.Context, key string) (contentType string, data []byte, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT content_type, data FROM images WHERE key = ?`, key).Scan(&contentType, &data)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil, fmt.Errorf("image %q: %w", key, news.ErrNotFound)
	}
	if err != nil {
		return "", nil, fmt.Errorf("image %q: %w", key, err)
	}
	return contentType, data, nil
}

// HasImage reports whether an image is stored under key.
func (s *Store) HasImage(ctx context.Context, key string) (bool, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM images WHERE key = ?`, key).Scan(&n); err != nil {
		return false, fmt.Errorf("look up image %q: %w", key, err)
	}
	return n > 0, nil
}
