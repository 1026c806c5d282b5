// Package web is the desk's public face: the front page, one page per
// story, the about page, a read-only JSON API, the stored lead images and
// the health probes.
//
// It only reads: everything it shows comes through a Reader. Text that
// came from an outlet is escaped by html/template, outlet links are kept
// only when they are http or https, and no page carries any script, so
// the Content-Security-Policy can forbid script outright.
package web
