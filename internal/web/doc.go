// Package web is the desk's public face: the front page, one page per
// story, the about page, a read-only JSON API, Atom, RSS and JSON Feed
// feeds of the latest stories, the stored lead images and the health
// probes; and, when given an Admin, the admin pages that show
// feed health and outlet ratings and hold, release or remove a feed, and
// the Grouping page, where an editor merges stories or splits one.
//
// The public pages only read: everything they show comes through a
// Reader. Text that came from an outlet is escaped by html/template,
// outlet links are kept only when they are http or https, and no page
// carries any script, so the Content-Security-Policy can forbid script
// outright. Only the admin pages may post forms, and only to this site;
// who may reach them is set out on Admin.
package web
