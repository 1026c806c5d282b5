// Package eval holds the metrics and reference baselines that the
// `unbiased eval` commands share: the article-extraction benchmark's
// shingle metric, the runners that score an extractor or the feed parser
// on a folder of evaluation data, and the extractors they compare; ROUGE
// and the summary references; the fit of the writer's weights; the
// end-to-end desk run (RunDesk) and the editor's checks of written pages
// (CheckPages).
//
// The metrics reproduce the published scorers exactly, so that a figure
// printed by a command can be set beside a published one. Nothing here
// reads anything but the folder or file it is given.
package eval
