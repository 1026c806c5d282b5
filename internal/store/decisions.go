package store

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// AddDecision records an editor's decision and returns its id. It is one
// INSERT, and the table numbers its rows itself, so decisions recorded at
// once need no lock.
func (s *Store) AddDecision(ctx context.Context, d news.Decision) (int64, error) {
	switch {
	case d.Kind != news.DecisionTogether && d.Kind != news.DecisionApart:
		return 0, fmt.Errorf("record decision: kind %q, want %q or %q", d.Kind, news.DecisionTogether, news.DecisionApart)
	case len(d.Articles) == 0 || d.Kind == news.DecisionApart && len(d.Others) == 0:
		return 0, fmt.Errorf("record decision: a %s decision needs its reports", d.Kind)
	}
	arts, err := json.Marshal(d.Articles)
	if err != nil {
		return 0, err
	}
	others, err := json.Marshal(append([]int64{}, d.Others...))
	if err != nil {
		return 0, err
	}
	if d.At.IsZero() {
		d.At = s.now()
	}
	var id int64
	err = s.db.QueryRowContext(ctx, `
		INSERT INTO story_decisions (kind, articles, others, made_by, made_at, note)
		VALUES (?, ?, ?, ?, ?, ?)
		RETURNING id`, d.Kind, string(arts), string(others), d.By, d.At.UTC(), d.Note).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("record decision: %w", err)
	}
	return id, nil
}

// Decisions returns every recorded decision, oldest first.
func (s *Store) Decisions(ctx context.Context) ([]news.Decision, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT id, kind, articles, others, made_by, made_at, note FROM story_decisions ORDER BY made_at, id`)
	if err != nil {
		return nil, fmt.Errorf("list decisions: %w", err)
	}
	defer rows.Close()
	var out []news.Decision
	for rows.Next() {
		var d news.Decision
		var arts, others string
		if err := rows.Scan(&d.ID, &d.Kind, &arts, &others, &d.By, &d.At, &d.Note); err != nil {
			return nil, fmt.Errorf("list decisions: %w", err)
		}
		if err := json.Unmarshal([]byte(arts), &d.Articles); err != nil {
			return nil, fmt.Errorf("list decisions: decision %d: %w", d.ID, err)
		}
		if err := json.Unmarshal([]byte(others), &d.Others); err != nil {
			return nil, fmt.Errorf("list decisions: decision %d: %w", d.ID, err)
		}
		d.At = d.At.UTC()
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list decisions: %w", err)
	}
	return out, nil
}

// StoryReports returns the reports of a story, oldest first; none when
// there is no such story.
func (s *Store) StoryReports(ctx context.Context, storyID string) ([]news.StoryReport, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT a.id, o.name, a.title, a.url, a.published_at FROM story_articles sa
		JOIN articles a ON a.id = sa.article_id
		JOIN outlets o ON o.id = a.outlet_id
		WHERE sa.story_id = ? ORDER BY a.published_at, a.id`, storyID)
	if err != nil {
		return nil, fmt.Errorf("list the reports of story %q: %w", storyID, err)
	}
	defer rows.Close()
	var out []news.StoryReport
	for rows.Next() {
		var r news.StoryReport
		if err := rows.Scan(&r.ID, &r.Outlet, &r.Title, &r.URL, &r.Published); err != nil {
			return nil, fmt.Errorf("list the reports of story %q: %w", storyID, err)
		}
		r.Published = r.Published.UTC()
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list the reports of story %q: %w", storyID, err)
	}
	return out, nil
}
