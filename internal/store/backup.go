package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrBackupPostgres is returned by Backup on PostgreSQL, whose own tools
// make consistent copies of a live database.
var ErrBackupPostgres = errors.New("a PostgreSQL desk is backed up with pg_dump (for example: pg_dump --format=custom --file=desk.dump URL)")

// Backup writes a consistent copy of a SQLite store to path while the
// desk may go on writing: SQLite's VACUUM INTO reads one snapshot and
// writes it compacted into a new file, which opens as a store like any
// other. path must not exist yet; the copy is written beside it and
// renamed into place, so a failed backup leaves no partial file.
func (s *Store) Backup(ctx context.Context, path string) error {
	if s.db.d == postgresDialect {
		return fmt.Errorf("backup: %w", ErrBackupPostgres)
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("backup: %s exists already; give a new file name", path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("backup: %w", err)
	}
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".partial")
	os.Remove(tmp) // a leftover of an interrupted backup
	if _, err := s.db.raw.ExecContext(ctx, `VACUUM INTO ?`, tmp); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("backup: %w", err)
	}
	return nil
}
