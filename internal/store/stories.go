package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// StoryAssignments maps every article that belongs to a story to the
// story's ID, so that clustering can keep IDs stable.
func (s *Store) StoryAssignments(ctx context.Context) (map[int64]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT article_id, story_id FROM story_articles`)
	if err != nil {
		return nil, fmt.Errorf("list story assignments: %w", err)
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var id int64
		var story string
		if err := rows.Scan(&id, &story); err != nil {
			return nil, fmt.Errorf("list story assignments: %w", err)
		}
		out[id] = story
	}
	return out, rows.Err()
}

// StoryWrite is one story as the pipeline saves it: its members and, when
// it is published, its page.
type StoryWrite struct {
	Story news.Story
	// Latest is the time of the story's newest report; the front page
	// lists stories by it.
	Latest time.Time
	// Page is nil for a story that is not published (too few independent
	// outlets so far); it keeps its members and ID for later.
	Page *news.Page
}

// SaveStories saves the stories of one clustering run in one transaction:
// each story's row, page and members. Articles move between stories as
// the run says; a story left with no members is deleted.
func (s *Store) SaveStories(ctx context.Context, stories []StoryWrite) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for _, w := range stories {
			if err := saveStory(ctx, tx, w); err != nil {
				return fmt.Errorf("story %s: %w", w.Story.ID, err)
			}
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles)`)
		return err
	})
	if err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	return nil
}

func saveStory(ctx context.Context, tx *sql.Tx, w StoryWrite) error {
	st := w.Story
	var page []byte
	headline := ""
	if w.Page != nil {
		var err error
		if page, err = json.Marshal(w.Page); err != nil {
			return err
		}
		headline = w.Page.Headline
	}
	_, err := tx.ExecContext(ctx, `
		INSERT INTO stories (id, first_seen_at, latest_at, updated_at, headline, page, published)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET
			first_seen_at = excluded.first_seen_at, latest_at = excluded.latest_at,
			updated_at = excluded.updated_at, headline = excluded.headline,
			page = excluded.page, published = excluded.published`,
		st.ID, st.FirstSeen.UTC(), w.Latest.UTC(), st.Updated.UTC(), headline, string(page), w.Page != nil)
	if err != nil {
		return err
	}
	for _, id := range st.ArticleIDs {
		_, err := tx.ExecContext(ctx, `
			INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)
			ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id`, id, st.ID)
		if err != nil {
			return err
		}
	}
	return nil
}

// ListStories returns published stories, the one with the newest report
// first.
func (s *Store) ListStories(ctx context.Context, limit, offset int) ([]news.StorySummary, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT page FROM stories WHERE published = 1
		ORDER BY latest_at DESC, id LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	defer rows.Close()
	out := []news.StorySummary{}
	for rows.Next() {
		var raw string
		if err := rows.Scan(&raw); err != nil {
			return nil, fmt.Errorf("list stories: %w", err)
		}
		var p news.Page
		if err := json.Unmarshal([]byte(raw), &p); err != nil {
			return nil, fmt.Errorf("list stories: decode page: %w", err)
		}
		out = append(out, p.Summary())
	}
	return out, rows.Err()
}

// Page returns the published page of a story, or news.ErrNotFound.
func (s *Store) Page(ctx context.Context, id string) (news.Page, error) {
	var p news.Page
	var raw string
	err := s.db.QueryRowContext(ctx, `SELECT page FROM stories WHERE id = ? AND published = 1`, id).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return p, fmt.Errorf("story %q: %w", id, news.ErrNotFound)
	}
	if err != nil {
		return p, fmt.Errorf("story %q: %w", id, err)
	}
	if err := json.Unmarshal([]byte(raw), &p); err != nil {
		return p, fmt.Errorf("story %q: decode page: %w", id, err)
	}
	return p, nil
}

// StoryCounts reports how many stories are known and how many published.
func (s *Store) StoryCounts(ctx context.Context) (total, published int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE published = 1) FROM stories`).Scan(&total, &published)
	if err != nil {
		return 0, 0, fmt.Errorf("count stories: %w", err)
	}
	return total, published, nil
}
