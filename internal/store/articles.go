package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// copyWindow bounds how far apart in time two reports may be for one to be
// taken as a syndicated copy of the other.
const copyWindow = 7 * 24 * time.Hour

// SaveArticle stores an article once and returns its ID and whether it was
// new. An article is the same as a stored one when its canonical URL is,
// or when its outlet already has an article with the same content hash.
// A stored article that had failed extraction is replaced by a new attempt
// that has text.
//
// A new article whose text is the same as, or a near duplicate of, another
// outlet's report is linked to it with CopyOf: the report published first
// is the original, even when it arrives second.
func (s *Store) SaveArticle(ctx context.Context, a news.Article) (id int64, created bool, err error) {
	if a.CanonicalURL == "" {
		a.CanonicalURL = a.URL
	}
	if a.CanonicalURL == "" || a.OutletID == 0 {
		return 0, false, fmt.Errorf("save article: url and outlet are required")
	}
	if a.FirstSeen.IsZero() {
		a.FirstSeen = s.now()
	}
	if a.Published.IsZero() {
		a.Published = a.FirstSeen
	}
	err = s.inTxKeyed(ctx, articleKeys(a), func(tx *txn) error {
		var existing int64
		var existingErr string
		err := tx.QueryRowContext(ctx, `SELECT id, error FROM articles WHERE canonical_url = ?`, a.CanonicalURL).Scan(&existing, &existingErr)
		switch {
		case err == nil && (existingErr == "" || a.Text == ""):
			id = existing
			return nil
		case err == nil:
			// an earlier attempt failed; this one has text: replace it
			if _, err := tx.ExecContext(ctx, `DELETE FROM articles WHERE id = ?`, existing); err != nil {
				return err
			}
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		if a.ContentHash != "" {
			err := tx.QueryRowContext(ctx, `SELECT id FROM articles WHERE outlet_id = ? AND content_hash = ?`, a.OutletID, a.ContentHash).Scan(&existing)
			if err == nil {
				id = existing
				return nil
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
		original, later, err := findCopies(ctx, tx, a)
		if err != nil {
			return err
		}
		a.CopyOf = original
		id, err = insertArticle(ctx, tx, a)
		if err != nil {
			return err
		}
		if err := indexReport(ctx, tx, id, a.Title, a.Text, a.Paywalled); err != nil {
			return err
		}
		created = true
		// reports already stored that copy this earlier one now point at it
		for _, l := range later {
			if _, err := tx.ExecContext(ctx, `UPDATE articles SET copy_of = ? WHERE id = ? OR copy_of = ?`, id, l, l); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, false, fmt.Errorf("save article %q: %w", a.CanonicalURL, err)
	}
	return id, created, nil
}

// articleKeys are what two saves that could race share (see inTxKeyed):
// the canonical address, the outlet's content hash, and for a text, each
// piece of its fingerprint, one of which every near copy shares.
func articleKeys(a news.Article) []string {
	keys := []string{"url " + a.CanonicalURL}
	if a.ContentHash != "" {
		keys = append(keys, fmt.Sprintf("hash %d %s", a.OutletID, a.ContentHash))
	}
	if a.Text != "" {
		for _, p := range text.SimHashPieces(a.Fingerprint) {
			keys = append(keys, fmt.Sprintf("piece %d", p))
		}
	}
	return keys
}

// findCopies looks among other outlets' reports near a's time for the same
// or nearly the same text. It returns the original a copies (0 when none
// is earlier) and the originals that a predates, which become its copies.
//
// The same text has the same SimHash, and a near duplicate's is at most
// text.NearDuplicateBits away, so every copy shares at least one of the
// fingerprint's pieces (text.SimHashPieces) with a: the search reads only
// the reports in the window that do, from copy_pieces, and compares their
// whole fingerprints. A save costs time in proportion to those few
// reports, not to every report of the window. Times compare in time order
// on both databases: SQLite stores them as UTC text of one layout,
// PostgreSQL as TIMESTAMPTZ.
func findCopies(ctx context.Context, tx *txn, a news.Article) (original int64, later []int64, err error) {
	if a.Text == "" {
		return 0, nil, nil
	}
	pieces := text.SimHashPieces(a.Fingerprint)
	args := make([]any, 0, len(pieces)+4)
	args = append(args, a.Published.UTC())
	for _, p := range pieces {
		args = append(args, p)
	}
	args = append(args, a.Published.Add(-copyWindow).UTC(), a.Published.Add(copyWindow).UTC(), a.OutletID)
	rows, err := tx.QueryContext(ctx, `
		SELECT DISTINCT article_id, fingerprint, CASE WHEN published_at <= ? THEN 1 ELSE 0 END, published_at FROM copy_pieces
		WHERE piece IN (`+strings.Repeat("?, ", len(pieces)-1)+`?)
			AND published_at BETWEEN ? AND ? AND outlet_id <> ?
		ORDER BY published_at, article_id`, args...)
	if err != nil {
		return 0, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, fp int64
		var early int
		var published any // selected only to order the distinct rows by
		if err := rows.Scan(&id, &fp, &early, &published); err != nil {
			return 0, nil, err
		}
		if text.Hamming(uint64(fp), a.Fingerprint) > text.NearDuplicateBits {
			continue
		}
		if early != 0 {
			if original == 0 {
				original = id
			}
		} else {
			later = append(later, id)
		}
	}
	if original != 0 {
		later = nil
	}
	return original, later, rows.Err()
}

func insertArticle(ctx context.Context, tx *txn, a news.Article) (int64, error) {
	var feedID, copyOf any
	if a.FeedID != 0 {
		feedID = a.FeedID
	}
	if a.CopyOf != 0 {
		copyOf = a.CopyOf
	}
	var id int64
	err := tx.QueryRowContext(ctx, `
		INSERT INTO articles (outlet_id, feed_id, url, canonical_url, guid, title, author,
			published_at, first_seen_at, text, image_url, image_caption, language, content_hash, fingerprint,
			copy_of, paywalled, too_short, error)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		RETURNING id`,
		a.OutletID, feedID, a.URL, a.CanonicalURL, a.GUID, a.Title, a.Author,
		a.Published.UTC(), a.FirstSeen.UTC(), a.Text, a.ImageURL, a.ImageCaption, a.Language, a.ContentHash, int64(a.Fingerprint),
		copyOf, flag(a.Paywalled), flag(a.TooShort), a.Error).Scan(&id)
	return id, err
}

// HasArticle reports whether an article is stored, without an error, at
// this canonical URL or under this feed link: a page may declare a
// canonical address other than the link its feed gives.
func (s *Store) HasArticle(ctx context.Context, canonicalURL, link string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `
		SELECT count(*) FROM articles WHERE (canonical_url = ? OR url = ?) AND error = ''`, canonicalURL, link).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("look up article %q: %w", canonicalURL, err)
	}
	return n > 0, nil
}

// HasUnwritten reports whether a stored article published since the
// given time, with text and no error, belongs to no story yet: a rebuild
// has not taken it in, because none has run since it was stored or the
// last one was cut short.
func (s *Store) HasUnwritten(ctx context.Context, since time.Time) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `
		SELECT count(*) FROM articles a
		WHERE a.published_at >= ? AND a.text <> '' AND a.error = ''
			AND NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)`, since.UTC()).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("look for unwritten articles: %w", err)
	}
	return n > 0, nil
}

