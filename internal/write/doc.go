// Package write turns one analysed story into its page (news.Page): a
// neutral headline, highlights, a lead, sections, an attributed outlook,
// coverage, framing and sources.
//
// The writer is extractive: every published sentence is a sentence of the
// report it cites first, verbatim except for a trimmed leading connective
// or dateline, so that a machine can check it against the stored text
// (Verify). A sentence stands in the page's own voice only when two or
// more independent outlets state its claim in two or more wordings (see
// draft.ownVoice), and it judges nothing; a
// claim one outlet states alone is attributed to it ("According to X,
// ..."), whatever the outlet's lean. Every sentence that may be published
// is scored once (Params), and each part of the page takes the best that
// suit it. It is pure: values in, values out, no I/O, no clock.
package write
