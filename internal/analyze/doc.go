// Package analyze reads one story's reports and finds what a neutral page
// needs: the sentences of each report, which reports are independent, the
// facts that several independent outlets state (claims), who covered the
// story from which side (coverage), how each side worded it (framing),
// loaded and evaluative language, who each sentence is attributed to,
// which reports speak in a plain voice (center, unrated, wire), attributed
// statements about the future and direct quotes.
//
// It is pure: Analyze takes values and returns values, reads no clock,
// does no I/O, and gives the same Analysis for the same reports in any
// order.
package analyze
