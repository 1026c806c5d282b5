// Package pipeline is the one place where the desk's I/O meets its pure
// stages: it fetches feeds and pages, extracts and stores articles, then
// clusters, analyses and writes stories and stores their pages. Work runs
// through a small Queue, in process for now.
package pipeline
