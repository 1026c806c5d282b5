//go:build !unix

package store

import "errors"

// tryFileLock needs flock(2), which this system lacks.
func tryFileLock(path string) (func() error, bool, error) {
	return nil, false, errors.New("locks of a SQLite database need flock(2), which this system lacks")
}
