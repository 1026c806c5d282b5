package main

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer safe to write from the serving
// goroutine while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// serve on a store that follows nothing says how to add sources.
func TestServeWithoutFeedsSaysHowToAddThem(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr lockedBuffer
	ready := make(chan string, 1)
	done := make(chan int, 1)
	m := Main{Stdout: io.Discard, Stderr: &stderr, Ready: func(u string) { ready <- u }}
	db := filepath.Join(t.TempDir(), "desk.db")
	go func() { done <- m.Run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--tick", "1h"}) }()
	select {
	case <-ready:
	case code := <-done:
		t.Fatalf("serve exited with %d: %s", code, stderr.String())
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("serve exited with %d after cancel: %s", code, stderr.String())
	}
	if want := "follows no feeds yet: run 'unbiased sources import'"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr %q does not say %q", stderr.String(), want)
	}
}
