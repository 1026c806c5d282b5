package store

import (
	"context"
	"fmt"
	"time"
)

// DropTextBefore empties the stored text of every report first seen
// before the cutoff and returns how many it emptied. The rest of each
// report stays (its title, address, outlet, times, image and hashes), so
// the stories and pages that cite it still name it and link to it, and a
// later copy of it is still known as one; search then finds it by its
// title alone. A report without text takes no part in a rebuild, so the
// cutoff must lie before the rebuild window (see config.Config.KeepText).
//
// The text goes in one UPDATE, on PostgreSQL under reportTextKey, which
// only the refill of the search index takes too (see fillReportSearch).
// Other writes meet it only at the rows of the reports it empties: a save
// that marks one of them as copied waits for the UPDATE, or the UPDATE
// for the save, and the one that waited reads the row as the other left
// it.
func (s *Store) DropTextBefore(ctx context.Context, before time.Time) (int, error) {
	var n int64
	err := s.inTxKeyed(ctx, []string{reportTextKey}, func(tx *txn) error {
		q := `UPDATE articles SET text = '' WHERE first_seen_at < ? AND text <> ''`
		if tx.d == postgresDialect {
			// the search vector is written again, from the title alone,
			// by fillReportSearch below
			q = `UPDATE articles SET text = '', search_vector = NULL WHERE first_seen_at < ? AND text <> ''`
		}
		res, err := tx.ExecContext(ctx, q, before.UTC())
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("drop the text of reports first seen before %s: %w", before.UTC().Format(time.RFC3339), err)
	}
	if n > 0 {
		if err := s.fillReportSearch(ctx); err != nil {
			return int(n), err
		}
	}
	return int(n), nil
}
