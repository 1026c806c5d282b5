//go:build unix

package store

import (
	"errors"
	"os"
	"syscall"
)

// tryFileLock takes an exclusive flock(2) on the file at path, made when
// missing, without waiting. Each call opens the file anew, so two locks
// of one process exclude each other as those of two processes do; the
// system drops the lock when its file is closed, or its process ends.
func tryFileLock(path string) (func() error, bool, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|os.O_CREATE, 0o644)
	if err != nil {
		return nil, false, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return f.Close, true, nil
}
