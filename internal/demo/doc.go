// Package demo is the desk's bundled demo: a corpus of invented outlets and
// their reports of invented events, and a loopback server that publishes
// them the way real outlets do, with feeds, cluttered article pages and
// images, each outlet under its own host name <slug>.demo.test.
//
// `unbiased demo` and the end-to-end tests ingest the corpus through the
// real fetch path: they give the desk an HTTP transport whose dialer is
// Server.DialContext, which maps every demo host to the server and refuses
// every other host. Every name, outlet, person and place in the corpus is
// invented.
//
// The corpus also records what is special about each event (a syndicated
// wire copy, a blind spot, an event with no outlook, a look-alike pair), so
// that tests of clustering, analysis and writing can check the desk
// against it through Events, Articles and EventOf.
package demo
