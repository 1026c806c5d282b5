package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// SearchReports returns the outlets' reports that hold every word of
// query in their title or text, best match first (a match in the title
// counts more) and, among equal matches, the newest first. Words match as
// in SearchStories: a word also finds longer words that begin with it,
// and case and accents are ignored. A paywalled report is found by its
// title alone; a report whose extraction failed is not found, since the
// desk never read it.
//
// Of a report's text, each result carries only a snippet around the
// words (at most news.MaxSnippetWords words), and nothing of a paywalled
// report's: the text itself never leaves the store. Each result also
// carries the published story the report is part of, if any. A query
// without words returns no reports and no error.
func (s *Store) SearchReports(ctx context.Context, query string, limit, offset int) ([]news.ReportMatch, error) {
	words := searchWords(query)
	out := []news.ReportMatch{}
	if len(words) == 0 || limit <= 0 {
		return out, nil
	}
	offset = max(offset, 0)
	// The address shown is the one OutletReports shows.
	columns := prefixed("o.", outletColumns) + `,
		a.title, CASE WHEN a.canonical_url <> '' THEN a.canonical_url ELSE a.url END, a.published_at,
		CASE WHEN a.paywalled = 0 THEN a.text ELSE '' END, a.paywalled,
		COALESCE(st.id, ''), COALESCE(st.headline, '')`
	stories := `
		JOIN outlets o ON o.id = a.outlet_id
		LEFT JOIN story_articles sa ON sa.article_id = a.id
		LEFT JOIN stories st ON st.id = sa.story_id AND st.published = 1`
	q := `
		SELECT ` + columns + ` FROM report_search f
		JOIN articles a ON a.id = f.rowid` + stories + `
		WHERE report_search MATCH ? AND a.error = ''
		ORDER BY bm25(report_search, 10.0, 1.0), a.published_at DESC, a.id DESC
		LIMIT ? OFFSET ?`
	if s.db.d == postgresDialect {
		q = `
			SELECT ` + columns + ` FROM to_tsquery('simple'::regconfig, ?) q
			JOIN articles a ON a.search_vector @@ q` + stories + `
			WHERE a.error = ''
			ORDER BY ts_rank(a.search_vector, q) DESC, a.published_at DESC, a.id DESC
			LIMIT ? OFFSET ?`
	}
	rows, err := s.db.QueryContext(ctx, q, s.db.d.matchQuery(words), limit, offset)
	if err != nil {
		return nil, fmt.Errorf("search reports: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var m news.ReportMatch
		var text string
		var paywalled int
		m.Outlet, err = scanOutlet(rows, &m.Title, &m.URL, &m.Published, &text, &paywalled, &m.StoryID, &m.StoryHeadline)
		if err != nil {
			return nil, fmt.Errorf("search reports: %w", err)
		}
		m.Published = m.Published.UTC()
		m.Paywalled = paywalled != 0
		m.TitleMarks = markWords(m.Title, words)
		if !m.Paywalled {
			m.Snippet = snippet(text, words)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search reports: %w", err)
	}
	return out, nil
}

// reportVector is how PostgreSQL indexes a report for search, from the
// two texts of reportSearchText (see the migration 00009).
const reportVector = `setweight(to_tsvector('simple'::regconfig, ?), 'A') || setweight(to_tsvector('simple'::regconfig, ?), 'D')`

// A tsvector holds at most 1 MB, and a report whose vector would not fit
// could not be saved, so PostgreSQL indexes the words of a report's title
// and text up to these many bytes: more than extraction keeps of a page
// (extract.MaxTextBytes), and few enough that no mix of words overfills
// a vector.
const (
	maxIndexedTitle = 4 << 10
	maxIndexedText  = 200 << 10
)

// reportSearchText is what a report is found by on PostgreSQL: its title
// and its text as folded words (see foldWords), each cut to its bound at
// a space, and its text left out when it is paywalled.
func reportSearchText(title, text string, paywalled bool) (string, string) {
	if paywalled {
		text = ""
	}
	return firstWords(foldWords(title), maxIndexedTitle), firstWords(foldWords(text), maxIndexedText)
}

// firstWords joins as many of words as fit in n bytes with spaces between.
func firstWords(words []string, n int) string {
	var b strings.Builder
	for _, w := range words {
		if b.Len()+1+len(w) > n {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// indexReport writes a report's search vector on PostgreSQL; SQLite's
// triggers index a report themselves.
func indexReport(ctx context.Context, tx *txn, id int64, title, text string, paywalled bool) error {
	if tx.d != postgresDialect {
		return nil
	}
	title, text = reportSearchText(title, text, paywalled)
	_, err := tx.ExecContext(ctx, `UPDATE articles SET search_vector = `+reportVector+` WHERE id = ?`, title, text, id)
	return err
}

// fillBatch is how many reports fillReportSearch indexes in one
// transaction.
const fillBatch = 200

// fillReportSearch writes, on PostgreSQL, the search vector of every
// report that has none: those stored before report search existed, and
// those whose text DropTextBefore dropped. Open runs it each time, so
// that an upgrade cut short is finished by the next one; the migration's
// partial index makes it cheap when nothing is left.
//
// Each batch is read and indexed in one transaction under reportTextKey,
// which DropTextBefore takes too: a report's text cannot be dropped
// between the reading of the batch and the writing of its vector (which
// would keep the dropped text searchable), and the two never deadlock
// over the reports' rows. A new report is indexed by its save and never
// lacks a vector, so saves need not take the key.
func (s *Store) fillReportSearch(ctx context.Context) error {
	if s.db.d != postgresDialect {
		return nil
	}
	type report struct {
		id          int64
		title, text string
		paywalled   int
	}
	var after int64
	for {
		// Looked for first without the key, so that a desk opening with
		// nothing to fill waits for no other desk's DropTextBefore.
		var pending bool
		err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE search_vector IS NULL AND id > ?)`, after).Scan(&pending)
		if err != nil {
			return fmt.Errorf("index reports for search: %w", err)
		}
		if !pending {
			return nil
		}
		var batch []report
		err = s.inTxKeyed(ctx, []string{reportTextKey}, func(tx *txn) error {
			rows, err := tx.QueryContext(ctx, `
				SELECT id, title, text, paywalled FROM articles
				WHERE search_vector IS NULL AND id > ? ORDER BY id LIMIT ?`, after, fillBatch)
			if err != nil {
				return err
			}
			for rows.Next() {
				var r report
				if err := rows.Scan(&r.id, &r.title, &r.text, &r.paywalled); err != nil {
					rows.Close()
					return err
				}
				batch = append(batch, r)
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
			for _, r := range batch {
				if err := indexReport(ctx, tx, r.id, r.title, r.text, r.paywalled != 0); err != nil {
					return fmt.Errorf("report %d: %w", r.id, err)
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("index reports for search: %w", err)
		}
		if len(batch) == 0 {
			return nil
		}
		after = batch[len(batch)-1].id
	}
}

// reportTextKey is the key (see inTxKeyed) under which a report's stored
// text is dropped and its search vector written again.
const reportTextKey = "report text"
