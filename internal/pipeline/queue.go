package pipeline

import (
	"context"
	"sync"
)

// Job is one unit of work. Kind says which handler runs it.
type Job struct {
	Kind string
	Feed *feedJob
	Item *itemJob
}

// Queue runs jobs with a fixed number of workers. Handlers may enqueue
// more jobs; Run returns when no job is left or ctx is done.
type Queue interface {
	Enqueue(j Job)
	Run(ctx context.Context, workers int, handle func(context.Context, Job)) error
}

// memQueue is the in-process Queue: jobs live in memory and are lost when
// the process stops, which is safe because every job is idempotent and a
// re-run of ingest redoes what was not finished.
type memQueue struct {
	mu      sync.Mutex
	cond    *sync.Cond
	pending []Job
	active  int
}

// NewMemQueue returns an empty in-process queue.
func NewMemQueue() Queue {
	q := &memQueue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *memQueue) Enqueue(j Job) {
	q.mu.Lock()
	q.pending = append(q.pending, j)
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *memQueue) Run(ctx context.Context, workers int, handle func(context.Context, Job)) error {
	if workers < 1 {
		workers = 1
	}
	stop := context.AfterFunc(ctx, func() { q.cond.Broadcast() })
	defer stop()
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				j, ok := q.next(ctx)
				if !ok {
					return
				}
				handle(ctx, j)
				q.mu.Lock()
				q.active--
				q.mu.Unlock()
				q.cond.Broadcast()
			}
		}()
	}
	wg.Wait()
	return ctx.Err()
}

// next waits for a job; it reports false when the queue is drained (no
// job pending and none running that could add one) or ctx is done.
func (q *memQueue) next(ctx context.Context) (Job, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.pending) == 0 && q.active > 0 && ctx.Err() == nil {
		q.cond.Wait()
	}
	if len(q.pending) == 0 || ctx.Err() != nil {
		return Job{}, false
	}
	j := q.pending[0]
	q.pending = q.pending[1:]
	q.active++
	return j, true
}
