// Package pipeline is the one place where the desk's I/O meets its pure
// stages: it fetches feeds and pages, extracts and stores articles, then
// clusters, analyses and writes stories and stores their pages. Ingest
// runs its work through a small Queue in process; QueueFeed, ReadItemWork
// and Dispatch are the same steps for a durable queue (package jobs).
package pipeline
