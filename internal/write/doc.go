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
//
// # How a page is made
//
// Writer.Write drafts the page (draft, in draft.go) in this order:
//
//  1. What each sentence may say. draft.usable judges every analysed
//     sentence once (eligible.go): its length, page furniture that
//     reached the text (furniture.go), loaded words, quotations, and
//     words that lean on a sentence the page will not carry: pronouns
//     and "also" (lead.go, context.go), "the move" or "the judge" said of
//     something unsaid (anchors.go). Where the whole sentence may not
//     stand, a cut of it may (draft.useCuts), and a shorter wording that
//     more outlets back stands for the fact they share (agreed.go).
//  2. The candidates and their one score (plan.go: Params, fitted on one
//     half of the evaluation sets and reported on the other).
//  3. The parts of the page, each taking the best-scored candidates that
//     suit it and say something the page does not say yet (repeats.go,
//     draft.fresh): highlights and lead (plan.go), the outlook
//     (outlook.go), the headline (headline.go; shorter wordings in
//     headline_forms.go and squeeze.go), sections grouped by sub-topic
//     (sections.go, topics.go) under headings (titles.go, headings.go,
//     phrases.go, roles.go), and the lead image (image.go).
//  4. The finishing: a sentence that leans on one no longer above it
//     goes, a person called by surname alone is named in full where a
//     reader first meets them (fullnames.go), attributions are varied
//     (attribution.go), and every sentence is checked as Verify checks
//     it (verify.go); one that fails is dropped. The byline and the
//     sources come from the reports (sources.go).
//
// A story that cannot be written is refused with a reason (refusal.go).
package write
