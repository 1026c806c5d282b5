// Package text holds the language tools the stages share: normalisation,
// tokens, stems, stop words, names and near-duplicate fingerprints. It is
// pure: no I/O, no global state beyond read-only tables.
package text
