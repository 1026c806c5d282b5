package pipeline

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
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

// One worker takes the hosts in turn: a host's jobs wait their turn
// behind the other hosts' first jobs, in the order each host's came.
func TestMemQueueTakesHostsInTurn(t *testing.T) {
	q := NewMemQueue()
	for _, j := range []Job{{Kind: "a1", Host: "a"}, {Kind: "a2", Host: "a"}, {Kind: "a3", Host: "a"}, {Kind: "b1", Host: "b"}, {Kind: "c1", Host: "c"}, {Kind: "f", Host: ""}} {
		q.Enqueue(j)
	}
	var got []string
	if err := q.Run(context.Background(), 1, func(ctx context.Context, j Job) { got = append(got, j.Kind) }); err != nil {
		t.Fatal(err)
	}
	if want := "a1 b1 c1 f a2 a3"; strings.Join(got, " ") != want {
		t.Errorf("order %q, want %q", strings.Join(got, " "), want)
	}
}

// A host's jobs never run two at once, and while one of them runs, the
// other workers take other hosts' jobs instead of waiting behind it.
func TestMemQueueOneJobPerHost(t *testing.T) {
	q := NewMemQueue()
	for i := 0; i < 4; i++ {
		q.Enqueue(Job{Kind: "slow", Host: "slow.example"})
	}
	for i := 0; i < 6; i++ {
		q.Enqueue(Job{Kind: "fast", Host: fmt.Sprintf("fast%d.example", i)})
	}
	var running, most, fastWhileSlow atomic.Int32
	// A fast job taken before the first slow one has begun waits for it
	// (a while at most), so that the count does not depend on which
	// worker the scheduler runs first.
	slowStarted := make(chan struct{})
	var once sync.Once
	err := q.Run(context.Background(), 3, func(ctx context.Context, j Job) {
		if j.Kind == "fast" {
			select {
			case <-slowStarted:
			case <-time.After(5 * time.Second):
			}
			if running.Load() > 0 {
				fastWhileSlow.Add(1)
			}
			return
		}
		n := running.Add(1)
		once.Do(func() { close(slowStarted) })
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		// the slow job runs until the other hosts' jobs are done, or
		// gives up after a while if they never run beside it
		for deadline := time.Now().Add(5 * time.Second); fastWhileSlow.Load() < 6 && time.Now().Before(deadline); {
			time.Sleep(time.Millisecond)
		}
		running.Add(-1)
	})
	if err != nil {
		t.Fatal(err)
	}
	if most.Load() != 1 {
		t.Errorf("%d jobs of one host ran at once, want 1", most.Load())
	}
	if fastWhileSlow.Load() != 6 {
		t.Errorf("%d of 6 other hosts' jobs ran while the slow host's job ran", fastWhileSlow.Load())
	}
}
