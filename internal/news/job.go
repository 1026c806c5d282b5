package news

import "time"

// Job is one job of the desk's durable queue as an operator sees it: a
// check of a feed, the reading of an article or a rebuild of the stories.
type Job struct {
	ID   int64
	Kind string // "fetch_feed", "read_article", "rebuild_stories"
	// State is River's: "available", "scheduled", "running",
	// "retryable" (failed, to be tried again), "discarded" (failed for
	// good), "completed", "cancelled" or "pending".
	State                string
	Attempt, MaxAttempts int
	Subject              string // the feed or page it reads; "" for a rebuild
	LastError            string // the error of its latest failed attempt
	// At is when it ran last (running), ended (completed, discarded,
	// cancelled) or is due to run (the other states).
	At time.Time
}
