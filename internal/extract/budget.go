package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Budgets of one extraction. A news article has tens of paragraphs, a
// long one a few hundred; a page with tens of thousands is an archive, a
// list or an attack, and the extraction library's cost grows with the
// square of its text. So the page is read up to maxBlocks blocks, and its
// text kept up to MaxTextBytes, cut at a paragraph.
const (
	maxBlocks    = 2000
	MaxTextBytes = 100_000
)

// blockTags are the elements counted against maxBlocks.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Tr: true, atom.Pre: true, atom.Blockquote: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Dt: true, atom.Dd: true, atom.Figure: true,
}

// truncateBlocks removes everything that follows the max-th block element
// of doc in document order, and reports whether it removed anything.
func truncateBlocks(doc *html.Node, max int) bool {
	count := 0
	var last *html.Node
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && blockTags[c.DataAtom] {
				count++
				if count == max {
					last = c
					return true
				}
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	if !walk(doc) {
		return false
	}
	// Drop the following siblings of the last block and of each of its
	// ancestors: that is everything after it in document order.
	for n := last; n != nil && n.Parent != nil; n = n.Parent {
		for s := n.NextSibling; s != nil; {
			next := s.NextSibling
			n.Parent.RemoveChild(s)
			s = next
		}
	}
	return true
}

// capText cuts text to at most max bytes, at the end of a paragraph when
// one ends in the second half, else at a word.
func capText(text string, max int) string {
	if len(text) <= max {
		return text
	}
	cut := text[:max]
	if i := strings.LastIndex(cut, "\n\n"); i > max/2 {
		return cut[:i]
	}
	if i := strings.LastIndexAny(cut, " \n"); i > 0 {
		return cut[:i]
	}
	return strings.ToValidUTF8(cut, "")
}
