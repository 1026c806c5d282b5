// Package fetch is the desk's one way out to the network: an HTTP client
// that is safe to point at addresses taken from outside input (feeds,
// pages, images, OPML, user-supplied URLs) and polite to the servers it
// reads. Every caller goes through Client.Get, so every caller gets both.
//
// Safety: every connection is checked at connect time against the
// resolved IP address, so loopback, private, link-local (which covers
// cloud metadata at 169.254.169.254), CGNAT, multicast and unspecified
// targets are refused unless Options.AllowPrivate is set. Get follows
// redirects itself, and each target is checked again. Only http and
// https are fetched. Bodies are capped after decompression, and every
// exchange has connect, TLS, header and total timeouts; a whole Get,
// retries, redirects and waits included, ends within Options.Deadline.
//
// Politeness: robots.txt (RFC 9309) is honoured for the product token
// RobotsToken, fetched once per scheme, host and port and cached; its
// Crawl-delay becomes the host's minimum interval. Each host has a rate
// limit and a cap on requests in flight, and the client a cap over all
// hosts. Requests carry an honest User-Agent with a contact URL, use
// conditional GET (ETag, Last-Modified), and are retried a few times
// with exponential backoff and jitter on 429, 5xx and temporary network
// errors, honouring Retry-After; a 429's Retry-After holds back the whole
// host.
//
// ToUTF8 turns fetched pages and feeds into UTF-8 whatever charset they
// were served in; IsFeedType and IsHTMLType read a Content-Type.
package fetch
