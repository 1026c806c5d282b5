// Package write turns one analysed story into its page (news.Page): a
// neutral headline, highlights that independent outlets agree on, a lead,
// sections, an attributed outlook, coverage, framing and sources.
//
// The writer is extractive: every published sentence is a sentence of the
// report it cites first, verbatim except for a trimmed leading connective
// or dateline, so that a machine can check it against the stored text
// (Verify). A sentence that names no speaker is in the page's own voice,
// so it judges nothing and has a second outlet or a plain report behind
// it; an outlet's own account stays in the framing. It is pure: values
// in, values out, no I/O, no clock.
package write
