// Package extract turns an article page into its text and metadata: the
// title, author, site, language, publication time, lead image and
// canonical address, and whether the page is paywalled or too short to
// be a report.
//
// The text comes from go-trafilatura (with its own readability and
// DOM-distiller fallback), then from readeck's go-readability when
// trafilatura fails or finds too little, then from the page's JSON-LD
// articleBody. Metadata prefers JSON-LD (schema.org NewsArticle and its
// kin, also inside @graph and arrays), then OpenGraph and <meta> tags,
// then what the extractors found. Extract does no I/O.
package extract