const articleColumns = `a.id, a.outlet_id, coalesce(a.feed_id, 0), a.url, a.canonical_url, a.guid, a.title, a.author,
	a.published_at, a.first_seen_at, a.text, a.image_url, a.image_caption, a.language, a.content_hash, a.fingerprint,
	coalesce(a.copy_of, 0), a.paywalled, a.too_short, a.error`

func scanArticle(row interface{ Scan(...any) error }, extra ...any) (news.Article, error) {
	var a news.Article
	var fp int64
	var paywalled, tooShort int
	dest := append([]any{&a.ID, &a.OutletID, &a.FeedID, &a.URL, &a.CanonicalURL, &a.GUID, &a.Title, &a.Author,
		&a.Published, &a.FirstSeen, &a.Text, &a.ImageURL, &a.ImageCaption, &a.Language, &a.ContentHash, &fp,
		&a.CopyOf, &paywalled, &tooShort, &a.Error}, extra...)
	err := row.Scan(dest...)
	a.Fingerprint = uint64(fp)
	a.Paywalled, a.TooShort = paywalled != 0, tooShort != 0
	a.Published, a.FirstSeen = a.Published.UTC(), a.FirstSeen.UTC()
	return a, err
}

// Articles returns the reports published at or after since that have
// text, with their outlets, oldest first.
func (s *Store) Articles(ctx context.Context, since time.Time) ([]news.ArticleRef, error) {
	return s.articleRefs(ctx, `a.published_at >= ? AND a.text <> '' AND a.error = ''`, since.UTC())
}

// ArticlesBetween returns the reports published from from to to, both
// included, that have text, with their outlets, oldest first.
func (s *Store) ArticlesBetween(ctx context.Context, from, to time.Time) ([]news.ArticleRef, error) {
	return s.articleRefs(ctx, `a.published_at >= ? AND a.published_at <= ? AND a.text <> '' AND a.error = ''`, from.UTC(), to.UTC())
}

// articleRefs returns the reports, with their outlets, that the SQL
// condition where picks, oldest first.
func (s *Store) articleRefs(ctx context.Context, where string, args ...any) ([]news.ArticleRef, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT `+articleColumns+`, `+prefixed("o.", outletColumns)+`
		FROM articles a JOIN outlets o ON o.id = a.outlet_id
		WHERE `+where+`
		ORDER BY a.published_at, a.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	defer rows.Close()
	var out []news.ArticleRef
	for rows.Next() {
		var ref news.ArticleRef
		var lean string
		var rated sql.NullTime
		var allowPrivate int
		o := &ref.Outlet
		ref.Article, err = scanArticle(rows, &o.ID, &o.Slug, &o.Name, &o.Homepage, &o.Country, &o.Language, &lean, &o.Rating.Rater, &rated, &allowPrivate)
		if err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
		o.Rating.Lean, o.Rating.RatedAt = news.Lean(lean), fromNull(rated)
		o.AllowPrivate = allowPrivate != 0
		out = append(out, ref)
	}
	return out, rows.Err()
}

// ArticleCounts reports how many articles are stored, and how many of them
// failed extraction.
func (s *Store) ArticleCounts(ctx context.Context) (total, failed int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE error <> '') FROM articles`).Scan(&total, &failed)
	if err != nil {
		return 0, 0, fmt.Errorf("count articles: %w", err)
	}
	return total, failed, nil
}

func prefixed(prefix, cols string) string {
	out := ""
	for i, c := range splitCols(cols) {
		if i > 0 {
			out += ", "
		}
		out += prefix + c
	}
	return out
}

func splitCols(cols string) []string {
	var out []string
	for _, c := range strings.Split(cols, ",") {
		out = append(out, strings.TrimSpace(c))
	}
	return out
}
