package pipeline

import (
	"context"
	"sync"
)

// Job is one unit of work. Kind says which handler runs it; Host, when
// set, is the host the job reads from (see memQueue).
type Job struct {
	Kind string
	Host string
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
//
// Workers are shared fairly between hosts: each host's jobs wait in their
// own line, in the order they came, and a worker takes the next job of
// the next host in turn that has no job running. A host's politeness
// (one request a second or so) then holds one worker, never all of them
// while other hosts wait; jobs without a host run whenever a worker is
// free.
type memQueue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	lines  map[string][]Job // pending jobs by host
	order  []string         // hosts with pending jobs, in turn
	turn   int              // where the turn starts
	busy   map[string]int   // running jobs by host
	queued int
	active int
}

// NewMemQueue returns an empty in-process queue.
func NewMemQueue() Queue {
	q := &memQueue{lines: map[string][]Job{}, busy: map[string]int{}}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *memQueue) Enqueue(j Job) {
	q.mu.Lock()
	if len(q.lines[j.Host]) == 0 {
		q.order = append(q.order, j.Host)
	}
	q.lines[j.Host] = append(q.lines[j.Host], j)
	q.queued++
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
				j, ok := q.take(ctx)
				if !ok {
					return
				}
				handle(ctx, j)
				q.mu.Lock()
				q.active--
				if j.Host != "" {
					q.busy[j.Host]--
				}
				q.mu.Unlock()
				q.cond.Broadcast()
			}
		}()
	}
	wg.Wait()
	return ctx.Err()
}

// take waits for a job it may run: the first of the next host in turn
// with none running. It reports false when the queue is drained (no job
// pending and none running that could add one) or ctx is done.
func (q *memQueue) take(ctx context.Context) (Job, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for ctx.Err() == nil {
		if q.queued == 0 && q.active == 0 {
			return Job{}, false
		}
		for k := range q.order {
			i := (q.turn + k) % len(q.order)
			host := q.order[i]
			if host != "" && q.busy[host] > 0 {
				continue
			}
			line := q.lines[host]
			j := line[0]
			if len(line) == 1 {
				delete(q.lines, host)
				q.order = append(q.order[:i], q.order[i+1:]...)
				q.turn = i
			} else {
				q.lines[host] = line[1:]
				q.turn = i + 1
			}
			if len(q.order) > 0 {
				q.turn %= len(q.order)
			} else {
				q.turn = 0
			}
			q.queued--
			q.active++
			if host != "" {
				q.busy[host]++
			}
			return j, true
		}
		// Every host with jobs has one running; one ends, or a job
		// comes, before this one may start.
		q.cond.Wait()
	}
	return Job{}, false
}
