package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// UpsertOutlet stores an outlet by its slug, updating name, homepage,
// country, language and rating when it exists, and returns its ID.
func (s *Store) UpsertOutlet(ctx context.Context, o news.Outlet) (int64, error) {
	if o.Slug == "" || o.Name == "" {
		return 0, fmt.Errorf("save outlet: slug and name are required")
	}
	lean := o.Rating.Lean
	if lean == "" {
		lean = news.Unrated
	}
	var id int64
	err := s.db.QueryRowContext(ctx, `
		INSERT INTO outlets (slug, name, homepage, country, language, lean, rater, rated_at, allow_private)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (slug) DO UPDATE SET
			name = excluded.name, homepage = excluded.homepage, country = excluded.country,
			language = excluded.language, lean = excluded.lean, rater = excluded.rater,
			rated_at = excluded.rated_at, allow_private = excluded.allow_private
		RETURNING id`,
		o.Slug, o.Name, o.Homepage, o.Country, o.Language, string(lean), o.Rating.Rater, nullTime(o.Rating.RatedAt), flag(o.AllowPrivate),
	).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("save outlet %q: %w", o.Slug, err)
	}
	return id, nil
}

const outletColumns = `id, slug, name, homepage, country, language, lean, rater, rated_at, allow_private`

// scanOutlet reads the outletColumns of a row, and into extra the
// columns selected after them.
func scanOutlet(row interface{ Scan(...any) error }, extra ...any) (news.Outlet, error) {
	var o news.Outlet
	var lean string
	var rated sql.NullTime
	var allowPrivate int
	dest := append([]any{&o.ID, &o.Slug, &o.Name, &o.Homepage, &o.Country, &o.Language, &lean, &o.Rating.Rater, &rated, &allowPrivate}, extra...)
	if err := row.Scan(dest...); err != nil {
		return o, err
	}
	o.AllowPrivate = allowPrivate != 0
	o.Rating.Lean = news.Lean(lean)
	o.Rating.RatedAt = fromNull(rated)
	return o, nil
}

