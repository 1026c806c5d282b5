// Package extract turns an article page into its text and metadata: the
// title, author, site, language, publication time, lead image and
// canonical address, and whether the page is paywalled or too short to
// be a report. A page whose only text is the site speaking to its reader
// (a sign-in wall, a player's message) is no report: ErrSiteNotice.
//
// Before any extractor sees the page, Extract removes what a reader does
// not see as part of the story: hidden elements (hidden attribute,
// display:none, hiding classes, print headers, hover cards), paywall
// prompts, link-only table cells, and the <article> elements of other
// stories. The text then comes from go-trafilatura (with its own
// readability and DOM-distiller fallback), else from readeck's
// go-readability when trafilatura finds too little, else from the page's
// JSON-LD articleBody. Its edges are tidied last: the headline in any of
// its forms, bylines and date lines at the top; promotions anywhere;
// tags, contact lines and runs of teaser links at the end.
//
// Metadata prefers JSON-LD (schema.org NewsArticle and its kin, also
// inside @graph and arrays), then OpenGraph and <meta> tags, then what
// the extractors found. Extract does no I/O.
package extract
