// Package fetch is the desk's one way out to the network: an HTTP client
// that is safe to point at addresses taken from outside input (feeds,
// pages, user-supplied URLs) and polite to the servers it reads.
//
// Safety: every connection is checked at connect time against the
// resolved IP address, so loopback, private, link-local (which covers
// cloud metadata at 169.254.169.254), CGNAT, multicast and unspecified
// targets are refused unless Options.AllowPrivate is set; redirects go
// through the same dialer and are checked again. Only http and https are
// fetched. Bodies are capped after decompression, and every request has
// connect, TLS, header and total timeouts.
//
// Politeness: conditional GET (ETag, Last-Modified), a descriptive
// User-Agent, and a few retries with exponential backoff and jitter on
// 429, 5xx and temporary network errors, honouring Retry-After.
//
// ToUTF8 turns fetched pages and feeds into UTF-8 whatever charset they
// were served in.
package fetch
