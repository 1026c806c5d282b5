// Package feed turns syndication feeds (RSS 0.9x, 1.0 and 2.0, Atom 0.3
// and 1.0, JSON Feed 1.0 and 1.1) into news.ParsedFeed values, and finds
// the feeds a web page announces.
//
// Parsing is done by gofeed; this package is the adapter that decides
// what the desk keeps: absolute http(s) links, plain-text titles and
// summaries, UTC dates, one image and the authors' names per item.
package feed