// Outlet returns the outlet with the given ID, or news.ErrNotFound.
func (s *Store) Outlet(ctx context.Context, id int64) (news.Outlet, error) {
	o, err := scanOutlet(s.db.QueryRowContext(ctx, `SELECT `+outletColumns+` FROM outlets WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return o, fmt.Errorf("outlet %d: %w", id, news.ErrNotFound)
	}
	return o, err
}

// OutletBySlug returns the outlet with the given slug, or news.ErrNotFound.
func (s *Store) OutletBySlug(ctx context.Context, slug string) (news.Outlet, error) {
	o, err := scanOutlet(s.db.QueryRowContext(ctx, `SELECT `+outletColumns+` FROM outlets WHERE slug = ?`, slug))
	if errors.Is(err, sql.ErrNoRows) {
		return o, fmt.Errorf("outlet %q: %w", slug, news.ErrNotFound)
	}
	return o, err
}

// Outlets lists every outlet by name.
func (s *Store) Outlets(ctx context.Context) ([]news.Outlet, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+outletColumns+` FROM outlets ORDER BY name, id`)
	if err != nil {
		return nil, fmt.Errorf("list outlets: %w", err)
	}
	defer rows.Close()
	var out []news.Outlet
	for rows.Next() {
		o, err := scanOutlet(rows)
		if err != nil {
			return nil, fmt.Errorf("list outlets: %w", err)
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// OutletReports returns the outlet with the given slug and up to limit
// of its latest reports, newest first (by publication time, then the
// later stored). Each report carries the story of ours it is part of
// when that story is published, and no story otherwise. Reports whose
// extraction failed are left out: the desk never read them. An unknown
// slug gives news.ErrNotFound; a limit below 1 gives no reports.
func (s *Store) OutletReports(ctx context.Context, slug string, limit int) (news.Outlet, []news.OutletReport, error) {
	o, err := s.OutletBySlug(ctx, slug)
	if err != nil {
		return o, nil, err
	}
	if limit < 1 {
		return o, nil, nil
	}
	// The address shown is the one a story's sources give: the page's
	// canonical address, which SaveArticle fills from its link when the
	// page declares none.
	rows, err := s.db.QueryContext(ctx, `
		SELECT a.title, CASE WHEN a.canonical_url <> '' THEN a.canonical_url ELSE a.url END, a.published_at,
			COALESCE(st.id, ''), COALESCE(st.headline, '')
		FROM articles a
		LEFT JOIN story_articles sa ON sa.article_id = a.id
		LEFT JOIN stories st ON st.id = sa.story_id AND st.published = 1
		WHERE a.outlet_id = ? AND a.error = ''
		ORDER BY a.published_at DESC, a.id DESC LIMIT ?`, o.ID, limit)
	if err != nil {
		return o, nil, fmt.Errorf("outlet %q: list reports: %w", slug, err)
	}
	defer rows.Close()
	var out []news.OutletReport
	for rows.Next() {
		var r news.OutletReport
		if err := rows.Scan(&r.Title, &r.URL, &r.Published, &r.StoryID, &r.StoryHeadline); err != nil {
			return o, nil, fmt.Errorf("outlet %q: list reports: %w", slug, err)
		}
		r.Published = r.Published.UTC()
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return o, nil, fmt.Errorf("outlet %q: list reports: %w", slug, err)
	}
	return o, out, nil
}

// OutletStories returns the outlet with the given slug and up to limit
// of the published stories that one of its reports is part of, in the
// order of ListStories. An unknown slug gives news.ErrNotFound.
func (s *Store) OutletStories(ctx context.Context, slug string, limit int) (news.Outlet, []news.StorySummary, error) {
	o, err := s.OutletBySlug(ctx, slug)
	if err != nil {
		return o, nil, err
	}
	rows, err := s.db.QueryContext(ctx, `
		SELECT summary, CASE WHEN summary = '' THEN page ELSE '' END FROM stories
		WHERE published = 1 AND id IN (
			SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id
			WHERE a.outlet_id = ?)
		ORDER BY latest_at DESC, id LIMIT ?`, o.ID, max(limit, 0))
	if err != nil {
		return o, nil, fmt.Errorf("outlet %q: list stories: %w", slug, err)
	}
	list, err := scanSummaries(rows)
	if err != nil {
		return o, nil, fmt.Errorf("outlet %q: list stories: %w", slug, err)
	}
	return o, list, nil
}

// RemoveOutlet deletes an outlet with its feeds and articles.
func (s *Store) RemoveOutlet(ctx context.Context, slug string) error {
	res, err := s.db.ExecContext(ctx, `DELETE FROM outlets WHERE slug = ?`, slug)
	if err != nil {
		return fmt.Errorf("remove outlet %q: %w", slug, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("remove outlet %q: %w", slug, news.ErrNotFound)
	}
	return nil
}

// SetRating records a rater's lean for an outlet and makes it the rating
// in force. Earlier ratings by other raters stay on record.
//
// Its transaction keeps the two in step and takes no lock of the store's:
// each statement locks the row it writes, the rater's rating and then the
// outlet, and holds it to the commit. Two ratings of one outlet at once
// thus leave in force the one committed last, and a rater rating twice at
// once waits for the first to commit, so its record and the rating in
// force agree.
func (s *Store) SetRating(ctx context.Context, outletID int64, r news.Rating) error {
	if r.Rater == "" {
		return fmt.Errorf("rate outlet %d: rater is required", outletID)
	}
	err := s.inTx(ctx, func(tx *txn) error {
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO ratings (outlet_id, lean, rater, rated_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (outlet_id, rater) DO UPDATE SET lean = excluded.lean, rated_at = excluded.rated_at`,
			outletID, string(r.Lean), r.Rater, r.RatedAt.UTC()); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE outlets SET lean = ?, rater = ?, rated_at = ? WHERE id = ?`,
			string(r.Lean), r.Rater, r.RatedAt.UTC(), outletID)
		return err
	})
	if err != nil {
		return fmt.Errorf("rate outlet %d: %w", outletID, err)
	}
	return nil
}
