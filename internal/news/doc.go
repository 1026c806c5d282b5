// Package news holds the domain types that every stage of the desk passes
// along: outlets and their lean, feeds, articles, stories, the pages
// written about them, and an editor's corrections of the grouping with
// the rules they must keep. It imports nothing else of the project, so
// that the pure stages (cluster, analyze, write) can be tested on plain
// values.
package news
