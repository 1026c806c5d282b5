// Package cluster groups reports of the same event into stories. It is
// pure: values in, values out, no I/O, and the same groups and story IDs
// whatever the order of its input.
//
// Reports are compared by the cosine of their TF-IDF vectors (stems,
// sublinear term frequency, headline words weighted up) blended with the
// overlap of the names they mention, and only when they were published
// within a time window of each other and are not in two different
// languages. Groups are formed by average-link agglomerative clustering:
// two groups merge when the mean similarity over all their pairs of
// reports reaches a threshold. Single link was the simpler choice, but it
// chains: one round-up that mentions two events joins them, and with them
// everything each one touches. Average link asks the groups to resemble
// each other as wholes, which keeps look-alike events (same town, same
// mayor, different news) apart. Complete link asks every pair to agree,
// which splits an event whose reports take different angles.
//
// Story IDs are stable across runs: a group keeps the ID most of its
// members had before, and a new story's ID derives from the canonical URL
// of its first report, so a page's link does not change as reports
// arrive.
package cluster
