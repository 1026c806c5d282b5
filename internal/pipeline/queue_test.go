package pipeline

import (
	"context"
	"sync/atomic"
	"testing"
)

func TestMemQueueRunsJobsThatJobsAdd(t *testing.T) {
	q := NewMemQueue()
	for i := 0; i < 3; i++ {
		q.Enqueue(Job{Kind: "parent"})
	}
	var parents, children atomic.Int32
	err := q.Run(context.Background(), 4, func(ctx context.Context, j Job) {
		switch j.Kind {
		case "parent":
			parents.Add(1)
			for i := 0; i < 5; i++ {
				q.Enqueue(Job{Kind: "child"})
			}
		case "child":
			children.Add(1)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if parents.Load() != 3 || children.Load() != 15 {
		t.Errorf("ran %d parents and %d children; want 3 and 15", parents.Load(), children.Load())
	}
}

func TestMemQueueStopsOnCancel(t *testing.T) {
	q := NewMemQueue()
	for i := 0; i < 100; i++ {
		q.Enqueue(Job{Kind: "x"})
	}
	ctx, cancel := context.WithCancel(context.Background())
	var ran atomic.Int32
	err := q.Run(ctx, 2, func(ctx context.Context, j Job) {
		if ran.Add(1) == 5 {
			cancel()
		}
	})
	if err == nil {
		t.Error("Run returned nil after cancel")
	}
	if n := ran.Load(); n >= 100 {
		t.Errorf("ran all %d jobs despite cancel", n)
	}
}
